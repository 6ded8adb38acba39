import { buildResultSheets } from "./buildResultSheets";
import { makeCounty, makeEvaluation, makeGroup, makeGuarantee, makeItem, makeMissingNumerator, makeSection, makeStats, SAMPLE_ISSUES, makeIndicator, makeIndicators } from "./testing/makeEvaluation";
import { formatNumber } from "./formats";
import { builtInProfile } from "../../profiles/resolveProfile";
import { RESULT_ROLES, type SheetSpec, type TableSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { message } from "../../messages/catalogue";

const profile = builtInProfile("national-2017");
const zh: ResultContext = { issues: SAMPLE_ISSUES, profileName: "国家标准", lang: "zh", profile };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

function sheet(specs: readonly SheetSpec[], role: string): SheetSpec {
  const s = specs.find((x) => x.role === role);
  if (!s) throw new Error(`no ${role} sheet`);
  return s;
}

function table(s: SheetSpec, name: string): TableSpec {
  const t = s.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function col(t: TableSpec, header: string): number {
  const i = t.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header} in ${t.columns.map((c) => c.header).join(",")}`);
  return i;
}

function emphasisAt(t: TableSpec, row: number, column: number): string | undefined {
  return t.emphasis.find((e) => e.row === row && e.column === column)?.kind;
}

describe("buildResultSheets", () => {
  const specs = buildResultSheets(makeEvaluation(), zh);

  it("builds the six sheets in reading order with Chinese names, and English names for en", () => {
    expect(specs.map((s) => s.role)).toEqual([...RESULT_ROLES]);
    expect(specs.map((s) => s.name)).toEqual(["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"]);
    const english = buildResultSheets(makeEvaluation(), en);
    expect(english.map((s) => s.name)).toEqual(["Summary", "Coefficients", "Schools", "Shortfalls", "Guarantee & quality", "Data issues"]);
    expect(table(sheet(english, "schools"), "YZJH_Schools").columns[1]?.header).toBe("School");
  });

  it("gives every table an ASCII name unique in the workbook, and every column a unique header", () => {
    const names = specs.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    for (const t of specs.flatMap((s) => s.tables)) expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
  });

  it("keeps every row as wide as its header", () => {
    for (const t of specs.flatMap((s) => s.tables)) for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
  });

  it("notes the profile and the year under every title", () => {
    for (const s of specs) expect(s.notes.slice(0, 2)).toEqual(["评估规则：国家标准", "评估年度：2025"]);
    // A profile without yearly targets (national-2017, zh's) has no latest target to apply; Sichuan's has.
    const national = buildResultSheets(makeEvaluation({ year: null }), zh);
    expect(national[0]?.notes[1]).toBe("评估年度：未指定（本规则未设年度目标）");
    const sichuan = buildResultSheets(makeEvaluation({ year: null }), { ...zh, profile: builtInProfile("sichuan-guanghan-2024") });
    expect(sichuan[0]?.notes[1]).toBe("评估年度：未指定（按最新年度目标）");
  });
});

describe("汇总 summary", () => {
  const s = sheet(buildResultSheets(makeEvaluation(), zh), "summary");
  const verdicts = table(s, "YZJH_Summary");

  it("lists each area's verdict with its reasons, then veto, passing share and recognition", () => {
    expect(verdicts.rows.map((r) => r[1])).toEqual(["资源配置", "政府保障程度", "教育质量", "社会认可度", "一票否决", "学校（学段）达标比例（对照年度目标）", "县域认定结论"]);
    expect(verdicts.rows[0]?.[2]).toBe("未达标");
    // G3 is an item of the county's: what it lacks, from its one failing school 乙小学 (1 music room short, no art room, which goes unsaid); the other two are no items.
    expect(verdicts.rows[0]?.[3]).toBe("G3 音乐、美术专用教室未达标：1 所学校未达标，共缺音乐教室 1 间；L4 生均教学及辅助用房面积；小学 L2 每百名学生拥有县级及以上骨干教师数");
    expect(verdicts.rows[4]?.slice(2)).toEqual(["待评估", "未填报：设置重点校、重点班"]);
    expect(verdicts.rows[5]?.slice(2)).toEqual(["未达到目标", "达标 1/2（50.0%），2025年目标 95.0%"]);
    expect(verdicts.rows[6]?.[2]).toBe("不予认定");
  });

  it("marks not met red, not assessed amber", () => {
    expect(emphasisAt(verdicts, 0, 2)).toBe("bad");
    expect(emphasisAt(verdicts, 2, 2)).toBe("warn");
  });

  it("gives the passing share as a number with a percent format", () => {
    const passing = table(s, "YZJH_Passing");
    // In scope 2 (2 judged + 0 unjudged), judged 2, passing 1, unjudged 0, share 0.5 — no range, all judged; the target not reached: 否.
    expect(passing.rows[0]).toEqual(["示例县", 2, 2, 1, 0, 0.5, null, 2025, 0.95, "否"]);
    expect(passing.columns[5]?.numberFormat).toBe("0.0%");
    expect(emphasisAt(passing, 0, 5)).toBe("bad");
  });

  it("names a present veto item and marks it red", () => {
    const county = makeCounty({ veto: [{ code: "V_falsified_data", present: true, cell: "县级指标!B31" }] });
    const t = table(sheet(buildResultSheets(makeEvaluation({ counties: [county] }), zh), "summary"), "YZJH_Summary");
    expect(t.rows[4]?.slice(2)).toEqual(["存在", "存在否决项：弄虚作假"]);
    expect(emphasisAt(t, 4, 2)).toBe("bad");
  });

  it("writes a (none) row when there are no counties", () => {
    const t = table(sheet(buildResultSheets(makeEvaluation({ counties: [] }), zh), "summary"), "YZJH_Summary");
    expect(t.rows).toEqual([["（无）", null, null, null]]);
  });
});

describe("差异系数 coefficients", () => {
  const s = sheet(buildResultSheets(makeEvaluation(), zh), "coefficients");
  const t = table(s, "YZJH_Coef_1_primary");

  it("has per county × stage a coefficients table then a per-indicator count table, captioned with both", () => {
    expect(s.tables.map((x) => x.name)).toEqual(["YZJH_Coef_1_primary", "YZJH_Met_1_primary"]);
    expect(t.caption).toBe("示例县 · 小学");
    expect(t.columns.map((c) => c.header)).toEqual(["指标", "名称", "学校数", "均值", "标准差", "差异系数", "限值", "判定"]);
  });

  it("lists the seven indicators with unrounded values, then the labelled average row without a verdict", () => {
    expect(t.rows[0]).toEqual(["L1", "每百名学生拥有高于规定学历教师数", 3, 5, 1, 0.2, 0.5, "达标"]);
    expect(t.rows[7]).toEqual(["综合", "综合差异系数（参考，基本均衡旧口径）", 3, null, null, 0.23, 0.65, "仅供参考"]);
    expect(t.columns[5]?.numberFormat).toBe("0.000");
  });

  it("puts data bars on the CV column scaled to the stage's limit", () => {
    expect(t.dataBars).toEqual([{ column: 5, max: 0.5 }]);
  });

  it("counts per indicator the sections meeting it, at the 85% floor and below (hand count of makeCounty)", () => {
    const m = table(s, "YZJH_Met_1_primary");
    expect(m.caption).toBe("示例县 · 小学：各项指标达标学校数");
    expect(m.columns.map((c) => c.header)).toEqual(["指标", "名称", "有该项数据学校数", "达标", "达85%未达标", "低于85%", "该项达标学校比例"]);
    // 甲小学 meets all seven; 乙小学 has L4 3.5 < 3.825 (below) and L6 1800 ≥ 1700 (floor);
    // 丙教学点 is out of scope and 丁小学 has no values (zero students): neither counts.
    expect(m.rows.map((r) => [r[0], ...r.slice(2)])).toEqual([
      ["L1", 2, 2, 0, 0, 1],
      ["L2", 2, 2, 0, 0, 1],
      ["L3", 2, 2, 0, 0, 1],
      ["L4", 2, 1, 0, 1, 0.5],
      ["L5", 2, 2, 0, 0, 1],
      ["L6", 2, 1, 1, 0, 0.5],
      ["L7", 2, 2, 0, 0, 1],
    ]);
    expect(emphasisAt(m, 3, 5)).toBe("bad");
    expect(emphasisAt(m, 5, 4)).toBe("warn");
    expect(emphasisAt(m, 0, 5)).toBeUndefined();
    expect(m.columns[6]?.numberFormat).toBe("0.0%");
  });

  it("shows an indicator no section has a value for as not computable, never as a 0% share", () => {
    const county = makeCounty({ sections: [makeSection({ name: "丁小学", row: 8, students: 0, evaluable: false, indicators: {} })] });
    const m = table(sheet(buildResultSheets(makeEvaluation({ counties: [county] }), zh), "coefficients"), "YZJH_Met_1_primary");
    expect(m.rows[0]?.slice(2)).toEqual([0, 0, 0, 0, "不可计算"]);
    expect(emphasisAt(m, 0, 6)).toBe("warn");
  });

  it("marks a CV over its limit red and an undefined CV (one school) as such, never 0", () => {
    const group = makeGroup({ stage: "junior" });
    const indicators = { ...group.indicators, L2: makeStats("L2", 1.1, 0.6, 0.545, 0.45), L3: makeStats("L3", 1, null, null, 0.45) };
    const county = makeCounty({ coefficients: [{ ...group, indicators }] });
    const junior = sheet(buildResultSheets(makeEvaluation({ counties: [county] }), zh), "coefficients").tables[0];
    if (!junior) throw new Error("no table");
    expect(junior.name).toBe("YZJH_Coef_1_junior");
    expect(junior.rows[1]?.[5]).toBe(0.545);
    expect(junior.rows[1]?.[7]).toBe("未达标");
    expect(emphasisAt(junior, 1, 5)).toBe("bad");
    expect(junior.rows[2]?.slice(4)).toEqual([null, "不可计算", 0.45, "不可计算"]);
  });
});

describe("学校达标 schools", () => {
  const t = table(sheet(buildResultSheets(makeEvaluation(), zh), "schools"), "YZJH_Schools");

  it("has one row per section read, in scope or not", () => {
    expect(t.rows.map((r) => r[1])).toEqual(["甲小学", "乙小学", "丙教学点", "丁小学"]);
  });

  it("gives each indicator a value and a flag column with fixed decimals", () => {
    const l4 = col(t, "L4 值");
    expect(t.columns[l4]?.numberFormat).toBe("0.00");
    expect(t.columns[col(t, "L6 值")]?.numberFormat).toBe("#,##0.00");
    expect(t.rows[1]?.[l4]).toBe(3.5);
    // The same words as the 差异系数 count columns (达标 / 达85%未达标 / 低于85%).
    expect(t.rows[1]?.[l4 + 1]).toBe("低于85%");
    expect(t.rows[1]?.[col(t, "L6 判定")]).toBe("达85%未达标");
    expect(t.rows[0]?.[col(t, "L1 判定")]).toBe("达标");
  });

  it("marks below-floor cells red and floor cells amber, and a failing school red", () => {
    const l4 = col(t, "L4 值");
    expect(emphasisAt(t, 1, l4)).toBe("bad");
    expect(emphasisAt(t, 1, l4 + 1)).toBe("bad");
    expect(emphasisAt(t, 1, col(t, "L6 值"))).toBe("warn");
    expect(emphasisAt(t, 0, l4)).toBeUndefined();
    const pass = col(t, "学校结论");
    expect(t.rows[1]?.[pass]).toBe("未达标");
    expect(emphasisAt(t, 1, pass)).toBe("bad");
    expect(t.rows[1]?.[col(t, "达标项数")]).toBe(5);
  });

  it("states why a section is out of scope, with the profile's minimum", () => {
    expect(t.rows[2]?.[col(t, "参评")]).toBe("否");
    expect(t.rows[2]?.[col(t, "不参评原因")]).toBe("不足50人的教学点不参评");
    expect(t.rows[2]?.[col(t, "学校结论")]).toBeNull();
  });

  it("shows a zero-student section as not evaluable with its reason, never as 0", () => {
    expect(t.rows[3]?.[col(t, "L1 值")]).toBeNull();
    expect(t.rows[3]?.[col(t, "学校结论")]).toBe("无法评估");
    // The engine's message, filled with the section's school, stage and row (its wording belongs to the catalogue).
    const params = { school: "丁小学", stage: "primary", section: "学校基本情况!8#primary", row: "学校基本情况!8" };
    expect(t.rows[3]?.[col(t, "备注")]).toBe(message("zero_students", params, "zh"));
    expect(t.rows[3]?.[col(t, "备注")]).toContain("丁小学");
  });

  it("links the source row, named as a row (学校基本情况!5 read as a cell reference, which it is not)", () => {
    const src = col(t, "来源行");
    expect(t.rows[0]?.[src]).toBe("学校基本情况 第5行");
    expect(t.links).toContainEqual({ row: 0, column: src, target: "学校基本情况!A5" });
  });

  it("greys the values of an out-of-scope section and flags none of them (not judged, as the JSON report gives it no indicators)", () => {
    const below = makeIndicators({ L3: makeIndicator("L3", 0, 1) });
    const out = makeSection({ name: "石门教学点", row: 26, type: "teaching_point", included: false, exclusion: "small_teaching_point", indicators: below, metCount: 6, pass: false });
    const only = table(sheet(buildResultSheets(makeEvaluation({ counties: [makeCounty({ sections: [out] })] }), zh), "schools"), "YZJH_Schools");
    // No flag, nor a count or a verdict: the engine's 低于85% and 6 of 7 for a section not judged are not shown.
    expect([only.rows[0]?.[col(only, "L3 判定")], only.rows[0]?.[col(only, "L1 判定")]]).toEqual([null, null]);
    expect([only.rows[0]?.[col(only, "达标项数")], only.rows[0]?.[col(only, "学校结论")]]).toEqual([null, null]);
    expect(emphasisAt(only, 0, col(only, "L3 值"))).toBe("muted");
    expect(emphasisAt(only, 0, col(only, "L3 判定"))).toBeUndefined();
  });

  it("words each missing numerator with its own indicator and field, as the data-problems sheet does (no {placeholder} left)", () => {
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const other = makeSection({ name: "乙小学", row: 13 });
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "teachingArea"), makeMissingNumerator("乙小学", 13, "L7", "multimediaRooms"), makeMissingNumerator("甲小学", 12, "L5", "sportsGroundArea")];
    const only = table(sheet(buildResultSheets(makeEvaluation({ counties: [makeCounty({ sections: [short, other] })], issues }), zh), "schools"), "YZJH_Schools");
    expect(only.rows[0]?.[col(only, "备注")]).toBe(
      "甲小学（小学）缺少“教学及辅助用房面积”，指标 L4 无法计算（学校基本情况 第12行）；甲小学（小学）缺少“运动场地面积”，指标 L5 无法计算（学校基本情况 第12行）",
    );
    // The other section's issue is not its reason: it is evaluable.
    expect(only.rows[1]?.[col(only, "备注")]).toBe("");
  });

  it("notes the share of a split combined-school section", () => {
    const split = makeSection({ name: "丙学校（小学部）", row: 9, type: "nine_year", split: { recordId: "学校基本情况!9", share: 166 / 397, shared: ["L4", "L5", "L6", "L7"] } });
    const only = table(sheet(buildResultSheets(makeEvaluation({ counties: [makeCounty({ sections: [split] })] }), zh), "schools"), "YZJH_Schools");
    expect(only.rows[0]?.[col(only, "备注")]).toBe("共享资源按加权学生数分摊 41.8%");
  });
});

describe("缺口测算 shortfalls", () => {
  const s = sheet(buildResultSheets(makeEvaluation(), zh), "shortfalls");
  const t = table(s, "YZJH_Shortfalls");

  it("lists failing or short sections with the cheapest way to pass, and no total among them", () => {
    expect(t.rows.map((r) => r[1])).toEqual(["乙小学"]);
    expect(t.rows[0]?.slice(4)).toEqual([0, 0, 0, 400, 0, 80000, 0, "L6", "L4 补足到标准：400.00 ㎡（约 1,200,000 元）", 1200000]);
  });

  it("totals each county's shortfalls per stage in a table of their own, between the sections and the guarantee", () => {
    expect(s.tables.map((x) => x.name)).toEqual(["YZJH_Shortfalls", "YZJH_ShortfallTotals", "YZJH_PassPlanTotals", "YZJH_SchoolGuarantee", "YZJH_FundingTotals"]);
    const totals = table(s, "YZJH_ShortfallTotals");
    expect(totals.columns.map((c) => c.header)).toEqual(["县区", "学段", ...t.columns.slice(4, 11).map((c) => c.header), "数据不全、缺口未计入的学校（学段）数"]);
    expect(totals.columns.slice(2, 9).map((c) => c.numberFormat)).toEqual(t.columns.slice(4, 11).map((c) => c.numberFormat));
    // makeCounty's sections lacking values are out of scope (丙教学点) or of 0 students (丁小学): none left out of the totals.
    expect(totals.rows).toEqual([["示例县", "小学", 0, 0, 0, 400, 0, 80000, 0, 0]]);
  });

  it("says so when no county has a total to show", () => {
    const none = sheet(buildResultSheets(makeEvaluation({ counties: [makeCounty({ sections: [], shortfallTotals: [] })] }), en), "shortfalls");
    expect(table(none, "YZJH_ShortfallTotals").rows).toEqual([["(none)", null, null, null, null, null, null, null, null, null]]);
  });

  it("counts teachers and rooms whole, m² with two decimals, yuan with separators", () => {
    expect(t.columns.slice(4, 11).map((c) => [c.header, c.numberFormat])).toEqual([
      ["L1 缺口（人）", "0"],
      ["L2 缺口（人）", "0"],
      ["L3 缺口（人）", "0"],
      ["L4 缺口（㎡）", "0.00"],
      ["L5 缺口（㎡）", "0.00"],
      ["L6 缺口（元）", "#,##0"],
      ["L7 缺口（间）", "0"],
    ]);
  });

  it("lists per-school guarantee shortfalls in red", () => {
    const g = table(s, "YZJH_SchoolGuarantee");
    expect(g.rows).toEqual([["示例县", "乙小学", "小学", 1, 0, 0, 2000, 0, 2, 0, 15000.5, null]]);
    expect(emphasisAt(g, 0, 3)).toBe("bad");
    expect(emphasisAt(g, 0, 8)).toBe("bad");
    expect(emphasisAt(g, 0, 4)).toBeUndefined();
  });

  it("writes the plan of a school that passes with nothing to add", () => {
    const s2 = makeSection({ name: "戊小学", row: 10, pass: false, passPlan: { relaxed: "L2", steps: [], totalCost: null, basis: "largest_gap" } });
    const t2 = table(sheet(buildResultSheets(makeEvaluation({ counties: [makeCounty({ sections: [s2], shortfallTotals: [] })] }), en), "shortfalls"), "YZJH_Shortfalls");
    expect(t2.rows[0]?.[12]).toBe("Passes with L2 kept at 85% or more");
  });
});

describe("政府保障与质量 guarantee", () => {
  const t = table(sheet(buildResultSheets(makeEvaluation(), zh), "guarantee"), "YZJH_Items_1");

  it("lists each item with figure, threshold, verdict, basis, failing schools and cells", () => {
    // G3 from school data states a count of failing schools (no threshold, as the engine gives it): the plain pair. G8's pay
    // ratio, a "number" in the profile, reads as a percentage of the civil servants' pay: 1.02 = 102.0% ≥ 100.0%, the percent pair.
    // Columns: 数值 | 数值（%）| 要求 | 标准（%）| 标准; G3's count has no threshold, so no rule.
    expect(t.rows[0]).toEqual(["G3", "音乐、美术专用教室", "政府保障程度", 1, null, null, null, null, "未达标", "学校数据", "乙小学", null]);
    expect(t.rows[1]).toEqual(["G8", "教师平均工资收入水平不低于当地公务员", "政府保障程度", null, 1.02, "≥", 1, null, "达标", "县级填报", "", "县级指标!B9"]);
    expect(emphasisAt(t, 0, 8)).toBe("bad");
    expect(t.links).toContainEqual({ row: 1, column: 11, target: "县级指标!B9" });
  });

  it("shows counts and amounts as General (no 14.0) and ratios as percentages", () => {
    expect(t.columns.slice(3, 8).map((c) => [c.header, c.numberFormat])).toEqual([
      ["数值", null],
      ["数值（%）", "0.0%"],
      ["要求", null],
      ["标准（%）", "0.0%"],
      ["标准", null],
    ]);
  });

  it("adds the sub-figures of multi-part items under their item, named, never by their key", () => {
    // Against its own threshold in the profile: rotation ≥ 10%.
    expect(t.rows[3]?.slice(0, 8)).toEqual(["G11", "教师交流轮岗比例", null, null, 0.12, "≥", 0.1, null]);
    expect(t.rows[4]?.slice(0, 8)).toEqual(["G11", "适用的学校数（含数据不全的）", null, 12, null, null, null, null]);
    // A key the catalogue does not know stays visible as itself rather than blank.
    expect(t.rows[5]?.slice(0, 8)).toEqual(["G11", "backboneShare", null, null, null, null, null, null]);
  });
});

describe("数据问题 issues", () => {
  it("lists severity, code, message and a link to the cell; counts them in the notes", () => {
    const s = sheet(buildResultSheets(makeEvaluation(), zh), "issues");
    const t = table(s, "YZJH_Issues");
    const first = SAMPLE_ISSUES[0];
    expect(t.rows[0]).toEqual(["错误", "missing_numerator", message("missing_numerator", first?.params, "zh"), "学校基本情况!F8"]);
    expect(t.rows[0]?.[2]).toContain("乙小学");
    expect(t.links).toEqual([
      { row: 0, column: 3, target: "学校基本情况!F8" },
      { row: 1, column: 3, target: "学校基本情况!D8" },
    ]);
    expect(t.emphasis.map((e) => e.kind)).toEqual(["bad", "warn", "muted"]);
    expect(s.notes).toContain("共 1 个错误、1 个警告、1 条提示。");
  });

  it("writes messages in the chosen language", () => {
    const issue = { code: "out_none", severity: "warning" as const, cell: null, params: {} };
    const t = table(sheet(buildResultSheets(makeEvaluation(), { ...en, issues: [issue] }), "issues"), "YZJH_Issues");
    expect(t.rows[0]).toEqual(["Warning", "out_none", "(none)", null]);
  });

  it("adds the column mapping when given", () => {
    const mapping = [{ field: "在校生数", header: "在校生数（人）", cell: "学校基本情况!D3" }];
    const s = sheet(buildResultSheets(makeEvaluation(), { ...zh, mapping }), "issues");
    expect(table(s, "YZJH_Mapping").rows).toEqual([["在校生数", "在校生数（人）", "学校基本情况!D3"]]);
  });
});

describe("pass plan and part rows", () => {
  it("does not repeat a yuan amount as its cost, and shows no sub-row for a single-part item", async () => {
    const { passPlanText } = await import("./passPlanText");
    const plan = { relaxed: "L1" as const, steps: [{ code: "L6" as const, target: "floor" as const, amount: 6000, cost: 6000 }, { code: "L1" as const, target: "standard" as const, amount: 2, cost: 200000 }], totalCost: 206000, basis: "cost" as const };
    expect(passPlanText(plan, "zh", "85%")).toBe("L6 补足到85%：6,000 元；L1 补足到标准：2 人（约 200,000 元）");
    const { makeItem } = await import("./testing/makeEvaluation");
    const county = makeCounty({ items: [makeItem({ code: "G1", parts: { G1_layout: null } })] });
    const t = table(sheet(buildResultSheets(makeEvaluation({ counties: [county] }), zh), "guarantee"), "YZJH_Items_1");
    expect(t.rows).toHaveLength(1);
  });
});

describe("buildResultSheets: 汇总's G6 amount is 缺口测算's funding total", () => {
  // Sichuan. 甲小学 500 yuan short (exact), 丙小学 0.4 (exact): 500.4 in all, shown 500. 乙中学's shortfall of 0 is a
  // lower bound (as a rural school it may be short): unknown, it adds nothing, and makes neither total “at least”.
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  const bound = { ruralFunded: 500, boardersUncounted: false } as const;
  const county = makeCounty({
    areas: [{ area: "guarantee", verdict: "not_met", reasons: ["G6"], pending: [] }],
    items: [makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, failingSchools: ["甲小学", "丙小学"], parts: { schools_checked: 3, schools_failing: 2, schools_unknown: 0 } })],
    schoolGuarantee: [
      makeGuarantee({ name: "甲小学", recordId: "r1", fundingShortfall: 500 }),
      makeGuarantee({ name: "乙中学", recordId: "r2", type: "junior", fundingShortfall: 0, fundingShortfallLowerBound: bound }),
      makeGuarantee({ name: "丙小学", recordId: "r3", fundingShortfall: 0.4 }),
    ],
  });
  const specs = buildResultSheets(makeEvaluation({ counties: [county] }), { ...zh, profile: sichuan });

  it("says the same total, exact on both sheets", () => {
    const funding = table(sheet(specs, "shortfalls"), "YZJH_FundingTotals");
    expect(funding.rows).toEqual([["示例县", "G6 公用经费（普通学校）", 2, 500.4, 0, 0]]);
    const summary = table(sheet(specs, "summary"), "YZJH_Summary");
    const guarantee = summary.rows.find((r) => r[1] === "政府保障程度");
    expect(guarantee?.[3]).toBe("G6 公用经费未达生均标准：2 所学校未达标，合计缺 500 元");
    // The cell's 500.4 in its column's format is the amount the reason gives.
    expect(formatNumber(500.4, funding.columns[3]?.numberFormat ?? null)).toBe("500");
  });
});
