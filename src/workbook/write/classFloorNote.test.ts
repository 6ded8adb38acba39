import type { ClassCountsLowerBound } from "../../engine/types";
import { makeGuarantee } from "./testing/makeEvaluation";
import { classFloorNote } from "./classFloorNote";

/** national-2017's guarantee.classSize: 大班额 from 56, 超大班额 from 66. */
const NATIONAL_SIZES = { large: 56, superLarge: 66 };

describe("classFloorNote", () => {
  // 初中 with only 最大班额 given: 56 → at least 1 over 50, at least 1 大班额 (56+); 66 → also at least 1 超大班额 (66+).
  const school = (bound: ClassCountsLowerBound, counts = { classesOverCap: 1, largeClasses: 1, superLargeClasses: 1 }) =>
    makeGuarantee({ name: "乡村初中丙", recordId: "r1", type: "junior", ...counts, classCountsLowerBound: bound });
  const bound = (over: boolean, large: boolean, superLarge: boolean, basis: ClassCountsLowerBound["basis"] = "largest_class") => ({ classesOverCap: over, largeClasses: large, superLargeClasses: superLarge, basis });

  it("names the counts that are lower bounds and why (only the largest class, rules.md §4 item 5)", () => {
    expect(classFloorNote(school(bound(true, false, false)), "zh", NATIONAL_SIZES)).toBe("超班额班数为下限（至少）：仅填报最大班额，未填各班额段班数");
    expect(classFloorNote(school(bound(true, true, true)), "zh", NATIONAL_SIZES)).toBe("超班额班数、大班额（56人及以上）、超大班额（66人及以上）为下限（至少）：仅填报最大班额，未填各班额段班数");
  });
  it("names the counts by the sizes of the profile in effect (60 and 70), in both languages", () => {
    const sizes = { large: 60, superLarge: 70 };
    expect(classFloorNote(school(bound(true, true, true)), "zh", sizes)).toBe("超班额班数、大班额（60人及以上）、超大班额（70人及以上）为下限（至少）：仅填报最大班额，未填各班额段班数");
    expect(classFloorNote(school(bound(false, true, true)), "en", sizes)).toBe("Large classes (60+), Very large classes (70+): lower bounds (at least) — only the largest class is given, not the class-size buckets");
  });
  it("for a bucket spanning the limit", () => {
    expect(classFloorNote(school(bound(true, false, false, "buckets")), "zh", NATIONAL_SIZES)).toBe("超班额班数为下限（至少）：班额段跨越限额，无法确定准确班数");
  });
  it("names no count bounded at 0 (unknown, shown blank), and is null when none is above 0 or none is a bound", () => {
    const zeroLarge = { classesOverCap: 1, largeClasses: 0, superLargeClasses: 0 };
    expect(classFloorNote(school(bound(true, true, false), zeroLarge), "zh", NATIONAL_SIZES)).toBe("超班额班数为下限（至少）：仅填报最大班额，未填各班额段班数");
    expect(classFloorNote(school(bound(true, false, false), { classesOverCap: 0, largeClasses: 0, superLargeClasses: 0 }), "en", NATIONAL_SIZES)).toBeNull();
    expect(classFloorNote(makeGuarantee({ name: "甲小学", recordId: "r2", classesOverCap: 3 }), "zh", NATIONAL_SIZES)).toBeNull();
  });
});
