import { profileNote } from "./profileNote";

describe("profileNote: the 评估规则 line, with the profile file where there is one", () => {
  it("names the file beside the name, in zh and en", () => {
    expect(profileNote("测试目标", "prof/target.json", "zh")).toBe("评估规则：测试目标（规则文件 prof/target.json）");
    expect(profileNote("Test targets", "prof/target.json", "en")).toBe("Rule profile: Test targets (profile file prof/target.json)");
  });
  it("names a built-in profile alone, whether the file is absent or null", () => {
    expect(profileNote("国家标准", undefined, "zh")).toBe("评估规则：国家标准");
    expect(profileNote("国家标准", null, "zh")).toBe("评估规则：国家标准");
  });
});
