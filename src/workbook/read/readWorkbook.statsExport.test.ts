/**
 * A county statistician's sheet cut from the national statistics export (学校综合表), built in memory
 * with exceljs and read back through the .xlsx adapter as the CLI reads it (Q1 of s48): a title, a
 * unit line, a three-row merged header (专任教师 → #按学历分 → 研究生 / 本科 / 专科, 教基1102 →
 * 县级以上骨干教师(小学) / (初中), 本学年校舍建筑面积 → 教学及辅助用房 → 计 …), the export's
 * column codes under it — with gaps where the statistician deleted columns not needed (高中阶段及以下,
 * 校舍合计, 占地面积 计, 固定资产 计) — a one-row 九年一贯制 with its 小学 / 初中 teacher blocks, a
 * 教学点 under 50 students and a 合计 row.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbookSource } from "../../adapters/xlsx/XlsxWorkbookSource";
import { evaluate } from "../../engine/evaluate";
import type { Issue, SectionResult } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook, type ReadResult } from "./readWorkbook";

const SHEET = "学校综合表";
type Ok = Extract<ReadResult, { ok: true }>;
/** A cell as this sheet holds it. */
type Value = string | number | null;

/** Header cells as [row, first column, last column, last row, label], 1-based; merged when larger than one cell. */
const HEADER: readonly (readonly [number, number, number, number, string])[] = [
  [3, 1, 1, 5, "序号"],
  [3, 2, 2, 5, "学校名称"],
  [3, 3, 3, 5, "统计三级"],
  [3, 4, 4, 5, "办学类型"],
  [3, 5, 5, 5, "是否计校数"],
  [3, 6, 8, 3, "在校生数"],
  [4, 6, 6, 5, "合计"],
  [4, 7, 7, 5, "其中：小学"],
  [4, 8, 8, 5, "其中：初中"],
  ...teacherBlock(9, "专任教师"),
  ...teacherBlock(13, "小学专任教师"),
  ...teacherBlock(17, "初中专任教师"),
  [3, 21, 22, 3, "教基1102"],
  [4, 21, 21, 5, "县级以上骨干教师(小学)"],
  [4, 22, 22, 5, "县级以上骨干教师(初中)"],
  [3, 23, 24, 3, "本学年校舍建筑面积"],
  [4, 23, 24, 4, "教学及辅助用房"],
  [5, 23, 23, 5, "计"],
  [5, 24, 24, 5, "其中：室内体育用房"],
  [3, 25, 25, 3, "占地面积及其他办学条件"],
  [4, 25, 25, 4, "占地面积（平方米）"],
  [5, 25, 25, 5, "其中：运动场地面积"],
  [3, 26, 26, 3, "固定资产总值"],
  [4, 26, 26, 5, "教学仪器设备资产值(万元)"],
  [3, 27, 27, 5, "网络多媒体教室"],
];

function teacherBlock(left: number, label: string): (readonly [number, number, number, number, string])[] {
  return [
    [3, left, left + 3, 3, label],
    [4, left, left, 5, "合计"],
    [4, left + 1, left + 3, 4, "#按学历分"],
    [5, left + 1, left + 1, 5, "研究生"],
    [5, left + 2, left + 2, 5, "本科"],
    [5, left + 3, left + 3, 5, "专科"],
  ];
}

/** The export's codes, 甲 … 戊 for the text columns and numbers that skip the columns deleted (8, 19, 22, 24). */
const CODES: readonly Value[] = ["甲", "乙", "丙", "丁", "戊", 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 23, 25, 26];

// 序号 | 名称 | 统计三级 | 办学类型 | 计校数 | 在校生 合计 小学 初中 | 专任教师 合计 研究生 本科 专科 | 小学专任教师 … | 初中专任教师 … | 骨干 小学 初中 | 教辅 计 室内体育 | 运动场地 | 设备(万元) | 多媒体
const SCHOOLS: readonly (readonly Value[])[] = [
  [1, "城关小学", "青石县", "小学", "是", 600, 600, null, 36, 1, 20, 12, null, null, null, null, null, null, null, null, 7, 0, 3000, 100, 5000, 150, 15],
  [2, "城关中学", "青石县", "初级中学", "是", 500, null, 500, 40, 2, 33, 5, null, null, null, null, null, null, null, null, 0, 6, 3300, 200, 5600, 140, 13],
  [3, "马坊学校", "青石县", "九年一贯制学校", "是", 376, 166, 210, 30, 1, 20, 8, 12, 0, 6, 5, 18, 1, 14, 3, 2, 2, 2600, 0, 4300, 232.26, 10],
  [4, "石门教学点", "青石县", "教学点", "是", 38, 38, null, 3, 0, 1, 2, null, null, null, null, null, null, null, null, 0, 0, 210, 0, 400, 6.1, 1],
];

function totalRow(): Value[] {
  return CODES.map((_, i) => (i === 1 ? "合计" : i < 5 ? null : SCHOOLS.reduce((sum, row) => sum + (typeof row[i] === "number" ? row[i] : 0), 0)));
}

/** The sheet, with `edit` applied to the school rows (1-based row 7 is 城关小学), saved and read back. */
async function exportSheet(edit: (ws: ExcelJS.Worksheet) => void = () => undefined): Promise<XlsxWorkbookSource> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell(1, 1).value = "青石县2024年教育事业统计学校综合表（义务教育阶段）";
  ws.mergeCells(1, 1, 1, CODES.length);
  ws.getCell(2, 22).value = "单位：人、平方米、万元、间";
  for (const [row, left, right, bottom, label] of HEADER) {
    ws.getCell(row, left).value = label;
    if (right > left || bottom > row) ws.mergeCells(row, left, bottom, right);
  }
  ws.getRow(6).values = [...CODES];
  [...SCHOOLS, totalRow()].forEach((values, i) => (ws.getRow(7 + i).values = [...values]));
  edit(ws);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return XlsxWorkbookSource.fromWorkbook(back);
}

async function readExport(edit?: (ws: ExcelJS.Worksheet) => void): Promise<{ read: Ok; sections: SectionResult[]; issues: readonly Issue[] }> {
  const read = await readWorkbook(await exportSheet(edit));
  if (!read.ok) throw new Error(`expected the sheet to be read: ${JSON.stringify(read.issues)}`);
  const evaluation = evaluate(read.input, builtInProfile("national-2017"));
  return { read, sections: evaluation.counties.flatMap((c) => c.sections), issues: evaluation.issues };
}

function section(sections: readonly SectionResult[], name: string, stage: string): SectionResult {
  const found = sections.find((s) => s.name === name && s.stage === stage);
  if (found === undefined) throw new Error(`no section ${name} ${stage}`);
  return found;
}

describe("readWorkbook: a 学校综合表 cut from the statistics export, its column codes with gaps", () => {
  it("takes the code row (甲 … 戊, 1 … 7, 9 …) for codes, not a school 乙 of a county 丁 (before: a school row, with errors at F6, U6 …)", async () => {
    const { read } = await readExport();
    expect(read.input.records.map((r) => r.name)).toEqual(["城关小学", "城关中学", "马坊学校", "石门教学点"]);
    expect(new Set(read.input.records.map((r) => r.county))).toEqual(new Set(["青石县"]));
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(read.issues.filter((i) => i.cell?.startsWith(`${SHEET}!`) === true && /\D6$/.test(i.cell))).toEqual([]);
  });

  it("computes L1 from the degree columns by stage, worked by hand: 小学 研究生 + 本科 + 专科, 初中 研究生 + 本科 (rules.md §2)", async () => {
    const { sections } = await readExport();
    expect(section(sections, "城关小学", "primary").indicators.L1?.value).toBeCloseTo(((1 + 20 + 12) / 600) * 100, 10); // 5.5
    expect(section(sections, "城关中学", "junior").indicators.L1?.value).toBeCloseTo(((2 + 33) / 500) * 100, 10); // 7
    expect(section(sections, "马坊学校", "primary").indicators.L1?.value).toBeCloseTo(((0 + 6 + 5) / 166) * 100, 10); // 6.6265060241
    expect(section(sections, "马坊学校", "junior").indicators.L1?.value).toBeCloseTo(((1 + 14) / 210) * 100, 10); // 7.1428571429
  });

  it("scales 万元 and splits the one-row 九年一贯制's equipment 1 : 1.1 (rules.md §2, WE-2: 166 + 1.1 × 210 = 397)", async () => {
    const { sections } = await readExport();
    expect(section(sections, "城关小学", "primary").indicators.L6?.value).toBeCloseTo((150 * 10000) / 600, 8); // 2500
    expect(section(sections, "马坊学校", "primary").indicators.L6?.value).toBeCloseTo((232.26 * 10000) / 397, 8); // 5850.3778337531
    expect(section(sections, "马坊学校", "junior").indicators.L6?.value).toBeCloseTo((232.26 * 10000 * 1.1) / 397, 8); // 6435.4156171285
    expect(section(sections, "石门教学点", "primary").included).toBe(false);
  });

  it("leaves 城关小学's L1 not computed when its 专科 (L7) is #N/A, never 1 + 20 + 0 = 21 teachers (before: 3.5, not met)", async () => {
    const { read, sections } = await readExport((ws) => (ws.getCell("L7").value = { error: "#N/A" }));
    const l1 = section(sections, "城关小学", "primary").indicators.L1;
    expect(l1?.value ?? null).toBeNull();
    expect(read.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([["read_formula_error", `${SHEET}!L7`]]);
  });

  it("names the cell read, L7, when 城关小学's 专科 is blank (taken as none, 21 ÷ 600 × 100 = 3.5), not the 小学专任教师 block's P7", async () => {
    const { read, sections } = await readExport((ws) => (ws.getCell("L7").value = null));
    expect(section(sections, "城关小学", "primary").indicators.L1?.value).toBeCloseTo(((1 + 20) / 600) * 100, 10);
    const record = read.input.records.find((r) => r.name === "城关小学");
    expect(record?.fields.qualifiedTeachers?.assumedZeros?.map((z) => z.cell)).toEqual([`${SHEET}!L7`]);
  });

  it("warns at U8 when 城关中学's 6 backbone teachers are typed in the 县级以上骨干教师(小学) column, its (初中) cell 0: not read, L2 = 0 ÷ 500 (before: said nowhere)", async () => {
    const { read, sections } = await readExport((ws) => {
      ws.getCell("U8").value = 6;
      ws.getCell("V8").value = 0;
    });
    expect(read.issues.filter((i) => i.code === "read_single_stage_other_stage").map((i) => [i.cell, i.params.value])).toEqual([[`${SHEET}!U8`, "6"]]);
    expect(section(sections, "城关中学", "junior").indicators.L2?.value).toBe(0);
  });

  // The export writes 0 (or —) in every cell of a stage a school has not (R1 of s48, F3): 城关小学's 其中：初中 H7
  // and 初中专任教师 Q7:T7, 城关中学's 其中：小学 G8 and 小学专任教师 M8:P8, 石门教学点's H10 and Q10:T10.
  // Before, such a 0 took the whole row's columns away from the school: students and L1 missing.
  it.each<[string, Value]>([
    ["0", 0],
    ["—", "—"],
  ])("reads every single-stage school as with blank other-stage cells when they hold %s: no error, the students and L1 by hand", async (_, nothing) => {
    const { read, sections } = await readExport((ws) => {
      for (const cell of ["H7", "Q7", "R7", "S7", "T7", "G8", "M8", "N8", "O8", "P8", "H10", "Q10", "R10", "S10", "T10"]) ws.getCell(cell).value = nothing;
      // 其中：小学 left blank too, so the students come from 合计 F7; the 合计 row's G then adds 166 + 38 = 204.
      ws.getCell("G7").value = null;
      ws.getCell("G11").value = 204;
    });
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    // The sheet has no 体育 / 艺术 columns (as unedited); nothing else is warned.
    expect(read.issues.filter((i) => i.severity === "warning").map((i) => i.code)).toEqual(["read_columns_missing"]);
    expect(section(sections, "城关小学", "primary").students).toBe(600);
    expect(section(sections, "城关小学", "primary").indicators.L1?.value).toBeCloseTo(((1 + 20 + 12) / 600) * 100, 10); // 5.5
    expect(section(sections, "城关中学", "junior").indicators.L1?.value).toBeCloseTo(((2 + 33) / 500) * 100, 10); // 7
    expect(section(sections, "石门教学点", "primary").students).toBe(38);
  });

  // The sheet's note says 无数据填“—” (R1 of s48, F2): a — in one part of L1 leaves the sum unknown, said at its cell.
  it("leaves L1 not computed, missing at the dash's cell, when the note declares — no data: 城关小学's whole-row 专科 L7, 马坊学校's 小学 block 专科 P9 (before: 1 + 20 + 0 and 0 + 6 + 0)", async () => {
    const { read, sections, issues } = await readExport((ws) => {
      ws.getCell("A12").value = "填表说明：无数据填“—”。";
      ws.getCell("L7").value = "—";
      ws.getCell("P9").value = "—";
    });
    expect(section(sections, "城关小学", "primary").indicators.L1).toBeUndefined();
    expect(section(sections, "马坊学校", "primary").indicators.L1).toBeUndefined();
    expect(section(sections, "马坊学校", "junior").indicators.L1?.value).toBeCloseTo(((1 + 14) / 210) * 100, 10); // its 初中 block has no dash
    const at = (cell: string) => [...read.issues, ...issues].filter((i) => i.cell === `${SHEET}!${cell}`).map((i) => `${i.code} ${String(i.params.indicator ?? "")}`);
    expect(at("L7")).toEqual(["read_dash_as_missing ", "missing_numerator L1"]);
    expect(at("P9")).toEqual(["read_dash_as_missing ", "missing_numerator L1"]);
  });
});
