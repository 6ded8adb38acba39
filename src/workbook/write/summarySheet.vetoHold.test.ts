// s52 R5: a veto item held 待评估 read "填报值未能读取：违规择校（…）" ("value given not read") on 汇总's 一票否决
// row also when its cell says 待核实 or a stage cell was left blank, neither of which was unreadable. Expected
// by hand: the row says what holds it — 尚待核实 (pending), 学段未作答 (a stage unanswered: blank, or / for a
// stage the county has), 填报值未能读取 only for a value that cannot be read (见附件) — each with its cell.
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { evaluateRead } from "../../report/evaluateRead";
import type { Grid } from "../types";
import { gridOf, readGridsOk } from "../read/testing";
import { summarySheet } from "./summarySheet";

const profile = builtInProfile("national-2017");
const BOTH_STAGES = gridOf([["学校名称", "学段", "在校生数"], ["一小", "小学", 600], ["一中", "初中", 500]]);
const OTHER_VETOES = [["以考试方式招生", "无", "无"], ["设置重点学校或重点班", "无", "无"], ["有编不补、长期聘用编外教师", "无", "无"], ["发生重大安全责任事故", "无", "无"], ["弄虚作假", "无", "无"]];
const staged = (choice: (string | null)[], sheet = "县级指标") => gridOf([["项目", "小学", "初中"], ["违规择校", ...choice], ...OTHER_VETOES], { sheet });

/** 汇总's 一票否决 row (its verdict and note) of the workbook's grids, read and evaluated as both front ends do (evaluateRead). */
async function vetoRow(grids: Grid[], lang: "zh" | "en"): Promise<string[] | undefined> {
  const read = await readGridsOk(grids);
  const r = await evaluateRead({ input: read.input, issues: read.issues, mapping: null, ruleOverride: null }, { profile, year: null, lang, evaluate });
  const sheet = summarySheet(r.evaluation, { issues: r.issues, profileName: profile.name[lang], lang, profile });
  const text = (c: unknown) => (c !== null && typeof c === "object" && "value" in c ? String(c.value) : String(c));
  const rows = sheet.tables.flatMap((t) => t.rows.map((row) => row.map(text)));
  return rows.find((row) => row[1] === (lang === "zh" ? "一票否决" : "Veto items"))?.slice(2);
}

describe("汇总's 一票否决 row says what holds a veto item", () => {
  it("违规择校 | 无 | 待核实: 尚待核实 at C2", async () => {
    expect(await vetoRow([BOTH_STAGES, staged(["无", "待核实"])], "zh")).toEqual(["待评估", "尚待核实：违规择校（县级指标!C2，见“数据问题”）"]);
  });

  it("违规择校 | 无 on one sheet and 待核实 on another: 尚待核实 at the 待核实 cell", async () => {
    const second = gridOf([["项目", "数值"], ["违规择校", "待核实"]], { sheet: "县级指标2" });
    expect(await vetoRow([BOTH_STAGES, staged(["无", "无"]), second], "zh")).toEqual(["待评估", "尚待核实：违规择校（县级指标2!B2，见“数据问题”）"]);
  });

  it("违规择校 | 无 | (blank) and 违规择校 | 无 | / in a county with 初中 schools: 学段未作答 at C2", async () => {
    expect(await vetoRow([BOTH_STAGES, staged(["无", null])], "zh")).toEqual(["待评估", "学段未作答：违规择校（县级指标!C2，见“数据问题”）"]);
    expect(await vetoRow([BOTH_STAGES, staged(["无", "/"])], "zh")).toEqual(["待评估", "学段未作答：违规择校（县级指标!C2，见“数据问题”）"]);
  });

  it("违规择校 | 无 | 见附件: still 填报值未能读取 at C2", async () => {
    expect(await vetoRow([BOTH_STAGES, staged(["无", "见附件"])], "zh")).toEqual(["待评估", "填报值未能读取：违规择校（县级指标!C2，见“数据问题”）"]);
  });

  it("says both in English", async () => {
    expect(await vetoRow([BOTH_STAGES, staged(["无", "待核实"])], "en")).toEqual(["Not yet assessed", "Answer still pending: illegal school choice (县级指标!C2; see Data issues)"]);
    expect(await vetoRow([BOTH_STAGES, staged(["无", null])], "en")).toEqual(["Not yet assessed", "Not answered for a school stage: illegal school choice (县级指标!C2; see Data issues)"]);
  });
});
