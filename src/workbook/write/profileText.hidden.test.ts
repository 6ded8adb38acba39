import { profileText } from "./profileText";

describe("profileText: a hidden 规则 sheet applied is said (tG finding 3)", () => {
  it("says the rule sheet was hidden, in zh and en", () => {
    const entry = { path: "passRule.minMet", value: 5, cell: "规则!B2", hiddenSheet: true };
    expect(profileText("国家标准", [entry], "zh")).toBe("国家标准，已按本工作簿的规则表（隐藏）调整：学校达标须达到标准的指标数（七项中） = 5（规则!B2）");
    expect(profileText("National", [entry], "en")).toBe("National, adjusted by this workbook's rule sheet (hidden): Indicators a school must meet (of seven) = 5 (规则!B2)");
  });
});
