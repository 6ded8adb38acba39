import { bucketChain, bucketPartition, classData, classesAbove, classesOverCaps, classSlices, compulsoryCount, sumCounts, type ClassData } from "./classCounts";
import { fieldsOf, schoolRecord } from "./testRecords";

// Bucket order: ≤25, 26–30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, 61–65, ≥66.
const KEYS = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"] as const;

function bucketsOf(counts: readonly number[], largest?: number): ClassData {
  const values: Record<string, number> = Object.fromEntries(KEYS.map((k, i) => [k, counts[i] ?? 0]));
  if (largest !== undefined) values.largestClass = largest;
  const data = classData(fieldsOf(values, 5));
  if (data === null) throw new Error("test data has no classes");
  return data;
}

describe("classesAbove", () => {
  // 2 + 3 + 5 + 4 + 2 + 1 + 1 + 1 + 0 + 1 = 20 classes.
  const mixed = bucketsOf([2, 3, 5, 4, 2, 1, 1, 1, 0, 1]);

  it("counts classes over the 小学 cap 45 from the 46–50 bucket up: 1+1+1+0+1 = 4", () => {
    expect(classesAbove(mixed, 45)).toEqual({ atLeast: 4, exact: true });
  });
  it("counts classes over the 初中 cap 50 from the 51–55 bucket up: 1+1+0+1 = 3", () => {
    expect(classesAbove(mixed, 50)).toEqual({ atLeast: 3, exact: true });
  });
  it("counts 大班额 (56+, limit 55) as 1+0+1 = 2 and 超大班额 (66+, limit 65) as 1", () => {
    expect(classesAbove(mixed, 55)).toEqual({ atLeast: 2, exact: true });
    expect(classesAbove(mixed, 65)).toEqual({ atLeast: 1, exact: true });
  });
  it("gives 0 exactly when every class is within the cap (all equal buckets)", () => {
    expect(classesAbove(bucketsOf([0, 0, 0, 0, 6, 0, 0, 0, 0, 0]), 45)).toEqual({ atLeast: 0, exact: true });
  });
  it("cannot decide a cap of 48 inside the non-empty 46–50 bucket: 0 known, not exact", () => {
    expect(classesAbove(bucketsOf([0, 0, 0, 0, 5, 2, 0, 0, 0, 0]), 48)).toEqual({ atLeast: 0, exact: false });
  });
  it("resolves the straddled bucket when the largest class is within the cap", () => {
    expect(classesAbove(bucketsOf([0, 0, 0, 0, 5, 2, 0, 0, 0, 0], 48), 48)).toEqual({ atLeast: 0, exact: true });
  });
  it("knows at least one class is over when the largest class exceeds a straddled cap", () => {
    expect(classesAbove(bucketsOf([0, 0, 0, 0, 5, 2, 0, 0, 0, 0], 50), 48)).toEqual({ atLeast: 1, exact: false });
  });
  it("treats the open ≥66 bucket as straddling a limit above 66", () => {
    expect(classesAbove(bucketsOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 3]), 70)).toEqual({ atLeast: 0, exact: false });
  });
  it("uses the largest class alone when there are no buckets", () => {
    expect(classesAbove(classData(fieldsOf({ largestClass: 45 }, 5)) as ClassData, 45)).toEqual({ atLeast: 0, exact: true });
    expect(classesAbove(classData(fieldsOf({ largestClass: 46 }, 5)) as ClassData, 45)).toEqual({ atLeast: 1, exact: false });
  });
});

describe("classData", () => {
  it("is null for blank cells", () => {
    expect(classData({})).toBeNull();
  });
  it("drops a partial set of buckets and says how many were given", () => {
    const data = classData(fieldsOf({ classes_le25: 3, classes_26_30: 2, classes_46_50: 1 }, 7));
    expect(data?.buckets).toBeNull();
    expect(data?.partialBuckets).toBe(3);
    expect(data?.firstBucketCell).toBe("表1!Q7") // classes_le25 is the 16th field key: column Q;
    expect(classesAbove(data as ClassData, 45)).toBeNull();
  });
});

describe("classesOverCaps on a whole-school row without per-stage buckets", () => {
  const caps = { primary: 45, junior: 50 };
  it("is exact when both caps give the same count (46–50 empty)", () => {
    const slice = { stages: ["primary", "junior"] as const, data: bucketsOf([0, 0, 4, 4, 4, 0, 2, 0, 0, 0]) };
    expect(classesOverCaps(slice, caps)).toEqual({ atLeast: 2, exact: true });
  });
  it("is a lower bound (the count under 50) when 46–50 holds classes", () => {
    const slice = { stages: ["primary", "junior"] as const, data: bucketsOf([0, 0, 4, 4, 4, 3, 2, 0, 0, 0]) };
    expect(classesOverCaps(slice, caps)).toEqual({ atLeast: 2, exact: false });
  });
  it("is null for a slice of unknown stage", () => {
    expect(classesOverCaps({ stages: [], data: bucketsOf([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }, caps)).toBeNull();
  });
});

describe("classSlices and sumCounts", () => {
  it("splits a whole-school row into stages when each stage has its own class data", () => {
    const record = schoolRecord({ name: "一贯制", row: 9, type: "nine_year", stage: null, stageFields: { primary: { largestClass: 44 }, junior: { largestClass: 52 } } });
    const slices = classSlices(record);
    expect(slices.map((s) => s.stages)).toEqual([["primary"], ["junior"]]);
    expect(sumCounts(slices.map((s) => classesOverCaps(s, { primary: 45, junior: 50 })))).toEqual({ atLeast: 1, exact: false });
  });
  it("sums to null when any part is unknown", () => {
    expect(sumCounts([{ atLeast: 1, exact: true }, null])).toBeNull();
  });
});

describe("compulsoryCount: whole-school buckets that count 高中 classes too (完全中学, 十二年一贯制 on one row)", () => {
  const caps = { primary: 45, junior: 50 };
  const withSenior = (counts: readonly number[]) => ({ stages: ["primary", "junior"] as const, data: bucketsOf(counts), withSenior: true as const });
  it("is 0 when no class at all is over the caps: 15 of 36–40 and 15 of 41–45", () => {
    expect(classesOverCaps({ ...withSenior([0, 0, 0, 15, 15, 0, 0, 0, 0, 0]), stages: ["primary", "junior"] }, caps)).toEqual({ atLeast: 0, exact: true });
  });
  it("is unknown when some class is over a cap: the 3 classes of 51–55 may be 高中 ones", () => {
    expect(classesOverCaps({ ...withSenior([0, 0, 0, 0, 10, 0, 3, 0, 0, 0]), stages: ["junior"] }, caps)).toBeNull();
    expect(compulsoryCount(withSenior([0, 0, 0, 0, 10, 0, 3, 0, 0, 0]), { atLeast: 3, exact: true })).toBeNull();
  });
  it("leaves a slice without senior classes, and an unknown count, as they are", () => {
    const plain = { stages: ["junior"] as const, data: bucketsOf([0, 0, 0, 0, 10, 0, 3, 0, 0, 0]) };
    expect(compulsoryCount(plain, { atLeast: 3, exact: true })).toEqual({ atLeast: 3, exact: true });
    expect(compulsoryCount(withSenior([1]), null)).toBeNull();
  });
  it("marks the whole-school slice of a row with senior students, keeping its data", () => {
    const record = schoolRecord({ name: "示范中学", row: 9, type: "complete_middle", stage: null, fields: { ...Object.fromEntries(KEYS.map((k) => [k, 1])), seniorStudents: 600 }, stageFields: { junior: { students: 600 } } });
    const [slice] = classSlices(record);
    expect([slice?.withSenior, slice?.data?.buckets?.length]).toEqual([true, 10]);
  });
});

describe("classesOverCaps (the JSDoc example)", () => {
  it("a whole-row slice over both stages: 5 over 45, 3 over 50 → at least 3, not exact", () => {
    const data = bucketsOf([0, 0, 0, 0, 0, 2, 3, 0, 0, 0]);
    expect(classesOverCaps({ stages: ["primary", "junior"], data }, { primary: 45, junior: 50 })).toEqual({ atLeast: 3, exact: false });
  });
});

describe("bucketPartition and classData with merged buckets (rules.md §4 item 5; bureau forms merge some)", () => {
  const keysOf = (given: readonly string[]) => bucketPartition((k) => given.includes(k))?.map((b) => b.key) ?? null;

  it("takes a bureau's four merged buckets in order", () => {
    expect(keysOf(["classes_ge66", "classes_56_65", "classes_46_55", "classes_le45"])).toEqual(["classes_le45", "classes_46_55", "classes_56_65", "classes_ge66"]);
  });
  it("prefers the ten to a merged bucket beside the ones it covers (56人及以上 with 56–60, 61–65, ≥66)", () => {
    expect(keysOf([...KEYS, "classes_ge56"])).toEqual([...KEYS]);
  });
  it("uses a merged bucket where a standard one it covers is blank, even where a finer one leads nowhere", () => {
    // 46–50 given but 51–55 blank: only 46–55 continues to ∞.
    expect(keysOf([...KEYS.filter((k) => k !== "classes_51_55"), "classes_46_55"])).toEqual([...KEYS.slice(0, 5), "classes_46_55", ...KEYS.slice(7)]);
  });
  it("is null when no chain reaches ∞ or starts at 0: overlapping 46–55 and 51–60, or nothing below 46", () => {
    expect(keysOf(["classes_le45", "classes_46_55", "classes_51_60", "classes_61_65", "classes_ge66"])).toBeNull();
    expect(keysOf(["classes_46_55", "classes_ge56"])).toBeNull();
    expect(keysOf([])).toBeNull();
  });

  it("chains buckets between two sizes (bucketChain): ≤45, 46–55 from 0 to 56; none from 0 without ≤45; from 56 to ∞ through 56–65 and ≥66", () => {
    const chain = (given: readonly string[], from: number, to: number) => bucketChain((k) => given.includes(k), from, to)?.map((b) => b.key) ?? null;
    expect(chain(["classes_le45", "classes_46_55", "classes_56_65"], 0, 56)).toEqual(["classes_le45", "classes_46_55"]);
    expect(chain(["classes_46_55"], 0, 56)).toBeNull();
    expect(chain(["classes_56_65", "classes_ge66", "classes_le45"], 56, Infinity)).toEqual(["classes_56_65", "classes_ge66"]);
    // 46–55 runs past 50: no chain ends just below 51.
    expect(chain(["classes_le45", "classes_46_55"], 0, 51)).toBeNull();
    // From a size to itself is the empty chain, whatever is given.
    expect(chain([], 46, 46)).toEqual([]);
  });

  it("gives classData's buckets with their own edges and counts, and their cells only (the unused merged one left out)", () => {
    const data = classData(fieldsOf({ classes_le45: 10, classes_46_55: 3, classes_56_65: 2, classes_ge66: 1 }, 5));
    expect(data?.buckets).toEqual([
      { min: 0, max: 45, count: 10 },
      { min: 46, max: 55, count: 3 },
      { min: 56, max: 65, count: 2 },
      { min: 66, max: Infinity, count: 1 },
    ]);
    expect(data?.partialBuckets).toBe(0);
    const both = classData(fieldsOf({ ...Object.fromEntries(KEYS.map((k) => [k, 1])), classes_ge56: 3 }, 5));
    expect(both?.buckets?.map((b) => [b.min, b.max])).toEqual([[0, 25], [26, 30], [31, 35], [36, 40], [41, 45], [46, 50], [51, 55], [56, 60], [61, 65], [66, Infinity]]);
    expect(both?.cells).toHaveLength(10);
  });

  it("counts over 45 / 55 / 65 exactly across merged buckets (6, 3, 1) and makes 50 inside 46–55 a lower bound", () => {
    const data = classData(fieldsOf({ classes_le45: 10, classes_46_55: 3, classes_56_65: 2, classes_ge66: 1 }, 5)) as ClassData;
    expect(classesAbove(data, 45)).toEqual({ atLeast: 6, exact: true });
    expect(classesAbove(data, 55)).toEqual({ atLeast: 3, exact: true });
    expect(classesAbove(data, 65)).toEqual({ atLeast: 1, exact: true });
    expect(classesAbove(data, 50)).toEqual({ atLeast: 3, exact: false });
    // 60 falls inside 56–65: ≥66 certain (1), 56–65 undecided.
    expect(classesAbove(data, 60)).toEqual({ atLeast: 1, exact: false });
  });
});
