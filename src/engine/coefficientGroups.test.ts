import { SectionTableBuilder, tableOf, type SectionTable } from "./table/sectionTable";
import { coefficientGroups } from "./coefficientGroups";
import { differenceCoefficient, type CvPoint } from "./differenceCoefficient";
import { indicatorScale } from "./indicatorMeta";
import { seeded } from "../../test/fixtures/data/random";
import { NATIONAL as PROFILE } from "./testing/fixtures";
import { STAGES } from "./types";
import { AT_STANDARD_JUNIOR, AT_STANDARD_PRIMARY, NATIONAL, without } from "./testing/fixtures";
import { sectionsOf, we1Rows } from "./testing/sections";
import { INDICATOR_CODES, type CoefficientGroup } from "./types";

describe("coefficientGroups", () => {
  it("WE-1 on every indicator: CV 0.515257 each, above the primary limit 0.50", () => {
    const [group, ...rest] = coefficientGroups("A", tableOf(sectionsOf(we1Rows())), NATIONAL);
    expect(rest).toHaveLength(0);
    expect(group).toMatchObject({ county: "A", stage: "primary", schools: 5, legacyLimit: 0.65 });
    expect(group?.indicators.L4.mean).toBeCloseTo(6.334437, 6); // 1913 ÷ 302, per student
    expect(group?.indicators.L1.mean).toBeCloseTo(633.4437, 4); // × 100 for a per-100 indicator
    expect(group?.indicators.L4.sd).toBeCloseTo(3.263861, 6);
    for (const code of INDICATOR_CODES) {
      expect(group?.indicators[code]).toMatchObject({ code, n: 5, limit: 0.5, met: false });
      expect(group?.indicators[code].cv).toBeCloseTo(0.515257, 6);
    }
    expect(group?.averageCv).toBeCloseTo(0.515257, 6);
  });
  it("a CV exactly at the limit is met, whatever the float noise: 300 students each, numerators t and 3t", () => {
    // By hand, per indicator: values t/300 and 3t/300 (× 100 where per-100), mean 2t/300, deviations ±t/300,
    // weights ½ each → S = t/300, CV = (t/300) ÷ (2t/300) = 0.5 exactly, the primary limit. In floating
    // point some of these come out as 0.5000000000000001, which must not fail the limit.
    for (const t of [100, 200, 400, 800]) {
      const row = (k: number) => ({ values: { students: 300, qualifiedTeachers: k * t, backboneTeachers: k * t, peArtTeachers: k * t, teachingArea: k * t, sportsTotalArea: k * t, equipmentValue: k * t, multimediaRooms: k * t } });
      const [group] = coefficientGroups("A", tableOf(sectionsOf([row(1), row(3)])), NATIONAL);
      for (const code of INDICATOR_CODES) {
        expect(group?.indicators[code].cv).toBeCloseTo(0.5, 12);
        expect(group?.indicators[code].met).toBe(true);
      }
    }
  });
  it("all schools equal: CV 0 and met", () => {
    const rows = [{ values: AT_STANDARD_PRIMARY }, { values: { ...AT_STANDARD_PRIMARY } }];
    const [group] = coefficientGroups(null, tableOf(sectionsOf(rows)), NATIONAL);
    expect(group?.indicators.L6.cv).toBeCloseTo(0, 12);
    expect(group?.indicators.L6.met).toBe(true);
    expect(group?.averageCv).toBeCloseTo(0, 12);
  });
  it("one school: mean and SD 0, CV undefined and not judged; no average", () => {
    const [group] = coefficientGroups("A", tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }])), NATIONAL);
    expect(group?.indicators.L1).toMatchObject({ n: 1, sd: 0, cv: null, met: null });
    expect(group?.indicators.L1.mean).toBeCloseTo(4.2, 12);
    expect(group?.averageCv).toBeNull();
  });
  it("counts a section that is not evaluable among the schools in scope, and in the indicators it has", () => {
    const rows = [...we1Rows()];
    rows[0] = { values: without(rows[0]?.values ?? {}, "backboneTeachers") };
    const [group] = coefficientGroups("A", tableOf(sectionsOf(rows)), NATIONAL);
    // workbooks.md: the report's "schools" is the sections in scope; each indicator's n is its own count.
    expect(group?.schools).toBe(5);
    expect(group?.indicators.L4.n).toBe(5);
    expect(group?.indicators.L2.n).toBe(4);
    // The one section without 骨干教师 lacks L2 only: missing 5 − 4 = 1 for L2, 0 for the others.
    expect(group?.indicators.L2.missing).toBe(1);
    expect(group?.indicators.L4.missing).toBe(0);
  });
  it("counts a section of unknown students as missing every indicator; one of 0 students as none", () => {
    const rows = [...we1Rows(), { values: without(AT_STANDARD_PRIMARY, "students") }, { values: { ...AT_STANDARD_PRIMARY, students: 0 } }];
    const [group] = coefficientGroups("A", tableOf(sectionsOf(rows)), NATIONAL);
    // WE-1's 5 with a value, the one of unknown students lacks all seven: schools 6 = n 5 + missing 1.
    expect(group?.schools).toBe(6);
    for (const code of INDICATOR_CODES) expect([group?.indicators[code].n, group?.indicators[code].missing]).toEqual([5, 1]);
  });
  it("leaves sections out of scope and with zero students out of the coefficients and of their schools", () => {
    const rows = [...we1Rows(), { values: { ...AT_STANDARD_PRIMARY, students: 40 }, over: { type: "teaching_point" as const } }, { values: { ...AT_STANDARD_PRIMARY, students: 0 } }];
    const [group] = coefficientGroups("A", tableOf(sectionsOf(rows)), NATIONAL);
    // rules.md §3: the coefficient is over the in-scope sections with students > 0 — WE-1's 5, not the 0-student one.
    expect(group?.schools).toBe(5);
    expect(group?.indicators.L4.n).toBe(5);
    expect(group?.indicators.L4.cv).toBeCloseTo(0.515257, 6);
  });
  it("gives one group per stage present, with the junior limits", () => {
    const rows = [{ values: AT_STANDARD_PRIMARY }, { values: AT_STANDARD_JUNIOR, over: { type: "junior" as const, stage: "junior" as const } }];
    const groups = coefficientGroups("A", tableOf(sectionsOf(rows)), NATIONAL);
    expect(groups.map((g) => [g.stage, g.indicators.L1.limit, g.legacyLimit])).toEqual([
      ["primary", 0.5, 0.65],
      ["junior", 0.45, 0.55],
    ]);
  });
  it("has no group for a stage with only out-of-scope sections", () => {
    expect(coefficientGroups("A", tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY, over: { type: "special" } }])), NATIONAL)).toEqual([]);
  });
});

/** A table of `size` rows of both stages interleaved: some out of scope, some without students, indicators left uncomputed (unless `full`), now and then a NaN. */
function randomTable(seed: number, size: number, full = false): SectionTable {
  const rng = seeded(seed);
  const table = new SectionTableBuilder(size);
  for (let r = 0; r < size; r++) {
    const students = [0, -3, NaN][rng.int(0, 12)] ?? rng.int(1, 3000);
    const row = table.open(r, rng.int(0, 1), students, rng.next() < 0.15 ? "private" : null);
    table.evaluable[row] = rng.next() < 0.8 ? 1 : 0;
    for (let k = 0; k < 7; k++) if (rng.next() < 0.9 || full) table.setIndicator(row, k, rng.next() < 0.01 ? NaN : rng.between(0, 5000), 0);
  }
  return table;
}

/** The points of one stage and indicator, picked from the table row by row as objects (differenceCoefficient leaves out students ≤ 0 itself). */
function pointsOf(table: SectionTable, stage: number, k: number): CvPoint[] {
  const points: CvPoint[] = [];
  for (let row = 0; row < table.size; row++) {
    if (table.stage[row] === stage && table.exclusion[row] === null && table.computed[row * 7 + k] === 1) points.push({ numerator: table.numerator[row * 7 + k] ?? NaN, students: table.students[row] ?? NaN });
  }
  return points.filter((p) => !Number.isNaN(p.students));
}

/** Each indicator of `group` (stage index `s`) is differenceCoefficient over that stage's points picked from the table as objects, to the last bit. */
function expectDifferenceCoefficients(group: CoefficientGroup, table: SectionTable, s: number): void {
  INDICATOR_CODES.forEach((code, k) => {
    const expected = differenceCoefficient(pointsOf(table, s, k), indicatorScale(code));
    const { n, mean, sd, cv } = group.indicators[code];
    expect([code, n, mean, sd, cv]).toEqual([code, expected.n, expected.mean, expected.sd, expected.cv]);
  });
}

describe("coefficientGroups on random tables (both stages interleaved, one pass for all indicators)", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i: every coefficient is differenceCoefficient over that stage's points, to the last bit", (seed) => {
    for (const size of [1, 2, 3, 40, 300]) {
      const table = randomTable(seed * 1000 + size, size);
      for (const group of coefficientGroups("A", table, PROFILE)) {
        const s = STAGES.indexOf(group.stage);
        expectDifferenceCoefficients(group, table, s);
        // Sections with students (> 0, or unknown: those lack every value, 缺 n 校数据), not those of 0 or fewer.
        const inScope = Array.from({ length: table.size }, (_, row) => row).filter((row) => table.stage[row] === s && table.exclusion[row] === null && !((table.students[row] ?? NaN) <= 0));
        expect(group.schools).toBe(inScope.length);
        for (const code of INDICATOR_CODES) expect(group.indicators[code].n + group.indicators[code].missing).toBe(inScope.length);
      }
    }
  });
  it.each([1, 2, 3, 4, 5, 6])("seed %i, every section with all 7 indicators (a stage's slots share their students): the same, to the last bit", (seed) => {
    for (const size of [2, 5, 40, 300]) {
      const table = randomTable(seed * 7919 + size, size, true);
      for (const group of coefficientGroups("A", table, PROFILE)) expectDifferenceCoefficients(group, table, STAGES.indexOf(group.stage));
    }
  });
  it("agrees with the formula written out by hand (unweighted sums, one pass of x² terms) to 1e-9", () => {
    const table = randomTable(99, 500);
    for (const group of coefficientGroups("A", table, PROFILE)) {
      const s = STAGES.indexOf(group.stage);
      INDICATOR_CODES.forEach((code, k) => {
        const points = pointsOf(table, s, k).filter((p) => p.students > 0);
        const scale = indicatorScale(code);
        const P = points.reduce((a, p) => a + p.students, 0);
        const mean = points.reduce((a, p) => a + (p.students / P) * ((scale * p.numerator) / p.students), 0);
        const meanOfSquares = points.reduce((a, p) => a + (p.students / P) * ((scale * p.numerator) / p.students) ** 2, 0);
        const stats = group.indicators[code];
        if (points.some((p) => Number.isNaN(p.numerator))) return expect(stats.mean).toBeNaN();
        expect(stats.mean).toBeCloseTo(mean, 9);
        expect((stats.sd ?? NaN) / Math.sqrt(meanOfSquares - mean * mean)).toBeCloseTo(1, 9);
      });
    }
  });
});
