import type { SchoolGuarantee, SectionResult } from "../../engine/types";
import { sectionBaseName } from "../../engine/guarantee/schoolGroups";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { Profile } from "../../profiles/schema";
import { fundingTierText } from "./fundingTierText";

/**
 * The 说明 of an ordinary school whose public-funding norm counts other students than it has (a
 * small-school tier, rules.md §4 item 6): the students it was funded as and those it has, with the
 * profile's tiers in words (fundingTierText), so that a school of exactly 300 funded as 500 shows
 * why. A combined school split by stage (fundingProrationNote says 按 n 人核定) gets the tiers alone.
 * Null without a profile or tiers, for a special school (G7 counts its own students), or when the
 * students are not all known. `sections`: the county's, whose students make up the school's.
 * @example fundedStudentsNote(桶三十村小 of 300 funded as 500, its section, sichuan, "zh") // "公用经费按 500 人核定（在校生 300 人）：农村学校、教学点不足100人按100人核定，…，300人及以上不足500人按500人核定"
 */
export function fundedStudentsNote(g: SchoolGuarantee, sections: readonly SectionResult[], profile: Profile | undefined, lang: Lang): string | null {
  const rule = profile === undefined ? null : fundingTierText(profile.guarantee.funding, lang);
  if (rule === null || g.type === "special" || g.fundedStudents === null) return null;
  if (g.fundingProration !== null) return message("out_funding_tiers_rule", { rule }, lang);
  const students = schoolStudents(g, sections);
  if (students === null || students === g.fundedStudents) return null;
  return message("out_funding_funded", { funded: g.fundedStudents, students, rule }, lang);
}

/**
 * A school's students: those of its sections, of its own row or, for rows grouped as one school
 * (schoolGroups.ts: names differing only by a 部 suffix), of every row so named; null when any is unknown.
 * @example 龙泉学校 from 龙泉学校（小学部） 120 and 龙泉学校（初中部） 150 → 270
 */
function schoolStudents(g: SchoolGuarantee, sections: readonly SectionResult[]): number | null {
  const own = sections.filter((s) => s.county === g.county && (s.recordId === g.recordId || sectionBaseName(s.name) === g.name));
  if (own.length === 0 || own.some((s) => s.students === null)) return null;
  return own.reduce((sum, s) => sum + (s.students ?? 0), 0);
}
