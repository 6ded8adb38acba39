import { summarySheet } from "./summarySheet";
import { makeCounty, makeEvaluation, makeGroup, makeGuarantee, makeItem, makeSection, makeStats } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { ResultContext } from "./ResultContext";
import type { CountyEvaluation } from "../../engine/types";
import type { TableSpec } from "../types";

const profile = builtInProfile("national-2017");
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

function tableOf(county: CountyEvaluation, context: ResultContext, name: string): TableSpec {
  const t = summarySheet(makeEvaluation({ counties: [county] }), context).tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

const emphasisAt = (t: TableSpec, row: number, column: number) => t.emphasis.find((e) => e.row === row && e.column === column)?.kind;

/**
 * As in messy.xlsx: G3 fails; G1, G2 (and there G6, here G10) could not be assessed. The engine lists
 * the failed reasons first and says which are pending; the sheet reads only the areas, not the items.
 */
const messyGuarantee = makeCounty({
  areas: [
    { area: "resources", verdict: "not_met", reasons: ["sections_failing", "sections_not_evaluable"], pending: ["sections_not_evaluable"] },
    { area: "guarantee", verdict: "not_met", reasons: ["G3", "G1", "G2", "G10"], pending: ["G1", "G2", "G10"] },
    { area: "quality", verdict: "not_assessed", reasons: ["Q1", "Q2"], pending: ["Q1", "Q2"] },
  ],
});

describe("汇总 reasons", () => {
  it("lists the items not met, then the pending ones under their own label", () => {
    const zhRows = tableOf(messyGuarantee, zh, "YZJH_Summary").rows;
    // G3 is makeCounty's item (乙小学 fails, 1 music room short, no art room: the art rooms go unsaid, not “0 art”); G1, G2 and G10 are no items of it, named only.
    expect(zhRows[1]?.[3]).toBe("G3 音乐、美术专用教室未达标：1 所学校未达标，共缺音乐教室 1 间。待评估：G1 规划布局合理；G2 城乡“四统一”；G10 教职工编制统筹配置");
    const enRows = tableOf(messyGuarantee, en, "YZJH_Summary").rows;
    expect(enRows[1]?.[3]).toBe(
      "G3 Music and art rooms not met: 1 school fails, music rooms short in all: 1. Not yet assessed: G1 Sound school layout planning; G2 Urban–rural “four unified” standards; G10 Staffing allocated by the county bureau",
    );
  });

  it("labels sections that could not be evaluated as pending, apart from those failing", () => {
    // makeCounty's share: 1 of the 2 judged fails.
    expect(tableOf(messyGuarantee, zh, "YZJH_Summary").rows[0]?.[3]).toBe("有学校（学段）未达到“6项达标、其余不低于85%”：1 个（已判定 2 个）。待评估：有参评学校（学段）数据不全，无法评估：见《学校达标》表备注");
  });

  it("says what 资源配置 达标 was judged without (the engine's caveats: one junior school), the verdict staying the engine's; a stage not read is 待评估 with its reason", () => {
    const lone = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, n: 1, sd: 0, cv: null, met: null }]));
    const primary = makeGroup({ schools: 1, indicators: lone as ReturnType<typeof makeGroup>["indicators"] });
    const caveats = [{ code: "cv_not_computable" as const, stage: "junior" as const, indicators: ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const, cause: "too_few_sections" as const, schools: 1 }];
    const baiyun = makeCounty({ county: "白云县", coefficients: [makeGroup(), { ...primary, stage: "junior" }], areas: [{ area: "resources", verdict: "met", reasons: [], pending: [], caveats }] });
    const row = tableOf(baiyun, zh, "YZJH_Summary").rows[0];
    expect([row?.[2], row?.[3]]).toEqual(["达标", "初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"]);
    expect(tableOf(baiyun, en, "YZJH_Summary").rows[0]?.[3]).toBe("Junior secondary: no CV can be computed (only 1 school section), so none counts in the resource allocation verdict");
    // No junior section read (--sheet 初中 the other way round): 待评估, the reason naming the stage.
    const noJunior = makeCounty({ coefficients: [makeGroup()], areas: [{ area: "resources", verdict: "not_assessed", reasons: ["stage_missing_junior"], pending: ["stage_missing_junior"], caveats: [] }] });
    expect(tableOf(noJunior, zh, "YZJH_Summary").rows[0]?.slice(2, 4)).toEqual(["待评估", "未读到初中学校（学段），初中的差异系数和学校达标情况无法评估；如本县有初中，请检查学校数据表是否包含初中学校、学段或办学类型列是否填写"]);
    // Both stages with their CVs and nothing failing: the reason stays blank; other areas get no such words.
    const both = makeCounty({ coefficients: [makeGroup(), makeGroup({ stage: "junior" })], areas: [{ area: "resources", verdict: "met", reasons: [], pending: [] }] });
    expect(tableOf(both, zh, "YZJH_Summary").rows[0]?.[3]).toBe("");
    expect(tableOf(baiyun, zh, "YZJH_Summary").rows.slice(1).some((r) => String(r[3]).includes("差异系数"))).toBe(false);
    // 资源配置 not met: its reasons explain the verdict, and its caveats are not added to them.
    const failing = makeCounty({ coefficients: [primary], areas: [{ area: "resources", verdict: "not_met", reasons: ["sections_failing"], pending: [], caveats }] });
    expect(tableOf(failing, zh, "YZJH_Summary").rows[0]?.[3]).toBe("有学校（学段）未达到“6项达标、其余不低于85%”：1 个（已判定 2 个）");
  });

  it("leaves reasons of one kind unlabelled (the verdict beside them says which), with the English separator", () => {
    // Q1 and Q2 are both pending and nothing fails: the verdict beside them ("Not yet assessed") already says so.
    expect(tableOf(messyGuarantee, en, "YZJH_Summary").rows[2]?.[3]).toBe("Q1 Junior secondary three-year retention; Q2 Enrolment of children with disabilities");
  });

  it("lists pending veto items as clauses (their names hold a 、), with the language's separator, as not given (not as offences found)", () => {
    const veto = [
      { code: "V_exam_admission", present: null, cell: null },
      { code: "V_key_schools", present: null, cell: null },
    ];
    const county = makeCounty({ veto });
    const row = (context: ResultContext) => tableOf(county, context, "YZJH_Summary").rows.find((r) => r[1] === (context.lang === "zh" ? "一票否决" : "Veto items"));
    // 以考试方式招生: the national method's words (教督〔2017〕6号).
    expect(row(zh)?.[3]).toBe("未填报：以考试方式招生；设置重点校、重点班");
    expect(row(en)?.[3]).toBe("Not given: exam-based admission; key schools or key classes");
  });
});

describe("汇总 veto items given but not read (reviewer R4, finding 1)", () => {
  // As allmet-veto-unread.xlsx: every area met, B30 blank, B31 基本没有 (its cell set by withUnreadVetoCells).
  const areas = (["resources", "guarantee", "quality", "recognition"] as const).map((area) => ({ area, verdict: "met" as const, reasons: [], pending: [] }));
  const veto = [
    { code: "V_exam_admission", present: false, cell: "县级指标!B28" },
    { code: "V_key_schools", present: null, cell: null },
    { code: "V_unfilled_posts", present: null, cell: "县级指标!B31" },
  ];
  const county = makeCounty({ areas, veto, recognised: null });
  const rowOf = (context: ResultContext, label: string) => tableOf(county, context, "YZJH_Summary").rows.find((r) => r[1] === label);

  it("says the one not given and the one not read with its cell (before: both 未填报, no cell)", () => {
    expect(rowOf(zh, "一票否决")?.slice(2)).toEqual(["待评估", "未填报：设置重点校、重点班。填报值未能读取：有编不补、长期聘用编外教师（县级指标!B31，见“数据问题”）"]);
    expect(rowOf(en, "Veto items")?.[3]).toBe("Not given: key schools or key classes. Value given not read: unfilled posts or long-term hiring outside the quota (县级指标!B31; see Data issues)");
    expect(tableOf(county, zh, "YZJH_Veto").rows[2]?.slice(1)).toEqual(["有编不补、长期聘用编外教师", "待评估", "县级指标!B31"]);
  });

  it("lists two cells not read with the separator of the language (reviewer R6: a 、 in the English)", () => {
    const two = makeCounty({ areas, veto: [veto[0]!, { code: "V_key_schools", present: null, cell: "县级指标!B30" }, veto[2]!], recognised: null });
    const row = (context: ResultContext, label: string) => tableOf(two, context, "YZJH_Summary").rows.find((r) => r[1] === label)?.[3];
    expect(row(en, "Veto items")).toBe("Value given not read: key schools or key classes; unfilled posts or long-term hiring outside the quota (县级指标!B30, 县级指标!B31; see Data issues)");
    expect(row(zh, "一票否决")).toBe("填报值未能读取：设置重点校、重点班；有编不补、长期聘用编外教师（县级指标!B30、县级指标!B31，见“数据问题”）");
  });

  it("names the pending veto items in the 县域认定结论 row when they alone leave it 待评估 (before: an empty 说明)", () => {
    expect(rowOf(zh, "县域认定结论")?.slice(2)).toEqual(["待评估", "尚待评估的一票否决项：设置重点校、重点班；有编不补、长期聘用编外教师（见“一票否决”一行）"]);
    expect(rowOf(en, "Overall verdict")?.[3]).toBe("Veto items not yet assessed: key schools or key classes; unfilled posts or long-term hiring outside the quota (see the Veto items row)");
    const pendingArea = makeCounty({ areas: [{ ...areas[0]!, verdict: "not_assessed" }, ...areas.slice(1)], veto, recognised: null });
    expect(tableOf(pendingArea, zh, "YZJH_Summary").rows.find((r) => r[1] === "县域认定结论")?.[3]).toBe("");
  });
});

describe("汇总 share of schools passing", () => {
  const noTarget = makeCounty({ passing: { noStudents: 0, evaluated: 9, passing: 8, unjudged: 0, inScope: 9, share: 8 / 9, target: null, met: null } });

  it("is not applicable, not pending, when the profile sets no target", () => {
    const verdicts = tableOf(noTarget, zh, "YZJH_Summary");
    const row = verdicts.rows.findIndex((r) => r[1] === "学校（学段）达标比例（对照年度目标）");
    // The evaluation's year is 2025 (makeEvaluation), but national-2017 sets no yearly targets at all:
    // said as without a year (it read 规则未设2025年的年度目标, as if other years had one).
    expect(verdicts.rows[row]?.slice(2)).toEqual(["不适用", "达标 8/9（88.9%），规则未设年度目标"]);
    expect(tableOf(noTarget, en, "YZJH_Summary").rows[row]?.[3]).toBe("8 of 9 school sections passing (88.9%); no yearly target in the profile");
    expect(emphasisAt(verdicts, row, 2)).toBe("muted");
    // 8 / 9 = 0.8888888888888888, stored to Excel's 15 digits.
    expect(tableOf(noTarget, zh, "YZJH_Passing").rows[0]).toEqual(["示例县", 9, 9, 8, 0, 0.888888888888889, null, null, null, "不适用"]);
    expect(tableOf(noTarget, en, "YZJH_Passing").rows[0]?.[9]).toBe("Not applicable");
  });

  it("names the year when the profile sets targets, but none for the year evaluated (a plan from 2024 on, evaluated in 2025)", () => {
    const planned: ResultContext = { ...zh, profile: { ...profile, targets: [{ year: 2024, share: 0.85 }] } };
    const verdicts = tableOf(noTarget, planned, "YZJH_Summary");
    const row = verdicts.rows.findIndex((r) => r[1] === "学校（学段）达标比例（对照年度目标）");
    expect(verdicts.rows[row]?.slice(2)).toEqual(["不适用", "达标 8/9（88.9%），规则未设2025年的年度目标"]);
  });

  it("says the sections in scope with no students after the share, which leaves them out", () => {
    const closed = makeCounty({ passing: { noStudents: 1, evaluated: 9, passing: 8, unjudged: 0, inScope: 9, share: 8 / 9, target: { year: 2025, share: 1 }, met: false } });
    const verdicts = tableOf(closed, zh, "YZJH_Summary");
    const row = verdicts.rows.findIndex((r) => r[1] === "学校（学段）达标比例（对照年度目标）");
    expect(verdicts.rows[row]?.[3]).toBe("达标 8/9（88.9%），2025年目标 100.0%；另有 1 个在校生数为 0，无可评估，不计入");
    expect(String(tableOf(closed, en, "YZJH_Summary").rows[row]?.[3])).toMatch(/; 1 more school section has no students: nothing to judge, not counted$/);
  });

  it("is pending when there is a target but no section could be evaluated", () => {
    const none = makeCounty({ passing: { noStudents: 0, evaluated: 0, passing: 0, unjudged: 0, inScope: 0, share: null, target: { year: 2025, share: 1 }, met: null } });
    expect(tableOf(none, zh, "YZJH_Passing").rows[0]?.[9]).toBe("待评估");
  });

  it("counts the sections that could not be evaluated, and gives the range the share lies in with them", () => {
    // 1 of 1 judged passes, 4 more unknown: with them 1 ÷ 5 = 20% at worst, 5 ÷ 5 = 100% at best, so 85% waits.
    const few = makeCounty({ passing: { noStudents: 0, evaluated: 1, passing: 1, unjudged: 4, inScope: 5, share: 1, target: { year: 2024, share: 0.85 }, met: null } });
    // In scope 1 + 4 = 5: the table and the headline say so before the 1 of 1.
    // Beside the share of those judged (1 of 1), the range with the 4 unjudged: 1 ÷ 5 = 20.0% … 5 ÷ 5 = 100.0%, as the verdicts' row says.
    expect(tableOf(few, zh, "YZJH_Passing").rows[0]).toEqual(["示例县", 5, 1, 1, 4, 1, "20.0% 至 100.0%", 2024, 0.85, "待评估"]);
    const verdicts = tableOf(few, zh, "YZJH_Summary");
    const row = verdicts.rows.findIndex((r) => r[1] === "学校（学段）达标比例（对照年度目标）");
    expect(verdicts.rows[row]?.slice(2)).toEqual(["待评估", "参评 5 个学校（学段），已判定 1 个：达标 1/1（100.0%），2024年目标 85.0%；另有 4 个无法评估，计入后达标比例在 20.0% 至 100.0% 之间"]);
    const one = makeCounty({ passing: { noStudents: 0, evaluated: 20, passing: 17, unjudged: 1, inScope: 21, share: 0.85, target: { year: 2024, share: 0.85 }, met: null } });
    const english = String(tableOf(one, en, "YZJH_Summary").rows.find((r) => r[1] === "Share passing vs the year's target")?.[3]);
    expect(english).toMatch(/^21 school sections in scope, 20 judged: 17 of 20 school sections passing \(85\.0%\)/);
    expect(english).toMatch(/; 1 more school section could not be evaluated: with it the share lies between 81\.0% and 85\.7%$/);
  });
});

describe("汇总 share beside its target", () => {
  // 96 / 113 = 0.8495575…: one decimal shows 85.0%, the target, beside 未达标; two show 84.96%.
  const short = makeCounty({ passing: { noStudents: 0, evaluated: 113, passing: 96, unjudged: 0, inScope: 113, share: 96 / 113, target: { year: 2024, share: 0.85 }, met: false } });

  it("gets the decimals that show the share under the target, in the table and in the reason", () => {
    const passing = tableOf(short, zh, "YZJH_Passing");
    expect(passing.columns.slice(5, 9).map((c) => c.numberFormat)).toEqual(["0.00%", null, "0", "0.0%"]);
    expect(passing.rows[0]?.[9]).toBe("否");
    const verdicts = tableOf(short, zh, "YZJH_Summary");
    expect(verdicts.rows.find((r) => r[1] === "学校（学段）达标比例（对照年度目标）")?.[3]).toBe("达标 96/113（84.96%），2024年目标 85.0%");
  });

  it("keeps one decimal for shares far from their targets, and for none", () => {
    const far = makeCounty({ passing: { noStudents: 0, evaluated: 10, passing: 9, unjudged: 0, inScope: 10, share: 0.9, target: { year: 2024, share: 0.85 }, met: true } });
    expect(tableOf(far, zh, "YZJH_Passing").columns[5]?.numberFormat).toBe("0.0%");
    const none = makeCounty({ passing: { noStudents: 0, evaluated: 113, passing: 96, unjudged: 0, inScope: 113, share: 96 / 113, target: null, met: null } });
    expect(tableOf(none, zh, "YZJH_Passing").columns[5]?.numberFormat).toBe("0.0%");
  });
});

describe("汇总 notes: school rows not read", () => {
  it("counts the rows left out under the title, by reason, in either language", () => {
    const hidden = { code: "read_hidden_rows_skipped", severity: "warning" as const, cell: "表!A4", params: { sheet: "表", rows: "4, 5", count: 2 } };
    const noName = { code: "read_row_no_name", severity: "warning" as const, cell: "表!A8", params: { row: 8 } };
    expect(summarySheet(makeEvaluation(), { ...zh, issues: [hidden, noName] }).notes).toContain("另有 3 个学校行未读取（隐藏或筛选掉 2 行、无学校名称 1 行），见“数据问题”表");
    expect(summarySheet(makeEvaluation(), { ...en, issues: [noName] }).notes).toContain("1 school row was not read (no school name: 1): see the Data issues sheet");
  });
  it("no note when every row was read", () => {
    expect(summarySheet(makeEvaluation(), zh).notes).toHaveLength(2);
  });
});

describe("汇总 reasons say what is not met, not the item's title", () => {
  // As the Sichuan sample: G6 fails at 2 schools (15 000 and 40 000 yuan short), 1 school not judged.
  const g6 = makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, failingSchools: ["甲教学点", "乙教学点"], parts: { schools_checked: 5, schools_failing: 2, schools_unknown: 1 } });
  const schools = [
    makeGuarantee({ name: "甲教学点", recordId: "学校基本情况!5", type: "teaching_point", fundingShortfall: 15000 }),
    makeGuarantee({ name: "乙教学点", recordId: "学校基本情况!6", type: "teaching_point", fundingShortfall: 40000 }),
  ];
  const failing = makeCounty({ items: [g6], schoolGuarantee: schools, areas: [{ area: "guarantee", verdict: "not_met", reasons: ["G6"], pending: [] }] });
  const sichuan = builtInProfile("sichuan-guanghan-2024");

  it("G6 not met: the schools short and the yuan they lack, in both languages", () => {
    expect(tableOf(failing, { ...zh, profile: sichuan }, "YZJH_Summary").rows[0]?.[3]).toBe("G6 公用经费未达生均标准：2 所学校未达标，合计缺 55,000 元；另有 1 所数据不全，无法判断");
    expect(tableOf(failing, { ...en, profile: sichuan }, "YZJH_Summary").rows[0]?.[3]).toBe(
      "G6 Public funding below the per-student norm: 2 schools fail, 55,000 yuan short in all; 1 more school could not be judged (data incomplete)",
    );
  });

  it("says G3 met only on an estimate beside 政府保障's verdict, which stays as the engine gave it (met alone; pending with G6)", () => {
    const g3 = makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } });
    const met = makeCounty({ items: [g3], areas: [{ area: "guarantee", verdict: "met", reasons: [], pending: [] }] });
    expect(tableOf(met, zh, "YZJH_Summary").rows[0]?.slice(2)).toEqual(["达标", "G3 达标为估算，待核实（25 所学校）"]);
    expect(tableOf(met, en, "YZJH_Summary").rows[0]?.slice(2)).toEqual(["Met", "G3 met on an estimate, to be checked (25 schools)"]);
    const g6 = makeItem({ code: "G6", verdict: "not_assessed", basis: "none", figureOf: "failing_count" });
    const pending = makeCounty({ items: [g3, g6], areas: [{ area: "guarantee", verdict: "not_assessed", reasons: ["G6"], pending: ["G6"] }] });
    const reason = tableOf(pending, zh, "YZJH_Summary").rows[0]?.[3];
    expect(reason).toMatch(/^G6 公用经费：规则未设生均公用经费标准.*。另：G3 达标为估算，待核实（25 所学校）$/);
  });

  it("G6 pending under national-2017: the profile sets no funding norm", () => {
    const pending = makeCounty({ items: [makeItem({ code: "G6", verdict: "not_assessed", basis: "none", figureOf: "failing_count" })], areas: [{ area: "guarantee", verdict: "not_assessed", reasons: ["G6"], pending: ["G6"] }] });
    expect(tableOf(pending, zh, "YZJH_Summary").rows[0]?.[3]).toBe("G6 公用经费：规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“小学生均公用经费标准（元/生·年）”和“初中生均公用经费标准（元/生·年）”两行；也可写路径 guarantee.funding.norm.primary、guarantee.funding.norm.junior）或写入规则文件，或选用已设标准的内置规则（命令行 --profile sichuan-guanghan-2024，或任务窗格的“评估规则”）");
  });

  it("G6 pending under national-2017, in the add-in's sheets: the pane's 评估规则, not --profile (zh, en)", () => {
    const pending = makeCounty({ items: [makeItem({ code: "G6", verdict: "not_assessed", basis: "none", figureOf: "failing_count" })], areas: [{ area: "guarantee", verdict: "not_assessed", reasons: ["G6"], pending: ["G6"] }] });
    expect(tableOf(pending, { ...zh, frontEnd: "addin" }, "YZJH_Summary").rows[0]?.[3]).toBe("G6 公用经费：规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“小学生均公用经费标准（元/生·年）”和“初中生均公用经费标准（元/生·年）”两行），或在任务窗格的“评估规则”中选用已设标准的内置规则（如“四川省（广汉市实施方案，2024）”）");
    expect(tableOf(pending, { ...en, frontEnd: "addin" }, "YZJH_Summary").rows[0]?.[3]).not.toMatch(/--profile|command line/);
  });

  it("a coefficient over its limit gives its value and the limit", () => {
    // makeGroup: L3's CV 0.2 + 2 × 0.01 = 0.22; here set at 0.532 over the primary limit 0.50.
    const group = makeGroup();
    const over = { ...group, indicators: { ...group.indicators, L3: makeStats("L3", 0.9, 0.4788, 0.532) } };
    const county = makeCounty({ coefficients: [over], areas: [{ area: "resources", verdict: "not_met", reasons: ["L3_primary_cv"], pending: [] }] });
    expect(tableOf(county, zh, "YZJH_Summary").rows[0]?.[3]).toBe("小学 L3 差异系数超过限值：0.532，限值 0.50");
  });
});

describe("汇总 the target reached in words of its own, not 达标", () => {
  const reached = makeCounty({ passing: { noStudents: 0, evaluated: 37, passing: 33, unjudged: 0, inScope: 37, share: 33 / 37, target: { year: 2024, share: 0.85 }, met: true } });
  const row = (t: TableSpec) => t.rows.find((r) => r[1] === "学校（学段）达标比例（对照年度目标）" || r[1] === "Share passing vs the year's target");

  it("已达到目标 on the verdicts' row, 是 under 达到目标; green", () => {
    expect(row(tableOf(reached, zh, "YZJH_Summary"))?.[2]).toBe("已达到目标");
    expect(row(tableOf(reached, en, "YZJH_Summary"))?.[2]).toBe("Target reached");
    const passing = tableOf(reached, zh, "YZJH_Passing");
    expect(passing.columns[9]?.header).toBe("达到目标");
    expect(passing.rows[0]?.[9]).toBe("是");
    expect(tableOf(reached, en, "YZJH_Passing").rows[0]?.[9]).toBe("Yes");
    expect(emphasisAt(passing, 0, 9)).toBe("good");
  });

  it("未达到目标 / 否 when missed", () => {
    const missed = makeCounty({ passing: { ...reached.passing, passing: 30, share: 30 / 37, met: false } });
    expect(row(tableOf(missed, zh, "YZJH_Summary"))?.[2]).toBe("未达到目标");
    expect(row(tableOf(missed, en, "YZJH_Summary"))?.[2]).toBe("Target not reached");
    expect(tableOf(missed, en, "YZJH_Passing").rows[0]?.[9]).toBe("No");
  });
});

describe("汇总 the share passing beside the range it lies in while sections are unjudged", () => {
  // messy.xlsx: 8 of 8 judged pass, 6 more unjudged of 14: 8 ÷ 14 = 57.1% … 14 ÷ 14 = 100.0%.
  const messy = makeCounty({ passing: { noStudents: 0, evaluated: 8, passing: 8, unjudged: 6, inScope: 14, share: 1, target: null, met: null } });

  it("gives the range in its own column, as the verdicts' row does", () => {
    const t = tableOf(messy, zh, "YZJH_Passing");
    expect(t.columns[6]?.header).toBe("计入无法评估后的达标比例");
    expect(t.rows[0]?.slice(5, 7)).toEqual([1, "57.1% 至 100.0%"]);
    expect(tableOf(messy, en, "YZJH_Passing").rows[0]?.[6]).toBe("57.1% to 100.0%");
  });
});

describe("汇总 notes: a county whose name was not found", () => {
  it("says once that it is shown as （未注明县区）, the overview's word for a county not named", () => {
    const unnamed = makeCounty({ county: null });
    expect(summarySheet(makeEvaluation({ counties: [unnamed] }), zh).notes).toContain("未在标题或县区列中找到县名，表中称“（未注明县区）”");
    expect(summarySheet(makeEvaluation({ counties: [unnamed] }), en).notes).toContain("The county's name was found neither in a title nor in a county column: shown as “(county not named)”");
    expect(summarySheet(makeEvaluation({ counties: [unnamed, makeCounty({ county: "乙县" })] }), zh).notes.filter((n) => n.includes("（未注明县区）"))).toHaveLength(1);
    // Named: no note (the profile and the year only).
    expect(summarySheet(makeEvaluation(), zh).notes).toHaveLength(2);
  });

  it("in a workbook of named counties, counts the rows whose 县区 cell is blank instead of saying no name was found (cblank.xlsx)", () => {
    // city-multi-county.xlsx with 全市学校!B6 cleared: 甲县, 乙县, 丙区 named, 甲县第二小学 in （未注明县区）.
    const counties = [makeCounty({ county: "甲县" }), makeCounty({ county: null }), makeCounty({ county: "乙县" }), makeCounty({ county: "丙区" })];
    const blank = (row: number, name: string) => ({ code: "read_county_blank", severity: "warning" as const, cell: `全市学校!B${row}`, params: { name } });
    const notesOf = (context: ResultContext) => summarySheet(makeEvaluation({ counties }), context).notes.filter((n) => n.includes("（未注明县区）") || n.includes("(county not named)"));
    expect(notesOf({ ...zh, issues: [blank(6, "甲县第二小学")] })).toEqual(["县区为空的 1 行归入“（未注明县区）”"]);
    expect(notesOf({ ...en, issues: [blank(6, "甲县第二小学")] })).toEqual(["1 row with a blank county cell is shown as “(county not named)”"]);
    expect(notesOf({ ...en, issues: [blank(6, "甲县第二小学"), blank(9, "乙县中学")] })).toEqual(["2 rows with a blank county cell are shown as “(county not named)”"]);
    // Named counties, no blank cell (a sheet without a name beside named ones): not "no name found" either.
    expect(notesOf(zh)).toEqual(["部分学校未在标题或县区列中找到县名，归入“（未注明县区）”"]);
    // No county named at all, blank cells or not: the name was not found.
    expect(summarySheet(makeEvaluation({ counties: [makeCounty({ county: null })] }), { ...zh, issues: [blank(6, "甲县第二小学")] }).notes).toContain("未在标题或县区列中找到县名，表中称“（未注明县区）”");
  });
});

describe("汇总 says where to look for the sections that could not be evaluated (wb6-onerow-perstage D8)", () => {
  const unjudged = (name: string, row: number) => makeSection({ name, row, students: 300, evaluable: false, notEvaluable: ["missing_numerator"], metCount: null, pass: null });
  const reasonOf = (sections: ReturnType<typeof makeSection>[], context = zh) =>
    tableOf(makeCounty({ ...messyGuarantee, sections: [...messyGuarantee.sections, ...sections] }), context, "YZJH_Summary").rows[0]?.[3];

  it("names one to three of them, with the sheet whose 备注 says why", () => {
    expect(reasonOf([unjudged("戊小学", 9)])).toBe("有学校（学段）未达到“6项达标、其余不低于85%”：1 个（已判定 2 个）。待评估：有参评学校（学段）数据不全，无法评估：戊小学（小学），见《学校达标》表备注");
    expect(reasonOf([unjudged("戊小学", 9)], en)).toBe("Some school sections fail the pass rule (6 indicators met, the rest at least 85% of the standard): 1 of the 2 judged. Not yet assessed: some school sections in scope could not be evaluated: 戊小学 (primary), see the notes on Schools");
  });

  it("counts four or more", () => {
    expect(reasonOf([9, 10, 11, 12].map((row) => unjudged(`校${row}`, row)))).toMatch(/无法评估：4 个，见《学校达标》表备注$/u);
  });
});

describe("汇总 notes: the share passing counts sections", () => {
  const sectionsOf = (type: "nine_year" | "twelve_year" | "complete_middle", included = true) => [
    makeSection({ name: "甲小学", row: 5 }),
    makeSection({ name: "马坊学校（小学部）", row: 6, type, included }),
  ];
  const notes = (type: "nine_year" | "twelve_year" | "complete_middle", context: ResultContext, included = true) =>
    summarySheet(makeEvaluation({ counties: [makeCounty({ sections: sectionsOf(type, included) })] }), context).notes.filter((n) => n.includes("按学段计") || n.includes("counts school sections"));

  it.each(["nine_year", "twelve_year"] as const)("says it once a %s school is in scope, in zh and en", (type) => {
    expect(notes(type, zh)).toEqual(["学校（学段）达标比例按学段计：九年一贯制、十二年一贯制学校的小学部、初中部各计为一个小学、一个初中（与七项指标、差异系数一样分学段计算），因此一所学校可计两次"]);
    expect(notes(type, en)).toEqual([
      "The share passing counts school sections: the primary and junior sections of a nine-year or twelve-year school count as a primary school and a junior school (as the seven indicators and the coefficients are computed by stage), so one school may count twice",
    ]);
  });

  it("says nothing for a complete middle school (one compulsory section), a combined school out of scope, or none", () => {
    expect(notes("complete_middle", zh)).toEqual([]);
    expect(notes("nine_year", zh, false)).toEqual([]);
    expect(summarySheet(makeEvaluation(), zh).notes).toHaveLength(2);
  });
});

describe("汇总 for a county the figures list misspells (typo2.xlsx: 东三县 at 县级指标!A34 for 东山县)", () => {
  const warning = { code: "county_figures_unmatched_missing", severity: "warning" as const, cell: "县级指标!A34", params: { counties: "东三县", missing: "东山县" } };
  const g1 = makeItem({ code: "G1", area: "guarantee", verdict: "not_assessed", parts: { G1_layout: null } });
  const county = makeCounty({
    county: "东山县",
    items: [g1],
    areas: [{ area: "guarantee", verdict: "not_assessed", reasons: ["G1"], pending: ["G1"] }],
    veto: [{ code: "V_key_schools", present: null, cell: null }],
  });
  const rowOf = (context: ResultContext, label: string) => tableOf(county, { ...context, issues: [warning] }, "YZJH_Summary").rows.find((r) => r[1] === label)?.[3];
  const noteZh = "县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区：若即本县区，请统一名称（见“数据问题”）";
  const noteEn = "“东三县” at 县级指标!A34 matches no county of the school data, so its figures were not used here: if it is this county, write its name the same way in both (see Data issues)";

  it("keeps 缺少数据 and says once after the area's reasons where the name is (before: 缺少数据 alone)", () => {
    expect(rowOf(zh, "政府保障程度")).toBe(`G1 规划布局合理：缺少数据。另：${noteZh}`);
    expect(rowOf(en, "Government guarantee")).toBe(`G1 Sound school layout planning: no data. Also: ${noteEn}`);
  });

  it("says it after the veto items not given too", () => {
    expect(rowOf(zh, "一票否决")).toBe(`未填报：设置重点校、重点班。另：${noteZh}`);
    expect(rowOf(en, "Veto items")).toBe(`Not given: key schools or key classes. Also: ${noteEn}`);
    expect(tableOf(county, zh, "YZJH_Summary").rows.find((r) => r[1] === "一票否决")?.[3]).toBe("未填报：设置重点校、重点班");
  });
});
