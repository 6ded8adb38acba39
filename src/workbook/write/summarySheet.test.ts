import { summarySheet } from "./summarySheet";
import { makeCounty, makeEvaluation } from "./testing/makeEvaluation";
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
    expect(zhRows[1]?.[3]).toBe("G3 音乐、美术专用教室。待评估：G1 规划布局合理；G2 城乡“四统一”；G10 教职工编制统筹配置");
    const enRows = tableOf(messyGuarantee, en, "YZJH_Summary").rows;
    expect(enRows[1]?.[3]).toBe(
      "G3 Music and art rooms. Not yet assessed: G1 Sound school layout planning; G2 Urban–rural “four unified” standards; G10 Staffing allocated by the county bureau",
    );
  });

  it("labels sections that could not be evaluated as pending, apart from those failing", () => {
    expect(tableOf(messyGuarantee, zh, "YZJH_Summary").rows[0]?.[3]).toBe("有学校（学段）未达到“6项达标、其余不低于85%”。待评估：有参评学校（学段）数据不全，无法评估");
  });

  it("leaves reasons of one kind unlabelled (the verdict beside them says which), with the English separator", () => {
    // Q1 and Q2 are both pending and nothing fails: the verdict beside them ("Not yet assessed") already says so.
    expect(tableOf(messyGuarantee, en, "YZJH_Summary").rows[2]?.[3]).toBe("Q1 Junior secondary three-year retention; Q2 Enrolment of children with disabilities");
  });

  it("lists pending veto items as clauses (their names hold a 、), with the language's separator", () => {
    const veto = [
      { code: "V_exam_admission", present: null, cell: null },
      { code: "V_key_schools", present: null, cell: null },
    ];
    const county = makeCounty({ veto });
    const row = (context: ResultContext) => tableOf(county, context, "YZJH_Summary").rows.find((r) => r[1] === (context.lang === "zh" ? "一票否决" : "Veto items"));
    expect(row(zh)?.[3]).toBe("考试招生；设置重点校、重点班");
    expect(row(en)?.[3]).toBe("Exam-based admission; Key schools or key classes");
  });
});

describe("汇总 share of schools passing", () => {
  const noTarget = makeCounty({ passing: { noStudents: 0, evaluated: 9, passing: 8, unjudged: 0, inScope: 9, share: 8 / 9, target: null, met: null } });

  it("is not applicable, not pending, when the profile sets no target", () => {
    const verdicts = tableOf(noTarget, zh, "YZJH_Summary");
    const row = verdicts.rows.findIndex((r) => r[1] === "学校（学段）达标比例（对照年度目标）");
    // The evaluation's year is 2025 (makeEvaluation): the profile plans nothing for it.
    expect(verdicts.rows[row]?.slice(2)).toEqual(["不适用", "达标 8/9（88.9%），规则未设2025年的年度目标"]);
    expect(emphasisAt(verdicts, row, 2)).toBe("muted");
    // 8 / 9 = 0.8888888888888888, stored to Excel's 15 digits.
    expect(tableOf(noTarget, zh, "YZJH_Passing").rows[0]).toEqual(["示例县", 9, 9, 8, 0, 0.888888888888889, null, null, "不适用"]);
    expect(tableOf(noTarget, en, "YZJH_Passing").rows[0]?.[8]).toBe("Not applicable");
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
    expect(tableOf(none, zh, "YZJH_Passing").rows[0]?.[8]).toBe("待评估");
  });

  it("counts the sections that could not be evaluated, and gives the range the share lies in with them", () => {
    // 1 of 1 judged passes, 4 more unknown: with them 1 ÷ 5 = 20% at worst, 5 ÷ 5 = 100% at best, so 85% waits.
    const few = makeCounty({ passing: { noStudents: 0, evaluated: 1, passing: 1, unjudged: 4, inScope: 5, share: 1, target: { year: 2024, share: 0.85 }, met: null } });
    // In scope 1 + 4 = 5: the table and the headline say so before the 1 of 1.
    expect(tableOf(few, zh, "YZJH_Passing").rows[0]).toEqual(["示例县", 5, 1, 1, 4, 1, 2024, 0.85, "待评估"]);
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
    expect(passing.columns.slice(5, 8).map((c) => c.numberFormat)).toEqual(["0.00%", "0", "0.0%"]);
    expect(passing.rows[0]?.[8]).toBe("未达标");
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
