import type { CellValue } from "../types";
import type { ItemUnit } from "./matchCountyItem";
import { parseCellNumber, percentToFraction, toBaseUnit } from "./parseCellNumber";
import { parseLevel } from "./parseLevel";
import { parseYesNo } from "./schoolKind";
import { answerWithExistenceRemark, answerWithRemark, type AnswerWithRemark } from "./answerRemark";
import { stripYuan } from "./stripYuan";
import { isBarePercent } from "./barePercent";
import { cellText } from "./text";

/**
 * `barePercent`: a share item's bare number read as a percentage (barePercent.ts), to be said at its
 * cell; `answer`: a yes / no answer read from a cell that says more (有（已整改）: answerWithRemark), with
 * its `remark`; `digit`: a yes / no read from a bare 0 or 1.
 */
export type Converted =
  | { readonly ok: true; readonly value: number | boolean; readonly barePercent?: true; readonly answer?: AnswerWithRemark; readonly digit?: true }
  | { readonly ok: false; readonly reason: string }
  | null;

/** A yes / no cell: 是 / 否 and their kin (parseYesNo), 0 / 1, and an answer with a remark or a full stop after it (有（已整改）, 无。). */
export function toBoolean(v: CellValue): Converted {
  if (typeof v === "boolean") return { ok: true, value: v };
  const text = cellText(v) ?? "";
  // 0 / 1, as a number or typed as text: 否 / 是, marked so that an evidence item says so at its cell.
  if (text === "0" || text === "1") return { ok: true, value: text === "1", digit: true };
  const yes = parseYesNo(text);
  if (yes !== null) return { ok: true, value: yes };
  // An existence remark (是（不存在）) is read only once remarkContradicts has found it agreeing (refusedYesNo).
  const remarked = answerWithRemark(text) ?? answerWithExistenceRemark(text);
  return remarked === null ? { ok: false, reason: "not_yes_no" } : { ok: true, value: remarked.value, answer: remarked };
}

/** From this value on, a bare number item under a % is a percentage: no number item of the profiles is 2 or more as a fraction (pay ratios are about 1). */
const NUMBER_PERCENT_FROM = 2;

function toLevel(v: CellValue): Converted {
  const level = parseLevel(v);
  return level === null ? { ok: false, reason: "not_a_level" } : { ok: true, value: level };
}

/**
 * A figure's value by its unit: ratios and numbers as fractions (`95%` → 0.95, `0.95` stays; a
 * bare `95` of a ratio item is read as 95%: silently when the value header, the unit column or the
 * item name says %, else marked `barePercent` to be warned of (isBarePercent; above 100 it is kept
 * and the engine reports a ratio above 1); yes / no items from 是 / 否 /
 * 有 / 无 / 达标 / 未达标; amounts in yuan with their unit typed or not (`6,080元/生`, `0.608万元`,
 * or 万元 in the row's 单位 column: stripYuan); monitoring levels as 1–4 (`Ⅲ级`: parseLevel).
 * Blank → null (not given). A formula without a stored result (noCachedResult.ts) is the caller's
 * to say and skip (figureOf), before it comes here.
 */
export function convertFigure(v: CellValue, unit: ItemUnit, percentContext: boolean, unitText = ""): Converted {
  if (isBlank(v)) return null;
  if (unit === "boolean") return toBoolean(v);
  if (unit === "level") return toLevel(v);
  // 1.02倍: a multiple written with its word, as pay ratios are.
  const plain = unit === "number" && typeof v === "string" ? v.replace(/(\d)\s*倍\s*$/, "$1") : v;
  const money = unit === "yuan" ? stripYuan(v, unitText) : { value: plain, factor: 1 };
  const parsed = parseCellNumber(money.value, "ratio");
  if (parsed.status === "blank") return null;
  if (parsed.status === "none") return { ok: false, reason: "none" };
  if (parsed.status === "invalid") return { ok: false, reason: parsed.reason };
  if (unit === "yuan") return parsed.percent ? { ok: false, reason: "not_a_number" } : { ok: true, value: toBaseUnit(parsed.value, money.factor) };
  // A number item (校际差异率, 工资之比) under a % is a percentage when it is percent-sized (12 → 0.12,
  // 105 → 1.05); 1.05 is the ratio itself, as a pay ratio near 1 is, not 1.05%.
  if (!parsed.percent && !percentContext && isBarePercent(unit, parsed.value)) return { ok: true, value: percentToFraction(parsed.value), barePercent: true };
  const bare = !parsed.percent && percentContext;
  const scaled = bare && ((unit === "ratio" && parsed.value > 1) || (unit === "number" && parsed.value >= NUMBER_PERCENT_FROM)) ? percentToFraction(parsed.value) : parsed.value;
  return { ok: true, value: scaled };
}

/** A cell with nothing in it (a formula error or one without a stored result is something: said by valueOf). */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}
