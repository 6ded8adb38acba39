import type { EvaluationInput } from "../engine/types";
import { makeCounty, makeEvaluation } from "../workbook/write/testing/makeEvaluation";
import { countyFolder, folderCounty, pathCounties, withFolderCounty, withUnnamedWarning } from "./folderCounty";

/** An input whose rows and figures name `county` (null: none), enough for withFolderCounty to look at. */
function input(county: string | null, figureCounty: string | null = null): EvaluationInput {
  return { records: [{ county }, { county }], countyFigures: [{ county: figureCounty }] } as unknown as EvaluationInput;
}

describe("folderCounty", () => {
  it("takes a county from the folder or the file name, spaces dropped, and none from a folder that names no county", () => {
    expect(folderCounty("/某市/青石县/七项指标统计表.xlsx")).toBe("青石县");
    expect(folderCounty("/某市/青石县.xlsx")).toBe("青石县");
    expect(folderCounty("/某市/河口 县/学校.xlsx")).toBe("河口县");
    expect(folderCounty("/某市/统计/学校综合表.xlsx")).toBeNull();
  });

  it("agrees when folder and file name one county, and guesses none when they name two counties", () => {
    expect(folderCounty("/某市/青石县/青石县.xlsx")).toBe("青石县");
    expect(folderCounty("/某市/青石县/白马县.xlsx")).toBeNull();
    // A folder ending in 市 holds the city's counties: the file names the county.
    expect(folderCounty("/广元市/白马县.xlsx")).toBe("白马县");
  });
});

describe("folderCounty: names that are no county's", () => {
  it.each([
    ["/d/广元市/学校基本情况.xlsx", "a folder ending in 市 holds counties; it may be a prefecture"],
    ["/d/广元市/2024年/学校基本情况.xlsx", "a year folder"],
    ["/d/某市/全市.xlsx", "全市"],
    ["/d/某市/全县.xlsx", "全县"],
    ["/d/某市/本县.xlsx", "本县"],
    ["/home/u/工作区/学校基本情况.xlsx", "a 工作区"],
    ["/d/第一学区/学校基本情况.xlsx", "a school district"],
    ["/d/某市/汇总-全区.xlsx", "a summary"],
  ])("%s → null (%s)", (path) => expect(folderCounty(path)).toBeNull());

  it("takes the county a name begins with, after a city's name too, and a one-character county", () => {
    expect(folderCounty("/d/某市/青石县2024年.xlsx")).toBe("青石县");
    expect(folderCounty("/d/某市/广元市青川县学校.xlsx")).toBe("青川县");
    expect(folderCounty("/d/青石县/学校基本情况（青石县）.xlsx")).toBe("青石县");
    expect(folderCounty("/d/某市/沛县.xlsx")).toBe("沛县");
  });
});

describe("countyFolder: the city's folder, one rule for folderCounty and the unnamed-county note", () => {
  it("drops a folder whose name begins with the city's (广元市/, 广元市教育局/), keeps a county's (利州区/) and one naming none (南湖/)", () => {
    expect(countyFolder("/d/广元市教育局/学校.xlsx")).toBeNull();
    expect(countyFolder("/d/广元市/学校.xlsx")).toBeNull();
    expect(countyFolder("/d/广元市/利州区.xlsx")).toBeNull();
    expect(countyFolder("/d/广元市/利州区/学校.xlsx")).toEqual({ name: "利州区", county: "利州区" });
    expect(countyFolder("/d/广元市利州区/学校.xlsx")).toEqual({ name: "广元市利州区", county: "利州区" });
    expect(countyFolder("/d/青州市/南湖/学校.xlsx")).toEqual({ name: "南湖", county: null });
  });

  it("gives folderCounty the same: nothing from 广元市教育局/ or 广元市/, 利州区 from 利州区/ and from 利州区.xlsx in 广元市/", () => {
    expect(folderCounty("/d/广元市教育局/学校.xlsx")).toBeNull();
    expect(folderCounty("/d/广元市/学校.xlsx")).toBeNull();
    expect(folderCounty("/d/广元市/利州区/学校.xlsx")).toBe("利州区");
    expect(folderCounty("/d/广元市/利州区.xlsx")).toBe("利州区");
  });
});

describe("county names holding 市 (reviewer R1 s43, finding 11: 沙市区 was taken for 沙市, its folder for the city's)", () => {
  it.each([
    ["/d/荆州市/沙市区/学校.xlsx", "沙市区"],
    ["/d/荆州市沙市区/学校.xlsx", "沙市区"],
    ["/d/营口市/西市区/学校.xlsx", "西市区"],
    ["/d/乌鲁木齐市/新市区/学校.xlsx", "新市区"],
    ["/d/济南市/市中区/学校.xlsx", "市中区"],
    ["/d/济南市市中区/学校.xlsx", "市中区"],
    ["/d/青岛市/市北区/学校.xlsx", "市北区"],
    ["/d/石家庄市/井陉矿区/学校.xlsx", "井陉矿区"],
  ])("the folder %s is %s's, not the city's", (path, county) => {
    expect(countyFolder(path)?.county).toBe(county);
    expect(folderCounty(path)).toBe(county);
  });

  it("names the file 沙市区.xlsx and 荆州市沙市区2024年.xlsx 沙市区, and still takes 荆州市/ and 荆州市区/ for the city's", () => {
    expect(folderCounty("/d/荆州市/沙市区.xlsx")).toBe("沙市区");
    expect(folderCounty("/d/荆州市/荆州市沙市区2024年.xlsx")).toBe("沙市区");
    expect(folderCounty("/d/荆州市/沙市区/沙市区.xlsx")).toBe("沙市区");
    expect(countyFolder("/d/荆州市/学校.xlsx")).toBeNull();
    expect(countyFolder("/d/荆州市区/学校.xlsx")).toBeNull();
    expect(countyFolder("/d/荆州市教育局/学校.xlsx")).toBeNull();
    // A county-level city is named by its file (津市市, not 津市), its folder taken for the city's as 广汉市/ is.
    expect(folderCounty("/d/常德市/津市市.xlsx")).toBe("津市市");
    // 沙市 without its 区 is not told from a city: the city's folder, as before.
    expect(countyFolder("/d/沙市/学校.xlsx")).toBeNull();
  });
});

describe("pathCounties", () => {
  it("names the counties a path's file and folder begin with, by folderCounty's one rule (the note on a county other than its file's used to need a name ending in 县/区)", () => {
    expect(pathCounties("/w/city3/东湖县2024年学校基本情况.xlsx")).toEqual(["东湖县"]);
    expect(pathCounties("/w/city2/北山县-学校基本情况.xlsx")).toEqual(["北山县"]);
    expect(pathCounties("/w/city2/北山县/学校基本情况.xlsx")).toEqual(["北山县"]);
    expect(pathCounties("/某市/青石县/青石县.xlsx")).toEqual(["青石县"]);
    expect(pathCounties("/某市/青石县/白马县.xlsx")).toEqual(["白马县", "青石县"]);
  });

  it("names none where folderCounty finds none", () => {
    for (const path of ["/d/广元市/学校基本情况.xlsx", "/d/某市/全县.xlsx", "/home/u/工作区/学校基本情况.xlsx", "/d/某市/汇总-全区.xlsx", "/d/统计/学校综合表.xlsx"]) {
      expect([path, pathCounties(path)]).toEqual([path, []]);
      expect(folderCounty(path)).toBeNull();
    }
  });
});

describe("withFolderCounty", () => {
  const unnamed = makeEvaluation({ counties: [makeCounty({ county: null, sections: makeCounty().sections.map((s) => ({ ...s, county: null })) })], issues: [] });

  it("names every part of a workbook that names no county, with a note first among its issues", () => {
    const named = withFolderCounty(unnamed, input(null), "青石县");
    const [county] = named.counties;
    expect(county?.county).toBe("青石县");
    expect(new Set([...(county?.sections ?? []), ...(county?.coefficients ?? []), ...(county?.schoolGuarantee ?? [])].map((x) => x.county))).toEqual(new Set(["青石县"]));
    expect(named.issues).toEqual([{ code: "cli_county_from_folder", severity: "info", cell: null, params: { county: "青石县" } }]);
  });

  it("leaves alone a workbook whose rows or county figures name a county, and one with no county evaluated", () => {
    expect(withFolderCounty(unnamed, input("示例县"), "青石县")).toBe(unnamed);
    expect(withFolderCounty(unnamed, input(null, "示例县"), "青石县")).toBe(unnamed);
    const none = makeEvaluation({ counties: [] });
    expect(withFolderCounty(none, input(null), "青石县")).toBe(none);
  });
});

describe("withUnnamedWarning", () => {
  const unnamed = makeEvaluation({ counties: [makeCounty({ county: null })], issues: [] });

  it("warns first among its issues of a workbook naming no county anywhere, which a batch then shows as a row of its own", () => {
    expect(withUnnamedWarning(unnamed, input(null)).issues).toEqual([{ code: "cli_county_unnamed", severity: "warning", cell: null, params: {} }]);
  });

  it("leaves alone a workbook whose rows or county figures name a county, one with a county evaluated by name, and one with no county evaluated", () => {
    expect(withUnnamedWarning(unnamed, input("示例县"))).toBe(unnamed);
    expect(withUnnamedWarning(unnamed, input(null, "示例县"))).toBe(unnamed);
    const named = makeEvaluation({ counties: [makeCounty({ county: "青石县" })] });
    expect(withUnnamedWarning(named, input(null))).toBe(named);
    const none = makeEvaluation({ counties: [] });
    expect(withUnnamedWarning(none, input(null))).toBe(none);
  });
});
