import ExcelJS from "exceljs";
import { XlsxWorkbookSource } from "../../adapters/xlsx/XlsxWorkbookSource";
import type { Issue } from "../../engine/types";
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
    expect(at(ok.issues, "学校基本情况!C3")).toEqual(["read_not_a_number #####"]);
    expect(at(ok.issues, "学校基本情况!D2")).toEqual(["read_flag_unreadable #####"]);
    expect(at(ok.issues, "学校基本情况!D3")).toEqual(["read_flag_unreadable #####"]);
    expect(at(ok.issues, "县级指标!B2")).toEqual(["read_figure_bad_value #####"]);
    // No year was made of them (never NaN); 丙小学's own year and the county's other figure are read.
    expect(ok.input.records.map((r) => r.flags.builtYear)).toEqual([undefined, undefined, 2001]);
    expect(ok.input.countyFigures.map((f) => [f.code, f.value])).toEqual([["Q1_consolidation", 0.97]]);
  });
});
