import { message } from "../messages/catalogue";
import { ProfileError } from "./ProfileError";
import { schemaKeys, textNumber } from "./profileProblems";
import { profileSchema } from "./schema";
import { resolveProfile } from "./resolveProfile";

function problems(raw: unknown): ProfileError["problems"] {
  try {
    resolveProfile(raw);
  } catch (error) {
    if (error instanceof ProfileError) return error.problems;
    throw error;
  }
  throw new Error("expected a ProfileError");
}

const own = { extends: "national-2017", id: "deyang-x", name: { zh: "某县", en: "X county" } };

describe("textNumber: the number a quoted value stands for", () => {
  it.each([
    ["0.85", 0.85],
    ["85%", 0.85],
    [" 100% ", 1],
    ["6,080", 6080],
    ["-800", -800],
    ["12.5%", 0.125],
  ])("%s → %d", (text, n) => expect(textNumber(text)).toBe(n));

  it.each(["八十五", "", "85%%", "0.85元", "1e3", "."])("%p reads as no number", (text) => expect(textNumber(text)).toBeNull());
});

describe("a number in quotes in a profile file (a hand-edited copy of the Sichuan profile)", () => {
  it("says each one, at its path, with the number to write, all at once beside the other problems", () => {
    const raw = { ...own, targets: [{ year: 2024, share: "85%" }, { year: 2025, share: "1" }], guarantee: { funding: { norm: { primary: "800", junior: 1040 }, boardingExtar: 300 } } };
    expect(problems(raw).map((p) => [p.path, p.code, p.params])).toEqual([
      ["guarantee.funding.norm.primary", "profile_number_as_text", { text: "800", number: "800" }],
      ["guarantee.funding.boardingExtar", "profile_key_typo", { suggestion: "boardingExtra" }],
      ["targets.0.share", "profile_number_as_text", { text: "85%", number: "0.85" }],
      ["targets.1.share", "profile_number_as_text", { text: "1", number: "1" }],
    ]);
  });

  it("offers no share for a percentage where the setting is a count or amount (\"fundedAs\": \"50%\" is no 0.5 students), and still one where it is a share", () => {
    const raw = {
      ...own,
      passRule: { floorRatio: "85%" },
      cvLimits: { primary: "50%" },
      guarantee: { funding: { tiers: [{ below: 100, fundedAs: "50%" }] }, schoolSize: { single: "2,500" } },
      countyItems: { G7_special_junior: { threshold: "80%" } },
    };
    expect(problems(raw).map((p) => [p.path, p.code, p.params])).toEqual([
      ["passRule.floorRatio", "profile_number_as_text", { text: "85%", number: "0.85" }],
      ["cvLimits.primary", "profile_number_as_text", { text: "50%", number: "0.5" }],
      ["guarantee.schoolSize.single", "profile_number_as_text", { text: "2,500", number: "2500" }],
      ["guarantee.funding.tiers.0.fundedAs", "profile_percent_not_share", { text: "50%" }],
      // G7's threshold is in yuan (national-2017): a percentage is no amount.
      ["countyItems.G7_special_junior.threshold", "profile_percent_not_share", { text: "80%" }],
    ]);
    expect(message("profile_reason_profile_percent_not_share", { text: "50%" }, "zh")).toBe('写成了文字 "50%"：该项是人数、面积或金额等数值，不是比例，不能写百分数；请写不加引号、不带 % 的数字');
    expect(message("profile_reason_profile_percent_not_share", { text: "50%" }, "en")).toBe('written as the text "50%": this setting is a count, area or amount, not a share, so it takes no percentage; write a number without quotes or %');
  });

  it("takes a county item's threshold for a share by its unit: a ratio item's percentage is its share", () => {
    const raw = { ...own, countyItems: { G9_training_rate: { threshold: "100%" } } };
    expect(problems(raw).map((p) => [p.path, p.code, p.params])).toEqual([["countyItems.G9_training_rate.threshold", "profile_number_as_text", { text: "100%", number: "1" }]]);
  });

  it("gives the number for a percentage on a plain-number item that is a ratio or rate, and none on a level", () => {
    // national-2017: G8 teachers' pay ÷ civil servants' pay at least 1 (100%), Q9 校际差异率 below 0.15 (15%), unit "number";
    // Q9 monitoring level at least 3, unit "level": "3%" is no level.
    const raw = { ...own, countyItems: { G8_pay_ratio: { threshold: "100%" }, Q9_difference_rate: { threshold: "15%" }, Q9_monitoring_level: { threshold: "3%" } } };
    expect(problems(raw).map((p) => [p.path, p.code, p.params])).toEqual([
      ["countyItems.G8_pay_ratio.threshold", "profile_number_as_text", { text: "100%", number: "1" }],
      ["countyItems.Q9_monitoring_level.threshold", "profile_percent_not_share", { text: "3%" }],
      ["countyItems.Q9_difference_rate.threshold", "profile_number_as_text", { text: "15%", number: "0.15" }],
    ]);
  });

  it("leaves a text that reads as no number to the general reason (wrong kind)", () => {
    expect(problems({ ...own, targets: [{ year: 2024, share: "八成五" }] }).map((p) => [p.path, p.code])).toEqual([["targets.0.share", "invalid_type"]]);
  });

  it("words it in both languages with the text and the number", () => {
    const params = { text: "85%", number: "0.85" };
    expect(message("profile_reason_profile_number_as_text", params, "zh")).toBe('写成了文字 "85%"：数字不能加引号，也不能带 % 或千位逗号，请写 0.85');
    expect(message("profile_reason_profile_number_as_text", params, "en")).toBe('written as the text "85%": a number takes no quotes, % or thousands commas; write 0.85');
  });
});

describe("a mistyped key names the key of its group it is a slip of", () => {
  it("primray for primary under a norm the national profile leaves null, without calling primary missing", () => {
    const raw = { ...own, guarantee: { funding: { norm: { primray: 800, junior: 1040 } } } };
    expect(problems(raw).map((p) => [p.path, p.code, p.params])).toEqual([["guarantee.funding.norm.primray", "profile_key_typo", { suggestion: "primary" }]]);
  });

  it("extend for extends: the slip alone, not every setting a profile without extends lacks", () => {
    const { extends: parent, ...rest } = own;
    expect(problems({ ...rest, extend: parent }).map((p) => [p.path, p.code, p.params])).toEqual([["extend", "profile_key_typo", { suggestion: "extends" }]]);
  });

  it("names none when several keys are as near (L8 beside L1–L7) or none is near (colour)", () => {
    const raw = { ...own, standards: { primary: { L8: 1 } }, colour: "red" };
    expect(problems(raw).map((p) => [p.path, p.code])).toEqual([
      ["standards.primary.L8", "unrecognized_keys"],
      ["colour", "unrecognized_keys"],
    ]);
  });

  it("names none for a short key two edits from another, which is a word of its own, not a slip: note, date, senior", () => {
    // A remark kept as "note" (comments are refused), a "date" beside the name, and 高中 as "senior" under cvLimits:
    // before, note was asked to be name (root) and norm (funding), date name, senior junior.
    const raw = { ...own, note: "按广汉方案", date: "2024-03-12", cvLimits: { primary: 0.5, junior: 0.45, senior: 0.4 }, guarantee: { funding: { note: "寄宿生另加" } } };
    expect(problems(raw).map((p) => [p.path, p.code])).toEqual([
      ["cvLimits.senior", "unrecognized_keys"],
      ["guarantee.funding.note", "unrecognized_keys"],
      ["note", "unrecognized_keys"],
      ["date", "unrecognized_keys"],
    ]);
  });

  it("still names the key meant for one slip in a short key: nam, ids, combine, juinor", () => {
    const raw = { ...own, nam: { zh: "某县", en: "X" }, ids: "x", cvLimits: { primary: 0.5, juinor: 0.45 }, guarantee: { schoolSize: { combine: 2500 } } };
    expect(problems(raw).filter((p) => p.code === "profile_key_typo").map((p) => [p.path, p.params?.suggestion])).toEqual([
      ["cvLimits.juinor", "junior"],
      ["guarantee.schoolSize.combine", "combined"],
      ["nam", "name"],
      ["ids", "id"],
    ]);
  });

  it("says it in both languages", () => {
    expect(message("profile_reason_profile_key_typo", { suggestion: "primary" }, "zh")).toBe("不是可用的设置项，是否应为“primary”？请改正键名");
    expect(message("profile_reason_profile_key_typo", { suggestion: "primary" }, "en")).toBe("not a setting the profile knows: did you mean “primary”? Correct the key");
  });
});

describe("schemaKeys: the keys the schema expects at a path", () => {
  it("through a nullable group, an array and a record", () => {
    expect(schemaKeys(profileSchema, ["guarantee", "funding", "norm"])).toEqual(["primary", "junior"]);
    expect(schemaKeys(profileSchema, ["targets", 0])).toEqual(["year", "share"]);
    expect(schemaKeys(profileSchema, ["countyItems", "G7_special_primary"])).toEqual(["item", "comparison", "threshold", "unit"]);
    expect(schemaKeys(profileSchema, ["cvLimits", "primary"])).toEqual([]);
  });
});
