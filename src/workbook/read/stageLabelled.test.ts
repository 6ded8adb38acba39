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

// s50 H2: stageLabelled (items of one stage) read 初中段96.8% but not 初中为96.8%, while a G7 / G13 stage cell
// (ownLabelled, by pieceOf) read 初中为96.8% but refused 初中段96.8%. One parser now: pieceOf.
describe("stageLabelled reads a label as a G7 / G13 stage cell does", () => {
  it.each([
    ["初中为96.8%", "96.8%"],
    ["初中是96.8%", "96.8%"],
    ["初中达到96.8%", "96.8%"],
    ["初中阶段为96.8%", "96.8%"],
    ["初中学段96.8%", "96.8%"],
    ["初中 96.8%", "96.8%"],
    ["初中—96.8%", "96.8%"],
    ["小学为100%，初中为96.8%", "96.8%"],
    ["小学段100%；初中段96.8%", "96.8%"],
  ])("gives %s's junior value as %s", (text, value) => {
    expect(stageLabelled(text, "junior")).toBe(value);
  });

  const unknown = ["初中约96.8%", "初中：约96.8%", "初中低于95%", "初中未达到95%", "初中巩固率96.8%", "初中（96.8%）"];
  it.each(unknown)("still gives nothing for %s: a qualified label, or words it does not know", (text) => {
    expect(stageLabelled(text, "junior")).toBeUndefined();
  });
});
