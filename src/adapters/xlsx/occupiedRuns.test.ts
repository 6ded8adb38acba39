import ExcelJS from "exceljs";
import { occupiedRuns } from "./occupiedRuns";

describe("occupiedRuns", () => {
  function sheet(): ExcelJS.Worksheet {
    const ws = new ExcelJS.Workbook().addWorksheet("学校");
    ws.mergeCells("A1:D1");
    ws.getCell("A1").value = "某县2024年学校基本情况";
    ws.getRow(2).values = ["学校名称", "在校生数", " ", null, "备注"];
    ws.getCell("XFD2").value = "x";
    ws.getCell("A4").value = "  ";
    ws.getCell("C5").value = 0;
    return ws;
  }

  it("gives the non-blank cells per row, a merged area at its top-left cell, whitespace as blank, cut past 100 blank columns", () => {
    // Row 1: A1 only (B1:D1 repeat the merged value). Row 2: A2, B2, E2 (C2 a space) — 2 blank columns inside — then XFD2 past 16,378.
    // Row 4 holds whitespace only: no run. Row 5: C5 holds 0, which is data.
    expect(occupiedRuns(sheet(), null)).toEqual([
      { row: 0, left: 0, right: 0, cells: 1 },
      { row: 1, left: 0, right: 4, cells: 3 },
      { row: 1, left: 16383, right: 16383, cells: 1 },
      { row: 4, left: 2, right: 2, cells: 1 },
    ]);
  });

  it("cuts a row where more than `gap` blank columns lie between two cells", () => {
    // A2, B2, E2: two blank columns between B and E.
    expect(occupiedRuns(sheet(), { top: 1, left: 0, bottom: 1, right: 5 }, 1)).toEqual([
      { row: 1, left: 0, right: 1, cells: 2 },
      { row: 1, left: 4, right: 4, cells: 1 },
    ]);
  });

  it("keeps to a window", () => {
    expect(occupiedRuns(sheet(), { top: 1, left: 1, bottom: 4, right: 2 })).toEqual([
      { row: 1, left: 1, right: 1, cells: 1 },
      { row: 4, left: 2, right: 2, cells: 1 },
    ]);
  });

  it("gives no run for an empty sheet", () => {
    expect(occupiedRuns(new ExcelJS.Workbook().addWorksheet("空"), null)).toEqual([]);
  });
});
