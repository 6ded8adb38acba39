import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

describe("readCountyFigures: a value said to be not yet checked (reviewer R3 of s48, F9)", () => {
  // Before: read_figure_bad_value (an error, the value unused) asking to retype a ratio, while 96.8%（2024年） was read with a note.
  const result = readCountyFigures(
    gridOf(
      [
        ["项目", "数值"],
        ["初中三年巩固率", "96.8%（待核实）"],
        ["残疾儿童少年入学率", "96.8%，待核实"],
        ["社会认可度", "待核实：86%"],
        ["质量监测校际差异率", "0.12（暂定）"],
        ["专任教师持证上岗率", "待核实"],
      ],
      { sheet: "县级指标" },
    ),
  );

  it("reads the value, warned at its cell with the words; 待核实 alone stays no data", () => {
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q1_consolidation", 0.968, "县级指标!B2"],
      ["Q2_disabled_enrolment", 0.968, "县级指标!B3"],
      ["R1_recognition", 0.86, "县级指标!B4"],
      ["Q9_difference_rate", 0.12, "县级指标!B5"],
    ]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell, i.params["remark"] ?? null])).toEqual([
      ["read_figure_unverified", "warning", "县级指标!B2", "待核实"],
      ["read_figure_unverified", "warning", "县级指标!B3", "待核实"],
      ["read_figure_unverified", "warning", "县级指标!B4", "待核实"],
      ["read_figure_unverified", "warning", "县级指标!B5", "暂定"],
      ["read_figure_no_data", "info", "县级指标!B6", null],
    ]);
  });

  it("says it in zh and en", () => {
    const issue = result?.issues[0];
    expect(message("read_figure_unverified", issue?.params, "zh")).toBe("县级指标“初中三年巩固率”填写为“96.8%（待核实）”，已按 96.8% 读取，但注明“待核实”：该值尚未核实，评估按此值判断；请核实后填写确定的值");
    expect(message("read_figure_unverified", issue?.params, "en")).toBe(
      "County item Junior secondary three-year retention (初中三年巩固率): “96.8%（待核实）” was read as 96.8%, but it says “待核实”: the value is not yet verified and is judged as it stands; check it and enter the verified value",
    );
  });

  it("reads 待确认, 尚未核实 and 暂定 standing alone as no figure yet, as 待核实 (they were refused as a ratio unread)", () => {
    const alone = readCountyFigures(gridOf([["项目", "数值"], ["残疾儿童少年入学率", "待确认"], ["初中三年巩固率", "尚未核实"], ["社会认可度", "暂定"]], { sheet: "县级指标" }));
    expect(alone?.figures).toEqual([]);
    expect(alone?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_figure_no_data", "info", "县级指标!B2"],
      ["read_figure_no_data", "info", "县级指标!B3"],
      ["read_figure_no_data", "info", "县级指标!B4"],
    ]);
  });
});
