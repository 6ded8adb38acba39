import type { CellValue } from "../types";
import { readGridsOk, issuesWith, type ReadOk } from "./testing";
import { NORTH, SHEET_HEADER, SOUTH, titledSheet } from "./testingSheets";

/** Name, county and the students' cell of each record. */
function rows(result: ReadOk): (string | null | undefined)[][] {
  return result.input.records.map((r) => [r.name, r.county, r.fields.students?.cell]);
}

describe("readWorkbook: a city workbook with a sheet per county", () => {
  const north = titledSheet("北山县", "北山县2024年义务教育学校办学条件统计表", NORTH);
  const south = titledSheet("南湖县", "南湖县2024年义务教育学校办学条件统计表", SOUTH);

  it("reads every county's sheet, each school of the county its sheet's title names (before: 北山县 alone)", async () => {
    const result = await readGridsOk([north, south]);
    expect(rows(result)).toEqual([
      ["北山一小", "北山县", "北山县!C3"],
      ["北山一中", "北山县", "北山县!C4"],
      ["南湖一小", "南湖县", "南湖县!C3"],
    ]);
    expect(issuesWith(result.issues, "read_sheet_other_county")).toEqual([]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
    expect(issuesWith(result.issues, "read_county_sheet").map((i) => [i.cell, i.params.county, i.params.count])).toEqual([
      ["北山县!A1", "北山县", 2],
      ["南湖县!A1", "南湖县", 1],
    ]);
  });

  it("reads every county's sheet when each carries a 县区 column (before: one, though the advice said to add the column)", async () => {
    const header = [...SHEET_HEADER, "县区"];
    const result = await readGridsOk([
      titledSheet("北山县", "北山县2024年义务教育学校办学条件统计表", NORTH.map((r) => [...r, "北山县"]), header),
      titledSheet("南湖县", "南湖县2024年义务教育学校办学条件统计表", SOUTH.map((r) => [...r, "南湖县"]), header),
    ]);
    expect(rows(result)).toEqual([
      ["北山一小", "北山县", "北山县!C3"],
      ["北山一中", "北山县", "北山县!C4"],
      ["南湖一小", "南湖县", "南湖县!C3"],
    ]);
  });

  it("reads a county's 小学 and 初中 sheets together beside another county's sheet", async () => {
    const result = await readGridsOk([
      titledSheet("北山县小学", "北山县2024年小学基本情况", [NORTH[0] ?? []]),
      titledSheet("北山县初中", "北山县2024年初中基本情况", [NORTH[1] ?? []]),
      south,
    ]);
    expect(result.input.records.map((r) => [r.name, r.county, r.stage, r.source?.sheet])).toEqual([
      ["北山一小", "北山县", "primary", "北山县小学"],
      ["北山一中", "北山县", "junior", "北山县初中"],
      ["南湖一小", "南湖县", "primary", "南湖县"],
    ]);
    // Said at each stage sheet's header (row 2, under its title).
    expect(issuesWith(result.issues, "read_stage_sheet").map((i) => i.cell)).toEqual(["北山县小学!A2", "北山县初中!A2"]);
  });

  it("keeps two counties' schools of one name apart (before the county was set after schools of one name were joined: 18 rows lost as repeats)", async () => {
    const same: CellValue[][] = [["城关一小", "小学", 400, 25, 2000]];
    const other: CellValue[][] = [["城关一小", "小学", 300, 20, 1500]];
    const result = await readGridsOk([titledSheet("北山县", "北山县2024年学校", same), titledSheet("南湖县", "南湖县2024年学校", other)]);
    expect(result.input.records.map((r) => [r.name, r.county, r.fields.students?.value])).toEqual([
      ["城关一小", "北山县", 400],
      ["城关一小", "南湖县", 300],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("still leaves out another county's sheet of another layout (not known to be a county list), naming it", async () => {
    const narrow = titledSheet("南湖县", "南湖县2024年学校", SOUTH.map((r) => r.slice(0, 3)), SHEET_HEADER.slice(0, 3));
    const result = await readGridsOk([north, narrow]);
    expect(new Set(result.input.records.map((r) => r.county))).toEqual(new Set(["北山县"]));
    expect(issuesWith(result.issues, "read_sheet_other_county").map((i) => i.cell)).toEqual(["南湖县!A1"]);
  });
});
