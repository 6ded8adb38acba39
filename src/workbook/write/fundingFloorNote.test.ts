import type { FundingLowerBound } from "../../engine/types";
import { fundingFloorNote } from "./fundingFloorNote";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("fundingFloorNote: why a school's public-funding shortfall is only a lower bound", () => {
  // Sichuan, 初中 of 394 students, 391 400 yuan, rurality not stated: 1040 × 394 − 391 400 = 18 360 short as an urban school.
  const note = (floor: FundingLowerBound, lang: "zh" | "en") => fundingFloorNote(makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", fundingShortfall: 18_360, fundingShortfallLowerBound: floor }), lang);

  it("names both reasons when a boarding school gives no boarders and no rurality", () => {
    const both: FundingLowerBound = { ruralFunded: 500, boardersUncounted: true };
    expect(note(both, "zh")).toBe("公用经费缺口（元）为下限（至少）：未计寄宿生；若为农村学校（按 500 人核定）缺口更大");
    expect(note(both, "en")).toBe("Funding shortfall (yuan): lower bound (at least) — boarders not counted; as a rural school (funded for 500 students) it is larger");
  });

  it("names students not split by stage, alone and after the other reasons", () => {
    const alone: FundingLowerBound = { ruralFunded: null, boardersUncounted: false, stagesUnsplit: true };
    expect(note(alone, "zh")).toBe("公用经费缺口（元）为下限（至少）：在校生数未分学段，全部按较低学段的标准测算");
    expect(note(alone, "en")).toBe("Funding shortfall (yuan): lower bound (at least) — students not split by stage, all counted at the lower stage's norm");
    expect(note({ ruralFunded: null, boardersUncounted: true, stagesUnsplit: true }, "zh")).toBe("公用经费缺口（元）为下限（至少）：未计寄宿生；在校生数未分学段，全部按较低学段的标准测算");
    expect(note({ ruralFunded: 300, boardersUncounted: false, stagesUnsplit: true }, "en")).toBe(
      "Funding shortfall (yuan): lower bound (at least) — as a rural school (funded for 300 students) it is larger; students not split by stage, all counted at the lower stage's norm",
    );
  });

  it("a rural figure in the thousands is written as the number it is", () => {
    expect(note({ ruralFunded: 1500, boardersUncounted: false }, "zh")).toBe("公用经费缺口（元）为下限（至少）：若为农村学校（按 1500 人核定）缺口更大");
  });

  it("none for the full gap, nor for a bound of 0 (unknown, not “at least 0”: atLeast)", () => {
    const rural: FundingLowerBound = { ruralFunded: 500, boardersUncounted: false };
    expect(fundingFloorNote(makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 80_000 }), "zh")).toBeNull();
    expect(fundingFloorNote(makeGuarantee({ name: "丙中学", recordId: "r3", fundingShortfall: 0, fundingShortfallLowerBound: rural }), "zh")).toBeNull();
  });
});
