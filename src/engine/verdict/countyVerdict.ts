import type { SectionTable } from "../table/sectionTable";
import type { AreaVerdict, CoefficientGroup, ItemVerdict, PassingShare, VetoResult } from "../types";
import type { Profile } from "../../profiles/schema";
import { itemAreaVerdicts, resourcesVerdict } from "./areaVerdicts";
import { passingShare } from "./passingShare";
import { sectionCounts, type SectionCounts } from "./sectionCounts";

/**
 * Whether the county is recognised (rules.md §1, §6): false when a veto item is present or an
 * area is not met; null while an area or a veto item is not assessed; true otherwise.
 *
 * @example recognisedFrom([all met], [{ present: false }, { present: null }]) // null
 */
export function recognisedFrom(areas: readonly AreaVerdict[], veto: readonly VetoResult[]): boolean | null {
  // One pass over each list rather than two: a veto present or an area not met decides at once, an unknown one only if nothing does.
  let unknown = false;
  for (let v = 0; v < veto.length; v++) {
    const present = (veto[v] as VetoResult).present;
    if (present === true) return false;
    if (present === null) unknown = true;
  }
  for (let a = 0; a < areas.length; a++) {
    const verdict = (areas[a] as AreaVerdict).verdict;
    if (verdict === "not_met") return false;
    if (verdict !== "met") unknown = true;
  }
  return unknown ? null : true;
}

/**
 * The county's verdict (rules.md §1, §6, §8): share of sections passing against the year's
 * target, the four areas, recognition. `counts`: the table's section counts when the caller has
 * them already (tableSums counts them in its pass), else counted here.
 * @example all items met, sections all passing, no veto, Sichuan 2024 → passing.met true, recognised true
 */
export function countyVerdict(args: {
  sections: SectionTable;
  coefficients: readonly CoefficientGroup[];
  items: readonly ItemVerdict[];
  veto: readonly VetoResult[];
  profile: Profile;
  year: number | null;
  counts?: SectionCounts;
}): { passing: PassingShare; areas: AreaVerdict[]; recognised: boolean | null } {
  const sections = args.counts ?? sectionCounts(args.sections);
  const [guarantee, quality, recognition] = itemAreaVerdicts(args.items);
  const areas: AreaVerdict[] = [resourcesVerdict(sections, args.coefficients), guarantee, quality, recognition];
  return { passing: passingShare(sections, args.profile, args.year), areas, recognised: recognisedFrom(areas, args.veto) };
}
