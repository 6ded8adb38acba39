import { message } from "./catalogue";
import { matchHeaderPath } from "../workbook/read/matchHeaderPath";
import { ENGINE_MESSAGES } from "./engineMessages";

// Placeholders matching in both languages is checked for every entry in catalogue.test.
describe("ENGINE_MESSAGES", () => {
  it("covers every issue code the engine raises", () => {
    const raised = [
      "missing_numerator",
      "missing_numerator_stage_column",
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
      "scope_private_counted",
      "scope_private_counted_one",
      "scope_not_county_run_counted",
      "scope_not_county_run_counted_one",
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

describe("combined_whole_school_only says what to add (finding 2 of a statistician's review: 红旗学校, messy.xlsx row 7)", () => {
  const params = { school: "红旗学校", stage: "primary", row: "学校基本情况!7", indicator: "L1", field: "qualifiedTeachers", value: 63 };
  it("names the stage's own column as the reader takes it, or one row per stage", () => {
    expect(message("combined_whole_school_only", params, "zh")).toBe(
      "红旗学校（小学）：“高于规定学历专任教师数”只有全校数 63，没有分学段数；教师按任教学段统计，全校数无法分到小学学段，指标 L1 无法计算（学校基本情况 第7行）。" +
        "请按学段给出教师数，任选一种：在表中加分学段的列（如 小学高于规定学历专任教师数），或把该校按学段分成几行（如 红旗学校（小学部）、红旗学校（初中部）；完全中学为初中部、高中部），各行填该学段的在校生数和教师数",
    );
    expect(message("combined_whole_school_only", params, "en")).toBe(
      "红旗学校 (primary): Teachers qualified above the required level is given only for the whole school (63), not per stage; teachers are counted by the stage they teach, so the whole-school figure cannot be assigned to the primary section and L1 cannot be computed (学校基本情况 row 7). " +
        "Give the teachers by stage, in either of these ways: per-stage columns (e.g. 小学高于规定学历专任教师数), or one row per stage (e.g. 红旗学校（小学部） and 红旗学校（初中部）; for a 完全中学, 初中部 and 高中部), each with that stage's students and teachers",
    );
  });
  it("writes the column in Chinese in either language, by the issue's field and stage (L2 初中, L3 小学)", () => {
    expect(message("combined_whole_school_only", { ...params, stage: "junior", field: "backboneTeachers", indicator: "L2", value: 12 }, "en")).toContain("per-stage columns (e.g. 初中县级及以上骨干教师数)");
    expect(message("combined_whole_school_only", { ...params, field: "peArtTeachers", indicator: "L3", value: 9 }, "zh")).toContain("（如 小学体育、艺术专任教师数）");
  });
});

describe("the per-stage column combined_whole_school_only suggests", () => {
  it("is read as that stage's own field (小学高于规定学历专任教师数, 初中县级及以上骨干教师数, …)", () => {
    for (const field of ["qualifiedTeachers", "backboneTeachers", "peArtTeachers"])
      for (const stage of ["primary", "junior"]) {
        const header = /（如 (.+?)）/.exec(message("combined_whole_school_only", { school: "红旗学校", stage, row: "S!7", indicator: "L1", field, value: 1 }, "zh"))?.[1];
        expect(header === undefined ? null : matchHeaderPath([header])).toEqual({ key: field, part: null, stage, unit: null });
      }
  });
});
