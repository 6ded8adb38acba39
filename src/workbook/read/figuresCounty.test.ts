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

// A city's name over a county's figures (青州市2024年…, 青州市教育局…) is no other county: the school counties decide.
describe("figuresCounty beside the school counties", () => {
  const titled = (title: string, sheet = "县级指标") => gridOf([[title], ["项目", "数值"], ["社会认可度", 0.9]], { sheet });

  it("reads a school county named anywhere in the title, after a city's name (（北山县）)", () => {
    expect(figuresCounty(titled("青州市2024年政府保障与教育质量指标（北山县）"), 1, ["北山县"])).toEqual({ county: "北山县", cell: "县级指标!A1" });
  });

  it("names no county for a city none of the school counties is (a city's template), nor for a city bureau's", () => {
    expect(figuresCounty(titled("青州市2024年政府保障与教育质量指标"), 1, ["北山县"])).toBeNull();
    expect(figuresCounty(titled("青州市教育局2024年县级指标填报表"), 1, ["北山县"])).toBeNull();
    expect(figuresCounty(titled("某市2024年政府保障与教育质量指标"), 1, ["北山县", "南湖县"])).toBeNull();
  });

  it("reads the sheet's name under a city's title", () => {
    expect(figuresCounty(titled("青州市2024年政府保障与教育质量指标", "北山县指标"), 1, ["北山县", "南湖县"])).toEqual({ county: "北山县", cell: null });
  });

  it("keeps a county-level city that is a school county (广汉市), and a county none of the schools is (南湖县)", () => {
    expect(figuresCounty(titled("广汉市2024年政府保障与教育质量指标"), 1, ["广汉市"])).toEqual({ county: "广汉市", cell: "县级指标!A1" });
    expect(figuresCounty(titled("南湖县2024年政府保障与教育质量指标"), 1, ["北山县"])).toEqual({ county: "南湖县", cell: "县级指标!A1" });
    expect(figuresCounty(titled("高新区2024年政府保障与教育质量指标"), 1, ["北山县"])).toBeNull();
    expect(figuresCounty(gridOf([["项目", "数值"]], { sheet: "西山区指标" }), 0, ["北山县"])).toEqual({ county: "西山区", cell: null });
  });
});
