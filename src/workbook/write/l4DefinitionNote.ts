import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { Profile } from "../../profiles/schema";

/**
 * The note saying how L4 is computed when the profile deducts indoor sports rooms from it
 * (Profile.l4DeductsIndoorSports; rules.md §2 L4: the statistics count 室内体育用房 inside
 * 教学及辅助用房, and common practice takes them out of L4 and into L5). Without it a statistician
 * dividing 教学及辅助用房 by the students by hand gets another L4 than the sheet (5615 ÷ 1263 = 4.45
 * against (5615 − 386) ÷ 1263 = 4.14) and cannot tell why. None when the profile takes L4 as given,
 * or without a profile (the sheet then states no standards either).
 *
 * @example l4DefinitionNote(national2017, "zh") // ["L4 生均教学及辅助用房面积按（教学及辅助用房面积 − 室内体育用房面积）÷ 在校生数计算，…"]
 */
export function l4DefinitionNote(profile: Profile | undefined, lang: Lang): string[] {
  return profile?.l4DeductsIndoorSports === true ? [message("out_note_l4_deducts", {}, lang)] : [];
}
