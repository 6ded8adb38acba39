import { figuresCounty, placeOf } from "./figuresCounty";
import { gridOf } from "./testing";

describe("placeOf", () => {
  it.each([
    ["南湖县指标", "南湖县"],
    ["北山县县级指标", "北山县"],
    ["南湖县2024年政府保障与教育质量指标", "南湖县"],
    ["2024年南湖县指标", "南湖县"],
    ["南湖县政府保障程度", "南湖县"],
    ["县级指标", null],
    ["政府保障与教育质量", null],
    ["2024年政府保障与教育质量指标", null],
    ["Sheet2", null],
    ["某市2024年各县区政府保障与教育质量指标", undefined],
    ["全市县级指标", undefined],
  ])("%s → %s", (text, place) => expect(placeOf(text)).toBe(place));
});

describe("figuresCounty", () => {
  it("reads the title above the header first, at its cell", () => {
    const grid = gridOf([["南湖县2024年政府保障与教育质量指标"], ["项目", "数值"], ["社会认可度", 0.8]], { sheet: "县级指标" });
    expect(figuresCounty(grid, 1)).toEqual({ county: "南湖县", cell: "县级指标!A1" });
  });

  it("reads the sheet's name when no title names a county (cell null)", () => {
    const grid = gridOf([["项目", "数值"], ["社会认可度", 0.8]], { sheet: "南湖县指标" });
    expect(figuresCounty(grid, 0)).toEqual({ county: "南湖县", cell: null });
  });

  it("names no county for a sheet naming none, nor for a city's title over a county-named sheet", () => {
    expect(figuresCounty(gridOf([["项目", "数值"]], { sheet: "县级指标" }), 0)).toBeNull();
    expect(figuresCounty(gridOf([["某市2024年各县区指标"], ["项目", "数值"]], { sheet: "北山县指标" }), 1)).toBeNull();
  });

  it("does not read a county from the rows below the header", () => {
    expect(figuresCounty(gridOf([["项目", "数值"], ["南湖县社会认可度", 0.8]], { sheet: "县级指标" }), 0)).toBeNull();
  });
});
