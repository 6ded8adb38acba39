import { CATALOGUE, message, placeholdersOf, rowText } from "./catalogue";

describe("rowText", () => {
  it("names a source row as a row in each language, and leaves a cell or other text as it is", () => {
    expect(rowText("学校基本情况!12", "zh")).toBe("学校基本情况 第12行");
    expect(rowText("学校基本情况!12", "en")).toBe("学校基本情况 row 12");
    expect(rowText("学校基本情况!B12", "zh")).toBe("学校基本情况!B12");
  });
});

describe("message catalogue", () => {
  it("fills placeholders in either language", () => {
    expect(message("scope_small_teaching_point", { min: 50 }, "zh")).toBe("不足50人的教学点不参评");
    expect(message("scope_small_teaching_point", { min: 50 }, "en")).toBe("Teaching point under 50 students: out of scope");
  });

  it("shows field and stage parameters by their label", () => {
    const params = { school: "丁小学", stage: "junior", row: "学校!8" };
    expect(message("zero_students", params, "zh")).toContain("丁小学（初中）");
    expect(message("zero_students", params, "en")).toContain("丁小学 (junior secondary)");
  });

  it("joins school names with the separator of the language", () => {
    const params = { item: "G6", missing: 2, schools: "青山乡中学、石桥乡小学", schoolRows: "青山乡中学\n石桥乡小学" };
    expect(message("guarantee_school_data_partial_failing", params, "zh")).toBe("G6 公用经费达到生均标准（小规模学校按规定人数核定）：已检查的学校中有未达标的，判为未达标；另有 2 所学校缺少数据或现有数据不足以判定（青山乡中学、石桥乡小学）");
    expect(message("guarantee_school_data_partial_failing", params, "en")).toBe("G6 Public funding at the per-student norm (small schools funded at the stipulated number of students): not met on the schools checked; also, schools without the data to decide it, or whose data leave it undecided: 2 (青山乡中学, 石桥乡小学)");
  });
  it("names each school of a schoolRows list with its row, and its sheet when another than the note's cell's", () => {
    const params = { item: "G3", count: 3, schools: "城关小学、河口小学、龙泉学校", schoolRows: "城关小学@5\n河口小学@12\n龙泉学校@学校综合表!7" };
    expect(message("guarantee_rooms_estimated", params, "zh").startsWith("G3 音乐、美术专用教室：3 所学校（城关小学（第5行）、河口小学（第12行）、龙泉学校（学校综合表 第7行））的")).toBe(true);
    expect(message("guarantee_rooms_estimated", params, "en").startsWith("G3 Music and art rooms: 3 schools (城关小学 (row 5), 河口小学 (row 12), 龙泉学校 (学校综合表 row 7)) give")).toBe(true);
    // A name holding a 、 or an @ stays whole: items are split by line, the row after the last @.
    expect(message("guarantee_school_data_partial", { item: "G4", missing: 1, schools: "甲@乙、丙", schoolRows: "甲@乙、丙@9" }, "zh")).toContain("（甲@乙、丙（第9行））");
    expect(message("guarantee_school_data_partial", { item: "G4", missing: 1, schools: "甲@乙", schoolRows: "甲@乙@" }, "zh")).toContain("（甲@乙）");
  });
  it("shows verdict parameters by their label", () => {
    const params = { item: "G4", countyVerdict: "met", schoolVerdict: "not_met" };
    expect(message("county_figure_overruled", params, "zh")).toBe("G4 学校规模：县级填报值为“达标”，学校数据为“未达标”；以学校数据为准，请核对县级填报值");
    expect(message("county_figure_overruled", params, "en")).toBe("G4 School size: the county figures give “Met”, the school data “Not met”; the school data decide — please check the county figures");
  });
  it("keeps an indicator parameter as its code (L1–L7) while labelling the field beside it", () => {
    const params = { school: "甲小学", stage: "primary", row: "学校!3", indicator: "L2", field: "backboneTeachers" };
    expect(message("missing_numerator", params, "en")).toBe("甲小学 (primary): no value for Backbone teachers (county level or above), so L2 cannot be computed (学校 row 3)");
  });

  it("joins indicator codes with one space after each comma in English, however the codes were joined (L1,L2 or L1, L2)", () => {
    for (const indicators of ["L1,L2,L3", "L1, L2, L3"]) {
      expect(message("out_caveat_cv_zero_mean", { stage: "junior", indicators }, "en")).toBe("Junior secondary L1, L2, L3: CV cannot be computed (a mean of 0), so not counted in the resource allocation verdict");
      expect(message("out_caveat_cv_zero_mean", { stage: "junior", indicators }, "zh")).toBe("初中 L1、L2、L3 差异系数不可计算（均值为 0），未参与资源配置判定");
    }
  });

  it("shows a field list parameter item by item by its labels, keeping unknown items as written", () => {
    expect(message("read_missing_columns", { sheet: "表", fieldList: "name,students", found: "学段" }, "zh")).toBe("工作表“表”的表头缺少必需的列：学校名称、在校生数。找到的列为：学段");
    expect(message("read_missing_columns", { sheet: "S", fieldList: "students, oddKey", found: "x" }, "en")).toBe(
      "The header of “S” has no column the reader recognises as Students, oddKey; it reads the Chinese headers of the statistics forms (学校名称 for the school name, 在校生数 for the students, and their usual variants). Columns found: x",
    );
  });

  it("says in words what kind of value was expected, in the run's language", () => {
    const params = { item: "骨干教师占交流轮岗比例", text: "#DIV/0!", expected: "ratio" };
    expect(message("read_figure_bad_value", params, "zh")).toBe("县级指标“骨干教师占交流轮岗比例”的值“#DIV/0!”无法读取，未使用：请在该单元格改填比例，如 95% 或 0.95");
    expect(message("read_figure_bad_value", params, "en")).toBe("County item 骨干教师占交流轮岗比例: “#DIV/0!” cannot be read and is not used: enter a ratio such as 95% or 0.95 in that cell");
    // The item by its English name too when the reader knows it (countyItem), as read_figure_read_as names it.
    const pay = { item: "教师平均工资与公务员平均工资之比", text: "约1.0", expected: "number", countyItem: "G8_pay_ratio" };
    expect(message("read_figure_bad_value", pay, "en")).toBe(
      "County item Teachers' ÷ civil servants' average pay (教师平均工资与公务员平均工资之比): “约1.0” cannot be read and is not used: enter a number in that cell",
    );
    expect(message("read_figure_bad_value", pay, "zh")).toBe("县级指标“教师平均工资与公务员平均工资之比”的值“约1.0”无法读取，未使用：请在该单元格改填数值");
    expect(message("read_rule_bad_value", { path: "cvLimits.primary", text: "高", expected: "number" }, "zh")).toBe("规则“cvLimits.primary”的值“高”类型不对（应为数值），已忽略");
  });

  it("tells an English user that the headers must be the Chinese ones, not that School name is missing beside School name", () => {
    const text = message("read_no_header", { sheet: "Schools", fieldList: "name,students", foundRow: 1, found: "School name | Students" }, "en");
    expect(text).toContain("学校名称");
    expect(text).toContain("在校生数");
    expect(text).not.toMatch(/are missing/);
  });

  it("shows no empty brackets for a school without a type", () => {
    expect(message("read_type_unknown_blank", { name: "河湾中心校", text: "" }, "zh")).toContain("“河湾中心校”没有填写办学类型");
    expect(message("read_type_unknown_blank", { name: "河湾中心校", text: "" }, "zh")).not.toMatch(/（）|\(\)/);
    expect(message("read_type_unknown_blank", { name: "河湾中心校", text: "" }, "en")).not.toMatch(/\(\)/);
  });

  it("takes a code's singular form for a count of exactly one, the plural for any other count", () => {
    const params = (count: number, rows: string) => ({ sheet: "学校基本情况", count, rows });
    expect(message("read_hidden_rows_skipped", params(1, "3"), "en")).toBe("1 hidden or filtered-out school row of “学校基本情况” was not read: row 3. To read it, unhide it or clear the filter in Excel (command line: --include-hidden)");
    expect(message("read_hidden_rows_skipped", params(2, "3, 4"), "en")).toBe("2 hidden or filtered-out school rows of “学校基本情况” were not read: rows 3, 4. To read them, unhide them or clear the filter in Excel (command line: --include-hidden)");
    expect(message("read_hidden_rows_skipped", params(1, "3"), "zh")).toBe("工作表“学校基本情况”有 1 个隐藏或筛选掉的学校行未读取：第 3 行。如需读取，请在 Excel 中取消隐藏或筛选（命令行：--include-hidden）");
    expect(message("read_hidden_rows_included", params(1, "7"), "en")).toBe("1 hidden or filtered-out school row of “学校基本情况” was read, as asked: row 7");
  });

  it("returns the code itself for an unknown code, so a gap is visible", () => {
    expect(message("no_such_code")).toBe("no_such_code");
  });

  it("leaves a placeholder without a parameter visible", () => {
    expect(message("scope_small_teaching_point", {}, "en")).toContain("{min}");
  });

  it.each([...CATALOGUE.entries()])("%s has text in both languages with the same placeholders", (_code, entry) => {
    expect(entry.zh.trim()).not.toBe("");
    expect(entry.en.trim()).not.toBe("");
    // `{name:lower}` and `{name:lowerItems}` (English inside a sentence) are the placeholder `name`.
    const names = (s: string) => [...s.matchAll(/\{(\w+)(?::lower|:lowerItems)?\}/g)].map((m) => m[1]).sort();
    expect(names(entry.en)).toEqual(names(entry.zh));
  });
});

describe("singular forms", () => {
  it("takes <code>_one when an issue's params.count is 1 (issues are shown by their code wherever they are listed)", () => {
    expect(message("read_hidden_rows_skipped", { sheet: "表", count: 1, rows: "3" }, "en")).toBe(message("read_hidden_rows_skipped_one", { sheet: "表", count: 1, rows: "3" }, "en"));
  });

  it("leaves any other parameter's number to the caller, who says what it counts (countMessage): {n} 1 keeps the code it is given", () => {
    const plural = CATALOGUE.get("out_reason_classes_over")?.en;
    expect(plural).toBe("{n} classes over the size cap");
    expect(message("out_reason_classes_over", { n: 1 }, "en")).toBe("1 classes over the size cap");
  });
});

describe("headers quoted in a message", () => {
  // A header cell may wrap (Alt+Enter), or hold a non-breaking or full-width space: quoted as it is, it breaks the message over lines.
  const wrapped = "在校\n生数\u00a0（人）";

  it("shows {header} and {fieldHeader} on one line, each run of whitespace as one space, in zh and en", () => {
    const params = { header: wrapped, field: "students", text: "１，４８７", value: 1487 };
    expect(message("read_number_as_text", params, "zh")).toBe("“在校 生数 （人）”的数字以文本形式存储（“１，４８７”），已按 1487 读取；Excel 的求和会跳过此类单元格");
    expect(message("read_number_as_text", params, "en")).toBe("Students (在校 生数 （人）): the number is stored as text (“１，４８７”) and was read as 1487; Excel's SUM skips such cells");
    expect(message("read_number_as_text", { header: "\t残疾儿童\r\n\u3000入学率 " }, "zh")).toContain("“残疾儿童 入学率”");
  });

  it("does so for the other headers a message names (otherHeader, overlapHeader)", () => {
    const params = { column: "Z", header: "51-60\n人", fieldList: "classes51to55", overlapColumn: "X", overlapHeader: "46-\t55人", otherColumn: "Y", otherHeader: "51-55\u3000\u3000人", sizes: "51-55" };
    const zh = message("read_class_bucket_merged_overlap", params, "zh");
    expect(zh).toContain("第 Z 列“51-60 人”是合并的班额分段");
    expect(zh).toContain("本表第 X 列“46- 55人”与第 Y 列“51-55 人”的分段重叠");
    expect(message("read_class_bucket_merged_overlap", params, "en")).toContain("Column Z “51-60 人” is a merged");
  });

  it("keeps each unread column whole when its header wraps: one item per column, the header on one line", () => {
    const params = { sheet: "S", headers: "x", unreadColumns: "G“生均公用\n经费（元）”\nAD“备\u00a0注”" };
    expect(message("read_columns_unmatched", params, "zh")).toContain("未读取：G“生均公用 经费（元）”、AD“备 注”；");
    expect(message("read_columns_unmatched", params, "en")).toContain("were not read: G “生均公用 经费（元）”, AD “备 注”;");
  });
});

describe("{itemTitle}: an item's code with its name", () => {
  it("names the item beside its code, so that G3 is not read as a cell (zh, en); a code without a name stays as it is", () => {
    const params = { item: "G3", count: 2, schools: "甲小学、乙小学", schoolRows: "甲小学\n乙小学" };
    expect(message("guarantee_rooms_estimated", params, "zh").startsWith("G3 音乐、美术专用教室：2 所学校（甲小学、乙小学）")).toBe(true);
    expect(message("guarantee_rooms_estimated", params, "en").startsWith("G3 Music and art rooms: 2 schools (甲小学, 乙小学)")).toBe(true);
    expect(message("guarantee_school_data_partial", { item: "X9", missing: 1, schools: "甲小学", schoolRows: "甲小学" }, "zh").startsWith("X9：1 所学校")).toBe(true);
  });
});

describe("message: a profile's reason inside an issue ({profileProblem})", () => {
  it("words the reason with the issue's params: a mistyped item key names the key meant", () => {
    const params = { path: "countyItems.R1_recognitoin.threshold", profileProblem: "profile_item_key_typo", suggestion: "R1_recognition" };
    expect(message("read_rule_invalid", params, "en")).toBe("Rule “countyItems.R1_recognitoin.threshold” is not accepted and was ignored: the profile has no county item of this key: did you mean “R1_recognition”? A misspelt key would make a new item while “R1_recognition” kept its old threshold, so it is refused: correct the key");
  });

  it("no reason names a parameter the issue around it fills for itself, which would then be the issue's (the review's collision)", () => {
    // The outer issues (read_rule_invalid, addin_rule_sheet_problem) set path and profileProblem; the others are labelled or derived by name.
    const outer = new Set(["path", "profileProblem", "item", "field", "header", "stage", "sheet", "fieldHeader", "itemTitle", "count"]);
    const reasons = [...CATALOGUE.keys()].filter((code) => code.startsWith("profile_reason_"));
    expect(reasons.length).toBeGreaterThan(20);
    const clashes = reasons.flatMap((code) => (["zh", "en"] as const).flatMap((lang) => placeholdersOf(code, lang).filter((p) => outer.has(p)).map((p) => `${code} ${lang} {${p}}`)));
    expect(clashes).toEqual([]);
  });
});

describe("{ofCounties}: the county of hidden school rows, after the sheet (reviewer R1 of s44, F2)", () => {
  it("names the county when the reader knew it, and says nothing more when it did not", () => {
    const params = { sheet: "全市学校", rows: "6–7", count: 2 };
    expect(message("read_hidden_rows_skipped", { ...params, counties: "甲县" }, "zh")).toMatch(/^工作表“全市学校”（甲县）有 2 个隐藏或筛选掉的学校行未读取：第 6–7 行/);
    expect(message("read_hidden_rows_skipped", { ...params, counties: "甲县" }, "en")).toMatch(/^2 hidden or filtered-out school rows of “全市学校” \(甲县\) were not read: rows 6–7/);
    expect(message("read_hidden_rows_skipped", params, "zh")).toMatch(/^工作表“全市学校”有 2 个/);
    expect(message("read_hidden_rows_skipped", { ...params, count: 1, rows: "15", counties: "乙县" }, "en", "addin")).toMatch(/^1 hidden or filtered-out school row of “全市学校” \(乙县\) was not read: row 15/);
  });
});
