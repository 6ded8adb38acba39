import { fundingBoardingNote } from "./fundingBoardingNote";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("fundingBoardingNote: the boarding extra in a school's funding requirement (rules.md §4 item 6)", () => {
  // Sichuan 河口乡中学: a rural 初中 of 463 students, all boarding, funded as 500 →
  // 1040 × 500 = 520 000, + 300 × 463 = 138 900 → 658 900 required; given 658 800, short 100.
  const hekou = makeGuarantee({
    name: "河口乡中学",
    recordId: "学校!7",
    type: "junior",
    fundedStudents: 500,
    fundingNorm: 1040 * 500 + 300 * 463,
    fundingShortfall: 100,
    fundingBoarding: { boarders: 463, perBoarder: 300 },
  });

  it("writes the extra out and the requirement it makes, in zh and en", () => {
    expect(1040 * 500 + 300 * 463).toBe(658_900);
    expect(fundingBoardingNote(hekou, "zh")).toBe("公用经费应拨（元）含寄宿生补助 300×463 = 138,900，合计 658,900");
    expect(fundingBoardingNote(hekou, "en")).toBe("Public funding required (yuan) includes the boarding extra 300×463 = 138,900, 658,900 in all");
  });
  it("one boarder: 300 yuan", () => {
    const one = makeGuarantee({ ...hekou, fundedStudents: 100, fundingNorm: 1040 * 100 + 300, fundingBoarding: { boarders: 1, perBoarder: 300 } });
    expect(fundingBoardingNote(one, "zh")).toBe("公用经费应拨（元）含寄宿生补助 300×1 = 300，合计 104,300");
  });
  it("rounds to whole yuan for display, like the sheet's other amounts, from unrounded values", () => {
    // A profile extra of 300.5 yuan: 300.5 × 463 = 139 131.5 → 139,132; 1040 × 500 + 139 131.5 = 659 131.5 → 659,132.
    expect(300.5 * 463).toBe(139_131.5);
    const half = makeGuarantee({ ...hekou, fundingNorm: 1040 * 500 + 300.5 * 463, fundingBoarding: { boarders: 463, perBoarder: 300.5 } });
    expect(fundingBoardingNote(half, "zh")).toBe("公用经费应拨（元）含寄宿生补助 300.5×463 = 139,132，合计 659,132");
    // 0.4 yuan rounds down: 104 300.4 → 104,300.
    const down = makeGuarantee({ ...hekou, fundedStudents: 100, fundingNorm: 1040 * 100 + 300.4, fundingBoarding: { boarders: 1, perBoarder: 300.4 } });
    expect(fundingBoardingNote(down, "en")).toBe("Public funding required (yuan) includes the boarding extra 300.4×1 = 300, 104,300 in all");
  });
  it("none without boarders counted, without a requirement, or for a combined school whose split note adds them", () => {
    expect(fundingBoardingNote(makeGuarantee({ ...hekou, fundingBoarding: null }), "zh")).toBeNull();
    expect(fundingBoardingNote(makeGuarantee({ ...hekou, fundingNorm: null }), "zh")).toBeNull();
    const split = { stages: [{ stage: "primary", students: 60, norm: 800 }, { stage: "junior", students: 30, norm: 1040 }], students: 90, funded: 100 } as const;
    expect(fundingBoardingNote(makeGuarantee({ ...hekou, type: "nine_year", fundingProration: split }), "zh")).toBeNull();
  });
});
