import { evaluate } from "./evaluate";
import { combinedBits, combinedStages, splitShares } from "./splitShares";
import { SCHOOL_TYPES } from "./types";
import { fieldsOf, NATIONAL, recordOf } from "./testing/fixtures";
import { usableRecord } from "./usableRecord";

function combined(type: "nine_year" | "twelve_year" | "complete_middle", primary: number | null, junior: number | null, senior?: number) {
  return recordOf(senior === undefined ? {} : { seniorStudents: senior }, {
    type,
    stage: null,
    stageFields: {
      ...(primary === null ? {} : { primary: fieldsOf({ students: primary }) }),
      ...(junior === null ? {} : { junior: fieldsOf({ students: junior }) }),
    },
  });
}

describe("splitShares", () => {
  it("WE-2: nine-year school 166 / 210 → 166 ÷ 397 and 231 ÷ 397", () => {
    const out = splitShares(combined("nine_year", 166, 210), ["primary", "junior"], NATIONAL);
    if (out.kind !== "shares") throw new Error("expected shares");
    // 23 226 × 166 ÷ 397 = 9711.6272…; 23 226 × 231 ÷ 397 = 13 514.3727…
    expect(23226 * (out.shares.primary ?? NaN)).toBeCloseTo(9711.63, 2);
    expect(23226 * (out.shares.junior ?? NaN)).toBeCloseTo(13514.37, 2);
    expect(out.shares.primary).toBeCloseTo(166 / 397, 12);
  });
  it("twelve-year school: 300 primary, 200 junior, 100 senior → 1 : 1.1 : 1.32", () => {
    // Weighted: 300 + 220 + 132 = 652; primary 300 ÷ 652, junior 220 ÷ 652.
    const out = splitShares(combined("twelve_year", 300, 200, 100), ["primary", "junior"], NATIONAL);
    if (out.kind !== "shares") throw new Error("expected shares");
    expect(out.shares.primary).toBeCloseTo(300 / 652, 12);
    expect(out.shares.junior).toBeCloseTo(220 / 652, 12);
  });
  it("complete middle school: 600 junior, 500 senior → junior 600 ÷ (600 + 1.2 × 500) = 0.5", () => {
    const out = splitShares(combined("complete_middle", null, 600, 500), ["junior"], NATIONAL);
    expect(out).toEqual({ kind: "shares", shares: { junior: 0.5 } });
  });
  it("cannot split without every stage's students or the senior count", () => {
    const noJunior = recordOf({}, { type: "nine_year", stage: null, stageFields: { primary: fieldsOf({ students: 1 }), junior: fieldsOf({}) } });
    expect(splitShares(noJunior, ["primary", "junior"], NATIONAL)).toMatchObject({ kind: "unknown", problem: { code: "split_missing_students", params: { missingStage: "junior" } } });
    expect(splitShares(combined("twelve_year", 300, 200), ["primary", "junior"], NATIONAL)).toMatchObject({ problem: { code: "split_missing_senior_students" } });
  });
  it("zero students everywhere gives no share and leaves the report to the sections", () => {
    expect(splitShares(combined("nine_year", 0, 0), ["primary", "junior"], NATIONAL)).toEqual({ kind: "unknown", problem: null });
  });
  it("one stage present takes everything", () => {
    expect(splitShares(combined("nine_year", 120, null), ["primary"], NATIONAL)).toEqual({ kind: "shares", shares: { primary: 1 } });
  });
});

describe("combinedBits / combinedStages", () => {
  it("九年一贯制 and 十二年一贯制 have both compulsory sections, 完全中学 only the junior one, every other type none", () => {
    const stages = Object.fromEntries(SCHOOL_TYPES.map((t) => [t, [combinedBits(t), combinedStages(t)]]));
    expect(stages["nine_year"]).toEqual([0b11, ["primary", "junior"]]);
    expect(stages["twelve_year"]).toEqual([0b11, ["primary", "junior"]]);
    expect(stages["complete_middle"]).toEqual([0b10, ["junior"]]);
    for (const t of SCHOOL_TYPES.filter((x) => !["nine_year", "twelve_year", "complete_middle"].includes(x))) expect([t, stages[t]]).toEqual([t, [0, []]]);
  });
});

describe("splitShares: edge cases", () => {
  it("a nine-year school with 0 primary students: primary 0, junior everything (1.1 × 200 ÷ (0 + 1.1 × 200) = 1)", () => {
    expect(splitShares(combined("nine_year", 0, 200), ["primary", "junior"], NATIONAL)).toEqual({ kind: "shares", shares: { primary: 0, junior: 1 } });
  });
  it("a nine-year school with 0 junior students: primary everything (150 ÷ (150 + 0) = 1), junior 0", () => {
    expect(splitShares(combined("nine_year", 150, 0), ["primary", "junior"], NATIONAL)).toEqual({ kind: "shares", shares: { primary: 1, junior: 0 } });
  });
  it("all stages equal (100 and 100): not halves, the junior weight counts: 100 ÷ 210 and 110 ÷ 210", () => {
    const out = splitShares(combined("nine_year", 100, 100), ["primary", "junior"], NATIONAL);
    if (out.kind !== "shares") throw new Error("expected shares");
    expect(out.shares.primary).toBeCloseTo(100 / 210, 12);
    expect(out.shares.junior).toBeCloseTo(110 / 210, 12);
  });
  it("a twelve-year school with 0 senior students splits as 1 : 1.1 (300 ÷ 520, 220 ÷ 520)", () => {
    const out = splitShares(combined("twelve_year", 300, 200, 0), ["primary", "junior"], NATIONAL);
    if (out.kind !== "shares") throw new Error("expected shares");
    expect(out.shares.primary).toBeCloseTo(300 / 520, 12);
    expect(out.shares.junior).toBeCloseTo(220 / 520, 12);
  });
  it("a complete middle school with 0 junior students: the junior share is 0 (0 ÷ (0 + 1.2 × 500)), the senior part keeps the rest", () => {
    expect(splitShares(combined("complete_middle", null, 0, 500), ["junior"], NATIONAL)).toEqual({ kind: "shares", shares: { junior: 0 } });
  });
  it("a stage left blank (no per-stage line at all, or a line without students) cannot be split, naming that stage", () => {
    expect(splitShares(combined("nine_year", null, 200), ["primary", "junior"], NATIONAL)).toMatchObject({ kind: "unknown", problem: { code: "split_missing_students", params: { missingStage: "primary" } } });
    const blankPrimary = recordOf({}, { type: "nine_year", stage: null, stageFields: { primary: fieldsOf({ teachingArea: 3000 }), junior: fieldsOf({ students: 200 }) } });
    expect(splitShares(blankPrimary, ["primary", "junior"], NATIONAL)).toMatchObject({ kind: "unknown", problem: { code: "split_missing_students", params: { missingStage: "primary" } } });
  });
  it("a stage's students stored as text ('166'): usableRecord makes it a blank, and the split names that stage — never 'all zero'", () => {
    const base = combined("nine_year", 166, 210);
    const spoilt = { ...base, stageFields: { ...base.stageFields, primary: { students: { value: "166" as unknown as number, cell: "P!E5" } } } };
    const { record } = usableRecord(spoilt, true);
    expect(splitShares(record, ["primary", "junior"], NATIONAL)).toMatchObject({ kind: "unknown", problem: { code: "split_missing_students", params: { missingStage: "primary" } } });
  });
});

describe("a combined school with one stage of 0 students, through evaluate", () => {
  it.each(["fast", "reference"] as const)("%s path: the empty primary section is not evaluable (zero_students, no NaN); the junior section gets every shared m², yuan and room", (paths) => {
    // Whole-school shared resources, exactly the junior standards for 1000 junior students (rules.md §2):
    // L4 5800 ÷ 1000 = 5.8, L5 10 200 → 10.2, L6 2 500 000 → 2500, L7 24 ÷ 1000 × 100 = 2.4. Share 1.1 × 1000 ÷ (0 + 1100) = 1.
    const record = recordOf(
      { teachingArea: 5800, sportsTotalArea: 10200, equipmentValue: 2_500_000, multimediaRooms: 24 },
      {
        type: "nine_year",
        stage: null,
        stageFields: {
          primary: fieldsOf({ students: 0, qualifiedTeachers: 0, backboneTeachers: 0, peArtTeachers: 0 }, "P"),
          junior: fieldsOf({ students: 1000, qualifiedTeachers: 53, backboneTeachers: 10, peArtTeachers: 9 }, "J"),
        },
      },
    );
    const evaluation = evaluate({ records: [record], countyFigures: [], year: 2024 }, NATIONAL, { paths });
    const [primary, junior] = evaluation.counties[0]?.sections ?? [];
    expect(primary).toMatchObject({ stage: "primary", students: 0, indicators: {}, evaluable: false, notEvaluable: ["zero_students"], pass: null });
    expect(junior).toMatchObject({ stage: "junior", students: 1000, evaluable: true, metCount: 7, pass: true });
    expect(junior?.split?.share).toBe(1);
    expect(junior?.indicators.L4?.value).toBeCloseTo(5.8, 12);
    expect(junior?.indicators.L7?.value).toBeCloseTo(2.4, 12);
    expect(evaluation.issues.filter((i) => i.code === "zero_students").map((i) => i.cell)).toEqual(["P!students"]);
  });
});
