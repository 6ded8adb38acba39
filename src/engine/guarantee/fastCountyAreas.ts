import { once } from "../once";
import type { RecordColumns } from "../table/recordColumns";
import type { CellRef, Issue, ItemResult, SchoolGuarantee, SchoolRecord, VetoResult } from "../types";
import { countyAreas, evaluateCountyAreas, type CountyAreasInput } from "./evaluateCountyAreas";
import type { Profile } from "../../profiles/schema";
import { putChecks, type CheckTable } from "./checkTable";
import { generalSchoolChecks, releaseSchool } from "./fastSchoolChecks";
import { plainPlan, plainSchoolChecks, type PlainPlan } from "./plainSchoolChecks";
import { schoolFindings } from "./schoolFindings";
import { oneRowGroup, reusableGroup, schoolGroupAt, type ReusableGroup, type SchoolRows } from "./schoolGroups";
import type { RecordRoles } from "./schoolRole";
import { withLateProperties } from "../lateProperties";

/** What a copy's cells hold before their getter replaces them (withLateCells). */
const NO_CELLS: readonly CellRef[] = Object.freeze([]);

/**
 * evaluateCountyAreas with each school checked on the fast path, from the records' `columns`
 * (none: the reference path for all) where it can be (fastSchoolChecks, else schoolFindings): the
 * same items, veto items and issues. What only the result sheets need is built when first read,
 * by the reference path: the per-school figures (`schoolGuarantee`) and the cells of the items
 * that schools fail. `items` are for the verdict: on the fast path they carry only the cells of
 * the schools left to the reference path; `withCells()` gives them with all their cells (read when
 * first asked for), as the result must hold them.
 *
 * @example fastCountyAreas(args).withCells() // equal to evaluateCountyAreas(args).items
 */
export function fastCountyAreas(args: CountyAreasInput, columns: RecordColumns | null): { schoolGuarantee: () => SchoolGuarantee[]; items: readonly ItemResult[]; withCells: () => ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  if (columns === null) {
    // The reference path throughout: its items have their cells already, and its school figures are at hand.
    const all = evaluateCountyAreas(args);
    return { schoolGuarantee: () => all.schoolGuarantee, items: all.items, withCells: () => all.items, veto: all.veto, issues: all.issues };
  }
  const context: FastContext = { records: args.records, columns, roles: args.roles, profile: args.profile, plan: plainPlan(args.profile), single: reusableGroup() };
  const { items, veto, issues } = checkedAreas(args, context);
  const reference = once(() => evaluateCountyAreas(args));
  // Only failing schools have cells to show: an item none fails has none (cells []), as on the reference path.
  const withCells = (): ItemResult[] => items.map((item, i) => (item.basis === "school_data" && item.failingSchools.length > 0 ? withLateCells(item, () => reference().items[i]?.cells ?? []) : item));
  return { schoolGuarantee: () => reference().schoolGuarantee, items, withCells, veto, issues };
}

/** What fastCheck needs besides the school: one per county. */
interface FastContext {
  readonly records: readonly SchoolRecord[];
  readonly columns: RecordColumns;
  readonly roles: RecordRoles;
  readonly profile: Profile;
  readonly plan: PlainPlan;
  /** The group reused for schools of one row that the plain checks leave to the general ones. */
  readonly single: ReusableGroup;
}

/** School `s` checked on the fast path where it can be, else by the reference path (schoolFindings). */
function fastCheck(rows: SchoolRows, s: number, table: CheckTable, { records, columns, roles, profile, plan, single }: FastContext): void {
  const i = rows.first[s] ?? 0;
  const one = rows.next[i] === -1;
  // Most schools: one row of one stage, checked from the record alone by the plain checks (fastSchoolChecks' first step), with no group written.
  const plain = one ? plainSchoolChecks(records[i] as SchoolRecord, i, columns, roles, plan, table, s) : null;
  if (plain === true) return;
  // Other schools of one row: checked through the reused group, built for nothing but the reference path.
  const group = one ? oneRowGroup(single, records[i] as SchoolRecord, i) : schoolGroupAt(rows, records, s);
  // The reference may keep its group: a school of several rows has one of its own already.
  if (plain === false || !generalSchoolChecks(group, columns, roles, profile, table, s)) putChecks(table, s, schoolFindings(group === single ? schoolGroupAt(rows, records, s) : group, roles, profile));
}

/** countyAreas by fastCheck, then the last school checked let go, whatever happened. */
function checkedAreas(args: CountyAreasInput, context: FastContext): ReturnType<typeof countyAreas> {
  try {
    return countyAreas(args, fastCheck, context);
  } finally {
    releaseSchool();
  }
}

/**
 * A copy of `item` whose cells are found when first read. A copy rather than the item itself: V8
 * keeps an object with a getter as a slow dictionary, which the verdict, reading every item,
 * should not meet (see settle). The getter is the one withLateProperties shares: a getter of the
 * copy's own kept the county's items alive through two young collections.
 */
function withLateCells(item: ItemResult, cells: () => readonly CellRef[]): ItemResult {
  const { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, parts, figureSchool } = item;
  // The school of a lowest-school figure (Q4) has its cells already: looked up for it alone when the item was made (schoolDataItem.ts).
  const copy: ItemResult = figureSchool === undefined ? { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells: NO_CELLS, parts } : { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells: NO_CELLS, parts, figureSchool };
  return withLateProperties(copy, { cells });
}
