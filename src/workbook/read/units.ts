import type { FieldKey } from "../../engine/types";
import { META_KEYS, type ColumnKey } from "./keys";

/**
 * 1 亩 in m²: 1 公顷 (10 000 m²) = 15 亩 by definition, so 1 亩 = 10000 ÷ 15 = 666.67 m². Kept as
 * the exact fraction so that 12 亩 reads as 8000 m², not 8000.04.
 */
export const MU_IN_M2 = 10000 / 15;

export type Quantity = "money" | "area" | "count";

const MONEY_KEYS: ReadonlySet<ColumnKey> = new Set<FieldKey>(["equipmentValue", "publicFunding", "trainingFunds"]);
const AREA_KEYS: ReadonlySet<ColumnKey> = new Set<FieldKey>([
  "teachingArea",
  "indoorSportsArea",
  "sportsGroundArea",
  "sportsTotalArea",
  "musicRoomsArea",
  "artRoomsArea",
]);
const META: ReadonlySet<ColumnKey> = new Set<ColumnKey>(META_KEYS);

/**
 * Each quantity's units as headers state them (normalised: `㎡` → `m2`), with the factor to the
 * engine's unit (元, m², a count). Short forms people type: 平米 and 平方 for 平方米; a bare 万 on a
 * money column for 万元 (`教学仪器设备值（万）`).
 */
const FACTORS: Readonly<Record<Quantity, Readonly<Record<string, number>>>> = {
  money: { 元: 1, 千元: 1000, 万元: 10000, 万: 10000 },
  area: { 平方米: 1, 平米: 1, 平方: 1, m2: 1, 万平方米: 10000, 亩: MU_IN_M2 },
  count: { 人: 1, 人次: 1, 名: 1, 个: 1, 间: 1, 台: 1, 套: 1, 班: 1 },
};

/**
 * Units, the longer first, so that an alternation built from them prefers 万平方米 to 平方米 and
 * 平方米 to 平方. @example longestFirst(["平方", "万平方米", "平方米"]) // ["万平方米", "平方米", "平方"]
 */
export function longestFirst(units: readonly string[]): string[] {
  return [...new Set(units)].sort((a, b) => b.length - a.length);
}

/** The money, area and count units the reader converts (FACTORS), as headers and unit lines state them after NFKC (`㎡` → `m2`). */
export const MONEY_UNITS: readonly string[] = Object.keys(FACTORS.money);
export const AREA_UNITS: readonly string[] = Object.keys(FACTORS.area);
export const COUNT_UNITS: readonly string[] = Object.keys(FACTORS.count);

/** Whether a column holds money (its unit decides ×10000 for 万元). */
function isMoneyKey(key: ColumnKey): boolean {
  return MONEY_KEYS.has(key);
}

/** What a column holds: money, an area or a count; null for a meta column (any unit). */
export function quantityOf(key: ColumnKey): Quantity | null {
  if (META.has(key)) return null;
  if (MONEY_KEYS.has(key)) return "money";
  return AREA_KEYS.has(key) ? "area" : "count";
}

/**
 * The factor from a header's stated unit to the engine's unit, or null when the unit does not fit
 * the column (万元 over an area, 亩 over money, % over a count): such a column is not read, since
 * its numbers would be taken for something they are not. Meta columns take any unit.
 *
 * @example unitFactorOf("equipmentValue", "万元") // 10000
 * @example unitFactorOf("sportsTotalArea", "亩") // 666.67 (10000 ÷ 15)
 * @example unitFactorOf("teachingArea", "万元") // null
 */
export function unitFactorOf(key: ColumnKey, unit: string): number | null {
  const quantity = quantityOf(key);
  return quantity === null ? 1 : (FACTORS[quantity][unit] ?? null);
}

/** The area units a unit line may name, the longer first (万平方米 before 平方米, 平方米 before 平方). */
const AREA_IN_LINE = new RegExp(longestFirst(AREA_UNITS).join("|"), "g");

/**
 * The area unit a unit line states (`单位：人、间、亩、万元` → 亩), or null when it names none or
 * more than one (`单位：平方米（运动场地：亩）`: which column is in which is not guessed).
 *
 * @example areaUnitOfLine("单位：人、亩、万元") // "亩"; areaUnitOfLine("单位：人、㎡、万元") // "m2"
 */
export function areaUnitOfLine(unitLine: string | null): string | null {
  const named = [...(unitLine ?? "").normalize("NFKC").matchAll(AREA_IN_LINE)].map((m) => m[0]);
  const units = new Set(named.map((u) => FACTORS.area[u]));
  return units.size === 1 ? (named[0] ?? null) : null;
}

/**
 * The money unit a unit line states (`单位：人、平方米、万元`), or null: also when it names two
 * (`单位：人、平方米、元、万元`, the table's columns in either), which says nothing of one column —
 * as areaUnitOfLine declines two area units.
 */
function moneyUnitOfLine(unitLine: string | null): string | null {
  const named = new Set([...(unitLine ?? "").matchAll(/万元|千元|元/g)].map((m) => m[0]));
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/**
 * The unit a unit line states for a column: its money unit for money (moneyUnitOfLine), its one
 * area unit for an area (areaUnitOfLine); null for a count or a line naming none.
 *
 * @example unitOfLine("equipmentValue", "单位：人、亩、万元") // "万元"; unitOfLine("sportsGroundArea", "单位：人、亩、万元") // "亩"
 */
export function unitOfLine(key: ColumnKey, unitLine: string | null): string | null {
  const quantity = quantityOf(key);
  if (quantity === "money") return moneyUnitOfLine(unitLine);
  return quantity === "area" ? areaUnitOfLine(unitLine) : null;
}

/**
 * A column's factor to the engine's unit: the header's unit first, then (money and areas) the
 * unit line above the header — for areas only when it names one area unit (areaUnitOfLine), else
 * m², the unit of the statistics. `assumed` when a money column states no unit anywhere: it is
 * read as 元, and the reader says so. An unsupported unit gives 1 (the user mapped the column by hand).
 *
 * @example resolveUnit("equipmentValue", null, "单位：人、平方米、万元") // { factor: 10000, assumed: false }
 * @example resolveUnit("sportsGroundArea", null, "单位：人、间、亩、万元") // { factor: 666.67 (10000 ÷ 15), assumed: false }
 * @example resolveUnit("equipmentValue", null, null) // { factor: 1, assumed: true }
 */
export function resolveUnit(key: ColumnKey, headerUnit: string | null, unitLine: string | null): { factor: number; assumed: boolean } {
  const stated = headerUnit === null ? null : unitFactorOf(key, headerUnit);
  if (stated !== null) return { factor: stated, assumed: false };
  if (quantityOf(key) === "area") return { factor: FACTORS.area[areaUnitOfLine(unitLine) ?? "平方米"] ?? 1, assumed: false };
  if (!isMoneyKey(key)) return { factor: 1, assumed: false };
  const line = moneyUnitOfLine(unitLine);
  return line === null ? { factor: 1, assumed: true } : { factor: FACTORS.money[line] ?? 1, assumed: false };
}
