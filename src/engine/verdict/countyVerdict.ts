import type { SectionTable } from "../table/sectionTable";
import type { AreaVerdict, CoefficientGroup, ItemResult, PassingShare, VetoResult } from "../types";
import type { Profile } from "../../profiles/schema";
import { itemAreaVerdict, resourcesVerdict } from "./areaVerdicts";
import { passingShare } from "./passingShare";
import { sectionCounts, type SectionCounts } from "./sectionCounts";

/**
 * Whether the county is recognised (rules.md §1, §6): false when a veto item is present or an
 * area is not met; null while an area or a veto item is not assessed; true otherwise.
 *
 * @example recognisedFrom([all met], [{ present: false }, { present: null }]) // null
 */
export function recognisedFrom(areas: readonly AreaVerdict[], veto: readonly VetoResult[]): boolean | null {
  if (veto.some((v) => v.present === true) || areas.some((a) => a.verdict === "not_met")) return false;
  if (veto.some((v) => v.present === null) || areas.some((a) => a.verdict !== "met")) return null;
  return true;
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
  items: readonly ItemResult[];
  veto: readonly VetoResult[];
  profile: Profile;
  year: number | null;
  counts?: SectionCounts;
}): { passing: PassingShare; areas: AreaVerdict[]; recognised: boolean | null } {
  const sections = args.counts ?? sectionCounts(args.sections);
  const areas: AreaVerdict[] = [
    resourcesVerdict(sections, args.coefficients),
    itemAreaVerdict("guarantee", args.items),
    itemAreaVerdict("quality", args.items),
    itemAreaVerdict("recognition", args.items),
  ];
  return { passing: passingShare(sections, args.profile, args.year), areas, recognised: recognisedFrom(areas, args.veto) };
}
