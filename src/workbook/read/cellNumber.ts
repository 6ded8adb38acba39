import type { CellValue, Grid } from "../types";
import { cellUnit } from "./cellUnit";
import type { ColumnKey, ColumnRole } from "./keys";
import { parseCellNumber, toBaseUnit, type NumberKind } from "./parseCellNumber";
import { valueAt } from "./rowMeta";

/** The columns of areas and money (read as `measure`); the rest count persons, rooms or classes. */
const MEASURES: ReadonlySet<string> = new Set([
  "teachingArea",
  "indoorSportsArea",
  "sportsGroundArea",
  "sportsTotalArea",
  "equipmentValue",
  "musicRoomsArea",
  "artRoomsArea",
  "publicFunding",
  "trainingFunds",
]);

/**
 * What a number cell of a column is read as: a count (persons, rooms, classes) or a measure (m², yuan).
 * @example numberKindOf("teachingArea") // "measure"; numberKindOf("students") // "count"
 */
export function numberKindOf(key: ColumnKey): NumberKind {
  return MEASURES.has(key) ? "measure" : "count";
}

type Parsed = ReturnType<typeof parseCellNumber>;

/**
 * A number cell as the reader reads it: `typed` the number as written, `base` in the engine's unit
 * (yuan, m², persons), and `unit` the cell's own unit when it was typed with one (220万元, 1263人),
 * which wins over the header's; null when the number came bare and the header's unit applies.
 */
export type CellNumber = Exclude<Parsed, { readonly status: "number" }> | { readonly status: "number"; readonly typed: number; readonly base: number; readonly unit: string | null };

/**
 * The one reading of a school sheet's number cell, shared by the reader (rowFields) and the check
 * of the sheet's own 合计 against it (totalRowChecks), so that the two add up the same numbers:
 * a plain or text number in the header's unit (`role.unitFactor`), else a number typed with a unit
 * that fits the column in that unit (cellUnit); anything else as parseCellNumber says (blank, none,
 * invalid). workbooks.md "Cell values as people type them".
 *
 * @example cellNumber("269.76万元", { key: "equipmentValue", unitFactor: 10000 }) // { status: "number", typed: 269.76, base: 2697600, unit: "万元" }
 * @example cellNumber("1,652", { key: "students", unitFactor: 1 }) // { status: "number", typed: 1652, base: 1652, unit: null }
 * @example cellNumber("约200", { key: "students", unitFactor: 1 }) // { status: "invalid", reason: "not_a_number", text: "约200" }
 */
export function cellNumber(value: CellValue, role: Pick<ColumnRole, "key" | "unitFactor">): CellNumber {
  const kind = numberKindOf(role.key);
  const parsed = parseCellNumber(value, kind);
  if (parsed.status === "number") return { status: "number", typed: parsed.value, base: toBaseUnit(parsed.value, role.unitFactor), unit: null };
  if (parsed.status !== "invalid" || parsed.reason !== "not_a_number") return parsed;
  const found = cellUnit(value, role.key);
  const inner = found === null ? null : parseCellNumber(found.text, kind);
  if (found === null || inner?.status !== "number") return parsed;
  return { status: "number", typed: inner.value, base: toBaseUnit(inner.value, found.factor), unit: found.unit };
}

/**
 * A number cell in its column's unit, the header's (万元 in a 万元 column), as a 合计 row adds it
 * up: a bare number as typed; one typed with its own unit converted to the engine's unit and back
 * to the column's (1,300,000元 in a 万元 column is 130). Null when the cell holds no number the
 * reader reads (blank, —, 约200, 20间 of teachers).
 *
 * @example numberInColumnUnit("269.76万元", { key: "equipmentValue", unitFactor: 10000 }) // 269.76
 * @example numberInColumnUnit("1,300,000元", { key: "equipmentValue", unitFactor: 10000 }) // 130
 * @example numberInColumnUnit("713 人", { key: "students", unitFactor: 1 }) // 713
 * @example numberInColumnUnit("约200", { key: "students", unitFactor: 1 }) // null
 */
export function numberInColumnUnit(value: CellValue, role: Pick<ColumnRole, "key" | "unitFactor">): number | null {
  const read = cellNumber(value, role);
  if (read.status !== "number") return null;
  return read.unit === null ? read.typed : Number((read.base / role.unitFactor).toPrecision(15));
}

/**
 * numberInColumnUnit of the cell of `role` in `row` (0-based, of the sheet): a school row's or a
 * total row's number as its column adds it up, for the checks that add rows (totalRowChecks, a
 * county-named subtotal in countyTotalRows).
 * @example columnNumberAt(grid whose E7 holds "1263人", 6, the students role of E) // 1263
 */
export function columnNumberAt(grid: Grid, row: number, role: ColumnRole): number | null {
  return numberInColumnUnit(valueAt(grid, row, role.column), role);
}

/**
 * Whether the cell of `role` in `row` (0-based, of the sheet) holds a number above 0 as the reader
 * reads it (210 or 210人: cellNumber): something given, not the statistics export's 0 for a stage a
 * school has not, a dash, a blank or text that is no number. The one test of a stage's column
 * "holding something" (seniorSchoolRow's compulsory students, kindConflicts' number in the other
 * stage's column, rowFields' otherStageGiven).
 * @example positiveAt(grid whose E2 holds "50人", 1, the students role of E) // true; holding 0, "—" or "约50" → false
 */
export function positiveAt(grid: Grid, row: number, role: ColumnRole): boolean {
  const read = cellNumber(valueAt(grid, row, role.column), role);
  return read.status === "number" && read.base > 0;
}
