import { CLASS_BUCKET_SPANS, type FieldKey } from "../../engine/types";
import type { CellValue } from "../types";
import type { ColumnKey } from "./keys";
import { foldText } from "./text";
import { AREA_UNITS, COUNT_UNITS, longestFirst, MONEY_UNITS, quantityOf, unitFactorOf } from "./units";

/** A number followed by a unit, after NFKC and without spaces (`220万元`, `5000m2`, `12亩`, `1200人`). */
const NUMBER_THEN_UNIT = new RegExp(`^(.*\\d)(${longestFirst([...MONEY_UNITS, ...AREA_UNITS, ...COUNT_UNITS]).join("|")})$`);

/** What a count column counts, as a unit_* label key (read_number_with_unit, read_unit_mismatch). */
type Counted = "persons" | "rooms" | "classes";

const ROOM_KEYS: ReadonlySet<ColumnKey> = new Set<FieldKey>(["multimediaRooms", "musicRooms", "artRooms", "musicRoomsCompliant", "artRoomsCompliant"]);
const CLASS_KEYS: ReadonlySet<ColumnKey> = new Set<FieldKey>(["classes", ...CLASS_BUCKET_SPANS.map((b) => b.key)]);

/**
 * The count units a cell may carry, by what its column counts: 个 counts anything; 间 (and 台, 套
 * of rooms' equipment sets) only rooms, 班 only classes, 人 only persons — 20间 in a teacher column
 * is 20 rooms, which no teacher count can be.
 */
const COUNT_UNITS_OF: Readonly<Record<Counted, readonly string[]>> = {
  persons: ["人", "人次", "名", "个"],
  rooms: ["间", "个", "台", "套"],
  classes: ["班", "个"],
};

/** What a count column counts: rooms, classes, else persons (students, teachers, 最大班额 in 人). */
function countedBy(key: ColumnKey): Counted {
  if (ROOM_KEYS.has(key)) return "rooms";
  return CLASS_KEYS.has(key) ? "classes" : "persons";
}

/** The unit_* label of what a unit measures: 万元 → yuan, 亩 → m2, 间 → rooms, 人 → persons. */
function unitLabel(unit: string): string {
  if (MONEY_UNITS.includes(unit)) return "yuan";
  if (AREA_UNITS.includes(unit)) return "m2";
  if (unit === "个" || unit === "台" || unit === "套") return "items";
  return unit === "间" ? "rooms" : unit === "班" ? "classes" : "persons";
}

/** The unit_* label of what a numeric column holds: yuan, m2, or what it counts. */
function columnLabel(key: ColumnKey): string {
  const quantity = quantityOf(key);
  return quantity === "money" ? "yuan" : quantity === "area" ? "m2" : countedBy(key);
}

/** A cell's number and unit, when it is a number typed with a unit the reader knows. */
function splitUnit(value: CellValue): { readonly text: string; readonly unit: string } | null {
  if (typeof value !== "string") return null;
  const m = NUMBER_THEN_UNIT.exec(foldText(value));
  const [text, unit] = [m?.[1], m?.[2]];
  return text === undefined || unit === undefined ? null : { text, unit };
}

/** The factor of `unit` in a column of `key`, or null when the unit is of another kind than the column's. */
function fittingFactor(key: ColumnKey, unit: string): number | null {
  const factor = unitFactorOf(key, unit);
  if (factor === null || quantityOf(key) !== "count") return factor;
  return COUNT_UNITS_OF[countedBy(key)].includes(unit) ? factor : null;
}

/**
 * A number typed with its unit in a column of `key`: the number as text and the factor of the
 * cell's own unit to the engine's (it may differ from the header's: 1300000元 in a 万元 column is
 * 1 300 000 yuan), or null when the cell holds no unit, or one that does not fit the column
 * (万元 in an area column, 间 in a teacher column: foreignCellUnit says which).
 *
 * @example cellUnit("220万元", "equipmentValue") // { text: "220", factor: 10000, unit: "万元" }
 * @example cellUnit("12亩", "sportsGroundArea") // { text: "12", factor: 666.67, unit: "亩" }
 * @example cellUnit("220万元", "teachingArea") // null; cellUnit("20间", "peArtTeachers") // null
 */
export function cellUnit(value: CellValue, key: ColumnKey): { readonly text: string; readonly factor: number; readonly unit: string } | null {
  const found = splitUnit(value);
  const factor = found === null ? null : fittingFactor(key, found.unit);
  return found === null || factor === null ? null : { ...found, factor };
}

/**
 * A number typed with a unit of another kind than its column's, with what the unit measures and
 * what the column holds (unit_* label keys), so that the cell is reported and not read; null when
 * the cell holds no unit or one that fits (cellUnit reads it). Meta columns take any unit.
 *
 * @example foreignCellUnit("20间", "peArtTeachers") // { unit: "间", typedUnit: "rooms", baseUnit: "persons" }
 * @example foreignCellUnit("220万元", "teachingArea") // { unit: "万元", typedUnit: "yuan", baseUnit: "m2" }
 * @example foreignCellUnit("65人", "teachers") // null
 */
export function foreignCellUnit(value: CellValue, key: ColumnKey): { readonly unit: string; readonly typedUnit: string; readonly baseUnit: string } | null {
  const found = splitUnit(value);
  if (found === null || quantityOf(key) === null || fittingFactor(key, found.unit) !== null) return null;
  return { unit: found.unit, typedUnit: unitLabel(found.unit), baseUnit: columnLabel(key) };
}
