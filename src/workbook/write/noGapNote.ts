import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { hasShortfall, isLowerBound, SHORT_KEYS, type ShortKey } from "./atLeast";

/** Whether the school's `key` is known to be 0: computed, not above 0, and no lower bound (a bound of 0 is “unknown, maybe short”). */
function knownZero(g: SchoolGuarantee, key: ShortKey): boolean {
  return g[key] === 0 && !isLowerBound(g, key);
}

/**
 * The first words of the 说明 of a school 缺口测算's guarantee table lists with no gap at all, only
 * for how its public funding was reckoned (a small-school tier, rules.md §4 item 6: 400 students
 * funded as 500; a combined school's split by stage): a table of 缺口 reads as a list of schools
 * short of something, so the row says it is not. Every check computed and 0 → no shortfall of any
 * kind; the funding 0 but another check not computed (blank) or 0 only as a bound → no funding
 * shortfall. Null for a school short of anything, not judged on G6 (民办), or whose funding gap is
 * unknown.
 * @example noGapNote(青山乡中心小学: 458 students funded as 500, every shortfall 0, "zh") // "本校各项均无缺口，列出以说明公用经费的核定"
 * @example noGapNote(the same with music rooms not computed (null), "zh") // "公用经费无缺口，列出以说明其核定"
 */
export function noGapNote(g: SchoolGuarantee, lang: Lang): string | null {
  if (!knownZero(g, "fundingShortfall") || hasShortfall(g)) return null;
  const all = SHORT_KEYS.every((k) => knownZero(g, k));
  return message(all ? "out_guarantee_no_gap" : "out_guarantee_no_funding_gap", {}, lang);
}
