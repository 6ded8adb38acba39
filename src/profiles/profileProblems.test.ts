import { message } from "../messages/catalogue";
import { ProfileError } from "./ProfileError";
import { textNumber } from "./profileProblems";
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
      ["guarantee.funding.boardingExtar", "unrecognized_keys", undefined],
      ["targets.0.share", "profile_number_as_text", { text: "85%", number: "0.85" }],
      ["targets.1.share", "profile_number_as_text", { text: "1", number: "1" }],
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
