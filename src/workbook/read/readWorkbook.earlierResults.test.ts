import type { CellValue, Grid, WorkbookSource } from "../types";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

// Result sheets of an earlier run, renamed (上次汇总) or under the add-in's writing names, are known
// by their title and the profile and year lines under it, and are never read as data.
const ZH_LINES = [["评估规则：国家标准（教督〔2017〕6号）"], ["评估年度：2024"], ["数据来源：sample-county.xlsx"], []];
const EN_LINES = [["Rule profile: National standard (2017)"], ["Year: 2024"], ["Source: sample-county.xlsx"], []];

function resultSheet(sheet: string, title: string, body: readonly (readonly CellValue[])[], lines = ZH_LINES): Grid {
  return gridOf([[title], ...lines, ...body], { sheet });
}

const SUMMARY_ZH = "县域义务教育优质均衡发展评估汇总";
const SCHOOLS_ZH = "学校资源配置七项指标达标情况";
const summaryBody = [["县区", "项目", "结论", "说明"], ["示例县", "违规择校", "有", ""], ["示例县", "社会认可度", 0.5, ""]];
const schoolsBody = [["县区", "学校", "学段", "类型", "在校生数"], ["示例县", "旧一小", "小学", "小学", 900], ["示例县", "旧二小", "小学", "小学", 800], ["示例县", "旧一中", "初中", "初中", 700]];
const schools = gridOf([["学校名称", "在校生数"], ["一小", 300], ["二小", 200]], { sheet: "学校基本情况" });
const figures = gridOf([["项目", "数值"], ["违规择校", "无"], ["社会认可度", 0.9]], { sheet: "县级指标" });

function withHidden(source: WorkbookSource, hidden: readonly string[]): WorkbookSource {
  return { ...source, hiddenSheets: () => Promise.resolve(hidden) };
}

function onSheet(result: ReadResult, sheet: string): string[] {
  return result.issues.filter((i) => i.cell?.startsWith(`${sheet}!`) === true).map((i) => i.code);
}

describe("readWorkbook with result sheets of an earlier run among the data", () => {
  it.each([["last", [schools, figures]], ["first", []]])("never reads a renamed 汇总 (上次汇总) as county figures, placed %s", async (_where, before) => {
    const old = resultSheet("上次汇总", SUMMARY_ZH, summaryBody);
    const grids = before.length > 0 ? [...before, old] : [old, schools, figures];
    const result = (await readWorkbook(sourceOf(grids))) as Ok;
    expect(result.ok).toBe(true);
    expect(result.figuresSheets).toEqual(["县级指标"]);
    // Only 县级指标's two items: 违规择校 无 at B2 and 社会认可度 0.9 at B3; none of 上次汇总's.
    expect(result.input.countyFigures.map((f) => f.cell)).toEqual(["县级指标!B2", "县级指标!B3"]);
    expect(result.issues.filter((i) => i.code === "read_earlier_results_skipped")).toEqual([{ code: "read_earlier_results_skipped", severity: "info", cell: "上次汇总!A1", params: { sheets: "上次汇总" } }]);
    expect(onSheet(result, "上次汇总")).toEqual(["read_earlier_results_skipped"]);
  });

  it("never reads a renamed 学校达标 (上次学校达标, English title) as school rows, nor names it among the school sheets left unread", async () => {
    const old = resultSheet("Old schools", "School sections: the seven resource indicators", schoolsBody, EN_LINES);
    const oldSummary = resultSheet("Old summary", "County evaluation of high-quality balanced compulsory education: summary", summaryBody, EN_LINES);
    const result = (await readWorkbook(sourceOf([old, schools, figures, oldSummary]))) as Ok;
    expect(result.ok).toBe(true);
    expect(result.input.records.map((r) => r.name)).toEqual(["一小", "二小"]);
    expect(result.mapping.sheet).toBe("学校基本情况");
    expect(result.figuresSheets).toEqual(["县级指标"]);
    expect(result.issues.filter((i) => i.code === "read_earlier_results_skipped").map((i) => [i.cell, i.params])).toEqual([["'Old schools'!A1", { sheets: "Old schools, Old summary" }]]);
    expect(onSheet(result, "Old summary")).toEqual([]);
    expect(result.issues.some((i) => i.code === "read_other_school_sheets")).toBe(false);
  });

  it("never reads the add-in's hidden writing sheets (~yzjh~run~n), whatever they hold", async () => {
    const writing = [resultSheet("~yzjh~k3f9~0", SUMMARY_ZH, summaryBody), gridOf(schoolsBody, { sheet: "~yzjh~k3f9~2" })];
    const result = (await readWorkbook(withHidden(sourceOf([schools, figures, ...writing]), ["~yzjh~k3f9~0", "~yzjh~k3f9~2"]))) as Ok;
    expect(result.ok).toBe(true);
    expect(result.figuresSheets).toEqual(["县级指标"]);
    expect(result.input.countyFigures.map((f) => f.cell)).toEqual(["县级指标!B2", "县级指标!B3"]);
    expect(result.issues.filter((i) => i.code === "read_earlier_results_skipped").map((i) => i.params)).toEqual([{ sheets: "~yzjh~k3f9~0, ~yzjh~k3f9~2" }]);
    expect(result.issues.some((i) => i.code === "read_hidden_school_sheets")).toBe(false);
  });

  it("still reads a user's own sheets named 学校达标 and 汇总 (no result title over them)", async () => {
    const own = gridOf([["示例县2024年义务教育学校办学条件统计表"], ["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校达标" });
    const ownFigures = gridOf([["示例县2024年政府保障与教育质量指标"], ["项目", "数值"], ["社会认可度", 0.9]], { sheet: "汇总" });
    const result = (await readWorkbook(sourceOf([own, ownFigures]))) as Ok;
    expect(result.ok).toBe(true);
    expect(result.input.records.map((r) => r.name)).toEqual(["一小"]);
    expect(result.figuresSheets).toEqual(["汇总"]);
    expect(result.issues.some((i) => i.code === "read_earlier_results_skipped")).toBe(false);
  });
});

describe("readWorkbook over a result workbook with a sheet added or renamed", () => {
  const coefficients = resultSheet("差异系数", "校际差异系数（按学段、逐项指标）", [["县区", "学段", "指标"]]);
  const refused = (sheets: string) => ({ ok: false, issues: [{ code: "read_result_workbook", severity: "error", cell: null, params: { sheets } }] });

  it("refuses it as a result workbook when the user added a notes sheet (我的备注)", async () => {
    const notes = gridOf([["复核意见：城关一小已整改"]], { sheet: "我的备注" });
    const grids = [resultSheet("汇总", SUMMARY_ZH, summaryBody), coefficients, resultSheet("学校达标", SCHOOLS_ZH, schoolsBody), notes];
    expect(await readWorkbook(sourceOf(grids))).toEqual(refused("汇总、差异系数、学校达标"));
  });

  it("refuses it as a result workbook when one result sheet was renamed (2024汇总)", async () => {
    const grids = [resultSheet("2024汇总", SUMMARY_ZH, summaryBody), coefficients, resultSheet("学校达标", SCHOOLS_ZH, schoolsBody)];
    expect(await readWorkbook(sourceOf(grids))).toEqual(refused("2024汇总、差异系数、学校达标"));
  });

  it("refuses it in English too (Old summary, Coefficients, Schools, Notes)", async () => {
    const grids = [
      resultSheet("Old summary", "County evaluation of high-quality balanced compulsory education: summary", summaryBody, EN_LINES),
      resultSheet("Coefficients", "Inter-school difference coefficients (CV), per stage and per indicator", [], EN_LINES),
      resultSheet("Schools", "School sections: the seven resource indicators", schoolsBody, EN_LINES),
      gridOf([["My notes"]], { sheet: "Notes" }),
    ];
    expect(await readWorkbook(sourceOf(grids))).toEqual(refused("Old summary、Coefficients、Schools"));
  });
});
