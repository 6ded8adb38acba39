import type { FundingBoarding, FundingProration, SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNumber } from "./formats";

/**
 * The 说明 of a combined school funded as its tier's students, the requirement split between its
 * stages' norms by their shares of its students (SchoolGuarantee.fundingProration; rules.md §4
 * item 6, §7), the sum written out as the engine makes it, with the extra for boarders where it
 * is paid (“+ 300×40”), and its result in yuan; null for any other school.
 * @example fundingProrationNote(河北学校 of 166 小学 + 210 初中 funded as 500, Sichuan, "zh")
 * // "公用经费按 500 人核定，生均标准按各学段在校生比例加权，应拨（元）= (800×166 + 1040×210) × 500 ÷ 376 = 467,021.28"
 */
export function fundingProrationNote(g: SchoolGuarantee, lang: Lang): string | null {
  const p = g.fundingProration;
  if (p === null) return null;
  // The numbers bare, as in a formula: 1040, not 1,040; the result grouped, as a sum of money.
  const terms = p.stages.map((s) => `${s.norm}×${s.students}`).join(" + ");
  const b = g.fundingBoarding;
  const boarding = b === null ? "" : ` + ${b.perBoarder}×${b.boarders}`;
  // The engine's own figure where it has one, so that the note and the 应拨 column never differ.
  const required = formatNumber(g.fundingNorm ?? prorated(p, b), FORMAT.yuanPrecise);
  return message("out_funding_proration", { terms, funded: p.funded, students: p.students, boarding, required }, lang);
}

/** The sum the note writes out: (Σ norm × students) × funded ÷ students, plus the boarders' extra. */
function prorated(p: FundingProration, b: FundingBoarding | null): number {
  const weighted = p.stages.reduce((sum, s) => sum + s.norm * s.students, 0);
  return (weighted * p.funded) / p.students + (b === null ? 0 : b.perBoarder * b.boarders);
}
