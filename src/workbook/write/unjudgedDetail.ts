import type { SectionResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { listText } from "../../messages/listText";
import { stageLabel } from "./writeLabels";

/** Most sections named; more are counted, the 学校达标 sheet listing them. */
const NAMED = 3;

/**
 * Which sections in scope could not be evaluated (the reason sections_not_evaluable: in scope, with
 * students or an unknown count, and no verdict), and where their 备注 say why: named when a few,
 * counted when more, and only where to look when none is found here. A section of 0 students needs
 * nothing and is not one of them.
 * @example unjudgedDetail([戊小学 (小学, missing L4)], "zh") // "戊小学（小学），见《学校达标》表备注"; 4 such sections → "4 个，见《学校达标》表备注"
 */
export function unjudgedDetail(sections: readonly SectionResult[], lang: Lang): string {
  const unjudged = sections.filter((s) => s.included && s.pass === null && s.students !== 0);
  const sheet = message("out_sheet_schools", {}, lang);
  if (unjudged.length === 0) return message("out_reason_unjudged_see", { sheet }, lang);
  if (unjudged.length > NAMED) return message("out_reason_unjudged_count", { n: unjudged.length, sheet }, lang);
  const names = unjudged.map((s) => message("out_reason_unjudged_school", { school: s.name, stage: stageLabel(s.stage, lang) }, lang));
  return message("out_reason_unjudged_named", { schools: listText(names, lang), sheet }, lang);
}
