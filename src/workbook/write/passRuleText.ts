import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";

/**
 * A share as a percent with the decimals it has and no more, as the rule is stated (85%, not
 * 85.0%); float noise (0.8 × 100 = 80.00000000000001) is rounded away at four decimals.
 * @example percentText(0.85) // "85%"; percentText(0.8) // "80%"; percentText(0.875) // "87.5%"
 */
export function percentText(ratio: number): string {
  return `${Number((ratio * 100).toFixed(4))}%`;
}

/**
 * The pass rule's figures as the texts quote them (rules.md §2: `minMet` indicators at standard,
 * the rest at least `floorRatio` of it): every label and note naming the floor takes it from the
 * profile the evaluation used, which a 规则 sheet may have changed (passRule.floorRatio = 0.8).
 * Without a profile, the default one's (national-2017: 6, 85%).
 * @example passRuleParams(national) // { floor: "85%", minMet: 6 }; with floorRatio 0.8 → { floor: "80%", minMet: 6 }
 */
export function passRuleParams(profile: Profile | undefined): { readonly floor: string; readonly minMet: number } {
  const rule = (profile ?? builtInProfile()).passRule;
  return { floor: percentText(rule.floorRatio), minMet: rule.minMet };
}
