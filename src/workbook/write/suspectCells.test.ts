import type { Issue } from "../../engine/types";
import { assumedZeroCells, flaggedCells, indicatorKey, suspectCells } from "./suspectCells";
import { makeIndicator, makeIndicators, makeSection } from "./testing/makeEvaluation";

const outlier = (cell: string | null, code = "read_value_outlier_large"): Issue => ({ code, severity: "warning", cell, params: {} });
const withL5Cells = (name: string, row: number, cells: string[], overrides = {}) =>
  makeSection({ name, row, indicators: makeIndicators({ L5: { ...makeIndicator("L5", 9), cells } }), ...overrides });

describe("flaggedCells", () => {
  it("keeps the cells of the reader's 'most likely wrong' warnings only, with a cell", () => {
    const issues = [outlier("S!P23"), outlier("S!Q24", "read_value_outlier_yuan_in_wan"), outlier(null), { ...outlier("S!A1"), code: "read_not_a_number" }];
    expect([...flaggedCells(issues)]).toEqual(["S!P23", "S!Q24"]);
  });

  it("is empty with no issues", () => {
    expect(flaggedCells([]).size).toBe(0);
  });
});

describe("suspectCells", () => {
  const flagged = new Set(["S!P23", "S!D9"]);

  it("names the flagged cells one stage's indicator rests on, each once, in the sections' order", () => {
    const sections = [withL5Cells("甲", 5, ["S!P5", "S!D5"]), withL5Cells("乙", 23, ["S!P23", "S!D9"]), withL5Cells("丙", 24, ["S!P23", "S!D24"])];
    expect(suspectCells(sections, "primary", "L5", flagged)).toEqual(["S!P23", "S!D9"]);
    expect(suspectCells(sections, "primary", "L4", flagged)).toEqual([]);
  });

  it("leaves out sections out of scope and of the other stage", () => {
    const sections = [withL5Cells("乙", 23, ["S!P23"], { included: false }), withL5Cells("丙", 9, ["S!D9"], { stage: "junior" })];
    expect(suspectCells(sections, "primary", "L5", flagged)).toEqual([]);
    expect(suspectCells(sections, "junior", "L5", flagged)).toEqual(["S!D9"]);
  });

  it("is empty for one section with nothing flagged, and for a section without the indicator", () => {
    expect(suspectCells([withL5Cells("甲", 5, ["S!P5"])], "primary", "L5", flagged)).toEqual([]);
    expect(suspectCells([makeSection({ name: "丁", row: 8, indicators: {} })], "primary", "L5", flagged)).toEqual([]);
  });
});

describe("assumedZeroCells", () => {
  const zero = (cell: string | null, section: string, indicator: string, code = "read_blank_part_not_met"): Issue => ({ code, severity: "warning", cell, params: { section, indicator } });

  it("names each section's indicator's cells read as 0, blank or dash, each once; other issues and cells without an address are left out", () => {
    const issues = [zero("S!H12", "S!12#junior", "L3"), zero("S!J12", "S!12#junior", "L3", "read_dash_not_met"), zero("S!H12", "S!12#junior", "L3"), zero("S!G5", "S!5#primary", "L1"), zero(null, "S!5#primary", "L2"), outlier("S!P23")];
    const cells = assumedZeroCells(issues);
    expect([...cells.entries()]).toEqual([
      [indicatorKey("S!12#junior", "L3"), ["S!H12", "S!J12"]],
      [indicatorKey("S!5#primary", "L1"), ["S!G5"]],
    ]);
    expect(assumedZeroCells([]).size).toBe(0);
  });
});
