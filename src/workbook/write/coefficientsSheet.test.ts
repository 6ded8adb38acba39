import { coefficientsSheet } from "./coefficientsSheet";
import { makeCounty, makeEvaluation, makeGroup, makeStats } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { ResultContext } from "./ResultContext";

const national = builtInProfile("national-2017");
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile: national };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

describe("差异系数 limits note", () => {
  it("states the profile's limits per stage (national: 0.50 and 0.45)", () => {
    const note = coefficientsSheet(makeEvaluation(), zh).notes.at(-1);
    expect(note).toBe("差异系数逐项判定（小学≤0.50、初中≤0.45）；“综合差异系数”为基本均衡旧口径，仅供参考，不作判定。");
    expect(coefficientsSheet(makeEvaluation(), en).notes.at(-1)).toBe(
      "Each indicator's coefficient is judged against its limit (primary ≤ 0.50, junior ≤ 0.45); the average coefficient is the older basic-balance measure, shown for reference only.",
    );
  });

  it("follows a profile with other limits", () => {
    const strict = { ...national, cvLimits: { primary: 0.48, junior: 0.4 } };
    expect(coefficientsSheet(makeEvaluation(), { ...zh, profile: strict }).notes.at(-1)).toContain("（小学≤0.48、初中≤0.40）");
  });

  it("without a profile takes the limits from the coefficients, and a dash for a stage without any", () => {
    const { profile: _none, ...bare } = zh;
    // makeGroup: a primary group whose indicators all have the limit 0.5; no junior group.
    expect(coefficientsSheet(makeEvaluation(), bare).notes.at(-1)).toContain("（小学≤0.50、初中≤—）");
  });
});

describe("差异系数 met column", () => {
  it("answers the English header Met with Yes / No, and keeps 达标 / 未达标 in Chinese", () => {
    const group = makeGroup();
    const county = makeCounty({ coefficients: [{ ...group, indicators: { ...group.indicators, L2: makeStats("L2", 1.1, 0.6, 0.545, 0.5) } }] });
    const table = (context: ResultContext) => coefficientsSheet(makeEvaluation({ counties: [county] }), context).tables[0];
    const english = table(en);
    expect(english?.columns[7]?.header).toBe("Met");
    expect(english?.rows.slice(0, 2).map((r) => r[7])).toEqual(["Yes", "No"]);
    expect(table(zh)?.rows.slice(0, 2).map((r) => r[7])).toEqual(["达标", "未达标"]);
  });
});
