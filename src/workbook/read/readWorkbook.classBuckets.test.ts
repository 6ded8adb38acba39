import { evaluate } from "../../engine/evaluate";
import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

async function readOk(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf(rows)]);
}

/** The sheet of B3 (w6-guarantee-perschool.xlsx) cut down: the seven indicators, then the buckets from K (56-65人 in R) and 生均公用经费 after them. */
const HEAD = ["学校名称", "学段", "在校生数", "高于规定学历教师", "县级及以上骨干教师", "体育艺术教师", "教学及辅助用房面积", "运动场地面积", "教学仪器设备值（元）", "网络多媒体教室"];
const INDICATORS = [300, 15, 3, 3, 1400, 2300, 620000, 7];

function sheet(buckets: readonly string[], perSchool: readonly (readonly number[])[]): CellValue[][] {
  return [
    [...HEAD, ...buckets, "生均公用经费（元）"],
    ["河西小学", "小学", ...INDICATORS, ...(perSchool[0] ?? []), 0],
    ["河西中学", "初中", ...INDICATORS, ...(perSchool[1] ?? []), 1000],
  ];
}

const MERGED = ["25人及以下", "26-30人", "31-35人", "36-40人", "41-45人", "46-50人", "51-55人", "56-65人", "66人及以上"];
// 河西小学: 6 of 36–40, 4 of 41–45, 2 of 56–65 (over 45); 河西中学: 5 of 41–45, 4 of 46–50 (none over 50).
const MERGED_COUNTS = [
  [0, 0, 0, 6, 4, 0, 0, 2, 0],
  [0, 0, 0, 0, 5, 4, 0, 0, 0],
];

describe("readWorkbook: a merged 56-65人 bucket (B3)", () => {
  it("reads 56-65人 (R) as its own field and says nothing of it; only 生均公用经费 (T) is left unread (before: R warned and unread)", async () => {
    const read = await readOk(sheet(MERGED, MERGED_COUNTS));
    expect(read.issues.filter((i) => i.code === "read_class_bucket_merged")).toEqual([]);
    expect(read.input.records.map((r) => [r.fields.classes_56_65?.value, r.fields.classes_56_65?.cell])).toEqual([
      [2, "学校基本情况!R2"],
      [0, "学校基本情况!R3"],
    ]);
    expect(read.issues.filter((i) => i.code === "read_columns_unmatched").map((i) => i.params.unreadColumns)).toEqual(["T“生均公用经费（元）”"]);
  });

  it("→ evaluate: G5 judged (before: not assessed, each school's buckets 8 of 10); 河西小学 fails with its 2 classes of 56–65", async () => {
    const read = await readOk(sheet(MERGED, MERGED_COUNTS));
    const evaluation = evaluate(read.input, builtInProfile("national-2017"));
    const county = evaluation.counties[0];
    expect(county?.items.filter((i) => i.code === "G5").map((i) => [i.verdict, i.failingSchools])).toEqual([["not_met", ["河西小学"]]]);
    expect(evaluation.issues.filter((i) => i.code === "class_buckets_incomplete")).toEqual([]);
    // By hand (rules.md §4 item 5): 河西小学 (cap 45) — 56–65 lies wholly above 45 and 55 and below 66: 2 over the cap, 2 of 56+, 0 of 66+,
    // all exact; 河西中学 (cap 50) — 41–45: 5 and 46–50: 4, none over 50, exact.
    expect(county?.schoolGuarantee.map((g) => [g.name, g.classesOverCap, g.largeClasses, g.superLargeClasses, g.classCountsLowerBound])).toEqual([
      ["河西小学", 2, 2, 0, null],
      ["河西中学", 0, 0, 0, null],
    ]);
  });
});

describe("readWorkbook: merged buckets that cannot be used", () => {
  it("warns at 46-55人 and 51-60人 that overlap, in both languages, naming the two and the sizes both count, and leaves the buckets incomplete (before: 重叠或衔接不上)", async () => {
    const read = await readOk(sheet(["45人及以下", "46-55人", "51-60人", "61-65人", "66人及以上"], [[10, 3, 0, 0, 0], [8, 4, 0, 0, 0]]));
    const merged = read.issues.filter((i) => i.code.startsWith("read_class_bucket_merged"));
    expect(merged.map((i) => [i.code, i.cell, i.params.header])).toEqual([
      ["read_class_bucket_merged_overlap", "学校基本情况!K1", "45人及以下"],
      ["read_class_bucket_merged_overlap", "学校基本情况!L1", "46-55人"],
      ["read_class_bucket_merged_overlap", "学校基本情况!M1", "51-60人"],
    ]);
    const params = merged[1]?.params ?? {};
    expect(message("read_class_bucket_merged_overlap", params, "zh")).toContain(
      "第 L 列“46-55人”是合并的班额分段，涵盖统计口径的 46-50人班数、51-55人班数，但本表第 L 列“46-55人”与第 M 列“51-60人”的分段重叠（51–55 人的班级两列都计入）",
    );
    expect(message("read_class_bucket_merged_overlap", params, "en")).toContain(
      "Column L “46-55人” is a merged class-size bucket covering Classes of 46–50, Classes of 51–55 of the statistics, but columns L “46-55人” and M “51-60人” overlap (classes of 51–55 are counted in both)",
    );
    const g5 = evaluate(read.input, builtInProfile("national-2017")).counties.flatMap((c) => c.items).filter((i) => i.code === "G5");
    expect(g5.map((i) => i.verdict)).toEqual(["not_assessed"]);
  });

  it("b3: 46-55人 and 56-65人 alone overlap nothing: each warned that ≤45 and ≥66 are missing, and neither listed again as an unknown header (before: 重叠或衔接不上, and listed)", async () => {
    const read = await readOk(sheet(["46-55人", "56-65人"], [[3, 1], [0, 0]]));
    const merged = read.issues.filter((i) => i.code.startsWith("read_class_bucket_merged"));
    expect(merged.map((i) => [i.code, i.cell, i.params.sizes])).toEqual([
      ["read_class_bucket_merged_missing", "学校基本情况!K1", "≤45 / ≥66"],
      ["read_class_bucket_merged_missing", "学校基本情况!L1", "≤45 / ≥66"],
    ]);
    expect(message(merged[0]?.code ?? "", merged[0]?.params ?? {}, "zh")).toContain("但本表的班额分段列缺少 ≤45 / ≥66 人的分段");
    expect(message(merged[0]?.code ?? "", merged[0]?.params ?? {}, "en")).toContain("but no class-size bucket column of the sheet covers classes of ≤45 / ≥66");
    expect(read.issues.filter((i) => i.code === "read_columns_unmatched").map((i) => i.params.unreadColumns)).toEqual(["M“生均公用经费（元）”"]);
  });
});

describe("readWorkbook: a merged bucket beside the finer ones it covers (b2)", () => {
  const TEN = ["25人及以下", "26-30人", "31-35人", "36-40人", "41-45人", "46-50人", "51-55人", "56-60人", "61-65人", "66人及以上"];

  it("warns at 56人及以上 (U) when it says 5 and 56-60 | 61-65 | 66+ (R:T) add up to 1, and G5 counts the 1 (before: no word)", async () => {
    // 河西小学: 10 of 36–40, one of 66+; 56人及以上 5. 河西中学: agrees (0 and 0).
    const read = await readOk(sheet([...TEN, "56人及以上"], [[0, 0, 0, 10, 0, 0, 0, 0, 0, 1, 5], [0, 0, 0, 0, 5, 4, 0, 0, 0, 0, 0]]));
    expect(read.issues.filter((i) => i.code === "read_merged_bucket_sum")).toEqual([
      { code: "read_merged_bucket_sum", severity: "warning", cell: "学校基本情况!U2", params: { field: "classes_ge56", value: 5, sum: 1, bucketCells: "学校基本情况!R2:T2" } },
    ]);
    const guarantee = evaluate(read.input, builtInProfile("national-2017")).counties[0]?.schoolGuarantee ?? [];
    // By hand: the finer buckets give one class of 66+ → 1 of 56+, 1 of 66+ (not 5).
    expect(guarantee.map((g) => [g.name, g.largeClasses, g.superLargeClasses])).toEqual([["河西小学", 1, 1], ["河西中学", 0, 0]]);
  });
});

describe("readWorkbook: the ten buckets spelled 56人-60人, 61人～65人 (before: those two not read)", () => {
  const TEN = ["25人及以下", "26-30人", "31-35人", "36-40人", "41-45人", "46-50人", "51-55人", "56人-60人", "61人～65人", "66人及以上"];

  it("reads all ten, leaves only 生均公用经费 unread, and G5 is judged: 河西小学 fails with 2 classes of 56–60 over its cap of 45", async () => {
    const counts = [
      [0, 0, 0, 6, 4, 0, 0, 2, 0, 0],
      [0, 0, 0, 0, 5, 4, 0, 0, 0, 0],
    ];
    const read = await readOk(sheet(TEN, counts));
    expect(read.input.records.map((r) => [r.fields.classes_56_60?.value, r.fields.classes_61_65?.value])).toEqual([
      [2, 0],
      [0, 0],
    ]);
    expect(read.issues.filter((i) => i.code === "read_class_bucket_merged")).toEqual([]);
    // Only 生均公用经费 (U) is left unread.
    expect(read.issues.filter((i) => i.code === "read_columns_unmatched").map((i) => i.params.unreadColumns)).toEqual(["U“生均公用经费（元）”"]);
    const g5 = evaluate(read.input, builtInProfile("national-2017")).counties.flatMap((c) => c.items).filter((i) => i.code === "G5");
    // Primary cap 45 (rules.md §4 item 5): 河西小学's 2 classes of 56–60 exceed it; 河西中学's largest bucket 46–50 is within its cap of 50.
    expect(g5.map((i) => [i.verdict, i.failingSchools])).toEqual([["not_met", ["河西小学"]]]);
  });
});
