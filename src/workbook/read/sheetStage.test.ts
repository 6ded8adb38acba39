import type { SchoolType, Stage } from "../../engine/types";
import { findHeader } from "./findHeader";
import type { ColumnRole } from "./keys";
import { combinedSheet, sheetStage, stageNamed, stageOfRows, stageOnSheet } from "./sheetStage";
import { gridOf } from "./testing";

describe("stageNamed: the one stage a sheet name or title names", () => {
  it.each([
    ["小学", "primary"],
    ["初中", "junior"],
    ["初级中学", "junior"],
    ["2024年小学基本情况", "primary"],
    ["某县义务教育阶段初中学校统计表", "junior"],
    ["中学", "junior"],
    ["中小学基本情况", null],
    ["小学和初中", null],
    ["九年一贯制学校", null],
    ["完全中学", null],
    ["学校基本情况", null],
    ["Sheet1", null],
  ])("%s → %s", (text, stage) => {
    expect(stageNamed(text)).toBe(stage);
  });
});

describe("sheetStage: by the sheet's name, else its title", () => {
  const header = ["学校名称", "在校生数"];
  const stageOf = (rows: (string | number | null)[][], sheet: string) => {
    const grid = gridOf(rows, { sheet });
    const band = findHeader(grid);
    if (band === null) throw new Error("no header");
    return sheetStage(grid, band);
  };

  it("reads the name first, then a title above the header", () => {
    expect(stageOf([header, ["城关一校", 300]], "初中")).toBe("junior");
    expect(stageOf([["某县2024年小学基本情况统计表"], header, ["城关一校", 300]], "Sheet2")).toBe("primary");
    // The name wins over a title.
    expect(stageOf([["某县2024年小学基本情况统计表"], header, ["城关一校", 300]], "初中")).toBe("junior");
  });

  it("names no stage for a title of both stages, two titles that disagree, or none", () => {
    expect(stageOf([["某县中小学基本情况"], header, ["一校", 1]], "Sheet1")).toBeNull();
    expect(stageOf([["小学"], ["初中学校"], header, ["一校", 1]], "Sheet1")).toBeNull();
    expect(stageOf([header, ["城关小学", 1]], "Sheet1")).toBeNull();
  });
});

describe("stageOfRows: the stage all rows are of, when their types say it", () => {
  it("gives the common stage of typed rows", () => {
    expect(stageOfRows([{ stage: "junior", type: "junior" }, { stage: "junior", type: "nine_year" }])).toBe("junior");
    expect(stageOfRows([{ stage: "primary", type: "teaching_point" }])).toBe("primary");
  });

  it("gives none for mixed stages, a row of unknown type (its stage is a guess), a whole combined school, or no rows", () => {
    expect(stageOfRows([{ stage: "junior", type: "junior" }, { stage: "primary", type: "primary" }])).toBeNull();
    expect(stageOfRows([{ stage: "primary", type: "primary" }, { stage: "primary", type: "other" }])).toBeNull();
    expect(stageOfRows([{ stage: null, type: "nine_year" }])).toBeNull();
    expect(stageOfRows([])).toBeNull();
  });
});

describe("stageOnSheet: a row says its stage, else the sheet does", () => {
  const grid = gridOf([
    ["学校名称", "学段", "在校生数"],
    ["城关学校", null, 300],
    ["城关学校", "小学", 200],
  ]);
  const roles: ColumnRole[] = [
    { column: 0, key: "name", stage: null, part: null, unitFactor: 1, header: "学校名称" },
    { column: 1, key: "stage", stage: null, part: null, unitFactor: 1, header: "学段" },
    { column: 2, key: "students", stage: null, part: null, unitFactor: 1, header: "在校生数" },
  ];

  it("takes the 学段 cell, a section name, a one-stage type, in that order", () => {
    expect(stageOnSheet(grid, 2, roles, "城关学校", "nine_year", "junior")).toBe("primary");
    expect(stageOnSheet(grid, 1, roles, "城关学校（小学部）", "nine_year", "junior")).toBe("primary");
    expect(stageOnSheet(grid, 1, roles, "城关小学", "primary", "junior")).toBe("primary");
    expect(stageOnSheet(grid, 1, roles, "城关教学点", "teaching_point", "junior")).toBe("primary");
  });

  it("gives the sheet's stage to a row that does not say (a combined school, a special or unknown one)", () => {
    expect(stageOnSheet(grid, 1, roles, "城关学校", "nine_year", "junior")).toBe("junior");
    expect(stageOnSheet(grid, 1, roles, "城关学校", "complete_middle", "primary")).toBe("primary");
    expect(stageOnSheet(grid, 1, roles, "城关一校", "other", "junior")).toBe("junior");
  });
});

describe("combinedSheet: a sheet of schools of both stages (九年一贯制 / 完全中学)", () => {
  const header = ["学校名称", "在校生数"];
  /** Rows as [stage, type]: a section row has its stage, a whole combined school's row none. */
  const combined = (rows: (string | number | null)[][], sheet: string, records: [Stage | null, SchoolType][]) => {
    const grid = gridOf(rows, { sheet });
    const band = findHeader(grid);
    if (band === null) throw new Error("no header");
    return combinedSheet(grid, band, records.map(([stage, type]) => ({ stage, type })));
  };

  it("is one by its name or title, whatever its rows", () => {
    expect(combined([header, ["马坊学校", 300]], "九年一贯制学校", [["primary", "other"]])).toBe(true);
    expect(combined([header, ["马坊学校", 300]], "完全中学", [])).toBe(true);
    expect(combined([["某县2024年九年一贯制学校基本情况"], header, ["马坊学校", 300]], "Sheet3", [["primary", "primary"]])).toBe(true);
  });

  it("is one when every row is a combined school's, of both stages or whole schools", () => {
    expect(combined([header, ["马坊学校", 300]], "Sheet3", [["primary", "nine_year"], ["junior", "nine_year"], [null, "twelve_year"], ["junior", "complete_middle"]])).toBe(true);
    expect(combined([header, ["马坊学校", 300]], "Sheet3", [[null, "nine_year"]])).toBe(true);
  });

  it("is not one for rows of one stage (an 初中 sheet of 初中部 rows), mixed types, no rows, or a list of all schools", () => {
    expect(combined([header, ["马坊学校", 300]], "Sheet3", [["junior", "nine_year"], ["junior", "complete_middle"]])).toBe(false);
    expect(combined([header, ["马坊学校", 300]], "Sheet3", [["junior", "nine_year"], ["primary", "primary"]])).toBe(false);
    expect(combined([header, ["马坊学校", 300]], "Sheet3", [])).toBe(false);
    expect(combined([header, ["一校", 300]], "中小学基本情况", [["primary", "primary"], ["junior", "junior"]])).toBe(false);
    expect(combined([header, ["一校", 300]], "全部学校", [["primary", "primary"], ["primary", "nine_year"]])).toBe(false);
  });
});
