import type { Area, ItemResult } from "../../engine/types";
import { countMessage } from "../../messages/countMessage";
import type { Lang } from "../../messages/types";

/** The schools an item's verdict rests on an estimate for (G3: compliant rooms estimated from the total area, roomsEstimateNote.ts). */
function estimatedSchools(item: ItemResult): number {
  return item.parts["schools_rooms_estimated"] ?? 0;
}

/**
 * An area's items met only on an estimate, each with how many schools it rests on, for 汇总's
 * 说明 beside the area's verdict (withCaveats): 政府保障与质量 says 达标（估算，待核实）, and a plain
 * 达标 on 汇总 would be reported upward as met. The verdicts are the engine's, unchanged.
 * @example estimatedPasses("guarantee", [G3 met with parts { schools_rooms_estimated: 25 }], "zh") // ["G3 达标为估算，待核实（25 所学校）"]
 * @example estimatedPasses("guarantee", [G3 not met with parts { schools_rooms_estimated: 25 }], "zh") // [] (its reason says what is short)
 */
export function estimatedPasses(area: Area, items: readonly ItemResult[], lang: Lang): string[] {
  return items
    .filter((i) => i.area === area && i.verdict === "met" && estimatedSchools(i) > 0)
    .map((i) => countMessage("out_caveat_met_estimated", estimatedSchools(i), { code: i.code, n: estimatedSchools(i) }, lang));
}
