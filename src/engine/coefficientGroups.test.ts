import { tableOf } from "./table/sectionTable";
import { coefficientGroups } from "./coefficientGroups";
import { AT_STANDARD_JUNIOR, AT_STANDARD_PRIMARY, NATIONAL, without } from "./testing/fixtures";
import { sectionsOf, we1Rows } from "./testing/sections";
import { INDICATOR_CODES } from "./types";

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
  it("one school: mean only, CV undefined and not judged; no average", () => {
    const [group] = coefficientGroups("A", tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }])), NATIONAL);
    expect(group?.indicators.L1).toMatchObject({ n: 1, sd: null, cv: null, met: null });
    expect(group?.indicators.L1.mean).toBeCloseTo(4.2, 12);
    expect(group?.averageCv).toBeNull();
  });
  it("counts a section for the indicators it has, but not as an evaluable school", () => {
    const rows = [...we1Rows()];
    rows[0] = { values: without(rows[0]?.values ?? {}, "backboneTeachers") };
    const [group] = coefficientGroups("A", tableOf(sectionsOf(rows)), NATIONAL);
    expect(group?.schools).toBe(4);
    expect(group?.indicators.L4.n).toBe(5);
    expect(group?.indicators.L2.n).toBe(4);
  });
  it("leaves out sections out of scope and with zero students", () => {
    const rows = [...we1Rows(), { values: { ...AT_STANDARD_PRIMARY, students: 40 }, over: { type: "teaching_point" as const } }, { values: { ...AT_STANDARD_PRIMARY, students: 0 } }];
    const [group] = coefficientGroups("A", tableOf(sectionsOf(rows)), NATIONAL);
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
