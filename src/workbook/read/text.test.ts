import { BREAKDOWN_LEAD, cellText, dotThousands, normaliseText } from "./text";

describe("cellText", () => {
  it("gives a date as yyyy-mm-dd, and one no date can hold (an invalid Date from 1e9) as Excel shows it, never throwing", () => {
    expect(cellText(new Date(Date.UTC(2024, 4, 1)))).toBe("2024-05-01");
    expect(cellText(new Date(Number.NaN))).toBe("#####");
    expect(cellText(new Date(Math.round((1e9 - 25569) * 86_400_000)))).toBe("#####");
  });
});

describe("normaliseText", () => {
  it.each([
    [" 其中：专科及 以上 ", "专科及以上"],
    ["其中:女", "女"],
    // The lead-in in brackets is the same lead-in (BREAKDOWN_LEAD): the header names 专科 either way.
    ["（其中）专科", "专科"],
    ["#其中：寄宿生", "寄宿生"],
    ["26～30人", "26-30人"],
    ["【万元】", "(万元)"],
  ])("%p → %p", (text, normal) => expect(normaliseText(text)).toBe(normal));
});

describe("BREAKDOWN_LEAD", () => {
  it.each(["其中:女", "其中女", "(其中)寄宿生", "其中、初中"])("%p opens with a breakdown's lead-in", (text) => expect(BREAKDOWN_LEAD.test(text)).toBe(true));
  it.each(["女", "中其小学", "(含)其中"])("%p does not", (text) => expect(BREAKDOWN_LEAD.test(text)).toBe(false));
});

describe("dotThousands", () => {
  it.each([["1.200", true], ["6.080", true], ["1.234.567", true], ["１．２００", true], [" 6.080 ", true], ["0.968", false], ["6.08", false], ["12.5", false], ["1200", false], ["1.2000", false], ["", false]])("%s → %s", (text, expected) => {
    expect(dotThousands(text)).toBe(expected);
  });
});
