import type { Lang } from "../messages/types";
import { message } from "../messages/catalogue";
import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import type { CountyItem } from "../profiles/schema";
import { COUNTY_ITEM_ALIASES } from "../workbook/read/countyItemAliases";
import { itemUnit } from "../workbook/read/matchCountyItem";

/** A line of the county figures sheet on the help page: the code the reader takes, how its value is written, and each built-in profile's item (null: the profile has none). */
export interface HelpCountyItem {
  readonly code: string;
  readonly unit: CountyItem["unit"];
  readonly items: Readonly<Record<string, CountyItem | null>>;
}

/**
 * The county items the reader takes on a 县级指标 sheet (countyItemAliases.ts, the codes
 * matchCountyItem returns), veto items apart, each with its unit and its item under each profile.
 * @example helpCountyItems()[7] // { code: "G8_pay_ratio", unit: "number", items: { "national-2017": { item: "G8", comparison: "at_least", threshold: 1, unit: "number" }, … } }
 */
export function helpCountyItems(): HelpCountyItem[] {
  const ids = Object.keys(BUILT_IN_PROFILES);
  return countyCodes().map((code) => ({
    code,
    unit: itemUnit(code) ?? "number",
    items: Object.fromEntries(ids.map((id) => [id, builtInProfile(id).countyItems[code] ?? null])),
  }));
}

/** The veto codes the reader takes (V_…), judged 是 / 否. */
export function helpVetoCodes(): string[] {
  return Object.keys(COUNTY_ITEM_ALIASES).filter((code) => code.startsWith("V_"));
}

function countyCodes(): string[] {
  return Object.keys(COUNTY_ITEM_ALIASES).filter((code) => !code.startsWith("V_"));
}

/**
 * A county item's standard under one profile as the page says it: ≥ 95%, < 15%, 是, or — (none).
 * @example standardText({ comparison: "at_least", threshold: 0.95, unit: "ratio" }, "zh") // "≥ 95%"
 * @example standardText({ comparison: "at_least", threshold: 6080, unit: "yuan" }, "en") // "≥ 6080"
 */
export function standardText(item: CountyItem | null, lang: Lang): string {
  if (item === null) return message("help_cmp_none", {}, lang);
  if (item.comparison === "yes") return message("help_cmp_yes", {}, lang);
  if (item.threshold === null) return message("help_cmp_none", {}, lang);
  return message(`help_cmp_${item.comparison}`, { value: item.unit === "ratio" ? percent(item.threshold) : String(item.threshold) }, lang);
}

/** 0.95 → "95%", 0.085 → "8.5%": without the float's tail (0.07 × 100 = 7.000000000000001). */
export function percent(share: number): string {
  return `${Number((share * 100).toPrecision(12))}%`;
}
