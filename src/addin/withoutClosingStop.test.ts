import { withoutClosingStop } from "./withoutClosingStop";

describe("withoutClosingStop", () => {
  it.each([
    ["请在“评估设置”中核对列对应关系后再评估。", "请在“评估设置”中核对列对应关系后再评估"],
    ["Choose a profile, then evaluate. ", "Choose a profile, then evaluate"],
    ["磁盘已满！", "磁盘已满"],
    ["缺少：", "缺少"],
    ["第一项；", "第一项"],
    ["a, b,", "a, b"],
    ["全角句点．", "全角句点"],
    ["one sentence. Another.", "one sentence. Another"],
  ])("takes the closing punctuation off %j", (text, expected) => expect(withoutClosingStop(text)).toBe(expected));

  it.each([["（应为 A1:K40 这样的形式）"], ["找到的表头为：项目 | 数值"], ["“汇总”"], ["and so on..."], ["等等…"], [""]])("keeps %j as it is", (text) => expect(withoutClosingStop(text)).toBe(text));
});
