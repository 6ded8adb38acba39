import { fundingTierText } from "./fundingTierText";
import { builtInProfile } from "../../profiles/resolveProfile";

const sichuan = builtInProfile("sichuan-guanghan-2024").guarantee.funding;

describe("fundingTierText", () => {
  it("says each tier from the bound below it, so that a school of exactly 300 reads as funded by the 300–500 tier", () => {
    expect(fundingTierText(sichuan, "zh")).toBe("农村学校、教学点不足100人按100人核定，100人及以上不足300人按300人核定，300人及以上不足500人按500人核定");
    expect(fundingTierText(sichuan, "en")).toBe("rural schools and teaching points under 100 students are funded as 100, from 100 to under 300 as 300, from 300 to under 500 as 500");
  });

  it("in order of the bounds whatever order the profile lists them in, for every school when not rural only", () => {
    const listed = { ...sichuan, tiers: [{ below: 200, fundedAs: 200 }, { below: 60, fundedAs: 60 }], tiersRuralOnly: false };
    expect(fundingTierText(listed, "zh")).toBe("不足60人按60人核定，60人及以上不足200人按200人核定");
    expect(fundingTierText(listed, "en")).toBe("schools under 60 students are funded as 60, from 60 to under 200 as 200");
  });

  it("is null without tiers (national-2017)", () => {
    expect(fundingTierText({ ...sichuan, tiers: [] }, "zh")).toBeNull();
  });
});
