import type { Profile } from "../profiles/schema";
import { appendAll } from "./appendAll";
import { countyKey, levelWordMerges, oneSpelling, sameCountyKey } from "./countySpellings";
import { evaluateCounty } from "./evaluateCounty";
import { countySections, type Reusable } from "./table/sectionTables";
import type { Evaluation, EvaluationInput, Issue, SchoolRecord } from "./types";
import { targetYearIssues } from "./verdict/passingShare";
import { scopeSwitchIssues } from "./scopeSwitchIssues";
import { unmatchedFigures } from "./countyFigures";

/** A county's records, and where each stands in the input: `offset + i`, or `positions[i]` when the county's rows are not all together. */
interface CountyRecords {
  readonly records: SchoolRecord[];
  readonly offset: number;
  readonly positions: number[] | null;
}

/** Runs of rows of one county as [start, end) pairs, by county key; `mixed`: the keys whose rows are not all written alike. */
interface CountyRuns {
  readonly byKey: Map<string | null, number[]>;
  readonly mixed: Set<string | null>;
}

/**
 * Runs of rows of one county, as [start, end) pairs, by county (countyKey: 新区(东片) and 新区（东片）
 * are one) in order of first appearance; records without a county form one group (null). The
 * keys of a county written two ways are listed in `mixed`: only those need oneSpelling, whose
 * comparison of every row's name with the first's cost as much again as this pass, the names being
 * equal strings yet not the same ones.
 */
function countyRuns(records: readonly SchoolRecord[]): CountyRuns {
  const byKey = new Map<string | null, number[]>();
  const mixed = new Set<string | null>();
  for (let start = 0, end = 1; start < records.length; start = end++) {
    const county = (records[start] as SchoolRecord).county;
    let alike = true;
    for (; end < records.length; end++) {
      const next = (records[end] as SchoolRecord).county;
      if (next === county) continue;
      if (!sameCountyKey(next, county)) break;
      alike = false;
    }
    const key = countyKey(county);
    const own = byKey.get(key);
    if (own === undefined) byKey.set(key, [start, end]);
    else {
      if ((records[own[0] ?? 0] as SchoolRecord).county !== county) alike = false;
      own.push(start, end);
    }
    if (!alike) mixed.add(key);
  }
  return { byKey, mixed };
}

/** The records of a county's runs: one slice when its rows come together (the usual sheet), which needs no list of positions. */
function recordsOfRuns(all: readonly SchoolRecord[], runs: readonly number[]): CountyRecords {
  if (runs.length === 2) return { records: all.slice(runs[0], runs[1]), offset: runs[0] ?? 0, positions: null };
  const records: SchoolRecord[] = [];
  const positions: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    for (let i = runs[r] ?? 0; i < (runs[r + 1] ?? 0); i++) {
      records.push(all[i] as SchoolRecord);
      positions.push(i);
    }
  }
  return { records, offset: 0, positions };
}

/**
 * Runs of a county without its level word added to the runs of the one county named with it
 * (levelWordMerges: 北山 → 北山县), in order of position; the county stands where the name with
 * the level word first does. Runs of a name that could be several counties (长沙 beside 长沙县 and 长沙市) stay
 * apart, each warned once (county_level_word_ambiguous) in `issues`.
 */
function withLevelWords(all: readonly SchoolRecord[], { byKey: runs, mixed }: CountyRuns, issues: Issue[]): Map<string | null, number[]> {
  // One county has nothing to be joined to.
  if (runs.size < 2) return runs;
  const { into, ambiguous } = levelWordMerges([...runs.keys()]);
  for (const [bare, counties] of ambiguous) issues.push(ambiguousNote(all, runs.get(bare) ?? [], counties));
  for (const [bare, full] of into) {
    const joined = [...(runs.get(full) ?? []), ...(runs.get(bare) ?? [])];
    const pairs = Array.from({ length: joined.length / 2 }, (_, i) => [joined[2 * i] ?? 0, joined[2 * i + 1] ?? 0] as const);
    runs.set(full, pairs.sort((a, b) => a[0] - b[0]).flat());
    runs.delete(bare);
    mixed.add(full);
  }
  return runs;
}

/** The warning of a county name that could be any of `counties` (长沙: 长沙县, 长沙市), with its first row and its rows. */
function ambiguousNote(all: readonly SchoolRecord[], runs: readonly number[], counties: readonly string[]): Issue {
  const first = all[runs[0] ?? 0] as SchoolRecord;
  let n = 0;
  for (let r = 0; r < runs.length; r += 2) n += (runs[r + 1] ?? 0) - (runs[r] ?? 0);
  const row = first.source === null ? first.id : `${first.source.sheet}!${first.source.row}`;
  return { code: "county_level_word_ambiguous", severity: "warning", cell: null, params: { spelling: first.county ?? "", counties: counties.join("、"), row, n } };
}

/**
 * Records grouped by county, counties in order of first appearance; records without a county form
 * one group (null). A county written two ways (full-width or half-width, spaces: countyKey) is one,
 * under the name written most often, each other spelling noted (oneSpelling) in `issues`; so is a
 * name without its level word beside the one name with it (北山 and 北山县: withLevelWords), under
 * the name with it.
 */
function byCounty(records: readonly SchoolRecord[], issues: Issue[] = []): Map<string | null, CountyRecords> {
  const groups = new Map<string | null, CountyRecords>();
  const runs = countyRuns(records);
  for (const [key, spans] of withLevelWords(records, runs, issues)) {
    const group = recordsOfRuns(records, spans);
    // Written alike throughout: named as written (what oneSpelling gives such records).
    if (!runs.mixed.has(key)) {
      groups.set(group.records[0]?.county ?? null, group);
      continue;
    }
    const named = oneSpelling(group.records, key);
    appendAll(issues, named.issues);
    groups.set(named.county, { ...group, records: named.records });
  }
  return groups;
}

/** Section issues in the order of their records in the input (counties may interleave); the sort is stable. */
function inputOrder(issues: { at: number; issue: Issue }[]): Issue[] {
  return issues.sort((a, b) => a.at - b.at).map((s) => s.issue);
}

/** Counties in order of first appearance among the records; records without a county form one group (null). */
export function countyOrder(records: readonly SchoolRecord[]): (string | null)[] {
  return [...byCounty(records).keys()];
}

/**
 * The columns and table of the last county evaluated, kept for the next call when small: a
 * workbook re-evaluated in the task pane, or the many small counties of a batch, then need no new
 * typed arrays (whose allocation, not the evaluation, dominates a small county). Nothing returned
 * by evaluate reads them (see evaluateCounty), and evaluate runs to completion before the next
 * call can start, so sharing them is safe. Larger ones are left to the garbage collector.
 */
let spare: Reusable | undefined;
const SPARE_RECORDS = 4096;

/** How `evaluate` works, not what it computes. */
export interface EvaluateOptions {
  /**
   * "fast" (the default): records free of problems on the columnar fast paths; "reference": every
   * section and school object by object (the readable path the fast ones must agree with, kept for
   * tests that compare the two).
   */
  readonly paths?: "fast" | "reference";
}

/**
 * Evaluates a county (or several) under a rule profile (rules.md §1–7): splits combined schools
 * into sections, evaluates each section's 7 indicators and pass rule, then per county (in order
 * of first appearance) the difference coefficients per stage, the shortfall totals, the
 * guarantee / quality / recognition and veto items, and the verdict. Pure: no I/O; data problems
 * are returned as issues (section issues first, in record order, then each county's).
 *
 * @example evaluate({ records, countyFigures: [], year: 2024 }, builtInProfile("national-2017")).counties[0].coefficients
 */
export function evaluate(input: EvaluationInput, profile: Profile, options: EvaluateOptions = {}): Evaluation {
  const fast = options.paths !== "reference";
  const spellings: Issue[] = [];
  const groups = byCounty(input.records, spellings);
  const sectionIssues: { at: number; issue: Issue }[] = [];
  let reuse = spare;
  spare = undefined;
  // A loop, not a callback: see countyAreas on closures made per call and their optimised code.
  const results: ReturnType<typeof evaluateCounty>[] = [];
  for (const [county, { records, offset, positions }] of groups) {
    const { sections, issues } = countySections(records, profile, reuse, fast);
    reuse = sections;
    for (const { at, issue } of issues) sectionIssues.push({ at: positions === null ? offset + at : (positions[at] ?? at), issue });
    results.push(evaluateCounty({ county, records: sections.records, columns: sections.columns, table: sections.table, figures: input.countyFigures, singleCounty: groups.size === 1, year: input.year, fast }, profile));
  }
  spare = reuse !== undefined && reuse.columns.capacity <= SPARE_RECORDS ? reuse : undefined;
  // Joined by loops rather than spreads and flatMap, a fixed cost of every call (appendAll).
  const issues = targetYearIssues(profile, input.year);
  appendAll(issues, scopeSwitchIssues(input.records, profile));
  appendAll(issues, spellings);
  appendAll(issues, unmatchedFigures([...groups.keys()], input.countyFigures));
  appendAll(issues, inputOrder(sectionIssues));
  for (let c = 0; c < results.length; c++) appendAll(issues, (results[c] as (typeof results)[number]).issues);
  return { profileId: profile.id, year: input.year, counties: results.map((r) => r.county), issues };
}
