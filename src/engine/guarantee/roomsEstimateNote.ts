import type { Issue, ItemResult } from "../types";
import { CHECK, statusAt, type CheckTable } from "./checkTable";
import { STATUS } from "./checkStatus";
import { NO_ISSUES, type WithIssues } from "./schoolCheck";

/**
 * G3 from school data, with what it rests on when some counted schools' compliant rooms were
 * estimated from their rooms' total area (estimateCompliantRooms, estimateMayUnderstate): the
 * number of those schools as the part `schools_rooms_estimated`, and one note (info) naming them,
 * listed as guarantee_school_data_partial lists schools. The estimate is the most rooms the total
 * area could make compliant: a met may not hold, a shortfall may be larger. The verdict, figure
 * and other parts are unchanged. Any other item, or G3 taken from the county's figure, is
 * returned as it is. rules.md §4 item 3, §7.
 *
 * @example G3 met, 甲小学 with 2 music rooms of 200 m² and 24 classes → parts { …, schools_rooms_estimated: 1 },
 * issue { code: "guarantee_rooms_estimated", severity: "info", cell: null, params: { item: "G3", count: 1, schools: "甲小学" } }
 */
export function withRoomsEstimate(item: ItemResult, table: CheckTable): WithIssues<ItemResult> {
  if (item.code !== "G3" || item.basis !== "school_data") return { value: item, issues: NO_ISSUES };
  const schools = estimatedSchools(table);
  if (schools.length === 0) return { value: item, issues: NO_ISSUES };
  const issue: Issue = { code: "guarantee_rooms_estimated", severity: "info", cell: null, params: { item: item.code, count: schools.length, schools: schools.join("、") } };
  // Written out rather than spread (a spread gives the copy a hidden class of its own), in ItemResult's order as every item literal is.
  const { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells } = item;
  const parts = { ...item.parts, schools_rooms_estimated: schools.length };
  return { value: { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells, parts }, issues: [issue] };
}

/** The counted schools checked for G3 whose check rests on an estimate, in school order. */
function estimatedSchools(table: CheckTable): string[] {
  const names: string[] = [];
  for (let s = 0; s < table.size; s++) {
    if (table.counted[s] === 1 && table.roomsEstimated[s] === 1 && statusAt(table, s, CHECK.G3) !== STATUS.NONE) names.push(table.names[s] ?? "");
  }
  return names;
}
