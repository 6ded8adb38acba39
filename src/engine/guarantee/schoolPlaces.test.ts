import type { SchoolRecord } from "../types";
import { fieldCells, namedSchools, placeRecords, schoolCell, schoolRowItem, sheetOf, type SchoolPlaces } from "./schoolPlaces";
import { schoolRows } from "./schoolGroups";
import { schoolRecord } from "./testRecords";

// Cells of these records follow testRecords: 表1, students B, teachers M, musicRoomsArea AB, artRoomsArea AE, publicFunding AG, trainingFunds AH.

/** The places of `records`, grouped as the engine groups them. */
function placesOf(records: readonly SchoolRecord[]): SchoolPlaces {
  return { records, rows: schoolRows(records) };
}

describe("schoolCell", () => {
  const funded = schoolRecord({ name: "甲小学", row: 5, fields: { students: 300, publicFunding: 65000, trainingFunds: 3600 } });
  const blank: SchoolRecord = { ...schoolRecord({ name: "乙小学", row: 6, fields: { students: 200, publicFunding: 40000 } }), blankCells: { trainingFunds: "表1!AH6" } };

  it("a note on missing data points at the blank cell of the first field that has one", () => {
    expect(schoolCell([blank], { fields: ["trainingFunds", "publicFunding"], blankFirst: true })).toBe("表1!AH6");
  });
  it("else at the first field given; a note on what was given never at a blank", () => {
    expect(schoolCell([funded], { fields: ["trainingFunds", "publicFunding"], blankFirst: true })).toBe("表1!AH5");
    expect(schoolCell([blank], { fields: ["trainingFunds", "publicFunding"], blankFirst: false })).toBe("表1!AG6");
  });
  it("a stage's blank cell of a combined row counts as the row's", () => {
    const combined: SchoolRecord = { ...schoolRecord({ name: "丙学校", row: 7, type: "nine_year", stage: null, fields: { students: 600 } }), stageBlankCells: { junior: { students: "表2初中!B7" } } };
    expect(schoolCell([combined], { fields: ["students"], blankFirst: true })).toBe("表2初中!B7");
  });
  it("none of the fields in any of its rows: any cell of its first row; no cell at all: null", () => {
    expect(schoolCell([funded], { fields: ["musicRoomsArea"], blankFirst: true })).toBe("表1!B5");
    expect(schoolCell([{ ...funded, fields: {} }], { fields: ["musicRoomsArea"], blankFirst: true })).toBeNull();
    expect(schoolCell([], { fields: ["students"], blankFirst: true })).toBeNull();
  });
});

describe("schoolRowItem and sheetOf", () => {
  const record = schoolRecord({ name: "城关小学", row: 5 });
  it("the row alone on the note's sheet, with its sheet on another", () => {
    expect(schoolRowItem("城关小学", record.source, "表1")).toBe("城关小学@5");
    expect(schoolRowItem("城关小学", record.source, "学校基本情况")).toBe("城关小学@表1!5");
  });
  it("a school read from no row is its name; a name holding an @ gets an empty row", () => {
    expect(schoolRowItem("城关小学", null, "表1")).toBe("城关小学");
    expect(schoolRowItem("A@B", null, "表1")).toBe("A@B@");
  });
  it("sheetOf reads a quoted sheet name as the rows keep it", () => {
    expect([sheetOf("表1!AH5"), sheetOf("'学校 表'!A1"), sheetOf("'O''Brien'!A1"), sheetOf(null), sheetOf("A1")]).toEqual(["表1", "学校 表", "O'Brien", null, null]);
  });
});

describe("namedSchools", () => {
  const records = [
    schoolRecord({ name: "甲小学", row: 5, fields: { students: 300 } }),
    schoolRecord({ name: "红星学校（小学部）", row: 6, fields: { students: 400 } }),
    schoolRecord({ name: "乙小学", row: 7, fields: { students: 200, publicFunding: 40000 } }),
    schoolRecord({ name: "红星学校（初中部）", row: 8, stage: "junior", fields: { students: 300, publicFunding: 90000 } }),
  ];
  const places = placesOf(records);

  it("groups a combined school's section rows as one school, its rows in sheet order", () => {
    expect(placeRecords(places, 1).map((r) => r.source?.row)).toEqual([6, 8]);
  });
  it("lists each named school with its first row, at the first one's cell", () => {
    // Schools 1 (红星学校, rows 6 and 8) and 2 (乙小学, row 7): 红星学校's funding is on its second row, AG8.
    expect(namedSchools(places, ["红星学校", "乙小学"], [1, 2], { fields: ["publicFunding"], blankFirst: true })).toEqual({ cell: "表1!AG8", schools: "红星学校、乙小学", schoolRows: "红星学校@6\n乙小学@7" });
  });
  it("one school", () => {
    expect(namedSchools(places, ["甲小学"], [0], { fields: ["publicFunding"], blankFirst: true })).toEqual({ cell: "表1!B5", schools: "甲小学", schoolRows: "甲小学@5" });
  });
  it("without places: no cell, the names alone", () => {
    expect(namedSchools(undefined, ["甲小学", "乙小学"], [0, 2], { fields: ["students"], blankFirst: true })).toEqual({ cell: null, schools: "甲小学、乙小学", schoolRows: "甲小学\n乙小学" });
  });
});

describe("fieldCells", () => {
  it("Q4's fields: the training funds of each row that gives them, then the public funding, as the reference path's check", () => {
    const rows = [schoolRecord({ name: "红星学校（小学部）", row: 6, fields: { trainingFunds: 3000, publicFunding: 60000 } }), schoolRecord({ name: "红星学校（初中部）", row: 8, stage: "junior", fields: { publicFunding: 90000 } })];
    expect(fieldCells(rows, ["trainingFunds", "publicFunding"])).toEqual(["表1!AH6", "表1!AG6", "表1!AG8"]);
    expect(fieldCells([schoolRecord({ name: "甲小学", row: 5 })], ["trainingFunds", "publicFunding"])).toEqual([]);
  });
});
