import { findHeader } from "./findHeader";
import { countyNamed, otherCounty, sheetCounty } from "./sheetCounty";
import { gridOf } from "./testing";

describe("countyNamed: the county a sheet name or title starts with", () => {
  it.each([
    ["甲县小学", "甲县"],
    ["乙县初中", "乙县"],
    ["某县2024年小学基本情况", "某县"],
    ["示例县2024年义务教育学校办学条件统计表", "示例县"],
    ["2024年乙县初中学校统计表", "乙县"],
    ["  甲 县 小学 ", "甲县"],
    ["某省某市甲县2024年学校基本情况", "甲县"],
    ["某市某区2024年学校基本情况", "某区"],
    ["广州市天河区小学", "天河区"],
    ["某市2024年初中基本情况", "某市"],
    ["某某自治县小学", "某某自治县"],
    ["某自治州某县初中", "某县"],
    ["某县教育局", "某县"],
    ["小学", null],
    ["2024年小学", null],
    ["九年一贯制学校", null],
    ["城区小学", null],
    ["全县学校", null],
    ["县直小学", null],
    ["城关镇中心小学", null],
    ["全部学校", null],
    ["单位：人、平方米、万元", null],
    ["Sheet1", null],
    ["", null],
    // A Chinese-numeral year before the county, as titleYear reads it.
    ["二〇二四年甲县小学基本情况统计表", "甲县"],
    ["二零二四年度乙县初中", "乙县"],
    // A part of the county after its name: the county is before it.
    ["甲县城区初中2024年基本情况", "甲县"],
    ["甲县第一学区小学", "甲县"],
    ["某市片区学校", "某市"],
    // A township after the county (a township's own table) does not hide the county.
    ["白沙县城关镇2024年义务教育学校基本情况表", "白沙县"],
    ["白沙县2024年义务教育学校基本情况表（城关镇）", "白沙县"],
    ["某市甲县新市镇2024年小学", "甲县"],
    ["甲县红旗乡初中", "甲县"],
    ["某区东城街道2024年小学", "某区"],
    ["某旗巴彦苏木小学", "某旗"],
    // The township's own name keeps two characters: 市桥街道 is not cut at its 市, nor 县城镇 at its 县.
    ["广州市番禺区市桥街道2024年小学", "番禺区"],
    ["甲县县城镇小学", "甲县"],
    // …but a township alone, or after a whole county or city, or after a part of one, names none.
    ["新市镇2024年小学", null],
    ["全县各乡镇2024年小学", null],
    ["全市城关镇小学", null],
    ["城关学区城关镇小学", null],
    // Parts of a county, or zones named by their kind alone, name no county.
    ["中心城区小学", null],
    ["新城区2024年小学", null],
    ["老城区初中", null],
    ["城关学区小学", null],
    ["开发区2024年小学", null],
    ["经开区初中", null],
    ["高新区小学", null],
    ["高新技术产业开发区2024年初中基本情况", null],
    ["某某经济技术开发区2024年初中", "某某经济技术开发区"],
  ])("%s → %s", (text, county) => {
    expect(countyNamed(text)).toBe(county);
  });
});

describe("otherCounty: two names that are surely two counties", () => {
  it.each([
    ["甲县", "乙县", true],
    ["甲县", "甲县", false],
    ["甲县", "甲县教育局", false],
    ["高新区", "高新技术产业开发区", false],
    ["某某高新区", "某某高新技术产业开发区", false],
    ["甲县", "高新技术产业开发区", false],
    ["浦东新区", "甲县", false],
    ["天河区", "越秀区", true],
  ] as const)("%s / %s → %p", (a, b, other) => {
    expect(otherCounty(a, b)).toBe(other);
    expect(otherCounty(b, a)).toBe(other);
  });
});

describe("sheetCounty: by the title, else the sheet's name", () => {
  const header = ["学校名称", "在校生数"];
  const countyOf = (rows: (string | number | null)[][], sheet: string) => {
    const grid = gridOf(rows, { sheet });
    const band = findHeader(grid);
    if (band === null) throw new Error("no header");
    return sheetCounty(grid, band);
  };

  it("reads the first title line naming a county, with its cell", () => {
    expect(countyOf([["甲县2024年小学基本情况"], header, ["一校", 300]], "小学")).toEqual({ county: "甲县", cell: "小学!A1" });
    expect(countyOf([[null, "说明"], [null, "乙县2024年初中基本情况"], header, ["一校", 300]], "甲县初中")).toEqual({ county: "乙县", cell: "甲县初中!B2" });
  });

  it("falls back to the sheet's name (no cell), and names none for neither", () => {
    expect(countyOf([header, ["一校", 300]], "乙县初中")).toEqual({ county: "乙县", cell: null });
    expect(countyOf([["2024年小学基本情况"], header, ["一校", 300]], "小学")).toBeNull();
    // A school's name in a row is not a title.
    expect(countyOf([header, ["甲县第一小学", 300]], "Sheet1")).toBeNull();
  });
});
