import type { Grid } from "../types";
import { columnNumberAt } from "./cellNumber";
import { campusText, isMainCampus } from "./campusColumn";
import { campusBase } from "./campusNotes";
import type { ColumnRole } from "./keys";
import type { Classified } from "./rowKind";
import { isNotCounted, textAt } from "./rowMeta";
import { splitSection } from "./schoolKind";
import { foldText } from "./text";
import { summedColumns } from "./totalAgrees";

/**
 * Rows read as schools that are a block's subtotal whatever they are called (石桥镇中心校, 城关学区,
 * 城关镇): the export writes a 乡镇's or 学区's sums on a row named by its unit, above its schools
 * (全县 → 乡镇 → 学校) or under them. Read as a school, such a row counts the block's students, rooms
 * and equipment a second time (reviewer R1, findings 1 and 2; workbooks.md "合计 / 小计 / 总计 / 全县 rows").
 * Only the numbers tell: a name is no proof (a 学区 is often named after its central school, a school
 * may be called 城关镇), and dropping a real school is worse than reading a subtotal as one, which
 * the 合计 check and the warning still point at (reviewers R2 W3–W5, R3 findings 3–6).
 */

/**
 * What the rows a row adds up are: other schools (the row is a block's subtotal, skipped), the row's
 * own 学部 (石桥学校（小学部）: the whole-school row is skipped, its sections carry the numbers), or
 * the row's own campuses (实验小学（东校区）, 不计校数 rows: the campus rows are skipped, the row is the school).
 */
export type BlockParts = "schools" | "sections" | "campuses";

/** A row equal to the sum of school rows beside it (0-based sheet rows): the rows that add something to the sum, in sheet order. */
export interface BlockTotal {
  readonly row: number;
  readonly rows: readonly number[];
  readonly parts: BlockParts;
}

/** Where a row's name and campus are: the reader's name column, its 校区 column if any (campusColumn), and the sheet's roles (是否计校数). */
export interface BlockColumns {
  readonly roles: readonly ColumnRole[];
  readonly nameColumn: number;
  readonly campusColumn: number | null;
}

/** Columns that must agree, each non-zero in the row: three small 教学点 (30 | 3 | 3 = 18 | 2 | 2 + 12 | 1 | 1) agree by chance, five columns of a real subtotal never do. */
const MIN_COLUMNS = 5;
/**
 * Columns that must agree, students among them, when the summed rows are the row's own campuses
 * (实验小学（东校区）, 不计校数): their names already say they belong together, so no chance match is
 * feared, and a narrow sheet (在校生数 | 班级数) is read as one school, not its campuses added again (reviewer R4, finding 1).
 */
const MIN_CAMPUS_COLUMNS = 2;
/** Rows adding something a subtotal needs, at least: one row equal to its neighbour (a zero row beside it or not) is a school listed twice or a coincidence, not a sum. */
const MIN_ROWS = 2;
/** Half a unit of the column's own (人, ㎡, 万元), as totalRowChecks allows: a subtotal typed by hand from decimals rounds. */
const ROUNDING = 0.5;
/** Rows a run may hold: a 学区 of more schools than this is no block of one sheet, and a row far bigger than those under it (a city sheet's) would otherwise be added up to the end. */
const MAX_RUN = 300;

interface Sheet {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly columns: readonly ColumnRole[];
  /** Rows found before: a subtotal ends a run, a campus skipped as part of its school is passed over. */
  readonly subtotals: Set<number>;
  readonly parts: Set<number>;
  /** Each row's numbers in `columns`, parsed once (numbersAt): a row is read as a candidate and again by every run passing over it. */
  readonly numbers: Map<number, readonly (number | null)[]>;
}

/** The row's numbers in the sheet's compared columns, parsed on first use and kept. */
function numbersAt(sheet: Sheet, row: number): readonly (number | null)[] {
  const known = sheet.numbers.get(row);
  if (known !== undefined) return known;
  const values = sheet.columns.map((role) => columnNumberAt(sheet.grid, row, role));
  sheet.numbers.set(row, values);
  return values;
}

/**
 * The school rows (by classify) that equal the sum of at least two school rows next to them (below
 * it up to the next row that is no school, or above it back to the previous one; blank rows and rows
 * of zeros passed over, a subtotal found before ends the run): every number column the row fills
 * (but 最大班额) equals the rows' sum within rounding, at least five of them non-zero (two, students
 * among them, when the rows are its own campuses), and every column a summed row fills the row fills
 * too. Each is said with what it adds up (BlockParts).
 *
 * @example 城关学区 1500 | 100 | 8000 | 330 | 60 | 70 under 城关小学 900 | 60 | 5000 | 200 | 36 | 40 and 城关中学 600 | 40 | 3000 | 130 | 24 | 30 → { row: 城关学区's, rows: the two, parts: "schools" }
 * @example 甲小学 500 | 30 | 2000 beside 乙小学 200 | 10 | 900 and 丙小学 300 | 25 | 1100 → none (only students add up)
 * @example 实验小学 500 | … over 实验小学（东校区） 300 | … and 实验小学（西校区） 200 | … → parts "campuses"
 */
export function blockTotalRows(grid: Grid, kinds: ReadonlyMap<number, Classified>, fieldRoles: readonly ColumnRole[], at: BlockColumns): BlockTotal[] {
  const sheet: Sheet = { grid, kinds, columns: summedColumns(fieldRoles), subtotals: new Set(), parts: new Set(), numbers: new Map() };
  const found: BlockTotal[] = [];
  for (const [row, c] of [...kinds].sort(([a], [b]) => a - b)) {
    if (c.kind !== "school" || sheet.parts.has(row)) continue;
    const block = blockAt(sheet, row, at);
    if (block === null) continue;
    found.push(block);
    for (const r of skippedRows(block)) (r === row ? sheet.subtotals : sheet.parts).add(r);
  }
  return found;
}

/**
 * The rows a block has skipped: the row itself, or for campuses the campus rows (the row stays the school).
 * @example skippedRows({ row: 4, rows: [5, 6], parts: "campuses" }) // [5, 6]
 */
export function skippedRows(block: BlockTotal): readonly number[] {
  return block.parts === "campuses" ? block.rows : [block.row];
}

/** What the summed rows are of the row: its 学部 when each is one (石桥学校（小学部）), its campuses when each is (东校区 of its name, or 不计校数), else other schools. */
function partsOf(grid: Grid, row: number, rows: readonly number[], at: BlockColumns): BlockParts {
  const name = foldText(textAt(grid, row, at.nameColumn) ?? "");
  const nameOf = (r: number): string => textAt(grid, r, at.nameColumn) ?? "";
  if (rows.every((r) => foldText(splitSection(nameOf(r))?.school ?? "") === name)) return "sections";
  return rows.every((r) => isCampusOf(grid, r, name, at)) ? "campuses" : "schools";
}

/** A row is a campus of the school named `name` (folded): its name is that name with a campus ending (（东校区）) or, beside a 校区 column, that name with a campus other than the main one; or it is not counted as a school (不计校数). */
function isCampusOf(grid: Grid, row: number, name: string, at: BlockColumns): boolean {
  const own = textAt(grid, row, at.nameColumn) ?? "";
  if (campusBase(own) === name) return true;
  if (at.campusColumn !== null && foldText(own) === name && !isMainCampus(campusText(grid, row, at.campusColumn))) return true;
  return isNotCounted(grid, row, at.roles);
}

/**
 * The row as a block: the rows below it, else above it, whose sum it is (summing), with what they
 * are (partsOf); null when neither. Under MIN_COLUMNS non-zero columns (but MIN_CAMPUS_COLUMNS,
 * students among them) only a sum of the row's own campuses counts.
 * @example 实验小学 500 | 12 over 实验小学（东校区） 300 | 7 and 实验小学（西校区） 200 | 5 → parts "campuses"; 甲小学 500 | 12 over 乙小学 300 | 7 and 丙小学 200 | 5 → null
 */
function blockAt(sheet: Sheet, row: number, at: BlockColumns): BlockTotal | null {
  const values = numbersAt(sheet, row);
  const wide = nonZero(values) >= MIN_COLUMNS;
  if (!wide && !campusCandidate(sheet, values)) return null;
  for (const step of [1, -1] as const) {
    const rows = summing(sheet, row, values, step);
    const parts = rows === null ? null : partsOf(sheet.grid, row, rows, at);
    if (rows !== null && parts !== null && (wide || parts === "campuses")) return { row, rows, parts };
  }
  return null;
}

/** How many of the values are filled and not zero. */
function nonZero(values: readonly (number | null)[]): number {
  return values.filter((v) => v !== null && v !== 0).length;
}

/** Values narrow enough to be a sum only of campuses: MIN_CAMPUS_COLUMNS non-zero, students (在校生数) among them. */
function campusCandidate(sheet: Sheet, values: readonly (number | null)[]): boolean {
  const students = values.some((v, k) => v !== null && v !== 0 && sheet.columns[k]?.key === "students");
  return students && nonZero(values) >= MIN_CAMPUS_COLUMNS;
}

/**
 * The school rows from the row's neighbour on (`step` 1 down, −1 up) whose sums first equal the
 * row's `values` in every column it fills, at least MIN_ROWS of them adding something; blank rows
 * and campuses taken before are passed over, any other row (a total, a heading, a subtotal found
 * before), a row filling a column the row leaves blank, or a sum grown past the row's own (numbers
 * of schools are not negative) ends the run with none.
 */
function summing(sheet: Sheet, row: number, values: readonly (number | null)[], step: 1 | -1): number[] | null {
  const sums = values.map(() => 0);
  const rows: number[] = [];
  for (let r = row + step, seen = 0; sheet.kinds.has(r) && seen < MAX_RUN; r += step, seen++) {
    const kind = sheet.kinds.get(r)?.kind;
    if (kind === "blank" || sheet.parts.has(r)) continue;
    if (kind !== "school" || sheet.subtotals.has(r)) return null;
    const own = numbersAt(sheet, r);
    if (own.some((v, k) => v !== null && values[k] === null)) return null;
    own.forEach((v, k) => (sums[k] = (sums[k] ?? 0) + (v ?? 0)));
    if (own.some((v) => v !== null && v !== 0)) rows.push(r);
    if (values.some((v, k) => v !== null && (sums[k] ?? 0) > v + ROUNDING)) return null;
    // In sheet order, as BlockTotal.rows says, whichever way the run went (a subtotal below its schools sums upward).
    if (rows.length >= MIN_ROWS && values.every((v, k) => v === null || Math.abs(v - (sums[k] ?? 0)) <= ROUNDING)) return rows.sort((a, b) => a - b);
  }
  return null;
}
