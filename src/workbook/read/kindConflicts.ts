import type { Issue, SchoolType, Stage } from "../../engine/types";
import { columnLetters } from "../address";
import type { Grid } from "../types";
import { cellNumber, positiveAt } from "./cellNumber";
import { issueAt } from "./issue";
import { gradeNote, stageTextIssue, typeStageIssue, typeTextIssue } from "./kindTextIssues";
import type { ColumnRole } from "./keys";
import { statedKind, valueAt, type StatedKind } from "./rowMeta";
import { loneRoles, numberIn, unreadableText } from "./stageColumnUnread";
import { mergeAt } from "./mergeIndex";

/** What a row was read as: its name, and the type and stage the reader settled on. */
export interface ReadKind {
  readonly name: string;
  readonly type: SchoolType;
  readonly stage: Stage | null;
  /** The stage of the sheet the row is on (小学 / 初中 sheets), which may have given the row its stage (stageOnSheet). */
  readonly sheetStage?: Stage | null;
}

/** The one stage of a single-stage type (rules.md §2: a 完全中学's compulsory part is its junior section). */
const ONLY_STAGE: Partial<Record<SchoolType, Stage>> = { primary: "primary", teaching_point: "primary", junior: "junior", complete_middle: "junior" };

/**
 * Name type → type column value pairs that put a school in another stage or scope. Not a 小学 name
 * under a 教学点 type: teaching points are commonly named …小学 / 村小; and not 特教 / 职业 names,
 * whose keywords (启明, 启智) also occur in ordinary school names.
 */
const CLASHES: ReadonlySet<string> = new Set(["primary>junior", "junior>primary", "junior>teaching_point", "teaching_point>junior"]);

/**
 * The 学段 column decided the stage (rowStage reads it first), but the name's section suffix
 * (城东学校（初中部）) or a single-stage type (a 小学 has no 初中) says otherwise: a warning at the
 * stage cell naming the stage used. The column still wins: it is the cell that states the stage,
 * while the name or type may be copied from another row; the user is told which to check.
 */
function stageConflict(grid: Grid, row: number, kind: ReadKind, said: StatedKind): Issue | null {
  const cell = said.stageCell;
  const stated = cell?.value ?? null;
  if (cell === null || stated === null || stated !== kind.stage) return null;
  const params = { name: kind.name, text: cell.text, stage: stated };
  const fromName = said.nameSection;
  if (fromName !== null && fromName !== stated) return issueAt("read_stage_name_conflict", "warning", grid.sheet, row, cell.column, params);
  const only = ONLY_STAGE[kind.type];
  if (only !== undefined && only !== stated) return issueAt("read_stage_type_conflict", "warning", grid.sheet, row, cell.column, { ...params, type: kind.type });
  return null;
}

/** Types whose row, without a 学段, is the whole school (rowStage): both stages in one row. */
const WHOLE_SCHOOL: ReadonlySet<SchoolType> = new Set<SchoolType>(["nine_year", "twelve_year"]);

/**
 * The first per-stage column of `stage` with a number above 0 in this row, as the reader reads it
 * (210 or 210人: cellNumber), of a field the row's own stage (`own`) also reads from a column: a
 * column only one stage's rows can have (运动场地面积
 * given 小学 in the column mapping, 小学教学仪器设备值 beside no column for all stages) says nothing of
 * the row being the whole school, and is said once at its header (stageColumnUnreadIssues).
 */
function stageNumberColumn(grid: Grid, row: number, roles: readonly ColumnRole[], stage: Stage, own: Stage): ColumnRole | undefined {
  const lone = loneRoles(roles, own);
  return roles.find((r) => r.stage === stage && !lone.includes(r) && positiveAt(grid, row, r));
}

/**
 * A 九年一贯制 (or 十二年一贯制) row whose 学段 names one stage while the row also has numbers in the
 * other stage's columns (小学在校生 and 初中在校生 both filled; not a column only the other stage reads:
 * stageNumberColumn): read as that one section, the other
 * stage's columns are left out and the shared areas all go to it. A warning at the 学段 cell naming
 * a column of the stage left out, so the user can clear the 学段 (the row is then the whole school)
 * or split the row into its two sections.
 */
function wholeSchoolStageConflict(grid: Grid, row: number, roles: readonly ColumnRole[], kind: ReadKind, said: StatedKind): Issue | null {
  const cell = said.stageCell;
  const stated = cell?.value ?? null;
  if (cell === null || stated === null || stated !== kind.stage || !WHOLE_SCHOOL.has(kind.type)) return null;
  const other = stageNumberColumn(grid, row, roles, stated === "primary" ? "junior" : "primary", stated);
  if (other === undefined) return null;
  const params = { name: kind.name, text: cell.text, stage: stated, type: kind.type, column: columnLetters(other.column), header: other.header };
  return issueAt("read_stage_whole_school_one_stage", "warning", grid.sheet, row, cell.column, params);
}

/**
 * A 九年一贯制 (or 十二年一贯制) row whose 学段 names one stage while a cell of the other stage's
 * columns holds what no number is read from (约5, -5, #N/A: unreadableColumns): read as that one
 * section, the row never reads the cell, so the value the statistician filled was said nowhere,
 * while a 5 there is (wholeSchoolStageConflict; s51 H2, as at 5e31adf). A warning at each such cell.
 * @example 金山学校, 九年一贯制学校, 学段 小学, 初中在校生数 约5 at E3 → read_stage_whole_school_one_stage_unreadable at E3 { text: "约5" }
 */
function wholeSchoolOneStageUnreadable(grid: Grid, row: number, roles: readonly ColumnRole[], kind: ReadKind, said: StatedKind): Issue[] {
  const cell = said.stageCell;
  const stated = cell?.value ?? null;
  if (cell === null || stated === null || stated !== kind.stage || !WHOLE_SCHOOL.has(kind.type)) return [];
  return unreadableColumns(grid, row, roles, stated).map((other) => {
    const params = { name: kind.name, stageText: cell.text, stage: stated, type: kind.type, column: columnLetters(other.role.column), header: other.role.header, text: other.text };
    return issueAt("read_stage_whole_school_one_stage_unreadable", "warning", grid.sheet, row, other.role.column, params);
  });
}

/**
 * A single-stage school (小学, 教学点, 初级中学; a 完全中学, read as its junior section) whose row holds a
 * number above 0 in a column of the other compulsory stage (stageNumberColumn): 城关中学 with 12 in
 * 县级以上骨干教师(小学) and 0 in (初中), a 小学 with 50 in 其中：初中. The row reads its own stage's
 * columns only, so that number is left out, and the section may fail (L2 = 0) for a number typed one
 * column over, or a school of two stages typed as one. A warning at that cell naming the stage read,
 * rather than silence. Not a row whose 学段 cell set a stage its type lacks (stageConflict says that).
 * A 完全中学 row without 学段 on a sheet with per-stage columns — the one row the statistics export
 * gives it — is read as the whole school (rowStage: stage null), yet evaluated as its junior section
 * only (combinedStages: a 完全中学's compulsory part is 初中), so its 小学 columns are left out just
 * the same (R1 of s48, F1: 14 in 县级以上骨干教师(小学), 0 in (初中), L2 = 0 ÷ 900 unsaid).
 *
 * @example 城关中学, 初级中学, 县级以上骨干教师(小学) 12 at AG18 → read_single_stage_other_stage at AG18 { stage: "junior", value: "12" }
 * @example 青石县第二中学, 完全中学, no 学段 (stage null), 县级以上骨干教师(小学) 14 at AG23 → the same at AG23 { stage: "junior", value: "14" }
 */
function singleStageOtherStage(grid: Grid, row: number, roles: readonly ColumnRole[], kind: ReadKind): Issue | null {
  const own = singleStageOf(kind);
  if (own === null) return null;
  const other = stageNumberColumn(grid, row, roles, otherStageOf(own), own);
  if (other === undefined) return null;
  const params = { ...schoolParams(kind, own), column: columnLetters(other.column), header: other.header, value: numberIn(grid, row, other) ?? "" };
  const target = ownColumn(roles, other, own);
  if (target === undefined) return issueAt("read_single_stage_other_stage_no_column", "warning", grid.sheet, row, other.column, params);
  return issueAt("read_single_stage_other_stage", "warning", grid.sheet, row, other.column, { ...params, ownColumn: columnLetters(target.column), ownHeader: target.header });
}

/** The one stage a single-stage school's row is read as (ONLY_STAGE), null for a school of two stages or a row given a stage its type lacks (stageConflict says that). */
function singleStageOf(kind: ReadKind): Stage | null {
  const own = ONLY_STAGE[kind.type];
  return own === undefined || (kind.stage ?? own) !== own ? null : own;
}

function otherStageOf(stage: Stage): Stage {
  return stage === "primary" ? "junior" : "primary";
}

/** What both warnings of a single-stage school's other stage say of the school: its name, type and stage, and the type to give it if it has both stages. */
function schoolParams(kind: ReadKind, own: Stage): { name: string; type: SchoolType; stage: Stage; wholeType: SchoolType } {
  return { name: kind.name, type: kind.type, stage: own, wholeType: wholeTypeOf(kind.type) };
}

/** The type a single-stage school of both stages would be: a 完全中学 (初中 and 高中) with a 小学 stage a 十二年一贯制学校, a 小学 or 初中 a 九年一贯制学校. */
function wholeTypeOf(type: SchoolType): SchoolType {
  return type === "complete_middle" ? "twelve_year" : "nine_year";
}

/**
 * A single-stage school whose row holds a value that cannot be read (约5, -5, #N/A) in a column of
 * the other stage: the row never reads that column, so the value, which the statistician filled, was
 * said nowhere, while a 5 there is (singleStageOtherStage; s49 M1). A warning at the cell naming the
 * column and what it holds. Where the field has a column for the whole row (在校生数 | 其中：小学 |
 * 其中：初中) and the row's own stage cell is blank, such a cell keeping the row from its 合计 is said by
 * rowFields (read_stage_blank_total_blocked: saidByRowFields); with the own stage cell filled
 * (合计 900 | 小学 900 | 初中 约5) nothing keeps the row from a number, so it is said here (s50 H1).
 * Each such cell, not the first alone: 约3 in 其中：小学 hid 约5 in 县级以上骨干教师(小学) (R2 of s50). Not on a
 * row read as the whole school (stage null: the export's one-row 完全中学), whose row reads the cell and says
 * it (read_not_a_number): it was said twice at the cell (R2 of s50).
 * @example 城关第一小学, 小学, 县级以上骨干教师(小学) 12, (初中) 约5 at G2 → read_single_stage_other_stage_unreadable at G2 { text: "约5" }
 * @example 东街小学, 小学, 在校生数 900 | 小学 900 | 初中 约5 at E2 → the same at E2; 小学 blank → none (rowFields says it)
 */
function singleStageOtherStageUnreadable(grid: Grid, row: number, roles: readonly ColumnRole[], kind: ReadKind): Issue[] {
  const own = singleStageOf(kind);
  // A row read as the whole school (the export's one-row 完全中学, no 学段) reads those cells and says them itself (read_not_a_number).
  if (own === null || kind.stage === null) return [];
  return unreadableColumns(grid, row, roles, own).map((other) => {
    const params = { ...schoolParams(kind, own), column: columnLetters(other.role.column), header: other.role.header, text: other.text };
    return issueAt("read_single_stage_other_stage_unreadable", "warning", grid.sheet, row, other.role.column, params);
  });
}

/**
 * The columns of the stage other than `own` (not lone: stageNumberColumn, nor one rowFields names:
 * saidByRowFields) whose cell in the row cannot be read, with its text; not 暂无 / 暂无数据, which says
 * none as a blank does (unreadableText, as rowFields' otherStageGiven reads it: R2 of s50).
 */
function unreadableColumns(grid: Grid, row: number, roles: readonly ColumnRole[], own: Stage): { readonly role: ColumnRole; readonly text: string }[] {
  const [stage, lone, seen] = [otherStageOf(own), loneRoles(roles, own), new Set<number>()];
  return roles.flatMap((role) => {
    // A column read as two fields is one cell, said once.
    if (role.stage !== stage || seen.has(role.column) || lone.includes(role) || saidByRowFields(grid, row, roles, role, own)) return [];
    seen.add(role.column);
    const text = unreadableText(grid, row, role);
    return text === null ? [] : [{ role, text }];
  });
}

/**
 * Whether rowFields names the unreadable cell of `other` itself (noteBlockedTotal): a part of its
 * field (研究生, 本科 … or the field whole) has a column for the whole row, not merged over rows, and
 * the row's cell of its own stage is blank, so the row would read that column but for `other`'s cell.
 * @example 在校生数 900 | 小学 blank | 初中 约5 on a 小学 row → true; 小学 900 → false; no 在校生数 column → false
 */
function saidByRowFields(grid: Grid, row: number, roles: readonly ColumnRole[], other: ColumnRole, own: Stage): boolean {
  return roles.some((total) => {
    if (total.key !== other.key || total.stage !== null) return false;
    const ownRole = roles.find((r) => r.key === total.key && r.part === total.part && r.stage === own);
    if (ownRole === undefined) return false;
    const merge = mergeAt(grid, row, total.column);
    return (merge === undefined || merge.bottom === merge.top) && cellNumber(valueAt(grid, row, ownRole.column), ownRole).status === "blank";
  });
}

/**
 * The column the school is read from for what `other` (a column of the other stage) holds: the same
 * field and part of its own stage, else without a stage — where a number typed one column over
 * belongs. Undefined when the sheet has neither (a 小学专任教师 block alone).
 * @example ownColumn(roles, AG 县级以上骨干教师(小学), "junior") // AH 县级以上骨干教师(初中); for 其中：初中 on a 小学 row, 其中：小学
 */
function ownColumn(roles: readonly ColumnRole[], other: ColumnRole, own: Stage): ColumnRole | undefined {
  const same = (r: ColumnRole): boolean => r.key === other.key && r.part === other.part;
  return roles.find((r) => same(r) && r.stage === own) ?? roles.find((r) => same(r) && r.stage === null);
}

/**
 * The type column decided the type, but the name says another kind that changes the school's stage
 * or scope (城西小学 typed 初级中学; 王村教学点 typed 小学, which brings a teaching point under 50
 * students into the evaluation): a warning at the type cell. The column still wins, as in the
 * national statistics export, where 办学类型 is the registered type.
 */
function typeConflict(grid: Grid, row: number, kind: ReadKind, said: StatedKind): Issue | null {
  const cell = said.typeCell;
  const stated = cell?.value ?? null;
  const named = said.nameType;
  if (cell === null || stated === null || named === null || stated !== kind.type) return null;
  const params = { name: kind.name, text: cell.text, type: stated };
  if (named === "teaching_point" && stated === "primary") return issueAt("read_type_name_teaching_point", "warning", grid.sheet, row, cell.column, params);
  return CLASHES.has(`${named}>${stated}`) ? issueAt("read_type_name_conflict", "warning", grid.sheet, row, cell.column, params) : null;
}

/**
 * Contradictions between a row's name, type column and 学段 column, each a warning at the cell
 * whose value was used, so that a section never changes stage or scope without a word; a type or
 * 学段 value that is no compulsory type or stage, said at its cell with what was used instead
 * (kindTextIssues); a grade read as its stage, a note at the cell unless a warning is said there.
 * `said`: what the row states, as the reader already read it for rowType and rowStage (statedKind).
 *
 * @example 城东学校（初中部） with 学段 小学 → read_stage_name_conflict at the 学段 cell (read as primary)
 * @example 王村教学点 with 办学类型 小学 → read_type_name_teaching_point at the type cell (read as primary)
 * @example 金山学校, 九年一贯制学校, 学段 小学, 初中在校生 210 (or 210人) → read_stage_whole_school_one_stage at the 学段 cell
 * @example 桥头镇中学, 高级中学, 学段 初中 → read_type_stage_out_of_scope at the type cell
 * @example 城关中学, 初级中学, 12 in 县级以上骨干教师(小学) → read_single_stage_other_stage at that cell; 约5 there → read_single_stage_other_stage_unreadable
 */
export function kindConflicts(grid: Grid, row: number, roles: readonly ColumnRole[], kind: ReadKind, said: StatedKind = statedKind(grid, row, roles, kind.name)): Issue[] {
  const found = [
    stageTextIssue(grid, row, kind, said),
    stageConflict(grid, row, kind, said),
    wholeSchoolStageConflict(grid, row, roles, kind, said),
    ...wholeSchoolOneStageUnreadable(grid, row, roles, kind, said),
    singleStageOtherStage(grid, row, roles, kind),
    ...singleStageOtherStageUnreadable(grid, row, roles, kind),
    typeStageIssue(grid, row, kind, said) ?? typeTextIssue(grid, row, kind, said),
    typeConflict(grid, row, kind, said),
  ];
  const issues = found.filter((i): i is Issue => i !== null);
  const grade = gradeNote(grid, row, kind, said);
  return grade === null || issues.some((i) => i.cell === grade.cell) ? issues : [grade, ...issues];
}
