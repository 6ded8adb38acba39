import type { Issue } from "../../engine/types";
import type { CellValue, Grid } from "../types";
import { issueAt } from "./issue";
import { ambiguousExistence, remarkContradicts, remarkStopped, remarkUndealt, invertedWording, negativelyWorded } from "./figureWording";
import { parseYesNo } from "./schoolKind";
import { answerWithExistenceRemark, answerWithRemark, caseWithCount, EXISTENCE_ANSWER, EXISTENCE_WORDS } from "./answerRemark";
import { normaliseText } from "./text";
import type { Converted } from "./convertFigure";
import type { ItemRow } from "./itemRow";

/**
 * Answers that say whether a case exists (有 / 无, 存在, 未发现: EXISTENCE_WORDS; 是 / 否, a tick or a cross: √, ×, X, ✕, 0 / 1):
 * what a veto item asks. Every other word parseYesNo reads is a verdict (isVerdict).
 */
const EXISTENCE: ReadonlySet<string> = new Set([...EXISTENCE_WORDS, "是", "不是", "否", "√", "✓", "✔", "☑", "×", "✗", "✘", "✕", "✖", "☒", "x", "y", "n", "yes", "no", "true", "false", "1", "0"]);

/** Verdicts parseYesNo does not read (具备, 已实现, 建成, 到位 …): refused as verdicts too, so that the cell is told to say 有 or 无. */
const OTHER_VERDICT = /^(已?具备|不具备|已?实现|未实现|已?建成|未建成|已?形成|未形成|已?到位|不到位|已?满足|不满足|规范|不规范|已?执行|未执行|优秀|良好|较好)$/;

/**
 * Whether a veto item's answer is a verdict (达标, 合格, 已建立, 健全, 具备, 未实现 …), with a remark after
 * it or not (达标（见附件）: answerWithRemark): it judges the item and says nothing of whether the case
 * exists. Every yes / no word but those saying so (EXISTENCE), so that a word parseYesNo learns is
 * refused here until it is placed.
 *
 * @example isVerdict("已建立") // true; isVerdict("达标（见附件）") // true; isVerdict("无") // false; isVerdict("有（已整改）") // false
 */
export function isVerdict(text: string): boolean {
  const answer = normaliseText(answerWithRemark(text)?.answer ?? text);
  return (parseYesNo(answer) !== null && !EXISTENCE.has(answer)) || OTHER_VERDICT.test(answer);
}

/**
 * A yes / no cell's answer and remark, for a message quoting them (read_figure_remark_contradicts);
 * nothing for a cell without a remark.
 *
 * @example answerAndRemark("是（存在）") // { answer: "是", remark: "存在" }; answerAndRemark("有") // {}
 */
export function answerAndRemark(raw: CellValue): { answer?: string; remark?: string } {
  const split = typeof raw === "string" ? (answerWithExistenceRemark(raw) ?? answerWithRemark(raw) ?? caseWithCount(raw)) : null;
  return split?.remark == null ? {} : { answer: split.answer, remark: split.remark };
}

/** A bare 0 / 1, typed as a number or as text. */
const DIGIT_ANSWER = /^[01]$/;

/**
 * Why a yes / no answer is not read, or null: a remark contradicting its answer (read_figure_remark_contradicts:
 * 无违规择校行为 | 是（存在）, 不存在（已整改）), 有 / 无 beside an item worded as a negative
 * (ambiguousExistence: read_figure_ambiguous_none, or read_figure_veto_ambiguous for a veto item, which
 * a 0 / 1 joins: 无违规择校行为 | 0 may count no case or deny the sentence), or a verdict answering a
 * veto item (read_figure_veto_verdict: 违规择校 | 达标 would read as 有, the case present). A veto item
 * worded as its cure (杜绝择校 | 达标) reads the verdict as its wording says: 杜绝 achieved, none.
 *
 * @example refusedYesNo("违规择校", "V_school_choice", "达标") // "read_figure_veto_verdict"
 * @example refusedYesNo("杜绝择校", "V_school_choice", "达标") // null
 * @example refusedYesNo("无违规择校行为", "V_school_choice", "有") // "read_figure_veto_ambiguous"; (…, 0) likewise
 * @example refusedYesNo("无违规择校行为", "V_school_choice", "是（存在）") // "read_figure_remark_contradicts" (remarkContradicts)
 * @example refusedYesNo("农村留守儿童关爱体系健全", "G15_left_behind_care", "是（未整改）") // "read_figure_remark_undealt" (remarkUndealt)
 * @example refusedYesNo("农村留守儿童关爱体系健全", "G15_left_behind_care", "是（不再发生）") // "read_figure_remark_stopped" (remarkStopped)
 */
export function refusedYesNo(name: string, code: string, raw: CellValue): "read_figure_ambiguous_none" | "read_figure_veto_ambiguous" | "read_figure_veto_verdict" | "read_figure_remark_contradicts" | "read_figure_remark_undealt" | "read_figure_remark_stopped" | null {
  if (remarkContradicts(code, name, raw)) return "read_figure_remark_contradicts";
  if (remarkUndealt(code, name, raw)) return "read_figure_remark_undealt";
  if (remarkStopped(code, name, raw)) return "read_figure_remark_stopped";
  const veto = code.startsWith("V_");
  const digit = (typeof raw === "number" || typeof raw === "string") && DIGIT_ANSWER.test(String(raw).trim());
  if (veto && digit && negativelyWorded(name)) return "read_figure_veto_ambiguous";
  if (ambiguousExistence(name, raw)) return veto ? "read_figure_veto_ambiguous" : "read_figure_ambiguous_none";
  const vetoVerdict = code.startsWith("V_") && typeof raw === "string" && isVerdict(raw) && !invertedWording(code, name);
  return vetoVerdict ? "read_figure_veto_verdict" : null;
}

/**
 * What a yes / no cell was read as, said at its cell when the cell says more than the answer or less:
 * a remark after the answer (有（已整改） read as 有: read_figure_answer_remark, info), and an evidence
 * item's bare 0 / 1 read as 否 / 是 (read_figure_yes_no_digit) — a warning beside an item worded as a
 * negative (无过重课业负担 | 0: 0 may count the cases, "none"), else info. A veto item's 0 is 无 as it
 * stands (违规择校 | 0: none), and needs no word.
 *
 * @example 有编不补 | 有（已整改） at B31 → [read_figure_answer_remark (info) at B31 { answer: 有, remark: 已整改 }]
 * @example 无过重课业负担 | 0 at B24 → [read_figure_yes_no_digit (warning) at B24 { figureValue: false }]
 */
export function answerIssues(grid: Grid, item: ItemRow, code: string, column: number, converted: Converted, text: string): Issue[] {
  if (converted === null || !converted.ok) return [];
  const at = (issueCode: string, severity: Issue["severity"], params: Record<string, string | number>) => [issueAt(issueCode, severity, grid.sheet, item.row, column, { item: item.text, text, countyItem: code, ...params })];
  const remark = converted.answer?.remark ?? null;
  // An existence remark agreeing with its answer (是（不存在）: remarkContradicts) adds nothing to say.
  if (converted.answer !== undefined) return remark === null || EXISTENCE_ANSWER.test(remark) ? [] : at("read_figure_answer_remark", "info", { answer: converted.answer.answer, remark });
  if (converted.digit !== true || code.startsWith("V_")) return [];
  return at("read_figure_yes_no_digit", negativelyWorded(item.text) ? "warning" : "info", { figureValue: String(converted.value) });
}
