import type { Issue, ItemResult } from "../types";
import { CHECK, statusAt, type CheckTable } from "./checkTable";
import { STATUS } from "./checkStatus";
import { withIssuesOf, type WithIssues } from "./schoolCheck";
import { namedSchools, placeRecords, schoolCell, type CellWanted, type SchoolPlaces } from "./schoolPlaces";
import { once } from "../once";
import { withLateProperties } from "../lateProperties";

/** The cells the estimate is made from, for the note's cell (schoolCell): the first school's rooms' total area given, music then art. */
const ESTIMATED_FROM: CellWanted = { fields: ["musicRoomsArea", "artRoomsArea"], blankFirst: false };

/**
 * G3 from school data, with what it rests on when some counted schools' compliant rooms were
 * estimated from their rooms' total area (estimateCompliantRooms, estimateMayUnderstate): the
 * number of those schools as the part `schools_rooms_estimated`, and one note (info) naming them,
 * listed as guarantee_school_data_partial lists schools: at the first school's rooms' area cell, each
 * school with its row (namedSchools), looked up when the note is made for the schools it names. The estimate is the most rooms the total
 * area could make compliant: a met may not hold, a shortfall may be larger. The verdict, figure
 * and other parts are unchanged. Any other item, or G3 taken from the county's figure, is
 * returned as it is. rules.md §4 item 3, §7.
 *
 * @example G3 met, 甲小学 with 2 music rooms of 200 m² and 24 classes → parts { …, schools_rooms_estimated: 1 },
 * issue { code: "guarantee_rooms_estimated", severity: "info", cell: null, params: { item: "G3", count: 1, schools: "甲小学" } }
 */
export function withRoomsEstimate(item: ItemResult, table: CheckTable, places?: SchoolPlaces): WithIssues<ItemResult> {
  return withIssuesOf((issues) => withRoomsEstimateInto(item, table, issues, places));
}

/**
 * withRoomsEstimate with its note appended to `issues` rather than returned beside the item: no
 * object wrapping the item (evaluateCountyAreas, for every county).
 * @example withRoomsEstimateInto(G4 item, table, issues) // the item itself, issues unchanged
 */
export function withRoomsEstimateInto(item: ItemResult, table: CheckTable, issues: Issue[], places?: SchoolPlaces): ItemResult {
  if (item.code !== "G3" || item.basis !== "school_data") return item;
  const schools = roomsEstimateNoteInto(table, issues, places);
  if (schools.length === 0) return item;
  // Written out rather than spread (a spread gives the copy a hidden class of its own), in ItemResult's order as every item literal is.
  const { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells } = item;
  return { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells, parts: withEstimated(item.parts, schools.length) };
}

/**
 * G3's note (withRoomsEstimateInto) appended to `issues` when some counted schools' compliant rooms
 * were estimated, without the item: what the fast path's verdict of G3 from school data adds
 * (itemVerdicts). Returns those schools (check-table rows), none when no note was made.
 * @example roomsEstimateNoteInto(table where 乙小学's rooms were estimated, issues, places) // [1]; issues + guarantee_rooms_estimated
 */
export function roomsEstimateNoteInto(table: CheckTable, issues: Issue[], places?: SchoolPlaces): readonly number[] {
  const schools = estimatedSchools(table);
  if (schools.length > 0) issues.push(estimatedNote("G3", table.names, schools, places));
  return schools;
}

/**
 * The note naming the schools whose rooms were estimated (withRoomsEstimateInto), at the first
 * one's rooms' area cell. The list of names and the list of rows (namedSchools) are built when
 * first read (withLateProperties): a county of estimated rooms names most of its schools, and
 * joining their names took about 3 % of an evaluation of 1,000 sections that never shows them.
 * `names` is the check table's names of this county, an array of its own (emptyCheckTable): the
 * note keeps it, not the table, whose typed arrays the next county reuses.
 * @example estimatedNote("G3", ["甲小学", "乙小学"], [1], places) // { code: "guarantee_rooms_estimated", cell: 乙小学's 音乐教室面积 cell, params: { item: "G3", count: 1, schools: "乙小学" (when read), schoolRows: "乙小学@6" (when read) } }
 */
function estimatedNote(item: string, names: readonly string[], schools: readonly number[], places: SchoolPlaces | undefined): Issue {
  const cell = places === undefined ? null : schoolCell(placeRecords(places, schools[0] ?? 0), ESTIMATED_FROM);
  const named = once(() => namedSchools(places, schools.map((s) => names[s] ?? ""), schools, ESTIMATED_FROM));
  const params = withLateProperties({ item, count: schools.length, schools: "", schoolRows: "" }, { schools: () => named().schools, schoolRows: () => named().schoolRows });
  return { code: "guarantee_rooms_estimated", severity: "info", cell, params };
}

/** The keys of an every-school item's parts (everySchoolItem), in their order. */
const COUNT_KEYS = ["schools_checked", "schools_failing", "schools_unknown"] as const;

/**
 * The parts with `schools_rooms_estimated` added last: written out for the parts G3 has from its
 * schools (COUNT_KEYS), copied key by key for any other (a spread with a key added, then a copy key
 * by key, took most of this note's time).
 */
function withEstimated(parts: Readonly<Record<string, number | null>>, estimated: number): Record<string, number | null> {
  if (isCountParts(parts)) return { schools_checked: parts.schools_checked ?? null, schools_failing: parts.schools_failing ?? null, schools_unknown: parts.schools_unknown ?? null, schools_rooms_estimated: estimated };
  const copy: Record<string, number | null> = {};
  // Parts are plain objects of their own keys (ItemResult): nothing inherited to skip.
  for (const key in parts) copy[key] = parts[key] ?? null;
  copy.schools_rooms_estimated = estimated;
  return copy;
}

/** Whether the parts' keys are COUNT_KEYS, in that order and no other. */
function isCountParts(parts: Readonly<Record<string, number | null>>): boolean {
  let n = 0;
  for (const key in parts) if (key !== COUNT_KEYS[n++]) return false;
  return n === COUNT_KEYS.length;
}

/** The counted schools checked for G3 whose check rests on an estimate, in school order (their rows in the check table). */
function estimatedSchools(table: CheckTable): number[] {
  const schools: number[] = [];
  for (let s = 0; s < table.size; s++) {
    if (table.counted[s] === 1 && table.roomsEstimated[s] === 1 && statusAt(table, s, CHECK.G3) !== STATUS.NONE) schools.push(s);
  }
  return schools;
}
