import { builtInProfile } from "../../profiles/resolveProfile";
import { noFundingNorm } from "./noFundingNorm";
import { makeItem } from "./testing/makeEvaluation";

describe("noFundingNorm", () => {
  const national = builtInProfile("national-2017");
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  const g6 = makeItem({ code: "G6", verdict: "not_assessed", basis: "none", figureOf: "failing_count" });

  it("is G6 with nothing to judge it by under a profile that sets no norm (national-2017), and nothing else", () => {
    expect(noFundingNorm(g6, national)).toBe(true);
    expect(noFundingNorm(g6, sichuan)).toBe(false);
    expect(noFundingNorm({ ...g6, basis: "school_data" }, national)).toBe(false);
    expect(noFundingNorm({ ...g6, code: "G7" }, national)).toBe(false);
    expect(noFundingNorm(g6, undefined)).toBe(false);
  });
});
