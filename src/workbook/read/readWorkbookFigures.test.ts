import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

// readWorkbook's county figures (figuresOf): every figures sheet is read, not only the fullest.
describe("readWorkbook county figures over several sheets", () => {
  const schools = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
  const guarantee = gridOf([["项目", "数值"], ["规划布局合理", "是"], ["教师交流轮岗比例", 0.12], ["初中三年巩固率", 0.97]], { sheet: "政府保障程度" });
  const quality = gridOf([["项目", "数值"], ["初中三年巩固率", 0.93], ["社会认可度", 0.88]], { sheet: "教育质量与社会认可" });

  it("puts the figures of both sheets together, in sheet order, and names both sheets", async () => {
    const result = (await readWorkbook(sourceOf([schools, guarantee, quality]))) as Ok;
    expect(result.ok).toBe(true);
    expect(result.figuresSheets).toEqual(["政府保障程度", "教育质量与社会认可"]);
    expect(result.input.countyFigures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "政府保障程度!B2"],
      ["G11_rotation_rate", 0.12, "政府保障程度!B3"],
      ["Q1_consolidation", 0.97, "政府保障程度!B4"],
      ["Q1_consolidation", 0.93, "教育质量与社会认可!B2"],
      ["R1_recognition", 0.88, "教育质量与社会认可!B3"],
    ]);
  });

  it("leaves out result sheets of an earlier run (汇总 | 项目 | 结论, in either language) beside the user's figures, and reads one only when nothing else gives figures", async () => {
    const summary = (name: string) => gridOf([["县区", "项目", "结论", "说明"], ["示例县", "社会认可度", "达标", ""], ["示例县", "初中三年巩固率", "未达标", ""]], { sheet: name });
    const beside = (await readWorkbook(sourceOf([schools, guarantee, summary("汇总"), summary("Summary")]))) as Ok;
    // 汇总 and Summary hold an earlier run's verdicts (达标, 未达标), not figures: only the user's sheet is the figures sheet.
    expect(beside.figuresSheets).toEqual(["政府保障程度"]);
    const alone = (await readWorkbook(sourceOf([schools, gridOf([["项目", "数值"], ["社会认可度", 0.9], ["初中三年巩固率", 0.96]], { sheet: "汇总" })]))) as Ok;
    expect(alone.figuresSheets).toEqual(["汇总"]);
  });

  it("never reads a school table not chosen (2023学校 beside the 2024学校 the user named) as a figures list", async () => {
    // Its header reads like 项目 | 数值 rows: before, 2023学校 was named a figures sheet with a warning at each header cell.
    const school = (sheet: string) => gridOf([["学校名称", "在校生数", "完成360学时培训（人）", "最大班额（人）"], ["一小", 300, 20, 45], ["二小", 200, 12, 40]], { sheet });
    const result = (await readWorkbook(sourceOf([school("2023学校"), school("2024学校"), guarantee]), { sheet: "2024学校" })) as Ok;
    expect(result.figuresSheets).toEqual(["政府保障程度"]);
    expect(result.issues.filter((i) => i.cell?.startsWith("2023学校"))).toEqual([]);
    expect(result.input.records.map((r) => r.source?.sheet)).toEqual(["2024学校", "2024学校"]);
    // A school sheet is no figures list even when no other sheet gives figures.
    const alone = (await readWorkbook(sourceOf([school("2023学校"), school("2024学校")]), { sheet: "2024学校" })) as Ok;
    expect(alone.figuresSheets).toEqual([]);
  });

  it("reads a figures sheet that lists its small schools under its items (学校名称 | 在校生数 | 公用经费), though that list looks like a school table", async () => {
    // The items above the small schools' list make this a figures sheet: taken as a school table, G8, G7 and Q1 would be lost.
    const threeSchools = gridOf([["学校名称", "办学类型", "在校生数"], ["一小", "小学", 600], ["二小", "小学", 400], ["一中", "初级中学", 700]], { sheet: "学校" });
    const figures = gridOf([
      ["项目", "数值"],
      ["教师平均工资与公务员平均工资之比", 1.05],
      ["特殊教育学校小学生均公用经费", 6500],
      ["特殊教育学校初中生均公用经费", 6500],
      ["初中三年巩固率", "97%"],
      [null, null, null],
      ["不足100名学生的农村小规模学校", null, null],
      ["学校名称", "在校生数", "公用经费（元）"],
      ["岭下小学", 60, 80000],
      ["石门教学点", 25, 80000],
    ], { sheet: "县级指标" });
    const result = (await readWorkbook(sourceOf([threeSchools, figures]))) as Ok;
    expect(result.mapping.sheet).toBe("学校");
    expect(result.figuresSheets).toEqual(["县级指标"]);
    // 97% typed as text is 0.97; the ratio 1.05 and the two 6500s are numbers.
    expect(result.input.countyFigures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G8_pay_ratio", 1.05, "县级指标!B2"],
      ["G7_special_primary", 6500, "县级指标!B3"],
      ["G7_special_junior", 6500, "县级指标!B4"],
      ["Q1_consolidation", 0.97, "县级指标!B5"],
    ]);
  });

  it("leaves out a figures sheet named for another year than the schools' (2023年县级指标 beside 2024's), said at it", async () => {
    const titled = gridOf([["某县2024年学校基本情况"], ["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
    const lastYear = gridOf([["项目", "数值"], ["初中三年巩固率", 0.93], ["社会认可度", 0.8]], { sheet: "2023年县级指标" });
    const thisYear = gridOf([["项目", "数值"], ["初中三年巩固率", 0.97], ["社会认可度", 0.9]], { sheet: "2024年县级指标" });
    const result = (await readWorkbook(sourceOf([titled, lastYear, thisYear]))) as Ok;
    // The title's year is 2024: 2023's sheet is another year's figures, never mixed in (it would judge the county by 0.93 and 0.8).
    expect(result.figuresSheets).toEqual(["2024年县级指标"]);
    expect(result.input.countyFigures.map((f) => f.value)).toEqual([0.97, 0.9]);
    expect(result.issues.filter((i) => i.code === "read_figures_other_year").map((i) => [i.cell, i.params])).toEqual([["'2023年县级指标'!A1", { sheet: "2023年县级指标", named: 2023, year: 2024 }]]);
  });

  it("leaves out a figures sheet whose title states another year (县级指标 titled 2024 beside 2025's schools; before: used silently), said at its title", async () => {
    const titled = gridOf([["某县2025年学校基本情况"], ["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
    const figures = gridOf([["示例县2024年政府保障与教育质量指标"], ["项目", "数值"], ["初中三年巩固率", 0.93]], { sheet: "县级指标" });
    const result = (await readWorkbook(sourceOf([titled, figures]))) as Ok;
    expect(result.input.countyFigures).toEqual([]);
    expect(result.issues.filter((i) => i.code === "read_figures_other_year").map((i) => [i.cell, i.params])).toEqual([["县级指标!A1", { sheet: "县级指标", named: 2024, year: 2025 }]]);
    // Of the same year, or stating none, it is used.
    const same = gridOf([["示例县2025年县级指标"], ["项目", "数值"], ["初中三年巩固率", 0.97]], { sheet: "县级指标" });
    expect(((await readWorkbook(sourceOf([titled, same]))) as Ok).input.countyFigures.map((f) => [f.value, f.cell])).toEqual([[0.97, "县级指标!B3"]]);
    const none = gridOf([["示例县县级指标"], ["项目", "数值"], ["初中三年巩固率", 0.97]], { sheet: "县级指标" });
    expect(((await readWorkbook(sourceOf([titled, none]))) as Ok).input.countyFigures.map((f) => f.value)).toEqual([0.97]);
  });

  it("compares a figures sheet's year with the year evaluated (options.year), not the title's", async () => {
    const titled = gridOf([["某县2024年学校基本情况"], ["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
    const figures = gridOf([["项目", "数值"], ["初中三年巩固率", 0.93]], { sheet: "2024年县级指标" });
    // Evaluated as 2025 (--year 2025), 2024's figures are another year's; evaluated as the title's 2024, they are used.
    const chosen = (await readWorkbook(sourceOf([titled, figures]), { year: 2025 })) as Ok;
    expect(chosen.input.countyFigures).toEqual([]);
    expect(chosen.issues.filter((i) => i.code === "read_figures_other_year").map((i) => i.params)).toEqual([{ sheet: "2024年县级指标", named: 2024, year: 2025 }]);
    expect(((await readWorkbook(sourceOf([titled, figures]), { year: 2024 })) as Ok).input.countyFigures.map((f) => f.value)).toEqual([0.93]);
  });

  it("is null without a figures sheet", async () => {
    const result = (await readWorkbook(sourceOf([schools]))) as Ok;
    expect([result.figuresSheets, result.input.countyFigures]).toEqual([[], []]);
  });
});
