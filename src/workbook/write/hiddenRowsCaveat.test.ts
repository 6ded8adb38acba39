import type { Issue } from "../../engine/types";
import { summaryLines } from "../../cli/summaryLines";
import { builtInProfile } from "../../profiles/resolveProfile";
import { hiddenRowsCaveats, hiddenRowsOf } from "./hiddenRowsCaveat";
import { summarySheet } from "./summarySheet";
import { makeCounty, makeEvaluation, makeSection } from "./testing/makeEvaluation";

/** As W3b (reviewer R1, finding 3): 乡镇 filtered to 城关镇, sheet rows 7–12 left unread; the three read are rows 4–6 of 学校基本情况. */
const filtered = (sheet: string, rows: string, count: number): Issue => ({ code: "read_hidden_rows_skipped", severity: "warning", cell: `${sheet}!A7`, params: { sheet, rows, count } });
const county = makeCounty({
  sections: [makeSection({ name: "城关第一小学", row: 4 }), makeSection({ name: "城关第二小学", row: 5 })],
  areas: [{ area: "resources", verdict: "met", reasons: [], pending: [] }],
});

describe("hiddenRowsCaveats: the school rows a filter left unread, beside 资源配置", () => {
  it("says how many rows, which, and that the verdict rests on the rows read, in either language", () => {
    const issues = [filtered("学校基本情况", "7–12", 6)];
    expect(hiddenRowsCaveats(county, issues, "zh")).toEqual(["另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校"]);
    expect(hiddenRowsCaveats(county, issues, "en")).toEqual(["6 more school rows were hidden or filtered out and not read (rows 7–12): the verdict rests on the schools read only"]);
    expect(hiddenRowsCaveats(county, [filtered("学校基本情况", "9", 1)], "en")).toEqual(["1 more school row was hidden or filtered out and not read (row 9): the verdict rests on the schools read only"]);
  });

  it("nothing without hidden rows, or when the rows hidden are on a sheet none of the county's schools is read from; the sheet named when two sheets hid rows", () => {
    expect(hiddenRowsCaveats(county, [], "zh")).toEqual([]);
    expect(hiddenRowsCaveats(county, [filtered("乙县学校", "7–12", 6)], "zh")).toEqual([]);
    expect(hiddenRowsCaveats(county, [filtered("学校基本情况", "7–8、10", 3), filtered("乙县学校", "5", 1)], "zh")).toEqual(["工作表“学校基本情况”另有 3 个学校行隐藏或筛选掉，未读取（第 7–8、10 行），结论只据已读取的学校"]);
    // As figures for the pane's glance and the city overview: the sheet kept only when named.
    expect(hiddenRowsOf(county, [filtered("学校基本情况", "7–8、10", 3), filtered("乙县学校", "5", 1)])).toEqual([{ count: 3, rows: "7–8、10", sheet: "学校基本情况" }]);
    expect(hiddenRowsOf(county, [filtered("学校基本情况", "7–12", 6)])).toEqual([{ count: 6, rows: "7–12", sheet: null }]);
  });

  it("on a city sheet with a 县区 column, only for the counties the hidden rows name: 甲县's hidden rows do not caveat 乙县", () => {
    const rows = (sheetRows: string, count: number, counties: string): Issue => ({ ...filtered("学校基本情况", sheetRows, count), params: { sheet: "学校基本情况", rows: sheetRows, count, counties } });
    const jia = makeCounty({ county: "甲县", sections: [makeSection({ name: "甲一小", row: 4 })] });
    const yi = makeCounty({ county: "乙县", sections: [makeSection({ name: "乙一小", row: 13 })] });
    expect(hiddenRowsCaveats(jia, [rows("7–12", 6, "甲县")], "zh")).toEqual(["另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校"]);
    expect(hiddenRowsCaveats(yi, [rows("7–12", 6, "甲县")], "zh")).toEqual([]);
    // Rows of both: both caveated.
    expect(hiddenRowsCaveats(yi, [rows("7–12", 6, "甲县、乙县")], "zh")).toHaveLength(1);
    // No county read for them (no 县区 column): every county with a school on the sheet, 乙县 too.
    expect(hiddenRowsCaveats(yi, [filtered("学校基本情况", "7–12", 6)], "zh")).toHaveLength(1);
  });

  it("takes the hidden rows' county as the evaluation does: 北山 and 新区(东片) written there are 北山县's and 新区（东片）'s, 北山市 is not 北山县's", () => {
    const rows = (counties: string): Issue => ({ ...filtered("学校基本情况", "7–8", 2), params: { sheet: "学校基本情况", rows: "7–8", count: 2, counties } });
    const beishan = makeCounty({ county: "北山县", sections: [makeSection({ name: "北山一小", row: 4 })] });
    const xinqu = makeCounty({ county: "新区（东片）", sections: [makeSection({ name: "新区一小", row: 4 })] });
    expect(hiddenRowsCaveats(beishan, [rows("北山")], "zh")).toEqual(["另有 2 个学校行隐藏或筛选掉，未读取（第 7–8 行），结论只据已读取的学校"]);
    expect(hiddenRowsCaveats(xinqu, [rows("新区(东片)")], "zh")).toHaveLength(1);
    expect(hiddenRowsCaveats(beishan, [rows("北山市")], "zh")).toEqual([]);
  });

  it("says a county written two ways once per sheet, counts added (reviewer R1 of s44, F3: 北山县 row 6 and 北山 row 7 gave two caveats)", () => {
    const one = (sheetRows: string, counties: string): Issue => ({ ...filtered("学校基本情况", sheetRows, 1), params: { sheet: "学校基本情况", rows: sheetRows, count: 1, counties } });
    const beishan = makeCounty({ county: "北山县", sections: [makeSection({ name: "北山一小", row: 4 })] });
    expect(hiddenRowsOf(beishan, [one("6", "北山县"), one("7", "北山")])).toEqual([{ count: 2, rows: "6、7", sheet: null }]);
    expect(hiddenRowsCaveats(beishan, [one("6", "北山县"), one("7", "北山")], "zh")).toEqual(["另有 2 个学校行隐藏或筛选掉，未读取（第 6、7 行），结论只据已读取的学校"]);
  });

  it("finds the county's sheet by its sections' source.sheet, not by taking their ids apart", () => {
    // An id that does not begin with its sheet (a record named otherwise) still counts by where it was read; a sheet named like another's prefix does not.
    const renamed = makeCounty({ sections: [makeSection({ name: "城关第一小学", row: 4, id: "学校#1", source: { sheet: "学校基本情况", row: 4 } })] });
    expect(hiddenRowsOf(renamed, [filtered("学校基本情况", "7–12", 6)])).toEqual([{ count: 6, rows: "7–12", sheet: null }]);
    expect(hiddenRowsOf(renamed, [filtered("学校", "7–12", 6)])).toEqual([]);
  });

  it("is said on 汇总's 资源配置 row and the console's line", () => {
    const issues = [filtered("学校基本情况", "7–12", 6)];
    const evaluation = makeEvaluation({ counties: [county] });
    const table = summarySheet(evaluation, { issues, profileName: "国家标准", lang: "zh", profile: builtInProfile("national-2017") }).tables.find((t) => t.name === "YZJH_Summary");
    expect(table?.rows[0]?.[3]).toBe("另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校");
    expect(summaryLines(evaluation, issues, "zh")[0]).toContain("资源配置 达标（另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校）");
  });
});
