import { columnRoleLabel, message } from "./catalogue";

/**
 * A cell's problem names its column by the header the user's sheet has; in English that alone does
 * not say which field is meant, so the field's label comes first and the header follows in
 * brackets. The Chinese texts stay on the header as written: it is what the user looks for.
 * Expected texts are written out by hand from the labels (field_*, addin_part_*, stage_*, read_stage_in_text_*).
 */
describe("reader messages about a cell name its column's field in English, the header in Chinese", () => {
  it.each([
    [
      "read_number_as_text",
      { header: "在校生数（人）", field: "students", text: "300", value: 300 },
      "Students (在校生数（人）): the number is stored as text (“300”) and was read as 300; Excel's SUM skips such cells",
      "“在校生数（人）”的数字以文本形式存储（“300”），已按 300 读取；Excel 的求和会跳过此类单元格",
    ],
    [
      "read_formula_error",
      { header: "教学及辅助用房面积", field: "teachingArea", text: "#DIV/0!" },
      "Teaching and auxiliary floor area (教学及辅助用房面积): the cell holds a formula error #DIV/0!; not read. Correct the formula (or enter the value) and evaluate again",
      "“教学及辅助用房面积”的值是公式错误 #DIV/0!，该项未读取；请修正公式（或填入数值）后重新评估",
    ],
    [
      "read_not_a_number",
      { header: "网络多媒体教室数（间）", field: "multimediaRooms", text: "二十" },
      "Networked multimedia classrooms (网络多媒体教室数（间）): “二十” is not a number; not read. Enter it as a number and evaluate again",
      "“网络多媒体教室数（间）”的值“二十”不是数字，该项未读取；请改为数字后重新评估",
    ],
    [
      "read_negative",
      { header: "专任教师", field: "teachers", text: "-5" },
      "Full-time teachers (专任教师): -5 is negative; not read. Enter the right value and evaluate again",
      "“专任教师”的值 -5 为负数，该项未读取；请填入正确的数值后重新评估",
    ],
    [
      "read_dash_as_zero",
      { header: "音乐专用教室数", field: "musicRooms", text: "—" },
      "Music rooms (音乐专用教室数): “—” read as 0 (if the value is unknown, leave the cell blank; otherwise enter the number)",
      "“音乐专用教室数”填写为“—”，按 0 读取（如实际缺数据，请留空或填入数字）",
    ],
    [
      "read_dash_as_missing",
      { header: "教学仪器设备值（万元）", field: "equipmentValue", text: "/", noteCell: "学校基本情况!A9" },
      "Teaching equipment value (教学仪器设备值（万元）): “/” is read as no data (missing), as this sheet's note (学校基本情况!A9) says",
      "“教学仪器设备值（万元）”填写为“/”，按本表填表说明（学校基本情况!A9）视为无数据，该项缺失",
    ],
    [
      "read_count_not_whole",
      { header: "班级数", field: "classes", text: "12.5", value: 12.5 },
      "Classes (班级数) is a count, but 12.5 is not a whole number; read as 12.5, please check",
      "“班级数”是人数或间数，但值 12.5 不是整数；已按 12.5 读取，请核对",
    ],
    [
      "read_count_rate",
      { header: "高于规定学历教师（人）", field: "qualifiedTeachers", text: "0.93", value: 0.93, percent: "93%" },
      "Teachers qualified above the required level (高于规定学历教师（人）) is a count, but 0.93 is under 1: a rate or share (93%) seems to have been entered in this column. The cell was not used, and the school's indicators that need it are not computed. Enter the actual number (a whole number) and evaluate again; if the cell shows 93%, it is formatted as a percentage: set its format to General as well",
      "“高于规定学历教师（人）”是人数或间数，但值 0.93 小于 1，看来是比例或百分比（93%）填进了此列；此格未使用，该校需要它的指标不计算。请填写实际人数或间数（整数）后重新评估；如单元格显示为 93%，是设了百分比格式，请同时把格式改为“常规”",
    ],
    [
      "read_count_percent",
      { header: "专任教师", field: "teachers", text: "93%" },
      "Full-time teachers (专任教师) is a count, but “93%” is a percentage: a rate seems to have been entered in this column. The cell was not used, and the school's indicators that need it are not computed. Enter the actual number (a whole number) and evaluate again",
      "“专任教师”是人数或间数，但填的是百分数“93%”，看来是比例填进了此列；此格未使用，该校需要它的指标不计算。请填写实际人数或间数（整数）后重新评估",
    ],
    [
      "read_indoor_blank",
      { header: "室内体育用房", field: "indoorSportsArea" },
      "Indoor sports rooms area (室内体育用房) is blank: read as no indoor sports rooms (nothing deducted from L4 or added to L5)",
      "“室内体育用房”为空，按没有室内体育用房处理（L4 不扣除，L5 不计室内体育用房）",
    ],
  ])("%s", (code, params, en, zh) => {
    expect(message(code, params, "en")).toBe(en);
    expect(message(code, params, "zh")).toBe(zh);
  });

  it("labels a per-stage column with its stage after a comma (one bracket pair: the header's) and a part column with its part", () => {
    // The 列对应关系 table keeps its own form, the stage in brackets: no header follows there.
    expect(columnRoleLabel({ field: "students", stage: "junior", part: null }, "en")).toBe("Students (Junior secondary)");
    expect(columnRoleLabel({ field: "students", stage: "junior", part: null }, "zh")).toBe("在校生数（初中）");
    const stage = { header: "初中在校生", field: "students", stage: "junior", text: "-5" };
    expect(message("read_negative", stage, "en")).toBe("Students, junior secondary (初中在校生): -5 is negative; not read. Enter the right value and evaluate again");
    expect(message("read_negative", stage, "zh")).toBe("“初中在校生”的值 -5 为负数，该项未读取；请填入正确的数值后重新评估");
    const part = { header: "专任教师/本科", field: "qualifiedTeachers", part: "bachelor", text: "#N/A" };
    expect(message("read_formula_error", part, "en")).toBe("Teachers qualified above the required level: bachelor's degree (专任教师/本科): the cell holds a formula error #N/A; not read. Correct the formula (or enter the value) and evaluate again");
    const both = { header: "小学骨干教师/省级", field: "backboneTeachers", part: "levelProvince", stage: "primary", text: "三" };
    expect(message("read_not_a_number", both, "en")).toBe("Backbone teachers (county level or above): provincial level, primary (小学骨干教师/省级): “三” is not a number; not read. Enter it as a number and evaluate again");
  });

  it("names a county figure's row by the county item it was read as (countyItem), its own wording in brackets", () => {
    const figure = { header: "残疾儿童入学率", countyItem: "Q2_disabled_enrolment", text: "96%", value: 0.96 };
    expect(message("read_number_as_text", figure, "en")).toBe("Enrolment of children with disabilities (残疾儿童入学率): the number is stored as text (“96%”) and was read as 96%; Excel's SUM skips such cells");
    expect(message("read_figure_read_as", { ...figure, text: "96%以上" }, "en")).toBe("Enrolment of children with disabilities (残疾儿童入学率): “96%以上” was read as 96%");
    expect(message("read_figure_read_as", { ...figure, text: "96%以上" }, "zh")).toBe("“残疾儿童入学率”填写为“96%以上”，已按 96% 读取");
    expect(message("read_number_as_text", { ...figure, countyItem: "no_such_item" }, "en")).toBe("残疾儿童入学率: the number is stored as text (“96%”) and was read as 96%; Excel's SUM skips such cells");
  });

  it("keeps the header alone where the column has no recognised field (a county figure's row, an unknown key)", () => {
    const county = { header: "残疾儿童少年入学率", text: "0.97", value: 0.97 };
    expect(message("read_number_as_text", county, "en")).toBe("残疾儿童少年入学率: the number is stored as text (“0.97”) and was read as 0.97; Excel's SUM skips such cells");
    expect(message("read_number_as_text", county, "zh")).toBe("“残疾儿童少年入学率”的数字以文本形式存储（“0.97”），已按 0.97 读取；Excel 的求和会跳过此类单元格");
    expect(message("read_negative", { header: "其他", field: "noSuchField", text: "-1" }, "en")).toBe("其他: -1 is negative; not read. Enter the right value and evaluate again");
  });

  it("leaves the placeholder visible without a header, as any placeholder without its parameter", () => {
    expect(message("read_negative", { field: "students", text: "-1" }, "en")).toBe("{fieldHeader}: -1 is negative; not read. Enter the right value and evaluate again");
  });
});

describe("read_column_near_field names the fix as --map takes it", () => {
  const params = { sheet: "学校基本情况", field: "teachingArea", column: "N", header: "教学及辅助用方面积（㎡）" };

  it("by the field's Chinese label in Chinese, the header quoted as the sheet has it", () => {
    expect(message("read_column_near_field", params, "zh")).toBe(
      "工作表“学校基本情况”中没有找到“教学及辅助用房面积”列；N 列的表头“教学及辅助用方面积（㎡）”与之相近，是否为该列？如是，请指定（命令行：--map 教学及辅助用房面积=N；或任务窗格的“列对应关系”），否则相关指标将无法计算",
    );
  });

  it("by its key in English (the label's spaces would split the command line), with the stage after @", () => {
    expect(message("read_column_near_field", params, "en")).toContain("no column for teaching and auxiliary floor area; column N is headed “教学及辅助用方面积（㎡）”, which is close to it: is that the column? If so, map it (command line: --map teachingArea=N;");
    expect(message("read_column_near_field", { ...params, stage: "primary" }, "en")).toContain("--map teachingArea@primary=N;");
    expect(message("read_column_near_field", { ...params, stage: "primary" }, "zh")).toContain("--map 教学及辅助用房面积（小学）=N；");
  });
});

describe("a total's warning names its rows as a reader says them", () => {
  const base = { row: 12, label: "总计", totalColumns: "B“在校生数” 8,134 / 8,124 / 5,664", count: 1 };

  it("senior high schools it may count or not: “the senior high school in row 9” alone, “… schools in rows 9, 12–14” for several, never “row numbers” (R1 of s49, g21)", () => {
    expect(message("read_total_row_mismatch_open_few", { ...base, first: 2, rows: "9" }, "en")).toContain("the school rows from row 2 down, added up, whether or not it counts the senior high school in row 9, which is not evaluated (the total row / the sum including senior high schools / excluding them): B");
    expect(message("read_total_row_mismatch_open_few", { ...base, first: 2, rows: "9、12–14" }, "en")).toContain("whether or not it counts the senior high schools in rows 9, 12–14, which are not evaluated (the total row");
    expect(message("read_total_row_mismatch_open_few", { ...base, first: 2, rows: "9、12–14" }, "zh")).toContain("与第 2 行起的学校行相加不符，无论是否计入第 9、12–14 行不参评的高级中学都对不上（合计行 / 计入后相加 / 不计入相加）：B");
    // Only senior high schools there: no word of hidden rows, nor of a total counting “only some of those rows” of one school.
    expect(message("read_total_row_mismatch_open", { ...base, first: 2, rows: "9", count: 6 }, "en")).not.toMatch(/hidden|only some/);
    expect(message("read_total_row_mismatch_open", { ...base, first: 2, rows: "9", count: 6 }, "zh")).not.toMatch(/隐藏|其中几行/);
  });

  it("hidden rows in English with a comma, not the 、 the issue keeps (3、5–6 → rows 3, 5–6)", () => {
    expect(message("read_total_row_mismatch_hidden_few", { ...base, first: 2, hiddenRows: "3、5–6" }, "en")).toContain("with or without the hidden or filtered-out rows that were not read, rows 3, 5–6 (the total row");
    expect(message("read_total_row_mismatch_hidden_few", { ...base, first: 2, hiddenRows: "3" }, "zh")).toContain("计不计隐藏或筛选掉、未读取的学校行（第 3 行）都不符");
    expect(message("read_total_row_mismatch_hidden_mixed_few", { ...base, rows: "3" }, "en")).toContain("counts the hidden or filtered-out school rows that were not read (row 3) in some columns");
  });

  it("a total above its rows says where they end: rows 5–7, or row 5 for one", () => {
    expect(message("read_total_row_mismatch_few", { ...base, first: 5, last: 7 }, "en")).toContain("does not match the school rows read in rows 5–7, added up");
    expect(message("read_total_row_mismatch_few", { ...base, first: 5, last: 7 }, "zh")).toContain("与第 5–7 行读取的学校行相加不符");
    expect(message("read_total_row_mismatch_hidden_few", { ...base, first: 5, last: 5, hiddenRows: "5" }, "en")).toContain("the school rows in row 5, added up");
    expect(message("read_total_row_mismatch_stage_few", { ...base, first: 5 }, "zh")).toContain("与第 5 行起读取的该学段学校行相加不符");
  });
});
