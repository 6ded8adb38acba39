import ExcelJS from "exceljs";
import { join } from "node:path";
import { XlsxWorkbookSource } from "../adapters/xlsx/XlsxWorkbookSource";
import { evaluate } from "../engine/evaluate";
import type { CountyEvaluation } from "../engine/types";
import { overriddenProfile } from "../report/evaluateRead";
import { builtInProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import { tempFolder } from "../testing/tempFolder";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { helpCountyItems } from "./helpCounty";
import { ruleExample } from "./helpPage";
import { helpSettings, settingMeaning } from "./helpSettings";

/**
 * The help page's 规则 and 县级指标 lists are true: a workbook written as the page says (a 规则 sheet
 * of 路径 | 值 with paths from its list, a 县级指标 sheet of 项目 | 数值 with a code from its list), read
 * and evaluated as the CLI and the pane do (readWorkbook, the profile with the sheet laid over it,
 * evaluate), changes the result as worked out by hand.
 */

/** Two primary schools: 一小 900 students, largest class 44, public funding 800,000 yuan; 二小 600, 42, 500,000. */
const SCHOOLS = [
  ["学校名称", "办学类型", "在校生数", "班级数", "最大班额人数", "公用经费拨款"],
  ["一小", "小学", 900, 20, 44, 800000],
  ["二小", "小学", 600, 14, 42, 500000],
];

type Rows = readonly (readonly [string, string | number])[] | null;

async function evaluatedWith(profileId: string, rules: Rows, figures: Rows): Promise<{ county: CountyEvaluation; profile: Profile }> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("学校基本情况").addRows(SCHOOLS);
  if (rules !== null) wb.addWorksheet("规则").addRows([["路径", "值"], ...rules]);
  if (figures !== null) wb.addWorksheet("县级指标").addRows([["项目", "数值"], ...figures]);
  const path = join(tempFolder("help-rules-"), "县.xlsx");
  await wb.xlsx.writeFile(path);
  const read = await readWorkbook(await XlsxWorkbookSource.open(path));
  if (!read.ok) throw new Error("the workbook did not read");
  const fitted = overriddenProfile(builtInProfile(profileId), read.ruleOverride);
  if (!fitted.ok) throw new Error("the 规则 sheet was refused");
  // Every row is kept: none refused by the reader (an unknown path, a value it cannot read) nor by the profile.
  expect([...read.issues, ...fitted.issues].filter((i) => i.code.startsWith("read_rule"))).toEqual([]);
  const county = evaluate(read.input, fitted.profile).counties[0];
  if (county === undefined) throw new Error("no county");
  return { county, profile: fitted.profile };
}

const evaluated = async (profileId: string, rules: Rows, figures: Rows) => (await evaluatedWith(profileId, rules, figures)).county;

const item = (county: CountyEvaluation, code: string) => county.items.find((i) => i.code === code);
const school = (county: CountyEvaluation, name: string) => county.schoolGuarantee.find((s) => s.name === name);
const listed = (path: string) => expect(helpSettings().map((s) => s.path)).toContain(path);

describe("the 规则 sheet as the help page says it", () => {
  it("guarantee.classSize.primary (the page's example, 40): 44 and 42 were within 45, are over 40", async () => {
    listed("guarantee.classSize.primary");
    const before = await evaluated("national-2017", null, null);
    const after = await evaluated("national-2017", [["guarantee.classSize.primary", "40"]], null);
    expect(item(before, "G5")?.verdict).toBe("met");
    expect(item(before, "G5")?.failingSchools).toEqual([]);
    expect(item(after, "G5")?.verdict).toBe("not_met");
    expect(item(after, "G5")?.failingSchools).toHaveLength(2);
  });

  it.each([
    ["the zh meaning as the page lists it", "小学班额上限（人）"],
    ["the zh meaning without its unit", "小学班额上限"],
    ["the en meaning", "Primary: class-size cap (students)"],
  ])("guarantee.classSize.primary by %s (%s) | 40: G5 fails both schools, 44 and 42 over 40, as by its path", async (_, name) => {
    expect(settingMeaning("guarantee.classSize.primary", "zh")).toBe("小学班额上限（人）");
    expect(settingMeaning("guarantee.classSize.primary", "en")).toBe("Primary: class-size cap (students)");
    const { county, profile } = await evaluatedWith("national-2017", [[name, "40"]], null);
    expect(profile.guarantee.classSize.primary).toBe(40);
    expect(item(county, "G5")?.verdict).toBe("not_met");
    expect(item(county, "G5")?.failingSchools).toHaveLength(2);
  });

  it("the funding norms by name under national-2017 (800 / 1040): 一小 900 × 800 = 720,000 ≤ 800,000, 二小 600 × 800 = 480,000 ≤ 500,000: G6 met, no longer pending", async () => {
    const { county } = await evaluatedWith("national-2017", [["小学生均公用经费标准", 800], ["初中生均公用经费标准（元/生·年）", 1040]], null);
    expect(school(county, "一小")?.fundingNorm).toBeCloseTo(720000, 6);
    expect(school(county, "二小")?.fundingNorm).toBeCloseTo(480000, 6);
    expect(item(county, "G6")?.verdict).toBe("met");
  });

  it("guarantee.funding.norm.primary and .junior in 万元 (0.1万元 = 1000 yuan) under 四川省: 一小's norm 900 × 800 = 720,000 → 900 × 1000 = 900,000, short 100,000", async () => {
    listed("guarantee.funding.norm.primary");
    const before = await evaluated("sichuan-guanghan-2024", null, null);
    const after = await evaluated("sichuan-guanghan-2024", [["guarantee.funding.norm.primary", "0.1万元"], ["guarantee.funding.norm.junior", 1200]], null);
    expect(school(before, "一小")?.fundingNorm).toBeCloseTo(720000, 6);
    expect(school(before, "一小")?.fundingShortfall).toBeCloseTo(0, 6);
    expect(item(before, "G6")?.verdict).toBe("met");
    expect(school(after, "一小")?.fundingNorm).toBeCloseTo(900000, 6);
    expect(school(after, "一小")?.fundingShortfall).toBeCloseTo(100000, 6);
    // 二小: 600 × 1000 = 600,000 against 500,000 (480,000 before: met).
    expect(school(after, "二小")?.fundingShortfall).toBeCloseTo(100000, 6);
    expect(item(after, "G6")?.verdict).toBe("not_met");
  });

  it("countyItems.G8_pay_ratio.threshold, with the county figure G8_pay_ratio written by its code on 县级指标: 1.02 meets 1, not 1.05", async () => {
    listed("countyItems.G8_pay_ratio.threshold");
    expect(helpCountyItems().map((i) => i.code)).toContain("G8_pay_ratio");
    const before = await evaluated("national-2017", null, [["G8_pay_ratio", 1.02]]);
    const after = await evaluated("national-2017", [["countyItems.G8_pay_ratio.threshold", 1.05]], [["G8_pay_ratio", 1.02]]);
    expect(item(before, "G8")).toMatchObject({ verdict: "met", basis: "county_figure", threshold: 1 });
    expect(item(before, "G8")?.figure).toBeCloseTo(1.02, 12);
    expect(item(after, "G8")).toMatchObject({ verdict: "not_met", threshold: 1.05 });
  });

  it("a county figure left out is not yet assessed: G8 without 县级指标", async () => {
    expect(item(await evaluated("national-2017", null, null), "G8")?.verdict).toBe("not_assessed");
  });

  it.each(["zh", "en"] as const)("the page's example rows (%s: one by name, one by path) read as written, each kept, under both built-in profiles", async (lang) => {
    for (const id of ["national-2017", "sichuan-guanghan-2024"]) {
      const { county, profile } = await evaluatedWith(id, ruleExample(lang), null);
      expect(item(county, "G5")?.failingSchools).toHaveLength(2);
      expect(profile.guarantee.classSize.primary).toBe(40);
      expect(profile.guarantee.funding.boardingExtra).toBe(300);
    }
  });
});
