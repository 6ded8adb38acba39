import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";

/**
 * The 说明 of a combined school funded as its tier's students, the requirement split between its
 * stages' norms by their shares of its students (SchoolGuarantee.fundingProration; rules.md §4
 * item 6, §7), the sum written out as the engine makes it, with the extra for boarders where it
 * is paid (“+ 300×40”); null for any other school.
 * @example fundingProrationNote(河北学校 of 166 小学 + 210 初中 funded as 500, Sichuan, "zh")
 * // "公用经费按各学段学生比例折算到 500 人：(800×166 + 1040×210) × 500 ÷ 376"
 */
export function fundingProrationNote(g: SchoolGuarantee, lang: Lang): string | null {
  const p = g.fundingProration;
  if (p === null) return null;
  // The numbers bare, as in a formula: 1040, not 1,040.
  const terms = p.stages.map((s) => `${s.norm}×${s.students}`).join(" + ");
  const sum = message("out_funding_proration", { terms, funded: p.funded, students: p.students }, lang);
  return p.boarding === null ? sum : `${sum} + ${p.boarding.perBoarder}×${p.boarding.boarders}`;
}
