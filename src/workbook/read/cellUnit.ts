import type { CellValue } from "../types";
import type { ColumnKey } from "./keys";
import { foldText } from "./text";
import { AREA_UNITS, COUNT_UNITS, longestFirst, MONEY_UNITS, unitFactorOf } from "./units";

/** A number followed by a unit, after NFKC and without spaces (`220万元`, `5000m2`, `12亩`, `1200人`). */
const NUMBER_THEN_UNIT = new RegExp(`^(.*\\d)(${longestFirst([...MONEY_UNITS, ...AREA_UNITS, ...COUNT_UNITS]).join("|")})$`);

/**
 * A number typed with its unit in a column of `key`: the number as text and the factor of the
 * cell's own unit to the engine's (it may differ from the header's: 1300000元 in a 万元 column is
 * 1 300 000 yuan), or null when the cell holds no unit, or one that does not fit the column
 * (万元 in an area column).
 *
 * @example cellUnit("220万元", "equipmentValue") // { text: "220", factor: 10000, unit: "万元" }
 * @example cellUnit("12亩", "sportsGroundArea") // { text: "12", factor: 666.67, unit: "亩" }
 * @example cellUnit("220万元", "teachingArea") // null
 */
export function cellUnit(value: CellValue, key: ColumnKey): { readonly text: string; readonly factor: number; readonly unit: string } | null {
  if (typeof value !== "string") return null;
  const m = NUMBER_THEN_UNIT.exec(foldText(value));
  const [text, unit] = [m?.[1], m?.[2]];
  if (text === undefined || unit === undefined) return null;
  const factor = unitFactorOf(key, unit);
  return factor === null ? null : { text, factor, unit };
}
