import type { CellValue } from "../types";
import { foldText } from "./text";
import { unitFactorOf, unitOfLine } from "./units";

/**
 * A number, its money unit (the units the reader converts: 元, 千元, 万元, and 万 for 万元), and what
 * may follow the unit per student or year, after foldText: 6080元, 6080元/生, 650元/(生·年),
 * 650元/生/年, 6080元每生每年, 0.608万元, 0.6万, 6.5千元.
 */
const AMOUNT = /^(.*\d)(千元|万元|元|万)([/每()·.生人学年]*)$/;

/** The factor of a money unit to yuan (units.ts), 1 when none is stated. */
function moneyFactor(unit: string | null): number {
  return unit === null ? 1 : (unitFactorOf("publicFunding", unit) ?? 1);
}

/**
 * An amount of money as typed in a county-figures row, without its unit: `6,080元/生` → `6,080`
 * at ×1, `0.608万元` → `0.608` at ×10000; a plain number or text is kept, scaled by the money unit
 * the row states (`unitText`: its 单位 column and its item name, read as a unit line is:
 * 单位：万元, …经费（万元）). A unit typed in the cell is the cell's own: `6080元` stays 6080 whatever
 * the row says. The caller parses what is left (parseCellNumber) and scales it (toBaseUnit).
 *
 * @example stripYuan("6,080元/生", "") // { value: "6,080", factor: 1 }
 * @example stripYuan("650元/(生·年)", "") // { value: "650", factor: 1 }
 * @example stripYuan(0.065, "（单位：万元）") // { value: 0.065, factor: 10000 }
 */
export function stripYuan(value: CellValue, unitText: string): { readonly value: CellValue; readonly factor: number } {
  const byRow = moneyFactor(unitOfLine("publicFunding", foldText(unitText)));
  if (typeof value !== "string") return { value, factor: byRow };
  const match = AMOUNT.exec(foldText(value));
  // No unit, or a unit with no number (元 alone): kept as typed, to be read or reported as it is.
  if (match === null) return { value, factor: byRow };
  return { value: match[1] ?? "", factor: moneyFactor(match[2] === "万" ? "万元" : (match[2] ?? null)) };
}
