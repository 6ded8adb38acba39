import { guaranteeSheet } from "./guaranteeSheet";
import { makeCounty, makeEvaluation, makeItem, makeSection } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { ResultContext } from "./ResultContext";
import type { TableSpec } from "../types";
import { message } from "../../messages/catalogue";

/** A catalogue text, refused when missing: message() gives back the code, which would stand on both sides of an assertion. */
function label(code: string, lang: "zh" | "en" = "zh"): string {
  const text = message(code, {}, lang);
  if (text === code) throw new Error(`no catalogue entry ${code}`);
  return text;
}
/** An item's own name (the main row's; its wording is the catalogue's concern, not this test's). */
const item = (code: string) => label(`item_${code}`);

const profile = builtInProfile("national-2017");
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

/** The Sichuan sample's items as the engine gave them: school-data counts, a school-data rate, county ratios and numbers. */
const items = [
  makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 8, parts: { schools_checked: 35, schools_failing: 8, schools_unknown: 7 } }),
  makeItem({ code: "G9", verdict: "met", basis: "school_data", figureOf: "rate", figure: 1, threshold: 1, parts: { G9_training_rate: 1, schools_checked: 36, schools_failing: 0 } }),
  makeItem({ code: "G13", verdict: "met", basis: "county_figure", parts: { G13_nearby_primary: 1, G13_nearby_junior: 0.97 } }),
  makeItem({ code: "Q4", area: "quality", verdict: "met", basis: "school_data", figureOf: "lowest_school", figure: 0.055384615384615386, threshold: 0.05, parts: { Q4_training_funds_share: 0.055384615384615386, schools_checked: 36 } }),
  makeItem({ code: "Q9", area: "quality", verdict: "met", basis: "county_figure", parts: { Q9_monitoring_level: 3, Q9_difference_rate: 0.12 } }),
  makeItem({ code: "R1", area: "recognition", verdict: "met", basis: "county_figure", figure: 0.88, threshold: 0.85 }),
];

function itemsTable(context: ResultContext): TableSpec {
  const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items })] }), context).tables[0];
  if (!t) throw new Error("no table");
  return t;
}

/** Each row as [code column, name column, plain figure, ratio figure, rule, ratio threshold, plain threshold]. */
function figures(t: TableSpec) {
  return t.rows.map((r) => [r[0], r[1], ...r.slice(3, 8)]);
}

describe("政府保障与质量 figures", () => {
  it("names each sub-figure from the catalogue and never shows an engine key", () => {
    const zhRows = figures(itemsTable(zh));
    expect(zhRows.map((r) => [r[0], r[1]])).toEqual([
      ["G6", item("G6")],
      ["G6", "适用的学校数（含数据不全的）"],
      ["G6", "未达标学校数"],
      ["G6", "数据不全的学校数"],
      ["G9", item("G9")], // from school data: the main row states the training rate; a row repeating it would add nothing
      ["G9", "适用的学校数（含数据不全的）"],
      ["G9", "未达标学校数"],
      ["G13", item("G13")],
      ["G13", "小学就近划片入学比例"],
      ["G13", "初中就近划片入学比例"],
      ["Q4", `${item("Q4")}（各校最低值）`], // from school data: the main row states the lowest school's share
      ["Q4", "适用的学校数（含数据不全的）"],
      ["Q9", item("Q9")],
      ["Q9", "质量监测达到的水平等级"],
      ["Q9", "质量监测校际差异率"],
      ["R1", item("R1")],
    ]);
    const enRows = figures(itemsTable(en));
    expect(enRows[1]?.slice(0, 2)).toEqual(["G6", "Schools it applies to (incl. those without the data)"]);
    expect(enRows[5]?.slice(0, 2)).toEqual(["G9", "Schools it applies to (incl. those without the data)"]);
    for (const row of [...zhRows, ...enRows]) expect(String(row[0])).toMatch(/^[GQR]\d+$/);
  });

  it("puts counts and numbers in the General pair and the profile's ratios in the percent pair, unrounded (to Excel's 15 digits), the rule between", () => {
    expect(figures(itemsTable(zh)).map((r) => r.slice(2))).toEqual([
      [null, null, null, null, null], // G6: its 8 failing schools are said once, on the 未达标学校数 row below
      [35, null, null, null, null],
      [8, null, null, null, null],
      [7, null, null, null, null],
      [null, 1, "≥", 1, null], // G9 from school data: a rate (G9_training_rate is a ratio) of at least 100%
      [36, null, null, null, null],
      [0, null, null, null, null],
      [null, null, null, null, null], // G13: two parts, no single figure
      [null, 1, "≥", 1, null], // G13_nearby_primary ≥ 100%
      [null, 0.97, "≥", 0.95, null], // G13_nearby_junior ≥ 95%
      [null, 0.0553846153846154, "≥", 0.05, null], // Q4: the lowest share, 5.5% against at least 5.0% (0.055384615384615386 to Excel's 15 digits)
      [36, null, null, null, null],
      [null, null, null, null, null],
      [3, null, "≥", null, 3], // Q9's level (at least Ⅲ) and difference rate (below 0.15) are "number" in the profile
      [0.12, null, "<", null, 0.15],
      [null, 0.88, "≥", 0.85, null], // R1 from the county figure: a ratio
    ]);
  });

  it("formats the plain pair as General and the ratio pair as percentages", () => {
    expect(itemsTable(en).columns.slice(3, 8).map((c) => [c.header, c.numberFormat])).toEqual([
      ["Figure", null],
      ["Figure (%)", "0.0%"],
      ["Rule", null],
      ["Threshold (%)", "0.0%"],
      ["Threshold", null],
    ]);
  });

  it("without a profile, knows no county item's unit and shows a county figure as it is; a rate stays a rate", () => {
    const { profile: _none, ...bare } = zh;
    const rows = figures(itemsTable(bare));
    // Without a profile no county item is known to be a ratio: R1's county figure stays a number (G9's and Q4's are ratios by construction).
    expect(rows.map((r) => r[1])).toContain("5年360学时培训完成率");
    // Nor is any comparison: the rule is left blank rather than guessed.
    expect(rows[17]?.slice(2)).toEqual([0.88, null, null, null, 0.85]);
    // G9's figure is a rate whatever the profile says (the engine's figureOf): 100% against 100%.
    expect(rows.find((r) => r[0] === "G9")?.slice(2)).toEqual([null, 1, null, 1, null]);
  });

  it("keeps a failing count on the main row when no 未达标学校数 row says it (a single part)", () => {
    const alone = [makeItem({ code: "G4", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, parts: { schools_failing: 2 } })];
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: alone })] }), zh).tables[0];
    expect(t?.rows.map((r) => r.slice(3, 8))).toEqual([[2, null, null, null, null]]);
  });

  it("lists failing schools with the language's separator", () => {
    const failing = [makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, failingSchools: ["杏花村教学点", "石门教学点"] })];
    const table = (context: ResultContext) => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: failing })] }), context).tables[0];
    expect(table(zh)?.rows[0]?.[10]).toBe("杏花村教学点、石门教学点");
    expect(table(en)?.rows[0]?.[10]).toBe("杏花村教学点, 石门教学点");
  });
});

describe("政府保障与质量 parts that repeat the figure", () => {
  it("leaves out the county-item part of a school-data rate, keeping the counts (G12)", () => {
    const g12 = makeItem({ code: "G12", verdict: "not_met", basis: "school_data", figureOf: "rate", figure: 70 / 71, threshold: 1, parts: { G12_certificate_rate: 70 / 71, schools_checked: 2, schools_failing: 1 } });
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [g12] })] }), en).tables[0];
    expect(t?.rows.map((r) => [r[0], r[1], ...r.slice(3, 8)])).toEqual([
      ["G12", label("item_G12", "en"), null, 0.985915492957746, "≥", 1, null], // 70 / 71 = 0.98591549295774650… to 15 digits
      ["G12", "Schools it applies to (incl. those without the data)", 2, null, null, null, null],
      ["G12", "Schools failing", 1, null, null, null, null],
    ]);
  });

  it("keeps a county-item part that differs from the item's figure, and a missing one beside a multi-part item's null figure", () => {
    // G11 from the county's figures: two parts, so no single figure (null); the backbone share is missing.
    const g11 = makeItem({ code: "G11", verdict: "not_assessed", basis: "county_figure", parts: { G11_rotation_rate: 0.12, G11_backbone_rotation: null } });
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [g11] })] }), zh).tables[0];
    expect(t?.rows.slice(1).map((r) => r.slice(3, 8))).toEqual([
      [null, 0.12, "≥", 0.1, null],
      [null, null, "≥", 0.2, null], // missing, but what it must reach is known
    ]);
  });
});

describe("政府保障与质量 yes / no parts", () => {
  it("shows a yes / no part as 是 / 否, not the 1 / 0 the engine keeps, and a ratio part against its threshold", () => {
    const g15 = makeItem({ code: "G15", verdict: "not_met", basis: "county_figure", parts: { G15_migrant_share: 0.92, G15_left_behind_care: 0 } });
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [g15] })] }), zh).tables[0];
    // G15_migrant_share ≥ 85% (a ratio); G15_left_behind_care is a yes / no item, given as no.
    expect(t?.rows.slice(1).map((r) => r.slice(3, 8))).toEqual([
      [null, 0.92, "≥", 0.85, null],
      ["否", null, null, null, null], // no threshold, so no rule
    ]);
  });
});

describe("政府保障与质量 parts the county answered 是 / 否", () => {
  it("shows G11's rotation answered 否 as 否 beside its ≥ 10%, never a 0 figure; the backbone share as its figure", () => {
    const g11 = makeItem({ code: "G11", verdict: "not_met", basis: "county_figure", parts: { G11_rotation_rate: 0, G11_backbone_rotation: 0.25 }, answeredParts: { G11_rotation_rate: "县级指标!B2" } });
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [g11] })] }), zh).tables[0];
    expect(t?.rows.slice(1).map((r) => r.slice(3, 8))).toEqual([
      [null, "否", "≥", 0.1, null],
      [null, 0.25, "≥", 0.2, null],
    ]);
  });
});

describe("政府保障与质量: what an item was judged from", () => {
  const g6 = makeItem({ code: "G6", verdict: "not_assessed", basis: "none", parts: { G6_small_school_funding: null } });
  const basisOf = (context: ResultContext, only = g6) => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [only] })] }), context).tables[0]?.rows[0]?.[9];

  it("says G6 lacks the profile's funding norm, not the data, under a profile without one (national-2017)", () => {
    expect(profile.guarantee.funding.norm).toBeNull();
    expect(basisOf(zh)).toBe("规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“小学生均公用经费标准（元/生·年）”和“初中生均公用经费标准（元/生·年）”两行；也可写路径 guarantee.funding.norm.primary、guarantee.funding.norm.junior）或写入规则文件，或选用已设标准的内置规则（命令行 --profile sichuan-guanghan-2024，或任务窗格的“评估规则”）");
    expect(basisOf(en)).toBe("The profile sets no per-student funding norm (each province sets its own) — give the province's norm on a sheet named “Rules” (or 规则) in the workbook (two rows, “Primary: public-funding norm (yuan per student a year)” and “Junior secondary: public-funding norm (yuan per student a year)”; or by path, guarantee.funding.norm.primary and guarantee.funding.norm.junior) or in a profile file, or choose a built-in profile that sets one (--profile sichuan-guanghan-2024 on the command line, or Rule profile in the task pane)");
  });

  it("says so in the add-in's sheets with the pane's 评估规则, not --profile (zh, en)", () => {
    expect(basisOf({ ...zh, frontEnd: "addin" })).toBe("规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“小学生均公用经费标准（元/生·年）”和“初中生均公用经费标准（元/生·年）”两行），或在任务窗格的“评估规则”中选用已设标准的内置规则（如“四川省（广汉市实施方案，2024）”）");
    expect(basisOf({ ...en, frontEnd: "addin" })).toBe("The profile sets no per-student funding norm (each province sets its own) — give the province's norm on a sheet named “Rules” (or 规则) in the workbook (two rows, “Primary: public-funding norm (yuan per student a year)” and “Junior secondary: public-funding norm (yuan per student a year)”; or by path, guarantee.funding.norm.primary and guarantee.funding.norm.junior), or choose a built-in profile that sets one under Rule profile in the task pane (such as Sichuan (Guanghan plan, 2024))");
  });

  it("says 无数据 for G6 under a profile with a norm, and for any other item without data", () => {
    const sichuan: ResultContext = { ...zh, profile: builtInProfile("sichuan-guanghan-2024") };
    expect(basisOf(sichuan)).toBe("无数据");
    expect(basisOf(zh, makeItem({ code: "G8", verdict: "not_assessed", basis: "none" }))).toBe("无数据");
  });
});

describe("政府保障与质量 ratio figures beside their thresholds", () => {
  const table = (list: ReturnType<typeof makeItem>[]) => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: list })] }), zh).tables[0];

  it("shows a rate just under 100% under it: 2999 / 3000 = 99.9667% is 100.0% at one decimal, 99.97% at two", () => {
    const g12 = makeItem({ code: "G12", verdict: "not_met", basis: "school_data", figureOf: "rate", figure: 2999 / 3000, threshold: 1 });
    const t = table([g12]);
    expect(t?.columns.slice(4, 7).map((c) => c.numberFormat)).toEqual(["0.00%", null, "0.0%"]);
    // The cell keeps the rate (to Excel's 15 digits: 0.9996666666666667 → 0.999666666666667).
    expect(t?.rows[0]?.slice(4, 9)).toEqual([0.999666666666667, "≥", 1, null, "未达标"]);
  });

  it("keeps one decimal when every ratio is far from its threshold", () => {
    expect(itemsTable(zh).columns[4]?.numberFormat).toBe("0.0%");
  });
});

describe("政府保障与质量 the rule between figure and threshold", () => {
  /** The one table's rows as [code, name, rule] (the rule column: 要求 / Rule). */
  const rules = (list: ReturnType<typeof makeItem>[], context: ResultContext) => {
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: list })] }), context).tables[0];
    const column = t?.columns.findIndex((c) => c.header === label("out_h_rule", context.lang)) ?? -1;
    return t?.rows.map((r) => [r[0], r[1], r[column]]);
  };

  it("heads a column 要求 / Rule between the figures and the thresholds", () => {
    const headers = (context: ResultContext) => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items })] }), context).tables[0]?.columns.map((c) => c.header).slice(3, 8);
    expect(headers(zh)).toEqual(["数值", "数值（%）", "要求", "标准（%）", "标准"]);
    expect(headers(en)).toEqual(["Figure", "Figure (%)", "Rule", "Threshold (%)", "Threshold"]);
  });

  it("says Q9's difference rate must be below its threshold (0.12 < 0.15), its level at least Ⅲ", () => {
    const q9 = makeItem({ code: "Q9", area: "quality", verdict: "met", basis: "county_figure", parts: { Q9_monitoring_level: 3, Q9_difference_rate: 0.12 } });
    expect(rules([q9], zh)).toEqual([
      ["Q9", item("Q9"), null],
      ["Q9", "质量监测达到的水平等级", "≥"],
      ["Q9", "质量监测校际差异率", "<"],
    ]);
    expect(rules([q9], en)?.[2]?.[2]).toBe("<");
    // A profile that allows the rate up to its threshold (at_most) says ≤.
    const upTo = { ...profile, countyItems: { ...profile.countyItems, Q9_difference_rate: { item: "Q9", comparison: "at_most" as const, threshold: 0.15, unit: "number" as const } } };
    expect(rules([q9], { ...zh, profile: upTo })?.[2]?.[2]).toBe("≤");
  });

  it("says a county rate and a rate from school data must be at least their thresholds (R1 ≥ 85%, G9 and G12 ≥ 100%, Q4 ≥ 5%)", () => {
    const list = [
      makeItem({ code: "R1", area: "recognition", basis: "county_figure", figure: 0.88, threshold: 0.85 }),
      makeItem({ code: "G9", basis: "school_data", figureOf: "rate", figure: 1, threshold: 1 }),
      makeItem({ code: "G12", verdict: "not_met", basis: "school_data", figureOf: "rate", figure: 70 / 71, threshold: 1 }),
      makeItem({ code: "Q4", area: "quality", basis: "school_data", figureOf: "lowest_school", figure: 0.06, threshold: 0.05 }),
    ];
    expect(rules(list, zh)?.map((r) => [r[0], r[2]])).toEqual([
      ["R1", "≥"],
      ["G9", "≥"],
      ["G12", "≥"],
      ["Q4", "≥"],
    ]);
  });

  it("gives none to a count of failing schools, a school count or a yes / no part, which have no threshold", () => {
    const list = [
      makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 8, parts: { schools_checked: 35, schools_failing: 8 } }),
      makeItem({ code: "G15", verdict: "not_met", basis: "county_figure", parts: { G15_migrant_share: 0.92, G15_left_behind_care: 1 } }),
    ];
    expect(rules(list, zh)).toEqual([
      ["G6", item("G6"), null],
      ["G6", "适用的学校数（含数据不全的）", null],
      ["G6", "未达标学校数", null],
      ["G15", item("G15"), null],
      ["G15", label("county_G15_migrant_share"), "≥"],
      ["G15", label("county_G15_left_behind_care"), null],
    ]);
  });

  it("gives none to a single yes / no item judged from the county's evidence", () => {
    const g1 = makeItem({ code: "G1", basis: "evidence", parts: { G1_layout: 1 } });
    expect(rules([g1], en)).toEqual([["G1", label("item_G1", "en"), null]]);
  });
});

describe("政府保障与质量 figures as the documents write them", () => {
  const formatAt = (t: TableSpec, row: number, column: number) => t.formats?.find((f) => f.row === row && f.column === column)?.format;
  const rowOf = (t: TableSpec, name: string) => t.rows.findIndex((r) => r[1] === name);

  it("Q9's level as Ⅲ级 (the cell keeps 3) and its difference rate in the decimals of its limit 0.15", () => {
    const t = itemsTable(zh);
    const level = rowOf(t, "质量监测达到的水平等级");
    const rate = rowOf(t, "质量监测校际差异率");
    // Columns 3 (数值) and 7 (标准): the plain pair.
    expect([t.rows[level]?.[3], formatAt(t, level, 3), t.rows[level]?.[7], formatAt(t, level, 7)]).toEqual([3, '"Ⅲ级"', 3, '"Ⅲ级"']);
    expect(formatAt(itemsTable(en), level, 3)).toBe('"Level III"');
    expect([t.rows[rate]?.[3], formatAt(t, rate, 3), t.rows[rate]?.[7], formatAt(t, rate, 7)]).toEqual([0.12, "0.00", 0.15, "0.00"]);
  });

  it("a difference rate a hair under its limit keeps its side of it (0.1496 shown 0.1496, not 0.15)", () => {
    const close = [makeItem({ code: "Q9", area: "quality", verdict: "met", basis: "county_figure", parts: { Q9_monitoring_level: 3, Q9_difference_rate: 0.1496 } })];
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: close })] }), zh).tables[0];
    if (!t) throw new Error("no table");
    expect(formatAt(t, rowOf(t, "质量监测校际差异率"), 3)).toBe("0.0000");
  });

  it("G8's pay ratio as a percentage of the civil servants' pay, under the document's name", () => {
    const g8 = [makeItem({ code: "G8", verdict: "met", basis: "county_figure", figure: 1.03, threshold: 1, parts: { G8_pay_ratio: 1.03 } })];
    const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: g8 })] }), zh).tables[0];
    // 1.03 in 数值（%）(0.0%: 103.0%) against 1 in 标准（%）(100.0%).
    expect(t?.rows[0]?.slice(1, 8)).toEqual(["教师平均工资收入水平不低于当地公务员", "政府保障程度", null, 1.03, "≥", 1, null]);
  });

  it("G3 met on estimated room counts reads as such, in amber; not met stays red", () => {
    const g3 = makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", figure: 0, parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } });
    const table = (items: readonly ReturnType<typeof makeItem>[], context: ResultContext) => {
      const t = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items })] }), context).tables[0];
      if (!t) throw new Error("no table");
      return t;
    };
    const t = table([g3], zh);
    expect(t.rows[0]?.[8]).toBe("达标（估算，待核实）");
    expect(t.emphasis.find((e) => e.row === 0 && e.column === 8)?.kind).toBe("warn");
    expect(table([g3], en).rows[0]?.[8]).toBe("Met (estimated, to be checked)");
    const exact = table([{ ...g3, parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0 } }], zh);
    expect([exact.rows[0]?.[8], exact.emphasis.find((e) => e.row === 0 && e.column === 8)?.kind]).toEqual(["达标", "good"]);
    const failing = table([{ ...g3, verdict: "not_met", figure: 2 }], zh);
    expect([failing.rows[0]?.[8], failing.emphasis.find((e) => e.row === 0 && e.column === 8)?.kind]).toEqual(["未达标", "bad"]);
  });
});

describe("政府保障与质量: an item judged from school data and a county figure says both", () => {
  const basisOf = (only: ReturnType<typeof makeItem>) => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [only] })] }), zh).tables[0]?.rows[0]?.[9];

  it("G7 from a special school's row and the county's junior figure (县级指标!B6): 学校数据、县级填报", () => {
    const g7 = makeItem({ code: "G7", basis: "school_data", figureOf: "failing_count", figure: 0, cells: ["学校基本情况!Q9", "县级指标!B6"], parts: { schools_checked: 1, schools_failing: 0, G7_special_junior: 6500 } });
    expect(basisOf(g7)).toBe("学校数据、县级填报");
  });

  it("G9 whose cells are all on the schools' sheet: 学校数据", () => {
    expect(basisOf(makeItem({ code: "G9", basis: "school_data", figureOf: "rate", figure: 1, threshold: 1, cells: ["学校基本情况!T5"] }))).toBe("学校数据");
  });
});

describe("政府保障与质量 names the schools left out of the school-data items (w6-scope-off.xlsx)", () => {
  const schoolItems = ["G3", "G4", "G5"].map((code) => makeItem({ code, basis: "school_data", figureOf: "failing_count", figure: 0, parts: { schools_checked: 4, schools_failing: 0, schools_unknown: 0 } }));
  const g8 = makeItem({ code: "G8", basis: "county_figure", figure: 1.02, threshold: 1 });
  const out = [
    makeSection({ name: "民办育英小学", row: 17, students: 1200, included: false, exclusion: "private", pass: null, metCount: null }),
    makeSection({ name: "市直属初中", row: 19, stage: "junior", students: 2100, included: false, exclusion: "not_county_run", pass: null, metCount: null }),
  ];
  const rowsOf = (sections: ReturnType<typeof makeSection>[], context = zh) =>
    guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [...schoolItems, g8], sections: [...makeCounty().sections, ...sections] })] }), context).tables[0]?.rows ?? [];

  it("in a row of its own after G5's, the small teaching point (in the checks) not named", () => {
    const rows = rowsOf(out);
    // G3, G4, G5: a main row and 3 count rows each (12 rows), then the note, then G8.
    expect(rows[12]?.slice(0, 3)).toEqual([null, "未计入按学校数据判定的各项（G3–G6、G9、G12、Q4）：民办育英小学（民办学校不参评）、市直属初中（非县属学校不参评）", null]);
    expect(rows[13]?.[0]).toBe("G8");
    expect(rowsOf(out, en)[12]?.[1]).toBe("Left out of the items judged from school data (G3–G6, G9, G12, Q4): 民办育英小学 (private school, out of scope), 市直属初中 (not county-run, out of scope)");
  });

  it("no such row when no school is left out that way (makeCounty's 丙教学点 under 50 stays in the checks)", () => {
    expect(rowsOf([]).map((r) => r[0])).toEqual(["G3", "G3", "G3", "G3", "G4", "G4", "G4", "G4", "G5", "G5", "G5", "G5", "G8"]);
  });
});

describe("政府保障与质量: the school of a lowest-school figure (Q4)", () => {
  /** Q4 met at 0.36 ÷ 6.50 = 5.538…% (the sample's 杏花村教学点, its training funds AI25 and public funding AH25). */
  const q4 = (schoolsWithValue: number) =>
    makeItem({
      code: "Q4",
      area: "quality",
      verdict: "met",
      basis: "school_data",
      figureOf: "lowest_school",
      figure: 0.36 / 6.5,
      threshold: 0.05,
      parts: { Q4_training_funds_share: 0.36 / 6.5, schools_checked: 36, schools_failing: 0 },
      figureSchool: { name: "杏花村教学点", cells: ["学校基本情况!AI25", "学校基本情况!AH25"], schoolsWithValue },
    });
  const tableOf = (context: ResultContext, schools = 1) => guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [q4(schools)] })] }), context).tables[0];
  const rowsOf = (context: ResultContext, schools = 1) => tableOf(context, schools)?.rows ?? [];

  it("names it under 数值 on the row below the figure, its cells linked, zh and en", () => {
    const zhRows = rowsOf(zh);
    expect(zhRows.map((r) => r[1])).toEqual([`${item("Q4")}（各校最低值）`, "最低值所在学校", "适用的学校数（含数据不全的）", "未达标学校数"]);
    expect(zhRows[1]?.slice(0, 4)).toEqual(["Q4", "最低值所在学校", null, "杏花村教学点"]);
    expect(zhRows[1]?.[11]).toBe("学校基本情况!AI25, 学校基本情况!AH25");
    expect(tableOf(zh)?.links).toEqual([{ row: 1, column: 11, target: "学校基本情况!AI25" }]);
    // The main row keeps the figure, and no school is failing: its 未达标学校 stays empty.
    expect(zhRows[0]?.[4]).toBeCloseTo(0.0553846153846, 12);
    expect(zhRows[0]?.[10]).toBe("");
    expect(rowsOf(en)[1]?.slice(1, 4)).toEqual(["School with the lowest value", null, "杏花村教学点"]);
  });

  it("a tie: the first school, and how many others share its value, in the count's form", () => {
    expect(rowsOf(zh, 3)[1]?.[3]).toBe("杏花村教学点（另有 2 所学校同值）");
    expect(rowsOf(en, 3)[1]?.[3]).toBe("杏花村教学点 (2 other schools have the same value)");
    expect(rowsOf(en, 2)[1]?.[3]).toBe("杏花村教学点 (1 other school has the same value)");
  });

  it("an item without such a school has no such row", () => {
    const { figureSchool: _none, ...plain } = q4(1);
    const rows = guaranteeSheet(makeEvaluation({ counties: [makeCounty({ items: [plain] })] }), zh).tables[0]?.rows ?? [];
    expect(rows.map((r) => r[1])).not.toContain("最低值所在学校");
  });
});

describe("政府保障与质量 says where a county's figures may be under a misspelt name (typo2.xlsx: 东三县 at 县级指标!A34 for 东山县)", () => {
  const warning = { code: "county_figures_unmatched_missing", severity: "warning" as const, cell: "县级指标!A34", params: { counties: "东三县", missing: "东山县" } };
  const xihe = makeCounty({ county: "西河县", items: [makeItem({ code: "G8", verdict: "met", basis: "county_figure", figure: 1.03, threshold: 1 })] });
  const dongshan = makeCounty({ county: "东山县", items: [makeItem({ code: "G8", verdict: "not_assessed", basis: "none", threshold: 1 })] });
  const captions = (context: ResultContext) => guaranteeSheet(makeEvaluation({ counties: [xihe, dongshan] }), context).tables.map((t) => t.caption);

  it("once, in the caption of 东山县's table above its 无数据 rows; 西河县, with its own figures, keeps its name alone", () => {
    expect(captions({ ...zh, issues: [warning] })).toEqual([
      "西河县",
      "东山县 · 下表待评估的县级指标项目：县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区；若即本县区，请统一名称（见“数据问题”）",
    ]);
    expect(captions({ ...en, issues: [warning] })).toEqual([
      "西河县",
      "东山县 · County items not yet assessed below: “东三县” at 县级指标!A34 matches no county of the school data, so its figures were not used here; if it is this county, write its name the same way in both (see Data issues)",
    ]);
    const rows = guaranteeSheet(makeEvaluation({ counties: [xihe, dongshan] }), { ...zh, issues: [warning] }).tables[1]?.rows ?? [];
    expect(rows.map((r) => [r[0], r[9]])).toEqual([["G8", "无数据"]]);
  });

  it("the names alone without the warning", () => {
    expect(captions(zh)).toEqual(["西河县", "东山县"]);
  });
});
