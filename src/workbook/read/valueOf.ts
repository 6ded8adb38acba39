import type { Issue } from "../../engine/types";
import type { CellValue, Grid } from "../types";
import { issueAt } from "./issue";
import { saysPercent, type Layout } from "./figuresLayout";
import type { ItemUnit } from "./matchCountyItem";
import { isNoCachedResult } from "./noCachedResult";
import { parseCellNumber } from "./parseCellNumber";
import { textAt, valueAt } from "./rowMeta";
import { notCredible, notCredibleIssue } from "./credibleNumber";
import { barePercentIssue } from "./barePercent";
import { dotThousands } from "./text";
import type { ItemRow } from "./itemRow";
import { shownText } from "./rowCells";
import { orientedValue } from "./answeredFigure";
import { badValueIssue, bothStagesIssue, itemParams, rowExpected } from "./badValueIssue";
import { readCell } from "./readCell";
import { answerAndRemark, refusedYesNo, answerIssues } from "./refusedYesNo";

/**
 * The unit stated for an item's value: its 单位 column's text, then the unit cells beside it (`%`, `万元`).
 * @example 社会认可度 | 92 | % with 单位 column C → "%"
 */
export function unitTextOf(grid: Grid, item: ItemRow, layout: Layout): string {
  const column = layout.unitColumn === null ? "" : (textAt(grid, item.row, layout.unitColumn) ?? "");
  return `${column}${item.unitText}`;
}

function percentContext(grid: Grid, item: ItemRow, layout: Layout): boolean {
  return layout.percentHeader || saysPercent(`${unitTextOf(grid, item, layout)}${item.text}`);
}

/**
 * A figure typed as text and read as a number: one written with its unit or as a numeral (6,080元/生,
 * Ⅲ级以上) said with what it was read as; nothing for a plain number or percentage stored as text
 * (87.6%, 0.96): on the county sheet that is the normal way to answer, nothing adds the answers up,
 * and read_number_as_text's "Excel's SUM skips such cells" was noise, ten notes on one sheet
 * (reviewer R2 of s46, finding 6). School rows still say it (rowFields).
 * @example textReadIssues("县级指标", G6 row 4, 3, "6,080元/生", 6080) // [read_figure_read_as at 县级指标!D5]
 * @example textReadIssues("县级指标", R1 row 5, 3, "87.6%", 0.876) // []; textReadIssues(…, "6.080", 6.08) // [read_figure_read_as]
 */
export function textReadIssues(sheet: string, item: ItemRow, column: number, text: string, value: number): Issue[] {
  // 6.080 (a dot that may separate thousands: dotThousands) is said with what it was read as (6.08), reviewer R3 of s46.
  if (parseCellNumber(text, "ratio").status === "number" && !dotThousands(text)) return [];
  // The item it was read as, so that an English text can name it beside the sheet's own wording.
  // A stage-less G7 or G13 row is read as one stage's item but stands for both: named by its own words only.
  const params = { header: item.text, text, value, ...(item.code === null || item.stageless !== null ? {} : { countyItem: item.code }) };
  return [issueAt("read_figure_read_as", "info", sheet, item.row, column, params)];
}

/**
 * How valueOf reads a value that is not its cell whole: a part of a two-part row (twoPartFigures),
 * `raw` being that part's text and `percent` whether its header or unit says %; its reading is
 * said by read_figure_two_parts, not as a text read.
 */
interface PartOptions {
  readonly raw: CellValue;
  readonly percent: boolean;
  readonly part: true;
  /** Whether the cell gives the other part a value of its own (小学100%，初中约96.8%), not one value for both (均为100%): a part refused is then rewritten alone (read_figure_part_bad_value). */
  readonly beside: boolean;
}

/**
 * The value of a recognised item's cell, or null (blank, or not readable and said so); 有 / 无 / 没有
 * beside an item worded as a negative (无过重课业负担 | 无) is not guessed (ambiguousExistence), nor a
 * verdict answering a veto item (vetoVerdict). `part` reads a part of a two-part row through the same
 * checks: its unit (56人 is no ratio), words (小于0.15), plausibility (差异率 12) and bare percent.
 *
 * @example 违规择校 | 达标 at B30 → null, read_figure_veto_verdict (error) at B30
 */
export function valueOf(grid: Grid, item: ItemRow, layout: Layout, code: string, unit: ItemUnit, column: number, issues: Issue[], part?: PartOptions): number | boolean | null {
  const raw = part === undefined ? (item.ownLabelled ?? valueAt(grid, item.row, column)) : part.raw;
  // Excel saves `=IF(…,"",…)` showing nothing without a result: not given, and said so.
  if (isNoCachedResult(raw)) {
    issues.push(issueAt("read_formula_no_result", "info", grid.sheet, item.row, column, { header: item.text }));
    return null;
  }
  const refused = unit === "boolean" ? refusedYesNo(item.text, code, raw) : null;
  if (refused !== null) {
    issues.push(issueAt(refused, "error", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code, ...answerAndRemark(raw) }));
    return null;
  }
  const percent = part === undefined ? percentContext(grid, item, layout) : part.percent;
  const { converted, year, unverified } = readCell(code, raw, unit, percent, `${unitTextOf(grid, item, layout)} ${item.text}`);
  if (converted === null) return null;
  // A stage-less row read whole (not a part of it) stands for both stages: named and told so (itemParams, rowExpected).
  const whole = part === undefined ? item.stageless : null;
  if (!converted.ok) {
    const bad = () => badValueIssue(grid.sheet, item, column, code, shownText(raw), rowExpected(whole, code, unit, item.text), whole, part?.beside === true);
    issues.push(item.bothStagesTyped === undefined ? bad() : bothStagesIssue(grid, item, column, code));
    return null;
  }
  issues.push(...answerIssues(grid, item, code, column, converted, shownText(raw)));
  if (unit === "number" && typeof converted.value === "number" && notCredible(code, converted.value)) {
    issues.push(notCredibleIssue(grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code, value: converted.value }));
    return null;
  }
  if (year !== null) issues.push(issueAt("read_figure_year_remark", "info", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), value: Number(converted.value), year, ...itemParams(whole, code) }));
  if (unverified !== null) issues.push(issueAt("read_figure_unverified", "warning", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), value: Number(converted.value), remark: unverified, ...itemParams(whole, code) }));
  if (converted.barePercent === true) issues.push(barePercentIssue(grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code, value: Number(converted.value) }));
  else if (part === undefined && year === null && unverified === null && typeof raw === "string" && typeof converted.value === "number") issues.push(...textReadIssues(grid.sheet, item, column, raw, converted.value));
  return orientedValue(grid, item, code, column, converted.value, issues, shownText(raw));
}
