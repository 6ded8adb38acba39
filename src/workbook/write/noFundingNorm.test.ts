import { builtInProfile } from "../../profiles/resolveProfile";
import { pathOfName } from "../read/settingByName";
import { noFundingNorm, noFundingNormAdvice } from "./noFundingNorm";
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

describe("noFundingNormAdvice", () => {
  // The advice is followed by writing the rows it names on a 规则 sheet: each name it quotes must be one the reader takes, for the two norms.
  it.each([
    ["zh", "cli"],
    ["zh", "addin"],
    ["en", "cli"],
    ["en", "addin"],
  ] as const)("names rows the reader takes as the primary and junior norms (%s, %s)", (lang, front) => {
    const quoted = [...noFundingNormAdvice(lang, front).matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? "");
    expect(quoted.map(pathOfName).filter((p) => p !== null)).toEqual(["guarantee.funding.norm.primary", "guarantee.funding.norm.junior"]);
  });
});
