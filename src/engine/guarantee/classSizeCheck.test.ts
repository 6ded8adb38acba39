import { builtInProfile } from "../../profiles/resolveProfile";
import { allClassesUnder, classSizeFinding } from "./classSizeCheck";
import { schoolRecord, type Numbers } from "./testRecords";

const national = builtInProfile("national-2017");
const KEYS = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"] as const;
const buckets = (counts: readonly number[]): Numbers => Object.fromEntries(KEYS.map((k, i) => [k, counts[i] ?? 0]));
// 46–50: 1, 51–55: 1, 56–60: 1, 61–65: 0, ≥66: 1.
const MIXED = [2, 3, 5, 4, 2, 1, 1, 1, 0, 1];

describe("classSizeFinding", () => {
  it("小学 (cap 45): 4 over, 2 大班额, 1 超大班额", () => {
    const f = classSizeFinding("甲小学", [schoolRecord({ name: "甲小学", row: 5, fields: buckets(MIXED) })], national).value;
    expect(f.overCap).toEqual({ atLeast: 4, exact: true });
    expect(f.large).toEqual({ atLeast: 2, exact: true });
    expect(f.superLarge).toEqual({ atLeast: 1, exact: true });
  });
  it("初中 (cap 50): the 46–50 class is within the cap, so 3 over", () => {
    const f = classSizeFinding("乙中学", [schoolRecord({ name: "乙中学", row: 5, type: "junior", stage: "junior", fields: buckets(MIXED) })], national).value;
    expect(f.overCap).toEqual({ atLeast: 3, exact: true });
  });
  it("sums the two section rows of a combined school, each at its own cap: 4 + 3 = 7", () => {
    const rows = [
      schoolRecord({ name: "丙学校（小学部）", row: 5, type: "nine_year", stage: "primary", fields: buckets(MIXED) }),
      schoolRecord({ name: "丙学校（初中部）", row: 6, type: "nine_year", stage: "junior", fields: buckets(MIXED) }),
    ];
    const f = classSizeFinding("丙学校", rows, national).value;
    expect(f.overCap).toEqual({ atLeast: 7, exact: true });
    expect(f.large).toEqual({ atLeast: 4, exact: true });
  });
  it("uses per-stage buckets of a whole-school row", () => {
    const row = schoolRecord({ name: "丁学校", row: 5, type: "nine_year", stage: null, stageFields: { primary: buckets(MIXED), junior: buckets([0, 0, 0, 0, 0, 2, 0, 0, 0, 0]) } });
    expect(classSizeFinding("丁学校", [row], national).value.overCap).toEqual({ atLeast: 4, exact: true });
  });
  it("with only the largest class: 0 over when it is within the cap, else at least 1 (not exact)", () => {
    const within = classSizeFinding("甲", [schoolRecord({ name: "甲", row: 5, fields: { largestClass: 45 } })], national).value;
    const over = classSizeFinding("乙", [schoolRecord({ name: "乙", row: 6, type: "junior", stage: "junior", fields: { largestClass: 52 } })], national).value;
    expect(within.overCap).toEqual({ atLeast: 0, exact: true });
    expect(over.overCap).toEqual({ atLeast: 1, exact: false });
    expect(over.large).toEqual({ atLeast: 0, exact: true });
  });
  it("a 九年一贯制 whose exact 小学 gives only its largest class leaves the bound to the 初中 buckets (largestOnly false)", () => {
    // 小学 largest 40 ≤ 45: exactly 0 over, 0 of 56+, 0 of 66+. 初中 ≤45: 5, 46–55: 3, 56–65: 0, ≥66: 0:
    // over 50 the 3 of 46–55 are undecided → at least 0, not exact; 56+ and 66+ exactly 0.
    const row = schoolRecord({
      name: "红星学校",
      row: 5,
      type: "nine_year",
      stage: null,
      stageFields: { primary: { largestClass: 40 }, junior: { classes_le45: 5, classes_46_55: 3, classes_56_65: 0, classes_ge66: 0 } },
    });
    const f = classSizeFinding("红星学校", [row], national).value;
    expect([f.overCap, f.large, f.superLarge]).toEqual([{ atLeast: 0, exact: false }, { atLeast: 0, exact: true }, { atLeast: 0, exact: true }]);
    expect(f.largestOnly).toBe(false);
    // With a 小学 largest class of 46 that slice is inexact too (at least 1 over 45): it decides.
    const over = schoolRecord({ name: "红星学校", row: 5, type: "nine_year", stage: null, stageFields: { primary: { largestClass: 46 }, junior: { classes_le45: 5, classes_46_55: 3, classes_56_65: 0, classes_ge66: 0 } } });
    expect(classSizeFinding("红星学校", [over], national).value).toMatchObject({ overCap: { atLeast: 1, exact: false }, largestOnly: true });
  });
  it("a 十二年一贯制 on one row with whole-school buckets only, every class within 45: 0 over, 0 大班额 (before: unknown, for its 高中 classes)", () => {
    const fields = { ...buckets([0, 0, 0, 15, 15, 0, 0, 0, 0, 0]), seniorStudents: 386 };
    const row = schoolRecord({ name: "外国语学校", row: 5, type: "twelve_year", stage: null, fields, stageFields: { primary: { students: 1400 }, junior: { students: 1000 } } });
    const f = classSizeFinding("外国语学校", [row], national).value;
    expect([f.overCap, f.large, f.superLarge]).toEqual([{ atLeast: 0, exact: true }, { atLeast: 0, exact: true }, { atLeast: 0, exact: true }]);
    // One class of 56–60 (a 大班额, perhaps a 高中 class): none of the three counts is known.
    const over = classSizeFinding("外国语学校", [{ ...row, fields: { ...row.fields, ...schoolRecord({ name: "x", row: 5, fields: buckets([0, 0, 0, 15, 14, 0, 0, 1, 0, 0]) }).fields } }], national).value;
    expect([over.overCap, over.large, over.superLarge]).toEqual([null, null, { atLeast: 0, exact: true }]);
  });
  it("reports partial buckets and does not use them", () => {
    const f = classSizeFinding("甲", [schoolRecord({ name: "甲", row: 5, fields: { classes_le25: 4, classes_26_30: 2 } })], national);
    expect(f.value.overCap).toBeNull();
    expect(f.issues).toEqual([{ code: "class_buckets_incomplete", severity: "warning", cell: "表1!Q5", params: { school: "甲", given: 2 } }]);
  });
  it("reports partial buckets of a one-row 完全中学 too (before: left unknown without a word, its 高中 classes being in them)", () => {
    const row = schoolRecord({ name: "乙", row: 5, type: "complete_middle", stage: null, fields: { classes_le25: 4, classes_26_30: 2, seniorStudents: 300 }, stageFields: { junior: { students: 400 } } });
    const f = classSizeFinding("乙", [row], national);
    expect([f.value.overCap, f.value.large]).toEqual([null, null]);
    expect(f.issues).toEqual([{ code: "class_buckets_incomplete", severity: "warning", cell: "表1!Q5", params: { school: "乙", given: 2 } }]);
  });
  it("is unknown for blank cells", () => {
    const f = classSizeFinding("甲", [schoolRecord({ name: "甲", row: 5 })], national);
    expect(f.value).toMatchObject({ overCap: null, large: null, superLarge: null });
    expect(f.issues).toEqual([]);
  });
});

describe("allClassesUnder", () => {
  it("is true when the largest class is 29 and the limit 30", () => {
    expect(allClassesUnder([schoolRecord({ name: "村小", row: 5, fields: { largestClass: 29 } })], 30)).toBe(true);
  });
  it("is false at a largest class of 30", () => {
    expect(allClassesUnder([schoolRecord({ name: "村小", row: 5, fields: { largestClass: 30 } })], 30)).toBe(false);
  });
  it("is decided by buckets alone only when no class is in 26–30 (which may hold a class of 30)", () => {
    expect(allClassesUnder([schoolRecord({ name: "村小", row: 5, fields: buckets([4, 0, 0, 0, 0, 0, 0, 0, 0, 0]) })], 30)).toBe(true);
    expect(allClassesUnder([schoolRecord({ name: "村小", row: 5, fields: buckets([4, 1, 0, 0, 0, 0, 0, 0, 0, 0]) })], 30)).toBe(false);
  });
  it("is false when unknown", () => {
    expect(allClassesUnder([schoolRecord({ name: "村小", row: 5 })], 30)).toBe(false);
  });
});

describe("classSizeFinding with merged buckets (bureau forms: ≤45, 46–55, 56–65, ≥66; before: 待评估, the ten incomplete)", () => {
  const FOUR = { classes_le45: 10, classes_46_55: 3, classes_56_65: 2, classes_ge66: 1 };

  it("小学 ≤45: 10, 46–55: 3, 56–65: 2, ≥66: 1 → 3 + 2 + 1 = 6 over 45, 2 + 1 = 3 of 56+, 1 of 66+, all exact (no edge falls inside a bucket)", () => {
    const f = classSizeFinding("甲小学", [schoolRecord({ name: "甲小学", row: 5, fields: FOUR })], national);
    expect(f.value.overCap).toEqual({ atLeast: 6, exact: true });
    expect(f.value.large).toEqual({ atLeast: 3, exact: true });
    expect(f.value.superLarge).toEqual({ atLeast: 1, exact: true });
    expect(f.value.largestOnly).toBe(false);
    expect(f.issues).toEqual([]);
  });

  it("初中 with 46–55: 4 → over 50 a lower bound (50 falls inside 46–55): 2 + 1 = 3 known (56–65, ≥66), not exact", () => {
    const junior = (largestClass?: number) => schoolRecord({ name: "乙中学", row: 5, type: "junior", stage: "junior", fields: { classes_le45: 10, classes_46_55: 4, classes_ge56: 0, ...(largestClass === undefined ? {} : { largestClass }) } });
    expect(classSizeFinding("乙中学", [junior()], national).value.overCap).toEqual({ atLeast: 0, exact: false });
    // The largest class 52 says at least one class is over 50; 50 says none is.
    expect(classSizeFinding("乙中学", [junior(52)], national).value.overCap).toEqual({ atLeast: 1, exact: false });
    expect(classSizeFinding("乙中学", [junior(50)], national).value.overCap).toEqual({ atLeast: 0, exact: true });
    // 大班额 56+: ≥56 holds 0 and 46–55 lies wholly below 56 → exactly 0.
    expect(classSizeFinding("乙中学", [junior()], national).value.large).toEqual({ atLeast: 0, exact: true });
  });

  it("the same 初中 with FOUR: 56–65 and ≥66 are over 50 for sure (3), 46–55 undecided → at least 3", () => {
    const f = classSizeFinding("乙中学", [schoolRecord({ name: "乙中学", row: 5, type: "junior", stage: "junior", fields: FOUR })], national);
    expect(f.value.overCap).toEqual({ atLeast: 3, exact: false });
  });

  it("reports merged buckets that cover nothing from 0 (46–55, 56–65, ≥66 without ≤45) as incomplete: 3 given", () => {
    const f = classSizeFinding("丙小学", [schoolRecord({ name: "丙小学", row: 5, fields: { classes_46_55: 3, classes_56_65: 2, classes_ge66: 1 } })], national);
    expect(f.value.overCap).toBeNull();
    expect(f.issues.map((i) => [i.code, i.params.given])).toEqual([["class_buckets_incomplete", 3]]);
  });
});
