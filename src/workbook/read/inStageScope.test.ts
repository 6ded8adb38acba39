import { inStageScope } from "./inStageScope";

describe("inStageScope: the columns a section of a stage reads", () => {
  it("reads a stage's own columns and those without a stage in that stage's section", () => {
    expect(inStageScope({ stage: "primary" }, "primary")).toBe(true);
    expect(inStageScope({ stage: null }, "primary")).toBe(true);
    expect(inStageScope({ stage: "junior" }, "primary")).toBe(false);
  });

  it("reads only the columns without a stage for the whole school (null)", () => {
    expect(inStageScope({ stage: null }, null)).toBe(true);
    expect(inStageScope({ stage: "junior" }, null)).toBe(false);
  });
});
