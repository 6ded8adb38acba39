import { STAGES, stageIndex } from "./types";

describe("stageIndex", () => {
  it("gives each stage its place in STAGES, as indexOf does", () => {
    // Worked by hand: STAGES is ["primary", "junior"].
    expect(stageIndex("primary")).toBe(0);
    expect(stageIndex("junior")).toBe(1);
    for (const stage of STAGES) expect(stageIndex(stage)).toBe(STAGES.indexOf(stage));
  });
});
