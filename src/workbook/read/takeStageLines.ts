import type { Issue, SchoolRecord } from "../../engine/types";
import { combinedStages } from "../../engine/splitShares";
import type { Grid } from "../types";
import { cellNumber } from "./cellNumber";
import { checkedFields } from "./checkedFields";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { linePart } from "./lineLabel";
import type { RowRecord, SheetCtx } from "./readSchoolRows";
import type { RowFields } from "./rowFields";
import type { Classified } from "./rowKind";
import { textAt, valueAt } from "./rowMeta";
import { hasSeniorStage } from "./schoolKind";
import { stageLinesFit, takesStageLines, withSeniorLine, withStageLine, type LinePart, type StageLine } from "./stageLine";

/** Students of combined schools are whole numbers: a difference under one is rounding, not a senior part (wholeByLines, seniorRemainder). */
const ROUNDING = 0.5;

/** A stage line read with the stage it names, its row and the issues its cells would raise. */
interface ReadLine extends StageLine {
  readonly row: number;
  readonly text: string;
  readonly read: RowFields;
  readonly issues: readonly Issue[];
  /** A senior part no line gives, the school's whole count less its stage lines' (seniorRemainder): that count and those lines' labels. */
  readonly remainder?: { readonly whole: number; readonly lines: string };
}

/** What reading stage lines needs of the sheet. */
export interface LineCtx {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly readable: (row: number) => boolean;
  readonly nameColumn: number;
  readonly fieldRoles: readonly ColumnRole[];
  readonly sheet: SheetCtx;
}

/**
 * A line's numbers: a stage's own; a senior line's of the columns without a stage (its 在校生数),
 * its issues dropped, since only its students are read (withSeniorLine).
 */
function lineFields(ctx: LineCtx, row: number, part: LinePart, issues: Issue[]): RowFields {
  const { grid, fieldRoles, sheet } = ctx;
  if (part === "senior") return checkedFields(grid, row, fieldRoles, { kind: "shared" }, [], sheet.noData);
  return checkedFields(grid, row, fieldRoles, { kind: "section", stage: part }, issues, sheet.noData);
}

/**
 * The rows of the readable stage lines right under `top`, breakdown lines among them (其中：女,
 * 其中：寄宿生: a part of the row above) passed over, for a bureau writes 其中：女 under the school or
 * under its 其中：小学 line alike.
 *
 * @example 实验学校 1000 | 其中：小学 600 | 其中：寄宿生 100 | 其中：初中 400 → the 其中：小学 and 其中：初中 rows
 */
function stageLineRows(ctx: Pick<LineCtx, "kinds" | "readable">, top: number): number[] {
  const rows: number[] = [];
  for (let row = top + 1; ; row++) {
    if (ctx.kinds.get(row)?.kind === "breakdown") continue;
    if (ctx.kinds.get(row)?.kind !== "stageLine" || !ctx.readable(row)) return rows;
    rows.push(row);
  }
}

/** The readable 小学 / 初中 / 高中 lines (linePart: also 其中：初中, 小学部) right under a school row, each part once, in order. */
function linesUnder(ctx: LineCtx, top: number): ReadLine[] {
  const { grid, nameColumn } = ctx;
  const lines: ReadLine[] = [];
  for (const row of stageLineRows(ctx, top)) {
    const text = textAt(grid, row, nameColumn) ?? "";
    const stage = linePart(text);
    if (stage === null || lines.some((l) => l.stage === stage)) break;
    const issues: Issue[] = [];
    const read = lineFields(ctx, row, stage, issues);
    lines.push({ row, text, stage, fields: read.fields, read, issues });
  }
  return lines;
}

/**
 * Whether the stage lines right under `top` make a 完全中学 row its whole school (its 初中 line the
 * junior section) rather than a junior school of all its students: a 高中 line, or a 初中 line with
 * fewer students than the row gives (the rest are its senior part: seniorRemainder). A 初中 line of
 * all the row's students says nothing of a senior part (本表完全中学只填义务教育阶段学生), nor one of
 * more: the row stays the junior school it was read as, and the line a breakdown.
 *
 * @example 第二中学 1500 | 其中：初中 800 → true; 第二中学 800 | 其中：初中 800 → false
 */
export function wholeByLines(ctx: Pick<LineCtx, "grid" | "kinds" | "readable" | "nameColumn" | "fieldRoles">, top: number): boolean {
  const { grid, nameColumn, fieldRoles } = ctx;
  const whole = rowStudents(grid, top, fieldRoles);
  for (const row of stageLineRows(ctx, top)) {
    const part = linePart(textAt(grid, row, nameColumn) ?? "");
    if (part === "senior") return true;
    const junior = part === "junior" ? rowStudents(grid, row, fieldRoles) : null;
    if (whole !== null && junior !== null && junior < whole - ROUNDING) return true;
  }
  return false;
}

/** The students a row gives in the columns without a stage (在校生数), as the reader reads them (1500人 too), or null when none gives a number. */
function rowStudents(grid: Grid, row: number, fieldRoles: readonly ColumnRole[]): number | null {
  const counts = fieldRoles.filter((r) => r.key === "students" && r.stage === null).map((r) => cellNumber(valueAt(grid, row, r.column), r));
  const numbers = counts.flatMap((c) => (c.status === "number" ? [c.base] : []));
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
}

/** Stage lines left as total rows though right under a whole combined school: said once, at the first line. */
function notTakenIssue(grid: Grid, lines: readonly ReadLine[], nameColumn: number, parent: RowRecord, verdict: "incomplete" | "sum"): Issue {
  const first = lines[0]?.row ?? 0;
  const params = { name: parent.record.name, parentCell: parent.nameCell, lines: lines.map((l) => l.text).join("、") };
  if (verdict === "incomplete") return issueAt("read_stage_lines_incomplete", "warning", grid.sheet, first, nameColumn, params);
  const sum = lines.reduce((t, l) => t + (l.fields.students?.value ?? 0), 0);
  return issueAt("read_stage_lines_sum", "warning", grid.sheet, first, nameColumn, { ...params, sum, whole: parent.record.fields.students?.value ?? 0 });
}

/**
 * The bare 小学 / 初中 lines right under a whole combined school's row (takesStageLines), when they
 * are its stages (stageLinesFit): each becomes the stage's numbers (withStageLine), said at info
 * level at the line's name, and its rows are returned. Otherwise the school stays as it was (no
 * per-stage numbers), the lines stay total rows, and a warning at the first says why.
 */
export function takeStageLines(ctx: LineCtx, row: number, rows: RowRecord[], at: number): readonly number[] {
  const { grid, nameColumn, sheet } = ctx;
  const parent = rows[at];
  if (parent === undefined || parent.senior === true || !takesStageLines(parent.record)) return [];
  const written = linesUnder(ctx, row);
  if (written.length === 0) return [];
  const lines = [...written, ...seniorRemainder(parent.record, written)];
  const verdict = stageLinesFit(parent.record, lines);
  if (verdict !== "fits") {
    sheet.issues.push(notTakenIssue(grid, written, nameColumn, parent, verdict));
    return [];
  }
  let record = parent.record;
  for (const line of lines) {
    record = takeLine(grid, nameColumn, sheet.issues, { parent, record, line });
  }
  rows[at] = { ...parent, record };
  return written.map((l) => l.row);
}

/**
 * The senior part a 完全中学 or 十二年一贯制 gives by its whole count alone (rules.md §1 Terms: a
 * 完全中学 is a junior section and a senior part; README "Rows": a combined school's stage lines add
 * up to its students, the senior part's too): when its lines give each of its stages' students and
 * no 高中 line, the students the school row counts beyond them are its senior students, as a line
 * of their own at the last stage line, citing the school's students cell. None when the lines say
 * 高中, leave a stage out or blank, or count all the school's students (a whole count of its
 * compulsory stages only, 本表完全中学只填义务教育阶段学生).
 *
 * @example 第二中学 (完全中学, 1500 students) + 其中：初中 800 → one 高中 line of 1500 − 800 = 700 students
 */
function seniorRemainder(parent: SchoolRecord, lines: readonly ReadLine[]): ReadLine[] {
  const whole = parent.fields.students;
  const stages = combinedStages(parent.type);
  const last = lines[lines.length - 1];
  if (!hasSeniorStage(parent.type) || whole === undefined || last === undefined || lines.length !== stages.length) return [];
  if (!stages.every((s) => lines.some((l) => l.stage === s))) return [];
  const counts = lines.map((l) => l.fields.students?.value);
  if (counts.some((c) => c === undefined)) return [];
  const rest = whole.value - counts.reduce((a: number, b) => a + (b ?? 0), 0);
  if (!(rest > ROUNDING)) return [];
  const read: RowFields = { fields: { students: { value: rest, cell: whole.cell } }, blankCells: {} };
  return [{ row: last.row, text: "", stage: "senior", fields: read.fields, read, issues: [], remainder: { whole: whole.value, lines: lines.map((l) => l.text).join("、") } }];
}

/** A line taken as its school's: a stage's numbers (withStageLine), or a 高中 line's students as its senior students (withSeniorLine), said at the line. */
function takeLine(grid: Grid, nameColumn: number, issues: Issue[], taking: { readonly parent: RowRecord; readonly record: SchoolRecord; readonly line: ReadLine }): SchoolRecord {
  const { parent, record, line } = taking;
  const params = { text: line.text, name: record.name, parentCell: parent.nameCell };
  if (line.stage === "senior") {
    issues.push(seniorIssue(grid, nameColumn, { ...params, students: line.fields.students?.value ?? "" }, line));
    return withSeniorLine(record, line.read);
  }
  issues.push(...line.issues, issueAt("read_stage_line", "info", grid.sheet, line.row, nameColumn, { ...params, stage: line.stage }));
  return withStageLine(record, line.stage, line.read);
}

/** A 高中 line taken as the senior part, or the senior students counted as the school's whole less its stage lines (seniorRemainder), said at the (last) line. */
function seniorIssue(grid: Grid, nameColumn: number, params: { readonly text: string; readonly name: string; readonly parentCell: string; readonly students: number | string }, line: ReadLine): Issue {
  if (line.remainder === undefined) return issueAt("read_senior_part", "info", grid.sheet, line.row, nameColumn, params);
  const { name, parentCell, students } = params;
  const sum = line.remainder.whole - (line.fields.students?.value ?? 0);
  return issueAt("read_senior_remainder", "info", grid.sheet, line.row, nameColumn, { name, parentCell, students, whole: line.remainder.whole, lines: line.remainder.lines, sum });
}
