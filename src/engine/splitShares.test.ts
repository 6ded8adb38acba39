import { combinedBits, combinedStages, splitShares } from "./splitShares";
import { SCHOOL_TYPES } from "./types";
import { fieldsOf, NATIONAL, recordOf } from "./testing/fixtures";

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
