import { type AssumedZero, type BlankCells, type FieldKey, type Fields, type Issue, type Sourced, type Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { firstCompleteSet } from "./firstCompleteSet";
import { issueAt, numberAsTextIssue } from "./issue";
import { BACKBONE_PART_SETS, type ColumnRole, type Part } from "./keys";
import type { NoDataNote } from "./findNoDataNote";
import { parseCellNumber, type NoneMark } from "./parseCellNumber";
import { foreignCellUnit } from "./cellUnit";
import { cellNumber, numberKindOf, positiveAt, type CellNumber } from "./cellNumber";
import { dateNumber, dateText } from "./dateText";
import { AREA_UNITS, MONEY_UNITS } from "./units";
import { valueAt } from "./rowMeta";
import { dotThousands, foldText } from "./text";
import { mergeAt } from "./mergeIndex";
import { largeSchoolShare, SHARING_SCHOOL_MAX_STUDENTS, teacherShare } from "./teacherShare";
import { unreadableText } from "./stageColumnUnread";

const INVALID_CODES = { formula_error: "read_formula_error", not_a_number: "read_not_a_number", negative: "read_negative" } as const;

/** Which of a row's columns feed one Fields object. */
export type FieldScope =
  /**
   * A section row: that stage's columns, else the columns without a stage. `singleStage`: the row
   * is one stage's (a single-stage school, or one section of a combined school), whose blank stage
   * cell the column of the same field and part without a stage (合计) fills (totalForBlankStage).
   */
  | { readonly kind: "section"; readonly stage: Stage; readonly singleStage?: boolean }
  /** A whole combined school's shared numbers: columns without a stage. */
  | { readonly kind: "shared" }
  /** A whole combined school's per-stage numbers: that stage's columns only. */
  | { readonly kind: "stage"; readonly stage: Stage };

/**
 * The L1 numerator by stage (rules.md §2): 小学 专科及以上, 初中 本科及以上; from the degree
 * breakdown when the sheet has no such column. The first set whose columns all exist is used.
 */
export const QUALIFIED_PARTS: Readonly<Record<Stage, readonly (readonly Part[])[]>> = {
  primary: [["associateUp"], ["bachelorUp", "associate"], ["graduate", "bachelor", "associate"], ["bachelor", "associate"]],
  junior: [["bachelorUp"], ["graduate", "bachelor"], ["bachelor"]],
};
/**
 * L3 = 体育 + 音乐 + 美术 (+ an integrated 艺术 subject column); music and art may come as one
 * column (音乐美术教师, `musicArt`). Separate 音乐 and 美术 columns come first, so that a 音乐美术
 * subtotal beside them is not added to them.
 */
export const PE_ART_PARTS: readonly (readonly Part[])[] = [
  ["pe", "music", "art", "arts"],
  ["pe", "music", "art"],
  ["pe", "musicArt", "arts"],
  ["pe", "arts"],
  ["pe", "musicArt"],
];

/** A cell's outcome; a blank or unusable one keeps its address (null: the sheet has no column for it). */
type Read =
  | { readonly kind: "value"; readonly sourced: Sourced }
  /** `noData`: the cell holds a mark the sheet's note declares to mean no data (readNone). */
  | { readonly kind: "blank"; readonly cell: string | null; readonly noData?: true }
  | { readonly kind: "invalid"; readonly cell: string | null };

/**
 * A column as an issue names it: its header as written, and the field it was read as (with its
 * stage and part when it has them), which the English text shows by its label beside the header.
 *
 * @example columnParams({ key: "students", stage: "junior", part: null, header: "初中在校生", … }) // { header: "初中在校生", field: "students", stage: "junior" }
 */
function columnParams(role: ColumnRole): { header: string; field: string; stage?: Stage; part?: Part } {
  return { header: role.header, field: role.key, ...(role.stage === null ? {} : { stage: role.stage }), ...(role.part === null ? {} : { part: role.part }) };
}

/** The row being read, the sheet's columns, where its issues go, and the sheet's note on what a dash means (null: none). */
interface RowCtx {
  readonly grid: Grid;
  readonly row: number;
  readonly roles: readonly ColumnRole[];
  readonly issues: Issue[];
  readonly noData: NoDataNote | null;
}

/**
 * A cell that says "nothing" (`—`, `/`, `无`): 0, because the person wrote it; but when the sheet's
 * own note declares that mark to mean no data ("无数据填“—”"), missing, as if blank. Either way
 * the reading is said at info level at the cell.
 */
function readNone(ctx: RowCtx, role: ColumnRole, mark: NoneMark, text: string): Read {
  const cell = qualified(ctx.grid.sheet, a1(ctx.row, role.column));
  const noteCell = ctx.noData?.marks.get(mark);
  const params = noteCell === undefined ? { ...columnParams(role), text } : { ...columnParams(role), text, noteCell };
  ctx.issues.push(issueAt(noteCell === undefined ? "read_dash_as_zero" : "read_dash_as_missing", "info", ctx.grid.sheet, ctx.row, role.column, params));
  return noteCell === undefined ? { kind: "value", sourced: { value: 0, cell, assumedZeros: [assumedZero(role, cell, "dash", text)] } } : { kind: "blank", cell, noData: true };
}

/**
 * A cell taken as 0 without a number in it, named on the value it is part of (Sourced.assumedZeros),
 * so that a verdict resting on it can say so (src/report/assumedZeroIssues.ts).
 * @example assumedZero(体育 role, "S!H12", "blank") // { cell: "S!H12", kind: "blank", header: "体育", field: "peArtTeachers", part: "pe" }
 */
function assumedZero(role: ColumnRole, cell: string, kind: AssumedZero["kind"], text?: string): AssumedZero {
  return { cell, kind, header: role.header, field: role.key, ...(role.part === null ? {} : { part: role.part }), ...(text === undefined ? {} : { text }) };
}

/**
 * A blank cell: the field is missing. A formula without a stored result reads so too (Excel shows
 * `=IF(…,"",…)` as blank and saves it without a value), said at info level at the cell, since a
 * file written by a program may hold a number there that only Excel can calculate.
 */
function readBlank(ctx: RowCtx, role: ColumnRole, noResult: boolean, cell: string): Read {
  if (noResult) ctx.issues.push(issueAt("read_formula_no_result", "info", ctx.grid.sheet, ctx.row, role.column, columnParams(role)));
  return { kind: "blank", cell };
}

/**
 * A count (persons, rooms, classes) of 1 or more that is not a whole number: kept as written, since
 * a value is never changed silently (12.5 teachers may be a count of full-time equivalents), but
 * said at its cell as a warning; `1.200` typed as text gets a message that names the likely
 * thousands separator (dotThousands). A count under 1 is not read at all (rateInCountIssue), but
 * for a teacher's share at one of the schools sharing them (teacherShare: 0.5, a PE teacher's 0.33
 * or 0.25), read and said as such (read_count_share), with what to do if it is a rate or a
 * percentage-formatted cell after all (reviewer R2 of s48: the not-whole warning gave no hint).
 */
function notWholeIssue(ctx: RowCtx, role: ColumnRole, value: CellValue, read: number): Issue {
  const text = typeof value === "string" ? foldText(value) : String(value);
  const params = { ...columnParams(role), text, value: read };
  if (read < 1) return issueAt("read_count_share", "warning", ctx.grid.sheet, ctx.row, role.column, { ...params, percent: percentText(read) });
  const code = typeof value === "string" && dotThousands(text) ? "read_count_dot_thousands" : "read_count_not_whole";
  return issueAt(code, "warning", ctx.grid.sheet, ctx.row, role.column, params);
}

/**
 * A count (persons, rooms, classes) strictly between 0 and 1, typed bare: no school has 0.93
 * teachers, so it is a rate or share typed in the count's column (学历达标率 93% as 0.93), or a
 * count typed in a cell formatted as a percentage (22 stored as 0.22, shown 22%). Used, it would
 * fail the school and ask the county for teachers it does not need (reviewer R2 of s46, finding 1),
 * so it is an error and the cell is not used, as an unreadable one (read_not_a_number): the
 * indicators that need it are not computed. Null for any other number, and for one typed with a
 * unit (0.5人 says what it counts: read with read_number_with_unit), and for a shared teacher's
 * share (teacherShare: 0.5, a PE teacher's 0.33 or 0.25).
 * @example rateInCountIssue(ctx, 高于规定学历教师 role at G14, 0.93, { base: 0.93, unit: null }) // read_count_rate at G14 { value: 0.93, percent: "93%" }
 * @example rateInCountIssue(ctx, 专任教师 role, 12.5, { base: 12.5, unit: null }) // null
 * @example rateInCountIssue(ctx, 体育、艺术教师 role of 教学点 at 0.5, 0.5 at a school of 301) // read_count_share_large_school { students: 301, max: 300 }
 */
function rateInCountIssue(ctx: RowCtx, role: ColumnRole, value: CellValue, read: Extract<CellNumber, { status: "number" }>): Issue | null {
  const fraction = read.base > 0 && read.base < 1;
  if (numberKindOf(role.key) !== "count" || read.unit !== null || !fraction || teacherShare(ctx.grid, role, read.base, ctx)) return null;
  const text = typeof value === "string" ? foldText(value) : String(value);
  const params = { ...columnParams(role), text, value: read.base, percent: percentText(read.base) };
  // A share read at the 教学点 of its column, here at a school too large to share teachers: refused, saying why.
  const students = largeSchoolShare(ctx.grid, role, read.base, ctx);
  if (students === null) return issueAt("read_count_rate", "error", ctx.grid.sheet, ctx.row, role.column, params);
  return issueAt("read_count_share_large_school", "error", ctx.grid.sheet, ctx.row, role.column, { ...params, students, max: SHARING_SCHOOL_MAX_STUDENTS });
}

/**
 * A count's cell holding a percentage as text (93%): a rate typed in the count's column, said as
 * such rather than as "not a number"; not read either way. Null for any other cell or column.
 * @example percentInCountIssue(ctx, 高于规定学历教师 role, "93%") // read_count_percent { text: "93%" }
 * @example percentInCountIssue(ctx, 教学及辅助用房 role, "93%") // null (a measure: read_not_a_number)
 */
function percentInCountIssue(ctx: RowCtx, role: ColumnRole, value: CellValue): Issue | null {
  if (numberKindOf(role.key) !== "count" || typeof value !== "string") return null;
  const parsed = parseCellNumber(value, "ratio");
  if (parsed.status !== "number" || !parsed.percent) return null;
  return issueAt("read_count_percent", "error", ctx.grid.sheet, ctx.row, role.column, { ...columnParams(role), text: value.trim() });
}

/** A fraction as a percentage cell shows it, without the float noise of × 100. @example percentText(0.22) // "22%" (0.22 × 100 = 22.000000000000004) */
function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

/**
 * One number cell of a row; an unreadable cell becomes an issue at its address. What the reader
 * reads but the user may not expect is said at info level: `—` / `/` / `无` read as 0 (what the
 * person typed, so it stands) or as missing (the sheet's note says so; see readNone), numbers
 * stored as text (Excel's own SUM skips them), and a formula without a stored result read as blank.
 * A count under 1 (0.93 teachers) or given as a percentage is an error and not read (rateInCountIssue).
 */
function readNumberCell(ctx: RowCtx, role: ColumnRole): Read {
  const { grid, row, issues } = ctx;
  const value = valueAt(grid, row, role.column);
  const read = cellNumber(value, role);
  const cell = qualified(grid.sheet, a1(row, role.column));
  if (read.status === "blank") return readBlank(ctx, role, read.noResult === true, cell);
  if (read.status === "none") return readNone(ctx, role, read.mark, typeof value === "string" ? value.trim() : "");
  if (read.status === "number") {
    const rate = rateInCountIssue(ctx, role, value, read);
    if (rate !== null) return (issues.push(rate), { kind: "invalid", cell });
    issues.push(...readNumberNotes(ctx, role, value, read));
    return { kind: "value", sourced: { value: read.base, cell } };
  }
  issues.push(dateInNumberIssue(ctx, role, value) ?? unitMismatchIssue(ctx, role, value) ?? percentInCountIssue(ctx, role, value) ?? issueAt(INVALID_CODES[read.reason], "error", grid.sheet, row, role.column, { ...columnParams(role), text: read.text }));
  return { kind: "invalid", cell };
}

/**
 * What is said at info level of a number read: typed with its own unit, what it was read as in the
 * engine's unit (read_number_with_unit); else stored as text, which Excel's own SUM skips; a count
 * that is no whole number.
 */
function readNumberNotes(ctx: RowCtx, role: ColumnRole, value: CellValue, read: Extract<CellNumber, { status: "number" }>): Issue[] {
  const { grid, row } = ctx;
  if (read.unit !== null) {
    const params = { ...columnParams(role), text: String(value), value: read.base, amount: grouped(read.base), baseUnit: baseUnitOf(read.unit, read.base) };
    return [issueAt("read_number_with_unit", "info", grid.sheet, row, role.column, params)];
  }
  const notes = typeof value === "string" ? [numberAsTextIssue(grid.sheet, row, role.column, { ...columnParams(role), text: value, value: read.typed })] : [];
  return numberKindOf(role.key) === "count" && !Number.isInteger(read.base) ? [...notes, notWholeIssue(ctx, role, value, read.base)] : notes;
}

/**
 * A number in a date-formatted cell (the cell holds 1652 and shows 1904-07-09): still not read, for
 * a date typed into a count cell would read as 45,536 students, but said as what it is, with the
 * number the cell holds, so that a count formatted as a date by mistake is easy to mend. Null when
 * the value is no Date, or one whose number is lost (exceljs's invalid Date: read_not_a_number `#####`).
 */
function dateInNumberIssue(ctx: RowCtx, role: ColumnRole, value: CellValue): Issue | null {
  const number = value instanceof Date ? dateNumber(value) : null;
  if (!(value instanceof Date) || number === null) return null;
  return issueAt("read_date_in_number", "error", ctx.grid.sheet, ctx.row, role.column, { ...columnParams(role), text: dateText(value), number });
}

/**
 * A number typed with a unit of another kind than the column's (20间 of teachers, 元 of rooms):
 * a warning at the cell and no value, for the number is of something else; null when the cell
 * has no such unit.
 */
function unitMismatchIssue(ctx: RowCtx, role: ColumnRole, value: CellValue): Issue | null {
  const foreign = foreignCellUnit(value, role.key);
  if (foreign === null) return null;
  return issueAt("read_unit_mismatch", "warning", ctx.grid.sheet, ctx.row, role.column, { ...columnParams(role), text: String(value), ...foreign });
}

/** The count units that are not persons, by what they count (the label read_number_with_unit gives the value: unit_*). */
const COUNTED: Readonly<Record<string, string>> = { 间: "rooms", 班: "classes", 个: "items", 台: "items", 套: "items" };

/** A count's unit for one of it (1 room, 1 person): the unit_* key without its plural s. */
const SINGULAR: Readonly<Record<string, string>> = { rooms: "room", classes: "class", items: "item", persons: "person" };

/**
 * The unit a value typed with `unit` is read in, as a unit_* label key: money in yuan, areas in
 * m², counts in what they count, in the singular for a count of 1.
 * @example baseUnitOf("万元", 2200000) // "yuan"
 * @example baseUnitOf("亩", 8000) // "m2"
 * @example baseUnitOf("间", 20) // "rooms"; baseUnitOf("间", 1) // "room"
 */
function baseUnitOf(unit: string, value: number): string {
  if (MONEY_UNITS.includes(unit)) return "yuan";
  if (AREA_UNITS.includes(unit)) return "m2";
  const counted = COUNTED[unit] ?? "persons";
  return value === 1 ? (SINGULAR[counted] ?? counted) : counted;
}

/** A value as the message shows it, thousands grouped: 2200000 → "2,200,000"; 0.5 → "0.5". */
function grouped(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function inScope(role: ColumnRole, scope: FieldScope): boolean {
  if (scope.kind === "shared") return role.stage === null;
  if (scope.kind === "stage") return role.stage === scope.stage;
  return role.stage === scope.stage || role.stage === null;
}

/** The roles of one key in scope, one per part, a stage's own column before a column without stage. */
function rolesByPart(roles: readonly ColumnRole[], key: FieldKey, scope: FieldScope): Map<Part | null, ColumnRole> {
  const out = new Map<Part | null, ColumnRole>();
  const ordered = roles.filter((r) => r.key === key && inScope(r, scope)).sort((a, b) => (a.stage === null ? 1 : 0) - (b.stage === null ? 1 : 0));
  for (const r of ordered) if (!out.has(r.part)) out.set(r.part, r);
  return out;
}

/** A part's column and what its cell gave. */
type PartRead = readonly [ColumnRole, Read];

/** The parts taken as 0, in the parts' order: a dash part's own, and each blank part (not one the sheet's note declares no data). */
function partZeros(parts: readonly PartRead[]): AssumedZero[] {
  return parts.flatMap(([role, read]) => {
    if (read.kind === "value") return read.sourced.assumedZeros ?? [];
    return read.kind === "blank" && read.noData !== true && read.cell !== null ? [assumedZero(role, read.cell, "blank")] : [];
  });
}

/**
 * Parts add up; blank parts count as nothing when another part has a value (the statistics leave
 * zeros blank), and the sum names them (assumedZeros). No value: at the first unusable part, else at
 * the first part the sheet's note declares no data (无数据填“—”: that part is unknown, so the sum is —
 * never the other parts alone, 2 + 48 = 50 for 研究生 2, 本科 48, 专科 —; R1 of s48, F2), else at the
 * first (blank) part.
 * @example sumParts([体育 blank at H12, 音乐 1, 美术 1]) // value 2 at the 音乐 cell, assumedZeros [H12]
 * @example sumParts([研究生 2, 本科 48, 专科 — declared no data at G2]) // blank at G2 (noData): missing
 */
function sumParts(parts: readonly PartRead[]): Read {
  const reads = parts.map(([, read]) => read);
  const unknown = reads.find((r) => r.kind === "invalid") ?? reads.find((r) => r.kind === "blank" && r.noData === true);
  if (unknown !== undefined) return unknown;
  const values = reads.flatMap((r) => (r.kind === "value" ? [r.sourced] : []));
  if (values.length === 0) return { kind: "blank", cell: reads[0]?.kind === "blank" ? reads[0].cell : null };
  const zeros = partZeros(parts);
  const sourced = { value: values.reduce((a, s) => a + s.value, 0), cell: values[0]?.cell ?? null };
  return { kind: "value", sourced: zeros.length === 0 ? sourced : { ...sourced, assumedZeros: zeros } };
}

function partSets(key: FieldKey, scope: FieldScope): readonly (readonly Part[])[] {
  if (key === "peArtTeachers") return PE_ART_PARTS;
  if (key === "backboneTeachers") return BACKBONE_PART_SETS;
  if (key !== "qualifiedTeachers" || scope.kind === "shared") return [];
  return QUALIFIED_PARTS[scope.stage];
}

/** A column's cell as read, and for a single-stage row what its blank stage cell's twin without a stage gave (totalForBlankStage). */
interface StageRead {
  readonly own: PartRead;
  readonly twin: TwinRead | null;
}

function readStageCell(ctx: RowCtx, plan: KeyPlan, role: ColumnRole, singleStage: boolean): StageRead {
  const own = readNumberCell(ctx, role);
  return { own: [role, own], twin: singleStage ? totalForBlankStage(ctx, plan, role, own) : null };
}

/**
 * What a single-stage row's part gives: its twin's number (or unreadable cell) when the stage cell
 * is blank; when both are blank, the twin's blank cell if another part of the row was read from its
 * twin — the row fills the columns without a stage, so that is the cell to fill in (专科 Q9, not the
 * 小学专任教师 block's X9, blank on every single-stage row); else the stage cell's own read.
 */
function partRead(stage: StageRead, fromTwins: boolean): PartRead {
  const { own, twin } = stage;
  if (twin === null) return own;
  if (twin.kind === "read") return [twin.role, twin.read];
  return fromTwins ? [twin.role, { kind: "blank", cell: twin.cell }] : own;
}

function readKey(ctx: RowCtx, plan: KeyPlan, singleStage: boolean): Read {
  const { byPart, sets } = plan;
  const direct = byPart.get(null);
  if (direct !== undefined) return partRead(readStageCell(ctx, plan, direct, singleStage), false)[1];
  const set = firstCompleteSet(sets, (p) => byPart.has(p));
  if (set === undefined) return { kind: "blank", cell: null };
  const stages = set.map((p) => readStageCell(ctx, plan, byPart.get(p) as ColumnRole, singleStage));
  const fromTwins = stages.some((s) => s.twin?.kind === "read");
  return sumParts(stages.map((s) => partRead(s, fromTwins)));
}

/** Whether the row's cell of `role` lies in a merge over several rows: a value shared by rows (a school's two section rows), no one stage's. */
function mergedOverRows(ctx: RowCtx, role: ColumnRole): boolean {
  const merge = mergeAt(ctx.grid, ctx.row, role.column);
  return merge !== undefined && merge.bottom > merge.top;
}

/**
 * A single-stage row's blank cell in its stage's column (其中：小学, 小学专任教师专科及以上) read from
 * the column of the same field and part without a stage (合计, 专科及以上) of the same row, with a
 * note at that cell: the bureau's habit of filling the stage columns only for its schools of two
 * stages on one row would otherwise leave every other row without students or teachers. A row is
 * single-stage when it is one stage's section, whatever its school: a 小学, a 马坊学校（小学部）, a 完全中学
 * row whose 学段 says 初中. An unreadable twin (#N/A) is what the row gives: the field is then not
 * computed, the blank stage cell never counted as 0 (partZeros). Only when no other stage's column of the field has a value in the row (a
 * 小学 with 其中：初中 filled is not plainly single-stage) and the blank is not a mark the sheet's note
 * declares to mean no data, nor from a 合计 merged over several rows (the two section rows of one
 * school: the whole school's number, which joinSections keeps as such). Null when it does not apply.
 * @example 城关小学 (小学) | 合计 "1,234" | 其中：小学 blank | 其中：初中 blank → 1234 at D5, read_stage_blank_total at D5
 * @example 城关第一小学 (小学) | 专科及以上 104 (H5) | 小学专任教师专科及以上 blank (AM5) → 104 at H5, read_stage_blank_total at H5
 * @example 城关第一小学 (小学) | 专科 #N/A (Q9) | 小学专任教师专科 blank (X9) → the #N/A read (invalid at Q9)
 * @example 青石县第二小学 (小学) | 专科 — under 无数据填“—” (Q9) | X9 blank → no data at Q9 (missing there, L1 not computed)
 */
function totalForBlankStage(ctx: RowCtx, plan: KeyPlan, own: ColumnRole, read: Read): TwinRead | null {
  const total = plan.totals.get(own.part);
  if (read.kind !== "blank" || read.noData === true || total === undefined || own.stage === null || mergedOverRows(ctx, total)) return null;
  const other = otherStageGiven(ctx, plan.otherStages);
  if (other !== null) {
    if (other.kind === "unreadable") noteBlockedTotal(ctx, own, total, other);
    return null;
  }
  const filled = readNumberCell(ctx, total);
  // Unreadable (#N/A, 约20), or a mark the sheet's note declares no data (—, said read_dash_as_missing at that
  // cell): what the row gives, so the field is not computed — never the blank stage cell taken as 0.
  if (filled.kind === "invalid" || (filled.kind === "blank" && filled.noData === true)) return { kind: "read", role: total, read: filled };
  if (filled.kind !== "value") return { kind: "blank", role: total, cell: qualified(ctx.grid.sheet, a1(ctx.row, total.column)) };
  const stageCell = qualified(ctx.grid.sheet, a1(ctx.row, own.column));
  ctx.issues.push(issueAt("read_stage_blank_total", "info", ctx.grid.sheet, ctx.row, total.column, { ...columnParams(total), stageHeader: own.header, stageCell, value: filled.sourced.value }));
  return { kind: "read", role: total, read: filled };
}

/** The twin without a stage of a single-stage row's blank stage cell: read (a number, or unreadable), or blank too, at its cell. */
type TwinRead = { readonly kind: "read"; readonly role: ColumnRole; readonly read: Read } | { readonly kind: "blank"; readonly role: ColumnRole; readonly cell: string };

/** What another stage's cells of the field hold that keeps a single-stage row from its column without a stage (otherStageGiven). */
type OtherStage = { readonly kind: "positive" } | { readonly kind: "unreadable"; readonly role: ColumnRole; readonly text: string };

/**
 * Whether any of `roles` (the field's columns of other stages) holds something in the row: a number
 * above 0, or a cell that is no number (#N/A, 约20, -5), whose content is unknown. Not a 0 or a dash
 * (—, /, 无): the statistics export writes 0 in every cell of a stage a school has not, so a 小学 with
 * 其中：初中 0 is as plainly single-stage as one with it blank (R1 of s48, F3: every single-stage school
 * of an export so filled lost its students, L1 and L3); nor 暂无 / 暂无数据, which say the same as a
 * blank (saysNoRemark: unreadableText, as a county sheet's 备注 reads them since 20ef4f4; R1 of s49: a 初级中学 with 暂无
 * in 小学在校生数 lost its students). A number above 0 is the test of the warning
 * on a number in the other stage's column too (positiveAt; kindConflicts: read_single_stage_other_stage),
 * and an unreadable cell is named here (noteBlockedTotal), so that a row either reads its twin or is warned.
 * @example 城关小学 | 合计 600 | 其中：小学 blank | 其中：初中 0 (or —, 暂无) → null: 600 read from 合计
 * @example 城关小学 | 合计 650 | 其中：小学 blank | 其中：初中 50 → { kind: "positive" }: not plainly single-stage
 * @example 东街小学 | 合计 800 | 其中：小学 blank | 其中：初中 约5 → { kind: "unreadable", role: 其中：初中, text: "约5" }
 */
function otherStageGiven(ctx: RowCtx, roles: readonly ColumnRole[]): OtherStage | null {
  if (roles.some((role) => positiveAt(ctx.grid, ctx.row, role))) return { kind: "positive" };
  for (const role of roles) {
    const text = unreadableText(ctx.grid, ctx.row, role);
    if (text !== null) return { kind: "unreadable", role, text };
  }
  return null;
}

/**
 * A single-stage row kept from its column without a stage (合计) because another stage's cell cannot be
 * read (东街小学 | 合计 800 | 其中：小学 blank | 其中：初中 约5): that cell is what keeps the row from its
 * number, and the field's missing error names only the blank stage cell, so the cell of a stage the
 * row is not read for would be said nowhere (s49 H1). With a number in 合计, a warning at that cell
 * that it blocks 合计 (read_stage_blank_total_blocked); with 合计 blank or unreadable too (约800 |
 * blank | 约5, blank | blank | -5: R1 of s49), each cell the statistician typed that cannot be read —
 * the other stage's, and the 合计's — said as any cell read is (read_not_a_number, read_negative,
 * read_formula_error). Once per cell, though several parts of a field (研究生, 本科, 专科) may be kept
 * back by it (firstNote).
 */
function noteBlockedTotal(ctx: RowCtx, own: ColumnRole, total: ColumnRole, other: { readonly role: ColumnRole; readonly text: string }): void {
  const totalRead = cellNumber(valueAt(ctx.grid, ctx.row, total.column), total);
  if (totalRead.status !== "number") {
    for (const role of totalRead.status === "invalid" ? [total, other.role] : [other.role]) if (firstNote(ctx, role)) readNumberCell(ctx, role);
    return;
  }
  if (!firstNote(ctx, other.role)) return;
  const params = { ...columnParams(other.role), text: other.text, stageHeader: own.header, stageCell: qualified(ctx.grid.sheet, a1(ctx.row, own.column)), totalHeader: total.header, totalCell: qualified(ctx.grid.sheet, a1(ctx.row, total.column)) };
  ctx.issues.push(issueAt("read_stage_blank_total_blocked", "warning", ctx.grid.sheet, ctx.row, other.role.column, params));
}

/** The cells noteBlockedTotal has named, by the issues list they went to (a sheet's): looked up, not found by scanning the list on every row. */
const NOTED = new WeakMap<Issue[], Set<string>>();

/** Whether the row's cell of `role` is not yet named by noteBlockedTotal; it is from now on. */
function firstNote(ctx: RowCtx, role: ColumnRole): boolean {
  const cell = qualified(ctx.grid.sheet, a1(ctx.row, role.column));
  let noted = NOTED.get(ctx.issues);
  if (noted === undefined) NOTED.set(ctx.issues, (noted = new Set<string>()));
  if (noted.has(cell)) return false;
  noted.add(cell);
  return true;
}

/** One field of a scope: its columns by part and the part sets that make it up. */
interface KeyPlan {
  readonly key: FieldKey;
  readonly byPart: ReadonlyMap<Part | null, ColumnRole>;
  readonly sets: readonly (readonly Part[])[];
  /** A section scope's columns without a stage (合计, 专科及以上) of the parts it reads from its stage's own column, by part (null: the field's direct column). */
  readonly totals: ReadonlyMap<Part | null, ColumnRole>;
  /** A section scope's columns of the field for the other stages, of any part. */
  readonly otherStages: readonly ColumnRole[];
}

/** Plans by roles array and scope: a sheet passes one roles array for all its rows, so each scope is planned once per sheet. */
const PLANS = new WeakMap<readonly ColumnRole[], Map<string, readonly KeyPlan[]>>();

/**
 * The fields a scope reads from these columns, each with its columns by part (rolesByPart) and
 * part sets: worked out once per roles array and scope, not again on every row.
 *
 * @example scopePlan([在校生数, 小学在校生数], { kind: "stage", stage: "primary" }) // [{ key: "students", byPart: { null → 小学在校生数 }, sets: [] }]
 */
export function scopePlan(roles: readonly ColumnRole[], scope: FieldScope): readonly KeyPlan[] {
  const byScope = PLANS.get(roles) ?? new Map<string, readonly KeyPlan[]>();
  PLANS.set(roles, byScope);
  const id = scope.kind === "shared" ? "shared" : `${scope.kind}:${scope.stage}`;
  const cached = byScope.get(id);
  if (cached !== undefined) return cached;
  const keys = [...new Set(roles.map((r) => r.key))] as FieldKey[];
  const plan = keys.map((key) => keyPlan(roles, key, scope)).filter((p) => p.byPart.size > 0);
  byScope.set(id, plan);
  return plan;
}

/** A field's plan in a scope (scopePlan); a section scope's stage columns with their twins without a stage and the other stages' columns (totalForBlankStage). */
function keyPlan(roles: readonly ColumnRole[], key: FieldKey, scope: FieldScope): KeyPlan {
  const byPart = rolesByPart(roles, key, scope);
  const totals = new Map<Part | null, ColumnRole>();
  for (const own of scope.kind === "section" ? byPart.values() : []) {
    const twin = own.stage === null ? undefined : roles.find((r) => r.key === key && r.part === own.part && r.stage === null);
    if (twin !== undefined) totals.set(own.part, twin);
  }
  const otherStages = totals.size > 0 && scope.kind === "section" ? roles.filter((r) => r.key === key && r.stage !== null && r.stage !== scope.stage) : [];
  return { key, byPart, sets: partSets(key, scope), totals, otherStages };
}

/** One row's numbers for one scope, and where the fields it lacks would be (see BlankCells). */
export interface RowFields {
  readonly fields: Fields;
  readonly blankCells: BlankCells;
}

type Out = { fields: Partial<Record<FieldKey, Sourced>>; blankCells: BlankCells };

/**
 * The sheet has an indoor-sports column but this row's cell could not be read: the indoor area is
 * unknown. Its cell stays in BlankCells, which tells the engine so: it holds back the areas that
 * need it under the profile (L5's ground area; the teaching area when L4 deducts the indoor
 * rooms), since used without it they would count the indoor rooms as 0. Said once here, at the
 * indoor cell, when the row gives one of those areas.
 */
function noteUnreadableIndoor(fields: Fields, indoor: ColumnRole | undefined, ctx: { grid: Grid; row: number; issues: Issue[] }): void {
  if (indoor === undefined || (fields.teachingArea === undefined && fields.sportsGroundArea === undefined)) return;
  ctx.issues.push(issueAt("read_indoor_unreadable", "warning", ctx.grid.sheet, ctx.row, indoor.column, columnParams(indoor)));
}

/**
 * A blank indoor-sports cell: the statistics leave "none" blank, so it is read as no indoor rooms —
 * left out of BlankCells, so that the engine uses the areas as given (nothing deducted from L4 or
 * added to L5) — and the user is told when a teaching area stands beside it. Not a cell whose
 * mark the sheet's note declares to mean no data: that indoor area is unknown.
 */
function noteBlankIndoor(out: Out, indoor: ColumnRole | undefined, ctx: { grid: Grid; row: number; issues: Issue[] }): void {
  delete out.blankCells.indoorSportsArea;
  if (indoor === undefined || out.fields.teachingArea === undefined) return;
  ctx.issues.push(issueAt("read_indoor_blank", "info", ctx.grid.sheet, ctx.row, indoor.column, columnParams(indoor)));
}

/**
 * A blank cell that the statistics leave blank for none (not a mark the sheet's note declares to
 * mean no data). For the boarders count it is kept out of BlankCells, where an entry tells the
 * engine the boarders are unknown (a cell given but not read, or no data): G6 then does not count
 * a school's other boarders as its total.
 */
function blankForNone(read: Read): boolean {
  return read.kind === "blank" && read.noData !== true;
}

/**
 * The numbers of one row for one scope: each field from its column (万元 already × 10000), L1 and
 * L3 summed from their parts when the sheet has no column for them. A blank cell leaves the field
 * out; `—` / `无` give 0 (reported at info level), or leave it out as a blank cell would when
 * `noData` (the sheet's 填表说明) declares that mark to mean no data; an unreadable cell is an issue
 * at its address and leaves the field out. Every field left out whose column exists gets its cell
 * in `blankCells`, except a blank indoor-sports cell, read as no indoor rooms (noteBlankIndoor),
 * and a blank boarders cell, read as no boarders (blankForNone): an indoor or boarders cell there
 * tells the engine that number is unknown.
 * @example rowFields(grid, 1, [B students, C equipmentValue ×10000, D teachers], 小学 section, issues) for 城关小学 | 1652 | 330.25 | blank // fields { students 1652 at B2, equipmentValue 3,302,500 at C2 }, blankCells { teachers: D2 }, no issue
 */
export function rowFields(grid: Grid, row: number, roles: readonly ColumnRole[], scope: FieldScope, issues: Issue[], noData: NoDataNote | null = null): RowFields {
  const out: Out = { fields: {}, blankCells: {} };
  const indoor: { role?: ColumnRole; read?: Read } = {};
  const ctx: RowCtx = { grid, row, roles, issues, noData };
  const singleStage = scope.kind === "section" && scope.singleStage === true;
  for (const plan of scopePlan(roles, scope)) {
    const { key, byPart } = plan;
    const read = readKey(ctx, plan, singleStage);
    if (read.kind === "value") out.fields[key] = read.sourced;
    else if (read.cell !== null && !(key === "boardingStudents" && blankForNone(read))) out.blankCells[key] = read.cell;
    if (key === "indoorSportsArea") Object.assign(indoor, { role: byPart.get(null), read });
  }
  if (indoor.read?.kind === "invalid") noteUnreadableIndoor(out.fields, indoor.role, ctx);
  if (indoor.read !== undefined && blankForNone(indoor.read)) noteBlankIndoor(out, indoor.role, ctx);
  return out;
}
