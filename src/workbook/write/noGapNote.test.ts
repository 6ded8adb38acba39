import { noGapNote } from "./noGapNote";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("noGapNote: a school 缺口测算 lists for its funding alone says it has no gap (rules.md §4 item 6)", () => {
  // 青山乡中心小学 of H5's county workbook, Sichuan: 458 rural 小学 students funded as 500 → 800 × 500 = 400 000 required;
  // 40.3 万元 = 403 000 given → no funding gap; rooms, size and classes all 0 (makeGuarantee).
  const qingshan = makeGuarantee({ name: "青山乡中心小学", recordId: "学校基本情况!19", fundedStudents: 500, fundingNorm: 400_000, fundingShortfall: 0 });

  it("says no gap of any kind when every check is computed and 0, in zh and en", () => {
    expect(noGapNote(qingshan, "zh")).toBe("本校各项均无缺口，列出以说明公用经费的核定");
    expect(noGapNote(qingshan, "en")).toBe("No shortfall of any kind: listed to show how its public funding is reckoned");
  });
  it("says only the funding has no gap when another check is blank (not computed) or 0 only as a bound", () => {
    expect(noGapNote({ ...qingshan, largeClasses: null }, "zh")).toBe("公用经费无缺口，列出以说明其核定");
    expect(noGapNote({ ...qingshan, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } }, "en")).toBe("No public-funding shortfall: listed to show how that funding is reckoned");
  });
  it("says nothing of a school short of anything, of funding unknown or not judged, or of a funding gap 0 only as a bound", () => {
    expect(noGapNote({ ...qingshan, fundingShortfall: 2000 }, "zh")).toBeNull();
    expect(noGapNote({ ...qingshan, musicRoomsShort: 1 }, "zh")).toBeNull();
    expect(noGapNote({ ...qingshan, studentsOverCap: 100 }, "zh")).toBeNull();
    expect(noGapNote({ ...qingshan, fundingShortfall: null }, "zh")).toBeNull();
    expect(noGapNote({ ...qingshan, fundingShortfall: null, fundingExempt: "private" }, "zh")).toBeNull();
    expect(noGapNote({ ...qingshan, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } }, "zh")).toBeNull();
  });
});
