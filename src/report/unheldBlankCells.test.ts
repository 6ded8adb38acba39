// s52 H5: 违规择校 | 无 | (blank) under 小学 | 初中 warned a county with no 初中 school to write / in the
// blank 初中 cell, and held its veto 待评估. Expected by hand: the warning is said where the blank cell
// held the item (a county with 初中 schools), and not for a county of 小学 schools, which is cleared.
import { evaluate } from "../engine/evaluate";
import type { Grid } from "../workbook/types";
import { builtInProfile } from "../profiles/resolveProfile";
import { gridOf, readGridsOk } from "../workbook/read/testing";
import { evaluateRead } from "./evaluateRead";

const profile = builtInProfile("national-2017");
/** 甲县 with a 小学 school only, 乙县 with a 小学 and a 初中 school. */
const TWO_COUNTIES = gridOf([["县区", "学校名称", "学段", "在校生数"], ["甲县", "甲一小", "小学", 600], ["乙县", "乙一小", "小学", 600], ["乙县", "乙一中", "初中", 500]]);
const FIGURES = gridOf([["项目", "小学", "初中"], ["违规择校", "无", null], ["以考试方式招生", "无", "无"]], { sheet: "县级指标" });

/** The school rows beside `figures` read and evaluated as both front ends do: the issues, and V_school_choice's result for the county named (null: the first). */
async function evaluated(schools: Grid, figures: Grid) {
  const read = await readGridsOk([schools, figures]);
  const r = await evaluateRead({ input: read.input, issues: read.issues, mapping: null, ruleOverride: null }, { profile, year: null, lang: "zh", evaluate });
  const county = (name: string | null) => (name === null ? r.evaluation.counties[0] : r.evaluation.counties.find((c) => c.county === name));
  return { issues: r.issues, choice: (name: string | null) => county(name)?.veto.find((v) => v.code === "V_school_choice") };
}

/** The evaluation of the school rows beside FIGURES: V_school_choice and the issues at 县级指标!C2. */
async function run(schools: Grid) {
  const r = await evaluated(schools, FIGURES);
  return { veto: r.choice(null), atC2: r.issues.filter((i) => i.cell === "县级指标!C2").map((i) => [i.code, i.severity]) };
}

describe("withoutUnheldBlankCells through evaluateRead", () => {
  it("clears a county of 小学 schools only, and says nothing of its blank 初中 cell", async () => {
    const r = await run(gridOf([["学校名称", "学段", "在校生数"], ["一小", "小学", 600], ["二小", "小学", 400]]));
    expect(r.veto).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
    expect(r.atC2).toEqual([]);
  });

  it("holds a county with a 初中 school 待评估 at C2, warning there", async () => {
    const r = await run(gridOf([["学校名称", "学段", "在校生数"], ["一小", "小学", 600], ["一中", "初中", 500]]));
    expect(r.veto).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
    expect(r.atC2).toEqual([["read_figure_veto_cell_blank", "warning"]]);
  });
});

describe("withoutUnheldBlankCells: a list of counties, one with 初中 schools", () => {
  it("warns for the county its blank cell holds, not for the one of 小学 schools only", async () => {
    const figures = gridOf([["县区", "项目", "小学", "初中"], ["甲县", "违规择校", "无", null], ["乙县", "违规择校", "无", null]], { sheet: "县级指标" });
    const { issues, choice } = await evaluated(TWO_COUNTIES, figures);
    expect(choice("甲县")).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!C2" });
    expect(choice("乙县")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!D3" });
    expect(issues.filter((i) => i.code === "read_figure_veto_cell_blank").map((i) => i.cell)).toEqual(["县级指标!D3"]);
  });
});

// s52 R5: a figures sheet without a county column applies to every county of a list. 甲县 (小学 only) was cleared at
// B2 and 乙县 (a 初中 school) held at C2, but the warning at C2 was dropped for 甲县's sake: 乙县 was 待评估 at a cell
// with no word said of it. Expected by hand: 甲县 无 at B2, 乙县 待评估 at C2, the warning at C2 kept.
describe("withoutUnheldBlankCells: one figures sheet with no county column for a list of counties", () => {
  it("keeps the warning at C2, where 乙县's item is held, though 甲县's was cleared by the same 无", async () => {
    const { issues, choice } = await evaluated(TWO_COUNTIES, FIGURES);
    expect(choice("甲县")).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
    expect(choice("乙县")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
    expect(issues.filter((i) => i.code === "read_figure_veto_cell_blank").map((i) => i.cell)).toEqual(["县级指标!C2"]);
  });
});
