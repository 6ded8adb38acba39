import fc from "fast-check";
import { evaluateSection } from "./evaluateSection";
import { recordSections } from "./recordSections";
import { AT_STANDARD_JUNIOR, AT_STANDARD_PRIMARY, fieldsOf, NATIONAL, profileWith, recordOf, without, type Numbers } from "./testing/fixtures";
import type { FieldKey, IndicatorCode, SchoolRecord } from "./types";
import type { Profile } from "../profiles/schema";
import { message } from "../messages/catalogue";

function evaluateRecord(record: SchoolRecord, profile: Profile = NATIONAL) {
  return recordSections(record, profile).map((s) => evaluateSection(s, profile));
}
function only(values: Numbers, over: Partial<SchoolRecord> = {}, profile: Profile = NATIONAL) {
  const [first] = evaluateRecord(recordOf(values, over), profile);
  if (first === undefined) throw new Error("no section");
  return first;
}

describe("evaluateSection: pass rule at its edges", () => {
  it("exactly at every standard: 7 met, passes, no plan", () => {
    const { section, issues } = only(AT_STANDARD_PRIMARY);
    expect(section).toMatchObject({ included: true, evaluable: true, notEvaluable: [], metCount: 7, pass: true, passPlan: null, students: 10000 });
    expect(issues).toEqual([]);
    expect(section.indicators.L1?.cells).toEqual(["T!qualifiedTeachers", "T!students"]);
  });
  it("junior exactly at standard passes too", () => {
    expect(only(AT_STANDARD_JUNIOR, { type: "junior", stage: "junior" }).section).toMatchObject({ metCount: 7, pass: true });
  });
  it("one indicator exactly at 85% and six met: passes", () => {
    // L1 357 ÷ 10000 × 100 = 3.57 = 0.85 × 4.2.
    const { section } = only({ ...AT_STANDARD_PRIMARY, qualifiedTeachers: 357 });
    expect(section).toMatchObject({ metCount: 6, pass: true, passPlan: null });
    expect(section.indicators.L1?.status).toBe("floor");
  });
  it("two below standard (both above the floor): fails with a plan", () => {
    // L1 400 → 4.0, L4 44 000 → 4.4: two under standard.
    const { section } = only({ ...AT_STANDARD_PRIMARY, qualifiedTeachers: 400, teachingArea: 44000 });
    expect(section).toMatchObject({ metCount: 5, pass: false });
    // Relax L1 (gap 1 − 4.0/4.2 = 0.048 > L4's 1 − 4.4/4.5 = 0.022); L4 needs 45 000 − 44 000 = 1000 m².
    expect(section.passPlan).toMatchObject({ relaxed: "L1", basis: "largest_gap", steps: [{ code: "L1", target: "floor", amount: 0 }, { code: "L4", target: "standard", amount: 1000 }] });
  });
  it("one below the floor: fails", () => {
    // L1 356 → 3.56 < 3.57.
    const { section } = only({ ...AT_STANDARD_PRIMARY, qualifiedTeachers: 356 });
    expect(section).toMatchObject({ metCount: 6, pass: false });
    // Relax L1 to its floor: ceil(3.57 × 10000 ÷ 100 − 356) = ceil(357 − 356) = 1 teacher.
    expect(section.passPlan?.steps).toEqual([{ code: "L1", target: "floor", amount: 1, cost: null }]);
  });
});

describe("evaluateSection: indoor sports rooms", () => {
  it("deducts them from L4 and adds them to L5", () => {
    // 1000 students; teaching 5000 − indoor 600 = 4400 → 4.4 (floor); L5 7000 + 600 = 7600 → 7.6 (met).
    const { section } = only({
      ...without(AT_STANDARD_PRIMARY, "sportsTotalArea"),
      ...{ students: 1000, qualifiedTeachers: 42, backboneTeachers: 10, peArtTeachers: 9, equipmentValue: 2_000_000, multimediaRooms: 23 },
      ...{ teachingArea: 5000, indoorSportsArea: 600, sportsGroundArea: 7000 },
    });
    expect(section.indicators.L4).toMatchObject({ numerator: 4400, status: "floor" });
    expect(section.indicators.L4?.shortfall).toBeCloseTo(100, 9); // 4.5 × 1000 − 4400
    expect(section.indicators.L5).toMatchObject({ numerator: 7600, status: "met" });
  });
});

describe("evaluateSection: not evaluable", () => {
  it("zero students: no indicators, never NaN", () => {
    const { section, issues } = only({ ...AT_STANDARD_PRIMARY, students: 0 });
    expect(section).toMatchObject({ evaluable: false, notEvaluable: ["zero_students"], indicators: {}, metCount: null, pass: null, passPlan: null, students: 0 });
    expect(issues).toEqual([{ code: "zero_students", severity: "warning", cell: "T!students", params: { school: "School", stage: "primary", section: "S!2#primary", row: "S!2" } }]);
  });
  it("missing students", () => {
    const { section, issues } = only(without(AT_STANDARD_PRIMARY, "students"));
    expect(section).toMatchObject({ evaluable: false, notEvaluable: ["missing_students"], students: null, pass: null });
    expect(issues.map((i) => i.code)).toEqual(["missing_students"]);
  });
  it("a missing numerator: that indicator absent, the others computed, an issue with field and row", () => {
    const { section, issues } = only(without(AT_STANDARD_PRIMARY, "backboneTeachers"));
    expect(section.indicators.L2).toBeUndefined();
    expect(section.indicators.L1?.value).toBeCloseTo(4.2, 12);
    expect(section).toMatchObject({ evaluable: false, notEvaluable: ["missing_numerator"], metCount: null, pass: null });
    expect(issues).toEqual([
      { code: "missing_numerator", severity: "error", cell: null, params: { school: "School", stage: "primary", section: "S!2#primary", row: "S!2", indicator: "L2", field: "backboneTeachers" } },
    ]);
  });
  it("a missing numerator whose cell the reader saw blank: the issue is at that cell", () => {
    const { issues } = only(without(AT_STANDARD_PRIMARY, "backboneTeachers"), { blankCells: { backboneTeachers: "学校基本情况!J7" } });
    expect(issues).toEqual([
      { code: "missing_numerator", severity: "error", cell: "学校基本情况!J7", params: { school: "School", stage: "primary", section: "S!2#primary", row: "S!2", indicator: "L2", field: "backboneTeachers" } },
    ]);
  });
  it("missing students at their blank cell", () => {
    const { issues } = only(without(AT_STANDARD_PRIMARY, "students"), { blankCells: { students: "S!C5", backboneTeachers: "S!J5" } });
    expect(issues.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["missing_students S!C5"]);
  });
  it("a numerator of two parts is reported at the cell of the part that is missing", () => {
    // L4 = 教学及辅助用房 − 室内体育用房: the gross area is missing, the indoor one given.
    const blankCells = { teachingArea: "S!H5", sportsGroundArea: "S!K5" };
    const l4 = only({ ...without(AT_STANDARD_PRIMARY, "teachingArea", "sportsTotalArea"), indoorSportsArea: 400, sportsGroundArea: 75000 }, { blankCells });
    expect(l4.issues.map((i) => `${i.code} ${String(i.params.indicator)} ${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["missing_numerator L4 teachingArea S!H5"]);
    // L5 = 运动场地 + 室内体育用房: the ground is missing, the indoor one given.
    const l5 = only({ ...without(AT_STANDARD_PRIMARY, "sportsTotalArea"), indoorSportsArea: 400 }, { blankCells });
    expect(l5.issues.map((i) => `${i.code} ${String(i.params.indicator)} ${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["missing_numerator L5 sportsGroundArea S!K5"]);
  });
  it("areas held back because the indoor area could not be read (their blank cell is the indoor cell): the indoor area is named, not them", () => {
    // What the reader gives for an indoor cell of #DIV/0! at S!O12: indoor, teaching area and ground all blank at O12.
    const blankCells = { indoorSportsArea: "S!O12", teachingArea: "S!O12", sportsGroundArea: "S!O12" };
    const { issues } = only(without(AT_STANDARD_PRIMARY, "teachingArea", "sportsTotalArea"), { blankCells });
    expect(issues.map((i) => `${String(i.params.indicator)} ${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["L4 indoorSportsArea S!O12", "L5 indoorSportsArea S!O12"]);
    // A teaching area blank in its own column is still named as itself.
    const own = only(without(AT_STANDARD_PRIMARY, "teachingArea"), { blankCells: { teachingArea: "S!H5", indoorSportsArea: "S!O12" } });
    expect(own.issues.map((i) => `${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["teachingArea S!H5"]);
  });
  it("L5 with nothing given names the blank ground-area cell when the sheet has no total column", () => {
    const { issues } = only(without(AT_STANDARD_PRIMARY, "sportsTotalArea"), { blankCells: { sportsGroundArea: "S!K5" } });
    expect(issues.map((i) => `${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["sportsGroundArea S!K5"]);
    // With a blank total column too, the total is what is missing (numerators.ts prefers it).
    const both = only(without(AT_STANDARD_PRIMARY, "sportsTotalArea"), { blankCells: { sportsGroundArea: "S!K5", sportsTotalArea: "S!L5" } });
    expect(both.issues.map((i) => `${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["sportsTotalArea S!L5"]);
  });
  it("L5 of a 初中 section whose ground area stands in a column read for 小学 only: at that cell, with the column's stage, not as “no value” (the sample's 第一初级中学, P31 24788)", () => {
    const junior = { type: "junior" as const, stage: "junior" as const, name: "第一初级中学", source: { sheet: "学校基本情况", row: 31 } };
    const { section, issues } = only(without(AT_STANDARD_JUNIOR, "sportsTotalArea"), { ...junior, unreadStageCells: { sportsGroundArea: "学校基本情况!P31" } });
    expect(section.indicators.L5).toBeUndefined();
    expect(section).toMatchObject({ evaluable: false, notEvaluable: ["missing_numerator_stage_column"], pass: null });
    expect(issues).toEqual([
      { code: "missing_numerator_stage_column", severity: "error", cell: "学校基本情况!P31", params: { school: "第一初级中学", stage: "junior", section: "S!2#junior", row: "学校基本情况!31", indicator: "L5", field: "sportsGroundArea", column: "P", stageInText: "primary" } },
    ]);
    expect(message(issues[0]?.code ?? "", issues[0]?.params ?? {}, "zh")).toBe("第一初级中学（初中）的“运动场地面积”填在第 P 列，但该列只读作小学的数值，此值未读取，指标 L5 无法计算（学校基本情况 第31行；原因见该列表头处的说明）");
    expect(message(issues[0]?.code ?? "", issues[0]?.params ?? {}, "en")).toBe(
      "第一初级中学 (junior secondary): Sports ground area is given in column P, but that column is read for primary only, so the value was not read and L5 cannot be computed (学校基本情况 row 31; see the note at the column's header)",
    );
    // With the indoor area given, the ground area is what is missing: the same cell.
    const indoor = only({ ...without(AT_STANDARD_JUNIOR, "sportsTotalArea"), indoorSportsArea: 600 }, { ...junior, unreadStageCells: { sportsGroundArea: "学校基本情况!P31" } });
    expect(indoor.issues.map((i) => `${i.code} ${String(i.params.field)} ${i.cell ?? ""}`)).toEqual(["missing_numerator_stage_column sportsGroundArea 学校基本情况!P31"]);
  });
  it("a blank cell of the section's own is where a missing value belongs, before an unread one; a field given is not missing whatever stands unread", () => {
    const { issues } = only(without(AT_STANDARD_JUNIOR, "sportsTotalArea"), { type: "junior", stage: "junior", blankCells: { sportsGroundArea: "S!K5" }, unreadStageCells: { sportsGroundArea: "S!P5" } });
    expect(issues.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["missing_numerator S!K5"]);
    const given = only(AT_STANDARD_JUNIOR, { type: "junior", stage: "junior", unreadStageCells: { sportsGroundArea: "S!P5" } });
    expect(given.issues).toEqual([]);
    expect(given.section).toMatchObject({ metCount: 7, pass: true });
    // Another field's unread cell does not stand for this one: L2 still has no cell.
    const other = only(without(AT_STANDARD_JUNIOR, "backboneTeachers"), { type: "junior", stage: "junior", unreadStageCells: { sportsGroundArea: "S!P5" } });
    expect(other.issues.map((i) => `${i.code} ${i.cell ?? "null"}`)).toEqual(["missing_numerator null"]);
  });
  it("indoor sports rooms larger than the teaching area", () => {
    const { section, issues } = only({ ...AT_STANDARD_PRIMARY, teachingArea: 100, indoorSportsArea: 200, sportsGroundArea: 74800 });
    expect(section.indicators.L4).toBeUndefined();
    expect(section.notEvaluable).toEqual(["indoor_exceeds_teaching_area"]);
    // 200 − 100 = 100 m² more indoor than teaching area: the excess, positive.
    expect(issues[0]).toMatchObject({ code: "indoor_exceeds_teaching_area", cell: "T!teachingArea", params: { value: 100 } });
    expect(message("indoor_exceeds_teaching_area", issues[0]?.params ?? {}, "zh")).toContain("超出 100 ㎡");
    expect(message("indoor_exceeds_teaching_area", issues[0]?.params ?? {}, "en")).toContain("by 100 m²");
  });
  it("a sports total contradicting its parts is a warning only", () => {
    const { section, issues } = only({ ...AT_STANDARD_PRIMARY, teachingArea: 47000, indoorSportsArea: 2000, sportsGroundArea: 73000, sportsTotalArea: 80000 });
    expect(section).toMatchObject({ evaluable: true, pass: true });
    expect(issues).toMatchObject([{ code: "sports_total_mismatch", severity: "warning", params: { total: 80000, parts: 75000 } }]);
  });
});

describe("evaluateSection: missing indicators fail a section only when no value of them could pass it", () => {
  it("a missing indicator and one below its floor: fails, still not evaluable, with its reason and no met count or plan", () => {
    // L1 356 → 3.56 < 3.57: below the floor, so no value of L2 can make it pass.
    const { section } = only({ ...without(AT_STANDARD_PRIMARY, "backboneTeachers"), qualifiedTeachers: 356 });
    expect(section).toMatchObject({ evaluable: false, notEvaluable: ["missing_numerator"], metCount: null, pass: false, passPlan: null });
  });
  it("a missing indicator and two under standard (above the floor): fails, 4 met + 1 missing < 6", () => {
    // L1 400 → 4.0 and L4 44 000 → 4.4: both at ≥ 85%, neither met.
    const { section } = only({ ...without(AT_STANDARD_PRIMARY, "backboneTeachers"), qualifiedTeachers: 400, teachingArea: 44000 });
    expect(section).toMatchObject({ evaluable: false, metCount: null, pass: false });
  });
  it("a missing indicator and one under standard (above the floor): not decided, 5 met + 1 missing could reach 6", () => {
    const { section } = only({ ...without(AT_STANDARD_PRIMARY, "backboneTeachers"), qualifiedTeachers: 400 });
    expect(section).toMatchObject({ evaluable: false, metCount: null, pass: null });
  });
  it("two missing and one under standard: not decided (4 met + 2 missing = 6); with two under: fails (3 + 2 = 5)", () => {
    const twoMissing = without(without(AT_STANDARD_PRIMARY, "backboneTeachers"), "multimediaRooms");
    expect(only({ ...twoMissing, qualifiedTeachers: 400 }).section.pass).toBeNull();
    expect(only({ ...twoMissing, qualifiedTeachers: 400, teachingArea: 44000 }).section.pass).toBe(false);
  });
  it("no students: nothing is decided, whatever the numerators", () => {
    expect(only({ ...without(AT_STANDARD_PRIMARY, "students"), qualifiedTeachers: 0 }).section.pass).toBeNull();
  });
  it("property: fails exactly when an indicator is below its floor or met + missing < 6 (hand rule, rules.md §2)", () => {
    const FIELDS: readonly FieldKey[] = ["qualifiedTeachers", "backboneTeachers", "peArtTeachers", "teachingArea", "sportsTotalArea", "equipmentValue", "multimediaRooms"];
    // Each indicator at standard (1), at 90% (floor), at 80% (below its 85% floor), or missing.
    const state = fc.constantFrom(1, 0.9, 0.8, null);
    fc.assert(
      fc.property(fc.array(state, { minLength: 7, maxLength: 7 }), (states) => {
        let values: Numbers = { ...AT_STANDARD_PRIMARY };
        FIELDS.forEach((f, i) => {
          const k = states[i] ?? null;
          values = k === null ? without(values, f) : { ...values, [f]: (AT_STANDARD_PRIMARY[f] ?? 0) * k };
        });
        const met = states.filter((k) => k === 1).length;
        const missing = states.filter((k) => k === null).length;
        const couldPass = !states.includes(0.8) && met + missing >= 6;
        const expected = couldPass ? (missing === 0 ? true : null) : false;
        return only(values).section.pass === expected;
      }),
    );
  });
});

describe("evaluateSection: scope", () => {
  it("an out-of-scope section keeps its values but raises no issue", () => {
    const { section, issues } = only(without(AT_STANDARD_PRIMARY, "backboneTeachers"), { type: "special" });
    expect(section).toMatchObject({ included: false, exclusion: "special_education", evaluable: false });
    expect(section.indicators.L1?.value).toBeCloseTo(4.2, 12);
    expect(issues).toEqual([]);
  });
  it("an out-of-scope section that would fail says so, but gets no plan: it has nothing to pass", () => {
    // A teaching point of 49 students with the numerators of 10 000 at standard: six indicators far above, L4 0 m² below its floor.
    const tp = { type: "teaching_point" as const };
    const failing = { ...AT_STANDARD_PRIMARY, students: 49, teachingArea: 0 };
    expect(only(failing, tp).section).toMatchObject({ included: false, pass: false, metCount: 6, passPlan: null });
    // With 50 students it is in scope, and its plan takes L4 to its floor: 0.85 × 4.5 × 50 = 191.25 m².
    const inScope = only({ ...failing, students: 50 }, tp).section;
    expect(inScope).toMatchObject({ included: true, pass: false, passPlan: { relaxed: "L4", steps: [{ code: "L4", target: "floor" }] } });
    expect(inScope.passPlan?.steps[0]?.amount).toBeCloseTo(191.25, 9);
  });
  it("teaching points: 49 students out, 50 in", () => {
    const tp = { type: "teaching_point" as const };
    expect(only({ ...AT_STANDARD_PRIMARY, students: 49 }, tp).section).toMatchObject({ included: false, exclusion: "small_teaching_point" });
    expect(only({ ...AT_STANDARD_PRIMARY, students: 50 }, tp).section).toMatchObject({ included: true, exclusion: null });
  });
  it("vocational and private (when switched off)", () => {
    expect(only(AT_STANDARD_PRIMARY, { type: "vocational", stage: null }).section).toMatchObject({ included: false, exclusion: "vocational", stage: "junior" });
    const noPrivate = profileWith({ scope: { ...NATIONAL.scope, includePrivate: false } });
    expect(only(AT_STANDARD_PRIMARY, { flags: { private: true } }, noPrivate).section.exclusion).toBe("private");
    expect(only(AT_STANDARD_PRIMARY, { flags: { private: true } }).section.included).toBe(true);
  });
});

describe("evaluateSection: combined schools", () => {
  it("a nine-year school becomes two evaluated sections with split info", () => {
    // Shared 23 226 m² teaching area: primary 166 ÷ 397 → 9711.63 m² ÷ 166 = 58.50 m² per student.
    const record = recordOf({ teachingArea: 23226 }, {
      type: "nine_year",
      stage: null,
      stageFields: { primary: fieldsOf({ students: 166 }), junior: fieldsOf({ students: 210 }) },
    });
    const [p, j] = evaluateRecord(record);
    expect(p?.section.split).toEqual({ recordId: "S!2", share: 166 / 397, shared: ["L4", "L5", "L6", "L7"] });
    expect(p?.section.indicators.L4?.numerator).toBeCloseTo(9711.63, 2);
    expect(p?.section.indicators.L4?.value).toBeCloseTo(9711.627204 / 166, 6);
    expect(j?.section.indicators.L4?.numerator).toBeCloseTo(13514.37, 2);
    // The other numerators are missing: one issue per indicator and stage.
    expect(p?.issues.filter((i) => i.code === "missing_numerator")).toHaveLength(6);
  });
  it("a split that cannot be computed reports the cause once, not every shared field", () => {
    const record = recordOf({ teachingArea: 6520 }, {
      type: "twelve_year",
      stage: null,
      stageFields: { primary: fieldsOf(without(AT_STANDARD_PRIMARY, "teachingArea")), junior: fieldsOf({ students: 200 }) },
    });
    const [p] = evaluateRecord(record);
    expect(p?.issues.map((i) => i.code)).toEqual(["split_missing_senior_students"]);
    expect(p?.section.notEvaluable).toEqual(["split_missing_senior_students"]);
  });
  it("a combined school with per-stage students but whole-school teachers says so at the whole-school cell, not 'missing' without a cell", () => {
    const shared = { teachingArea: 6000, sportsTotalArea: 9000, equipmentValue: 2_500_000, multimediaRooms: 24 };
    const record = recordOf(
      { ...shared, qualifiedTeachers: 55, backboneTeachers: 10, peArtTeachers: 9 },
      { type: "nine_year", stage: null, stageFields: { primary: fieldsOf({ students: 600 }), junior: fieldsOf({ students: 400 }) } },
    );
    const [p] = evaluateRecord(record);
    expect(p?.issues.map((i) => [i.code, i.cell, i.params.indicator])).toEqual([
      ["combined_whole_school_only", "T!qualifiedTeachers", "L1"],
      ["combined_whole_school_only", "T!backboneTeachers", "L2"],
      ["combined_whole_school_only", "T!peArtTeachers", "L3"],
    ]);
    expect(p?.section).toMatchObject({ evaluable: false, notEvaluable: ["combined_whole_school_only"] });
    // The shared areas are still split: L4 = 6000 × 600 ÷ (600 + 1.1 × 400) ÷ 600 = 6000 ÷ 1040 = 5.769… m² per student.
    expect(p?.section.indicators.L4?.value).toBeCloseTo(6000 / 1040, 12);
  });
  it("a combined school without per-stage data reports only that", () => {
    const [p, j] = evaluateRecord(recordOf({ students: 400 }, { type: "nine_year", stage: null }));
    expect(p?.issues.map((i) => i.code)).toEqual(["combined_no_stage_data"]);
    expect(j?.section).toMatchObject({ evaluable: false, notEvaluable: ["combined_no_stage_data"], students: null });
  });
});

describe("evaluateSection: properties", () => {
  const FIELD_OF: Record<IndicatorCode, FieldKey> = {
    L1: "qualifiedTeachers",
    L2: "backboneTeachers",
    L3: "peArtTeachers",
    L4: "teachingArea",
    L5: "sportsGroundArea",
    L6: "equipmentValue",
    L7: "multimediaRooms",
  };
  const arbitrarySchool = fc.record({
    students: fc.integer({ min: 1, max: 3000 }),
    qualifiedTeachers: fc.integer({ min: 0, max: 200 }),
    backboneTeachers: fc.integer({ min: 0, max: 40 }),
    peArtTeachers: fc.integer({ min: 0, max: 40 }),
    teachingArea: fc.integer({ min: 2000, max: 30000 }),
    indoorSportsArea: fc.integer({ min: 0, max: 2000 }),
    sportsGroundArea: fc.integer({ min: 0, max: 40000 }),
    equipmentValue: fc.integer({ min: 0, max: 10_000_000 }),
    multimediaRooms: fc.integer({ min: 0, max: 80 }),
  });
  const stage = fc.constantFrom("primary" as const, "junior" as const);
  const costs = fc.option(fc.constant({ teacher: 120_000, teachingAreaM2: 3000, sportsAreaM2: 400, multimediaRoom: 60_000 }), { nil: null });

  it("a passing section has no plan; applying a failing section's plan makes it pass", () => {
    fc.assert(
      fc.property(arbitrarySchool, stage, costs, (school, st, unitCosts) => {
        const profile = profileWith({ unitCosts });
        const { section } = only(school, { stage: st, type: st }, profile);
        if (section.pass !== false) return section.pass === true && section.passPlan === null;
        const improved: Numbers = { ...school };
        for (const s of section.passPlan?.steps ?? []) improved[FIELD_OF[s.code]] = (improved[FIELD_OF[s.code]] ?? 0) + s.amount;
        return only(improved, { stage: st, type: st }, profile).section.pass === true;
      }),
    );
  });
  it("shortfalls are never negative", () => {
    fc.assert(
      fc.property(arbitrarySchool, stage, (school, st) => {
        const { section } = only(school, { stage: st, type: st });
        return Object.values(section.indicators).every((r) => r.shortfall >= 0);
      }),
    );
  });
});
