import { blankCells, columnsMissingIn, figureGaps, noDataCells, uncomputedCells, unreadCells } from "./unreadFigures";
import { areaReasonsShort } from "./areaReasonsShort";
import { guaranteeSheet } from "./guaranteeSheet";
import { itemReasonText } from "./itemReasonText";
import { areaReasonsText } from "./areaReasonsText";
import { makeCounty, makeEvaluation, makeItem } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { ResultContext } from "./ResultContext";
import type { Issue } from "../../engine/types";

const profile = builtInProfile("national-2017");
// Trial s24 v3 B27: 社会认可度 | 85 refused by the engine; v2 E18: 初中三年巩固率 | 95%以上 refused by the reader.
const r1 = makeItem({ code: "R1", verdict: "not_assessed", basis: "none", parts: { R1_recognition: null }, cells: ["县级指标!B27"] });
const q1 = makeItem({ code: "Q1", verdict: "not_assessed", basis: "none", parts: { Q1_consolidation: null } });
const ISSUES: Issue[] = [
  { code: "county_figure_ratio_above_one", severity: "error", cell: "县级指标!B27", params: { countyItem: "R1_recognition", value: "85" } },
  { code: "read_figure_bad_value", severity: "error", cell: "县级指标!E18", params: { item: "初中三年巩固率", text: "95%以上", expected: "ratio", countyItem: "Q1_consolidation" } },
  { code: "read_number_as_text", severity: "info", cell: "县级指标!B9", params: { countyItem: "G8_pay_ratio" } },
];

describe("unreadCells: an item whose value was given but not read (trial s24 v2, v3)", () => {
  it("finds the cells of the errors naming the item's missing parts", () => {
    expect(unreadCells(r1, ISSUES)).toEqual(["县级指标!B27"]);
    expect(unreadCells(q1, ISSUES)).toEqual(["县级指标!E18"]);
  });

  it("finds none for an item without such an error, an info, or an item judged", () => {
    expect(unreadCells(makeItem({ code: "G8", verdict: "not_assessed", basis: "none", parts: { G8_pay_ratio: null } }), ISSUES)).toEqual([]);
    expect(unreadCells(makeItem({ code: "R1", verdict: "met", basis: "county_figure", parts: { R1_recognition: 0.9 } }), ISSUES)).toEqual([]);
  });
});

describe("汇总 and 政府保障与质量 for a value given but not read", () => {
  it("says on 汇总 that the value at its cell was not read, not 缺少数据", () => {
    expect(itemReasonText(r1, { schools: [], profile, lang: "zh", unread: ["县级指标!B27"] })).toBe("R1 社会认可度：县级指标!B27 的填报值未能读取（见“数据问题”）");
    expect(itemReasonText(r1, { schools: [], profile, lang: "en", unread: ["县级指标!B27"] })).toContain("县级指标!B27");
    const area = { area: "recognition", verdict: "not_assessed", reasons: ["R1"], pending: ["R1"] } as const;
    const county = makeCounty({ items: [r1] });
    expect(areaReasonsText(area, "zh", {}, { county, profile, issues: ISSUES })).toContain("县级指标!B27 的填报值未能读取");
  });

  it("says on 政府保障与质量 未读取 with the cell, not 无数据", () => {
    const context: ResultContext = { issues: ISSUES, profileName: "国家标准", lang: "zh", profile };
    const rows = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [q1] })] }), context).tables[0]?.rows;
    expect(rows?.[0]?.[9]).toBe("填报值未能读取（县级指标!E18，见“数据问题”）");
    const en = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [q1] })] }), { ...context, lang: "en" }).tables[0]?.rows;
    expect(en?.[0]?.[9]).toContain("县级指标!E18");
  });
});

describe("columnsMissingIn: an item 待评估 because the school sheet lacks its columns says so, not 缺少数据", () => {
  const g5 = makeItem({ code: "G5", verdict: "not_assessed", basis: "none", parts: {} });
  const g12 = makeItem({ code: "G12", verdict: "not_assessed", basis: "none", parts: {} });
  const missing: Issue = { code: "read_item_columns_missing", severity: "warning", cell: null, params: { sheet: "学校综合表", count: 2, pendingItems: "G3=classes\nG5=largestClass|@class_buckets" } };

  it("names the sheet for an item the warning lists, and nothing for one it does not list, or one judged", () => {
    expect(columnsMissingIn(g5, [missing])).toBe("学校综合表");
    expect(columnsMissingIn(g12, [missing])).toBeNull();
    expect(columnsMissingIn(makeItem({ code: "G5", verdict: "met", basis: "school_data", parts: {} }), [missing])).toBeNull();
    expect(columnsMissingIn(g5, [])).toBeNull();
  });

  it("is what 汇总's reason and 政府保障与质量's 依据 say, in both languages", () => {
    const zh = itemReasonText(g5, { schools: [], profile, lang: "zh", columnsMissingIn: "学校综合表" });
    expect(zh).toBe("G5 班额：工作表“学校综合表”中没有所需的列（见“数据问题”）");
    expect(itemReasonText(g5, { schools: [], profile, lang: "en", columnsMissingIn: "学校综合表" })).toContain("sheet “学校综合表” has no column it needs (see Data issues)");
    expect(itemReasonText(g5, { schools: [], profile, lang: "zh" })).toBe("G5 班额：缺少数据");
    const county = makeCounty({ items: [g5] });
    const context: ResultContext = { issues: [missing], lang: "zh", profile, profileName: "国家标准" };
    const rows = guaranteeSheet(makeEvaluation({ counties: [county] }), context).tables.flatMap((t) => t.rows);
    expect(rows.find((r) => r[0] === "G5")).toContain("缺所需的列（学校综合表，见“数据问题”）");
  });
});

describe("政府保障与质量 for figures there but unusable (reviewer R4, finding 5)", () => {
  // parts.xlsx: 交流轮岗教师人数 B10 = 0 and 符合交流条件教师总数 B11 = 0; 南湖区.xlsx: G14's row with B15 blank.
  const g11 = makeItem({ code: "G11", verdict: "not_assessed", basis: "none", parts: { G11_rotation_rate: null, G11_backbone_rotation: null }, cells: [] });
  const g14 = makeItem({ code: "G14", verdict: "not_assessed", basis: "none", parts: { G14_quota_share: null }, cells: [] });
  const issues: Issue[] = [
    { code: "read_figure_rotation_no_eligible", severity: "warning", cell: "县级指标!B11", params: { item: "符合交流条件教师总数", countyItem: "G11_rotation_rate", rotatedCell: "县级指标!B10" } },
    { code: "read_figure_rotation_no_rotated", severity: "warning", cell: "县级指标!B10", params: { item: "交流轮岗教师人数", countyItem: "G11_backbone_rotation", backboneCell: "县级指标!B34" } },
    { code: "read_figure_blank", severity: "info", cell: "县级指标!B15", params: { item: "优质高中招生名额分配比例", countyItem: "G14_quota_share" } },
  ];
  const rowsOf = (lang: "zh" | "en") => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [g11, g14] })] }), { issues, profileName: "国家标准", lang, profile }).tables[0]?.rows ?? [];
  const mainRow = (lang: "zh" | "en", code: string) => rowsOf(lang).find((r) => r[0] === code && r[2] !== null);

  it("finds the counts' cells as not computed (not as not read), and the blank value's cell as blank", () => {
    expect(uncomputedCells(g11, issues)).toEqual(["县级指标!B11", "县级指标!B10"]);
    expect(unreadCells(g11, issues)).toEqual([]);
    expect(blankCells(g14, issues)).toEqual(["县级指标!B15"]);
    expect(blankCells(makeItem({ code: "G14", verdict: "met", basis: "county_figure", parts: { G14_quota_share: 0.52 } }), issues)).toEqual([]);
  });

  it("says 无法计算 and 未填 with the cells in 依据, and links them in 单元格 (before: 无数据, no cell)", () => {
    expect([mainRow("zh", "G11")?.[9], mainRow("zh", "G11")?.[11]]).toEqual(["无法计算（县级指标!B11、县级指标!B10，见“数据问题”）", "县级指标!B11, 县级指标!B10"]);
    expect([mainRow("zh", "G14")?.[9], mainRow("zh", "G14")?.[11]]).toEqual(["未填（县级指标!B15）", "县级指标!B15"]);
    expect(mainRow("en", "G11")?.[9]).toBe("Cannot be computed (县级指标!B11, 县级指标!B10; see Data issues)");
    expect(mainRow("en", "G14")?.[9]).toBe("Not filled in (县级指标!B15)");
  });
});

describe("汇总 and the pane's areas tile for figures there but unusable (parts.xlsx G11, 南湖区.xlsx G14, a figure not credible)", () => {
  // parts.xlsx: 交流轮岗教师人数 B10 = 0 and 符合交流条件教师总数 B11 = 0, no ratio (0 ÷ 0); 南湖区.xlsx B15 blank;
  // G8 教师与公务员工资之比 | 98 at B9: no ratio of pay can be 98 (read_figure_number_not_credible).
  const g11 = makeItem({ code: "G11", area: "guarantee", verdict: "not_assessed", basis: "none", parts: { G11_rotation_rate: null, G11_backbone_rotation: null }, cells: [] });
  const g14 = makeItem({ code: "G14", area: "guarantee", verdict: "not_assessed", basis: "none", parts: { G14_quota_share: null }, cells: [] });
  const g8 = makeItem({ code: "G8", area: "guarantee", verdict: "not_assessed", basis: "none", parts: { G8_pay_ratio: null }, cells: [] });
  const issues: Issue[] = [
    { code: "read_figure_rotation_no_eligible", severity: "warning", cell: "县级指标!B11", params: { item: "符合交流条件教师总数", countyItem: "G11_rotation_rate", rotatedCell: "县级指标!B10" } },
    { code: "read_figure_blank", severity: "info", cell: "县级指标!B15", params: { item: "优质高中招生名额分配比例", countyItem: "G14_quota_share" } },
    { code: "read_figure_number_not_credible", severity: "error", cell: "县级指标!B9", params: { item: "教师与公务员工资之比", text: "98", countyItem: "G8_pay_ratio" } },
  ];
  const county = makeCounty({ items: [g8, g11, g14] });
  const guarantee = { area: "guarantee", verdict: "not_assessed", reasons: ["G8", "G11", "G14"], pending: ["G8", "G11", "G14"] } as const;

  it("gathers what unreadFigures finds of each item in one place", () => {
    expect(figureGaps(g11, issues)).toEqual({ unread: [], uncomputed: ["县级指标!B11"], blank: [], noData: [], columnsMissingIn: null });
    expect(figureGaps(g14, issues)).toEqual({ unread: [], uncomputed: [], blank: ["县级指标!B15"], noData: [], columnsMissingIn: null });
    expect(figureGaps(g8, issues)).toEqual({ unread: ["县级指标!B9"], uncomputed: [], blank: [], noData: [], columnsMissingIn: null });
  });

  it("says on 汇总 where each figure is and what is wrong with it, not 缺少数据 (before: G11 and G14 said 缺少数据; G8 already said so)", () => {
    expect(areaReasonsText(guarantee, "zh", {}, { county, profile, issues })).toBe(
      "G8 教师平均工资收入水平不低于当地公务员：县级指标!B9 的填报值未能读取（见“数据问题”）；G11 教师交流轮岗：县级指标!B11 的填报数无法算出比例（见“数据问题”）；G14 优质高中招生名额分配比例：县级指标!B15 未填",
    );
    expect(itemReasonText(g11, { schools: [], profile, lang: "en", ...figureGaps(g11, issues) })).toBe("G11 Teacher rotation: no ratio can be computed from the figures at 县级指标!B11 (see Data issues)");
    expect(itemReasonText(g14, { schools: [], profile, lang: "en", ...figureGaps(g14, issues) })).toBe(
      "G14 Share of quality senior-high admission places allocated to junior secondary schools: 县级指标!B15 left blank",
    );
    expect(itemReasonText(g11, { schools: [], profile, lang: "zh" })).toBe("G11 教师交流轮岗：缺少数据");
  });

  it("says it in short on the pane's areas tile, one group per cause", () => {
    expect(areaReasonsShort(guarantee, "zh", { county, profile, issues })).toBe("G8 填报值未能读取；G11 填报数无法算出比例；G14 未填");
    expect(areaReasonsShort(guarantee, "en", { county, profile, issues })).toBe("G8: values given not read; G11: no ratio from the figures given; G14: left blank");
  });
});

describe("an item whose cell says the county has no figure yet (暂无数据: Q3 of s48)", () => {
  // 县级指标 B18: 随迁子女…就读比例 | 暂无数据 was refused as a ratio not read (read_figure_bad_value, an error),
  // and the results said 县级指标!B18 的填报值未能读取; the reader now says read_figure_no_data (info).
  const g15 = makeItem({ code: "G15", area: "guarantee", verdict: "not_assessed", basis: "county_figure", parts: { G15_migrant_share: null, G15_left_behind_care: 1 }, cells: ["县级指标!B19"] });
  const q2 = makeItem({ code: "Q2", area: "quality", verdict: "not_assessed", basis: "none", parts: { Q2_disabled_enrolment: null }, cells: [] });
  const issues: Issue[] = [
    { code: "read_figure_no_data", severity: "info", cell: "县级指标!B18", params: { item: "随迁子女在公办学校就读比例", countyItem: "G15_migrant_share", text: "暂无数据" } },
    { code: "read_figure_no_data", severity: "info", cell: "县级指标!B21", params: { item: "残疾儿童少年入学率", countyItem: "Q2_disabled_enrolment", text: "尚未统计" } },
  ];

  it("finds the cell as saying no data, not as a value unread or blank", () => {
    expect(figureGaps(g15, issues)).toEqual({ unread: [], uncomputed: [], blank: [], noData: ["县级指标!B18"], columnsMissingIn: null });
    expect(noDataCells(q2, issues)).toEqual(["县级指标!B21"]);
    expect(noDataCells(makeItem({ code: "Q2", verdict: "met", basis: "county_figure", parts: { Q2_disabled_enrolment: 0.96 } }), issues)).toEqual([]);
  });

  it("finds 暂无数据 in the other stage's cell of an item of one stage, its own cell blank, as saying no data (reviewer R2 of s49)", () => {
    // 初中三年巩固率 | 暂无数据 | (blank): the reader says one thing at B18 (read_figure_other_stage_no_data), no longer read_figure_no_data beside it.
    const q1Pending = makeItem({ code: "Q1", area: "quality", verdict: "not_assessed", basis: "none", parts: { Q1_consolidation: null }, cells: [] });
    const said: Issue[] = [{ code: "read_figure_other_stage_no_data", severity: "info", cell: "县级指标!B18", params: { item: "初中三年巩固率", text: "暂无数据", stageInText: "junior", ownCell: "县级指标!C18", countyItem: "Q1_consolidation" } }];
    expect(figureGaps(q1Pending, said)).toEqual({ unread: [], uncomputed: [], blank: [], noData: ["县级指标!B18"], columnsMissingIn: null });
  });

  it("says 暂无数据 with the cell on 汇总, the pane's tile and 政府保障与质量, in both languages", () => {
    expect(itemReasonText(g15, { schools: [], profile, lang: "zh", ...figureGaps(g15, issues) })).toBe("G15 随迁子女与留守儿童：县级指标!B18 填写为暂无数据");
    expect(itemReasonText(q2, { schools: [], profile, lang: "en", ...figureGaps(q2, issues) })).toBe("Q2 Enrolment of children with disabilities: 县级指标!B21 says there is no data yet");
    const county = makeCounty({ items: [g15, q2] });
    const quality = { area: "quality", verdict: "not_assessed", reasons: ["Q2"], pending: ["Q2"] } as const;
    expect(areaReasonsShort(quality, "zh", { county, profile, issues })).toBe("Q2 暂无数据");
    expect(areaReasonsShort(quality, "en", { county, profile, issues })).toBe("Q2: no data yet");
    const rows = (lang: "zh" | "en") => guaranteeSheet(makeEvaluation({ counties: [county] }), { issues, profileName: "国家标准", lang, profile }).tables[0]?.rows ?? [];
    const q2Row = (lang: "zh" | "en") => rows(lang).find((r) => r[0] === "Q2" && r[2] !== null);
    expect([q2Row("zh")?.[9], q2Row("zh")?.[11]]).toEqual(["暂无数据（县级指标!B21）", "县级指标!B21"]);
    expect(q2Row("en")?.[9]).toBe("No data yet (县级指标!B21)");
  });
});
