import type { FundingLowerBound, SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { atLeast } from "./atLeast";

/**
 * The 说明 of a school whose public-funding shortfall above 0 is only a lower bound (atLeast;
 * rules.md §4 item 6): why, in a few words; students not split by stage (stagesUnsplit) alone, or
 * after the other reasons. Null when the shortfall is the full gap.
 * @example fundingFloorNote({ fundingShortfall: 18360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false }, … }, "zh") // "公用经费缺口（元）为下限（至少）：若为农村学校（按 500 人核定）缺口更大"
 * @example fundingFloorNote({ fundingShortfall: 800, fundingShortfallLowerBound: { ruralFunded: null, boardersUncounted: false, stagesUnsplit: true }, … }, "zh") // "公用经费缺口（元）为下限（至少）：在校生数未分学段，全部按较低学段的标准测算"
 */
export function fundingFloorNote(g: SchoolGuarantee, lang: Lang): string | null {
  const floor = g.fundingShortfallLowerBound;
  if (floor === null || !atLeast(g, "fundingShortfall")) return null;
  const others = otherFloorNote(floor, lang);
  if (floor.stagesUnsplit !== true) return others;
  return others === null ? message("out_funding_floor_stages", {}, lang) : others + message("out_funding_floor_stages_also", {}, lang);
}

/** The note of an unstated rurality and of boarders not given; null when neither is a reason. */
function otherFloorNote({ ruralFunded, boardersUncounted }: FundingLowerBound, lang: Lang): string | null {
  if (ruralFunded === null) return boardersUncounted ? message("out_funding_floor_boarders", {}, lang) : null;
  return message(boardersUncounted ? "out_funding_floor_both" : "out_funding_floor_rural", { funded: ruralFunded }, lang);
}
