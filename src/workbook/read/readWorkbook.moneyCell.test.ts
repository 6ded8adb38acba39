/**
 * One money cell in the wrong unit (元 typed into a 万元 column, the tester's E1): the cell is an
 * error and its value is not used, so that one school's 24 000 000 yuan per student does not
 * decide the stage's L6 coefficient (rules.md §2). The rest of the column is read as it states.
 */
import { evaluate } from "../../engine/evaluate";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

async function readOk(rows: Parameters<typeof gridOf>[0]): Promise<Ok> {
  const result = await readWorkbook(sourceOf([gridOf(rows)]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

const TITLE = ["青石县2024年义务教育学校基本情况"];
const HEADER = ["学校名称", "学段", "在校生数", "教学仪器设备值（万元）"];
/** 120 万元 / 500 = 2400, 720 000 (元 typed) × 10 000 / 300 = 24 000 000, 192 万元 / 800 = 2400, 96 万元 / 400 = 2400 yuan per student. */
const SCHOOLS = [
  ["一小", "小学", 500, 120],
  ["二小", "小学", 300, 720000],
  ["三小", "小学", 800, 192],
  ["四小", "小学", 400, 96],
];

describe("readWorkbook: one cell of a 万元 column holding 元", () => {
  it("is an error at that cell, its value not used (a blank cell there), the other cells read as 万元", async () => {
    const result = await readOk([TITLE, HEADER, ...SCHOOLS]);
    // Median of 2400, 2400, 2400, 24 000 000 is 2400; 24 000 000 ≥ 300 × 2400.
    expect(result.issues.filter((i) => i.code.startsWith("read_value_outlier_"))).toEqual([
      { code: "read_value_outlier_yuan_in_wan", severity: "error", cell: "学校基本情况!D4", params: { field: "equipmentValue", perStudent: 24_000_000, median: 2400, baseUnit: "yuan", unit: "万元" } },
    ]);
    expect(result.input.records.map((r) => r.fields.equipmentValue?.value)).toEqual([1_200_000, undefined, 1_920_000, 960_000]);
    expect(result.input.records[1]?.blankCells?.equipmentValue).toBe("学校基本情况!D4");
    // The message says what the value looks like, that it was not used, and how to fix it, in both languages.
    const slip = result.issues.find((i) => i.code === "read_value_outlier_yuan_in_wan");
    expect(message("read_value_outlier_yuan_in_wan", slip?.params ?? {}, "zh")).toMatch(/以“元”计.*此格未使用.*除以 10000/);
    expect(message("read_value_outlier_yuan_in_wan", slip?.params ?? {}, "en")).toMatch(/in yuan.*not used.*÷ 10 000/);
  });

  it("leaves that school's L6 not evaluable (never 0, never 24 000 000), the coefficient resting on the three others", async () => {
    const result = await readOk([TITLE, HEADER, ...SCHOOLS]);
    const evaluation = evaluate(result.input, builtInProfile("national-2017"));
    const sections = evaluation.counties.flatMap((c) => c.sections);
    expect(sections.map((s) => [s.name, s.indicators.L6?.value])).toEqual([
      ["一小", 2400],
      ["二小", undefined],
      ["三小", 2400],
      ["四小", 2400],
    ]);
    expect(sections[1]?.notEvaluable).toContain("missing_numerator");
    // The three read all have 2400 yuan per student: no spread, L6 CV 0 (before: 2.379 with 二小's 24 000 000).
    expect(evaluation.counties[0]?.coefficients.find((c) => c.stage === "primary")?.indicators.L6.cv).toBeCloseTo(0, 9);
  });
});
