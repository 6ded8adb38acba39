import { tableOf } from "./table/sectionTable";
import { shortfallTotals } from "./shortfallTotals";
import { AT_STANDARD_JUNIOR, AT_STANDARD_PRIMARY, without } from "./testing/fixtures";
import { stagesPresent } from "./coefficientGroups";
import { sectionsOf } from "./testing/sections";

describe("shortfallTotals", () => {
  it("adds the needs of in-scope sections per stage and indicator", () => {
    const sections = sectionsOf([
      // 10000 students: L1 418 → need ceil(420 − 418) = 2; L4 44 000 → 1000 m².
      { values: { ...AT_STANDARD_PRIMARY, qualifiedTeachers: 418, teachingArea: 44000 } },
      // L1 419 → 1 teacher; L6 19 990 000 → 10 000 yuan; L2 missing: its other needs still count.
      { values: without({ ...AT_STANDARD_PRIMARY, qualifiedTeachers: 419, equipmentValue: 19_990_000 }, "backboneTeachers") },
      // Out of scope: 300 teachers short, never counted.
      { values: { ...AT_STANDARD_PRIMARY, qualifiedTeachers: 120 }, over: { type: "special" } },
    ]);
    const [primary, ...rest] = shortfallTotals(tableOf(sections));
    expect(rest).toHaveLength(0);
    expect(primary?.stage).toBe("primary");
    expect(primary?.byIndicator).toEqual({ L1: 3, L2: 0, L3: 0, L4: 1000, L5: 0, L6: 10_000, L7: 0 });
  });
  it("gives the stages stagesPresent gives (a stage only out of scope has none), and nothing of the table before", () => {
    const junior = { ...AT_STANDARD_JUNIOR, students: 1000, qualifiedTeachers: 50 };
    const outOfScope = { values: { ...AT_STANDARD_PRIMARY, qualifiedTeachers: 1 }, over: { type: "special" as const } };
    const first = tableOf(sectionsOf([outOfScope, { values: junior, over: { type: "junior", stage: "junior" } }]));
    // Twice: the second call must not start from the first one's sums.
    for (let call = 0; call < 2; call++) {
      const totals = shortfallTotals(first);
      expect(totals.map((t) => t.stage)).toEqual(stagesPresent(first));
      expect(totals.map((t) => t.stage)).toEqual(["junior"]);
      // 1000 junior students need 1000 × 5.3 ÷ 100 = 53 qualified teachers: 3 short.
      expect(totals[0]?.byIndicator.L1).toBe(3);
    }
    // A table whose primary sections are in scope and short, then one at standard: nothing of the first is left in the second.
    const short = tableOf(sectionsOf([{ values: { ...AT_STANDARD_PRIMARY, qualifiedTeachers: 418 } }]));
    expect(shortfallTotals(short).map((t) => [t.stage, t.byIndicator.L1])).toEqual([["primary", 2]]);
    const second = tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }]));
    expect(shortfallTotals(second).map((t) => [t.stage, t.byIndicator.L1])).toEqual([["primary", 0]]);
  });
  it("is empty without sections and zero for schools at standard", () => {
    expect(shortfallTotals(tableOf([]))).toEqual([]);
    expect(shortfallTotals(tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }])))[0]?.byIndicator.L5).toBe(0);
  });
});
