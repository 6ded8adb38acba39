import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

describe("readCountyFigures: a cell saying the county has no figure yet (暂无数据: Q3 of s48)", () => {
  // Before: read_figure_bad_value (an error) asking to retype a ratio, and the results said 填报值未能读取.
  it("reads 暂无数据 / 尚未统计（…） as no figure, said as a note at the cell, not refused as a value unread", () => {
    const result = readCountyFigures(
      gridOf(
        [
          ["项目", "数值", "备注"],
          ["符合条件的随迁子女在公办学校和政府购买服务的民办学校就读比例", "暂无数据", null],
          ["残疾儿童少年入学率", "尚未统计（待残联核对）", null],
          ["违规择校", "暂无数据", null],
          ["社会认可度", "86.5%", null],
        ],
        { sheet: "县级指标" },
      ),
    );
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([["R1_recognition", 0.865]]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell, i.params["countyItem"]])).toEqual([
      ["read_figure_no_data", "info", "县级指标!B2", "G15_migrant_share"],
      ["read_figure_no_data", "info", "县级指标!B3", "Q2_disabled_enrolment"],
      ["read_figure_no_data", "info", "县级指标!B4", "V_school_choice"],
    ]);
    const issue = result?.issues[0];
    expect(message("read_figure_no_data", issue?.params, "zh")).toBe(
      "县级指标“符合条件的随迁子女在公办学校和政府购买服务的民办学校就读比例”填写为“暂无数据”，视为尚无数据，未作为填报值使用；有数据后请在该单元格填写",
    );
    expect(message("read_figure_no_data", issue?.params, "en")).toBe(
      "County item “符合条件的随迁子女在公办学校和政府购买服务的民办学校就读比例” says “暂无数据”, taken as no data yet: no value was used; enter the figure in that cell once it is known",
    );
  });

  it("finds it as the row's value without a 数值 header (项目 | 小学 | 初中), instead of saying the row has none", () => {
    const result = readCountyFigures(gridOf([["项目", "小学", "初中"], ["初中三年巩固率", null, "暂无数据"], ["社会认可度", "90%", null]], { sheet: "县级指标" }));
    expect(result?.figures.map((f) => f.code)).toEqual(["R1_recognition"]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_no_data", "县级指标!C2"]]);
  });

  it("reads 无法统计 and 缺失, which a sheet's note already took for unknown, as no figure (they were refused as a ratio unread)", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["社会认可度", "无法统计"], ["残疾儿童少年入学率", "缺失"]], { sheet: "县级指标" }));
    expect(result?.figures).toEqual([]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell, i.params["text"]])).toEqual([
      ["read_figure_no_data", "info", "县级指标!B2", "无法统计"],
      ["read_figure_no_data", "info", "县级指标!B3", "缺失"],
    ]);
  });
});
