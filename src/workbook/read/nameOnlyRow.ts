import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { parseCellNumber } from "./parseCellNumber";
import { mergedValueAt, textAt } from "./rowMeta";
import type { Classified } from "./rowKind";
import { seniorSchoolIssue } from "./seniorSchoolRow";
import { normaliseText } from "./text";
import { closedWord } from "./closedSchool";
import { isNoCachedResult } from "./noCachedResult";
import { columnLetters } from "../address";

/** What nameOnlyCheck looks at: the sheet, its rows' kinds, its header and its columns. */
export interface NameOnlyCtx {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly band: HeaderBand;
  readonly roles: readonly ColumnRole[];
  readonly nameColumn: number;
  readonly fieldRoles: readonly ColumnRole[];
}

/** A remark column's header (备注, 说明, 附注, 情况说明): its text says why a row is as it is. */
const REMARK_HEADER = /备注|说明|附注/;

/**
 * Whether a field cell of the row holds anything (a number, a dash, text, a formula with or without
 * a stored result); a cell under a merged area reads its top-left value.
 */
function anyField(grid: Grid, row: number, fieldRoles: readonly ColumnRole[]): boolean {
  return fieldRoles.some((r) => {
    const value = mergedValueAt(grid, row, r.column);
    return isNoCachedResult(value) || parseCellNumber(value, "count").status !== "blank";
  });
}

/**
 * Whether the row under `row` holds its data: its stage lines or a breakdown (小学 | 600, 其中：女 |
 * 300), or a row with numbers and no name (a campus or stage row the reader takes for this school).
 */
function linesUnder(ctx: NameOnlyCtx, row: number): boolean {
  const next = ctx.kinds.get(row + 1)?.kind;
  return next === "stageLine" || next === "breakdown" || next === "unnamed";
}

/** A column's header as written (the lowest label of its path), or null when it has none. */
function headerOf(ctx: NameOnlyCtx, column: number): string | null {
  const path = ctx.band.columns.find((c) => c.column === column)?.path ?? [];
  return path[path.length - 1] ?? null;
}

/** The columns outside the name and the columns read, where a remark may stand: the remark columns (备注, 说明, 附注) first, then the others. */
function remarkColumns(ctx: NameOnlyCtx): number[] {
  const used = new Set([ctx.nameColumn, ...ctx.roles.map((r) => r.column)]);
  const width = ctx.grid.values[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, i) => ctx.grid.left + i).filter((c) => !used.has(c));
  const isRemark = (c: number): boolean => REMARK_HEADER.test(normaliseText(headerOf(ctx, c) ?? ""));
  return [...columns.filter(isRemark), ...columns.filter((c) => !isRemark(c))];
}

/** A cell of the row saying its school is closed: its header (null when it has none), its column's letter and its text. */
interface ClosedNote {
  readonly header: string | null;
  readonly column: string;
  readonly remark: string;
}

/** The text cell of the row among `columns` (remarkColumns) that says the school is closed (closedWord), with its header, or its column's letter when it has none. */
function closedNoteOf(ctx: NameOnlyCtx, columns: readonly number[], row: number): ClosedNote | null {
  for (const c of columns) {
    const remark = textAt(ctx.grid, row, c);
    if (remark !== null && closedWord(remark) !== null) return { header: headerOf(ctx, c), column: columnLetters(c), remark };
  }
  return null;
}

/**
 * A school row with a name, nothing in any field column the reader maps and a remark saying the
 * school is closed (石岭小学 | 小学 | blank … | 备注 2024年8月已撤并; the words: closedSchool.ts): a
 * school that no longer exists. One warning at its name quoting the remark, and the row is left out
 * of the schools read (not evaluated, not a school missing data), as a row with no name is
 * (read_row_no_name). Null, the row read as any school (missing data, each value said), when: no
 * cell of the row says it is closed (a county not yet filled in, a form half filled, a 本部 row of
 * a campus with data), a field cell holds anything (a 0, a dash, text, a formula even without a
 * stored result), the row under it holds its data (stage lines, a campus or stage row without a
 * name), the sheet has no field column, or the row is a senior high school's (read_senior_school_row).
 * A closed school's row with data in it is read as a school, and warned (closedWithDataCheck).
 *
 * @example nameOnlyCheck(sheet)(7) for 第 8 行 石岭小学, blank, 备注 2024年8月已撤并 → read_row_name_only_remark (warning) at B8 { row: 8, name: "石岭小学", header: "备注", remark: "2024年8月已撤并" }
 * @example nameOnlyCheck(sheet)(7) for 石岭小学, blank, 备注 blank → null: a school missing its data
 * @example nameOnlyCheck(sheet)(7) for 石岭小学 | 0 (students) | 备注 已撤并 → null: a 0 is a number
 */
export function nameOnlyCheck(ctx: NameOnlyCtx): (row: number) => Issue | null {
  // Worked out once for the sheet, not for each name-only row (a county not yet filled in has hundreds).
  const columns = remarkColumns(ctx);
  return (row) => {
    const { grid, nameColumn, fieldRoles } = ctx;
    if (fieldRoles.length === 0 || anyField(grid, row, fieldRoles) || linesUnder(ctx, row)) return null;
    const note = closedNoteOf(ctx, columns, row);
    if (note === null || seniorSchoolIssue(grid, row, ctx.roles, nameColumn) !== null) return null;
    return closedIssue(ctx, row, note, "read_row_name_only_remark");
  };
}

/** The warning `code` at the row's name quoting its closing remark: with the remark's header, or `code`_column naming its column's letter when it has none ("D 列" rather than a bare "D"). */
function closedIssue({ grid, nameColumn }: NameOnlyCtx, row: number, note: ClosedNote, code: string): Issue {
  const name = textAt(grid, row, nameColumn) ?? "";
  if (note.header === null) return issueAt(`${code}_column`, "warning", grid.sheet, row, nameColumn, { row: row + 1, name, column: note.column, remark: note.remark });
  return issueAt(code, "warning", grid.sheet, row, nameColumn, { row: row + 1, name, header: note.header, remark: note.remark });
}

/**
 * A school row read, its data filled (or on the lines under it), whose remark says the school is
 * closed (石岭小学 | 212 … | 备注 已撤并): the remark and the numbers disagree, and which is right only
 * the statistician knows. The row is read and evaluated as any school (when unsure, kept: a closed
 * school evaluated is seen in every result, an open one dropped is lost), and a warning at its name
 * quotes the remark, so that it is not evaluated unseen (Q2 of s48: four such rows were read with
 * nothing said). Null when no cell of the row says it is closed.
 * @example closedWithDataCheck(sheet)(4) for 第 5 行 石岭小学 | 212 … | 备注 已撤并 → read_row_closed_remark_with_data (warning) at B5 { row: 5, name: "石岭小学", header: "备注", remark: "已撤并" }
 */
export function closedWithDataCheck(ctx: NameOnlyCtx): (row: number) => Issue | null {
  const columns = remarkColumns(ctx);
  return (row) => {
    const note = closedNoteOf(ctx, columns, row);
    return note === null ? null : closedIssue(ctx, row, note, "read_row_closed_remark_with_data");
  };
}
