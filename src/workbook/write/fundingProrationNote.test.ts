import { fundingProrationNote } from "./fundingProrationNote";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("fundingProrationNote: how a combined school's tier is split between its stages' norms (rules.md §4 item 6)", () => {
  // wb-C 河北学校 (Sichuan): 166 小学 + 210 初中 funded as 500 → (800 × 166 + 1040 × 210) × 500 ÷ 376 = 467 021.28.
  const hebei = makeGuarantee({
    name: "河北学校",
    recordId: "学校!9",
    type: "nine_year",
    fundedStudents: 500,
    fundingNorm: ((800 * 166 + 1040 * 210) * 500) / 376,
    fundingShortfall: 96_421.28,
    fundingProration: { stages: [{ stage: "primary", students: 166, norm: 800 }, { stage: "junior", students: 210, norm: 1040 }], students: 376, funded: 500 },
  });

  it("spells out the sum and its result in yuan, in zh and en", () => {
    // (132,800 + 218,400) × 500 ÷ 376 = 175,600,000 ÷ 376 = 467,021.2766 → 467,021.28.
    expect(fundingProrationNote(hebei, "zh")).toBe("公用经费按 500 人核定，生均标准按各学段在校生比例加权，应拨（元）= (800×166 + 1040×210) × 500 ÷ 376 = 467,021.28");
    expect(fundingProrationNote(hebei, "en")).toBe("Public funding: the school is funded as 500 students, the stages' norms weighted by their shares of its students; required (yuan) = (800×166 + 1040×210) × 500 ÷ 376 = 467,021.28");
  });
  it("a 寄宿制 school: the extra per boarder added, so the note's sum is the norm", () => {
    // Sichuan 小河学校: (800 × 60 + 1040 × 30) × 100 ÷ 90 = 88 000, + 300 × 40 boarders = 100 000.
    const xiaohe = makeGuarantee({
      name: "小河学校",
      recordId: "学校!14",
      type: "nine_year",
      fundedStudents: 100,
      fundingNorm: 100_000,
      fundingProration: { stages: [{ stage: "primary", students: 60, norm: 800 }, { stage: "junior", students: 30, norm: 1040 }], students: 90, funded: 100 },
      fundingBoarding: { boarders: 40, perBoarder: 300 },
    });
    expect(fundingProrationNote(xiaohe, "zh")).toBe("公用经费按 100 人核定，生均标准按各学段在校生比例加权，应拨（元）= (800×60 + 1040×30) × 100 ÷ 90 + 300×40 = 100,000.00");
    expect(fundingProrationNote(xiaohe, "en")).toBe("Public funding: the school is funded as 100 students, the stages' norms weighted by their shares of its students; required (yuan) = (800×60 + 1040×30) × 100 ÷ 90 + 300×40 = 100,000.00");
    expect(((800 * 60 + 1040 * 30) * 100) / 90 + 300 * 40).toBeCloseTo(100_000, 6);
  });
  it("none for a school without such a split", () => {
    expect(fundingProrationNote(makeGuarantee({ name: "甲小学", recordId: "r1", fundedStudents: 100 }), "zh")).toBeNull();
  });
});
