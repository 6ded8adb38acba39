/**
 * The two adapters, and the Office one at both API levels (with the special cells, ExcelApi 1.9+,
 * and without, 1.7), read the same cells as the same grid: one rule for a range given
 * (dataArea.ts rangeArea), the range cut to the data inside it.
 */
import ExcelJS from "exceljs";
import { OfficeWorkbookSource } from "./office/OfficeWorkbookSource";
import { detectCapabilities } from "./office/requirements";
import { FakeExcel } from "./office/testing/fakeExcel";
import { XlsxWorkbookSource } from "./xlsx/XlsxWorkbookSource";
import { readWorkbook } from "../workbook/read/readWorkbook";
import type { Grid, WorkbookSource } from "../workbook/types";

/** A table in A1:C4 (a header, three schools) and a note in A10, as [row, column, value], 0-based. */
const TABLE = [["学校名称", "在校生数", "班级数"], ["甲小学", 300, 6], ["乙小学", 200, 4], ["丙小学", 100, 2]];
const CELLS: [number, number, string | number][] = [...TABLE.flatMap((row, r) => row.map((v, c): [number, number, string | number] => [r, c, v])), [9, 0, "注：数据截至9月"]];

function xlsx(): WorkbookSource {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("学校");
  for (const [r, c, v] of CELLS) ws.getCell(r + 1, c + 1).value = v;
  return XlsxWorkbookSource.fromWorkbook(workbook);
}

function office(version: string): WorkbookSource {
  const excel = new FakeExcel(version);
  const sheet = excel.model.addSheet("学校");
  for (const [r, c, v] of CELLS) sheet.put(r, c, v);
  return new OfficeWorkbookSource(excel.run, { capabilities: detectCapabilities((_, v) => excel.supports(v)) });
}

const SOURCES: [string, () => WorkbookSource][] = [["the .xlsx reader", xlsx], ["Office, ExcelApi 1.13", () => office("1.13")], ["Office, ExcelApi 1.7", () => office("1.7")]];

/** What the reader sees of a grid. */
function seen(grid: Grid) {
  return { top: grid.top, left: grid.left, values: grid.values, cellsLeftOut: grid.cellsLeftOut ?? [] };
}

describe.each(SOURCES)("%s reads a range given as the others do", (_, source) => {
  it("A1:C8 over a table in A1:C4 (a note in A10): A1:C4, ending at the range's last row of data", async () => {
    expect(seen(await source().readSheet("学校", "A1:C8"))).toEqual({ top: 0, left: 0, values: TABLE, cellsLeftOut: [] });
  });

  it("A1:E12: the table and the note, the blank rows between, no blank column past C", async () => {
    const blank = [null, null, null];
    const values = [...TABLE, blank, blank, blank, blank, blank, ["注：数据截至9月", null, null]];
    expect(seen(await source().readSheet("学校", "A1:E12"))).toEqual({ top: 0, left: 0, values, cellsLeftOut: [] });
  });

  it("B2:C3, inside the table: as given; A5:C8, blank: nothing", async () => {
    expect(seen(await source().readSheet("学校", "B2:C3"))).toEqual({ top: 1, left: 1, values: [[300, 6], [200, 4]], cellsLeftOut: [] });
    expect(seen(await source().readSheet("学校", "A5:C8"))).toEqual({ top: 0, left: 0, values: [], cellsLeftOut: [] });
  });

  it("still warns of a school under a range that ends above it (A1:C3 leaves out 丙小学 in row 4)", async () => {
    const read = await readWorkbook(source(), { sheet: "学校", range: "A1:C3" });
    expect(read.issues.filter((i) => i.code === "read_range_ends_above_schools").map((i) => [i.cell, i.params.name])).toEqual([["学校!A4", "丙小学"]]);
  });
});
