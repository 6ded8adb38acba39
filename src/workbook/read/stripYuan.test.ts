import { stripYuan } from "./stripYuan";

describe("stripYuan", () => {
  it.each([
    ["6080元", "", "6080", 1],
    ["6,080 元/生", "", "6,080", 1],
    ["6080元每生每年", "", "6080", 1],
    ["0.608万元", "", "0.608", 10_000],
    ["0.608万元", "元", "0.608", 10_000],
    ["0.6万", "", "0.6", 10_000],
    // The standard way per-student funding is written, and thousands (these were refused).
    ["650元/(生·年)", "", "650", 1],
    ["650元/生/年", "", "650", 1],
    ["6.5千元", "", "6.5", 1000],
    // A 万元 the row states after a colon (it was read as yuan).
    ["0.065", "生均公用经费（单位：万元）", "0.065", 10_000],
    ["6080元", "万元", "6080", 1],
    ["0.608", "万元", "0.608", 10_000],
    ["0.608", "万元/生", "0.608", 10_000],
    ["待拨付", "", "待拨付", 1],
    ["元", "", "元", 1],
  ] as const)("%p with 单位 %p → %p ×%p", (typed, unit, value, factor) => expect(stripYuan(typed, unit)).toEqual({ value, factor }));

  it("keeps a number as it is, scaled by the 单位 column alone", () => {
    expect(stripYuan(6080, "")).toEqual({ value: 6080, factor: 1 });
    expect(stripYuan(0.608, "（万元）")).toEqual({ value: 0.608, factor: 10_000 });
    expect(stripYuan(0.608, "元/生")).toEqual({ value: 0.608, factor: 1 });
    expect(stripYuan(0.608, " 特殊教育学校生均公用经费（万元）")).toEqual({ value: 0.608, factor: 10_000 });
    expect(stripYuan(6080, " 特殊教育学校生均公用经费（元）")).toEqual({ value: 6080, factor: 1 });
  });
});
