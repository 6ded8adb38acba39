import type { Profile } from "../../profiles/schema";
import { builtInProfile } from "../../profiles/resolveProfile";

/** The class sizes from which a class is a 大班额 / 超大班额, as the column headers quote them (out_h_large, out_h_super_large). */
// A type, not an interface: message params take it as a record of values.
export type ClassSizeParams = {
  readonly large: number;
  readonly superLarge: number;
};

/**
 * The large-class sizes of the profile the evaluation used (rules.md §4 item 5:
 * guarantee.classSize.large / superLarge), which a 规则 sheet may have changed; without a profile,
 * the default one's (national-2017: 56 and 66), as passRuleParams does.
 * @example classSizeParams(national) // { large: 56, superLarge: 66 }
 */
export function classSizeParams(profile: Profile | undefined): ClassSizeParams {
  const { large, superLarge } = (profile ?? builtInProfile()).guarantee.classSize;
  return { large, superLarge };
}
