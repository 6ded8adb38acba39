import { isAreaLabel, isBlockLabel, isGroupLabel, isGroupSubtotal, isHeadingText, isNumberedHeading, isVillageGroup, subtotalKind } from "./blockHeading";

describe("blockHeading", () => {
  it.each(["一、城区学校", "（二）乡镇学校", "2. 初中", "（城区学校）", "城区学校：", "农村学校（5所）", "乡村"])("%p is a heading by its words", (text) => {
    expect(isHeadingText(text)).toBe(true);
  });
  it.each(["城区小学", "实验小学", "乡镇学校", "石桥镇", "2.5"])("%p is no heading by its words alone", (text) => {
    expect(isHeadingText(text)).toBe(false);
  });

  it.each([
    ["乡镇学校", true],
    ["二、乡镇学校（3所）", true],
    ["市直学校", true],
    ["乡镇中心校", true],
    ["村小及教学点", true],
    ["（二）村小、教学点", true],
    ["村级小学", true],
    // Every side headingRurality knows names a group with 中小学校 (before: 城区中小学校 a group, 主城区中小学校 a school).
    ["城区中小学校", true],
    ["主城区中小学校", true],
    ["农村义务教育中小学校", true],
    ["城区小学", false],
    ["石桥镇中心校", false],
    ["石桥中心小学", false],
    ["村小学习中心", false],
    ["教学点", false],
  ])("isGroupLabel(%p) → %p", (text, group) => expect(isGroupLabel(text)).toBe(group));

  it("takes only the village groups as keeping a rural block (isVillageGroup), not 乡镇学校 or 民办学校", () => {
    expect(["（二）村小及教学点", "乡镇中心校", "村小"].map(isVillageGroup)).toEqual([true, true, true]);
    expect(["二、乡镇学校", "三、民办学校", "王村教学点"].map(isVillageGroup)).toEqual([false, false, false]);
  });

  it("reads townships and groups as area labels, schools not", () => {
    expect(["石桥乡", "城关镇", "第一学区", "乡镇学校（5所）", "村小及教学点"].map(isAreaLabel)).toEqual([true, true, true, true, true]);
    expect(["实验小学", "王村教学点", "城区小学"].map(isAreaLabel)).toEqual([false, false, false]);
  });

  it("reads a group's or a side's label beside numbers as a subtotal; a numbered school in a list stays a school", () => {
    expect(["城区", "二、农村学校", "乡镇学校", "二、乡镇学校", "民办学校"].map(isGroupSubtotal)).toEqual([true, true, true, true, true]);
    expect(["2.县城中学", "3、农村小学", "城区小学", "石桥镇中心校"].map(isGroupSubtotal)).toEqual([false, false, false, false]);
    expect(["主城区中小学校", "二、主城区中小学校"].map(isGroupSubtotal)).toEqual([true, true]);
  });

  it.each([
    ["城区", "side"],
    ["二、农村学校", "side"],
    ["（城区学校）", "side"],
    ["乡镇学校（3所）", "group"],
    ["民办学校", "group"],
    ["村小及教学点", "group"],
    ["主城区中小学校", "group"],
    ["城关小学", null],
    ["2.县城中学", null],
    ["中心校", null],
  ] as const)("subtotalKind(%p) → %p", (text, kind) => expect(subtotalKind(text)).toBe(kind));

  it("takes a numbered or bracketed label for a heading wherever it is typed, a bare one not (isNumberedHeading)", () => {
    expect(["一、城区学校", "（城区学校）", "(二)乡镇学校", "2. 初中"].map(isNumberedHeading)).toEqual([true, true, true, true]);
    expect(["城区", "石桥镇", "2.5", "实验小学（东校区）"].map(isNumberedHeading)).toEqual([false, false, false, false]);
  });

  it("takes a heading or a township's or group's label alone on a row for a block's (isBlockLabel), a school's name not", () => {
    expect(["二、农村学校", "农村学校：", "石桥镇", "村小及教学点", "市直学校"].map(isBlockLabel)).toEqual([true, true, true, true, true]);
    expect(["实验小学", "城区小学", "王村教学点", "中心小学"].map(isBlockLabel)).toEqual([false, false, false, false]);
  });

  it("reads a village group's name alone beside numbers as a school's short name (中心校 | 500 under 石桥镇), two kinds joined as a subtotal", () => {
    expect(["中心校", "中心学校", "村小学", "村小", "乡镇中心校", "村级小学"].map(isGroupSubtotal)).toEqual([false, false, false, false, false, false]);
    expect(["村小及教学点", "（二）村小、教学点", "中心校和村小"].map(isGroupSubtotal)).toEqual([true, true, true]);
  });
});
