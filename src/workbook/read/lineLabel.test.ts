import { linePart } from "./lineLabel";

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
  ] as const)("%p is a line of the stage %p", (text, part) => expect(linePart(text)).toBe(part));

  it.each(["其中：农村", "其中：城区学校", "其中", "其中：", "东方学校初中部", "城关学校（小学部）", "实验小学", "初中、高中", "九年一贯制", "小学部分校", "合计"])(
    "%p names no stage alone",
    (text) => expect(linePart(text)).toBeNull(),
  );
});
