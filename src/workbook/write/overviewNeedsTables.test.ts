import type { IndicatorCode, Stage } from "../../engine/types";
import type { OverviewCounty, OverviewEntry } from "./overviewEntry";
import type { OverviewShortfall } from "./overviewNeeds";
import { cityShortfalls, cityShortfallsTable, overviewShortfallsTable } from "./overviewNeedsTables";
import { cityTotals } from "./overviewTotals";
import { overviewRows } from "./overviewOrder";
import type { TableSpec } from "../types";

const ZERO: Record<IndicatorCode, number> = { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 0, L7: 0 };

function stage(stage: Stage, figures: Partial<Record<IndicatorCode, number>>, incomplete = 0): OverviewShortfall {
  return { stage, byIndicator: { ...ZERO, ...figures }, incomplete };
}

/** A county as the overview keeps it, with only what these tables read set. */
function county(name: string | null, shortfalls: OverviewShortfall[]): OverviewCounty {
  const passing = { evaluated: 1, passing: 1, unjudged: 0, inScope: 1, noStudents: 0, share: 1, target: null, met: null };
  return { county: name, areas: [], passing, recognised: null, coefficients: [], itemsNotMet: [], itemsPending: [], veto: [], estimatedPasses: [], hiddenRows: [], shortfalls, failing: [] };
}

function entry(file: string, counties: OverviewCounty[]): OverviewEntry {
  return { file, outcome: { ok: true, year: 2024, counties, errors: 0, warnings: 0, result: file.replace(".xlsx", "-评估结果.xlsx"), floor: "85%" } };
}

const failed: OverviewEntry = { file: "丁县.xlsx", outcome: { ok: false, reasons: ["无法读取"] } };

/** 甲县: 小学 short of 3 L1 teachers and 120.5 m² of L4; 乙县: 小学 2 L1 teachers and 50,000 yuan of L6, 初中 1 L7 room (one section not counted). */
const JIA = entry("甲县.xlsx", [county("甲县", [stage("primary", { L1: 3, L4: 120.5 })])]);
const YI = entry("乙县.xlsx", [county("乙县", [stage("primary", { L1: 2, L6: 50000 }), stage("junior", { L7: 1 }, 1)])]);

function objects(table: TableSpec): Record<string, unknown>[] {
  return table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.header, r[i] ?? null])));
}

describe("cityShortfalls", () => {
  it("adds the county rows up per stage: 小学 L1 3 + 2 = 5 teachers, L4 120.5 m², L6 50,000 yuan; 初中 L7 1 room, 1 section not counted", () => {
    expect(cityShortfalls(overviewRows([JIA, YI]))).toEqual([
      { stage: "primary", byIndicator: { ...ZERO, L1: 5, L4: 120.5, L6: 50000 }, incomplete: 0 },
      { stage: "junior", byIndicator: { ...ZERO, L7: 1 }, incomplete: 1 },
    ]);
  });

  it("counts a county found in two workbooks once per row, as 全市合计 does: 甲县 twice and 乙县 → L1 3 + 3 + 2 = 8", () => {
    const again = entry("甲县-补充.xlsx", [county("甲县", [stage("primary", { L1: 3, L4: 120.5 })])]);
    expect(cityShortfalls(overviewRows([JIA, YI, again]))[0]?.byIndicator).toEqual({ ...ZERO, L1: 8, L4: 241, L6: 50000 });
  });

  it("keeps sums unrounded: 0.1 + 0.2 m² stays the float sum, not 0.3 rounded", () => {
    const a = entry("a.xlsx", [county("甲县", [stage("primary", { L5: 0.1 })])]);
    const b = entry("b.xlsx", [county("乙县", [stage("primary", { L5: 0.2 })])]);
    expect(cityShortfalls(overviewRows([a, b]))[0]?.byIndicator.L5).toBe(0.1 + 0.2);
  });

  it("has nothing to add for no county", () => {
    expect(cityShortfalls(overviewRows([failed]))).toEqual([]);
  });
});

describe("overviewShortfallsTable", () => {
  it("gives each county row its stages, with the workbook and county, in the county table's order; a workbook not evaluated says so with no figure", () => {
    const rows = objects(overviewShortfallsTable(overviewRows([failed, JIA, YI]), "zh"));
    expect(rows.map((r) => [r["工作簿"], r["县区"], r["学段"], r["L1 缺口（人）"], r["L4 缺口（㎡）"], r["L6 缺口（元）"], r["L7 缺口（间）"], r["数据不全、缺口未计入的学校（学段）数"], r["说明"]])).toEqual([
      ["甲县.xlsx", "甲县", "小学", 3, 120.5, 0, 0, 0, null],
      ["乙县.xlsx", "乙县", "小学", 2, 0, 50000, 0, 0, null],
      ["乙县.xlsx", "乙县", "初中", 0, 0, 0, 1, 1, null],
      ["丁县.xlsx", null, null, null, null, null, null, null, "未能评估"],
    ]);
  });

  it("says of a county with no stage (no section in scope) that it has none, and names an unnamed county as the county table does", () => {
    const rows = objects(overviewShortfallsTable(overviewRows([entry("空.xlsx", [county(null, [])])]), "zh"));
    expect(rows).toEqual([expect.objectContaining({ 工作簿: "空.xlsx", 县区: "（未注明县区）", 学段: null, "L1 缺口（人）": null, 说明: "无参评学校（学段）" })]);
  });

  it("shows an area need below 0.01 m² with the decimals that show it (needsFormat), the cell unrounded", () => {
    const tiny = entry("a.xlsx", [county("甲县", [stage("primary", { L4: 0.004 })])]);
    const table = overviewShortfallsTable(overviewRows([tiny]), "zh");
    const column = table.columns.findIndex((c) => c.header === "L4 缺口（㎡）");
    expect(table.rows[0]?.[column]).toBe(0.004);
    expect(table.columns[column]?.numberFormat).toBe("0.000");
  });

  it("speaks English with --lang en", () => {
    const table = overviewShortfallsTable(overviewRows([YI, failed]), "en");
    expect(table.caption).toBe("What each county still needs to reach the standards (its Shortfalls sheet's county totals per stage: every indicator raised to standard, passing schools included)");
    expect(table.columns.map((c) => c.header)).toEqual(["Workbook", "County", "Stage", "L1 short (teachers)", "L2 short (teachers)", "L3 short (teachers)", "L4 short (m²)", "L5 short (m²)", "L6 short (yuan)", "L7 short (rooms)", "School sections with incomplete data, their shortfalls not counted", "Remarks"]);
    expect(objects(table).map((r) => [r["Stage"], r["Remarks"]])).toEqual([["Primary", null], ["Junior secondary", null], [null, "Not evaluated"]]);
  });
});

describe("cityShortfallsTable", () => {
  it("sums per stage under 全市, says how many rows as 全市合计 does, and which workbooks are left out", () => {
    const again = entry("甲县-补充.xlsx", [county("甲县", [stage("primary", { L1: 3 })])]);
    const entries = [JIA, YI, again, failed];
    const table = cityShortfallsTable(cityTotals(entries), overviewRows(entries), "zh");
    if (table === null) throw new Error("a county was evaluated");
    expect(table.caption).toBe("全市缺口合计（按学段，上表各行相加，与“全市合计”同：出现在多个工作簿中的县区，每行均计入）");
    // 小学: L1 3 + 2 + 3 = 8 teachers, L4 120.5 m², L6 50,000 yuan; 初中: L7 1 room, 1 section not counted.
    expect(objects(table).map((r) => [r["工作簿"], r["县区"], r["学段"], r["L1 缺口（人）"], r["L4 缺口（㎡）"], r["L6 缺口（元）"], r["L7 缺口（间）"], r["数据不全、缺口未计入的学校（学段）数"], r["说明"]])).toEqual([
      ["全市", "3 行（2 个县区，有县区出现在多个工作簿中）", "小学", 8, 120.5, 50000, 0, 0, "不含未能评估的 1 个工作簿"],
      ["全市", "3 行（2 个县区，有县区出现在多个工作簿中）", "初中", 0, 0, 0, 1, 1, "不含未能评估的 1 个工作簿"],
    ]);
    const en = cityShortfallsTable(cityTotals(entries), overviewRows(entries), "en");
    expect(en?.rows[0]?.slice(0, 3)).toEqual(["All counties", "3 rows (2 counties: some appear in several workbooks)", "Primary"]);
    expect(en?.rows[0]?.at(-1)).toBe("Leaves out the 1 workbook not evaluated");
  });

  it("says nothing in 说明 when every workbook was evaluated, and is left out when no county was", () => {
    expect(cityShortfallsTable(cityTotals([JIA]), overviewRows([JIA]), "zh")?.rows.map((r) => [r[1], r.at(-1)])).toEqual([["1 个县区", null]]);
    expect(cityShortfallsTable(cityTotals([failed]), overviewRows([failed]), "zh")).toBeNull();
  });
});
