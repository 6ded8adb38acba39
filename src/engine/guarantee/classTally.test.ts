import { recordColumns } from "../table/recordColumns";
import type { SchoolRecord } from "../types";
import { classSlices } from "./classCounts";
import { anyBucket, BUCKET_COLUMNS, ClassTally, oneRowCount, schoolClassCount, stageBits } from "./classTally";
import { FIELD } from "../table/recordColumns";
import { FIELD_KEYS } from "../types";
import { schoolRecord, type Numbers } from "./testRecords";

/** Ten buckets (≤25, 26–30, …, 61–65, ≥66) from a list of counts. */
function buckets(counts: readonly number[]): Numbers {
  const keys = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"] as const;
  return Object.fromEntries(keys.map((k, i) => [k, counts[i] ?? 0]));
}

function count(records: readonly SchoolRecord[], limits: number | { primary: number; junior: number }): { state: string; atLeast: number; exact: boolean } {
  const columns = recordColumns(records);
  const t = schoolClassCount(columns, records, records.map((_, i) => i), limits);
  return { state: t.state, atLeast: t.atLeast, exact: t.exact };
}

const primary = (row: number, fields: Numbers): SchoolRecord => schoolRecord({ name: `小学${row}`, row, fields });

describe("schoolClassCount", () => {
  it("counts the buckets above the limit exactly when the limit falls on a bucket edge (45: 46–50 and up)", () => {
    // 2 classes of 46–50, 1 of 51–55, 1 of 66+ → 4 over 45, all certainly over.
    expect(count([primary(2, buckets([3, 4, 5, 6, 7, 2, 1, 0, 0, 1]))], 45)).toEqual({ state: "known", atLeast: 4, exact: true });
  });
  it("gives a lower bound when the limit falls inside a bucket, unless the largest class settles it", () => {
    // Limit 55 (大班额 56+): 56–60 has 2 → certainly over; none undecided (51–55 ≤ 55) → exact 2.
    expect(count([primary(2, buckets([0, 0, 0, 0, 0, 0, 3, 2, 0, 0]))], 55)).toEqual({ state: "known", atLeast: 2, exact: true });
    // Limit 48: 46–50 (3 classes) is undecided, 51–55 (1) certain → at least 1, not exact.
    expect(count([primary(2, buckets([0, 0, 0, 0, 0, 3, 1, 0, 0, 0]))], 48)).toEqual({ state: "known", atLeast: 1, exact: false });
    // The same with the largest class 48 ≤ 48 would contradict the 51–55 bucket; with only 46–50 filled and largest 47 it is exact 0.
    expect(count([primary(2, { ...buckets([0, 0, 0, 0, 0, 3, 0, 0, 0, 0]), largestClass: 47 })], 48)).toEqual({ state: "known", atLeast: 0, exact: true });
  });
  it("uses the largest class alone when there are no buckets: 0 exactly when within the limit, else at least 1", () => {
    expect(count([primary(2, { largestClass: 45 })], 45)).toEqual({ state: "known", atLeast: 0, exact: true });
    expect(count([primary(2, { largestClass: 46 })], 45)).toEqual({ state: "known", atLeast: 1, exact: false });
  });
  it("leaves a 完全中学's whole-school buckets unknown when it has senior students (its 高中 classes are in them) and some class is over the cap, as the reference does", () => {
    const middle = (senior: number): SchoolRecord =>
      schoolRecord({ name: "红星中学", row: 4, type: "complete_middle", stage: null, fields: { ...buckets([0, 0, 0, 0, 0, 18, 20, 0, 0, 0]), seniorStudents: senior }, stageFields: { junior: { students: 900 } } });
    // 18 classes of 46–50 and 20 of 51–55 over the junior cap of 50: the 20 may be 高中 classes.
    expect(count([middle(1000)], { primary: 45, junior: 50 })).toMatchObject({ state: "unknown" });
    expect(classSlices(middle(1000)).map((s) => s.withSenior)).toEqual([true]);
    expect(count([middle(0)], { primary: 45, junior: 50 })).toEqual({ state: "known", atLeast: 20, exact: true });
  });

  it("counts 0 for a whole-school row with senior students when no class at all is over the cap: no compulsory class can be (before: unknown)", () => {
    const caps = { primary: 45, junior: 50 };
    // A 完全中学 (初中 + 高中): 12 classes of 41–45 and 12 of 46–50, none over the junior cap of 50.
    const middle = schoolRecord({ name: "示范中学", row: 4, type: "complete_middle", stage: null, fields: { ...buckets([0, 0, 0, 0, 12, 12, 0, 0, 0, 0]), seniorStudents: 600 }, stageFields: { junior: { students: 600 } } });
    expect(count([middle], caps)).toEqual({ state: "known", atLeast: 0, exact: true });
    // A 十二年一贯制 (小学 + 初中 + 高中): 15 of 36–40 and 15 of 41–45, none over the primary cap of 45.
    const fields = { ...buckets([0, 0, 0, 15, 15, 0, 0, 0, 0, 0]), seniorStudents: 386 };
    const twelve = schoolRecord({ name: "外国语学校", row: 5, type: "twelve_year", stage: null, fields, stageFields: { primary: { students: 1400 }, junior: { students: 1000 } } });
    expect(count([twelve], caps)).toEqual({ state: "known", atLeast: 0, exact: true });
    // 大班额 (56+, limit 55): none at all, so none among the compulsory classes.
    expect(count([twelve], 55)).toEqual({ state: "known", atLeast: 0, exact: true });
    // Its 12 classes of 46–50 would be over the primary cap if primary, within the junior one if junior, and need no cap if 高中: unknown.
    const mixed = schoolRecord({ name: "外国语学校", row: 5, type: "twelve_year", stage: null, fields: { ...fields, ...buckets([0, 0, 0, 15, 15, 12, 0, 0, 0, 0]) }, stageFields: { primary: { students: 1400 }, junior: { students: 1000 } } });
    expect(count([mixed], caps)).toMatchObject({ state: "unknown" });
  });

  it("adds the rows of one school (sumCounts): 2 + 3 = 5, exact only when both are", () => {
    const rows = [primary(2, buckets([0, 0, 0, 0, 0, 2, 0, 0, 0, 0])), primary(3, buckets([0, 0, 0, 0, 0, 0, 3, 0, 0, 0]))];
    expect(count(rows, 45)).toEqual({ state: "known", atLeast: 5, exact: true });
    expect(count([rows[0] as SchoolRecord, primary(3, { largestClass: 50 })], 45)).toEqual({ state: "known", atLeast: 3, exact: false });
  });
  it("is unknown when a row has no class data, and partial when a row's buckets are incomplete — partial wins, in either order", () => {
    const none = primary(2, { students: 300 });
    const partial = primary(3, { classes_le25: 4, classes_26_30: 2 });
    const full = primary(4, buckets([5, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(count([full, none], 45).state).toBe("unknown");
    expect(count([none, partial], 45).state).toBe("partial");
    expect(count([partial, none], 45).state).toBe("partial");
    expect(count([full, partial, none], 45).state).toBe("partial");
  });
  it("takes per-stage limits for a combined row with per-stage class data, and the least count over both stages for a row without", () => {
    const perStage = schoolRecord({
      name: "九年一贯制",
      row: 5,
      type: "nine_year",
      stage: null,
      stageFields: { primary: buckets([0, 0, 0, 0, 0, 2, 0, 0, 0, 0]), junior: buckets([0, 0, 0, 0, 0, 2, 0, 0, 0, 0]) },
    });
    // 小学 limit 45: 2 over; 初中 limit 50: 0 over → 2, exact.
    expect(count([perStage], { primary: 45, junior: 50 })).toEqual({ state: "known", atLeast: 2, exact: true });
    const wholeRow = schoolRecord({ name: "九年一贯制", row: 6, type: "nine_year", stage: null, fields: buckets([0, 0, 0, 0, 0, 2, 0, 0, 0, 0]) });
    // One slice for both stages: 2 over 45, 0 over 50 → the least, 0; not exact since the two differ.
    expect(count([wholeRow], { primary: 45, junior: 50 })).toEqual({ state: "known", atLeast: 0, exact: false });
  });
  it("starts each count afresh: the tally handed back is reused", () => {
    const over = [primary(2, buckets([0, 0, 0, 0, 0, 9, 0, 0, 0, 0]))];
    expect(count(over, 45).atLeast).toBe(9);
    expect(count([primary(2, buckets([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]))], 45)).toEqual({ state: "known", atLeast: 0, exact: true });
  });
  it("counts nothing for a school without rows (an exact 0)", () => {
    expect(count([], 45)).toEqual({ state: "known", atLeast: 0, exact: true });
  });
});

describe("ClassTally", () => {
  it("lets partial win over unknown, and unknown over a known count", () => {
    const t = new ClassTally();
    t.add(3, true);
    t.mark("unknown");
    t.mark("partial");
    t.mark("unknown");
    expect(t.state).toBe("partial");
    expect(t.reset()).toMatchObject({ state: "known", atLeast: 0, exact: true });
  });
});

describe("stageBits", () => {
  it("gives a section row its stage, a combined row its given stages, else its type's stages", () => {
    const records = [
      primary(2, {}),
      schoolRecord({ name: "初中部", row: 3, type: "nine_year", stage: "junior" }),
      schoolRecord({ name: "九年一贯制", row: 4, type: "nine_year", stage: null, stageFields: { junior: { students: 10 } } }),
      schoolRecord({ name: "九年一贯制", row: 5, type: "nine_year", stage: null }),
    ];
    const columns = recordColumns(records);
    expect(records.map((r, i) => stageBits(columns, r, i))).toEqual([0b01, 0b10, 0b10, 0b11]);
  });
});

describe("schoolClassCount with merged buckets (the fast path's partition, as classData's)", () => {
  const FOUR: Numbers = { classes_le45: 10, classes_46_55: 3, classes_56_65: 2, classes_ge66: 1 };

  it("counts ≤45: 10, 46–55: 3, 56–65: 2, ≥66: 1 over 45 / 55 / 65 exactly (6, 3, 1), over 50 as at least 3", () => {
    expect(count([primary(2, FOUR)], 45)).toEqual({ state: "known", atLeast: 6, exact: true });
    expect(count([primary(2, FOUR)], 55)).toEqual({ state: "known", atLeast: 3, exact: true });
    expect(count([primary(2, FOUR)], 65)).toEqual({ state: "known", atLeast: 1, exact: true });
    expect(count([primary(2, FOUR)], 50)).toEqual({ state: "known", atLeast: 3, exact: false });
    expect(count([primary(2, { ...FOUR, largestClass: 50 })], 50)).toEqual({ state: "known", atLeast: 3, exact: true });
  });
  it("uses the ten beside a merged bucket they cover, and a merged one where a standard one is blank", () => {
    // 56人及以上 = 9 would add 9 over 45 if it were used: the ten give 1 + 1 + 1 + 0 + 1 = 4.
    expect(count([primary(2, { ...buckets([2, 3, 5, 4, 2, 1, 1, 1, 0, 1]), classes_ge56: 9 })], 45)).toEqual({ state: "known", atLeast: 4, exact: true });
    const { classes_51_55: _dropped, ...noFiftyOne } = buckets([2, 3, 5, 4, 2, 1, 1, 1, 0, 1]);
    // 46–55 = 5 in place of 46–50 and 51–55: over 45: 5 + 1 + 0 + 1 = 7.
    expect(count([primary(2, { ...noFiftyOne, classes_46_55: 5 })], 45)).toEqual({ state: "known", atLeast: 7, exact: true });
  });
  it("marks buckets that do not partition the sizes as partial, as the reference reports them", () => {
    // 46–55 overlaps 51–55, and nothing given reaches past 55 after it but 56–65, which stops at 65.
    expect(count([primary(2, { classes_le45: 4, classes_46_55: 3, classes_51_55: 2, classes_56_65: 0 })], 45).state).toBe("partial");
  });
});

describe("oneRowCount (one row of one stage, no buckets)", () => {
  const one = (fields: Numbers, limits: number | { primary: number; junior: number }, s = 0): { state: string; atLeast: number; exact: boolean } | null => {
    const t = oneRowCount(recordColumns([primary(2, fields)]), 0, s, limits);
    return t === null ? null : { state: t.state, atLeast: t.atLeast, exact: t.exact };
  };
  it("counts the largest class alone: 0 exactly when within the limit, else at least 1", () => {
    expect(one({ largestClass: 45 }, 45)).toEqual({ state: "known", atLeast: 0, exact: true });
    expect(one({ largestClass: 46 }, 45)).toEqual({ state: "known", atLeast: 1, exact: false });
  });
  it("takes the limit of the stage given (初中 50 of { primary 45, junior 50 })", () => {
    expect(one({ largestClass: 48 }, { primary: 45, junior: 50 }, 1)).toEqual({ state: "known", atLeast: 0, exact: true });
    expect(one({ largestClass: 48 }, { primary: 45, junior: 50 }, 0)).toEqual({ state: "known", atLeast: 1, exact: false });
  });
  it("is unknown without a largest class, and leaves a row with buckets to schoolClassCount (null)", () => {
    expect(one({ students: 300 }, 45)).toEqual({ state: "unknown", atLeast: 0, exact: true });
    expect(one({ largestClass: 47, classes_46_50: 2 }, 45)).toBeNull();
    expect(one({ classes_ge56: 1 }, 45)).toBeNull();
  });
  it("agrees with schoolClassCount on the rows it counts", () => {
    for (const largestClass of [20, 45, 46, 70]) expect(one({ largestClass }, 45)).toEqual(count([primary(2, { largestClass })], 45));
  });
});

describe("anyBucket", () => {
  it("reads the columns of exactly the fourteen bucket fields, the ten standard and the four merged", () => {
    const keys = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66", "classes_le45", "classes_46_55", "classes_56_65", "classes_ge56"] as const;
    // The columns anyBucket has written out: 15–24 and 35–38.
    expect(BUCKET_COLUMNS).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 35, 36, 37, 38]);
    expect(keys.map((k) => FIELD[k]).sort((a, b) => a - b)).toEqual(BUCKET_COLUMNS);
  });
  it("is false for a row of only its largest class or nothing, true when any one bucket is given, 0 included", () => {
    const n = FIELD_KEYS.length;
    // Two rows; the second at 39: a bucket of the first row must not count for the second.
    const data = new Float64Array(2 * n).fill(NaN);
    data[FIELD.largestClass] = 44;
    expect(anyBucket(data, 0)).toBe(false);
    expect(anyBucket(data, n)).toBe(false);
    for (const column of BUCKET_COLUMNS) {
      data[column] = 0;
      expect(anyBucket(data, 0)).toBe(true);
      expect(anyBucket(data, n)).toBe(false);
      data[column] = NaN;
    }
    data[n + FIELD.classes_ge56] = 2;
    expect(anyBucket(data, n)).toBe(true);
  });
  it("reads past the end of a source (a stage no record has, NO_NUMBERS) as no bucket", () => {
    expect(anyBucket(new Float64Array(0), 0)).toBe(false);
  });
});
