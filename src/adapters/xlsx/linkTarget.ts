import { fileHref, fileLinkAddress } from "../../workbook/fileHref";
import type { LinkSpec } from "../../workbook/types";

/**
 * The hyperlink for a `Sheet!A1` target. A sheet of the result workbook gets an internal link; a
 * cell of the source workbook (which the result file does not contain) gets a link into that file
 * when its path is known, else none. The address is written absolute ($D$7) for the external form,
 * because exceljs takes `Sheet!D7` for an internal location.
 *
 * @example linkTarget("学校基本情况!D7", ["汇总"], "../in/县.xlsx") // "../in/县.xlsx#学校基本情况!$D$7"
 */
export function linkTarget(target: string, resultSheets: readonly string[], sourceFile: string | null): string | null {
  const m = /^(.*)!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(target);
  if (!m || !m[1] || !m[2] || !m[3]) return null;
  const sheet = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
  if (resultSheets.includes(sheet)) return `${m[1]}!${m[2].toUpperCase()}${m[3]}`;
  if (sourceFile === null) return null;
  return `${fileHref(sourceFile)}#${m[1]}!$${m[2].toUpperCase()}$${m[3]}`;
}

/**
 * The hyperlink for a link of a result sheet: a file link opens that file (its path taken as
 * relative to the workbook written, as LinkSpec says), a place goes through linkTarget.
 *
 * @example linkHref({ row: 0, column: 18, target: "甲县-评估结果.xlsx", file: true }, ["评估总览"], null) // "甲县-评估结果.xlsx"
 * @example linkHref({ row: 0, column: 2, target: "甲县-评估结果.xlsx", file: true, at: "学校达标!$A$12" }, ["评估总览"], null) // "甲县-评估结果.xlsx#学校达标!$A$12"
 */
export function linkHref(link: LinkSpec, resultSheets: readonly string[], sourceFile: string | null): string | null {
  return link.file ? fileLinkAddress(link.target, link.at) : linkTarget(link.target, resultSheets, sourceFile);
}
