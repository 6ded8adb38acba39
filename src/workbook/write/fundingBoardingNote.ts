import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNumber } from "./formats";

/**
 * The 说明 of a school whose public-funding requirement adds an extra per boarder
 * (SchoolGuarantee.fundingBoarding; rules.md §4 item 6, Sichuan +300 yuan): the extra written out
 * and the requirement it makes, so that a reader checking norm × students against the 缺口 finds
 * the rest. Null for a school without one, and for a combined school split by stage, whose
 * fundingProrationNote already adds it to its sum. Whole yuan, as the sheet's 缺口 (元) column
 * shows its amounts (FORMAT.yuan); the values underneath are not rounded.
 * @example fundingBoardingNote(河口乡中学, 1040 × 500 + 300 × 463 = 658 900 required, "zh")
 * // "公用经费应拨（元）含寄宿生补助 300×463 = 138,900，合计 658,900"
 */
export function fundingBoardingNote(g: SchoolGuarantee, lang: Lang): string | null {
  const b = g.fundingBoarding;
  if (b === null || g.fundingProration !== null || g.fundingNorm === null) return null;
  const extra = formatNumber(b.perBoarder * b.boarders, FORMAT.yuan);
  const required = formatNumber(g.fundingNorm, FORMAT.yuan);
  return message("out_funding_boarding", { perBoarder: b.perBoarder, boarders: b.boarders, extra, required }, lang);
}
