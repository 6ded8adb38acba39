import { message } from "./catalogue";

// The bilingual review of 2026-11-24 (/tmp/s22/rv2/report.md): each text as the reviewer proposed it.
describe("A: texts that were wrong or misleading", () => {
  it("combined_no_stage_data names the 完全中学 split and lowers the stage in English", () => {
    const p = { school: "青石中学", stage: "junior", row: "学校!15" };
    expect(message("combined_no_stage_data", p, "zh")).toBe(
      "青石中学为一贯制 / 完全中学，但没有分学段数据（在校生数只有全校数），初中学段无法评估（学校 第15行）。请按学段给出数据，任选一种：把该校按学段分成几行（如 青石中学（小学部）、青石中学（初中部）；完全中学为初中部、高中部），或在该行下按学段加“其中：小学”“其中：初中”（完全中学为“其中：初中”“其中：高中”）等行（各行在校生数之和等于全校数），或在表中加分学段的列（如 小学在校生数、初中在校生数、高中在校生数）",
    );
    expect(message("combined_no_stage_data", p, "en")).toBe(
      "青石中学 is a combined school without per-stage numbers (its students are given for the whole school only); its junior secondary section cannot be evaluated (学校 row 15). Give the numbers by stage, in any one of these ways: one row per stage (e.g. 青石中学（小学部） and 青石中学（初中部）; for a 完全中学, 初中部 and 高中部), or one 其中：小学 / 其中：初中 (其中：高中) line per stage under its row (their students adding up to the school's), or per-stage columns (e.g. 小学在校生数, 初中在校生数, 高中在校生数)",
    );
  });
  it("stage_missing_junior says what cannot be assessed and what to check", () => {
    expect(message("stage_missing_junior", {}, "zh")).toBe("未读到初中学校（学段），初中的差异系数和学校达标情况无法评估；如本县有初中，请检查学校数据表是否包含初中学校、学段或办学类型列是否填写");
    expect(message("stage_missing_junior", {}, "en")).toBe("no junior secondary school section was read, so the junior secondary difference coefficients and pass rate cannot be assessed; if the county has junior secondary schools, check that the school sheet includes them and that their stage or school type is given");
    expect(message("stage_missing_primary", {}, "zh")).toBe("未读到小学学校（学段），小学的差异系数和学校达标情况无法评估；如本县有小学，请检查学校数据表是否包含小学学校、学段或办学类型列是否填写");
    expect(message("stage_missing_primary", {}, "en")).toBe("no primary school section was read, so the primary difference coefficients and pass rate cannot be assessed; if the county has primary schools, check that the school sheet includes them and that their stage or school type is given");
  });
  it("read_figure_contrary_wording gives the real reason and asks to change the item's name", () => {
    const p = { item: "生师比低于标准", text: "是", countyItem: "G1" };
    expect(message("read_figure_contrary_wording", p, "zh")).toBe("“生师比低于标准”填“是”：项目名称是与指标“G1”的标准方向相反的说法（如“低于”“未达到”“超过”），这类“是/否”容易填反，为免误判未读取；请填写该项的数值（如比值、百分比），或把项目名称改为与标准同向的说法（如“不低于”“不超过”）后再填“是/否”");
    expect(message("read_figure_contrary_wording", p, "en")).toBe("“生师比低于标准” is answered “是”: the item is worded against the standard of “G1” (such as 低于 below, 未达到 not reaching, 超过 over), and a yes / no to such wording is easily given the wrong way round, so it is not read. Please give the item's figure (a ratio or percentage), or reword the item the way its standard runs (such as 不低于 not below, 不超过 not over) and answer it yes / no");
  });
  it("read_numbers_as_text puts the item before the column (a county-figure sheet's column C holds every item)", () => {
    const p = { column: "C", header: "初中三年巩固率", count: 5, cells: "C2、C3、C4" };
    expect(message("read_numbers_as_text", p, "zh")).toBe("第 C 列中“初中三年巩固率”的 5 个单元格是以文本存储的数字（C2、C3、C4 等），已按数值读取；Excel 的求和会跳过这类单元格，可用“分列”或“转换为数字”改为数字");
    expect(message("read_numbers_as_text", p, "en")).toBe("初中三年巩固率: 5 cells in column C hold numbers stored as text (C2, C3, C4 and others), read as numbers; Excel's SUM skips such cells; convert them with Text to Columns or Convert to Number");
    const few = { ...p, count: 2, cells: "C2、C3" };
    expect(message("read_numbers_as_text_few", few, "zh")).toBe("第 C 列中“初中三年巩固率”的 2 个单元格是以文本存储的数字（C2、C3），已按数值读取；Excel 的求和会跳过这类单元格，可用“分列”或“转换为数字”改为数字");
    expect(message("read_numbers_as_text_few", few, "en")).toBe("初中三年巩固率: 2 cells in column C hold numbers stored as text (C2, C3), read as numbers; Excel's SUM skips such cells; convert them with Text to Columns or Convert to Number");
  });
  it("out_caveat_stage_few_schools says the stage is left out of the verdict", () => {
    expect(message("out_caveat_stage_few_schools", { stage: "初中", n: 1, count: 1 }, "zh")).toBe("初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定");
    expect(message("out_caveat_stage_few_schools", { stage: "Junior", n: 1, count: 1 }, "en")).toBe("Junior: no CV can be computed (only 1 school section), so none counts in the resource allocation verdict");
    expect(message("out_caveat_stage_few_schools", { stage: "Junior", n: 0, count: 0 }, "en")).toBe("Junior: no CV can be computed (only 0 school sections), so none counts in the resource allocation verdict");
  });
  it("out_note_plan_no_cost names L5's area as sports ground and hall area", () => {
    expect(message("out_note_plan_no_cost", {}, "en")).toContain("(teachers, teaching and auxiliary floor area, sports ground and hall area, equipment value, multimedia classrooms; the two areas compared separately)");
  });
  it("read_fix_whole_on_part says one thing to do, the same in both languages", () => {
    const p = { column: "K", header: "小学体育", field: "体育、艺术专任教师数", takenPart: "体育" };
    expect(message("read_fix_whole_on_part", p, "zh")).toMatch(/。如该列确为整项合计，请把表头改为整项名称（如“体育、艺术专任教师数”）$/);
    expect(message("read_fix_whole_on_part", p, "en")).toMatch(/\. If the column really holds the whole total, rename its header to the whole field's name \(e\.g\. 体育、艺术专任教师数\)$/);
  });
  it("out_plan_area_kinds names the two plans", () => {
    expect(message("out_plan_area_kinds", {}, "zh")).toBe("（放宽 L4、L5 之一的 2 种方案所需面积种类不同，无法直接比较；未给单位成本时，放宽相对缺口较大的一项）");
    expect(message("out_plan_area_kinds", {}, "en")).toBe(" (the 2 plans, each relaxing one of L4, L5, need different kinds of area and cannot be compared; without unit costs, the one with the larger relative gap is relaxed)");
  });
});

describe("B: one term for one thing", () => {
  it("the county's yes / no is 县级填报 in both messages that name it", () => {
    expect(message("out_reason_answered", { cell: "县级!C5" }, "zh")).toBe("按县级填报的“是/否”（县级!C5），未经数值核对");
    expect(message("out_reason_answered", { cell: "县级!C5" }, "en")).toBe("as declared yes / no in the county figures (县级!C5), not checked against a figure");
    const p = { item: "巩固率", text: "是", countyVerdict: "达标" };
    expect(message("read_figure_yes_no_answer", p, "zh")).toContain("按县级填报的答复记为“达标”");
    expect(message("read_figure_yes_no_answer", p, "en")).toContain("so the answer in the county figures is taken as stated");
  });
  it("a CV caveat counts school sections and names the resource allocation verdict", () => {
    const p = { stage: "初中", indicators: "L1" };
    expect(message("out_caveat_cv_few", p, "zh")).toBe("初中 L1 差异系数不可计算（有数值的学校（学段）不足 2 个），未参与资源配置判定");
    expect(message("out_caveat_cv_few", { ...p, stage: "Junior" }, "en")).toBe("Junior L1: CV cannot be computed (values for fewer than 2 school sections), so not counted in the resource allocation verdict");
    expect(message("out_caveat_cv_zero_mean", { ...p, stage: "Junior" }, "en")).toBe("Junior L1: CV cannot be computed (a mean of 0), so not counted in the resource allocation verdict");
  });
  it("评估总览 names a stage not read as school sections, lower-case in English (mid-list)", () => {
    expect(message("out_overview_stage_missing_primary", {}, "zh")).toBe("未读到小学学校（学段）");
    expect(message("out_overview_stage_missing_junior", {}, "en")).toBe("no junior secondary school section read");
    expect(message("out_overview_stage_missing_primary", {}, "en")).toBe("no primary school section read");
  });
  it("out_overview_cv_missing puts its count's meaning before the list", () => {
    expect(message("out_overview_cv_missing", { within: "7/7", items: "L1: 1, L7: 1" }, "en")).toBe("7/7 (school sections lacking data — L1: 1, L7: 1)");
  });
  it("a blank or dash a failure rests on is named by its quoted header, the dash by its text", () => {
    const p = { school: "甲小学", stage: "primary", indicator: "L2", header: "小学体育", field: "sportsArtsTeachers", part: "sports", address: "K3", at: "学校!K3", text: "—" };
    expect(message("read_blank_part_not_met", p, "en")).toMatch(/ rests on “小学体育” \(cell 学校!K3\), which is blank and was counted as 0; if it is not 0, fill it in$/);
    expect(message("read_dash_not_met", p, "zh")).toBe("甲小学（小学）L2 未达标，所依据的“小学体育”（单元格 学校!K3）填写为“—”，已按 0 计；如实际不为 0，请填写数字");
    expect(message("read_dash_not_met", p, "en")).toMatch(/ rests on “小学体育” \(cell 学校!K3\), which holds “—” and was read as 0; if it is not 0, enter the number$/);
  });
  it("units: ㎡ in Chinese, 件 / items for equipment", () => {
    expect(message("unit_m2", {}, "zh")).toBe("㎡");
    expect(message("unit_items", {}, "zh")).toBe("件");
  });
});

describe("C: style", () => {
  it("addin_sheet_gone_relisted says the sheet may have been renamed and quotes the button", () => {
    expect(message("addin_sheet_gone_relisted", { sheet: "学校" }, "en")).toBe("The sheet “学校” is no longer there (it may have been renamed or deleted); the Sheet list above has been refreshed: choose the school sheet in it, then click “Evaluate”.");
  });
  it("cli_err_map_unknown_field puts the long list last", () => {
    const p = { value: "K=师资", field: "师资", known: "在校生数、教学及辅助用房面积" };
    expect(message("cli_err_map_unknown_field", p, "zh")).toBe("--map K=师资：没有名为“师资”的字段。学段写在名称后（如 在校生数（初中））；体育、艺术教师的部分也可写 体育、音乐、美术、音乐美术、艺术；也可写英文键（如 teachingArea；学段加在 @ 后，如 students@junior）。可用的名称（见结果“数据问题”表末尾的“列对应关系”）：在校生数、教学及辅助用房面积");
    expect(message("cli_err_map_unknown_field", p, "en")).toMatch(/^--map K=师资: no field is named “师资”\. .*students@junior\)\. The names that can be used \(see the column mapping at the foot of the Data issues sheet\): 在校生数、教学及辅助用房面积$/);
  });
  it("read_figure_level_not_stated gives the same examples in both languages", () => {
    const p = { item: "质量监测", text: "是", countyItem: "Q1", level: "Ⅲ", levelNumber: 3 };
    expect(message("read_figure_level_not_stated", p, "zh")).toContain("请填写达到的等级（如“Ⅲ级”或 3），或把项目名称写为“达到Ⅲ级以上”并填写“是/否”");
  });
  it("read_blank_part_as_zero_one has one colon", () => {
    const en = message("read_blank_part_as_zero_one", { header: "小学体育" }, "en");
    expect(en).toBe("小学体育: the cell is blank while other parts of its row are given; counted as 0 in the sum; if it is not 0, fill it in");
  });
});

describe("C: the CLI's count of sections reads right for one", () => {
  it("cli_evaluated puts the number after its noun, so 1 reads right", () => {
    expect(message("cli_evaluated", { sections: 1, inScope: 1, judged: 1, count: 1 }, "en")).toBe("School sections evaluated in 1 county: 1; 1 in scope, 1 judged pass or fail");
    expect(message("cli_evaluated", { sections: 8, inScope: 4, judged: 4, count: 2 }, "en")).toBe("School sections evaluated in 2 counties: 8; 4 in scope, 4 judged pass or fail");
  });
});
