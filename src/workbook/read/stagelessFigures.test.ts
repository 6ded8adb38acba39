import { evaluate } from "../../engine/evaluate";
import { judgePart } from "../../engine/guarantee/countyFigures";
import type { CellValue } from "../types";
import type { ItemResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readCountyFigures } from "./readCountyFigures";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

const NATIONAL = builtInProfile("national-2017");
const SICHUAN = builtInProfile("sichuan-guanghan-2024");
const STAGELESS = "特殊教育学校生均公用经费（元）";

/** A 县级指标 sheet as the trial gave it: two other items, then G7 without a stage in A4. */
function figuresGrid(value: CellValue, more: readonly (readonly CellValue[])[] = []) {
  return gridOf([["项目", "数值"], ["初中三年巩固率", 0.97], ["社会认可度", 0.9], [STAGELESS, value], ...more], { sheet: "县级指标" });
}

/** The G7 figures read, as [code, value, cell]. */
function g7Of(value: CellValue, more: readonly (readonly CellValue[])[] = []) {
  const result = readCountyFigures(figuresGrid(value, more));
  return {
    figures: (result?.figures ?? []).filter((f) => f.code.startsWith("G7")).map((f) => [f.code, f.value, f.cell]),
    issues: (result?.issues ?? []).filter((i) => i.cell?.startsWith("县级指标!") === true),
  };
}

/** G7 as the whole run judges it: the workbook read (readWorkbook), then evaluated under `profile`. */
async function g7Verdict(value: CellValue, profile = NATIONAL, more: readonly (readonly CellValue[])[] = []): Promise<ItemResult | undefined> {
  const schools = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
  const read = (await readWorkbook(sourceOf([schools, figuresGrid(value, more)]))) as Ok;
  expect(read.ok).toBe(true);
  return evaluate(read.input, profile).counties[0]?.items.find((i) => i.code === "G7");
}

describe("a special-education funding figure without a stage (rules.md §4 item 7)", () => {
  it("is the figure of both stages, at its own cell, and says so there (before: not read, read_figure_no_stage at A4)", () => {
    const { figures, issues } = g7Of(6500);
    expect(figures).toEqual([
      ["G7_special_primary", 6500, "县级指标!B4"],
      ["G7_special_junior", 6500, "县级指标!B4"],
    ]);
    expect(issues).toEqual([{ code: "read_figure_both_stages", severity: "info", cell: "县级指标!B4", params: { item: STAGELESS, value: 6500 } }]);
  });

  it("says in either language that it was taken for both 小学 and 初中", () => {
    const params = { item: STAGELESS, value: 6500 };
    expect(message("read_figure_both_stages", params, "zh")).toBe("“特殊教育学校生均公用经费（元）”未分学段：按同一生均标准同时用于小学和初中（6500 元），两个学段分别按各自的标准判断");
    expect(message("read_figure_both_stages", params, "en")).toBe("“特殊教育学校生均公用经费（元）” names no stage: taken for both primary and junior secondary (6500 yuan), each judged against its own threshold");
    const one = { ...params, stageInText: "junior", stageCell: "县级指标!B5" };
    expect(message("read_figure_one_stage", one, "zh")).toBe("“特殊教育学校生均公用经费（元）”未分学段：另一学段已在 县级指标!B5 单独填写并以其为准，此值（6500 元）只用于初中");
    expect(message("read_figure_one_stage", one, "en")).toContain("this one (6500 yuan) is taken for junior secondary only");
    expect(message("read_figure_stages_given", { item: STAGELESS, primaryCell: "县级指标!B5", juniorCell: "县级指标!B6" }, "en")).toContain("(县级指标!B5, 县级指标!B6): this value is not used");
  });

  it("reads a number stored as text (“6,500”) for both stages without a note (R2 of s46, finding 6); 6,500元 said as read once, not as one stage's item", () => {
    const { figures, issues } = g7Of("6,500");
    expect(figures.map((f) => f[1])).toEqual([6500, 6500]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_both_stages", "县级指标!B4"]]);
    const withUnit = g7Of("6,500元");
    expect(withUnit.figures.map((f) => f[1])).toEqual([6500, 6500]);
    expect(withUnit.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_read_as", "县级指标!B4"],
      ["read_figure_both_stages", "县级指标!B4"],
    ]);
    expect(withUnit.issues[0]?.params).toEqual({ header: STAGELESS, text: "6,500元", value: 6500 });
  });

  it("gives no figure for a blank value, said as blank by its own words, tied to G7 by its primary code and labelled for both stages; a 0 is a figure of 0 for both stages", () => {
    // The code ties the cell to G7, so that the result says 未填 there, not 缺少数据 (reviewer R3 of s48, F6).
    const params = { item: STAGELESS, countyItem: "G7_special_primary", itemLabel: "G7_special_both" };
    expect(g7Of(null)).toEqual({ figures: [], issues: [{ code: "read_figure_blank", severity: "info", cell: "县级指标!B4", params }] });
    expect(g7Of(0).figures).toEqual([
      ["G7_special_primary", 0, "县级指标!B4"],
      ["G7_special_junior", 0, "县级指标!B4"],
    ]);
  });

  it("leaves a stage given on its own its own figure and fills only the other stage, said so", () => {
    const { figures, issues } = g7Of(6500, [["特殊教育学校小学生均公用经费（元）", 6050]]);
    expect(figures).toEqual([
      ["G7_special_junior", 6500, "县级指标!B4"],
      ["G7_special_primary", 6050, "县级指标!B5"],
    ]);
    expect(issues).toEqual([{ code: "read_figure_one_stage", severity: "info", cell: "县级指标!B4", params: { item: STAGELESS, value: 6500, stageInText: "junior", stageCell: "县级指标!B5" } }]);
  });

  it("is not used when both stages are given on their own, and says so", () => {
    const more = [["特殊教育学校小学生均公用经费（元）", 6050], ["特殊教育学校初中生均公用经费（元）", 6200]];
    const { figures, issues } = g7Of(6500, more);
    expect(figures).toEqual([
      ["G7_special_primary", 6050, "县级指标!B5"],
      ["G7_special_junior", 6200, "县级指标!B6"],
    ]);
    expect(issues).toEqual([{ code: "read_figure_stages_given", severity: "info", cell: "县级指标!B4", params: { item: STAGELESS, primaryCell: "县级指标!B5", juniorCell: "县级指标!B6" } }]);
  });

  it("reads an item naming both stages (（小学、初中）) for both, not for 小学 alone as before", () => {
    const grid = gridOf([["项目", "数值"], ["社会认可度", 0.9], ["特教学校生均公用经费（小学、初中）", 6500]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.filter((f) => f.code.startsWith("G7")).map((f) => f.code)).toEqual(["G7_special_primary", "G7_special_junior"]);
  });

  it("does not take a total of special-education funding (万元, no 生均) for a per-student figure", () => {
    const grid = gridOf([["项目", "数值"], ["社会认可度", 0.9], ["初中三年巩固率", 0.97], ["特殊教育学校公用经费支出（万元）", 52]], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["R1_recognition", "Q1_consolidation"]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_unknown_item", "县级指标!A4"]]);
  });
});

describe("G7 judged from a stage-less figure (national 6000 / 6000; sichuan-guanghan-2024 6080 / 6100)", () => {
  it("6500 meets both stages under either profile", async () => {
    for (const profile of [NATIONAL, SICHUAN]) {
      const g7 = await g7Verdict(6500, profile);
      expect([g7?.verdict, g7?.basis, g7?.parts, g7?.cells]).toEqual(["met", "county_figure", { G7_special_primary: 6500, G7_special_junior: 6500 }, ["县级指标!B4"]]);
    }
  });

  it("6090 under sichuan meets 小学 (≥ 6080) and fails 初中 (< 6100): not met", async () => {
    const g7 = await g7Verdict(6090, SICHUAN);
    expect([g7?.verdict, g7?.parts]).toEqual(["not_met", { G7_special_primary: 6090, G7_special_junior: 6090 }]);
    const part = (code: "G7_special_primary" | "G7_special_junior") => {
      const item = SICHUAN.countyItems[code];
      if (item === undefined) throw new Error(`no ${code}`);
      return judgePart(code, item, { county: null, code, value: 6090, cell: "县级指标!B4" }).value.verdict;
    };
    expect([part("G7_special_primary"), part("G7_special_junior")]).toEqual(["met", "not_met"]);
  });

  it("the same 6090 meets both under national (6000 / 6000)", async () => {
    expect((await g7Verdict(6090, NATIONAL))?.verdict).toBe("met");
  });

  it("a 小学 figure given on its own wins for 小学: 6050 fails sichuan's 6080 though the stage-less 6500 would pass", async () => {
    const g7 = await g7Verdict(6500, SICHUAN, [["特殊教育学校小学生均公用经费（元）", 6050]]);
    expect([g7?.verdict, g7?.parts]).toEqual(["not_met", { G7_special_primary: 6050, G7_special_junior: 6500 }]);
  });

  it("“6,500” stored as text is judged as 6500: met under sichuan", async () => {
    expect((await g7Verdict("6,500", SICHUAN))?.verdict).toBe("met");
  });

  it("a blank value leaves G7 not assessed; 0 is not met", async () => {
    expect((await g7Verdict(null, NATIONAL))?.verdict).toBe("not_assessed");
    const zero = await g7Verdict(0, NATIONAL);
    expect([zero?.verdict, zero?.parts]).toEqual(["not_met", { G7_special_primary: 0, G7_special_junior: 0 }]);
  });
});

describe("a nearby-enrolment rate of both stages together (rules.md §4 item 13: 小学 100%, 初中 95%)", () => {
  const BOTH = "公办小学、初中就近划片入学比例";
  const g13Of = (name: string, value: CellValue, more: readonly (readonly CellValue[])[] = []) => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["社会认可度", 0.9], [name, value], ...more], { sheet: "县级指标" }));
    return {
      figures: (result?.figures ?? []).filter((f) => f.code.startsWith("G13")).map((f) => [f.code, f.value, f.cell]),
      issues: (result?.issues ?? []).filter((i) => i.cell === "县级指标!B3"),
    };
  };

  it("at 100% is each stage's rate, for neither can be lower (before: read as the primary rate alone)", () => {
    const { figures, issues } = g13Of(BOTH, 1);
    expect(figures).toEqual([
      ["G13_nearby_primary", 1, "县级指标!B3"],
      ["G13_nearby_junior", 1, "县级指标!B3"],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["read_figure_nearby_both_stages"]);
    expect(g13Of("义务教育就近入学比例", "100%").figures).toHaveLength(2);
  });

  it("below 100% cannot be split by stage: not read, a warning at its cell (97% of both might be 100% and 93%)", () => {
    const { figures, issues } = g13Of(BOTH, 0.97);
    expect(figures).toEqual([]);
    expect(issues).toEqual([{ code: "read_figure_nearby_combined", severity: "warning", cell: "县级指标!B3", params: { item: BOTH, value: "0.97" } }]);
    expect(message("read_figure_nearby_combined", issues[0]?.params, "en")).toContain("cannot be split by stage");
  });

  it("beside a stage given on its own, fills only the other stage, and neither when both are given", () => {
    const junior = ["初中就近划片入学比例", 0.96];
    expect(g13Of(BOTH, 1, [junior]).figures).toEqual([
      ["G13_nearby_primary", 1, "县级指标!B3"],
      ["G13_nearby_junior", 0.96, "县级指标!B4"],
    ]);
    const both = g13Of(BOTH, 1, [["小学就近划片入学比例", 1], junior]);
    expect(both.figures.map((f) => f[2])).toEqual(["县级指标!B4", "县级指标!B5"]);
    expect(both.issues.map((i) => i.code)).toEqual(["read_figure_nearby_stages_given"]);
  });

  it("a rate named for one stage is that stage's alone, as before; blank gives nothing", () => {
    expect(g13Of("小学就近划片入学比例", 0.98).figures).toEqual([["G13_nearby_primary", 0.98, "县级指标!B3"]]);
    const params = { item: BOTH, countyItem: "G13_nearby_primary", itemLabel: "G13_nearby_both" };
    expect(g13Of(BOTH, null)).toEqual({ figures: [], issues: [{ code: "read_figure_blank", severity: "info", cell: "县级指标!B3", params }] });
  });

  it("judged by the engine: 100% of both meets G13 under national-2017; 97% of both leaves it not yet assessed", async () => {
    const verdict = async (value: CellValue) => {
      const schools = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
      const read = (await readWorkbook(sourceOf([schools, gridOf([["项目", "数值"], [BOTH, value]], { sheet: "县级指标" })]))) as Ok;
      return evaluate(read.input, NATIONAL).counties[0]?.items.find((i) => i.code === "G13")?.verdict;
    };
    expect(await verdict(1)).toBe("met");
    expect(await verdict(0.97)).toBe("not_assessed");
  });
});

describe("stage-less figures given their stages over all the figures sheets together (review M: g7CrossSheet)", () => {
  const schools = gridOf([["学校名称", "办学类型", "在校生数"], ["一小", "小学", 600], ["一中", "初级中学", 700]], { sheet: "学校" });

  it("keeps the per-stage 6200 on another sheet for primary over the stage-less 5900 (before: primary judged on 5900), as on one sheet", async () => {
    const sheets = [gridOf([["项目", "数值"], ["特殊教育学校生均公用经费", 5900]], { sheet: "政府保障" }), gridOf([["项目", "数值"], ["特殊教育学校小学生均公用经费", 6200]], { sheet: "补充指标" })];
    const read = (await readWorkbook(sourceOf([schools, ...sheets]))) as Ok;
    const g7 = read.input.countyFigures.filter((f) => f.code.startsWith("G7")).map((f) => [f.code, f.value, f.cell]);
    expect(g7).toEqual([
      ["G7_special_junior", 5900, "政府保障!B2"],
      ["G7_special_primary", 6200, "补充指标!B2"],
    ]);
    expect(read.issues.find((i) => i.cell === "政府保障!B2")).toEqual({ code: "read_figure_one_stage", severity: "info", cell: "政府保障!B2", params: { item: "特殊教育学校生均公用经费", value: 5900, stageInText: "junior", stageCell: "补充指标!B2" } });
  });

  it("says two stage-less G13 rates of one county on two sheets that differ, and takes neither", async () => {
    const sheets = [gridOf([["项目", "数值"], ["就近划片入学比例", 1]], { sheet: "政府保障" }), gridOf([["项目", "数值"], ["就近划片入学比例", 0.93]], { sheet: "补充指标" })];
    const read = (await readWorkbook(sourceOf([schools, ...sheets]))) as Ok;
    expect(read.input.countyFigures.filter((f) => f.code.startsWith("G13"))).toEqual([]);
    expect(read.issues.filter((i) => i.code === "read_figure_nearby_differs").map((i) => i.cell)).toEqual(["政府保障!B2", "补充指标!B2"]);
  });
});

describe("engine verdicts on trial L's C4f shape (项目 | 子项 | 数值, names merged down column A)", () => {
  it("judges G13 not met on the junior 0.93 (< 95%) and G11 met on 0.12 (≥ 10%) and 0.25 (≥ 20%) (before: G13 met, G11 待评估)", async () => {
    const schools = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
    const figures = gridOf(
      [
        ["项目", "子项", "数值"],
        ["就近划片入学比例", "小学", 1],
        [null, "初中", 0.93],
        ["教师交流轮岗", "交流轮岗比例", 0.12],
        [null, "骨干教师占比", 0.25],
      ],
      { sheet: "县级指标", merges: ["A2:A3", "A4:A5"] },
    );
    const read = (await readWorkbook(sourceOf([schools, figures]))) as Ok;
    const items = evaluate(read.input, NATIONAL).counties[0]?.items ?? [];
    const item = (code: string) => items.find((i) => i.code === code);
    expect([item("G13")?.verdict, item("G13")?.parts]).toEqual(["not_met", { G13_nearby_primary: 1, G13_nearby_junior: 0.93 }]);
    expect([item("G11")?.verdict, item("G11")?.parts]).toEqual(["met", { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.25 }]);
  });
});
