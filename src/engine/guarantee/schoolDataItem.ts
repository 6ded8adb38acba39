import type { CellRef, Issue, ItemResult } from "../types";
import type { CountyItem } from "../../profiles/schema";
import { keptShape } from "../keptShape";
import { meets } from "./compare";
import { areaOf } from "./itemCodes";
import type { Total } from "./recordValues";
import type { SchoolCheck, WithIssues } from "./schoolCheck";

function partialIssue(code: string, unknown: readonly string[]): Issue {
  return { code: "guarantee_school_data_partial", severity: "warning", cell: null, params: { item: code, missing: unknown.length, schools: unknown.join("、") } };
}

/** The failing schools' cells in order (a loop: flatMap is slow in V8 and runs for every item of every county). */
function cellsOf(failing: readonly SchoolCheck[]): CellRef[] {
  const cells: CellRef[] = [];
  for (const c of failing) for (const cell of c.cells) cells.push(cell);
  return cells;
}

/** How an every-school item states its figure: the number of failing schools, or the lowest school value against a threshold. */
export type EverySchoolFigure = { readonly kind: "failing" } | { readonly kind: "lowest"; readonly countyCode: string; readonly threshold: number | null };

function lowest(checks: readonly SchoolCheck[]): number | null {
  let low: number | null = null;
  for (const c of checks) if (c.value !== null) low = low === null ? c.value : Math.min(low, c.value);
  return low;
}

/** The parts of an every-school item, built without a spread (a spread gives each result a hidden class of its own); a key from the profile keeps its shape (keptShape). */
function everySchoolParts(how: EverySchoolFigure, low: number | null, checked: number, failing: number, unknown: number): Record<string, number | null> {
  if (how.kind === "failing") return { schools_checked: checked, schools_failing: failing, schools_unknown: unknown };
  const parts: Record<string, number | null> = {};
  parts[how.countyCode] = low;
  parts.schools_checked = checked;
  parts.schools_failing = failing;
  parts.schools_unknown = unknown;
  return keptShape(how, parts);
}

/**
 * An item every school must meet (G3–G7, Q4), judged from the schools' checks: met when none
 * fails, not met when any does. Null — the caller falls back to the county's figure — when no
 * school could be checked, or when some could not and none of the others fails (those left
 * unchecked could still fail; the issue names them). With failures and some unchecked schools the
 * verdict is already not met and the figure a lower bound. rules.md §4 items 3–7 and §5 item 4
 * ("every school").
 *
 * @example 12 schools, 2 over the size cap → { verdict: "not_met", figure: 2, failingSchools: [...] }
 */
export function everySchoolItem(code: string, checks: readonly SchoolCheck[], how: EverySchoolFigure): WithIssues<ItemResult | null> {
  const failing: SchoolCheck[] = [];
  const unknown: string[] = [];
  for (const c of checks) {
    if (c.status === "fail") failing.push(c);
    else if (c.status === "unknown") unknown.push(c.school);
  }
  if (unknown.length === checks.length) return { value: null, issues: [] };
  const issues = unknown.length > 0 ? [partialIssue(code, unknown)] : [];
  if (unknown.length > 0 && failing.length === 0) return { value: null, issues };
  const low = how.kind === "lowest" ? lowest(checks) : null;
  const item: ItemResult = {
    code,
    area: areaOf(code),
    verdict: failing.length > 0 ? "not_met" : "met",
    figure: how.kind === "lowest" ? low : failing.length,
    threshold: how.kind === "lowest" ? how.threshold : null,
    basis: "school_data",
    failingSchools: failing.map((c) => c.school),
    cells: cellsOf(failing),
    parts: everySchoolParts(how, low, checks.length, failing.length, unknown.length),
  };
  return { value: item, issues };
}

/** One school's numerator and denominator of a county rate. */
export interface RateRow {
  readonly school: string;
  readonly num: Total | null;
  readonly den: Total | null;
}

/**
 * A county rate from school data (G9 training, G12 certificates): Σ numerators ÷ Σ denominators
 * over the schools that count, judged by the county item's comparison; schools whose own rate
 * fails are listed. Null (fall back to the county's figure) when any school lacks the counts —
 * a partial sum is no county rate — or there are no teachers at all. rules.md §4 items 9 and 12.
 *
 * @example certified 40 + 30 of teachers 40 + 31 → 70 ÷ 71 = 0.98592 < 1: not_met, failing the second school
 */
export function rateItem(code: string, rows: readonly RateRow[], numeric: [string, CountyItem]): WithIssues<ItemResult | null> {
  const [countyCode, countyItem] = numeric;
  const unknown: string[] = [];
  let num = 0;
  let den = 0;
  // One pass, summing in row order as the sums by hand do.
  for (const r of rows) {
    if (r.num === null || r.den === null) {
      unknown.push(r.school);
      continue;
    }
    num += r.num.value;
    den += r.den.value;
  }
  if (unknown.length === rows.length) return { value: null, issues: [] };
  if (unknown.length > 0) return { value: null, issues: [partialIssue(code, unknown)] };
  if (den <= 0) return { value: null, issues: [] };
  const rate = num / den;
  const ok = meets(rate, countyItem);
  const failing = failingRows(rows, countyItem);
  const item: ItemResult = {
    code,
    area: areaOf(code),
    verdict: ok === null ? "not_assessed" : ok ? "met" : "not_met",
    figure: rate,
    threshold: countyItem.threshold,
    basis: "school_data",
    failingSchools: failing.map((r) => r.school),
    cells: rateCells(failing),
    parts: rateParts(numeric, countyCode, rate, rows.length, failing.length),
  };
  return { value: item, issues: [] };
}

/** The rows whose own rate fails the county item (rows with teachers only). */
function failingRows(rows: readonly RateRow[], countyItem: CountyItem): RateRow[] {
  const failing: RateRow[] = [];
  for (const r of rows) if (r.den !== null && r.num !== null && r.den.value > 0 && meets(r.num.value / r.den.value, countyItem) === false) failing.push(r);
  return failing;
}

/** Each failing row's numerator cells, then its denominator cells. */
function rateCells(failing: readonly RateRow[]): CellRef[] {
  const cells: CellRef[] = [];
  for (const r of failing) {
    for (const cell of r.num?.cells ?? []) cells.push(cell);
    for (const cell of r.den?.cells ?? []) cells.push(cell);
  }
  return cells;
}

/** The parts of a rate item, its shape kept for `anchor` (keptShape). */
function rateParts(anchor: object, countyCode: string, rate: number, checked: number, failing: number): Record<string, number | null> {
  const parts: Record<string, number | null> = {};
  parts[countyCode] = rate;
  parts.schools_checked = checked;
  parts.schools_failing = failing;
  return keptShape(anchor, parts);
}
