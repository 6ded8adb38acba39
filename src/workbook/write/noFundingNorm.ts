import type { ItemResult } from "../../engine/types";
import type { Profile } from "../../profiles/schema";

/**
 * Whether G6 went unjudged because the profile sets no per-student funding norm (national-2017:
 * each province sets its own, rules.md §4 item 6) — to be said as the norm lacking, not the data:
 * the school rows may well give their funding.
 * @example noFundingNorm(G6 not assessed with basis "none", national-2017) // true; (…, sichuan-guanghan-2024) // false
 */
export function noFundingNorm(item: ItemResult, profile: Profile | undefined): boolean {
  return item.code === "G6" && item.basis === "none" && profile?.guarantee.funding.norm === null;
}
