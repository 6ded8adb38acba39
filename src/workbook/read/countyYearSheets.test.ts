import type { CellValue } from "../types";
import { countyYearSheets, yearNotStated } from "./countyYearSheets";
import { candidateOf, type Candidate } from "./pickSheets";
import { gridOf } from "./testing";

const HEADER = ["学校名称", "在校生数"];

/** A school sheet (one school) with an optional title line above its header. */
function candidate(sheet: string, title: string | null = null, header: readonly CellValue[] = HEADER): Candidate {
  const rows: CellValue[][] = [...(title === null ? [] : [[title]]), [...header], ["一校", 300, "甲县"]];
  const c = candidateOf(gridOf(rows, { sheet }), {});
  if (c === null) throw new Error("no header");
  return c;
}

const first = (kept: readonly Candidate[]) => kept[0] ?? null;
const names = (list: readonly { readonly grid: { readonly sheet: string } }[]) => list.map((c) => c.grid.sheet);

describe("countyYearSheets: one county's sheets for one year", () => {
  it("keeps the latest year stated, by title or name, and sheets stating none; leaves the older ones out with their year and cell", () => {
    const pool = [candidate("2023年小学", "某县2023年小学基本情况"), candidate("小学"), candidate("2024年初中"), candidate("2024年小学")];
    const scope = countyYearSheets(pool, first);
    expect(names(scope.kept)).toEqual(["小学", "2024年初中", "2024年小学"]);
    expect(scope.leftOut.map((l) => (l.why === "older" ? [l.candidate.grid.sheet, l.year.year, l.year.cell, l.latest] : null))).toEqual([["2023年小学", 2023, "'2023年小学'!A1", 2024]]);
  });

  it("keeps every sheet when none states a year, or all state the same one (one sheet, blank titles)", () => {
    expect(names(countyYearSheets([candidate("小学"), candidate("初中")], first).kept)).toEqual(["小学", "初中"]);
    expect(names(countyYearSheets([candidate("2024年小学"), candidate("2024年初中", "  ")], first).kept)).toEqual(["2024年小学", "2024年初中"]);
    expect(countyYearSheets([candidate("学校")], first)).toEqual({ kept: [expect.objectContaining({ band: expect.anything() })], leftOut: [] });
  });

  it("leaves out a sheet naming another county than the anchor's; a sheet naming none stays", () => {
    const scope = countyYearSheets([candidate("甲县小学"), candidate("乙县初中"), candidate("初中")], first);
    expect(names(scope.kept)).toEqual(["甲县小学", "初中"]);
    expect(scope.leftOut).toEqual([{ why: "county", candidate: expect.objectContaining({ grid: expect.objectContaining({ sheet: "乙县初中" }) }), county: { county: "乙县", cell: null }, chosen: "甲县" }]);
  });

  it("takes the county of the first sheet naming one when the anchor names none", () => {
    const scope = countyYearSheets([candidate("小学"), candidate("Sheet2", "乙县2024年初中基本情况"), candidate("甲县初中")], first);
    expect(names(scope.kept)).toEqual(["小学", "Sheet2"]);
    expect(scope.leftOut.map((l) => (l.why === "county" ? [l.candidate.grid.sheet, l.chosen] : null))).toEqual([["甲县初中", "乙县"]]);
  });

  it("keeps sheets of two counties when both the sheet and the anchor carry a county column", () => {
    const withColumn = [...HEADER, "县区"];
    expect(names(countyYearSheets([candidate("甲县小学", null, withColumn), candidate("乙县初中", null, withColumn)], first).kept)).toEqual(["甲县小学", "乙县初中"]);
    // Only one of them has the column: its rows' counties could not be told from the other's.
    expect(names(countyYearSheets([candidate("甲县小学"), candidate("乙县初中", null, withColumn)], first).kept)).toEqual(["甲县小学"]);
  });

  it.each([
    ["二〇二四年甲县小学基本情况统计表", "甲县2024年初中基本情况统计表"],
    ["甲县2024年小学基本情况", "甲县城区初中2024年基本情况"],
    ["高新区2024年小学基本情况", "高新技术产业开发区2024年初中基本情况"],
    ["某某高新区2024年小学", "某某高新技术产业开发区2024年初中"],
    ["甲县2024年小学", "中心城区2024年初中"],
  ])("keeps %p and %p together: one county written two ways, or a part of it (before: the second left out)", (a, b) => {
    const scope = countyYearSheets([candidate("小学", a), candidate("初中", b)], first);
    expect(names(scope.kept)).toEqual(["小学", "初中"]);
    expect(scope.leftOut).toEqual([]);
  });

  it("keeps a later plan sheet of another layout, and reads the year from the best sheet's layout (before: 2024 left out as older)", () => {
    const data = candidate("学校", "某县2024年学校基本情况", [...HEADER, "教学及辅助用房面积（㎡）"]);
    const plan = candidate("计划", "某县2025年在校生预测");
    const best = (kept: readonly Candidate[]) => kept.find((c) => c.grid.sheet === "学校") ?? null;
    const scope = countyYearSheets([plan, data], best);
    expect(names(scope.kept)).toEqual(["计划", "学校"]);
    expect(scope.leftOut).toEqual([]);
  });

  it("checks the year first: an older sheet of another county is left out for its year", () => {
    const scope = countyYearSheets([candidate("乙县2023年初中"), candidate("甲县2024年小学")], first);
    expect(names(scope.kept)).toEqual(["甲县2024年小学"]);
    expect(scope.leftOut.map((l) => l.why)).toEqual(["older"]);
  });
});

describe("countyYearSheets with a year chosen (--year, the task pane's 评估年度)", () => {
  const twoYears = () => [candidate("2024年学校", "某县2024年学校基本情况"), candidate("2025年学校", "某县2025年学校基本情况"), candidate("学校")];

  it("keeps the chosen year's sheets and those stating none, the later year left out (before: 2025 read whatever the year chosen)", () => {
    const scope = countyYearSheets(twoYears(), first, 2024);
    expect(names(scope.kept)).toEqual(["2024年学校", "学校"]);
    expect(scope.leftOut.map((l) => (l.why === "chosen" ? [l.candidate.grid.sheet, l.year.year, l.year.cell, l.chosen] : null))).toEqual([["2025年学校", 2025, "'2025年学校'!A1", 2024]]);
  });

  it("keeps the latest year when the chosen year is the latest, or when no sheet states it (then yearNotStated says so)", () => {
    expect(names(countyYearSheets(twoYears(), first, 2025).kept)).toEqual(["2025年学校", "学校"]);
    expect(names(countyYearSheets(twoYears(), first, 2023).kept)).toEqual(["2025年学校", "学校"]);
    expect(names(countyYearSheets(twoYears(), first, null).kept)).toEqual(["2025年学校", "学校"]);
  });
});

describe("yearNotStated: a chosen year no school sheet states, among sheets of several years", () => {
  const pool = [candidate("2025年学校", "某县2025年学校基本情况"), candidate("2024年学校"), candidate("2024年初中", "某县2024年初中")];

  it("names each year stated, in order, with its sheets", () => {
    expect(yearNotStated(pool, pool[0] ?? null, 2023)).toEqual([
      { year: 2024, sheets: ["2024年学校", "2024年初中"] },
      { year: 2025, sheets: ["2025年学校"] },
    ]);
  });

  it("is null for a year stated, no year chosen, or sheets of one year (then the year only sets the target, warned of elsewhere)", () => {
    expect(yearNotStated(pool, pool[0] ?? null, 2024)).toBeNull();
    expect(yearNotStated(pool, pool[0] ?? null, null)).toBeNull();
    expect(yearNotStated([candidate("2025年学校"), candidate("学校")], null, 2023)).toBeNull();
    expect(yearNotStated([candidate("学校")], null, 2023)).toBeNull();
  });

  it("counts only the years of the best sheet's layout: a later forecast of another layout is no year of the data", () => {
    const plan = candidate("2026预测", "某县2026年在校生预测", ["学校名称", "在校生数", "备注"]);
    const data = candidate("学校", "某县2025年学校基本情况", ["学校名称", "在校生数", "教学及辅助用房面积"]);
    expect(yearNotStated([data, plan], data, 2024)).toBeNull();
  });
});
