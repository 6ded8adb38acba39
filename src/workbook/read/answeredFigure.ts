import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { contraryWording, invertedAnswer, levelNotStated, verdictAnswer } from "./figureWording";
import { itemUnit } from "./matchCountyItem";
import { valueAt } from "./rowMeta";
import { toBoolean } from "./convertFigure";
import type { ItemRow } from "./itemRow";
import { shownText } from "./rowCells";
import type { CountyOf } from "./countiesDown";

/**
 * A figure item the county answered with a verdict (是 / 否, 达标 / 未达标: verdictAnswer) instead of
 * its figure (教师平均工资收入水平不低于当地公务员 | 否, rules.md §4 item 8; 初中三年巩固率 | 达标): the
 * county's declared verdict, read as such — 是 met, 否 not met — marked `answered` (the engine judges
 * it as stated, basis evidence) and said at the cell, since no figure backs it. Null when the item
 * is a yes / no item or the cell holds no verdict (a number, 有 / 无).
 *
 * @example 教师平均工资收入水平不低于当地公务员 | 否 at C9 → { code: "G8_pay_ratio", value: false, cell: "县级指标!C9", answered: true }, read_figure_yes_no_answer at C9
 */
export function answeredFigure(grid: Grid, item: ItemRow, code: string, column: number, countyOf: CountyOf, issues: Issue[]): CountyFigure | null {
  const raw = valueAt(grid, item.row, column);
  const read = itemUnit(code) === "boolean" || !verdictAnswer(raw) ? null : toBoolean(raw);
  if (read === null || !read.ok) return null;
  const value = orientedValue(grid, item, code, column, read.value, issues) === true;
  const params = { item: item.text, text: shownText(raw), countyItem: code, countyVerdict: value ? "met" : "not_met" };
  issues.push(issueAt("read_figure_yes_no_answer", "info", grid.sheet, item.row, column, params));
  return { county: countyOf(item.row), code, value, cell: qualified(grid.sheet, a1(item.row, column)), answered: true };
}

/**
 * Whether a figure item's verdict answer is refused, said at its cell: the name is worded against
 * the standard (教师工资收入低于当地公务员 | 是: contraryWording), or a level item's name states no
 * level reached (义务教育质量监测 | 是: levelNotStated). Either way 是 / 否 is not guessed.
 *
 * @example 校际差异率超过0.15 | 否 at B3 → true, read_figure_contrary_wording at B3
 */
export function refusedAnswer(grid: Grid, item: ItemRow, code: string, column: number, issues: Issue[]): boolean {
  const raw = valueAt(grid, item.row, column);
  if (itemUnit(code) === "boolean" || !verdictAnswer(raw)) return false;
  const why = refusalOf(code, item.text, shownText(raw));
  if (why !== null) issues.push(issueAt(why, "warning", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code }));
  return why !== null;
}

/** Why a figure item's verdict answer is not read (refusedAnswer), or null when it is. */
function refusalOf(code: string, name: string, answer: string): "read_figure_contrary_wording" | "read_figure_level_not_stated" | null {
  if (contraryWording(code, name)) return "read_figure_contrary_wording";
  return itemUnit(code) === "level" && levelNotStated(name, answer) ? "read_figure_level_not_stated" : null;
}

/**
 * A yes / no answer agreeing or disagreeing with an item worded the other way round (杜绝择校 | 是) is
 * inverted, and said so (info; a warning when it makes a veto case present: 无违规择校行为 | 否); one
 * saying whether the case exists (无违规择校行为 | 不存在) is read as it stands (invertedAnswer).
 */
export function orientedValue(grid: Grid, item: ItemRow, code: string, column: number, value: number | boolean, issues: Issue[], text = shownText(valueAt(grid, item.row, column))): number | boolean {
  if (typeof value !== "boolean" || !invertedAnswer(code, item.text, text)) return value;
  // A veto case made present by the turning round (无违规择校行为 | 否) decides 不予认定: a warning, not a note.
  const severity = code.startsWith("V_") && !value ? "warning" : "info";
  issues.push(issueAt("read_figure_inverted", severity, grid.sheet, item.row, column, { item: item.text, countyItem: code, text }));
  return !value;
}
