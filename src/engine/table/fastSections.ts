import type { Profile } from "../../profiles/schema";
import { defaultStage } from "../recordSections";
import { scopeReason } from "../scope";
import { SINGLE_FIELD, sportsSource, totalContradicts } from "../numerators";
import { meetsPassRule } from "../passRule";
import { shortfallAtScale } from "../shortfall";
import { recordStageBits, splitWeights, type Weights } from "../splitShares";
import { FIELD_KEYS, INDICATOR_CODES, STAGES, stageIndex, type SchoolRecord, type Stage } from "../types";
import { FIELD, valueAt, type RecordColumns } from "./recordColumns";
import type { SectionTableBuilder } from "./sectionTable";
import { someSectionValues } from "./sectionValue";
import { indicatorScale, indicatorValue } from "../indicatorMeta";
import { offHeapFloat64 } from "./offHeap";
import { stageRules } from "./stageRules";
import { addFastRow, addPoint, addRows, summing } from "./tableSums";

const K = INDICATOR_CODES.length;
const FIELDS = FIELD_KEYS.length;
/** The column of each indicator's single field (INDICATOR_CODES order), -1 for L4 and L5, which putNumerators forms as numerators.ts does. */
const SINGLE: readonly number[] = INDICATOR_CODES.map((code) => (code === "L4" || code === "L5" ? -1 : FIELD[SINGLE_FIELD[code]]));
/** The fields a section's evaluation reads (fastSection, putNumerators): all a split section's numbers are worked out for. */
const READ: Int32Array = Int32Array.from(new Set([FIELD.students, ...SINGLE.filter((f) => f >= 0), FIELD.teachingArea, FIELD.indoorSportsArea, FIELD.sportsGroundArea, FIELD.sportsTotalArea]));

/*
 * A section's numbers are read in place — `data[at + field]` — from the row's own numbers, or,
 * for a section that takes its numbers from more than the row (a stage of a combined row), from
 * `own`, where they are worked out first. Its 7 numerators go to `numerators`. Only one-line
 * helpers (shortfallAtScale) hand a number back: V8 boxes a returned number that is not a
 * small integer (an area, a share, NaN) whenever it does not inline the helper, which for the
 * section's numbers in a function as large as this was several allocations per section.
 */
const own = new Float64Array(FIELDS);
// Off the heap (offHeapFloat64): 7 doubles would be kept in the object, and their address loaded again at every read.
const numerators = offHeapFloat64(K);

/*
 * The profile's stage rules (stageRules) at slot stage × 7 + k, copied into module constants when
 * the profile changes: fastSection compares every indicator with three of them, and an array
 * reached through the rule object was checked again (its kind, its length) at every read.
 */
const SLOTS = STAGES.length * K;
const STANDARD = new Float64Array(SLOTS);
const MET_FROM = new Float64Array(SLOTS);
const FLOOR_FROM = new Float64Array(SLOTS);
const SCALE = offHeapFloat64(K);
INDICATOR_CODES.forEach((code, k) => (SCALE[k] = indicatorScale(code)));
let rulesOf: Profile | null = null;

/** The rules of `profile` in STANDARD, MET_FROM and FLOOR_FROM (a profile is immutable once resolved: see stageRules). */
function useRules(profile: Profile): void {
  if (profile === rulesOf) return;
  stageRules(profile).forEach((rule, s) => {
    STANDARD.set(rule.standard, s * K);
    MET_FROM.set(rule.metFrom, s * K);
    FLOOR_FROM.set(rule.floorFrom, s * K);
  });
  rulesOf = profile;
}

/*
 * No NaN is written for a numerator part that numerators.ts would not accept (not given, or
 * negative): false is returned at once, and nothing reads `numerators` after false. A `NaN` in a
 * branch that had never run when TurboFan optimized the function (no area is negative in most
 * data) stayed a generic global load, and its merge with the area boxed every area read: a
 * HeapNumber per numerator (--print-opt-code showed LoadGlobalIC calls; 28 kB allocated per
 * evaluation of 1,000 sections, 2–3 % of its time in two A/B runs).
 */

/**
 * The 7 numerators of the section at `at` in `d`, into `numerators`, as numerators.ts forms them
 * (L4 with the indoor deduction when the profile asks, L5 from the areas sportsSource picks);
 * false when one would raise a problem or a warning (the sports total off by more than 1 m²).
 */
function putNumerators(d: Float64Array, at: number, deductIndoor: boolean): boolean {
  for (let k = 0; k < K; k++) {
    const field = SINGLE[k] ?? -1;
    if (field < 0) continue;
    const v = d[at + field] ?? NaN;
    if (!(v >= 0)) return false;
    numerators[k] = v;
  }
  return putTeaching(d, at, deductIndoor) && putSports(d, at);
}

/** L4's numerator, as teachingNumerator: the indoor area deducted when the profile says so and it is given; false when not usable. */
function putTeaching(d: Float64Array, at: number, deductIndoor: boolean): boolean {
  const gross = d[at + FIELD.teachingArea] ?? NaN;
  const indoor = d[at + FIELD.indoorSportsArea] ?? NaN;
  const deduct = deductIndoor && !Number.isNaN(indoor);
  if (!(gross >= 0) || (deduct && !(indoor >= 0))) return false;
  const net = deduct ? gross - indoor : gross;
  numerators[3] = net;
  return net >= 0;
}

/** L5's numerator from the areas sportsSource picks; false when not usable or the total contradicts the parts. */
function putSports(d: Float64Array, at: number): boolean {
  const ground = d[at + FIELD.sportsGroundArea] ?? NaN;
  const indoor = d[at + FIELD.indoorSportsArea] ?? NaN;
  const total = d[at + FIELD.sportsTotalArea] ?? NaN;
  const source = sportsSource(!Number.isNaN(ground), !Number.isNaN(indoor), !Number.isNaN(total));
  if (source === "none") return false;
  if (source === "parts") {
    if (!(ground >= 0) || !(indoor >= 0) || totalContradicts(total, ground + indoor)) return false;
    numerators[4] = ground + indoor;
    return true;
  }
  const v = source === "total" ? total : ground;
  numerators[4] = v;
  return v >= 0;
}

/**
 * One section (its numbers at `at` in `d`) on the fast path; false (the row left incomplete) when
 * it would raise any problem. `keep`: the row is added to the table's sums as it is written
 * (tableSums' summing), with its numbers at hand, when it is in scope.
 */
function fastSection(table: SectionTableBuilder, d: Float64Array, at: number, i: number, record: SchoolRecord, stage: number, profile: Profile, keep: boolean): boolean {
  const students = d[at + FIELD.students] ?? NaN;
  if (!(students > 0) || !putNumerators(d, at, profile.l4DeductsIndoorSports)) return false;
  const exclusion = scopeReason(record.type, record.flags, students, profile);
  const row = table.openWhole(i, stage, students, exclusion);
  const points = keep && exclusion === null;
  // The table's columns in locals, once per section: read through `table` they were loaded again for every indicator.
  const { numerator, value, shortfall, computed } = table;
  const base = stage * K;
  const cell = row * K;
  let met = 0;
  let below = false;
  for (let k = 0; k < K; k++) {
    const x = numerators[k] ?? NaN;
    const scale = SCALE[k] ?? 1;
    const slot = base + k;
    // indicatorStatus: met from the standard, else at the floor, else below (up to float noise).
    const v = indicatorValue(x, scale, students);
    met += v >= (MET_FROM[slot] ?? 0) ? 1 : 0;
    below ||= v < (FLOOR_FROM[slot] ?? 0);
    const short = shortfallAtScale(STANDARD[slot] ?? 0, students, x, scale);
    numerator[cell + k] = x;
    value[cell + k] = v;
    shortfall[cell + k] = short;
    if (points) addPoint(slot, students, x, short);
  }
  // Written out after the loop, the array checked once: in the loop it was checked and loaded again for every indicator.
  computed[cell] = 1;
  computed[cell + 1] = 1;
  computed[cell + 2] = 1;
  computed[cell + 3] = 1;
  computed[cell + 4] = 1;
  computed[cell + 5] = 1;
  computed[cell + 6] = 1;
  const pass = meetsPassRule(met, below, profile.passRule) ? 1 : 0;
  table.evaluable[row] = 1;
  table.pass[row] = pass;
  if (points) addFastRow(stage, pass, row);
  return true;
}

/** A section of record `i`: read in place when its numbers are the row's own, else from `own` (only the fields it reads: READ). */
function sectionAt(table: SectionTableBuilder, c: RecordColumns, i: number, record: SchoolRecord, stage: number, share: number | null, profile: Profile, keep: boolean): boolean {
  if (share === null && ((c.stagesGiven[i] ?? 0) & (1 << stage)) === 0) return fastSection(table, c.whole.data, i * FIELDS, i, record, stage, profile, keep);
  return fastSection(table, someSectionValues(c, i, stage, share, READ, own), 0, i, record, stage, profile, keep);
}

const NO_WEIGHTS: Weights = {};
// The shares of the last split (by STAGES index), used before the next split is made.
const shares = new Float64Array(STAGES.length);

/**
 * splitShares from the columns for the stages in `present` (bits), into `shares`: the same
 * arithmetic — w × P per stage, the total from the senior part then the stages in order; false
 * when it would not split (a stage or the senior part without students, a total of 0).
 */
function fastShares(c: RecordColumns, i: number, record: SchoolRecord, present: number, profile: Profile): boolean {
  const weights = splitWeights(record.type, profile) ?? NO_WEIGHTS;
  const seniorStudents = valueAt(c.whole, FIELD.seniorStudents, i);
  if (weights.senior !== undefined && Number.isNaN(seniorStudents)) return false;
  let total = weights.senior === undefined ? 0 : weights.senior * seniorStudents;
  for (let s = 0; s < STAGES.length; s++) {
    if ((present & (1 << s)) === 0) continue;
    const students = valueAt(c.staged[s === 0 ? 0 : 1], FIELD.students, i);
    if (Number.isNaN(students)) return false;
    shares[s] = (weights[STAGES[s] as Stage] ?? 1) * students;
    total += shares[s] ?? 0;
  }
  if (!(total > 0)) return false;
  for (let s = 0; s < STAGES.length; s++) if ((present & (1 << s)) !== 0) shares[s] = (shares[s] ?? 0) / total;
  return true;
}

/** The sections of a combined row on the fast path, all or none. */
function fastSplit(table: SectionTableBuilder, c: RecordColumns, i: number, record: SchoolRecord, profile: Profile): boolean {
  const present = recordStageBits(record) & (c.stagesGiven[i] ?? 0);
  const start = table.size;
  if (present !== 0 && fastShares(c, i, record, present, profile)) {
    let all = true;
    for (let s = 0; s < STAGES.length && all; s++) if ((present & (1 << s)) !== 0) all = sectionAt(table, c, i, record, s, shares[s] ?? NaN, profile, false);
    // Summed once all its rows stand: a stage's row summed and then dropped could not be taken out again to the last bit.
    if (all && summing(table)) addRows(table, start, table.size);
    if (all) return true;
  }
  table.truncate(start);
  return false;
}

/**
 * The fast path of section evaluation: the sections of record `i` (a row of `c`) written straight
 * into the table, with the same arithmetic as recordSections → evaluateSection (the bounds of
 * indicatorStatus, shortfallAmount, splitShares, scopeReason) but no objects per section. Only
 * for records whose every section is free of problems; for any other it writes nothing and
 * returns false, and the caller evaluates the record object by object, which words the problems.
 * The record must be usable (countySections makes it so with usableRecord): a value that is not a
 * number reads here as absent, without the issue that says what it was.
 *
 * @example a 小学 row with every field at standard → one row, evaluable, pass 1; with students 0 → false
 */
export function fastSections(table: SectionTableBuilder, c: RecordColumns, i: number, record: SchoolRecord, profile: Profile): boolean {
  const start = table.size;
  useRules(profile);
  const combined = record.stage === null && recordStageBits(record) !== 0;
  if (combined) return fastSplit(table, c, i, record, profile);
  const stage = stageIndex(record.stage ?? defaultStage(record.type));
  if (sectionAt(table, c, i, record, stage, null, profile, summing(table))) return true;
  table.truncate(start);
  return false;
}
