import type { CountyFigure, VetoResult } from "../types";
import type { Profile } from "../../profiles/schema";

/**
 * The profile's veto items (rules.md §6) from the county's figures: a yes / no figure says whether
 * the item is present; no figure, or one that is not yes / no (reported by figureIssues), leaves it
 * not yet assessed.
 *
 * @example V_key_schools = false → { code: "V_key_schools", present: false, cell: "保障!B30" }
 */
export function vetoResults(profile: Profile, figures: ReadonlyMap<string, CountyFigure>): VetoResult[] {
  return profile.vetoItems.map(({ code }) => {
    const figure = figures.get(code);
    const present = typeof figure?.value === "boolean" ? figure.value : null;
    return { code, present, cell: figure?.cell ?? null };
  });
}
