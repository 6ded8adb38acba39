import { message } from "../../messages/catalogue";
import { sharedCauses } from "./sharedCauses";
import { makeMissingNumerator } from "./testing/makeEvaluation";

// 城关中学 of messy.xlsx (reviewer R5, finding 9): its indoor sports area at 学校基本情况!O12 was refused, and both
// L4 (which deducts it) and L5 (which adds it) lost their numerator: two issues that differ only in the indicator.
const l4 = makeMissingNumerator("城关中学", 12, "L4", "indoorSportsArea");
const l5 = makeMissingNumerator("城关中学", 12, "L5", "indoorSportsArea");

describe("sharedCauses: one cause said once, naming every indicator it leaves uncomputed", () => {
  it("merges two issues that differ only in the indicator: L4 and L5 in English, L4、L5 in Chinese", () => {
    expect(sharedCauses([l4, l5], "en")).toEqual([{ ...l4, params: { ...l4.params, indicator: "L4 and L5" } }]);
    expect(sharedCauses([l4, l5], "zh")).toEqual([{ ...l4, params: { ...l4.params, indicator: "L4、L5" } }]);
    const [merged] = sharedCauses([l4, l5], "en");
    expect(message(merged?.code ?? "", merged?.params, "en")).toBe("城关中学 (primary): no value for Indoor sports rooms area, so L4 and L5 cannot be computed (学校基本情况 row 12)");
  });
  it("keeps issues of another field, another cell or another code apart, in their order", () => {
    const other = makeMissingNumerator("城关中学", 12, "L7", "multimediaRooms");
    const elsewhere = { ...l5, cell: "学校基本情况!P12" };
    const zero = { code: "zero_students", severity: "error" as const, cell: null, params: { school: "城关中学", stage: "primary" } };
    expect(sharedCauses([l4, other, elsewhere, zero], "en")).toEqual([l4, other, elsewhere, zero]);
  });
  it("one issue, none, and the same indicator twice (named once)", () => {
    expect(sharedCauses([l4], "en")).toEqual([l4]);
    expect(sharedCauses([], "en")).toEqual([]);
    expect(sharedCauses([l4, l4], "en")).toEqual([l4]);
  });
});
