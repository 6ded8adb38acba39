import type { CellRef, Issue, SchoolRecord } from "../types";
import type { Profile } from "../../profiles/schema";
import { groupTotal } from "./recordValues";
import { schoolIssue } from "./schoolCheck";

/** The small rural relaxation of a profile's rooms (rules.md §4 item 3), when it has one. */
export type SmallRural = NonNullable<Profile["guarantee"]["rooms"]["relaxedSmallRural"]>;

/**
 * The warning that a school's unstated rurality decides its G3 (rules.md §4 item 3, as
 * funding_rurality_unknown says of G6), at `cell`: what the reference path (schoolFindings'
 * roomsRuralityIssues) and the fast paths (plainSchoolChecks, fastSchoolChecks) both say, built
 * in one place so that the two cannot word it apart.
 * @example roomsRuralityIssue("某小学", "学校!E5", { largestClassBelow: 30, primary: 54, junior: 61 }) // { code: "rooms_rurality_unknown", severity: "warning", cell: "学校!E5", params: { school: "某小学", below: 30, primary: 54, junior: 61 } }
 */
export function roomsRuralityIssue(school: string, cell: CellRef, rural: SmallRural): Issue {
  return schoolIssue("rooms_rurality_unknown", cell, { school, below: rural.largestClassBelow, primary: rural.primary, junior: rural.junior });
}

/**
 * The cell the warning is listed at on the fast paths: the reference path's, G3's first cell
 * (roomCells: the classes' cells, then the rooms'). A school the warning is said of is short of
 * rooms, so its classes are given (no room is needed without them) and their first cell is G3's
 * first. Looked up for the warned schools alone: the fast paths keep no cells.
 * @example roomsRuralityCell([a 小学 row with 班级数 at 学校!E5]) // "学校!E5"; a 九年一贯制 row whose stages give their classes → its 小学 classes cell
 */
export function roomsRuralityCell(records: readonly SchoolRecord[]): CellRef {
  const only = records.length === 1 ? records[0] : undefined;
  // A row of one stage (most schools): its own classes cell, all that recordTotal reads of it, without groupTotal's arrays.
  if (only !== undefined && only.stage !== null) return only.fields.classes?.cell ?? null;
  return groupTotal(records, "classes")?.cells[0] ?? null;
}
