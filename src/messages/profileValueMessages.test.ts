import { message } from "./catalogue";

/**
 * Texts that state a rule profile's value (the teaching-point cut-off, the monitoring level, the
 * large-class sizes) take it as a parameter, so that a profile with another value is quoted as it
 * is, never the national document's number (thresholds live in profiles: rules.md §1). Each value
 * below is one no built-in profile has, written out by hand in the expected text.
 */
describe("messages quote the profile's value, not a fixed number", () => {
  it("read_type_name_teaching_point: the teaching-point cut-off {min}", () => {
    const p = { name: "王村教学点", text: "小学", type: "primary", min: 100 };
    const zh = message("read_type_name_teaching_point", p, "zh");
    const en = message("read_type_name_teaching_point", p, "en");
    expect(zh).toContain("（不足100人的教学点不参评）");
    expect(en).toContain("(those under 100 students are out of scope)");
    for (const text of [zh, en]) expect(text).not.toMatch(/50|\{\w+\}/);
  });

  it("read_figure_level_not_stated: the monitoring level {level} (Roman) and {levelNumber}", () => {
    const p = { item: "义务教育质量监测", text: "是", countyItem: "Q9_monitoring_level", level: "Ⅳ", levelNumber: 4 };
    const zh = message("read_figure_level_not_stated", p, "zh");
    const en = message("read_figure_level_not_stated", p, "en");
    expect(zh).toContain("按质量监测结果等级评估（Ⅳ级以上）");
    expect(zh).toContain("请填写达到的等级（如“Ⅳ级”或 4），或把项目名称写为“达到Ⅳ级以上”并填写“是/否”");
    expect(en).toContain("(level Ⅳ or above)");
    expect(en).toContain("(such as 4 or Ⅳ级), or name the item “达到Ⅳ级以上” (that level or above reached)");
    for (const text of [zh, en]) expect(text).not.toMatch(/Ⅲ|III|\b3\b|\{\w+\}/);
  });

  it("read_figure_pay_ratio_fails_on_amounts: the G8 threshold {threshold}", () => {
    const p = { item: "教师与公务员工资之比", given: 1.05, computed: 1.04, teacherCell: "县级指标!B3", teacher: 10400, civilCell: "县级指标!B4", civil: 10000, threshold: 1.05 };
    const zh = message("read_figure_pay_ratio_fails_on_amounts", p, "zh");
    const en = message("read_figure_pay_ratio_fails_on_amounts", p, "en");
    expect(zh).toBe("填写的教师与公务员平均工资之比“教师与公务员工资之比”为 1.05（不低于1.05），但按工资金额 县级指标!B3（10400）÷ 县级指标!B4（10000）计算为 1.04（低于1.05）：按工资金额该项不达标。仍采用填写的比值，请核对");
    expect(en).toBe("The ratio of teachers' to civil servants' pay given (“教师与公务员工资之比”: 1.05, at least 1.05) and the one from the amounts (县级指标!B3 10400 ÷ 县级指标!B4 10000: 1.04, below 1.05) disagree: on the amounts the item would fail. The ratio given is used; please check");
  });

  it("out_h_large / out_h_super_large: the large-class sizes {large} and {superLarge}", () => {
    expect(message("out_h_large", { large: 61 }, "en")).toBe("Large classes (61+)");
    expect(message("out_h_super_large", { superLarge: 71 }, "en")).toBe("Very large classes (71+)");
    expect(message("out_h_large", { large: 61 }, "zh")).toBe("大班额（61人及以上）");
    expect(message("out_h_super_large", { superLarge: 71 }, "zh")).toBe("超大班额（71人及以上）");
  });
});
