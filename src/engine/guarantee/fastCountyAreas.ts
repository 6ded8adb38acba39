import { lazyProperty } from "../lazyProperty";
import type { RecordColumns } from "../table/recordColumns";
import type { Issue, ItemResult, SchoolGuarantee, VetoResult } from "../types";
import { countyAreas, evaluateCountyAreas, type CountyAreasInput } from "./evaluateCountyAreas";
import { putChecks } from "./checkTable";
import { fastSchoolChecks } from "./fastSchoolChecks";
import { schoolFindings } from "./schoolFindings";

function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/**
 * evaluateCountyAreas with each school checked on the fast path, from the records' `columns` (none: the reference path for all) where it can be (fastSchoolChecks,
 * else schoolFindings): the same items, veto items and issues. What only the result sheets need
 * is built when first read, by the reference path: the per-school figures (`schoolGuarantee`)
 * and the cells of the items decided by school data.
 *
 * @example fastCountyAreas(args).items // equal to evaluateCountyAreas(args).items
 */
export function fastCountyAreas(args: CountyAreasInput, columns: RecordColumns | null): { schoolGuarantee: () => SchoolGuarantee[]; items: ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  const { roles, profile } = args;
  const { items, veto, issues } = countyAreas(args, (group, table, s) => {
    if (columns === null || !fastSchoolChecks(group, columns, roles, profile, table, s)) putChecks(table, s, schoolFindings(group, roles, profile));
  });
  const reference = once(() => evaluateCountyAreas(args));
  items.forEach((item, i) => {
    // Only failing schools have cells to show: an item none fails has none (cells []), as on the reference path.
    if (item.basis === "school_data" && item.failingSchools.length > 0) lazyProperty(item, "cells", () => reference().items[i]?.cells ?? []);
  });
  return { schoolGuarantee: () => reference().schoolGuarantee, items, veto, issues };
}
