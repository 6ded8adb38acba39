import type { CellValue } from "../types";
import { foldText } from "./text";

// After foldText (NFKC, no spaces): 6080元, 6080元/生, 6080元/生·年, 0.608万元, 6080元每生每年.
const YUAN_SUFFIX = /^(.*?)(万)?元(?:[/每](?:生|人|学生)(?:[·.]?(?:年|每年))?)?$/;

/**
 * An amount of money as typed in a county-figures row, without its unit: `6,080元/生` → `6,080`
 * at ×1, `0.608万元` → `0.608` at ×10000; a plain number or text is kept, at ×10000 when the row's
 * unit (`unitText`: its 单位 column and its item name) says 万元, as 单位 = 万元 or …经费（万元）.
 * A unit typed in the cell is the cell's own: `6080元` stays 6080 whatever the row says. The
 * caller parses what is left (parseCellNumber) and scales it (toBaseUnit).
 *
 * @example stripYuan("6,080元/生", "") // { value: "6,080", factor: 1 }
 * @example stripYuan("0.608万元", "") // { value: "0.608", factor: 10000 }
 * @example stripYuan(0.608, "万元") // { value: 0.608, factor: 10000 }
 * @example stripYuan(0.608, "特殊教育学校生均公用经费（万元）") // { value: 0.608, factor: 10000 }
 */
export function stripYuan(value: CellValue, unitText: string): { readonly value: CellValue; readonly factor: number } {
  const byRow = /(^|[(,、])万元/.test(foldText(unitText)) ? 10_000 : 1;
  if (typeof value !== "string") return { value, factor: byRow };
  // 0.6万 is 0.6万元, as people shorten it.
  const folded = foldText(value);
  const match = YUAN_SUFFIX.exec(/\d万$/.test(folded) ? `${folded}元` : folded);
  // A unit with no number (元 alone) stays as typed, to be reported rather than taken for a blank.
  if (match === null || match[1] === "") return { value, factor: byRow };
  // A unit typed with the value is that value's own, whatever the column says.
  return { value: match[1] ?? "", factor: match[2] === undefined ? 1 : 10_000 };
}
