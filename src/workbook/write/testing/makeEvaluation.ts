/**
 * Hand-built Evaluation objects for the writer's and the report's tests, independent of the engine.
 * Values are chosen so that expected cells can be written out by hand in the tests.
 */
import type {
  CoefficientGroup,
  CountyEvaluation,
  Evaluation,
  IndicatorCode,
  IndicatorResult,
  IndicatorStats,
  IndicatorStatus,
  Issue,
  ItemResult,
  SchoolGuarantee,
  SectionResult,
} from "../../../engine/types";
import { INDICATOR_CODES } from "../../../engine/types";

/** National primary standards (rules.md §2). */
export const PRIMARY_STANDARDS: Record<IndicatorCode, number> = { L1: 4.2, L2: 1, L3: 0.9, L4: 4.5, L5: 7.5, L6: 2000, L7: 2.3 };

export function makeIndicator(code: IndicatorCode, value: number, shortfall = 0, standard = PRIMARY_STANDARDS[code]): IndicatorResult {
  const floor = standard * 0.85;
  const status: IndicatorStatus = value >= standard ? "met" : value >= floor ? "floor" : "below";
  return { code, numerator: value, value, standard, floor, status, ratio: value / standard, shortfall, cells: [] };
}

/** All seven indicators at 1.2 × standard unless overridden. */
export function makeIndicators(overrides: Partial<Record<IndicatorCode, IndicatorResult>> = {}): Record<IndicatorCode, IndicatorResult> {
  const out = {} as Record<IndicatorCode, IndicatorResult>;
  for (const code of INDICATOR_CODES) out[code] = overrides[code] ?? makeIndicator(code, PRIMARY_STANDARDS[code] * 1.2);
  return out;
}

export function makeSection(overrides: Partial<SectionResult> & { name: string; row: number }): SectionResult {
  const { row, ...rest } = overrides;
  const recordId = `学校基本情况!${row}`;
  return {
    id: `${recordId}#primary`,
    recordId,
    county: "示例县",
    type: "primary",
    stage: "primary",
    students: 500,
    included: true,
    exclusion: null,
    evaluable: true,
    notEvaluable: [],
    indicators: makeIndicators(),
    metCount: 7,
    pass: true,
    passPlan: null,
    split: null,
    source: { sheet: "学校基本情况", row },
    ...rest,
  };
}

export function makeStats(code: IndicatorCode, mean: number | null, sd: number | null, cv: number | null, limit = 0.5): IndicatorStats {
  return { code, n: 3, missing: 0, mean, sd, cv, limit, met: cv === null ? null : cv <= limit };
}

/** `group` with the engine's `missing` (IndicatorStats.missing) of some indicators set, the rest as they were. */
export function withMissing(group: CoefficientGroup, missing: Partial<Record<IndicatorCode, number>>): CoefficientGroup {
  const indicators = { ...group.indicators };
  for (const code of INDICATOR_CODES) indicators[code] = { ...indicators[code], missing: missing[code] ?? indicators[code].missing };
  return { ...group, indicators };
}

export function makeGroup(overrides: Partial<CoefficientGroup> = {}): CoefficientGroup {
  const indicators = {} as Record<IndicatorCode, IndicatorStats>;
  INDICATOR_CODES.forEach((code, i) => (indicators[code] = makeStats(code, 5 + i, 1, 0.2 + i * 0.01)));
  return { county: "示例县", stage: "primary", schools: 3, indicators, averageCv: 0.23, legacyLimit: 0.65, ...overrides };
}

export function makeItem(overrides: Partial<ItemResult> & { code: string }): ItemResult {
  return {
    area: "guarantee",
    verdict: "met",
    figure: null,
    threshold: null,
    basis: "none",
    figureOf: "county_figure",
    failingSchools: [],
    cells: [],
    parts: {},
    ...overrides,
  };
}

export function makeGuarantee(overrides: Partial<SchoolGuarantee> & { name: string; recordId: string }): SchoolGuarantee {
  return {
    county: "示例县",
    type: "primary",
    musicRoomsNeeded: 1,
    musicRoomsCompliant: 1,
    musicRoomsShort: 0,
    artRoomsNeeded: 1,
    artRoomsCompliant: 1,
    artRoomsShort: 0,
    roomsShortLowerBound: null,
    roomsStageArea: null,
    studentsOverCap: 0,
    sizeCap: 2000,
    classesOverCap: 0,
    largeClasses: 0,
    superLargeClasses: 0,
    classCountsLowerBound: null,
    fundedStudents: null,
    fundingNorm: null,
    fundingShortfall: null,
    fundingShortfallLowerBound: null,
    fundingProration: null,
    fundingBoarding: null,
    fundingExempt: null,
    fundingUndecided: null,
    trainingFundsShare: null,
    certificateRate: null,
    trainingRate: null,
    ...overrides,
  };
}

/**
 * One county, primary stage: 甲小学 passes; 乙小学 fails (L4 below the floor, L6 at the floor) with a
 * pass plan; 丙教学点 is out of scope; 丁小学 has zero students and cannot be evaluated.
 */
export function makeCounty(overrides: Partial<CountyEvaluation> = {}): CountyEvaluation {
  const failing = makeSection({
    name: "乙小学",
    row: 6,
    students: 400,
    indicators: makeIndicators({ L4: makeIndicator("L4", 3.5, 400), L6: makeIndicator("L6", 1800, 80000) }),
    metCount: 5,
    pass: false,
    passPlan: {
      relaxed: "L6",
      steps: [{ code: "L4", target: "standard", amount: 400, cost: 1_200_000 }],
      totalCost: 1_200_000,
      basis: "cost",
    },
  });
  const sections: SectionResult[] = [
    makeSection({ name: "甲小学", row: 5 }),
    failing,
    makeSection({ name: "丙教学点", row: 7, type: "teaching_point", students: 30, included: false, exclusion: "small_teaching_point", indicators: {}, metCount: null, pass: null }),
    makeSection({ name: "丁小学", row: 8, students: 0, evaluable: false, notEvaluable: ["zero_students"], indicators: {}, metCount: null, pass: null }),
  ];
  return {
    county: "示例县",
    sections,
    coefficients: [makeGroup()],
    schoolGuarantee: [
      makeGuarantee({ name: "甲小学", recordId: "学校基本情况!5" }),
      makeGuarantee({ name: "乙小学", recordId: "学校基本情况!6", musicRoomsShort: 1, largeClasses: 2, fundingShortfall: 15000.5 }),
    ],
    items: [
      makeItem({ code: "G3", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 1, threshold: null, failingSchools: ["乙小学"] }),
      makeItem({ code: "G8", verdict: "met", basis: "county_figure", figure: 1.02, threshold: 1, cells: ["县级指标!B9"] }),
      makeItem({ code: "G11", verdict: "not_assessed", parts: { G11_rotation_rate: 0.12, schools_checked: 12, backboneShare: null } }),
      makeItem({ code: "Q9", area: "quality", verdict: "not_assessed" }),
      makeItem({ code: "R1", area: "recognition", verdict: "not_assessed" }),
    ],
    veto: [
      { code: "V_exam_admission", present: false, cell: "县级指标!B30" },
      { code: "V_key_schools", present: null, cell: null },
    ],
    passing: { noStudents: 0, evaluated: 2, passing: 1, unjudged: 0, inScope: 2, share: 0.5, target: { year: 2025, share: 0.95 }, met: false },
    shortfallTotals: [{ stage: "primary", byIndicator: { L1: 0, L2: 0, L3: 0, L4: 400, L5: 0, L6: 80000, L7: 0 } }],
    areas: [
      { area: "resources", verdict: "not_met", reasons: ["G3", "L4", "primary_L2"], pending: [] },
      { area: "guarantee", verdict: "not_met", reasons: ["G3", "G11"], pending: ["G11"] },
      { area: "quality", verdict: "not_assessed", reasons: ["Q9"], pending: ["Q9"] },
      { area: "recognition", verdict: "not_assessed", reasons: ["R1"], pending: ["R1"] },
    ],
    recognised: false,
    ...overrides,
  };
}

/**
 * The engine's issue for a primary section of `school` on sheet row `row` that lacks the numerator
 * `field` of `indicator`, pointing at a cell of that row.
 * @example makeMissingNumerator("甲小学", 12, "L4", "teachingArea") // { code: "missing_numerator", cell: "学校基本情况!O12", … }
 */
export function makeMissingNumerator(school: string, row: number, indicator: IndicatorCode, field: string): Issue {
  const source = `学校基本情况!${row}`;
  return {
    code: "missing_numerator",
    severity: "error",
    cell: `学校基本情况!O${row}`,
    params: { school, stage: "primary", section: `${source}#primary`, row: source, indicator, field },
  };
}

export const SAMPLE_ISSUES: readonly Issue[] = [
  {
    code: "missing_numerator",
    severity: "error",
    cell: "学校基本情况!F8",
    params: { school: "乙小学", stage: "primary", field: "teachingArea", indicator: "L4", row: "学校基本情况!6" },
  },
  { code: "zero_students", severity: "warning", cell: "学校基本情况!D8", params: { school: "丁小学", stage: "primary", row: "学校基本情况!8" } },
  { code: "note_only", severity: "info", cell: null, params: {} },
];

export function makeEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return { profileId: "national-2017", year: 2025, counties: [makeCounty()], issues: [], ...overrides };
}
