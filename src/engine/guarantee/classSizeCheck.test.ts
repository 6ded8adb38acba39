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
  it("reports partial buckets and does not use them", () => {
    const f = classSizeFinding("甲", [schoolRecord({ name: "甲", row: 5, fields: { classes_le25: 4, classes_26_30: 2 } })], national);
    expect(f.value.overCap).toBeNull();
    expect(f.issues).toEqual([{ code: "class_buckets_incomplete", severity: "warning", cell: "表1!Q5", params: { school: "甲", given: 2 } }]);
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
