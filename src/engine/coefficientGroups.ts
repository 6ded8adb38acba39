import type { Profile } from "../profiles/schema";
import { cvResult, weightedMean, weightedSquare } from "./differenceCoefficient";
import { indicatorScale } from "./indicatorMeta";
import { isIncluded, type SectionTable } from "./table/sectionTable";
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
 * s × 7 + k), filled in two passes over the section table — the points' count, Σ P_i and
 * Σ numerator_i, then Σ (P_i ÷ P)(x_i − X̄)² — instead of two passes per indicator and stage.
 * Each slot adds its points in table order, as weightedCv adds them: the same numbers to the
 * last bit. Reused from county to county.
 */
const SLOTS = STAGES.length * K;
const count = new Float64Array(SLOTS);
const totalStudents = new Float64Array(SLOTS);
const totalNumerators = new Float64Array(SLOTS);
const means = new Float64Array(SLOTS);
const variances = new Float64Array(SLOTS);
const inScope = new Float64Array(STAGES.length);
const SCALES = Float64Array.from(INDICATOR_CODES, (code) => indicatorScale(code));

/**
 * Whether section `row` has a point for its stage's coefficients (in scope, students > 0): its
 * point of indicator k is there when the indicator was computed. A section missing another
 * indicator still counts for this one (its value is real data); a section with no students has
 * no point, nor a place among the group's `schools` (countsAsSchool).
 */
function hasPoints(table: SectionTable, row: number): boolean {
  return isIncluded(table, row) && (table.students[row] ?? NaN) > 0;
}

/**
 * Whether section `row` is one of its group's `schools`: in scope with students > 0, or with an
 * unknown count — a section the coefficients take or would take once its data is given (rules.md
 * §3), so that `schools` = n + missing for every indicator. 0 students: nothing to measure.
 */
function countsAsSchool(table: SectionTable, row: number): boolean {
  return isIncluded(table, row) && !((table.students[row] ?? NaN) <= 0);
}

/** The first pass: each slot's count and sums, each stage's sections in scope. */
function sumPoints(table: SectionTable): void {
  clearSums();
  for (let row = 0; row < table.size; row++) {
    const s = table.stage[row] ?? 0;
    if (countsAsSchool(table, row)) inScope[s] = (inScope[s] ?? 0) + 1;
    if (hasPoints(table, row)) addPoints(table, row, s);
  }
  for (let slot = 0; slot < SLOTS; slot++) means[slot] = weightedMean(SCALES[slot % K] ?? 1, totalNumerators[slot] ?? NaN, totalStudents[slot] ?? NaN);
}

/** The module's sums emptied for a new table (they are kept between calls so that no county allocates its own). */
function clearSums(): void {
  count.fill(0);
  totalStudents.fill(0);
  totalNumerators.fill(0);
  variances.fill(0);
  inScope.fill(0);
}

/**
 * Row `row`'s computed indicators added to the slots of its stage `s`: one more point, its
 * students and its numerator. Apart from sumPoints so that the pass over the rows reads on its own.
 * @example a row of 500 students whose 生均 numerator of indicator k is 3000 → count +1, totalStudents +500, totalNumerators +3000 in slot s × K + k
 */
function addPoints(table: SectionTable, row: number, s: number): void {
  const p = table.students[row] ?? NaN;
  for (let k = 0; k < K; k++) {
    if (table.computed[row * K + k] !== 1) continue;
    const slot = s * K + k;
    count[slot] = (count[slot] ?? 0) + 1;
    totalStudents[slot] = (totalStudents[slot] ?? 0) + p;
    totalNumerators[slot] = (totalNumerators[slot] ?? 0) + (table.numerator[row * K + k] ?? NaN);
  }
}

/**
 * The second pass: each slot's Σ (P_i ÷ P)(x_i − X̄)², for the slots of 2 points or more — varianceTerm's
 * terms (weightedSquare), with x_i the table's `value` (the section pass's own quotient) and P_i ÷ P divided
 * once per row while P is the same from slot to slot (a stage's indicators all have the same
 * points, as a rule): 1 division per row instead of 14, which took this pass from 4.3 % to 3 % of
 * an evaluation in the profile (1,000 sections).
 */
function sumVariances(table: SectionTable): void {
  for (let row = 0; row < table.size; row++) {
    if (!hasPoints(table, row)) continue;
    const p = table.students[row] ?? NaN;
    const base = (table.stage[row] ?? 0) * K;
    let total = NaN;
    let weight = NaN;
    for (let k = 0; k < K; k++) {
      const slot = base + k;
      if (table.computed[row * K + k] !== 1 || (count[slot] ?? 0) < 2) continue;
      // A total of the slot's points (> 0: each has students > 0), so the same total gives the same quotient.
      if ((totalStudents[slot] ?? NaN) !== total) weight = p / (total = totalStudents[slot] ?? NaN);
      variances[slot] = (variances[slot] ?? 0) + weightedSquare(weight, table.value[row * K + k] ?? NaN, means[slot] ?? NaN);
    }
  }
}

/**
 * CV ≤ limit unrounded (rules.md §3), up to float noise: a CV of exactly 0.5 may compute as
 * 0.5000000000000001. `missing`: the stage's schools (countsAsSchool) without a point, schools − n.
 */
function statsFor(k: number, stage: number, limit: number): IndicatorStats {
  const slot = stage * K + k;
  const { n, mean, sd, cv } = cvResult(count[slot] ?? 0, means[slot] ?? NaN, variances[slot] ?? NaN);
  const missing = (inScope[stage] ?? 0) - n;
  return { code: INDICATOR_CODES[k] as IndicatorCode, n, missing, mean, sd, cv, limit, met: cv === null ? null : atMost(cv, limit) };
}

/** 综合差异系数: the average of the 7 CVs when all are defined (older 基本均衡 method, reference only). */
function averageCv(indicators: Record<IndicatorCode, IndicatorStats>): number | null {
  const cvs = INDICATOR_CODES.map((c) => indicators[c].cv);
  return cvs.every((cv): cv is number => cv !== null) ? cvs.reduce((a, b) => a + b, 0) / cvs.length : null;
}

/**
 * The coefficients of stage index `s` from the sums of the last table summed (rules.md §3): each
 * indicator's student-weighted mean, SD and CV over the in-scope sections with students > 0 that
 * have a value for it, against the stage's limit.
 */
function groupOf(county: string | null, s: number, profile: Profile): CoefficientGroup {
  const stage = STAGES[s] as Stage;
  const limit = profile.cvLimits[stage];
  // One literal in INDICATOR_CODES order (L1 … L7), so that every group shares one hidden class.
  const indicators: Record<IndicatorCode, IndicatorStats> = { L1: statsFor(0, s, limit), L2: statsFor(1, s, limit), L3: statsFor(2, s, limit), L4: statsFor(3, s, limit), L5: statsFor(4, s, limit), L6: statsFor(5, s, limit), L7: statsFor(6, s, limit) };
  return { county, stage, schools: inScope[s] ?? 0, indicators, averageCv: averageCv(indicators), legacyLimit: profile.legacyCvLimits[stage] };
}

/**
 * The difference coefficients of one county (rules.md §3): one group per stage that has an
 * in-scope section, each indicator compared with the profile's limit (小学 0.50, 初中 0.45)
 * unrounded; met is null while the CV is undefined (fewer than 2 sections, or a mean of 0).
 *
 * @example five primary sections of WE-1 as L4 → indicators.L4 { n: 5, mean: 6.334437, cv: 0.515257, limit: 0.5, met: false }
 */
export function coefficientGroups(county: string | null, table: SectionTable, profile: Profile): CoefficientGroup[] {
  sumPoints(table);
  sumVariances(table);
  const groups: CoefficientGroup[] = [];
  for (const stage of stagesPresent(table)) groups.push(groupOf(county, STAGES.indexOf(stage), profile));
  return groups;
}
