// A veto item answered 暂无数据 (reviewer R3 of s48, F5): the results said 未填报 with no cell, while
// every other item so answered says 暂无数据 with its cell.
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { withUnreadVetoCells } from "../../report/unreadVetoCells";
import { readWorkbook } from "../read/readWorkbook";
import { gridOf, sourceOf } from "../read/testing";
import { summarySheet } from "./summarySheet";

const schools = gridOf([
  ["学校名称", "学段", "在校生数"],
  ["一小", "小学", 600],
  ["一中", "初中", 500],
]);
const OTHER_VETOES = [["以考试方式招生", "无"], ["设置重点学校或重点班", "无"], ["有编不补、长期聘用编外教师", "无"], ["发生重大安全责任事故", "无"]];

/** 汇总's cells as text, of a workbook whose figures are `rows`, read and evaluated as the front ends do (the veto cells laid over: withUnreadVetoCells). */
async function summaryCells(rows: unknown[][], lang: "zh" | "en") {
  const r = await readWorkbook(sourceOf([schools, gridOf([["项目", "数值"], ...rows] as never, { sheet: "县级指标" })]));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const profile = builtInProfile("national-2017");
  const evaluation = withUnreadVetoCells(evaluate(r.input, profile), r.issues);
  const issues = [...r.issues, ...evaluation.issues];
  const sheet = summarySheet(evaluation, { issues, profileName: profile.name[lang], lang, profile });
  return { evaluation, tables: sheet.tables.map((t) => t.rows.map((row) => row.map((c) => (c !== null && typeof c === "object" && "value" in c ? String(c.value) : String(c))))) };
}

describe("汇总 for a veto item answered 暂无数据", () => {
  it("names 暂无数据 and its cell on the county's veto row and the cell in the veto table, not 未填报", async () => {
    const { evaluation, tables } = await summaryCells([["违规择校", "暂无数据"], ["弄虚作假", null], ...OTHER_VETOES], "zh");
    expect(evaluation.counties[0]?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!B2" });
    const all = tables.flat();
    const vetoRow = all.find((row) => row.some((c) => c.includes("暂无数据")));
    expect(vetoRow?.find((c) => c.includes("暂无数据"))).toBe("未填报：弄虚作假。暂无数据：违规择校（县级指标!B2）");
    const tableRow = all.find((row) => row[1] === "违规择校");
    expect(tableRow?.[3]).toBe("县级指标!B2");
  });

  it("says it in English too", async () => {
    const { tables } = await summaryCells([["违规择校", "暂无数据"], ["弄虚作假", "无"], ...OTHER_VETOES], "en");
    expect(tables.flat().flat()).toContain("No data yet: illegal school choice (县级指标!B2)");
  });
});

describe("汇总 for veto items pending in all three ways", () => {
  it("says 未填报, 暂无数据 and 填报值未能读取 in that order, each with its items and cells, as three sentences", async () => {
    const rows = [["违规择校", "暂无数据"], ["弄虚作假", null], ["以考试方式招生", "基本没有"], ["设置重点学校或重点班", "无"], ["有编不补、长期聘用编外教师", "无"], ["发生重大安全责任事故", "无"]];
    const { tables } = await summaryCells(rows, "zh");
    expect(tables.flat().flat()).toContain("未填报：弄虚作假。暂无数据：违规择校（县级指标!B2）。填报值未能读取：以考试方式招生（县级指标!B4，见“数据问题”）");
  });
});
