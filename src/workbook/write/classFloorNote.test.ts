import { makeGuarantee } from "./testing/makeEvaluation";
import { classFloorNote, isClassFloor } from "./classFloorNote";

describe("classFloorNote", () => {
  it("names the counts that are lower bounds and why (only the largest class, rules.md §4 item 5)", () => {
    expect(classFloorNote({ classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" }, "zh")).toBe("超班额班数为下限（至少）：仅填报最大班额，未填各班额段班数");
    expect(classFloorNote({ classesOverCap: true, largeClasses: true, superLargeClasses: true, basis: "largest_class" }, "zh")).toBe("超班额班数、大班额、超大班额为下限（至少）：仅填报最大班额，未填各班额段班数");
  });
  it("for a bucket spanning the limit", () => {
    expect(classFloorNote({ classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "buckets" }, "zh")).toBe("超班额班数为下限（至少）：班额段跨越限额，无法确定准确班数");
  });
});

describe("isClassFloor", () => {
  const g = makeGuarantee({ name: "乡村初中丙", recordId: "r1", type: "junior", classesOverCap: 1, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } });
  it("is true only for a class count flagged as a bound", () => {
    expect(["classesOverCap", "largeClasses", "superLargeClasses", "fundingShortfall"].map((k) => isClassFloor(g, k))).toEqual([true, false, false, false]);
    expect(isClassFloor(makeGuarantee({ name: "甲小学", recordId: "r2" }), "classesOverCap")).toBe(false);
  });
});
