import type { Issue } from "../../engine/types";
import type { CellValue, Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { parseCellNumber } from "./parseCellNumber";
import { mergeAt } from "./mergeIndex";
import { textAt, valueAt } from "./rowMeta";
import { schoolOfSection } from "./rowParts";
import type { Classified } from "./rowKind";
import { seniorSchoolIssue } from "./seniorSchoolRow";
import { foldText, normaliseText } from "./text";

/** What nameOnlyIssue looks at: the sheet, its rows' kinds, its header and its columns. */
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

/** Whether a field cell of the row holds anything (a number, a dash, text); a cell under a merged area reads its top-left value. */
function anyField(grid: Grid, row: number, fieldRoles: readonly ColumnRole[]): boolean {
  return fieldRoles.some((r) => parseCellNumber(mergedValue(grid, row, r.column), "count").status !== "blank");
}

/** A cell's value, the top-left one's when it lies under a merged area (a combined school's shared value merged over its rows). */
function mergedValue(grid: Grid, row: number, column: number): CellValue {
  const box = mergeAt(grid, row, column);
  return box === undefined ? valueAt(grid, row, column) : valueAt(grid, box.top, box.left);
}

/** The schools (schoolKey) of the sheet's school rows with something in a field cell (anyField). */
function schoolsWithData(ctx: NameOnlyCtx): Set<string> {
  const rows = [...ctx.kinds].filter(([r, c]) => c.kind === "school" && anyField(ctx.grid, r, ctx.fieldRoles));
  return new Set(rows.map(([r]) => schoolKey(textAt(ctx.grid, r, ctx.nameColumn) ?? "")));
}

/** The school a name is of, for comparing rows: its section suffix dropped, folded (实验学校（初中部） → 实验学校). */
function schoolKey(name: string): string {
  return foldText(schoolOfSection(name));
}

/**
 * Whether the rows under `row` are its stage lines or a breakdown of it (小学 | 600, 其中：女 | 300):
 * a combined school giving its numbers on the lines under its name is no name-only row.
 */
function linesUnder(ctx: NameOnlyCtx, row: number): boolean {
  const next = ctx.kinds.get(row + 1)?.kind;
  return next === "stageLine" || next === "breakdown";
}

/** The first remark column's text on the row and its header as written, or null. */
function remarkOf(ctx: NameOnlyCtx, row: number): { readonly header: string; readonly remark: string } | null {
  const used = new Set([ctx.nameColumn, ...ctx.roles.map((r) => r.column)]);
  for (const c of ctx.band.columns) {
    const header = c.path[c.path.length - 1] ?? "";
    const remark = used.has(c.column) || !REMARK_HEADER.test(normaliseText(header)) ? null : textAt(ctx.grid, row, c.column);
    if (remark !== null) return { header, remark };
  }
  return null;
}

/**
 * A school row with a name and nothing in any field column the reader maps (石岭小学 | 小学 | blank …
 * | 备注 2024年8月已撤并): no school's data to judge, mostly a closed or merged school left on the
 * list. One warning at its name, quoting the remark column when the row fills one, and the row is
 * left out of the schools read (not evaluated, not a school missing data), as a row with no name
 * is (read_row_no_name). Null, the row read as today (a school missing data, each value said), when:
 * a field cell holds anything (a 0, a dash, text: a value to say, not nothing), the rows under it are
 * its stage lines, the sheet has no field column or no school row with data (a names-only list
 * is a form not yet filled in), a row with data is of the same school (马坊学校（初中部） under
 * 马坊学校（小学部）: a section missing data), or the row is a senior high school's (read_senior_school_row).
 * The sheet's schools with data are worked out once, at the first row asked about, for all of them.
 *
 * @example nameOnlyCheck(sheet)(7) for 第 8 行 石岭小学, blank, 备注 2024年8月已撤并, among rows with data → read_row_name_only_remark (warning) at B8 { row: 8, name: "石岭小学", header: "备注", remark: "2024年8月已撤并" }
 * @example nameOnlyCheck(sheet)(7) for 石岭小学 | 0 (students) → null: a 0 is a number
 */
export function nameOnlyCheck(ctx: NameOnlyCtx): (row: number) => Issue | null {
  let withData: Set<string> | null = null;
  return (row) => {
    const { grid, nameColumn, fieldRoles } = ctx;
    if (fieldRoles.length === 0 || anyField(grid, row, fieldRoles) || linesUnder(ctx, row)) return null;
    const name = textAt(grid, row, nameColumn) ?? "";
    withData ??= schoolsWithData(ctx);
    if (withData.size === 0 || withData.has(schoolKey(name)) || seniorSchoolIssue(grid, row, ctx.roles, nameColumn) !== null) return null;
    return nameOnlyIssue(ctx, row, name);
  };
}

/** The warning at the row's name, with the remark column's text when the row has one. */
function nameOnlyIssue(ctx: NameOnlyCtx, row: number, name: string): Issue {
  const remark = remarkOf(ctx, row);
  const params = { row: row + 1, name };
  if (remark === null) return issueAt("read_row_name_only", "warning", ctx.grid.sheet, row, ctx.nameColumn, params);
  return issueAt("read_row_name_only_remark", "warning", ctx.grid.sheet, row, ctx.nameColumn, { ...params, ...remark });
}
