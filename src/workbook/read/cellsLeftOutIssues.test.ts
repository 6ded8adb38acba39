import { message } from "../../messages/catalogue";
import type { Grid, CellsLeftOut, WorkbookSource } from "../types";
import { cellsLeftOutIssues, notingCellsLeftOut } from "./cellsLeftOutIssues";
import { readWorkbook } from "./readWorkbook";
import { gridOf } from "./testing";

const FAR_A1048576: CellsLeftOut = { reason: "far", first: { row: 1048575, column: 0 }, last: { row: 1048575, column: 0 }, cells: 1 };
const TABLE = gridOf(
  [
    ["学校名称", "在校生数"],
    ["甲小学", 300],
    ["乙小学", 200],
  ],
  { sheet: "学校" },
);

describe("cellsLeftOutIssues", () => {
  it("says a far value at its cell, with the area read", () => {
    expect(cellsLeftOutIssues({ ...TABLE, cellsLeftOut: [FAR_A1048576] })).toEqual([
      { code: "read_cells_far", severity: "warning", cell: "学校!A1048576", params: { sheet: "学校", area: "A1:B3", address: "A1048576", last: "A1048576", count: 1 } },
    ]);
  });

  it("says cells past the limit with the limit, at the first of them", () => {
    const out: CellsLeftOut = { reason: "too_many", first: { row: 3, column: 0 }, last: { row: 9, column: 1 }, cells: 14 };
    expect(cellsLeftOutIssues({ ...TABLE, cellsLeftOut: [out] })).toEqual([
      { code: "read_cells_too_many", severity: "warning", cell: "学校!A4", params: { sheet: "学校", area: "A1:B3", address: "A4", last: "B10", count: "14", max: "25,000,000" } },
    ]);
  });

  it("says far cells inside a range the user gave as such, and asks for a range around them alone", () => {
    // a1x.xlsx read with --range A1:XFD1048576: FA3, E2000 and XFD1048576 lie inside the range and far from A1:N4.
    const out: CellsLeftOut = { reason: "far", first: { row: 2, column: 156 }, last: { row: 1048575, column: 16383 }, cells: 3 };
    const table = { ...TABLE, cellsLeftOut: [out] };
    const params = { sheet: "学校", area: "A1:B3", address: "FA3", last: "XFD1048576", count: 3 };
    expect(cellsLeftOutIssues(table, "a1:xfd1048576")).toEqual([{ code: "read_cells_far_in_range", severity: "warning", cell: "学校!FA3", params: { ...params, range: "A1:XFD1048576" } }]);
    // No range given: a range that holds them is the advice, as before.
    expect(cellsLeftOutIssues(table)).toEqual([{ code: "read_cells_far", severity: "warning", cell: "学校!FA3", params }]);
    const zh = message("read_cells_far_in_range", { ...params, range: "A1:XFD1048576" }, "zh");
    expect(zh).toBe("工作表“学校”中有 3 个单元格（按行依次首个为 FA3，末个为 XFD1048576）在所给区域 A1:XFD1048576 之内，但远离数据区 A1:B3，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它们（例如另一张表），请在任务窗格的“数据区域”中另填只围住它们的区域（命令行：--range），或把它们移到表格旁");
    expect(zh).not.toMatch(/包括它们的区域/);
    const one = message("read_cells_far_in_range", { ...params, count: 1, address: "XFD1048576", range: "A1:XFD1048576" }, "en");
    expect(one).toBe("Sheet “学校” holds something at XFD1048576, inside the range given (A1:XFD1048576) but far from its data (A1:B3) across a thousand blank rows or a hundred blank columns; it was not read: delete it if it is no data; if it is what should be read, give a range around it under “Data range” in the task pane (command line: --range), or move it next to the table");
  });

  it("says nothing for a grid that leaves nothing out", () => {
    expect(cellsLeftOutIssues(TABLE)).toEqual([]);
    expect(cellsLeftOutIssues({ ...TABLE, cellsLeftOut: [] })).toEqual([]);
  });

  it("reads as a sentence naming the sheet and the cells, one or several", () => {
    const one = { sheet: "学校", area: "A1:AJ46", address: "A1048576", last: "A1048576", count: 1 };
    expect(message("read_cells_far", one, "zh")).toBe("工作表“学校”的 A1048576 有内容，但远离数据区 A1:AJ46，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它，请在任务窗格的“数据区域”中填写包括它的区域（命令行：--range），或把它移到表格旁");
    expect(message("read_cells_far", one, "en")).toBe(
      "Sheet “学校” holds something at A1048576, far from its data (A1:AJ46) across a thousand blank rows or a hundred blank columns; it was not read: delete it if it is no data; if it is what should be read, give a range that holds it under “Data range” in the task pane (command line: --range), or move it next to the table",
    );
    const three = { ...one, address: "XFD5", last: "A1048576", count: 3 };
    // Not "XFD5 至 A1048576": a span from XFD5 to A1048576 reads as a box, which a third cell (E2000, say) lies outside of.
    expect(message("read_cells_far", three, "zh")).toBe("工作表“学校”中有 3 个单元格（按行依次首个为 XFD5，末个为 A1048576）远离数据区 A1:AJ46，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它们（例如另一张表），请在任务窗格的“数据区域”中填写包括它们的区域（命令行：--range），或把它们移到表格旁");
    const many = { sheet: "学校", area: "A1:XFD1525", address: "A1526", last: "XFD2000", count: "7,700,000", max: "25,000,000" };
    expect(message("read_cells_too_many", many, "en")).toBe(
      "Sheet “学校” holds more than the 25,000,000 cells that can be read at once: only A1:XFD1525 was read, and the cells from A1526 on (at most 7,700,000) were not: split the data over several sheets, or read one range of it",
    );
    // A host that cannot count the non-blank cells cut (ExcelApi 1.7) counts the cells of the used range: "at most".
    expect(message("read_cells_too_many", many, "zh")).toBe("工作表“学校”的数据超过一次可读取的 25,000,000 个单元格，只读取了 A1:XFD1525；自 A1526 起的其余单元格（至多 7,700,000 个）未读取：请把数据分到几个工作表，或只读取其中一个区域");
  });
});

/** A source over one grid that counts its reads; `range` gives the same grid (what it leaves out is the point here). */
function countingSource(grid: Grid): { source: WorkbookSource; reads: () => number } {
  let reads = 0;
  const source: WorkbookSource = {
    sheetNames: () => Promise.resolve([grid.sheet]),
    readSheet: () => {
      reads++;
      return Promise.resolve(grid);
    },
  };
  return { source, reads: () => reads };
}

describe("notingCellsLeftOut and readWorkbook", () => {
  it("notes each sheet's cells left out once, however often the sheet is read", async () => {
    const { source, reads } = countingSource({ ...TABLE, cellsLeftOut: [FAR_A1048576] });
    const noting = notingCellsLeftOut(source);
    await noting.source.readSheet("学校");
    await noting.source.readSheet("学校", "A1:B3");
    expect(reads()).toBe(2);
    expect(noting.issues().map((i) => i.cell)).toEqual(["学校!A1048576"]);
    expect(noting.source.hiddenSheets).toBeUndefined();
  });

  it("adds the far value's warning to a workbook read", async () => {
    const result = await readWorkbook(countingSource({ ...TABLE, cellsLeftOut: [FAR_A1048576] }).source);
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.code === "read_cells_far").map((i) => i.cell)).toEqual(["学校!A1048576"]);
    const plain = await readWorkbook(countingSource(TABLE).source);
    expect(plain.issues.filter((i) => i.code === "read_cells_far")).toEqual([]);
  });

  it("adds it to a read that fails too: a sheet whose only value lies far out is empty but for it", async () => {
    const empty: Grid = { sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], merges: [], cellsLeftOut: [FAR_A1048576] };
    const result = await readWorkbook(countingSource(empty).source);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["read_sheets_empty", "read_cells_far"]);
  });
});
