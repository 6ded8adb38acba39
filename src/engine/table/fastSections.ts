import type { Profile } from "../../profiles/schema";
import { defaultStage } from "../recordSections";
import { scopeReason } from "../scope";
import { shortfallAtScale } from "../shortfall";
import { combinedBits, splitWeights, type Weights } from "../splitShares";
import { INDICATOR_CODES, STAGES, type SchoolRecord, type Stage } from "../types";
import { FIELD, valueAt, type RecordColumns } from "./recordColumns";
import type { SectionTableBuilder } from "./sectionTable";
import { sectionValue } from "./sectionValue";
import { stageRules, type StageRule } from "./stageRules";

const K = INDICATOR_CODES.length;
/** The single field of the indicators that have one (INDICATOR_CODES order); L4 and L5 are formed below (teaching, sports) as numerators.ts forms them. */
const SINGLE: readonly number[] = [FIELD.qualifiedTeachers, FIELD.backboneTeachers, FIELD.peArtTeachers, -1, -1, FIELD.equipmentValue, FIELD.multimediaRooms];

/** A numerator part as numerators.ts accepts it without a problem (given, not negative), else NaN. */
function clean(v: number): number {
  return v >= 0 ? v : NaN;
}

/** L4 as teachingNumerator forms it, when that raises no problem. */
function teaching(c: RecordColumns, i: number, stage: number, share: number | null, deductIndoor: boolean): number {
  const gross = clean(sectionValue(c, i, stage, share, FIELD.teachingArea));
  const indoorGiven = sectionValue(c, i, stage, share, FIELD.indoorSportsArea);
  if (Number.isNaN(gross) || !deductIndoor || Number.isNaN(indoorGiven)) return gross;
  const net = gross - clean(indoorGiven);
  return net >= 0 ? net : NaN;
}

/** L5 as sportsNumerator forms it, when that raises no problem and no total-mismatch warning. */
function sports(c: RecordColumns, i: number, stage: number, share: number | null): number {
  const ground = sectionValue(c, i, stage, share, FIELD.sportsGroundArea);
  const indoor = sectionValue(c, i, stage, share, FIELD.indoorSportsArea);
  const total = sectionValue(c, i, stage, share, FIELD.sportsTotalArea);
  if (!Number.isNaN(ground) && !Number.isNaN(indoor)) {
    const sum = clean(ground) + clean(indoor);
    return Math.abs(total - sum) > 1 ? NaN : sum;
  }
  if (!Number.isNaN(total)) return clean(total);
  return clean(ground);
}

function numeratorOf(k: number, c: RecordColumns, i: number, stage: number, share: number | null, profile: Profile): number {
  const field = SINGLE[k] ?? -1;
  if (field >= 0) return clean(sectionValue(c, i, stage, share, field));
  return k === 3 ? teaching(c, i, stage, share, profile.l4DeductsIndoorSports) : sports(c, i, stage, share);
}

/** One section on the fast path; false (the row left incomplete) when it would raise any problem. */
function fastSection(table: SectionTableBuilder, c: RecordColumns, i: number, record: SchoolRecord, stage: number, share: number | null, profile: Profile, rules: readonly StageRule[]): boolean {
  const students = sectionValue(c, i, stage, share, FIELD.students);
  if (!(students > 0)) return false;
  const row = table.open(i, stage, students, scopeReason(record.type, record.flags, students, profile));
  const rule = rules[stage] as StageRule;
  let met = 0;
  let below = false;
  for (let k = 0; k < K; k++) {
    const numerator = numeratorOf(k, c, i, stage, share, profile);
    if (Number.isNaN(numerator)) return false;
    const scale = rule.scale[k] ?? 1;
    // indicatorStatus: met from the standard, else at the floor, else below (up to float noise).
    const value = (numerator * scale) / students;
    met += value >= (rule.metFrom[k] ?? 0) ? 1 : 0;
    below ||= value < (rule.floorFrom[k] ?? 0);
    table.setIndicator(row, k, numerator, shortfallAtScale(rule.standard[k] ?? 0, students, numerator, scale));
  }
  table.evaluable[row] = 1;
  table.pass[row] = met >= profile.passRule.minMet && !below ? 1 : 0;
  return true;
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
function fastSplit(table: SectionTableBuilder, c: RecordColumns, i: number, record: SchoolRecord, profile: Profile, rules: readonly StageRule[]): boolean {
  const present = combinedBits(record.type) & (c.stagesGiven[i] ?? 0);
  const start = table.size;
  if (present !== 0 && fastShares(c, i, record, present, profile)) {
    let all = true;
    for (let s = 0; s < STAGES.length && all; s++) if ((present & (1 << s)) !== 0) all = fastSection(table, c, i, record, s, shares[s] ?? NaN, profile, rules);
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
 *
 * @example a 小学 row with every field at standard → one row, evaluable, pass 1; with students 0 → false
 */
export function fastSections(table: SectionTableBuilder, c: RecordColumns, i: number, record: SchoolRecord, profile: Profile): boolean {
  if (c.irregular[i] === 1) return false;
  const start = table.size;
  const rules = stageRules(profile);
  const combined = record.stage === null && combinedBits(record.type) !== 0;
  if (combined) return fastSplit(table, c, i, record, profile, rules);
  const stage = STAGES.indexOf(record.stage ?? defaultStage(record.type));
  if (fastSection(table, c, i, record, stage, null, profile, rules)) return true;
  table.truncate(start);
  return false;
}
