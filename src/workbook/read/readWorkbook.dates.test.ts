import ExcelJS from "exceljs";
import { XlsxWorkbookSource } from "../../adapters/xlsx/XlsxWorkbookSource";
import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { readWorkbook, type ReadResult } from "./readWorkbook";

type Ok = Extract<ReadResult, { ok: true }>;

/**
 * A workbook whose date-formatted cells hold numbers no date can hold (1e9: exceljs gives an
 * invalid Date; 3e6: past 9999-12-31; −5), saved and read back through the .xlsx adapter, as the CLI reads it.
 */
async function datedWorkbook(): Promise<XlsxWorkbookSource> {
  const wb = new ExcelJS.Workbook();
  const schools = wb.addWorksheet("学校基本情况");
  schools.addRow(["学校名称", "在校生数", "教学及辅助用房面积（平方米）", "建校年份"]);
  schools.addRow(["甲小学", 300, 1e9, 1e9]);
  schools.addRow(["乙小学", 200, 3e6, -5]);
  schools.addRow(["丙小学", 100, 2000, 2001]);
  for (const cell of ["C2", "D2", "C3", "D3"]) schools.getCell(cell).numFmt = "yyyy-mm-dd";
  const county = wb.addWorksheet("县级指标");
  county.addRow(["项目", "数值"]);
  county.addRow(["社会认可度", 1e9]);
  county.addRow(["初中三年巩固率", 0.97]);
  county.getCell("B2").numFmt = "yyyy-mm-dd";
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return XlsxWorkbookSource.fromWorkbook(back);
}

function at(issues: readonly Issue[], cell: string): string[] {
  return issues.filter((i) => i.cell === cell).map((i) => `${i.code} ${String(i.params.text)}`);
}

describe("readWorkbook: a date-formatted cell holding a number no date can hold", () => {
  it("is a data problem at its cell (shown as Excel shows it, #####), the rest read, no exception", async () => {
    const result = await readWorkbook(await datedWorkbook());
    expect(result.ok).toBe(true);
    const ok = result as Ok;
    expect(at(ok.issues, "学校基本情况!C2")).toEqual(["read_not_a_number #####"]);
    // 3e6 is past 9999-12-31 but still a number the message can name (1e9's is lost in exceljs's invalid Date).
    expect(at(ok.issues, "学校基本情况!C3")).toEqual(["read_date_in_number #####"]);
    expect(ok.issues.find((i) => i.cell === "学校基本情况!C3")?.params.number).toBe(3e6);
    expect(at(ok.issues, "学校基本情况!D2")).toEqual(["read_flag_unreadable #####"]);
    expect(at(ok.issues, "学校基本情况!D3")).toEqual(["read_flag_unreadable #####"]);
    expect(at(ok.issues, "县级指标!B2")).toEqual(["read_figure_bad_value #####"]);
    // No year was made of them (never NaN); 丙小学's own year and the county's other figure are read.
    expect(ok.input.records.map((r) => r.flags.builtYear)).toEqual([undefined, undefined, 2001]);
    expect(ok.input.countyFigures.map((f) => [f.code, f.value])).toEqual([["Q1_consolidation", 0.97]]);
  });
});

/** A school sheet saved and read back as the CLI reads it; `format` sets date formats on cells. */
async function schoolsWith(rows: readonly (readonly (string | number)[])[], format: Readonly<Record<string, string>>): Promise<XlsxWorkbookSource> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校基本情况");
  ws.addRow(["学校名称", "在校生数（人）", "班级数（个）"]);
  rows.forEach((r) => ws.addRow([...r]));
  for (const [cell, numFmt] of Object.entries(format)) ws.getCell(cell).numFmt = numFmt;
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return XlsxWorkbookSource.fromWorkbook(back);
}

describe("readWorkbook: a number in a count cell formatted as a date", () => {
  it("is refused, and the message says the cell is formatted as a date showing X and holds the number N (zh and en)", async () => {
    const source = await schoolsWith([["甲小学", 1652, 30], ["乙小学", 400, 38]], { B2: "yyyy-mm-dd", C3: "m/d/yy" });
    const ok = (await readWorkbook(source)) as Ok;
    const b2 = ok.issues.find((i) => i.cell === "学校基本情况!B2");
    const c3 = ok.issues.find((i) => i.cell === "学校基本情况!C3");
    // 1652 days after 1899-12-30 is 1904-07-09; 38 is 1900-02-07 in Excel (31 days of January, then 7).
    expect([b2?.code, b2?.severity, b2?.params.text, b2?.params.number]).toEqual(["read_date_in_number", "error", "1904-07-09", 1652]);
    expect([c3?.code, c3?.params.text, c3?.params.number]).toEqual(["read_date_in_number", "1900-02-07", 38]);
    expect(message("read_date_in_number", b2?.params ?? {}, "zh")).toBe("“在校生数（人）”的单元格设为日期格式，显示为“1904-07-09”，实际存的是数字 1652；该项未读取。如果 1652 就是要填的数，请把单元格格式改为“常规”或“数值”");
    expect(message("read_date_in_number", b2?.params ?? {}, "en")).toBe("Students (在校生数（人）): the cell is formatted as a date and shows “1904-07-09”, but holds the number 1652; not read. If 1652 is the value meant, set the cell's format to General or Number");
    // Not read: 甲小学's students and 乙小学's classes stay missing (never 1652, never 45,536).
    expect(ok.input.records.map((r) => [r.fields.students?.value, r.fields.classes?.value])).toEqual([[undefined, 30], [400, undefined]]);
  });

  it("is said once for a column formatted as dates: its column, count and cells (one run); each cell still unread", async () => {
    const rows = [300, 301, 302, 303, 304].map((n, i) => [`${i + 1}小学`, n, 10]);
    const source = await schoolsWith(rows, { B2: "yyyy-mm-dd", B3: "yyyy-mm-dd", B4: "yyyy-mm-dd", B5: "yyyy-mm-dd", B6: "yyyy-mm-dd" });
    const ok = (await readWorkbook(source)) as Ok;
    const dates = ok.issues.filter((i) => i.code.startsWith("read_date"));
    expect(dates.map((i) => [i.code, i.severity, i.cell, i.params.column, i.params.count, i.params.cells])).toEqual([["read_dates_in_number_few", "error", "学校基本情况!B2", "B", 5, "B2:B6"]]);
    expect(message("read_dates_in_number_few", dates[0]?.params ?? {}, "zh")).toBe("第 B 列中“在校生数（人）”的 5 个单元格设为日期格式（B2:B6），存的数字未读取。如果这些数字就是要填的数，请把该列格式改为“常规”或“数值”");
    expect(message("read_dates_in_number_few", dates[0]?.params ?? {}, "en")).toBe("Students (在校生数（人）): 5 cells in column B are formatted as dates (B2:B6); the numbers they hold were not read. If those numbers are the values meant, set the column's format to General or Number");
    expect(ok.input.records.map((r) => r.fields.students?.value)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
