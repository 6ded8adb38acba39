import { matchCountyItem } from "./matchCountyItem";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

describe("matchCountyItem: short names a county statistician writes (finding s25 F1-2)", () => {
  it.each([
    // G1 (rules.md §4 item 1): 布局规划 is 规划布局 the other way round.
    ["布局规划", "G1_layout"],
    ["学校布局规划", "G1_layout"],
    // G9 (rules.md §4 item 9: 5-year 360-hour training completion).
    ["培训完成率", "G9_training_rate"],
    ["教师培训完成率", "G9_training_rate"],
    // G11 (rules.md §4 item 11: teacher rotation ≥ 10%).
    ["轮岗比例", "G11_rotation_rate"],
    ["教师轮岗比例", "G11_rotation_rate"],
    ["轮岗率", "G11_rotation_rate"],
    // Q9 (rules.md §5 item 9): the level reached.
    ["监测等级", "Q9_monitoring_level"],
  ])("%s → %s", (name, code) => {
    expect(matchCountyItem(name)).toBe(code);
  });

  it.each([
    // Not the ones they could be mistaken for.
    ["骨干教师轮岗比例", "G11_backbone_rotation"],
    ["培训经费占比", "Q4_training_funds_share"],
    ["监测校际差异率", "Q9_difference_rate"],
    ["规划布局合理", "G1_layout"],
    ["5年360学时培训完成率", "G9_training_rate"],
  ])("still %s → %s", (name, code) => {
    expect(matchCountyItem(name)).toBe(code);
  });

  it("leaves names of another thing unknown: 校长轮岗比例 (principals are no teachers), 培训经费完成率", () => {
    expect(matchCountyItem("校长轮岗比例")).toBeNull();
    expect(matchCountyItem("培训经费完成率")).not.toBe("G9_training_rate");
  });

  it("reads a sheet of short names: 布局规划 | 是, 培训完成率 | 100%, 轮岗比例 | 12% → G1 true, G9 1, G11 0.12", () => {
    const grid = gridOf([["项目", "数值"], ["布局规划", "是"], ["培训完成率", "100%"], ["轮岗比例", "12%"]], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "县级指标!B2"],
      ["G9_training_rate", 1, "县级指标!B3"],
      ["G11_rotation_rate", 0.12, "县级指标!B4"],
    ]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_unknown_item");
  });
});
