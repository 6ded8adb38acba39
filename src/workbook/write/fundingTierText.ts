import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { Profile } from "../../profiles/schema";

type Funding = Profile["guarantee"]["funding"];

/**
 * The profile's small-school funding tiers in words (rules.md §4 item 6), each from the bound below
 * it: a school of exactly a tier's `below` is funded by the next tier (fundedStudents: the tier with
 * the lowest `below` above its students), which the words 及以上 / 不足 say; the schools they apply to
 * first (rural schools and teaching points when tiersRuralOnly). Null when the profile has no tiers.
 * @example fundingTierText(sichuan-guanghan-2024, "zh") // "农村学校、教学点不足100人按100人核定，100人及以上不足300人按300人核定，300人及以上不足500人按500人核定"
 */
export function fundingTierText(funding: Funding, lang: Lang): string | null {
  const tiers = [...funding.tiers].sort((a, b) => a.below - b.below);
  if (tiers.length === 0) return null;
  const parts = tiers.map((t, i) => {
    const from = tiers[i - 1]?.below;
    const params = { below: t.below, funded: t.fundedAs };
    return from === undefined ? message("out_funding_tier_first", params, lang) : message("out_funding_tier_next", { ...params, from }, lang);
  });
  const text = parts.join(message("out_funding_tier_sep", {}, lang));
  return message(funding.tiersRuralOnly ? "out_funding_tiers_rural" : "out_funding_tiers_all", { tiers: text }, lang);
}
