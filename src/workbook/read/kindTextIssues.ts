import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { centerWord, typeByStage } from "./fallbackType";
import { issueAt } from "./issue";
import type { ReadKind } from "./kindConflicts";
import type { StatedKind } from "./rowMeta";
import { ambiguousGrade, gradeStage, namesBothStages, outOfScopeType, stageFromText } from "./schoolKind";
import { stageFromSheet } from "./sheetStage";

/**
 * A 学段 cell that gives no compulsory stage the reader could use (高中 on a 小学, 幼儿园, 其他):
 * a warning at the cell saying it was not used and what the row was read as instead (its name or
 * type; the whole school when it has no one stage). None for a value naming both stages (the whole
 * school), for a grade (gradeNote; a lone 六年级, which gives no stage, is said as such), and for a row whose type leaves it out (type `other`: a senior
 * school listed with its 学段 高中, or typeStageIssue's case).
 *
 * @example 杨柳小学 | 小学 | 高中 → read_stage_text_unknown at the 学段 cell { stage: "primary" }
 */
export function stageTextIssue(grid: Grid, row: number, kind: ReadKind, said: StatedKind): Issue | null {
  const cell = said.stageCell;
  if (cell === null || cell.value !== null || kind.type === "other" || namesBothStages(cell.text) || specialSaid(kind, cell.text)) return null;
  const params = { name: kind.name, text: cell.text };
  if (ambiguousGrade(cell.text)) return issueAt("read_stage_grade_ambiguous", "warning", grid.sheet, row, cell.column, params);
  if (kind.stage === null) return issueAt("read_stage_text_unknown_whole", "warning", grid.sheet, row, cell.column, params);
  // Say where the stage came from: the sheet (a 九年一贯制 row on the 初中 sheet), else the name or type.
  if (kind.sheetStage != null && stageFromSheet(kind.name, kind.type)) return issueAt("read_stage_text_unknown_sheet", "warning", grid.sheet, row, cell.column, { ...params, stage: kind.stage, sheet: grid.sheet });
  return issueAt("read_stage_text_unknown", "warning", grid.sheet, row, cell.column, { ...params, stage: kind.stage });
}

/** Words of a special school's 学段 (特殊教育, 培智, 启聪): no compulsory stage, but the school's own kind. */
const SPECIAL_WORDS = /特殊|特教|培智|启智|启聪|启明|聋|盲/;

/**
 * A special school's 学段 that gives no stage is said by the special school's own note
 * (read_special_stage_unknown, when no stage is found) or is its kind (特殊教育): no second warning.
 */
function specialSaid(kind: ReadKind, text: string): boolean {
  return kind.type === "special" && (kind.stage === null || SPECIAL_WORDS.test(text));
}

/**
 * A 学段 cell giving a grade (七年级, 初二, 1-6年级) read as its stage: a note at the cell. Only when
 * the stage used is that grade's (a stage sheet's row, say, may have been read otherwise).
 *
 * @example 柳林镇中学 | 初级中学 | 七年级 → read_stage_from_grade at the 学段 cell { stage: "junior" }
 */
export function gradeNote(grid: Grid, row: number, kind: ReadKind, said: StatedKind): Issue | null {
  const cell = said.stageCell;
  if (cell === null || cell.value === null || stageFromText(cell.text) !== null) return null;
  const grade = gradeStage(cell.text);
  if (grade === null || grade === "both" || grade !== kind.stage) return null;
  return issueAt("read_stage_from_grade", "info", grid.sheet, row, cell.column, { name: kind.name, text: cell.text, stage: grade });
}

/**
 * A 办学类型 cell the reader does not know (幼儿园, 其他, 民族学校) while the row was typed from its
 * name, 学段 or sheet: a warning at the cell saying it was not used and the type read; a note instead
 * when the 学段 alone gave the type (typeByStage: 中心校 | 小学) or the cell's 中心校 did (said by
 * resolvedType), and when the name gave it and the word names no kind (settledByName). None when nothing else typed the row either: read_type_unknown says that, at the name.
 *
 * @example 双河乡中心小学 | 幼儿园 → read_type_text_unknown at the type cell { type: "primary" }
 * @example 白马镇中心校 | 中心校 | 小学 → read_type_from_stage_text at the type cell { stageText: "小学", type: "primary" }
 * @example 白马镇中心小学 | 中心校 | 小学 → read_type_word_from_name (info) at the type cell { type: "primary" }
 */
export function typeTextIssue(grid: Grid, row: number, kind: ReadKind, said: StatedKind): Issue | null {
  const cell = said.typeCell;
  if (cell === null || cell.value !== null || (kind.type === "other" && said.nameType === null)) return null;
  const byOwnCells = said.nameType === null && kind.sheetStage == null;
  if (byOwnCells && said.stageCell !== null && typeByStage(said) === kind.type) {
    return issueAt("read_type_from_stage_text", "info", grid.sheet, row, cell.column, { name: kind.name, text: cell.text, stageText: said.stageCell.text, type: kind.type });
  }
  if (byOwnCells && kind.type === "primary" && centerWord(said, kind.name)?.column === cell.column) return null;
  const code = settledByName(kind, said, cell.text) ? "read_type_word_from_name" : "read_type_text_unknown";
  return issueAt(code, code === "read_type_text_unknown" ? "warning" : "info", grid.sheet, row, cell.column, { name: kind.name, text: cell.text, type: kind.type });
}

/**
 * A type word naming no kind of school (中心校, 民族学校: not outOfScopeType) beside a name that gave
 * the type read: the name settles what the word leaves open, as a 学段 does (read_type_from_stage_text),
 * so a note; a word naming a kind outside compulsory education (幼儿园) contradicts the name: a warning.
 */
function settledByName(kind: ReadKind, said: StatedKind, text: string): boolean {
  return said.nameType !== null && said.nameType === kind.type && !outOfScopeType(text);
}

/**
 * A type that is no compulsory-education school (高级中学, 普通高中: `other`) beside a 学段 of a
 * compulsory stage: the engine leaves the school out of scope (非义务教育学校), which changes the
 * county's CVs and pass share, so a warning at the type cell says so and what the 学段 says.
 *
 * @example 桥头镇中学 | 高级中学 | 初中 → read_type_stage_out_of_scope at the type cell
 */
export function typeStageIssue(grid: Grid, row: number, kind: ReadKind, said: StatedKind): Issue | null {
  const [type, stage] = [said.typeCell, said.stageCell];
  if (kind.type !== "other" || type === null || type.value !== "other" || stage === null || stage.value === null) return null;
  return issueAt("read_type_stage_out_of_scope", "warning", grid.sheet, row, type.column, { name: kind.name, text: type.text, stageText: stage.text, stage: stage.value });
}
