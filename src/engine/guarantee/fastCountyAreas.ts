import { once } from "../once";
import type { RecordColumns } from "../table/recordColumns";
import type { Issue, ItemResult, ItemVerdict, SchoolGuarantee, SchoolRecord, VetoResult } from "../types";
import { countyAreas, evaluateCountyAreas, type CountyAreasInput } from "./evaluateCountyAreas";
import { itemVerdicts } from "./itemVerdicts";
import type { Profile } from "../../profiles/schema";
import { putChecks, type CheckTable } from "./checkTable";
import { generalSchoolChecks, releaseSchool } from "./fastSchoolChecks";
import { plainPlan, plainSchoolChecks, type PlainPlan } from "./plainSchoolChecks";
import { schoolFindings } from "./schoolFindings";
import { oneRowGroup, reusableGroup, schoolGroupAt, type ReusableGroup, type SchoolRows } from "./schoolGroups";
import type { RecordRoles } from "./schoolRole";

/**
 * evaluateCountyAreas with each school checked on the fast path, from the records' `columns`
 * (none: the reference path for all) where it can be (fastSchoolChecks, else schoolFindings), and
 * the items decided from the check table (itemVerdicts): the same verdicts, veto items and issues.
 * `items` are for the county's verdict: each item's code, area and verdict (an item the counts
 * do not decide is built whole). What only the result sheets need is built when first read, by
 * the reference path: the per-school figures (`schoolGuarantee`) and the items themselves
 * (`builtItems()`: figures, failing schools, parts and cells).
 *
 * @example fastCountyAreas(args).builtItems() // evaluateCountyAreas(args).items; .items[i].verdict === that item's verdict
 */
export function fastCountyAreas(args: CountyAreasInput, columns: RecordColumns | null): { schoolGuarantee: () => SchoolGuarantee[]; items: readonly ItemVerdict[]; builtItems: () => ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  if (columns === null) {
    // The reference path throughout: its items have their cells already, and its school figures are at hand.
    const all = evaluateCountyAreas(args);
    return { schoolGuarantee: () => all.schoolGuarantee, items: all.items, builtItems: () => all.items, veto: all.veto, issues: all.issues };
  }
  const context: FastContext = { records: args.records, columns, roles: args.roles, profile: args.profile, plan: plainPlan(args.profile), single: reusableGroup() };
  const { items, veto, issues } = checkedAreas(args, context);
  const reference = once(() => evaluateCountyAreas(args));
  return { schoolGuarantee: () => reference().schoolGuarantee, items, builtItems: () => reference().items, veto, issues };
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
function checkedAreas(args: CountyAreasInput, context: FastContext): ReturnType<typeof itemVerdicts> {
  try {
    return countyAreas(args, fastCheck, context, itemVerdicts);
  } finally {
    releaseSchool();
  }
}
