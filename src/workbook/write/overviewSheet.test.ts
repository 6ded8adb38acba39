import type { Issue } from "../../engine/types";
import { evaluatedEntry } from "./overviewEntry";
import { overviewLine, overviewSheet, type OverviewEntry } from "./overviewSheet";
import type { AreaVerdict } from "../../engine/types";
import { makeCounty, makeEvaluation, makeGroup, makeItem, makeStats } from "./testing/makeEvaluation";

const warning: Issue = { code: "read_total_row", severity: "warning", cell: "学校基本情况!A40", params: {} };
const error: Issue = { code: "read_bad_number", severity: "error", cell: "学校基本情况!E7", params: {} };

function rowsOf(entries: readonly OverviewEntry[], lang: "zh" | "en" = "zh", which = 0) {
  const sheet = overviewSheet(entries, { lang, profileName: "国家标准", folders: ["某市"], notes: [] });
  const table = sheet.tables[which];
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
    expect(rows.map((r) => r["结果工作簿 / 未能评估的原因"])).toEqual(["某市-评估结果.xlsx", "某市-评估结果.xlsx", "无法读取", "空县-评估结果.xlsx"]);
    // Rows 0 and 1 are 某市's counties, row 2 丙县 (no result), row 3 空县.
    expect(table.links).toEqual([
      { row: 0, column, target: "某市-评估结果.xlsx", file: true },
      { row: 1, column, target: "某市-评估结果.xlsx", file: true },
      { row: 3, column, target: "空县-评估结果.xlsx", file: true },
    ]);
  });

  it("names why 资源配置 is not met when only it fails: schools failing and each coefficient over its limit, and what is unproven", () => {
    const met = (area: AreaVerdict["area"]): AreaVerdict => ({ area, verdict: "met", reasons: [], pending: [] });
    // As resourcesVerdict gives them: sections failing, then the CVs over their limit, then the pending ones.
    const resources: AreaVerdict = { area: "resources", verdict: "not_met", reasons: ["sections_failing", "L3_primary_cv", "L5_junior_cv", "sections_not_evaluable"], pending: ["sections_not_evaluable"] };
    const county = makeCounty({ county: "甲县", items: [makeItem({ code: "G8" })], areas: [resources, met("guarantee"), met("quality"), met("recognition")] });
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "甲县-评估结果.xlsx");
    const zh = rowsOf([entry]);
    expect(zh.rows[0]).toMatchObject({ 资源配置: "未达标", 未达标项目: "学校达标、小学 L3 差异系数、初中 L5 差异系数", 待评估项目: "学校数据不全" });
    const notMet = zh.table.columns.findIndex((c) => c.header === "未达标项目");
    expect(zh.table.emphasis).toEqual(expect.arrayContaining([{ row: 0, column: notMet, kind: "bad" }, { row: 0, column: notMet + 1, kind: "warn" }]));
    const en = rowsOf([entry], "en");
    expect(en.rows[0]).toMatchObject({ "Items not met": "School sections' pass rule, Primary L3 CV, Junior secondary L5 CV", "Items not yet assessed": "School data incomplete" });
  });

  it("lists 资源配置's reasons before the item codes, and only the items when resources are met", () => {
    const withResources = (verdict: AreaVerdict["verdict"], reasons: string[], pending: string[]) => {
      const areas = makeCounty().areas.map((a) => (a.area === "resources" ? { area: a.area, verdict, reasons, pending } : a));
      const { rows } = rowsOf([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ areas })] }), [], "r.xlsx")]);
      return [rows[0]?.["未达标项目"], rows[0]?.["待评估项目"]];
    };
    // makeCounty's items: G3 not met; G11, Q9 and R1 not assessed.
    expect(withResources("not_met", ["sections_failing", "sections_not_evaluable"], ["sections_not_evaluable"])).toEqual(["学校达标、G3", "学校数据不全、G11、Q9、R1"]);
    expect(withResources("not_assessed", ["sections_none_evaluable", "sections_not_evaluable"], ["sections_none_evaluable", "sections_not_evaluable"])).toEqual(["G3", "无可评估学校、学校数据不全、G11、Q9、R1"]);
    expect(withResources("met", [], [])).toEqual(["G3", "G11、Q9、R1"]);
    // A code the overview has no short words for stays as the engine wrote it.
    expect(withResources("not_met", ["new_reason"], [])).toEqual(["new_reason、G3", "G11、Q9、R1"]);
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
    const { rows, table } = rowsOf([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], "zh", 1);
    // makeGroup: CVs 0.20 … 0.26, all within 0.5 → 7/7; the junior group: L4 0.66 > 0.5, L7 unknown → 5 within.
    // makeStats' limit is 0.5 for every indicator: shown once per row.
    expect(rows.map((r) => [r["学段"], r["学校数"], r["限值"], r["达到限值项数"]])).toEqual([["小学", 3, 0.5, "7/7"], ["初中", 3, 0.5, "5/7"]]);
    expect(rows[1]?.["L4"]).toBe(0.66);
    const l4 = table.columns.findIndex((c) => c.header === "L4");
    expect(table.emphasis).toContainEqual({ row: 1, column: l4, kind: "bad" });
    expect(rows[1]?.["L7"]).toBeNull();
    // Limits that differ between indicators have no one value to show.
    const mixed = makeGroup({ indicators: { ...makeGroup().indicators, L1: makeStats("L1", 5, 1, 0.2, 0.65) } });
    const { rows: mixedRows } = rowsOf([evaluatedEntry("乙县.xlsx", makeEvaluation({ counties: [makeCounty({ coefficients: [mixed] })] }), [], "r.xlsx")], "zh", 1);
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

  it("speaks English, one workbook in the singular", () => {
    const { sheet, rows } = rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [makeCounty({ county: null })] }), [], "a-评估结果.xlsx")], "en");
    expect(sheet.name).toBe("Overview");
    // Among a city's counties “This county” would say nothing: the row says the workbook names none.
    expect(rows[0]?.["County"]).toBe("(county not named)");
    expect(overviewLine(1, 0, "en")).toBe("1 workbook: 1 evaluated, 0 could not be evaluated");
    expect(overviewLine(3, 1, "en")).toBe("3 workbooks: 2 evaluated, 1 could not be evaluated");
  });

  describe("edge cases", () => {
    const single = (county: ReturnType<typeof makeCounty>, lang: "zh" | "en" = "zh", which = 0) => rowsOf([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [], "r.xlsx")], lang, which);

    it("with no workbook at all: both tables say （无）, the counts line 0 of 0, and no item legend", () => {
      const { sheet } = rowsOf([]);
      expect(sheet.tables.map((t) => t.rows.map((r) => r[0]))).toEqual([["（无）"], ["（无）"]]);
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

    it("a coefficient group whose CVs are all unknown shows them blank and no count within the limit", () => {
      const indicators = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, mean: null, sd: null, cv: null, met: null }]));
      const unknown = makeGroup({ schools: 1, indicators: indicators as ReturnType<typeof makeGroup>["indicators"] });
      const { rows, table } = single(makeCounty({ coefficients: [unknown] }), "zh", 1);
      expect(rows[0]).toMatchObject({ 学校数: 1, L1: null, L7: null, 达到限值项数: null, 限值: 0.5 });
      expect(table.columns.find((c) => c.header === "L1")?.numberFormat).toBe("0.000");
    });

    it("a CV equal to its limit is within it: 7/7, not red, and no more decimals", () => {
      const equal = makeGroup({ indicators: { ...makeGroup().indicators, L2: makeStats("L2", 2, 1, 0.5, 0.5) } });
      const { rows, table } = single(makeCounty({ coefficients: [equal] }), "zh", 1);
      const l2 = table.columns.findIndex((c) => c.header === "L2");
      expect([rows[0]?.["达到限值项数"], table.columns[l2]?.numberFormat]).toEqual(["7/7", "0.000"]);
      expect(table.emphasis.filter((e) => e.column === l2)).toEqual([]);
    });

    it("a county without coefficient groups adds no row below; with none at all the table says （无）", () => {
      const { table } = single(makeCounty({ coefficients: [] }), "zh", 1);
      expect(table.rows.map((r) => r[0])).toEqual(["（无）"]);
    });

    it("lists a junior CV over its limit and 'no school evaluable' as 资源配置's words", () => {
      const resources: AreaVerdict = { area: "resources", verdict: "not_met", reasons: ["L1_junior_cv", "sections_none_evaluable"], pending: ["sections_none_evaluable"] };
      const { rows } = single(makeCounty({ items: [], areas: [resources] }));
      expect(rows[0]).toMatchObject({ 未达标项目: "初中 L1 差异系数", 待评估项目: "无可评估学校" });
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
      const { table } = rowsOf([evaluatedEntry("a.xlsx", makeEvaluation({ counties: [makeCounty({ coefficients: [makeGroup({ stage: "junior" }), over] })] }), [], "r.xlsx")], "zh", 1);
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
      expect(single(county, "en").rows[0]).toMatchObject({ "Items not met": "Veto (Unfilled posts or long-term hiring outside the quota)" });
      // Two present, each name holding a 、 of its own: the clauses keep them apart; before the items.
      const two = makeCounty({ veto: [{ code: "V_key_schools", present: true, cell: null }, { code: "V_falsified_data", present: true, cell: null }], areas: allMet, recognised: false });
      expect(single(two).rows[0]?.["未达标项目"]).toBe("一票否决（设置重点校、重点班；弄虚作假）、G3");
    });

    it("names the veto items not yet assessed while they leave 认定 pending, and not once it is refused", () => {
      const veto = [{ code: "V_exam_admission", present: false, cell: null }, { code: "V_key_schools", present: null, cell: null }, { code: "V_falsified_data", present: null, cell: null }];
      const pending = makeCounty({ areas: allMet, items: [], veto, recognised: null });
      expect(single(pending).rows[0]).toMatchObject({ 认定: "待评估", 未达标项目: null, 待评估项目: "一票否决（设置重点校、重点班；弄虚作假）" });
      // makeCounty's items: G3 not met; G11, Q9 and R1 not assessed; 认定 refused on G3 already.
      expect(single(makeCounty({ veto, areas: allMet, recognised: false })).rows[0]).toMatchObject({ 未达标项目: "G3", 待评估项目: "G11、Q9、R1" });
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
