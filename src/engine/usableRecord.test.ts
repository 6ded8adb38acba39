import { evaluate } from "./evaluate";
import { AT_STANDARD_PRIMARY, NATIONAL, recordOf, type Numbers } from "./testing/fixtures";
import type { EvaluationInput, FieldKey, SchoolRecord } from "./types";
import { flagsUsable, heldForIndoor, usableRecord } from "./usableRecord";
import { builtInProfile } from "../profiles/resolveProfile";

/** A record at standard (plus `extra` numbers) whose `key` holds `value` (anything: through the API a value need not be a number). */
function withRaw(key: FieldKey, value: unknown, over: Partial<SchoolRecord> = {}, extra: Numbers = {}): SchoolRecord {
  const record = recordOf({ ...AT_STANDARD_PRIMARY, ...extra }, over);
  return { ...record, fields: { ...record.fields, [key]: { value: value as number, cell: `T!${key}` } } };
}

/** Two schools, the first spoilt: an evaluation of which the second is the control. */
function inputOf(first: SchoolRecord): EvaluationInput {
  return { records: [first, recordOf(AT_STANDARD_PRIMARY, { id: "S!3", name: "对照小学" })], countyFigures: [], year: 2024 };
}

describe("usableRecord", () => {
  it.each([["text", "2400"], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity], ["null", null], ["true", true], ["an object", {}]])("leaves out a value that is %s, keeps its cell as blank and says what it was", (_kind, value) => {
    const { record, issues } = usableRecord(withRaw("sportsGroundArea", value), true);
    expect(record.fields.sportsGroundArea).toBeUndefined();
    expect(record.blankCells?.sportsGroundArea).toBe("T!sportsGroundArea");
    expect(record.fields.students).toEqual({ value: 10000, cell: "T!students" });
    expect(issues).toEqual([{ code: "value_not_number", severity: "error", cell: "T!sportsGroundArea", params: { school: "School", field: "sportsGroundArea", value: String(value), row: "S!2" } }]);
  });
  it("keeps a record of numbers as it is (0 and −0 are numbers)", () => {
    const record = withRaw("multimediaRooms", -0);
    expect(usableRecord(record, true)).toEqual({ record, issues: [] });
  });
  it("an indoor area that is not a number holds back the areas that need it (L4 deducts it, L5 adds it), their blank cell the indoor cell, as the reader does", () => {
    const { record, issues } = usableRecord(withRaw("indoorSportsArea", "4000", {}, { sportsGroundArea: 71000 }), true);
    expect([record.fields.teachingArea, record.fields.sportsGroundArea, record.fields.indoorSportsArea]).toEqual([undefined, undefined, undefined]);
    expect(record.blankCells).toEqual({ indoorSportsArea: "T!indoorSportsArea", teachingArea: "T!indoorSportsArea", sportsGroundArea: "T!indoorSportsArea" });
    // What does not need it stays: the sports total, the equipment.
    expect([record.fields.sportsTotalArea?.value, record.fields.equipmentValue?.value]).toEqual([AT_STANDARD_PRIMARY.sportsTotalArea, AT_STANDARD_PRIMARY.equipmentValue]);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["value_not_number", "error", "T!indoorSportsArea"],
      ["indoor_not_number", "warning", "T!indoorSportsArea"],
    ]);
  });
  it("an indoor area that is not a number, under a profile that does not deduct it from L4, holds back the ground area only (L5 adds it)", () => {
    const { record, issues } = usableRecord(withRaw("indoorSportsArea", "4000", {}, { sportsGroundArea: 71000 }), false);
    expect([record.fields.teachingArea?.value, record.fields.sportsGroundArea, record.blankCells?.sportsGroundArea]).toEqual([45000, undefined, "T!indoorSportsArea"]);
    expect(issues.find((i) => i.code === "indoor_not_number")?.params.indicators).toBe("L5");
  });
  it("an indoor cell without a value (its column there, no number) holds back what the profile needs, with no issue of its own", () => {
    const base = recordOf({ ...AT_STANDARD_PRIMARY, sportsGroundArea: 71000 });
    const record = { ...base, blankCells: { indoorSportsArea: "S!F9" } };
    const deducting = usableRecord(record, true);
    expect([deducting.record.fields.teachingArea, deducting.record.fields.sportsGroundArea, deducting.issues]).toEqual([undefined, undefined, []]);
    expect(deducting.record.blankCells).toEqual({ indoorSportsArea: "S!F9", teachingArea: "S!F9", sportsGroundArea: "S!F9" });
    const notDeducting = usableRecord(record, false);
    expect([notDeducting.record.fields.teachingArea?.value, notDeducting.record.blankCells]).toEqual([45000, { indoorSportsArea: "S!F9", sportsGroundArea: "S!F9" }]);
    // A stage's own indoor cell counts the same way.
    const staged = { ...recordOf({ students: 500 }, { type: "nine_year", stage: null }), stageFields: { junior: { teachingArea: { value: 2000, cell: "J!O5" } } }, stageBlankCells: { junior: { indoorSportsArea: "J!P5" } } };
    expect([heldForIndoor(staged), heldForIndoor(base)]).toEqual([true, false]);
    expect(usableRecord(staged, true).record.stageBlankCells?.junior).toEqual({ indoorSportsArea: "J!P5", teachingArea: "J!P5" });
  });
  it("a usable indoor area, or none, holds nothing back", () => {
    const { indoorSportsArea: _indoor, ...noIndoor } = recordOf(AT_STANDARD_PRIMARY).fields;
    for (const record of [withRaw("indoorSportsArea", 0), { ...recordOf(AT_STANDARD_PRIMARY), fields: noIndoor }]) expect(usableRecord(record, true)).toEqual({ record, issues: [] });
  });
  it("cleans a stage's own numbers too, its cell kept as that stage's blank cell", () => {
    const base = recordOf({ ...AT_STANDARD_PRIMARY, students: 500 }, { type: "nine_year", stage: null });
    const record = { ...base, stageFields: { primary: { students: { value: 300, cell: "P!E5" } }, junior: { students: { value: "200" as unknown as number, cell: "J!E5" } } } };
    const { record: clean, issues } = usableRecord(record, true);
    expect(clean.stageFields).toEqual({ primary: { students: { value: 300, cell: "P!E5" } }, junior: {} });
    expect(clean.stageBlankCells?.junior).toEqual({ students: "J!E5" });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["value_not_number", "J!E5"]]);
  });
});

describe("a value that is not a number, through evaluate (possible only through the API)", () => {
  it("an indoor area that is not a number: L4 is not computed (never 45000 ÷ 10000 = 4.5 with nothing deducted) and is named at the indoor cell; L5 takes the total given, 75000 ÷ 10000 = 7.5 m² per student", () => {
    const spoilt = withRaw("sportsGroundArea", "2400");
    const first = { ...spoilt, fields: { ...spoilt.fields, indoorSportsArea: { value: "400" as unknown as number, cell: "T!indoor" } } };
    const evaluation = evaluate(inputOf(first), NATIONAL);
    const section = evaluation.counties[0]?.sections[0];
    expect(section?.indicators.L4).toBeUndefined();
    expect(section?.evaluable).toBe(false);
    expect(section?.indicators.L5?.value).toBe(7.5);
    expect(evaluation.issues.find((i) => i.code === "missing_numerator" && i.params.indicator === "L4")?.cell).toBe("T!indoor");
    expect(evaluation.issues.filter((i) => i.code === "indoor_not_number").map((i) => i.cell)).toEqual(["T!indoor"]);
  });
  it("text never adds up as text: sports area '2400' + '400' leaves L5 uncomputed, the cell named twice (what it was, what is missing)", () => {
    const spoilt = withRaw("sportsGroundArea", "2400");
    const { sportsTotalArea: _total, ...rest } = spoilt.fields;
    const first = { ...spoilt, fields: { ...rest, indoorSportsArea: { value: "400" as unknown as number, cell: "T!indoor" } } };
    const evaluation = evaluate(inputOf(first), NATIONAL);
    const section = evaluation.counties[0]?.sections[0];
    expect(section?.evaluable).toBe(false);
    expect(section?.pass).toBeNull();
    expect(section?.indicators.L5).toBeUndefined();
    expect(evaluation.issues.find((i) => i.code === "missing_numerator" && i.params.indicator === "L5")?.cell).toBe("T!sportsGroundArea");
    expect(evaluation.issues.filter((i) => i.code === "value_not_number").map((i) => i.cell)).toEqual(["T!sportsGroundArea", "T!indoor"]);
    // The control school is evaluated as usual: at standard, it passes.
    expect(evaluation.counties[0]?.sections[1]?.pass).toBe(true);
  });
  it("NaN students: the section is not evaluable, no status is judged from NaN, and the coefficients count only the control", () => {
    const evaluation = evaluate(inputOf(withRaw("students", NaN)), NATIONAL);
    const [spoilt] = evaluation.counties[0]?.sections ?? [];
    expect(spoilt?.evaluable).toBe(false);
    expect(Object.values(spoilt?.indicators ?? {}).every((r) => r === undefined || !Number.isNaN(r.value ?? 0))).toBe(true);
    expect(evaluation.counties[0]?.coefficients[0]?.indicators.L1).toMatchObject({ n: 1, cv: null, met: null });
    expect(evaluation.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["value_not_number", "missing_students"]));
  });
  it("a guarantee figure that is NaN is unknown, never a pass or a fail: classes (G3), training funds (Q4), certified teachers (G12)", () => {
    // Both schools give what the three items need; the control passes each: 200 classes need ceil(200 ÷ 12) = 17 rooms of each kind
    // (17 compliant given), training funds 600 000 ÷ 10 000 000 = 6% ≥ 5%, certified 500 of 500 teachers.
    const guarantee: Numbers = { classes: 200, musicRoomsCompliant: 17, artRoomsCompliant: 17, teachers: 500, certifiedTeachers: 500, publicFunding: 10_000_000, trainingFunds: 600_000 };
    const control = recordOf({ ...AT_STANDARD_PRIMARY, ...guarantee }, { id: "S!3", name: "对照小学" });
    const cases = [
      ["classes", "G3", ["musicRoomsNeeded", "musicRoomsShort", "artRoomsShort"]],
      ["trainingFunds", "Q4", ["trainingFundsShare"]],
      ["certifiedTeachers", "G12", ["certificateRate"]],
    ] as const;
    for (const [key, item, figures] of cases) {
      const evaluation = evaluate({ records: [withRaw(key, NaN, {}, guarantee), control], countyFigures: [], year: 2024 }, NATIONAL);
      const county = evaluation.counties[0];
      // The control passing cannot decide an item every school must meet, and no county figure is given: not assessed, neither met nor failed.
      expect([key, county?.items.find((i) => i.code === item)?.verdict]).toEqual([key, "not_assessed"]);
      const partial = evaluation.issues.find((i) => i.code === "guarantee_school_data_partial" && i.params.item === item);
      expect([key, partial?.params.schools]).toEqual([key, "School"]);
      const school = county?.schoolGuarantee.find((g) => g.name === "School");
      for (const figure of figures) expect([key, figure, school?.[figure]]).toEqual([key, figure, null]);
    }
    const decided = evaluate({ records: [control], countyFigures: [], year: 2024 }, NATIONAL).counties[0];
    expect(["G3", "Q4", "G12"].map((code) => decided?.items.find((i) => i.code === code)?.verdict)).toEqual(["met", "met", "met"]);
    expect(decided?.schoolGuarantee[0]).toMatchObject({ musicRoomsNeeded: 17, musicRoomsShort: 0, artRoomsShort: 0, trainingFundsShare: 0.06, certificateRate: 1 });
  });
});

describe("flags that are not what SchoolFlags allows (possible only through the API)", () => {
  const spoilt = (flags: Record<string, unknown>): SchoolRecord => ({ ...recordOf(AT_STANDARD_PRIMARY), flags: flags as SchoolRecord["flags"] });
  it("are left out, each with an issue saying what it was; the usable ones stay", () => {
    const { record, issues } = usableRecord(spoilt({ rural: null, builtYear: "2009", boarding: true, private: "否" }), true);
    expect(record.flags).toEqual({ boarding: true });
    expect(issues.map((i) => [i.code, i.params["flag"], i.params["value"]])).toEqual([
      ["flag_not_usable", "rural", "null"],
      ["flag_not_usable", "builtYear", "2009"],
      ["flag_not_usable", "private", "否"],
    ]);
    expect(flagsUsable({ rural: false, builtYear: 2009 })).toBe(true);
  });
  it("a rural flag of null is no statement: a Sichuan 小学 of 394 with 350 000 yuan (315 200 as urban, 400 000 as rural) is not passed as urban", () => {
    const sichuan = builtInProfile("sichuan-guanghan-2024");
    const school = { ...recordOf({ ...AT_STANDARD_PRIMARY, students: 394, publicFunding: 350_000 }), flags: { rural: null } as unknown as SchoolRecord["flags"] };
    const evaluation = evaluate({ records: [school], countyFigures: [], year: 2024 }, sichuan);
    expect(evaluation.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["flag_not_usable", "funding_rurality_unknown"]));
    expect(evaluation.counties[0]?.schoolGuarantee[0]?.fundingShortfall).toBeNull();
  });
});
