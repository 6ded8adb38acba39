import { isBreakdownLabel, linePart, namesSection } from "./lineLabel";

describe("linePart", () => {
  it.each([
    ["小学", "primary"],
    ["初中", "junior"],
    ["高中", "senior"],
    ["初中段", "junior"],
    ["小学部", "primary"],
    ["初中部", "junior"],
    ["高中部", "senior"],
    ["其中：初中", "junior"],
    ["其中：高中", "senior"],
    ["其中:小学", "primary"],
    ["其中小学", "primary"],
    ["（其中）初中", "junior"],
    ["(其中) 高中", "senior"],
    ["其中：小学部", "primary"],
    ["其中， 初中", "junior"],
    [" 其中：初中 ", "junior"],
    ["其中：初中：", "junior"],
    // A section suffix in brackets with no school before it is the section alone, as 初中部 is (schoolKind's splitSection, seniorOfName).
    ["（初中部）", "junior"],
    ["(小学)", "primary"],
    ["﹙小学部﹚", "primary"],
    ["（高中部）", "senior"],
    ["(高中)", "senior"],
    ["其中：（初中部）", "junior"],
  ] as const)("%p is a line of the stage %p", (text, part) => expect(linePart(text)).toBe(part));

  it.each(["其中：农村", "其中：城区学校", "其中", "其中：", "东方学校初中部", "城关学校（小学部）", "实验小学", "初中、高中", "九年一贯制", "小学部分校", "合计", "（初中部）分校", "(东校区)", "城关中学(高中部)"])(
    "%p names no stage alone",
    (text) => expect(linePart(text)).toBeNull(),
  );
});

describe("isBreakdownLabel", () => {
  it.each(["其中：女", "其中:寄宿生", "（其中）寄宿生", "(其中)少数民族", "其中，随迁子女", "其中", " 其中：初中 "])("%p is a breakdown of the row above", (text) => expect(isBreakdownLabel(text)).toBe(true));

  it.each(["其他小学", "城关小学", "女", "寄宿生", "中其小学", ""])("%p is none", (text) => expect(isBreakdownLabel(text)).toBe(false));
});

describe("namesSection", () => {
  it.each(["初中部", "小学部", "高中部", "其中：初中部", " 初中部：", "（初中部）", "(高中部)"])("%p is a section word", (text) => expect(namesSection(text)).toBe(true));

  it.each(["初中", "小学", "高中", "小学段", "其中：初中", "（其中）高中", "其中：女", "东方学校初中部", "小学部分校", "合计", "(小学)", "（初中部）分校"])("%p is none", (text) => expect(namesSection(text)).toBe(false));
});
