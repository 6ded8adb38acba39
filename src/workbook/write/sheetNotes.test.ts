import { builtInProfile } from "../../profiles/resolveProfile";
import { resolveFileProfile } from "../../profiles/resolveFileProfile";
import { commonNotes } from "./sheetNotes";
import { makeEvaluation } from "./testing/makeEvaluation";

describe("commonNotes: the 评估规则 line", () => {
  it("names the profile file a profile was read from, beside its name", () => {
    const profile = resolveFileProfile({ extends: "national-2017", id: "sheet-notes-file-test", name: { zh: "青州市标准", en: "Qingzhou" }, cvLimits: { primary: 0.25, junior: 0.2 } });
    const context = { issues: [], profile, profileFile: "prof/good.json" };
    expect(commonNotes(makeEvaluation(), { ...context, lang: "zh", profileName: "青州市标准" })[0]).toBe("评估规则：青州市标准（规则文件 prof/good.json）");
    expect(commonNotes(makeEvaluation(), { ...context, lang: "en", profileName: "Qingzhou" })[0]).toBe("Rule profile: Qingzhou (profile file prof/good.json)");
  });

  it("names a built-in profile by its name alone", () => {
    const profile = builtInProfile("national-2017");
    expect(commonNotes(makeEvaluation(), { issues: [], lang: "zh", profile, profileName: "国家标准" })[0]).toBe("评估规则：国家标准");
  });
});
