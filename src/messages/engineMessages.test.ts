import { message } from "./catalogue";
import { ENGINE_MESSAGES } from "./engineMessages";

// Placeholders matching in both languages is checked for every entry in catalogue.test.
describe("ENGINE_MESSAGES", () => {
  it("covers every issue code the engine raises", () => {
    const raised = [
      "missing_numerator",
      "missing_students",
      "zero_students",
      "negative_value",
      "indoor_exceeds_teaching_area",
      "sports_total_mismatch",
      "split_missing_students",
      "split_missing_senior_students",
      "combined_no_stage_data",
      "combined_whole_school_only",
      "value_not_number",
      "indoor_not_number",
      "flag_not_usable",
      "target_year_assumed",
      "county_spellings_merged",
      "county_level_word_added",
      "county_level_word_ambiguous",
      "county_figures_shared",
      "scope_county_run_unusable",
      "scope_private_unusable",
    ];
    expect(Object.keys(ENGINE_MESSAGES).sort()).toEqual(raised.sort());
  });
  it("says what a value that is not a number was, and where", () => {
    const params = { school: "丁小学", field: "teachingArea", value: "abc", row: "学校!8" };
    expect(message("value_not_number", params, "zh")).toBe("丁小学的“教学及辅助用房面积”不是有效数字（abc），按空白处理（学校 第8行）");
  });
  it("names a missing stage by its label in each language (it read “缺少 primary 学段”)", () => {
    const params = { school: "东山学校", missingStage: "primary", row: "学校!5" };
    expect(message("split_missing_students", params, "zh")).toBe("东山学校 缺少小学在校生数，无法按学生数分摊共用的校舍、场地、设备（学校 第5行）");
    expect(message("split_missing_students", params, "en")).toContain("students of the Primary stage are missing");
  });
  it("fills the placeholders", () => {
    expect(message("zero_students", { school: "丁小学", stage: "primary", row: "学校!8" }, "zh")).toBe("丁小学（小学）在校生数为 0，不计算生均指标（学校 第8行）");
  });
});

describe("combined_no_stage_data says how to fix it (wb1 青石乡九年制学校)", () => {
  it("names the three ways to give per-stage numbers, in both languages", () => {
    const params = { school: "青石乡九年制学校", stage: "junior", row: "2024学校!15" };
    const zh = message("combined_no_stage_data", params, "zh");
    expect(zh).toContain("请");
    expect(zh).toContain("学部");
    expect(zh).toContain("其中：小学");
    expect(zh).toContain("其中：初中");
    expect(zh).toContain("分学段的列");
    const en = message("combined_no_stage_data", params, "en");
    expect(en).toContain("one row per stage");
    expect(en).toContain("its junior secondary section");
    expect(en).toContain("其中：小学");
    expect(en).toMatch(/per-stage columns/);
  });
});

describe("target_year_assumed does not claim no year is stated (a year written in a way not read is still stated)", () => {
  it("says the year could not be determined, in both languages, the CLI's and the add-in's", () => {
    for (const code of ["target_year_assumed", "addin_target_year_assumed"]) {
      const zh = message(code, { year: 2025 }, "zh");
      expect(zh).not.toContain("未写明");
      expect(zh).toContain("写法未能识别");
      expect(zh).toContain("2025 年");
      const en = message(code, { year: 2025 }, "en");
      expect(en).not.toMatch(/no title or sheet name states one/);
      expect(en).toContain("could not be determined");
    }
  });
});
