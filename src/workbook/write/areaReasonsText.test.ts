import type { AreaVerdict } from "../../engine/types";
import { areaReasonsText, withCaveats } from "./areaReasonsText";

describe("withCaveats", () => {
  it("sets the caveats after the reasons, alone when there are none, and leaves the reasons as they are without caveats", () => {
    expect(withCaveats("", ["小学各项差异系数均不可计算", "未见初中学校（学段）"], "zh")).toBe("小学各项差异系数均不可计算；未见初中学校（学段）");
    expect(withCaveats("有学校未达标", ["未见初中学校（学段）"], "zh")).toBe("有学校未达标。另：未见初中学校（学段）");
    expect(withCaveats("Some fail", ["Junior secondary: no school section found"], "en")).toBe("Some fail. Also: junior secondary: no school section found");
    expect(withCaveats("有学校未达标", [], "zh")).toBe("有学校未达标");
    expect(withCaveats("", [], "zh")).toBe("");
  });
});

describe("areaReasonsText: reasons joined as one English sentence", () => {
  // messy.xlsx's Summary!D10 (/tmp/s34/h1/work) read "No school section could be evaluated; Some school sections in scope could not be evaluated: …".
  const none: AreaVerdict = { area: "resources", verdict: "not_assessed", reasons: ["sections_none_evaluable", "sections_not_evaluable"], pending: ["sections_none_evaluable", "sections_not_evaluable"] };

  it("lowers the capital of each reason after a semicolon in English, and leaves the Chinese as it was", () => {
    expect(areaReasonsText(none, "en")).toBe("No school section could be evaluated; some school sections in scope could not be evaluated");
    expect(areaReasonsText(none, "zh")).toBe("没有可评估的学校（学段）；有参评学校（学段）数据不全，无法评估");
  });

  it("keeps the codes that open item reasons (G1, G2) as they are", () => {
    const pending: AreaVerdict = { area: "guarantee", verdict: "not_assessed", reasons: ["G1", "G2"], pending: ["G1", "G2"] };
    expect(areaReasonsText(pending, "en")).toBe("G1 Sound school layout planning; G2 Urban–rural “four unified” standards");
  });
});
