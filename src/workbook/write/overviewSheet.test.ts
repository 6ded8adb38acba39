import type { Issue } from "../../engine/types";
import { evaluatedEntry } from "./overviewEntry";
import { overviewLine, overviewSheet, type OverviewEntry } from "./overviewSheet";
import type { AreaVerdict } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { makeCounty, makeEvaluation, makeGroup, makeIndicators, makeItem, makeSection, makeStats, withMissing } from "./testing/makeEvaluation";

const warning: Issue = { code: "read_total_row", severity: "warning", cell: "学校基本情况!A40", params: {} };
const error: Issue = { code: "read_bad_number", severity: "error", cell: "学校基本情况!E7", params: {} };

/** The coefficient table, by name: the 全市合计 table stands between it and the county table when a county was evaluated. */
const CV = "YZJH_OverviewCv";
/** makeCounty's veto item V_key_schools, not yet assessed: named first among the pending items of every row holding it. */
const KEY_SCHOOLS = "一票否决（设置重点校、重点班）";

function rowsOf(entries: readonly OverviewEntry[], lang: "zh" | "en" = "zh", which: number | string = 0) {
  const sheet = overviewSheet(entries, { lang, profileName: "国家标准", folders: ["某市"], notes: [] });
  const table = typeof which === "number" ? sheet.tables[which] : sheet.tables.find((t) => t.name === which);
  if (!table) throw new Error("no table");
  return { sheet, table, rows: table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.header, r[i] ?? null]))) };
}

describe("overviewSheet", () => {
  it("gives each county of a workbook its own row, with the workbook's issue counts and result file", () => {
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县", recognised: true })] });
    const { rows, sheet } = rowsOf([evaluatedEntry("某市.xlsx", city, [warning, warning, error], "某市-评估结果.xlsx")]);
    expect(rows.map((r) => r["县区"])).toEqual(["甲县", "乙县"]);
    // makeCounty: 2 sections judged, 1 passing, none unjudged → 2 in scope, share 1 / 2.
    expect(rows[0]).toMatchObject({ 工作簿: "某市.xlsx", 评估年度: 2025, "参评学校（学段）数": 2, "达标学校（学段）数": 1, "无法评估学校（学段）数": 0, "达标比例（占已判定）": 0.5, 目标比例: 0.95, 数据错误: 1, 数据警告: 2 });
    expect(rows[1]?.["认定"]).toBe("可认定");
    expect(sheet.notes.slice(0, 3)).toEqual(["评估规则：国家标准", "数据来源：某市", "共 1 个工作簿：1 个已评估，0 个未能评估"]);
    expect(sheet.notes[3]).toMatch(/^差异系数表各列：L1 每百名学生拥有高于规定学历教师数、L2 /);
  });

  it("names a profile read from a file with its file, as each county's 汇总 does, in either language", () => {
    const entries = [evaluatedEntry("某县.xlsx", makeEvaluation(), [], "某县-评估结果.xlsx")];
    const withFile = (lang: "zh" | "en") => overviewSheet(entries, { lang, profileName: "测试目标", profileFile: "prof/target.json", folders: ["某市"], notes: [] }).notes[0];
    expect(withFile("zh")).toBe("评估规则：测试目标（规则文件 prof/target.json）");
    expect(withFile("en")).toBe("Rule profile: 测试目标 (profile file prof/target.json)");
    expect(overviewSheet(entries, { lang: "zh", profileName: "国家标准", profileFile: null, folders: ["某市"], notes: [] }).notes[0]).toBe("评估规则：国家标准");
  });

  it("names the item codes its counties list, once each, in the items' order (G before Q, G3 before G11), in the language's clauses", () => {
    // makeCounty's items: G3 not met; G11, Q9 and R1 not assessed (G8 is met and not listed).
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" })] });
    const entries = [evaluatedEntry("某市.xlsx", city, [], "某市-评估结果.xlsx")];
    expect(rowsOf(entries).sheet.notes[4]).toBe("项目代码：G3 音乐、美术专用教室；G11 教师交流轮岗；Q9 国家义务教育质量监测；R1 社会认可度");
    expect(rowsOf(entries, "en").sheet.notes[4]).toBe("Item codes: G3 Music and art rooms; G11 Teacher rotation; Q9 National quality monitoring; R1 Social recognition");
    // No item listed (nothing evaluated): no legend.
    const failed: OverviewEntry[] = [{ file: "丙县.xlsx", outcome: { ok: false, reasons: ["无法读取"] } }];
    expect(rowsOf(failed).sheet.notes.some((n) => n.startsWith("项目代码"))).toBe(false);
  });

  it("links each county's result file, on every row of a city's counties, and none for a workbook not evaluated", () => {
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" })] });
    const entries: OverviewEntry[] = [evaluatedEntry("某市.xlsx", city, [], "某市-评估结果.xlsx"), { file: "丙县.xlsx", outcome: { ok: false, reasons: ["无法读取"] } }, evaluatedEntry("空县.xlsx", makeEvaluation({ counties: [] }), [], "空县-评估结果.xlsx")];
    const { rows, table } = rowsOf(entries);
    const column = table.columns.findIndex((c) => c.header === "结果工作簿 / 未能评估的原因");
    // The workbook not evaluated last (overviewRows): 某市's counties, 空县, then 丙县.
    expect(rows.map((r) => r["结果工作簿 / 未能评估的原因"])).toEqual(["某市-评估结果.xlsx", "某市-评估结果.xlsx", "空县-评估结果.xlsx", "无法读取"]);
    // Rows 0 and 1 are 某市's counties, row 2 空县, row 3 丙县 (no result).
    expect(table.links).toEqual([
      { row: 0, column, target: "某市-评估结果.xlsx", file: true },
      { row: 1, column, target: "某市-评估结果.xlsx", file: true },
      { row: 2, column, target: "空县-评估结果.xlsx", file: true },
    ]);
  });

  it("names why 资源配置 is not met when only it fails: schools failing and each coefficient over its limit, and what is unproven", () => {
    const met = (area: AreaVerdict["area"]): AreaVerdict => ({ area, verdict: "met", reasons: [], pending: [] });
    // As resourcesVerdict gives them: sections failing, then the CVs over their limit, then the pending ones.
    const resources: AreaVerdict = { area: "resources", verdict: "not_met", reasons: ["sections_failing", "L3_primary_cv", "L5_junior_cv", "sections_not_evaluable"], pending: ["sections_not_evaluable"] };
    const county = makeCounty({ county: "甲县", items: [makeItem({ code: "G8" })], areas: [resources, met("guarantee"), met("quality"), met("recognition")] });
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "甲县-评估结果.xlsx");
    const zh = rowsOf([entry]);
    // The short words by their codes (their wording is the catalogue's): failing, each CV over its limit, then the pending reason.
    const [failing, incomplete] = ["out_overview_sections_failing", "out_overview_sections_not_evaluable"].map((code) => message(code, {}, "zh"));
    // makeCounty's veto item V_key_schools is not yet assessed: named first among the pending, as the county's 汇总 says it.
    expect(zh.rows[0]).toMatchObject({ 资源配置: "未达标", 未达标项目: `${failing}、小学 L3 差异系数、初中 L5 差异系数`, 待评估项目: `${KEY_SCHOOLS}、${incomplete}` });
    const notMet = zh.table.columns.findIndex((c) => c.header === "未达标项目");
    expect(zh.table.emphasis).toEqual(expect.arrayContaining([{ row: 0, column: notMet, kind: "bad" }, { row: 0, column: notMet + 1, kind: "warn" }]));
    const en = rowsOf([entry], "en");
    const [failingEn, incompleteEn] = ["out_overview_sections_failing", "out_overview_sections_not_evaluable"].map((code) => message(code, {}, "en"));
    expect(en.rows[0]).toMatchObject({ "Items not met": `${failingEn}, Primary L3 CV, Junior secondary L5 CV`, "Items not yet assessed": `Veto (key schools or key classes), ${incompleteEn}` });
  });

  it("lists 资源配置's reasons before the item codes, and only the items when resources are met", () => {
    const withResources = (verdict: AreaVerdict["verdict"], reasons: string[], pending: string[]) => {
      const areas = makeCounty().areas.map((a) => (a.area === "resources" ? { area: a.area, verdict, reasons, pending } : a));
      const { rows } = rowsOf([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ areas })] }), [], "r.xlsx")]);
      return [rows[0]?.["未达标项目"], rows[0]?.["待评估项目"]];
    };
    // makeCounty's items: G3 not met; G11, Q9 and R1 not assessed; its veto item V_key_schools not assessed, first. The short words by their codes.
    const [failing, incomplete, none] = ["out_overview_sections_failing", "out_overview_sections_not_evaluable", "out_overview_sections_none_evaluable"].map((code) => message(code, {}, "zh"));
    expect(withResources("not_met", ["sections_failing", "sections_not_evaluable"], ["sections_not_evaluable"])).toEqual([`${failing}、G3`, `${KEY_SCHOOLS}、${incomplete}、G11、Q9、R1`]);
    expect(withResources("not_assessed", ["sections_none_evaluable", "sections_not_evaluable"], ["sections_none_evaluable", "sections_not_evaluable"])).toEqual(["G3", `${KEY_SCHOOLS}、${none}、${incomplete}、G11、Q9、R1`]);
    expect(withResources("met", [], [])).toEqual(["G3", `${KEY_SCHOOLS}、G11、Q9、R1`]);
    // A code the overview has no short words for stays as the engine wrote it.
    expect(withResources("not_met", ["new_reason"], [])).toEqual(["new_reason、G3", `${KEY_SCHOOLS}、G11、Q9、R1`]);
  });

  it("counts the sections that could not be judged apart, so that 8 of 8 beside 14 in scope reads right", () => {
    const county = makeCounty({ passing: { noStudents: 0, evaluated: 8, passing: 8, unjudged: 6, inScope: 14, share: 1, target: null, met: null } });
    const { rows } = rowsOf([evaluatedEntry("杂乱县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")]);
    // 8 judged + 6 not evaluable = 14 in scope.
    expect(rows[0]).toMatchObject({ "参评学校（学段）数": 14, "达标学校（学段）数": 8, "无法评估学校（学段）数": 6, "达标比例（占已判定）": 1, 目标比例: null });
  });

  it("puts each county's coefficients per stage below, red above the limit, with how many of the 7 are within it", () => {
    const over = makeGroup({ stage: "junior", indicators: { ...makeGroup().indicators, L4: makeStats("L4", 3, 2, 0.66, 0.5), L7: makeStats("L7", 3, null, null) } });
    const county = makeCounty({ coefficients: [makeGroup(), over] });
    const { rows, table } = rowsOf([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], "zh", CV);
    // makeGroup: CVs 0.20 … 0.26, all within 0.5 → 7/7; the junior group: L4 0.66 > 0.5, L7 unknown → 5 within.
    // makeStats' limit is 0.5 for every indicator: shown once per row.
    expect(rows.map((r) => [r["学段"], r["学校数"], r["限值"], r["达到限值项数"]])).toEqual([["小学", 3, 0.5, "7/7"], ["初中", 3, 0.5, "5/7"]]);
    expect(rows[1]?.["L4"]).toBe(0.66);
    const l4 = table.columns.findIndex((c) => c.header === "L4");
    expect(table.emphasis).toContainEqual({ row: 1, column: l4, kind: "bad" });
    // Unknown: 不可计算 as the county's 差异系数 sheet says, not a blank that reads as missing data.
    expect(rows[1]?.["L7"]).toBe("不可计算");
    // Limits that differ between indicators have no one value to show.
    const mixed = makeGroup({ indicators: { ...makeGroup().indicators, L1: makeStats("L1", 5, 1, 0.2, 0.65) } });
    const { rows: mixedRows } = rowsOf([evaluatedEntry("乙县.xlsx", makeEvaluation({ counties: [makeCounty({ coefficients: [mixed] })] }), [], "r.xlsx")], "zh", CV);
    expect(mixedRows[0]?.["限值"]).toBeNull();
  });

  it("shows the share amber when sections were left unjudged, red when the target is missed", () => {
    const unjudged = makeCounty({ passing: { noStudents: 0, evaluated: 8, passing: 8, unjudged: 6, inScope: 14, share: 1, target: null, met: null } });
    const { table } = rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [unjudged, makeCounty()] }), [], "r.xlsx")]);
    const share = table.columns.findIndex((c) => c.header === "达标比例（占已判定）");
    expect(table.emphasis.filter((e) => e.column === share)).toEqual([{ row: 0, column: share, kind: "warn" }, { row: 1, column: share, kind: "bad" }]);
  });

  it("keeps a row for a workbook that could not be evaluated, red, with every reason", () => {
    const { rows, table } = rowsOf([{ file: "丙县.xlsx", outcome: { ok: false, reasons: ["无法评估 丙县.xlsx，原因：", "[错误] 找不到学校名称列"] } }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 工作簿: "丙县.xlsx", 县区: null, 认定: "未能评估", "结果工作簿 / 未能评估的原因": "无法评估 丙县.xlsx，原因：\n[错误] 找不到学校名称列" });
    const recognisedColumn = table.columns.findIndex((c) => c.header === "认定");
    expect(table.emphasis).toContainEqual({ row: 0, column: recognisedColumn, kind: "bad" });
  });

  it("keeps a row for a workbook with no county evaluated (no school in scope), its figures blank rather than 0", () => {
    const { rows } = rowsOf([evaluatedEntry("空县.xlsx", makeEvaluation({ counties: [] }), [], "空县-评估结果.xlsx")]);
    expect(rows).toEqual([expect.objectContaining({ 工作簿: "空县.xlsx", 县区: null, "参评学校（学段）数": null, "达标学校（学段）数": null, 数据错误: 0, "结果工作簿 / 未能评估的原因": "空县-评估结果.xlsx" })]);
  });

  it("keeps a county whose result could not be written, with why in its result cell and in the counts line, in English too", () => {
    const county = makeCounty({ county: "甲县" });
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "甲县-评估结果.xlsx", ["无法写入 out/甲县-评估结果.xlsx：没有写入权限"]);
    const { rows, sheet, table } = rowsOf([entry]);
    expect(rows[0]).toMatchObject({ 县区: "甲县", "参评学校（学段）数": 2, "达标学校（学段）数": 1 });
    // Red, and no link: a link would open an earlier run's file, or none.
    expect(rows[0]?.["结果工作簿 / 未能评估的原因"]).toBe("评估结果未能写入 甲县-评估结果.xlsx：无法写入 out/甲县-评估结果.xlsx：没有写入权限");
    const result = table.columns.length - 1;
    expect(table.emphasis).toContainEqual({ row: 0, column: result, kind: "bad" });
    expect(table.links.filter((l) => l.column === result)).toEqual([]);
    expect(sheet.notes[2]).toBe("共 1 个工作簿：1 个已评估，0 个未能评估；其中 1 个的评估结果未能写入");
    // Counted in 全市合计 as any county evaluated: 2 in scope.
    expect(rowsOf([entry], "zh", "YZJH_OverviewTotals").rows[0]?.["参评学校（学段）数"]).toBe(2);
    expect(overviewLine(3, 1, "en", 1)).toBe("3 workbooks: 2 evaluated, 1 could not be evaluated; the result of 1 of them could not be written");
    expect(overviewLine(3, 0, "en", 2)).toBe("3 workbooks: 3 evaluated, 0 could not be evaluated; the results of 2 of them could not be written");
  });

  it("speaks English, one workbook in the singular", () => {
    const { sheet, rows } = rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [makeCounty({ county: null })] }), [], "a-评估结果.xlsx")], "en");
    expect(sheet.name).toBe("Overview");
    // Among a city's counties “This county” would say nothing: the row says the workbook names none.
    expect(rows[0]?.["County"]).toBe("(county not named)");
    expect(overviewLine(1, 0, "en")).toBe("1 workbook: 1 evaluated, 0 could not be evaluated");
    expect(overviewLine(3, 1, "en")).toBe("3 workbooks: 2 evaluated, 1 could not be evaluated");
  });

  describe("edge cases", () => {
    const single = (county: ReturnType<typeof makeCounty>, lang: "zh" | "en" = "zh", which: number | string = 0) => rowsOf([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], lang, which);

    it("with no workbook at all: both tables say （无）, the counts line 0 of 0, and no item legend", () => {
      const { sheet } = rowsOf([]);
      // The county table, the shortfalls per county, the coefficients: no totals of either, nothing to add up.
      expect(sheet.tables.map((t) => t.rows.map((r) => r[0]))).toEqual([["（无）"], ["（无）"], ["（无）"]]);
      expect(sheet.notes[2]).toBe("共 0 个工作簿：0 个已评估，0 个未能评估");
      expect(sheet.notes.some((n) => n.startsWith("项目代码"))).toBe(false);
    });

    it("orders item codes by number, not as text (G2 before G10), G before Q, and names a code once when one county misses it and another has it pending", () => {
      const a = makeCounty({ county: "甲县", items: [makeItem({ code: "Q1", area: "quality", verdict: "not_met" }), makeItem({ code: "G10", verdict: "not_met" })] });
      const b = makeCounty({ county: "乙县", items: [makeItem({ code: "G2", verdict: "not_assessed" }), makeItem({ code: "G10", verdict: "not_assessed" })] });
      const { sheet } = rowsOf([evaluatedEntry("某市.xlsx", makeEvaluation({ counties: [a, b] }), [], "r.xlsx")]);
      expect(sheet.notes[4]).toBe("项目代码：G2 城乡“四统一”；G10 教职工编制统筹配置；Q1 初中三年巩固率");
    });

    it("names a single code alone, and none when every item is met", () => {
      expect(single(makeCounty({ items: [makeItem({ code: "R1", area: "recognition", verdict: "not_met" })] })).sheet.notes[4]).toBe("项目代码：R1 社会认可度");
      expect(single(makeCounty({ items: [makeItem({ code: "G8" })] })).sheet.notes.some((n) => n.startsWith("项目代码"))).toBe(false);
    });

    it("shows a share of 0 (no section passing) as 0, red, in the plain format; one equal to its target needs no more decimals", () => {
      const none = makeCounty({ passing: { noStudents: 0, evaluated: 20, passing: 0, unjudged: 0, inScope: 20, share: 0, target: { year: 2024, share: 0.85 }, met: false } });
      const { rows, table } = single(none);
      const share = table.columns.findIndex((c) => c.header === "达标比例（占已判定）");
      expect([rows[0]?.["达标比例（占已判定）"], table.columns[share]?.numberFormat]).toEqual([0, "0.0%"]);
      expect(table.emphasis).toContainEqual({ row: 0, column: share, kind: "bad" });
      // 17 / 20 = 0.85 exactly: on the target, 85.0% says so.
      const equal = makeCounty({ passing: { noStudents: 0, evaluated: 20, passing: 17, unjudged: 0, inScope: 20, share: 17 / 20, target: { year: 2024, share: 0.85 }, met: true } });
      expect(single(equal).table.columns[share]?.numberFormat).toBe("0.0%");
    });

    it("leaves the share blank, without colour, when no section could be judged (not 0)", () => {
      const unjudged = makeCounty({ passing: { noStudents: 0, evaluated: 0, passing: 0, unjudged: 3, inScope: 3, share: null, target: { year: 2024, share: 0.85 }, met: null } });
      const { rows, table } = single(unjudged);
      const share = table.columns.findIndex((c) => c.header === "达标比例（占已判定）");
      expect(rows[0]).toMatchObject({ "参评学校（学段）数": 3, "达标学校（学段）数": 0, "无法评估学校（学段）数": 3, "达标比例（占已判定）": null });
      expect(table.emphasis.filter((e) => e.column === share)).toEqual([]);
    });

    it("a coefficient group whose CVs are all unknown says 不可计算 in each, as the county's 差异系数 sheet does, and why: fewer than 2 school sections with a value", () => {
      // One section: n = 1 for every indicator, so no standard deviation and no CV (rules.md §3). A blank read as data missing.
      const indicators = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, n: 1, sd: null, cv: null, met: null }]));
      const unknown = makeGroup({ schools: 1, indicators: indicators as ReturnType<typeof makeGroup>["indicators"] });
      const { rows, table } = single(makeCounty({ coefficients: [unknown] }), "zh", CV);
      expect(rows[0]).toMatchObject({ 学校数: 1, L1: "不可计算", L7: "不可计算", 达到限值项数: "不可计算（有数值的学校（学段）不足 2 个）", 限值: 0.5 });
      expect(table.columns.find((c) => c.header === "L1")?.numberFormat).toBe("0.000");
      const l1 = table.columns.findIndex((c) => c.header === "L1");
      expect(table.emphasis).toContainEqual({ row: 0, column: l1, kind: "warn" });
      const en = single(makeCounty({ coefficients: [unknown] }), "en", CV).rows[0];
      expect([en?.["L1"], en?.[message("out_h_cv_within", {}, "en")]]).toEqual([message("out_cv_undefined", {}, "en"), "Cannot be computed (values for fewer than 2 school sections)"]);
      // Two schools with a value but a mean of 0 (every value 0): not computable either, but not for want of schools.
      const zero = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, n: 2, mean: 0, sd: 0, cv: null, met: null }]));
      const zeros = makeGroup({ schools: 2, indicators: zero as ReturnType<typeof makeGroup>["indicators"] });
      expect(single(makeCounty({ coefficients: [zeros] }), "zh", CV).rows[0]).toMatchObject({ L1: "不可计算", 达到限值项数: "不可计算" });
    });

    it("a CV within its limit but computed without some schools' values is amber and says 缺 n 校数据, as the county's 差异系数 sheet (北山县 小学)", () => {
      // 甲小学 lacks L1; 乙小学 and 戊小学 lack L2 (each in scope, with students): L1 misses 1 school, L2 2 — the counts the county sheet shows.
      const { L1: _l1, ...noL1 } = makeIndicators();
      const { L2: _l2, ...noL2 } = makeIndicators();
      const sections = [makeSection({ name: "甲小学", row: 5, indicators: noL1 }), makeSection({ name: "乙小学", row: 6, indicators: noL2 }), makeSection({ name: "戊小学", row: 9, indicators: noL2 }), makeSection({ name: "己小学", row: 10 })];
      const county = makeCounty({ sections, coefficients: [withMissing(makeGroup(), { L1: 1, L2: 2 })] });
      const { rows, table } = rowsOf([evaluatedEntry("北山县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], "zh", CV);
      expect(rows[0]?.["达到限值项数"]).toBe("7/7（L1 缺 1 校、L2 缺 2 校数据）");
      // The counts are the engine's (IndicatorStats.missing): the same row from the group alone.
      const alone = makeCounty({ coefficients: [withMissing(makeGroup(), { L1: 1, L2: 2 })] });
      expect(rowsOf([evaluatedEntry("北山县.xlsx", makeEvaluation({ counties: [alone] }), [], "r.xlsx")], "zh", CV).rows[0]?.["达到限值项数"]).toBe("7/7（L1 缺 1 校、L2 缺 2 校数据）");
      const within = table.columns.findIndex((c) => c.header === "达到限值项数");
      const l1 = table.columns.findIndex((c) => c.header === "L1");
      const l3 = table.columns.findIndex((c) => c.header === "L3");
      expect(table.emphasis).toContainEqual({ row: 0, column: within, kind: "warn" });
      expect(table.emphasis).toContainEqual({ row: 0, column: l1, kind: "warn" });
      expect(table.emphasis.filter((e) => e.column === l3)).toEqual([]);
      const en = rowsOf([evaluatedEntry("北山县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], "en", CV).rows[0];
      expect(en?.[message("out_h_cv_within", {}, "en")]).toBe("7/7 (school sections lacking data — L1: 1, L2: 2)");
    });

    it("a CV equal to its limit is within it: 7/7, not red, and no more decimals", () => {
      const equal = makeGroup({ indicators: { ...makeGroup().indicators, L2: makeStats("L2", 2, 1, 0.5, 0.5) } });
      const { rows, table } = single(makeCounty({ coefficients: [equal] }), "zh", CV);
      const l2 = table.columns.findIndex((c) => c.header === "L2");
      expect([rows[0]?.["达到限值项数"], table.columns[l2]?.numberFormat]).toEqual(["7/7", "0.000"]);
      expect(table.emphasis.filter((e) => e.column === l2)).toEqual([]);
    });

    it("a county without coefficient groups adds no row below; with none at all the table says （无）", () => {
      const { table } = single(makeCounty({ coefficients: [] }), "zh", CV);
      expect(table.rows.map((r) => r[0])).toEqual(["（无）"]);
    });

    it("lists a junior CV over its limit and 'no school evaluable' as 资源配置's words", () => {
      const resources: AreaVerdict = { area: "resources", verdict: "not_met", reasons: ["L1_junior_cv", "sections_none_evaluable"], pending: ["sections_none_evaluable"] };
      const { rows } = single(makeCounty({ items: [], areas: [resources] }));
      expect(rows[0]).toMatchObject({ 未达标项目: "初中 L1 差异系数", 待评估项目: `${KEY_SCHOOLS}、无可评估学校` });
    });
  });

  describe("values beside their thresholds", () => {
    const formatOf = (table: { columns: readonly { header: string; numberFormat: string | null }[] }, header: string) => table.columns.find((c) => c.header === header)?.numberFormat;

    it("shows a share just under its target under it: 96 / 113 is 85.0% at one decimal, 84.96% at two", () => {
      const short = makeCounty({ passing: { noStudents: 0, evaluated: 113, passing: 96, unjudged: 0, inScope: 113, share: 96 / 113, target: { year: 2024, share: 0.85 }, met: false } });
      const { table } = rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [short, makeCounty()] }), [], "r.xlsx")]);
      expect([formatOf(table, "达标比例（占已判定）"), formatOf(table, "目标比例")]).toEqual(["0.00%", "0.0%"]);
      // makeCounty alone: 1 / 2 against 0.95, far apart.
      expect(formatOf(rowsOf([evaluatedEntry("b.xlsx", makeEvaluation({ counties: [makeCounty()] }), [], "r.xlsx")]).table, "达标比例（占已判定）")).toBe("0.0%");
    });

    it("shows a CV just over its limit over it, in that indicator's column only", () => {
      const over = makeGroup({ indicators: { ...makeGroup().indicators, L4: makeStats("L4", 3, 1.5012, 0.5004, 0.5) } });
      const { table } = rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [makeCounty({ coefficients: [makeGroup({ stage: "junior" }), over] })] }), [], "r.xlsx")], "zh", CV);
      expect(["L3", "L4", "L5", "限值"].map((h) => formatOf(table, h))).toEqual(["0.000", "0.0000", "0.000", "0.000"]);
    });
  });

  describe("veto items, the target, counts per workbook", () => {
    const allMet = makeCounty().areas.map((a): AreaVerdict => ({ ...a, verdict: "met", reasons: [], pending: [] }));
    const single = (county: ReturnType<typeof makeCounty>, lang: "zh" | "en" = "zh") => rowsOf([evaluatedEntry("金山区.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], lang);

    it("names a veto item present among what is not met, first, so that 不予认定 beside four areas met is explained", () => {
      const veto = [{ code: "V_exam_admission", present: false, cell: "县级指标!B30" }, { code: "V_unfilled_posts", present: true, cell: "县级指标!B33" }];
      const county = makeCounty({ county: "金山区", areas: allMet, items: [makeItem({ code: "G8" })], veto, recognised: false });
      const zh = single(county);
      expect(zh.rows[0]).toMatchObject({ 认定: "不予认定", 未达标项目: "一票否决（有编不补、长期聘用编外教师）", 待评估项目: null });
      const notMet = zh.table.columns.findIndex((c) => c.header === "未达标项目");
      expect(zh.table.emphasis).toContainEqual({ row: 0, column: notMet, kind: "bad" });
      expect(single(county, "en").rows[0]).toMatchObject({ "Items not met": "Veto (unfilled posts or long-term hiring outside the quota)" });
      // Two present, each name holding a 、 of its own: the clauses keep them apart; before the items.
      const two = makeCounty({ veto: [{ code: "V_key_schools", present: true, cell: null }, { code: "V_falsified_data", present: true, cell: null }], areas: allMet, recognised: false });
      expect(single(two).rows[0]?.["未达标项目"]).toBe("一票否决（设置重点校、重点班；弄虚作假）、G3");
    });

    it("names the veto items not yet assessed on every row holding them, 认定 pending or refused (as each county's 汇总 says them)", () => {
      const veto = [{ code: "V_exam_admission", present: false, cell: null }, { code: "V_key_schools", present: null, cell: null }, { code: "V_falsified_data", present: null, cell: null }];
      const pending = makeCounty({ areas: allMet, items: [], veto, recognised: null });
      expect(single(pending).rows[0]).toMatchObject({ 认定: "待评估", 未达标项目: null, 待评估项目: "一票否决（设置重点校、重点班；弄虚作假）" });
      // makeCounty's items: G3 not met; G11, Q9 and R1 not assessed; 认定 refused on G3 already. The veto items still pending lead the list
      // (before: "G11、Q9、R1" alone, while the county's 汇总 said 一票否决 待评估).
      expect(single(makeCounty({ veto, areas: allMet, recognised: false })).rows[0]).toMatchObject({ 未达标项目: "G3", 待评估项目: "一票否决（设置重点校、重点班；弄虚作假）、G11、Q9、R1" });
      expect(single(makeCounty({ veto, areas: allMet, recognised: false }), "en").rows[0]?.["Items not yet assessed"]).toBe("Veto (key schools or key classes; falsified data), G11, Q9, R1");
      // Every veto item of the profile pending (no county figures read): counted, as six names on each such row buried the rest.
      const none = [{ code: "V_exam_admission", present: null, cell: null }, { code: "V_key_schools", present: null, cell: null }, { code: "V_falsified_data", present: null, cell: null }];
      expect(single(makeCounty({ veto: none, areas: allMet, recognised: false })).rows[0]).toMatchObject({ 待评估项目: "一票否决（全部 3 项）、G11、Q9、R1" });
      expect(single(makeCounty({ veto: none, areas: allMet, recognised: false }), "en").rows[0]?.["Items not yet assessed"]).toBe("Veto (all 3 items), G11, Q9, R1");
    });

    it("says whether the target is reached as each county's 汇总 does under 达到目标: 是, 否, 待评估 while unjudged sections could tip it, 不适用 without a target", () => {
      const passing = (met: boolean | null, target: { year: number; share: number } | null, unjudged = 0) =>
        makeCounty({ passing: { noStudents: 0, evaluated: 8, passing: 8 - (met === false ? 4 : 0), unjudged, inScope: 8 + unjudged, share: met === false ? 0.5 : 1, target, met } });
      const counties = [passing(true, { year: 2024, share: 0.85 }), passing(false, { year: 2024, share: 0.85 }), passing(null, { year: 2024, share: 0.85 }, 6), passing(null, null)];
      const { rows, table } = rowsOf([evaluatedEntry("某市.xlsx", makeEvaluation({ counties }), [], "r.xlsx")]);
      expect(rows.map((r) => r["达到目标"])).toEqual(["是", "否", "待评估", "不适用"]);
      const column = table.columns.findIndex((c) => c.header === "达到目标");
      // The column comes after the target it answers to.
      expect(table.columns[column - 1]?.header).toBe("目标比例");
      expect(table.emphasis.filter((e) => e.column === column)).toEqual([
        { row: 0, column, kind: "good" },
        { row: 1, column, kind: "bad" },
        { row: 2, column, kind: "warn" },
        { row: 3, column, kind: "muted" },
      ]);
      expect(rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [passing(null, null)] }), [], "r.xlsx")], "en").rows[0]?.["Target reached"]).toBe("Not applicable");
      expect(rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: counties.slice(0, 2) }), [], "r.xlsx")], "en").rows.map((r) => r["Target reached"])).toEqual(["Yes", "No"]);
    });

    it("beside a share over the judged sections, the range it lies in once the unjudged count: 100% is not read alone", () => {
      // 杂乱县: 8 of 8 judged pass, 6 more unjudged → between 8 / 14 = 57.14% and 14 / 14 = 100%.
      const messy = makeCounty({ passing: { noStudents: 0, evaluated: 8, passing: 8, unjudged: 6, inScope: 14, share: 1, target: { year: 2024, share: 0.85 }, met: null } });
      const { rows, table } = single(messy);
      expect(rows[0]).toMatchObject({ "达标比例（占已判定）": 1, 计入无法评估后的达标比例: "57.1% 至 100.0%", 达到目标: "待评估" });
      const range = table.columns.findIndex((c) => c.header === "计入无法评估后的达标比例");
      expect(table.columns[range - 1]?.header).toBe("达标比例（占已判定）");
      expect(table.emphasis).toContainEqual({ row: 0, column: range, kind: "warn" });
      expect(single(messy, "en").rows[0]?.["Share counting those not evaluable"]).toBe("57.1% to 100.0%");
      // Every section judged: no range (the share is the county's).
      expect(single(makeCounty()).rows[0]?.["计入无法评估后的达标比例"]).toBeNull();
      // An end next to the target keeps its side of it: 84 of 99 judged pass, 1 unjudged → 84 / 100 = 84.0% … 85 / 100 = 85.0%, against 85%.
      const close = makeCounty({ passing: { noStudents: 0, evaluated: 99, passing: 84, unjudged: 1, inScope: 100, share: 84 / 99, target: { year: 2024, share: 0.85 }, met: null } });
      expect(single(close).rows[0]?.["计入无法评估后的达标比例"]).toBe("84.0% 至 85.0%");
    });

    it("repeats a workbook's error and warning counts on each of its counties' rows, and says they are per workbook", () => {
      const city = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" }), makeCounty({ county: "丙区" })] });
      const { rows, sheet } = rowsOf([evaluatedEntry("某市.xlsx", city, [warning, warning, error], "某市-评估结果.xlsx"), evaluatedEntry("丁县.xlsx", makeEvaluation(), [error], "丁县-评估结果.xlsx")]);
      expect(rows.map((r) => [r["县区"], r["数据错误"], r["数据警告"]])).toEqual([
        ["甲县", 1, 2],
        ["乙县", 1, 2],
        ["丙区", 1, 2],
        ["示例县", 1, 0],
      ]);
      expect(sheet.notes).toContain("数据错误、数据警告按工作簿计数：某市.xlsx 含多个县区，其各行重复同一工作簿的数字，合计时每个工作簿只计一次");
      // One county per workbook: nothing to say.
      expect(rowsOf([evaluatedEntry("丁县.xlsx", makeEvaluation(), [error], "r.xlsx")]).sheet.notes.some((n) => n.startsWith("数据错误、数据警告"))).toBe(false);
    });
  });
});

describe("overviewSheet for a city's director", () => {
  const failed = (file: string): OverviewEntry => ({ file, outcome: { ok: false, reasons: ["无法读取"] } });
  const one = (file: string, county: string, overrides: Parameters<typeof makeCounty>[0] = {}, year: number | null = 2024) =>
    evaluatedEntry(file, makeEvaluation({ year, counties: [makeCounty({ county, ...overrides })] }), [], `${file}-结果.xlsx`);

  it("puts the notes below the county table and its totals, so that only the title and the table's header are frozen", () => {
    const notes = Array.from({ length: 22 }, (_, i) => `第 ${i + 1} 个县区的说明`);
    const sheet = overviewSheet([one("甲县.xlsx", "甲县"), one("乙县.xlsx", "乙县")], { lang: "zh", profileName: "国家标准", folders: ["某市"], notes });
    expect(sheet.tables.map((t) => t.name)).toEqual(["YZJH_Overview", "YZJH_OverviewTotals", "YZJH_OverviewShortfalls", "YZJH_OverviewShortfallTotals", "YZJH_OverviewCv"]);
    // After table 1 (全市合计): the shortfalls and the CV tables follow them.
    expect(sheet.notesAfterTable).toBe(1);
    // With none evaluated there is no totals table, and the notes follow the county table.
    expect(overviewSheet([failed("丙县.xlsx")], { lang: "zh", profileName: "国家标准", folders: ["某市"], notes }).notesAfterTable).toBe(0);
  });

  it("groups a county's rows together in the order the files came, and puts the workbooks not evaluated last", () => {
    // Files as the batch orders them: 南湖区 twice, a failed file between them.
    const entries = [one("各区/南湖区/学校基本情况.xlsx", "南湖区"), failed("坏文件.xlsx"), one("两县合表.xlsx", "北岭县"), one("南湖区-学校基本情况.xlsx", "南湖区"), one("平原.xlsx", "平原县")];
    const { rows } = rowsOf(entries);
    expect(rows.map((r) => [r["工作簿"], r["县区"]])).toEqual([
      ["各区/南湖区/学校基本情况.xlsx", "南湖区"],
      ["南湖区-学校基本情况.xlsx", "南湖区"],
      ["两县合表.xlsx", "北岭县"],
      ["平原.xlsx", "平原县"],
      ["坏文件.xlsx", null],
    ]);
    // The coefficient table in the same order.
    expect(rowsOf(entries, "zh", CV).rows.map((r) => r["工作簿"])).toEqual(["各区/南湖区/学校基本情况.xlsx", "南湖区-学校基本情况.xlsx", "两县合表.xlsx", "平原.xlsx"]);
    // 南湖 and 南湖区 are one county (sameCounty), as the batch's note says.
    expect(rowsOf([one("a.xlsx", "南湖区"), one("b.xlsx", "北岭县"), one("c.xlsx", "南湖")]).rows.map((r) => r["工作簿"])).toEqual(["a.xlsx", "c.xlsx", "b.xlsx"]);
  });

  it("adds 全市合计 in the county table's columns: counties, those meeting each area, sections and the share passing, each workbook's issues once", () => {
    const met = makeCounty().areas.map((a) => (a.area === "resources" ? { ...a, verdict: "met" as const, reasons: [], pending: [] } : a));
    const passing = (evaluated: number, pass: number, unjudged: number) => ({ ...makeCounty().passing, evaluated, passing: pass, unjudged, inScope: evaluated + unjudged, share: pass / evaluated });
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县", areas: met, passing: passing(10, 9, 2) }), makeCounty({ county: "乙县", passing: passing(5, 1, 0) })] });
    const entries = [evaluatedEntry("某市.xlsx", city, [warning, error], "r.xlsx"), one("丙县.xlsx", "丙县", { passing: passing(4, 4, 0), recognised: true }), failed("坏.xlsx")];
    const { rows, table, sheet } = rowsOf(entries, "zh", "YZJH_OverviewTotals");
    // 3 counties; 资源配置 met in 甲县 only (makeCounty's is not met); 政府保障 not met, 教育质量 and 社会认可 not assessed in all.
    // Sections: 12 + 5 + 4 = 21 in scope, 9 + 1 + 4 = 14 passing, 2 unjudged; share 14 / (10 + 5 + 4) = 14 / 19 over those judged.
    // Issues: 某市.xlsx's 1 error and 1 warning once, though on two rows; 丙县 none. makeCounty's target (0.95) is missed by all.
    expect(rows[0]).toMatchObject({ 工作簿: "全市", 县区: "3 个县区", 资源配置: "1/3", 政府保障程度: "0/3", 教育质量: "0/3", 社会认可度: "0/3", "参评学校（学段）数": 21, "达标学校（学段）数": 14, "无法评估学校（学段）数": 2, 达到目标: "0/3", 认定: "1/3", 数据错误: 1, 数据警告: 1 });
    expect(rows[0]?.["达标比例（占已判定）"]).toBeCloseTo(14 / 19, 12);
    // The same columns as the county table above it: no column widened by headers of its own.
    expect(table.columns.map((c) => c.header)).toEqual(sheet.tables[0]?.columns.map((c) => c.header));
  });

  it("names the city (the folder given) and the workbooks' common year in the title, and neither when they are not one", () => {
    const title = (entries: OverviewEntry[], city: string | null, lang: "zh" | "en" = "zh") => overviewSheet(entries, { lang, profileName: "国家标准", folders: ["x"], notes: [], city }).title;
    const y2024 = [one("甲县.xlsx", "甲县"), one("乙县.xlsx", "乙县"), failed("坏.xlsx")];
    expect(title(y2024, "青州市")).toBe("青州市2024年义务教育优质均衡发展评估总览");
    expect(title(y2024, "青州市", "en")).toBe("High-quality balanced compulsory education: overview of 青州市, 2024");
    expect(title(y2024, null)).toBe("2024年义务教育优质均衡发展评估总览（多个工作簿）");
    // 2023 beside 2024, or a workbook naming no year: no common year.
    expect(title([one("甲县.xlsx", "甲县"), one("乙县.xlsx", "乙县", {}, 2023)], "青州市")).toBe("青州市义务教育优质均衡发展评估总览");
    expect(title([one("甲县.xlsx", "甲县"), one("乙县.xlsx", "乙县", {}, null)], null)).toBe("义务教育优质均衡发展评估总览（多个工作簿）");
    expect(title([failed("坏.xlsx")], null)).toBe("义务教育优质均衡发展评估总览（多个工作簿）");
  });

  it("says the pending items most counties share once, in a note, and lists on each row only what it has besides", () => {
    const items = (pending: string[]) => pending.map((code) => makeItem({ code, area: code.startsWith("Q") ? "quality" : "guarantee", verdict: "not_assessed" }));
    const shared = ["G1", "G2", "G11", "Q9"];
    const entries = [one("甲县.xlsx", "甲县", { items: items(shared) }), one("乙县.xlsx", "乙县", { items: items([...shared, "Q1"]) }), one("丙县.xlsx", "丙县", { items: items(["G5"]) })];
    const { rows, sheet } = rowsOf(entries);
    // Each county keeps makeCounty's veto item V_key_schools not yet assessed, named first on its row.
    expect(rows.map((r) => r["待评估项目"])).toEqual([`${KEY_SCHOOLS}、共同待评估项目 4 项（见说明）`, `${KEY_SCHOOLS}、共同待评估项目 4 项（见说明）、Q1`, `${KEY_SCHOOLS}、G5`]);
    expect(sheet.notes).toContain("共同待评估项目（2/3 个县区均待评估，共 4 项，表中不逐一列出）：G1、G2、G11、Q9");
    // Only one county with that list: nothing in common, each row lists its own.
    const alone = rowsOf([one("甲县.xlsx", "甲县", { items: items(shared) }), one("丙县.xlsx", "丙县", { items: items(["G5"]) })]);
    expect(alone.rows.map((r) => r["待评估项目"])).toEqual([`${KEY_SCHOOLS}、G1、G2、G11、Q9`, `${KEY_SCHOOLS}、G5`]);
    expect(alone.sheet.notes.some((n) => n.startsWith("共同待评估项目"))).toBe(false);
  });

  it("says in 说明 what 资源配置 达标 was judged without (the engine's caveats: one junior school), as the county's 汇总 does", () => {
    // 白云县: primary schools with their CVs, one junior school — no junior CV, 资源配置 met without them.
    const lone = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, n: 1, sd: 0, cv: null, met: null }]));
    const junior = makeGroup({ stage: "junior", schools: 1, indicators: lone as ReturnType<typeof makeGroup>["indicators"] });
    const caveats = [{ code: "cv_not_computable" as const, stage: "junior" as const, indicators: ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const, cause: "too_few_sections" as const, schools: 1 }];
    const areas = makeCounty().areas.map((a) => (a.area === "resources" ? { ...a, verdict: "met" as const, reasons: [], pending: [], caveats } : a));
    const county = { county: "白云县", areas, coefficients: [makeGroup(), junior] };
    expect(rowsOf([one("白云县.xlsx", "白云县", county)]).rows[0]).toMatchObject({ 资源配置: "达标", 说明: "初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定" });
    expect(rowsOf([one("白云县.xlsx", "白云县", county)], "en").rows[0]).toMatchObject({ Remarks: "Junior secondary: no CV can be computed (only 1 school section), so none counts in the resource allocation verdict" });
    // An item met only on an estimate is said too, as the county's 汇总 says it.
    const estimated = { ...county, items: [makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } })] };
    expect(rowsOf([one("白云县.xlsx", "白云县", estimated)]).rows[0]?.["说明"]).toBe("初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定；G3 达标为估算，待核实（25 所学校）");
    // Both stages with their CVs: nothing to say.
    expect(rowsOf([one("甲县.xlsx", "甲县", { coefficients: [makeGroup(), makeGroup({ stage: "junior" })] })]).rows[0]?.["说明"]).toBeNull();
  });

  it("says in 说明 that school rows were hidden or filtered out and not read, for the county they were of, as its 汇总 does", () => {
    // A city sheet filtered to 乙县: 甲县's rows 7–12 (6 rows) hidden, named 甲县 by their 县区 cells (readSchoolRows hiddenIssue).
    const hidden: Issue = { code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A7", params: { sheet: "学校基本情况", rows: "7–12", count: 6, counties: "甲县" } };
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" })] });
    const entry = evaluatedEntry("某市.xlsx", city, [hidden], "某市-评估结果.xlsx");
    expect(rowsOf([entry]).rows.map((r) => r["说明"])).toEqual(["另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校", null]);
    expect(rowsOf([entry], "en").rows.map((r) => r["Remarks"])).toEqual(["6 more school rows were hidden or filtered out and not read (rows 7–12): the verdict rests on the schools read only", null]);
    // The batch keeps the figures, not the workbook's issues: { count, rows, sheet } per county.
    expect(entry.outcome.ok && entry.outcome.counties.map((c) => c.hiddenRows)).toEqual([[{ count: 6, rows: "7–12", sheet: null }], []]);
    // Amber, as the other caveats of 说明.
    const { table } = rowsOf([entry]);
    const remarks = table.columns.findIndex((c) => c.header === "说明");
    expect(table.emphasis.filter((e) => e.column === remarks)).toEqual([{ row: 0, column: remarks, kind: "warn" }]);
  });
});
