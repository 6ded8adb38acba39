import fc from "fast-check";
import { combinedNeeds } from "./combinedNeeds";
import { evaluate } from "./evaluate";
import { fieldsOf, NATIONAL, recordOf, without, type Numbers } from "./testing/fixtures";
import type { SchoolRecord } from "./types";

/** Teachers ample for both stages (L1–L3 met), so that only the shared indicators decide. */
const PRIMARY_TEACHERS: Numbers = { students: 166, qualifiedTeachers: 10, backboneTeachers: 2, peArtTeachers: 2 };
const JUNIOR_TEACHERS: Numbers = { students: 210, qualifiedTeachers: 14, backboneTeachers: 3, peArtTeachers: 2 };
/** Ample areas (L4 and L5 met in both sections), 500 000 yuan of equipment and 6 rooms: L6 and L7 below 85% in both. */
const WHOLE: Numbers = { teachingArea: 5000, sportsTotalArea: 8000, equipmentValue: 500_000, multimediaRooms: 6 };

function nineYear(whole: Numbers = WHOLE, primary: Numbers = PRIMARY_TEACHERS, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return recordOf(whole, { name: "金山学校", type: "nine_year", stage: null, stageFields: { primary: fieldsOf(primary), junior: fieldsOf(JUNIOR_TEACHERS) }, ...over });
}

function needsOf(records: readonly SchoolRecord[]) {
  return combinedNeeds(evaluate({ records, countyFigures: [], year: 2024 }, NATIONAL).counties[0]?.sections ?? []);
}

describe("combinedNeeds: a 九年一贯制 school of 166 primary and 210 junior students (shares 166 ÷ 397 and 231 ÷ 397)", () => {
  const [need, ...others] = needsOf([nineYear()]);

  it("gives one entry for the school, with the shares by stage", () => {
    expect(others).toHaveLength(0);
    expect(need).toMatchObject({ recordId: "S!2", name: "金山学校", county: "A" });
    expect(need?.shares.primary).toBeCloseTo(166 / 397, 12);
    expect(need?.shares.junior).toBeCloseTo(231 / 397, 12);
  });

  it("L6 to standard: max(2000 × 397, 2500 × 210 × 397 ÷ 231) − 500 000 = 402 272.73 yuan, where the sections' shortfalls add up to 357 000", () => {
    // Primary: 2000 × 166 − 500 000 × 166 ÷ 397 = 122 931.99; junior: 2500 × 210 − 500 000 × 231 ÷ 397 = 234 068.01.
    expect(need?.indicators.L6?.toStandard).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(need?.indicators.L6?.sectionsToStandard).toBeCloseTo(357_000, 6);
  });

  it("L6 by the ways to pass (both sections leave L6 at 85%): max(1700 × 397, 2125 × 210 × 397 ÷ 231) − 500 000 = 266 931.82 yuan, not 228 450", () => {
    // Both relax L6 (value ÷ standard 0.630 and 0.554, below L7's 0.657 and 0.693: the largest gap).
    expect(need?.indicators.L6?.byPlan).toBeCloseTo((2125 * 210 * 397) / 231 - 500_000, 6);
    expect(need?.indicators.L6?.sectionsByPlan).toBeCloseTo(1700 * 166 + 2125 * 210 - 500_000, 6);
  });

  it("L7 in whole rooms: ceil(max(2.3 × 3.97, 2.4 × 2.1 × 397 ÷ 231) − 6) = ceil(9.131 − 6) = 4, the sections asking ceil(1.309) + ceil(1.549) = 4", () => {
    expect(need?.indicators.L7).toEqual({ toStandard: 4, sectionsToStandard: 4, byPlan: 4, sectionsByPlan: 4, sharedBy: ["primary", "junior"] });
  });

  it("L4 and L5 met in both sections: nothing to add, and no way to pass raises them", () => {
    expect(need?.indicators.L4).toMatchObject({ toStandard: 0, sectionsToStandard: 0, byPlan: null, sectionsByPlan: null });
    expect(need?.indicators.L5).toMatchObject({ toStandard: 0, byPlan: null });
  });

  it("names no teacher indicator: teachers are counted per stage, not shared (rules.md §2)", () => {
    expect(Object.keys(need?.indicators ?? {}).sort()).toEqual(["L4", "L5", "L6", "L7"]);
  });

  it("names no section without a way to pass: both have one", () => {
    expect(need?.sectionsWithoutPlan).toEqual([]);
  });
});

/** A section's teachers far below two floors with its PE and art teachers blank: it fails whatever they are, so it has no way to pass. */
function failingWithoutPlan(students: number): Numbers {
  return { students, qualifiedTeachers: 1, backboneTeachers: 0 };
}

describe("combinedNeeds: a failing section without a way to pass (its values missing)", () => {
  // Junior: L1 1 ÷ 210 × 100 = 0.48 and L2 0 under their floors 4.505 and 0.85, L3 blank: pass false, passPlan null.
  const juniorWithout = { junior: fieldsOf(failingWithoutPlan(210)) };

  it("beside one with a way to pass: byPlan from the primary's plan alone, and the junior section named", () => {
    const records = [nineYear(WHOLE, PRIMARY_TEACHERS, { stageFields: { primary: fieldsOf(PRIMARY_TEACHERS), ...juniorWithout } })];
    const junior = evaluate({ records, countyFigures: [], year: 2024 }, NATIONAL).counties[0]?.sections.find((s) => s.stage === "junior");
    expect(junior).toMatchObject({ pass: false, passPlan: null });
    const [need] = needsOf(records);
    expect(need?.sectionsWithoutPlan).toEqual(["junior"]);
    // Primary relaxes L6 (ratio 500 000 × 166 ÷ 397 ÷ 166 ÷ 2000 = 0.630, under L7's 0.657): 1700 × 166 − 209 068.01 = 73 131.99 yuan,
    // the school 73 131.99 × 397 ÷ 166 = 1700 × 397 − 500 000 = 174 900.
    expect(need?.indicators.L6?.byPlan).toBeCloseTo(174_900, 6);
    expect(need?.indicators.L6?.sectionsByPlan).toBeCloseTo(1700 * 166 - (500_000 * 166) / 397, 6);
    // L7 to standard for the primary: ceil(2.3 × 1.66 − 6 × 166 ÷ 397) = ceil(1.309) = 2; the school ceil(2.3 × 3.97 − 6) = ceil(3.131) = 4.
    expect(need?.indicators.L7).toMatchObject({ byPlan: 4, sectionsByPlan: 2 });
    // To standard the junior section still counts (its L6 is known): max(…, 2500 × 210 × 397 ÷ 231) − 500 000.
    expect(need?.indicators.L6?.toStandard).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
  });

  it("both without: no amount by the ways to pass, both named; to standard unchanged", () => {
    const records = [nineYear(WHOLE, PRIMARY_TEACHERS, { stageFields: { primary: fieldsOf(failingWithoutPlan(166)), ...juniorWithout } })];
    const [need] = needsOf(records);
    expect(need?.sectionsWithoutPlan).toEqual(["primary", "junior"]);
    expect(need?.indicators.L6).toMatchObject({ byPlan: null, sectionsByPlan: null });
    expect(need?.indicators.L6?.toStandard).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(need?.indicators.L7).toMatchObject({ toStandard: 4, byPlan: null });
  });

  it("names no section that shares nothing (it gives every shared figure itself), nor one with 0 students", () => {
    const own = { teachingArea: 2000, sportsTotalArea: 3000, equipmentValue: 100_000, multimediaRooms: 1 };
    const ownAll = nineYear(WHOLE, PRIMARY_TEACHERS, { stageFields: { primary: fieldsOf(PRIMARY_TEACHERS), junior: fieldsOf({ ...failingWithoutPlan(210), ...own }) } });
    const [need] = needsOf([ownAll]);
    expect(need?.sectionsWithoutPlan).toEqual([]);
    expect(need?.indicators.L6?.sharedBy).toEqual(["primary"]);
    const empty = nineYear(WHOLE, PRIMARY_TEACHERS, { stageFields: { primary: fieldsOf(PRIMARY_TEACHERS), junior: fieldsOf(failingWithoutPlan(0)) } });
    expect(needsOf([empty])[0]).toMatchObject({ shares: { primary: 1 }, sectionsWithoutPlan: [] });
  });

  it("a blank whole-school equipment value: L6 left out, and both sections, L7 under its floor in each, fail with no way to pass", () => {
    const [need] = needsOf([nineYear(without(WHOLE, "equipmentValue"))]);
    expect(need?.indicators.L6).toBeUndefined();
    expect(need?.indicators.L7).toMatchObject({ toStandard: 4, byPlan: null, sharedBy: ["primary", "junior"] });
    expect(need?.sectionsWithoutPlan).toEqual(["primary", "junior"]);
  });
});

describe("combinedNeeds: an indicator one stage gives itself (the primary's own 100 000 yuan of equipment beside the school's 500 000)", () => {
  const [need] = needsOf([nineYear(WHOLE, { ...PRIMARY_TEACHERS, equipmentValue: 100_000 })]);

  it("keeps L6, shared by the junior section alone: its gap over its share, 234 068.01 × 397 ÷ 231 = 402 272.73 yuan", () => {
    // Junior: 500 000 × 231 ÷ 397 = 290 931.99 against 2500 × 210 = 525 000, short 234 068.01; ÷ (231 ÷ 397) = 402 272.73.
    // Were the primary counted: (2000 × 166 − 100 000) × 397 ÷ 166 = 554 843.37, though nothing the school adds to its figure reaches the primary's own.
    expect(need?.indicators.L6?.sharedBy).toEqual(["junior"]);
    expect(need?.indicators.L6?.toStandard).toBeCloseTo((525_000 - (500_000 * 231) / 397) * (397 / 231), 6);
    expect(need?.indicators.L6?.toStandard).toBeCloseTo(402_272.7272727, 6);
    expect(need?.indicators.L6?.sectionsToStandard).toBeCloseTo(525_000 - (500_000 * 231) / 397, 6);
  });

  it("by the ways to pass: the junior's L6 to its floor, (2125 × 210 − 290 931.99) × 397 ÷ 231 = 266 931.82, never less than its own 155 318.01", () => {
    expect(need?.indicators.L6?.byPlan).toBeCloseTo((2125 * 210 * 397) / 231 - 500_000, 6);
    expect(need?.indicators.L6?.sectionsByPlan).toBeCloseTo(2125 * 210 - (500_000 * 231) / 397, 6);
  });

  it("keeps L7 shared by both, unchanged: 4 rooms", () => {
    expect(need?.indicators.L7).toMatchObject({ toStandard: 4, sharedBy: ["primary", "junior"] });
  });
});

describe("combinedNeeds: edge cases", () => {

  it("keeps L4 when each stage gives its own indoor sports rooms (L4 is net of them): the school adds teaching space, each gap over its share", () => {
    // 2000 m² shared; primary 2000 × 166 ÷ 397 − 100 = 736.27 m² against 4.5 × 166 = 747; junior 2000 × 231 ÷ 397 − 100 = 1063.73 against 5.8 × 210 = 1218.
    // The school: max((747 − 736.27) × 397 ÷ 166, (1218 − 1063.73) × 397 ÷ 231) = max(25.66, 265.13) = 265.13 m²; the sections: 10.73 + 154.27 = 165.
    const own = (n: Numbers) => ({ ...n, indoorSportsArea: 100 });
    const record = recordOf({ ...WHOLE, teachingArea: 2000 }, { type: "nine_year", stage: null, stageFields: { primary: fieldsOf(own(PRIMARY_TEACHERS)), junior: fieldsOf(own(JUNIOR_TEACHERS)) } });
    const [need] = needsOf([record]);
    expect(need?.indicators.L4?.toStandard).toBeCloseTo((5.8 * 210 - ((2000 * 231) / 397 - 100)) * (397 / 231), 6);
    expect(need?.indicators.L4?.sectionsToStandard).toBeCloseTo(4.5 * 166 + 5.8 * 210 - 2000 + 200, 6);
  });

  it("a 完全中学's junior section alone: the seniors take the rest of what is added (share 600 ÷ (600 + 1.2 × 400) = 5 ÷ 9)", () => {
    // L6 junior: 2500 × 600 ÷ (5 ÷ 9) − 1 000 000 = 2 700 000 − 1 000 000 = 1 700 000; the section alone: 1 500 000 − 1 000 000 × 5 ÷ 9 = 944 444.44.
    const record = recordOf({ ...WHOLE, equipmentValue: 1_000_000, seniorStudents: 400 }, { type: "complete_middle", stage: null, stageFields: { junior: fieldsOf({ ...JUNIOR_TEACHERS, students: 600, qualifiedTeachers: 40, backboneTeachers: 7, peArtTeachers: 6 }) } });
    const [need] = needsOf([record]);
    expect(need?.shares).toEqual({ junior: expect.closeTo(5 / 9, 12) });
    expect(need?.indicators.L6?.toStandard).toBeCloseTo(1_700_000, 6);
    expect(need?.indicators.L6?.sectionsToStandard).toBeCloseTo(1_500_000 - 1_000_000 * (5 / 9), 6);
  });

  it("gives nothing for schools that are not split, none at all for an empty county, and leaves out a section with 0 students", () => {
    expect(needsOf([recordOf({ students: 300, equipmentValue: 1 })])).toEqual([]);
    expect(combinedNeeds([])).toEqual([]);
    expect(needsOf([nineYear(WHOLE, { ...PRIMARY_TEACHERS, students: 0 })]).flatMap((n) => Object.keys(n.shares))).not.toContain("primary");
  });

  it("may need fewer rooms than its sections added up: 50 + 50 students and 2 rooms need 1, where each section rounds its own up to 1", () => {
    // Shares 50 ÷ 105 and 55 ÷ 105: 0.952 and 1.048 rooms against 2.3 × 0.5 = 1.15 and 2.4 × 0.5 = 1.2 → ceil(0.198) + ceil(0.152) = 2;
    // the school: ceil(max(1.15 × 105 ÷ 50, 1.2 × 105 ÷ 55) − 2) = ceil(2.415 − 2) = 1.
    const stage = (students: number) => fieldsOf({ students, qualifiedTeachers: 5, backboneTeachers: 1, peArtTeachers: 1 });
    const record = recordOf({ ...WHOLE, multimediaRooms: 2 }, { type: "nine_year", stage: null, stageFields: { primary: stage(50), junior: stage(50) } });
    const [need] = needsOf([record]);
    expect(need?.indicators.L7).toMatchObject({ toStandard: 1, sectionsToStandard: 2 });
  });

  it("asks nothing of a school whose shares all meet the standards (all equal to standard: 0, not float noise)", () => {
    // 2500 × 210 × 397 ÷ 231 = 902 272.73 yuan gives the junior exactly 2500 per student (at standard) and the primary 2272.73.
    const [need] = needsOf([nineYear({ ...WHOLE, equipmentValue: (2500 * 210 * 397) / 231, multimediaRooms: 10 })]);
    expect(need?.indicators.L6?.toStandard).toBe(0);
    expect(need?.indicators.L6?.sectionsToStandard).toBe(0);
  });

  it("never asks less of the school than its sections' m² and yuan added up, nor fewer rooms than any one section (shares add up to at most 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 80 }), (students, equipment, rooms) => {
        const records = [nineYear({ ...WHOLE, equipmentValue: equipment, multimediaRooms: rooms }, { ...PRIMARY_TEACHERS, students })];
        const [need] = needsOf(records);
        const sections = evaluate({ records, countyFigures: [], year: 2024 }, NATIONAL).counties[0]?.sections ?? [];
        expect(need?.indicators.L6?.toStandard).toBeGreaterThanOrEqual((need?.indicators.L6?.sectionsToStandard ?? NaN) - 1e-6);
        // Each section's rooms are rounded up on their own: 2 × ceil(0.2) = 2 may exceed ceil(0.4 ÷ share) − … of the school.
        for (const s of sections) expect(need?.indicators.L7?.toStandard).toBeGreaterThanOrEqual(s.indicators.L7?.shortfall ?? NaN);
      }),
      { numRuns: 200 },
    );
  });
});

describe("combinedNeeds: rooms whose whole-school gap is a whole number after the share division (131 primary and 790 junior students)", () => {
  // Weighted 131 + 1.1 × 790 = 1000: shares 0.131 and 0.869. L7: the primary asks 2.3 × 1.31 = 3.013 rooms, 3.013 ÷ 0.131 = 23 for
  // the school; the junior 2.4 × 7.9 = 18.96, 18.96 ÷ 0.869 = 21.82. Teachers ample in both stages.
  const stage = (students: number) => fieldsOf({ students, qualifiedTeachers: 60, backboneTeachers: 10, peArtTeachers: 10 });
  const school = (rooms: number) => recordOf({ ...WHOLE, equipmentValue: 5_000_000, multimediaRooms: rooms }, { type: "nine_year", stage: null, stageFields: { primary: stage(131), junior: stage(790) } });

  it("20 rooms: the school adds max(23 − 20, ceil(21.82 − 20)) = 3 (the float gap 3.0000000000000036 is 3, not 4); the sections ask ceil(0.393) + ceil(1.58) = 3", () => {
    const [need] = needsOf([school(20)]);
    expect(need?.indicators.L7).toMatchObject({ toStandard: 3, sectionsToStandard: 3 });
  });

  it("23 rooms: the primary exactly at standard (23 × 0.131 = 3.013), the junior above: nothing to add, not 1 room of float noise", () => {
    const [need] = needsOf([school(23)]);
    expect(need?.indicators.L7).toMatchObject({ toStandard: 0, sectionsToStandard: 0 });
  });
});
