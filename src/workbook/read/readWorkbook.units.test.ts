/**
 * Money units end to end: a column stating no unit whose numbers are 万元 by all appearance is not
 * read (rules.md §2 L6 is then not evaluable, never failed on a wrong unit), a column stating 元 is
 * read as 元, and a unit line disagreeing with a header's unit is said at the column.
 */
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** The issues said of units (the sheets here lack most indicator columns: read_columns_missing is not what is tested). */
const unitIssues = (result: Ok) => result.issues.filter((i) => i.severity !== "info" && i.code !== "read_columns_missing");

async function readOk(rows: Parameters<typeof gridOf>[0]): Promise<Ok> {
  const result = await readWorkbook(sourceOf([gridOf(rows)]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

const TITLE = ["西岭县2024年义务教育学校基本情况"];
/** The trial's 西岭县: equipment 230, 180, 240, 130 for 1000, 800, 900, 500 students — 0.23, 0.225, 0.267, 0.26 yuan each as 元. */
const SCHOOLS = [
  ["西岭一小", "小学", 1000, 230],
  ["西岭二小", "小学", 800, 180],
  ["西岭中学", "初中", 900, 240],
  ["西岭二中", "初中", 500, 130],
];

describe("readWorkbook: a money column stating no unit that looks like 万元", () => {
  it("is not read: an error at its header cell, no value for any school, each cell kept as blank", async () => {
    const result = await readOk([TITLE, ["学校名称", "学段", "在校生数", "教学仪器设备值"], ...SCHOOLS]);
    expect(result.input.records.map((r) => r.fields.equipmentValue)).toEqual([undefined, undefined, undefined, undefined]);
    expect(result.input.records.map((r) => r.blankCells?.equipmentValue)).toEqual(["学校基本情况!D3", "学校基本情况!D4", "学校基本情况!D5", "学校基本情况!D6"]);
    // The median of 0.23, 0.225, 0.2667, 0.26 is (0.23 + 0.26) / 2 = 0.245, shown to two digits.
    const unstated = result.issues.filter((i) => i.code === "read_money_unit_unstated");
    expect(unstated).toEqual([
      {
        code: "read_money_unit_unstated",
        severity: "error",
        cell: "学校基本情况!D2",
        params: { column: "D", header: "教学仪器设备值", field: "equipmentValue", perStudent: 0.24, baseUnit: "yuan", headerCell: "学校基本情况!D2" },
      },
    ]);
    // “Read as 元” would contradict it; the warning for a stated 元 is not given either.
    expect(result.issues.map((i) => i.code)).not.toContain("read_unit_assumed");
    expect(result.issues.map((i) => i.code)).not.toContain("read_money_unit_suspect");
  });

  it("leaves L6 not evaluable (never 0, never failed by millions) for every school, and the resources area not assessed", async () => {
    const result = await readOk([TITLE, ["学校名称", "学段", "在校生数", "教学仪器设备值"], ...SCHOOLS]);
    const evaluation = evaluate(result.input, builtInProfile("national-2017"));
    const sections = evaluation.counties.flatMap((c) => c.sections);
    expect(sections.map((s) => [s.name, s.indicators.L6, s.evaluable, s.notEvaluable])).toEqual([
      ["西岭一小", undefined, false, ["missing_numerator"]],
      ["西岭二小", undefined, false, ["missing_numerator"]],
      ["西岭中学", undefined, false, ["missing_numerator"]],
      ["西岭二中", undefined, false, ["missing_numerator"]],
    ]);
    // Each school's missing L6 is said at its own cell.
    const missing = evaluation.issues.filter((i) => i.code === "missing_numerator" && i.params.indicator === "L6").map((i) => i.cell);
    expect(missing).toEqual(["学校基本情况!D3", "学校基本情况!D4", "学校基本情况!D5", "学校基本情况!D6"]);
    expect(evaluation.counties[0]?.areas.find((a) => a.area === "resources")?.verdict).toBe("not_assessed");
  });

  it("is not read, with an error, when the header or the unit line says 元 and the values are 万元 by all appearance (before: read as 元 with a warning)", async () => {
    const header = await readOk([TITLE, ["学校名称", "学段", "在校生数", "教学仪器设备值（元）"], ...SCHOOLS]);
    expect(header.input.records.map((r) => r.fields.equipmentValue?.value)).toEqual([undefined, undefined, undefined, undefined]);
    expect(unitIssues(header).map((i) => [i.code, i.severity, i.cell])).toEqual([["read_money_unit_suspect", "error", "学校基本情况!D2"]]);
    const line = await readOk([TITLE, [null, null, null, "单位：元"], ["学校名称", "学段", "在校生数", "教学仪器设备值"], ...SCHOOLS]);
    expect(line.input.records.map((r) => r.fields.equipmentValue?.value)).toEqual([undefined, undefined, undefined, undefined]);
    expect(line.issues.filter((i) => i.code === "read_money_unit_suspect").map((i) => i.severity)).toEqual(["error"]);
  });

  it("reads 万元 stated in the header ×10000, and real 元 without a unit as 元 (said at info level only)", async () => {
    const wan = await readOk([TITLE, ["学校名称", "学段", "在校生数", "教学仪器设备值（万元）"], ...SCHOOLS]);
    expect(wan.input.records.map((r) => r.fields.equipmentValue?.value)).toEqual([2_300_000, 1_800_000, 2_400_000, 1_300_000]);
    const yuan = await readOk([TITLE, ["学校名称", "学段", "在校生数", "教学仪器设备值"], ...SCHOOLS.map((row) => [...row.slice(0, 3), Number(row[3]) * 10000])]);
    expect(yuan.input.records.map((r) => r.fields.equipmentValue?.value)).toEqual([2_300_000, 1_800_000, 2_400_000, 1_300_000]);
    expect(unitIssues(yuan)).toEqual([]);
    expect(yuan.issues.map((i) => i.code)).toContain("read_unit_assumed");
  });

  it("edge case: one school with numbers stored as text is judged the same way", async () => {
    const one = await readOk([TITLE, ["学校名称", "学段", "在校生数", "教学仪器设备值"], ["西岭一小", "小学", "1,000", "230"]]);
    expect(one.input.records[0]?.fields.equipmentValue).toBeUndefined();
    expect(one.issues.filter((i) => i.code === "read_money_unit_unstated").map((i) => i.params.perStudent)).toEqual([0.23]);
  });
});

describe("readWorkbook: a unit line that disagrees with a header's unit", () => {
  it("reads the header's 万元 and warns at the column, naming both units (the trial's 白沙县)", async () => {
    const line = "单位：人、平方米、元";
    const result = await readOk([
      ["白沙县城关镇2024年义务教育学校基本情况"],
      [null, null, null, null, line],
      ["学校名称", "学段", "在校生数", "教学及辅助用房面积", "教学仪器设备值（万元）"],
      ["城关一小", "小学", 1000, 5000, 230],
    ]);
    expect(result.input.records[0]?.fields.equipmentValue?.value).toBe(2_300_000);
    expect(result.input.records[0]?.county).toBe("白沙县");
    expect(unitIssues(result)).toEqual([
      { code: "read_unit_line_differs", severity: "warning", cell: "学校基本情况!E3", params: { column: "E", header: "教学仪器设备值（万元）", unit: "万元", lineUnit: "元", unitLine: line } },
    ]);
  });
});

describe("readWorkbook: a students column headed in 万人 over plain counts (Q2 of s48)", () => {
  const rows = [["学校名称", "在校生数（万人）", "专任教师数"], ["城关一小", 1652, 97], ["城关中学", 1207, 101]];

  it("is refused, and the refusal says why the students column was not read: its unit 万人, at its header (before: only 缺少必需的列)", async () => {
    const result = await readWorkbook(sourceOf([gridOf(rows)]));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.severity, i.cell, i.params?.fieldList ?? i.params?.unit])).toEqual([
      ["read_missing_columns", "error", "学校基本情况!A1:C1", "students"],
      ["read_unit_unsupported", "warning", "学校基本情况!B1", "万人"],
    ]);
  });

  it("reads 1652 and 1207 students once the column is named by hand, never × 10000", async () => {
    const result = await readWorkbook(sourceOf([gridOf(rows)]), { mapping: { students: 1 } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input.records.map((r) => r.fields.students?.value)).toEqual([1652, 1207]);
  });
});
