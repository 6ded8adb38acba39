import type { Issue } from "../engine/types";
import { countMessage } from "../messages/countMessage";
import { listText } from "../messages/listText";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import type { Profile } from "../profiles/schema";
import { overriddenProfile } from "../report/evaluateRead";
import { cellPlace } from "../workbook/address";
import { RULE_ENTRY_IGNORED } from "../workbook/read/readRuleSheet";

/** The cells a line names before it says 等 / "and more": the 数据问题 sheet lists them all. */
const CELLS_SHOWN = 5;

/**
 * The pane's line on the 规则 sheet a read found, with the entries 评估 will not apply — those the
 * reader could not read (RULE_ENTRY_IGNORED among the read's `issues`) and those `profile`, the
 * one chosen, refuses (overriddenProfile, as runPipeline checks them) — each by its cell, so that
 * the user sees them before evaluating, and again when choosing another profile. `warn` when some
 * are not applied. After 评估, resultNotes counts the same codes.
 * @example ruleSheetText("规则", { cvLimits: … at 规则!B3 out of range }, [], national, "zh") // { text: "规则表：规则（1 项设置不采用：规则!B3；评估后列入“数据问题”）", warn: true }
 */
export function ruleSheetText(sheet: string | null, override: unknown, issues: readonly Issue[], profile: Profile, lang: Lang): { text: string; warn: boolean } {
  if (sheet === null) return { text: message("addin_no_rule_sheet", {}, lang), warn: false };
  const fitted = overriddenProfile(profile, override);
  if (!fitted.ok) return { text: message("addin_rule_sheet_unusable", { sheet }, lang), warn: true };
  const left = [...issues, ...fitted.issues].filter((i) => RULE_ENTRY_IGNORED.has(i.code));
  const cells = [...new Set(left.flatMap((i) => (i.cell === null ? [] : [i.cell])))].sort(bySheetOrder);
  if (cells.length === 0) return { text: message("addin_rule_sheet", { sheet }, lang), warn: false };
  const shown = listText(cells.slice(0, CELLS_SHOWN), lang) + (cells.length > CELLS_SHOWN ? message("addin_rule_rows_more", {}, lang) : "");
  return { text: countMessage("addin_rule_sheet_entries_unused", cells.length, { sheet, count: cells.length, cells: shown }, lang), warn: true };
}

/**
 * Cells of one sheet as the sheet reads, row by row: the reader's entries came first, then those
 * the profile refuses (规则!A3、规则!B5、规则!B2 for rows 3, 5 and 2); a cell that cannot be read goes last.
 * @example ["规则!A3", "规则!B2"].sort(bySheetOrder) // ["规则!B2", "规则!A3"]
 */
function bySheetOrder(a: string, b: string): number {
  const [p, q] = [cellPlace(a) ?? LAST, cellPlace(b) ?? LAST];
  return p.row - q.row || p.column - q.column;
}

const LAST = { row: Number.MAX_SAFE_INTEGER, column: 0 };
