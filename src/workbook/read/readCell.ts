import type { CellValue, Grid } from "../types";
import { ratingAnswer } from "./figureWording";
import { itemUnit, type ItemUnit } from "./matchCountyItem";
import { valueAt } from "./rowMeta";
import { caseWithCount } from "./answerRemark";
import { cellText, normaliseText } from "./text";
import { yearRemark } from "./yearRemark";
import { unverifiedRemark } from "./unverifiedRemark";
import { type Converted, convertFigure } from "./convertFigure";
import type { ItemRow } from "./itemRow";
import { UNIT_ONLY } from "./rowCells";

/**
 * A cell's value as item `code` would be read (readCell, as valueBeside takes one), to tell two
 * cells apart, or for a two-part row (Ⅲ级；差异率0.12) its text when not a unit alone, which
 * twoPartFigures splits; null when it reads as none.
 */
export function valueAsOf(grid: Grid, item: ItemRow, code: string, column: number, raw: CellValue = valueAt(grid, item.row, column)): number | boolean | string | null {
  const text = cellText(raw);
  const unit = itemUnit(code);
  if (text === null || unit === null) return null;
  if (item.parts !== null) return UNIT_ONLY.test(normaliseText(text)) ? null : normaliseText(text);
  const { converted } = readCell(code, raw, unit, false, item.unitText);
  return converted?.ok === true ? converted.value : null;
}

/**
 * A veto item's answer that a case exists with its count (有1起, 存在（1起）, 有（初中1起）:
 * caseWithCount), read as 有 with the count as its remark, which answerIssues says at the cell; null
 * for any other item or text. It was refused as no 有 / 无 (read_figure_bad_value), and beside a
 * 无 under stage columns dropped unseen (reviewer R3 of s48, F3).
 *
 * @example vetoCase("V_school_choice", "有1起") // { ok: true, value: true, answer: { answer: "有", value: true, remark: "1起" } }
 * @example vetoCase("Q8_workload", "有1起") // null
 */
function vetoCase(code: string, raw: CellValue): Converted {
  const answer = code.startsWith("V_") && typeof raw === "string" ? caseWithCount(raw) : null;
  return answer === null ? null : { ok: true, value: true, answer };
}

/** A cell read as an item's value (readCell), with what the caller says beside it: the year or the unverified words taken off the value. */
interface CellReading {
  readonly converted: Converted;
  readonly year: string | null;
  readonly unverified: string | null;
}

/**
 * A cell read as item `code`'s value — the one reading of a county figure's cell, whether under a
 * value column (valueOf), found on a row without one (valueBeside) or compared with the cell of
 * another stage (valueAsOf): a rating (良好 for Q6's 良好以上: ratingAnswer), a veto's case with its
 * count (有1起: vetoCase), else convertDated (a year or 待核实 after the value taken off, said by
 * the caller). valueBeside and valueAsOf once read ratings and plain values only, so that 有1起 or
 * 96.8%（2024年） on a row without a 数值 column, or 88%（2024年） in a 全县 column, was no value.
 *
 * @example readCell("V_school_choice", "有1起", "boolean", false, "") // { converted: { ok: true, value: true, answer: { answer: "有", … } }, year: null, unverified: null }
 * @example readCell("R1_recognition", "88%（2024年）", "ratio", false, "") // { converted: { ok: true, value: 0.88 }, year: "2024年", unverified: null }
 */
export function readCell(code: string, raw: CellValue, unit: ItemUnit, percent: boolean, unitText: string): CellReading {
  const rated = typeof raw === "string" ? ratingAnswer(code, raw) : null;
  const answered = rated === null ? vetoCase(code, raw) : { ok: true as const, value: rated };
  return answered !== null ? { converted: answered, year: null, unverified: null } : convertDated(raw, unit, percent, unitText);
}

/**
 * convertFigure, and when it cannot read a text, the value before a year in brackets after it
 * (96.8%（2024年）: yearRemark) with that year, or the value said to be unverified (96.8%（待核实）,
 * 待核实：86%: unverifiedRemark) with those words, for the caller to say; `year` / `unverified` null
 * otherwise. A yes / no answer's remark is answerWithRemark's.
 *
 * @example convertDated("96.8%（2024年）", "ratio", false, "") // { converted: { ok: true, value: 0.968 }, year: "2024年", unverified: null }
 * @example convertDated("96.8%（待核实）", "ratio", false, "") // { converted: { ok: true, value: 0.968 }, year: null, unverified: "待核实" }
 */
function convertDated(raw: CellValue, unit: ItemUnit, percent: boolean, unitText: string): CellReading {
  const converted = convertFigure(raw, unit, percent, unitText);
  const text = converted?.ok === false && unit !== "boolean" && typeof raw === "string" ? raw : null;
  const dated = text === null ? null : yearRemark(text);
  const again = dated === null ? null : convertFigure(dated.value, unit, percent, unitText);
  if (dated !== null && again?.ok === true) return { converted: again, year: dated.year, unverified: null };
  const unchecked = text === null ? null : unverifiedRemark(text);
  const read = unchecked === null ? null : convertFigure(unchecked.value, unit, percent, unitText);
  return unchecked !== null && read?.ok === true ? { converted: read, year: null, unverified: unchecked.remark } : { converted, year: null, unverified: null };
}
