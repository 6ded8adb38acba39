import { shareRangeText } from "./shareRangeText";

describe("shareRangeText", () => {
  it("gives all failing … all passing, by hand: 8 ÷ 14 = 57.14%, 14 ÷ 14 = 100%", () => {
    expect(shareRangeText({ passing: 8, unjudged: 6, inScope: 14, target: null }, "zh")).toBe("57.1% 至 100.0%");
    expect(shareRangeText({ passing: 8, unjudged: 6, inScope: 14, target: null }, "en")).toBe("57.1% to 100.0%");
  });

  it("keeps each end on its side of the target: 96 ÷ 113 = 0.849558 is not shown as 85.0%", () => {
    expect(shareRangeText({ passing: 96, unjudged: 17, inScope: 113, target: { year: 2024, share: 0.85 } }, "zh")).toBe("84.96% 至 100.00%");
  });

  it("covers none judged (0 … 100%) and one section alone", () => {
    expect(shareRangeText({ passing: 0, unjudged: 3, inScope: 3, target: null }, "zh")).toBe("0.0% 至 100.0%");
    expect(shareRangeText({ passing: 0, unjudged: 1, inScope: 1, target: null }, "zh")).toBe("0.0% 至 100.0%");
  });

  it("is null when every section was judged, or none is in scope", () => {
    expect(shareRangeText({ passing: 9, unjudged: 0, inScope: 12, target: null }, "zh")).toBeNull();
    expect(shareRangeText({ passing: 0, unjudged: 0, inScope: 0, target: null }, "zh")).toBeNull();
  });
});
