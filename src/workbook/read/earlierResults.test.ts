import { gridOf } from "./testing";
import { isWritingName, resultRoleOfContent } from "./earlierResults";

// A result sheet of ours by what it holds: its title in A1 and the profile and year lines under it (sheetNotes.ts).
describe("resultRoleOfContent", () => {
  const zhLines = ["评估规则：国家标准（教督〔2017〕6号）", "评估年度：2024", "数据来源：sample-county.xlsx"];
  const enLines = ["Rule profile: National standard", "Year: 2024", "Source: sample-county.xlsx"];
  const sheet = (title: string, lines: readonly string[], name = "上次汇总") => gridOf([[title], ...lines.map((l) => [l])], { sheet: name });

  it.each([
    ["县域义务教育优质均衡发展评估汇总", zhLines, "summary"],
    ["学校资源配置七项指标达标情况", zhLines, "schools"],
    ["政府保障程度与教育质量", ["评估规则：国家标准（教督〔2017〕6号）", "评估年度：未指定（按最新年度目标）"], "guarantee"],
    ["Government guarantee and education quality", enLines, "guarantee"],
    ["Data issues", ["Rule profile: National standard", "Year: not given (latest target applies)"], "issues"],
    ["校际差异系数（按学段、逐项指标）", zhLines, "coefficients"],
    ["缺口测算与达标方案", zhLines, "shortfalls"],
  ])("%s over its profile and year lines → %s", (title, lines, role) => {
    expect(resultRoleOfContent(sheet(title, lines))).toBe(role);
  });

  it("is null for a user's sheet: another title, a result title without the profile and year lines, or a title not in A1", () => {
    expect(resultRoleOfContent(sheet("示例县2024年政府保障与教育质量指标", zhLines))).toBeNull();
    // A user may title a sheet of their own as ours; without 评估规则 / 评估年度 under it, it is not ours.
    expect(resultRoleOfContent(sheet("县域义务教育优质均衡发展评估汇总", ["项目", "数值"]))).toBeNull();
    expect(resultRoleOfContent(sheet("县域义务教育优质均衡发展评估汇总", ["评估年度：2024", "评估规则：国家标准"]))).toBeNull();
    expect(resultRoleOfContent(gridOf([["县域义务教育优质均衡发展评估汇总"], ...zhLines.map((l) => [l])], { top: 2 }))).toBeNull();
    expect(resultRoleOfContent(gridOf([]))).toBeNull();
    expect(resultRoleOfContent(gridOf([[" 县域义务教育优质均衡发展评估汇总 "], [" 评估规则：X"], ["评估年度：2024 "]]))).toBe("summary");
  });
});

describe("isWritingName", () => {
  it.each([
    ["~yzjh~k3f9~0", true],
    ["~yzjh~k3j2h5g8~12", true],
    ["~yzjh~", false],
    ["yzjh~k3f9~0", false],
    ["汇总", false],
    ["~yzjh~k3f9~0 备份", false],
  ])("%s → %s", (name, expected) => {
    expect(isWritingName(name)).toBe(expected);
  });
});
