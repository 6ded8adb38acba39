import type { Area, ItemResult } from "../../engine/types";
import { countMessage } from "../../messages/countMessage";
import type { Lang } from "../../messages/types";

/** An item met only on an estimate, and how many schools the estimate stands for. */
export interface EstimatedPass {
  readonly area: Area;
  readonly code: string;
  readonly schools: number;
}

/** The schools an item's verdict rests on an estimate for (G3: compliant rooms estimated from the total area, roomsEstimateNote.ts). */
function estimatedSchools(item: ItemResult): number {
  return item.parts["schools_rooms_estimated"] ?? 0;
}

/**
 * The items met only on an estimate, as data that travels where the items do not (the batch's
 * overview, the task pane's glance): 政府保障与质量 says 达标（估算，待核实）, and a plain 达标
 * anywhere else would be reported upward as met. An item not met or pending is left out: its
 * reason already says what is short. The verdicts are the engine's, unchanged.
 * @example estimatedPassesOf([G3 met with parts { schools_rooms_estimated: 25 }]) // [{ area: "guarantee", code: "G3", schools: 25 }]
 */
export function estimatedPassesOf(items: readonly ItemResult[]): EstimatedPass[] {
  return items.filter((i) => i.verdict === "met" && estimatedSchools(i) > 0).map((i) => ({ area: i.area, code: i.code, schools: estimatedSchools(i) }));
}

/**
 * Items met only on an estimate, as words beside a verdict (汇总's 说明, the console's line, the
 * overview's 说明, the task pane's tile).
 * @example estimatedPassTexts([{ area: "guarantee", code: "G3", schools: 25 }], "zh") // ["G3 达标为估算，待核实（25 所学校）"]
 */
export function estimatedPassTexts(passes: readonly EstimatedPass[], lang: Lang): string[] {
  return passes.map((p) => countMessage("out_caveat_met_estimated", p.schools, { code: p.code, n: p.schools }, lang));
}

/**
 * An area's items met only on an estimate, each with how many schools it rests on, for 汇总's
 * 说明 beside the area's verdict (withCaveats).
 * @example estimatedPasses("guarantee", [G3 met with parts { schools_rooms_estimated: 25 }], "zh") // ["G3 达标为估算，待核实（25 所学校）"]
 * @example estimatedPasses("guarantee", [G3 not met with parts { schools_rooms_estimated: 25 }], "zh") // [] (its reason says what is short)
 */
export function estimatedPasses(area: Area, items: readonly ItemResult[], lang: Lang): string[] {
  return estimatedPassTexts(estimatedPassesOf(items).filter((p) => p.area === area), lang);
}
