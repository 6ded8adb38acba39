import { evaluate } from "./evaluate";
import { AT_STANDARD_PRIMARY, NATIONAL, recordOf } from "./testing/fixtures";
import type { EvaluationInput, FieldKey, SchoolRecord } from "./types";
import { usableRecord } from "./usableRecord";

/** A record at standard whose `key` holds `value` (anything: through the API a value need not be a number). */
function withRaw(key: FieldKey, value: unknown, over: Partial<SchoolRecord> = {}): SchoolRecord {
  const record = recordOf(AT_STANDARD_PRIMARY, over);
  return { ...record, fields: { ...record.fields, [key]: { value: value as number, cell: `T!${key}` } } };
}

/** Two schools, the first spoilt: an evaluation of which the second is the control. */
function inputOf(first: SchoolRecord): EvaluationInput {
  return { records: [first, recordOf(AT_STANDARD_PRIMARY, { id: "S!3", name: "对照小学" })], countyFigures: [], year: 2024 };
}

describe("usableRecord", () => {
  it.each([["text", "2400"], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity], ["null", null], ["true", true], ["an object", {}]])("leaves out a value that is %s, keeps its cell as blank and says what it was", (_kind, value) => {
    const { record, issues } = usableRecord(withRaw("sportsGroundArea", value));
    expect(record.fields.sportsGroundArea).toBeUndefined();
    expect(record.blankCells?.sportsGroundArea).toBe("T!sportsGroundArea");
    expect(record.fields.students).toEqual({ value: 10000, cell: "T!students" });
    expect(issues).toEqual([{ code: "value_not_number", severity: "error", cell: "T!sportsGroundArea", params: { school: "School", field: "sportsGroundArea", value: String(value), row: "S!2" } }]);
  });
  it("keeps a record of numbers as it is (0 and −0 are numbers)", () => {
    const record = withRaw("multimediaRooms", -0);
    expect(usableRecord(record)).toEqual({ record, issues: [] });
  });
  it("cleans a stage's own numbers too, its cell kept as that stage's blank cell", () => {
    const base = recordOf({ ...AT_STANDARD_PRIMARY, students: 500 }, { type: "nine_year", stage: null });
    const record = { ...base, stageFields: { primary: { students: { value: 300, cell: "P!E5" } }, junior: { students: { value: "200" as unknown as number, cell: "J!E5" } } } };
    const { record: clean, issues } = usableRecord(record);
    expect(clean.stageFields).toEqual({ primary: { students: { value: 300, cell: "P!E5" } }, junior: {} });
    expect(clean.stageBlankCells?.junior).toEqual({ students: "J!E5" });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["value_not_number", "J!E5"]]);
  });
});

describe("a value that is not a number, through evaluate (possible only through the API)", () => {
  it("with a total given, the total stands in for the parts left out (as for a blank ground and indoor area): L5 = 75000 ÷ 10000 = 7.5 m² per student", () => {
    const spoilt = withRaw("sportsGroundArea", "2400");
    const first = { ...spoilt, fields: { ...spoilt.fields, indoorSportsArea: { value: "400" as unknown as number, cell: "T!indoor" } } };
    const section = evaluate(inputOf(first), NATIONAL).counties[0]?.sections[0];
    expect(section?.indicators.L5?.value).toBe(7.5);
    expect(section?.indicators.L4?.value).toBe(4.5); // 45000 ÷ 10000, nothing deducted for an indoor area that is not a number
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
    for (const [key, item] of [["classes", "G3"], ["trainingFunds", "Q4"], ["certifiedTeachers", "G12"]] as const) {
      const first = { ...withRaw(key, NaN), fields: { ...withRaw(key, NaN).fields, ...(key === "trainingFunds" ? { publicFunding: { value: 1_000_000, cell: "T!pf" } } : {}) } };
      const county = evaluate(inputOf(first), NATIONAL).counties[0];
      const found = county?.items.find((i) => i.code === item);
      expect([key, found?.failingSchools.includes("School")]).toEqual([key, false]);
      expect([key, Number.isNaN(found?.figure)]).toEqual([key, false]);
      const school = county?.schoolGuarantee.find((g) => g.name === "School");
      expect(JSON.stringify(school)).not.toContain("NaN");
    }
  });
});
