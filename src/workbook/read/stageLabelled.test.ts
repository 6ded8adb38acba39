import { stageLabelled } from "./stageLabelled";

// Reviewer R3 of s49, B3: 初中三年巩固率 typed 初中96.8% in the 小学 column was said to give no number.
describe("stageLabelled: the value a cell gives one stage under that stage's label", () => {
  it.each([
    ["初中96.8%", "junior", "96.8%"],
    ["初中：96.8%", "junior", "96.8%"],
    ["初中: 96.8%", "junior", "96.8%"],
    ["初中段96.8%", "junior", "96.8%"],
    ["小学100%，初中96.8%", "junior", "96.8%"],
    ["小学100%；初中96.8%", "primary", "100%"],
    ["小学100% 初中96.8%", "junior", "96.8%"],
  ] as const)("gives %s's %s value as %s", (text, stage, value) => {
    expect(stageLabelled(text, stage)).toBe(value);
  });

  it.each([
    ["小学100%", "another stage's label only"],
    ["96.8%", "no label"],
    ["100%，初中96.8%", "a value without a label beside it"],
    ["96.8%（初中）", "the label after the value"],
    ["初中96.8%，初中95%", "the stage labelled twice"],
    ["初中", "a label without a value"],
    ["", "blank"],
  ])("gives nothing for %s (%s)", (text) => {
    expect(stageLabelled(text, "junior")).toBeUndefined();
  });
});
