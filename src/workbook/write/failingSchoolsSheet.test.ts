import type { PassPlan } from "../../engine/types";
import type { OverviewCounty, OverviewEntry } from "./overviewEntry";
import type { FailingSection } from "./overviewNeeds";
import { failingSchoolsOf, flagsText } from "./failingSchoolsSheet";

const PLAN: PassPlan = { relaxed: "L5", steps: [{ code: "L7", target: "standard", amount: 2, cost: null }, { code: "L5", target: "floor", amount: 0, cost: null }], totalCost: null, basis: "dominance" };
const PRICED: PassPlan = { relaxed: "L6", steps: [{ code: "L4", target: "standard", amount: 400, cost: 1_200_000 }], totalCost: 1_200_000, basis: "cost" };

function failing(school: string, row: number | null, more: Partial<FailingSection> = {}): FailingSection {
  return { school, stage: "primary", incomplete: false, below: ["L7"], atFloor: ["L5"], plan: PLAN, row, ...more };
}

function county(name: string | null, failing: FailingSection[]): OverviewCounty {
  const passing = { evaluated: 1, passing: 0, unjudged: 0, inScope: 1, noStudents: 0, share: 0, target: null, met: null };
  return { county: name, areas: [], passing, recognised: null, coefficients: [], itemsNotMet: [], itemsPending: [], veto: [], estimatedPasses: [], hiddenRows: [], shortfalls: [], failing };
}

function entry(file: string, counties: OverviewCounty[], more: { floor?: string; notWritten?: string[] } = {}): OverviewEntry {
  return { file, outcome: { ok: true, year: 2024, counties, errors: 0, warnings: 0, result: file.replace(".xlsx", "-评估结果.xlsx"), floor: more.floor ?? "85%", ...(more.notWritten ? { notWritten: more.notWritten } : {}) } };
}

function rows(entries: OverviewEntry[], lang: "zh" | "en" = "zh") {
  const sheet = failingSchoolsOf(entries, lang);
  const table = sheet.tables[0];
  if (!table) throw new Error("one table");
  return { sheet, table, rows: table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.header, r[i] ?? null]))) };
}

describe("flagsText", () => {
  it("names those below the floor first, then those at it, in the words of 学校达标", () => {
    expect(flagsText({ below: ["L7"], atFloor: ["L4", "L5"] }, "85%", "zh")).toBe("低于85%：L7；达85%未达标：L4、L5");
    expect(flagsText({ below: [], atFloor: ["L4", "L5"] }, "80%", "zh")).toBe("达80%未达标：L4、L5");
    expect(flagsText({ below: ["L1", "L2"], atFloor: [] }, "85%", "en")).toBe("Below 85%: L1, L2");
  });
});

describe("failingSchoolsSheet", () => {
  it("lists every failing section by county, then in its workbook's order; a county with no failing school adds no row", () => {
    const entries = [entry("甲县.xlsx", [county("甲县", [failing("二小", 11), failing("一小", 13)])]), entry("乙县.xlsx", [county("乙县", [])]), entry("甲县-补充.xlsx", [county("甲县", [failing("三小", 10)])]), entry("丙县.xlsx", [county("丙县", [failing("丙一中", 20, { stage: "junior" })])])];
    const { rows: r, sheet } = rows(entries);
    // 甲县's two workbooks together at its first (overviewRows), in input order within each: 二小 before 一小.
    expect(r.map((x) => [x["工作簿"], x["县区"], x["学校"], x["学段"]])).toEqual([
      ["甲县.xlsx", "甲县", "二小", "小学"],
      ["甲县.xlsx", "甲县", "一小", "小学"],
      ["甲县-补充.xlsx", "甲县", "三小", "小学"],
      ["丙县.xlsx", "丙县", "丙一中", "初中"],
    ]);
    expect(sheet.name).toBe("未达标学校");
    expect(sheet.notes[0]).toBe("共 4 个未达标学校（学段），按县区、再按各工作簿中的顺序排列。");
  });

  it("says the indicators and the way to pass as the county's sheets do, with the workbook's floor, and links the row on its 学校达标", () => {
    const { rows: r, table } = rows([entry("甲县.xlsx", [county("甲县", [failing("二小", 11)])], { floor: "80%" })]);
    expect(r[0]).toMatchObject({ 学校结论: "未达标", 未达标的指标: "低于80%：L7；达80%未达标：L5", 达标方案: "L7 补足到标准：2 间；L5 保留在80%以上即可", "估算费用（元）": null, 评估结果中的行: "学校达标 第11行" });
    const place = table.columns.findIndex((c) => c.header === "评估结果中的行");
    expect(table.links).toEqual([{ row: 0, column: place, target: "甲县-评估结果.xlsx", file: true, at: "学校达标!$A$11" }]);
    expect(table.emphasis).toContainEqual({ row: 0, column: 4, kind: "bad" });
  });

  it("gives a priced plan its cost, and a section failing on incomplete data without a plan says so", () => {
    const sections = [failing("一小", 10, { plan: PRICED, below: ["L4"], atFloor: ["L6"] }), failing("二小", 11, { plan: null, incomplete: true, below: ["L2"], atFloor: [] })];
    const { rows: r } = rows([entry("甲县.xlsx", [county("甲县", sections)])]);
    expect(r.map((x) => [x["学校结论"], x["达标方案"], x["估算费用（元）"]])).toEqual([
      ["未达标", "L4 补足到标准：400.00 ㎡（约 1,200,000 元）", 1_200_000],
      ["未达标（数据不全）", "数据不全，未给出达标方案", null],
    ]);
  });

  it("links nothing for a workbook whose result was not written, and lists nothing of one not evaluated", () => {
    // Not written, evaluatedEntry gives its sections no row (FailingSection.row null): nothing to link.
    const entries: OverviewEntry[] = [entry("甲县.xlsx", [county("甲县", [failing("二小", null)])], { notWritten: ["无法写入"] }), { file: "坏.xlsx", outcome: { ok: false, reasons: ["无法读取"] } }];
    const { rows: r, table } = rows(entries);
    expect(r.map((x) => [x["学校"], x["评估结果中的行"]])).toEqual([["二小", null]]);
    expect(table.links).toEqual([]);
  });

  it("says （无） with no failing section, and that none fails rather than a count of 0", () => {
    const { rows: r, sheet } = rows([entry("乙县.xlsx", [county("乙县", [])])]);
    expect(r.map((x) => x["工作簿"])).toEqual(["（无）"]);
    expect(sheet.notes[0]).toBe("没有未达标的学校（学段）。");
    expect(rows([entry("乙县.xlsx", [county("乙县", [])])], "en").sheet.notes[0]).toBe("No school section fails.");
  });

  it("speaks English with --lang en, one section in the singular", () => {
    const { rows: r, sheet, table } = rows([entry("甲县.xlsx", [county(null, [failing("二小", 11)])])], "en");
    expect(sheet.name).toBe("Failing schools");
    expect(sheet.notes[0]).toBe("1 school section fails, by county, then in each workbook's order.");
    expect(table.columns.map((c) => c.header)).toEqual(["Workbook", "County", "School", "Stage", "Result", "Indicators not met", "Way to pass", "Estimated cost (yuan)", "Row in the result"]);
    expect(r[0]).toMatchObject({ County: "(county not named)", Result: "Fails", "Indicators not met": "Below 85%: L7; 85%+, not met: L5", "Row in the result": "Schools row 11" });
    expect(table.links[0]?.at).toBe("Schools!$A$11");
  });
});
