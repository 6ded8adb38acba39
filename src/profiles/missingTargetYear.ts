import type { Profile } from "./schema";

/**
 * The year a missing target is said for: the year evaluated when the profile plans targets but none
 * for it (四川's plan from 2024 on has none for 2023: 规则未设2023年目标), null when it plans no targets at
 * all (national-2017 leaves them to the provinces: 规则未设年度目标, not 规则未设2025年目标) or no year is known.
 * One rule for 汇总, the CLI's lines and the pane's tile. Without a profile, the year as it is.
 *
 * @example missingTargetYear(national, 2025) // null; missingTargetYear(sichuan, 2023) // 2023
 */
export function missingTargetYear(profile: Profile | undefined, year: number | null): number | null {
  return profile?.targets.length === 0 ? null : year;
}
