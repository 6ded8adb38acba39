import { readGridsOk, issuesWith, type ReadOk } from "./testing";
import { NORTH, POINTS, SHEET_HEADER, SOUTH, titledSheet } from "./testingSheets";

/** Name, county and the students' cell of each record. */
function rows(result: ReadOk): (string | null | undefined)[][] {
  return result.input.records.map((r) => [r.name, r.county, r.fields.students?.cell]);
}

const north = titledSheet("北山县", "北山县2024年义务教育学校办学条件统计表", NORTH);
const south = titledSheet("南湖县", "南湖县2024年义务教育学校办学条件统计表", SOUTH);

describe("readWorkbook: a county's sheet named after the county beside its own 教学点 sheet", () => {
  it("reads 北山县教学点 as a part of 北山县 (before: 北山县 alone, the teaching point lost)", async () => {
    const result = await readGridsOk([north, titledSheet("北山县教学点", "北山县2024年教学点办学条件统计表", POINTS)]);
    expect(rows(result)).toEqual([
      ["北山一小", "北山县", "北山县!C3"],
      ["北山一中", "北山县", "北山县!C4"],
      ["杏花村教学点", "北山县", "北山县教学点!C3"],
    ]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("reads 北山县教学点 with 北山县 beside 南湖县 in a city workbook", async () => {
    const result = await readGridsOk([north, south, titledSheet("北山县教学点", "北山县2024年教学点办学条件统计表", POINTS)]);
    expect(rows(result)).toEqual([
      ["北山一小", "北山县", "北山县!C3"],
      ["北山一中", "北山县", "北山县!C4"],
      ["杏花村教学点", "北山县", "北山县教学点!C3"],
      ["南湖一小", "南湖县", "南湖县!C3"],
    ]);
  });
});

describe("readWorkbook: a 教学点 sheet titled for the city beside the counties' sheets", () => {
  const cityPoints = titledSheet("教学点", "某市2024年教学点办学条件统计表", POINTS);

  it("makes no county 某市 and does not guess the county: leaves the sheet out with a warning asking for a 县区 column", async () => {
    const result = await readGridsOk([north, south, cityPoints]);
    expect(rows(result)).toEqual([
      ["北山一小", "北山县", "北山县!C3"],
      ["北山一中", "北山县", "北山县!C4"],
      ["南湖一小", "南湖县", "南湖县!C3"],
    ]);
    expect(issuesWith(result.issues, "read_sheet_county_unknown").map((i) => [i.cell, i.severity, i.params.sheet, i.params.counties])).toEqual([["教学点!A2", "warning", "教学点", "北山县, 南湖县"]]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("reads such a sheet when its rows carry a 县区 column: each row of its own county", async () => {
    const header = [...SHEET_HEADER, "县区"];
    const withCounty = titledSheet("教学点", "某市2024年教学点办学条件统计表", [[...(POINTS[0] ?? []), "南湖县"]], header);
    const result = await readGridsOk([north, south, withCounty]);
    expect(rows(result)).toContainEqual(["杏花村教学点", "南湖县", "教学点!C3"]);
    expect(issuesWith(result.issues, "read_sheet_county_unknown")).toEqual([]);
  });

  it("still takes a county-level city (广汉市) that a county sheet names for a county", async () => {
    const city = titledSheet("广汉市", "广汉市2024年义务教育学校办学条件统计表", [["广汉一小", "小学", 800, 50, 4000]]);
    const points = titledSheet("广汉市教学点", "广汉市2024年教学点办学条件统计表", POINTS);
    const result = await readGridsOk([north, city, points]);
    expect(rows(result)).toEqual([
      ["北山一小", "北山县", "北山县!C3"],
      ["北山一中", "北山县", "北山县!C4"],
      ["广汉一小", "广汉市", "广汉市!C3"],
      ["杏花村教学点", "广汉市", "广汉市教学点!C3"],
    ]);
  });
});
