import type { Profile } from "../profiles/schema";
import { weightedCv } from "./differenceCoefficient";
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

// Scratch space for the points of one indicator, reused for every indicator of every county (grown when needed).
let scratch = new Float64Array(512);

/**
 * The points of one indicator: in-scope sections with students > 0 whose value for this
 * indicator could be computed. A section missing another indicator still counts here (its value
 * for this one is real data), so `n` may exceed the group's evaluable `schools`. Views into the
 * scratch space: valid until the next call.
 */
function pointsFor(k: number, stage: number, table: SectionTable): { numerators: Float64Array; students: Float64Array } {
  if (scratch.length < 2 * table.size) scratch = new Float64Array(4 * table.size);
  const half = scratch.length / 2;
  let n = 0;
  for (let row = 0; row < table.size; row++) {
    const p = table.students[row] ?? NaN;
    if (table.stage[row] !== stage || !isIncluded(table, row) || table.computed[row * K + k] !== 1 || !(p > 0)) continue;
    scratch[n] = table.numerator[row * K + k] ?? NaN;
    scratch[half + n] = p;
    n++;
  }
  return { numerators: scratch.subarray(0, n), students: scratch.subarray(half, half + n) };
}

/** CV ≤ limit unrounded (rules.md §3), up to float noise: a CV of exactly 0.5 may compute as 0.5000000000000001. */
function statsFor(k: number, stage: number, table: SectionTable, limit: number): IndicatorStats {
  const code = INDICATOR_CODES[k] as IndicatorCode;
  const points = pointsFor(k, stage, table);
  const { n, mean, sd, cv } = weightedCv(points.numerators, points.students, indicatorScale(code));
  return { code, n, mean, sd, cv, limit, met: cv === null ? null : atMost(cv, limit) };
}

/** 综合差异系数: the average of the 7 CVs when all are defined (older 基本均衡 method, reference only). */
function averageCv(indicators: Record<IndicatorCode, IndicatorStats>): number | null {
  const cvs = INDICATOR_CODES.map((c) => indicators[c].cv);
  return cvs.every((cv): cv is number => cv !== null) ? cvs.reduce((a, b) => a + b, 0) / cvs.length : null;
}

function evaluableCount(stage: number, table: SectionTable): number {
  let schools = 0;
  for (let row = 0; row < table.size; row++) if (table.stage[row] === stage && isIncluded(table, row) && table.evaluable[row] === 1) schools++;
  return schools;
}

/**
 * The coefficients of one stage over the sections of one county (rules.md §3): each indicator's
 * student-weighted mean, SD and CV over the in-scope sections with students > 0 that have a value
 * for it, against the stage's limit.
 * @example coefficientGroup("A", "primary", tableOf(WE-1 sections), national).indicators.L4 // { n: 5, mean: 6.334437, sd: 3.263861, cv: 0.515257, limit: 0.5, met: false }
 */
export function coefficientGroup(county: string | null, stage: Stage, table: SectionTable, profile: Profile): CoefficientGroup {
  const s = STAGES.indexOf(stage);
  const limit = profile.cvLimits[stage];
  // One literal in INDICATOR_CODES order (L1 … L7), so that every group shares one hidden class.
  const indicators: Record<IndicatorCode, IndicatorStats> = { L1: statsFor(0, s, table, limit), L2: statsFor(1, s, table, limit), L3: statsFor(2, s, table, limit), L4: statsFor(3, s, table, limit), L5: statsFor(4, s, table, limit), L6: statsFor(5, s, table, limit), L7: statsFor(6, s, table, limit) };
  return { county, stage, schools: evaluableCount(s, table), indicators, averageCv: averageCv(indicators), legacyLimit: profile.legacyCvLimits[stage] };
}

/**
 * The difference coefficients of one county (rules.md §3): one group per stage that has an
 * in-scope section, each indicator compared with the profile's limit (小学 0.50, 初中 0.45)
 * unrounded; met is null while the CV is undefined (fewer than 2 sections, or a mean of 0).
 *
 * @example five primary sections of WE-1 as L4 → indicators.L4 { n: 5, mean: 6.334437, cv: 0.515257, limit: 0.5, met: false }
 */
export function coefficientGroups(county: string | null, table: SectionTable, profile: Profile): CoefficientGroup[] {
  return stagesPresent(table).map((stage) => coefficientGroup(county, stage, table, profile));
}
