import type { Profile } from "../profiles/schema";
import { cvResult, weightedMean, weightedSquare } from "./differenceCoefficient";
import { indicatorScale } from "./indicatorMeta";
import { isIncluded, type SectionTable } from "./table/sectionTable";
import { offHeapFloat64 } from "./table/offHeap";
import { tableSums, type TableSums } from "./table/tableSums";
import { atMost } from "./tolerance";
import { INDICATOR_CODES, STAGES, type CoefficientGroup, type IndicatorCode, type IndicatorStats, type Stage } from "./types";

const K = INDICATOR_CODES.length;

/**
 * The stages that have at least one in-scope section, in STAGES order (rules.md §3: one
 * coefficient group per stage).
 * @example stagesPresent(tableOf([junior section, excluded primary section])) // ["junior"]
 */
export function stagesPresent(table: SectionTable): Stage[] {
  const present = [false, false];
  for (let row = 0; row < table.size; row++) if (isIncluded(table, row)) present[table.stage[row] ?? 0] = true;
  return STAGES.filter((_, i) => present[i]);
}

/*
 * The sums behind every coefficient of a county, one slot per stage and indicator (slot
 * s × 7 + k): the points' count, Σ P_i and Σ numerator_i from tableSums (one pass over the section
 * table for the coefficients, the shortfall totals and the section counts), then the means and
 * Σ (P_i ÷ P)(x_i − X̄)² here — instead of two passes per indicator and stage. Each slot adds its
 * points in table order, as weightedCv adds them: the same numbers to the last bit. Reused from
 * county to county.
 */
const SLOTS = STAGES.length * K;
const means = new Float64Array(SLOTS);
const variances = new Float64Array(SLOTS);
const SCALES = offHeapFloat64(K);
INDICATOR_CODES.forEach((code, k) => (SCALES[k] = indicatorScale(code)));

/** Each slot's weighted mean (weightedMean) from the sums, and its variance sum emptied for sumVariances. */
function putMeans(sums: TableSums): void {
  for (let slot = 0; slot < SLOTS; slot++) {
    means[slot] = weightedMean(SCALES[slot % K] ?? 1, sums.totalNumerators[slot] ?? NaN, sums.totalStudents[slot] ?? NaN);
    variances[slot] = 0;
  }
}

/**
 * The second pass: each slot's Σ (P_i ÷ P)(x_i − X̄)², for the slots of 2 points or more — varianceTerm's
 * terms (weightedSquare), with x_i the table's `value` (the section pass's own quotient) and P_i ÷ P
 * divided once per row. A stage whose rows with points all have the 7 indicators (the rule) is
 * summed by sumWhole; any other by sumStage.
 */
function sumVariances(table: SectionTable, sums: TableSums): void {
  for (let s = 0; s < STAGES.length; s++) {
    if (sums.present[s] !== 1) continue;
    if (wholeRows(sums, s)) sumWhole(table, sums, s);
    else sumStage(table, sums, s);
  }
}

/**
 * Whether stage `s` has 2 rows with points (in scope, students > 0) or more and each computed all 7
 * indicators: then every slot counts them all, and their students add to one total P, the same
 * for the 7 slots to the last bit (the same rows added in the same order).
 */
function wholeRows(sums: TableSums, s: number): boolean {
  const n = sums.points[s] ?? NaN;
  if (!(n >= 2)) return false;
  for (let k = 0; k < K; k++) if (sums.count[s * K + k] !== n) return false;
  return true;
}

/**
 * sumStage for a stage whose rows with points all computed their 7 indicators (wholeRows): only
 * those rows visited (sums.pointRows, in table order), with no check of scope, stage, students or
 * `computed` per row, the 7 sums and means held in locals and the 7 terms of a row written out
 * (straight-line code: each slot's sum in a register, where a loop read and wrote the arrays for
 * every term). The same terms added in the same (table) order as sumStage, so the same bits.
 */
function sumWhole(table: SectionTable, sums: TableSums, s: number): void {
  const { students, value } = table;
  const rows = sums.pointRows[s] ?? new Int32Array(0);
  const n = sums.points[s] ?? 0;
  const base = s * K;
  const total = sums.totalStudents[base] ?? NaN;
  const m0 = means[base] ?? NaN;
  const m1 = means[base + 1] ?? NaN;
  const m2 = means[base + 2] ?? NaN;
  const m3 = means[base + 3] ?? NaN;
  const m4 = means[base + 4] ?? NaN;
  const m5 = means[base + 5] ?? NaN;
  const m6 = means[base + 6] ?? NaN;
  let v0 = 0, v1 = 0, v2 = 0, v3 = 0, v4 = 0, v5 = 0, v6 = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? 0;
    const w = (students[row] ?? NaN) / total;
    const at = row * K;
    v0 += weightedSquare(w, value[at] ?? NaN, m0);
    v1 += weightedSquare(w, value[at + 1] ?? NaN, m1);
    v2 += weightedSquare(w, value[at + 2] ?? NaN, m2);
    v3 += weightedSquare(w, value[at + 3] ?? NaN, m3);
    v4 += weightedSquare(w, value[at + 4] ?? NaN, m4);
    v5 += weightedSquare(w, value[at + 5] ?? NaN, m5);
    v6 += weightedSquare(w, value[at + 6] ?? NaN, m6);
  }
  variances[base] = v0;
  variances[base + 1] = v1;
  variances[base + 2] = v2;
  variances[base + 3] = v3;
  variances[base + 4] = v4;
  variances[base + 5] = v5;
  variances[base + 6] = v6;
}

/**
 * Stage `s`'s slots of 2 points or more summed over its rows with points (in scope, students > 0),
 * the weight P_i ÷ P divided again only when P differs from the previous slot's.
 */
function sumStage(table: SectionTable, sums: TableSums, s: number): void {
  const { exclusion, students, stage, computed, value } = table;
  const { count, totalStudents } = sums;
  const base = s * K;
  for (let row = 0; row < table.size; row++) {
    const p = students[row] ?? NaN;
    if (stage[row] !== s || exclusion[row] !== null || !(p > 0)) continue;
    const at = row * K;
    let total = NaN;
    let weight = NaN;
    for (let k = 0; k < K; k++) {
      const slot = base + k;
      if (computed[at + k] !== 1 || (count[slot] ?? 0) < 2) continue;
      // A total of the slot's points (> 0: each has students > 0), so the same total gives the same quotient.
      if ((totalStudents[slot] ?? NaN) !== total) weight = p / (total = totalStudents[slot] ?? NaN);
      variances[slot] = (variances[slot] ?? 0) + weightedSquare(weight, value[at + k] ?? NaN, means[slot] ?? NaN);
    }
  }
}

/**
 * CV ≤ limit unrounded (rules.md §3), up to float noise: a CV of exactly 0.5 may compute as
 * 0.5000000000000001. `missing`: the stage's schools (countsAsSchool) without a point, schools − n.
 */
function statsFor(sums: TableSums, k: number, stage: number, limit: number): IndicatorStats {
  const slot = stage * K + k;
  const { n, mean, sd, cv } = cvResult(sums.count[slot] ?? 0, means[slot] ?? NaN, variances[slot] ?? NaN);
  const missing = (sums.inScope[stage] ?? 0) - n;
  return { code: INDICATOR_CODES[k] as IndicatorCode, n, missing, mean, sd, cv, limit, met: cv === null ? null : atMost(cv, limit) };
}

/**
 * 综合差异系数: the average of the 7 CVs when all are defined (older 基本均衡 method, reference only),
 * added in INDICATOR_CODES order from 0 as a reduce would. Read by name: a read of each code in turn
 * was a megamorphic keyed lookup for every county.
 * @example CVs 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 → 0.4; any null → null
 */
function averageCv({ L1, L2, L3, L4, L5, L6, L7 }: Record<IndicatorCode, IndicatorStats>): number | null {
  if (L1.cv === null || L2.cv === null || L3.cv === null || L4.cv === null || L5.cv === null || L6.cv === null || L7.cv === null) return null;
  return (0 + L1.cv + L2.cv + L3.cv + L4.cv + L5.cv + L6.cv + L7.cv) / K;
}

/**
 * The coefficients of stage index `s` from `sums` and the means and variances worked out from them
 * (rules.md §3): each indicator's student-weighted mean, SD and CV over the in-scope sections with
 * students > 0 that have a value for it, against the stage's limit.
 */
function groupOf(county: string | null, sums: TableSums, s: number, profile: Profile): CoefficientGroup {
  const stage = STAGES[s] as Stage;
  const limit = profile.cvLimits[stage];
  // One literal in INDICATOR_CODES order (L1 … L7), so that every group shares one hidden class.
  const indicators: Record<IndicatorCode, IndicatorStats> = { L1: statsFor(sums, 0, s, limit), L2: statsFor(sums, 1, s, limit), L3: statsFor(sums, 2, s, limit), L4: statsFor(sums, 3, s, limit), L5: statsFor(sums, 4, s, limit), L6: statsFor(sums, 5, s, limit), L7: statsFor(sums, 6, s, limit) };
  return { county, stage, schools: sums.inScope[s] ?? 0, indicators, averageCv: averageCv(indicators), legacyLimit: profile.legacyCvLimits[stage] };
}

/**
 * The difference coefficients of one county (rules.md §3): one group per stage that has an
 * in-scope section, each indicator compared with the profile's limit (小学 0.50, 初中 0.45)
 * unrounded; met is null while the CV is undefined (fewer than 2 sections, or a mean of 0).
 * `sums` are the table's (tableSums), passed by a caller that sums the table once for this, the
 * shortfall totals and the verdict.
 *
 * @example five primary sections of WE-1 as L4 → indicators.L4 { n: 5, mean: 6.334437, cv: 0.515257, limit: 0.5, met: false }
 */
export function coefficientGroups(county: string | null, table: SectionTable, profile: Profile, sums: TableSums = tableSums(table)): CoefficientGroup[] {
  putMeans(sums);
  sumVariances(table, sums);
  const groups: CoefficientGroup[] = [];
  for (let s = 0; s < STAGES.length; s++) if (sums.present[s] === 1) groups.push(groupOf(county, sums, s, profile));
  return groups;
}
