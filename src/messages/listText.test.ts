import { message } from "./catalogue";
import { andText, clauseText, inlineClauses, listText, noteText } from "./listText";

describe("listText and clauseText", () => {
  it("join with the language's separators: 、 and ； in Chinese, a comma and a semicolon in English", () => {
    expect([listText(["甲", "乙", "丙"], "zh"), listText(["甲", "乙"], "en")]).toEqual(["甲、乙、丙", "甲, 乙"]);
    expect([clauseText(["a", "b"], "zh"), clauseText(["a", "b"], "en")]).toEqual(["a；b", "a; b"]);
  });
  it("one item stands alone; none gives an empty text", () => {
    expect([listText(["甲"], "en"), clauseText([], "zh")]).toEqual(["甲", ""]);
  });
  it("the catalogue joins a list parameter the same way", () => {
    expect(message("guarantee_school_data_partial", { schoolRows: "甲小学\n乙小学" }, "en")).toContain(listText(["甲小学", "乙小学"], "en"));
  });
});

describe("a list parameter of labels, one of which holds the separator", () => {
  it("quotes that label, so that one column's name does not read as two (phrases joined by listText are left as they are)", () => {
    expect(listText(["甲、乙", "丙"], "zh")).toBe("甲、乙、丙");
    expect(message("read_columns_missing", { sheet: "表", fieldList: "backboneTeachers,peArtTeachers" }, "zh")).toBe("工作表“表”中没有找到以下列，相关指标将无法计算：县级及以上骨干教师数、“体育、艺术专任教师数”");
    expect(message("read_columns_missing", { sheet: "S", fieldList: "backboneTeachers,peArtTeachers" }, "en")).toContain("no column for: Backbone teachers (county level or above), PE and arts teachers;");
  });
});

describe("noteText and andText", () => {
  it("noteText joins notes as sentences in English (a full stop), as clauses in Chinese (；)", () => {
    expect(noteText(["Public funding: funded as 500 students (394 enrolled)", "Public funding required (yuan) includes the boarding extra"], "en")).toBe("Public funding: funded as 500 students (394 enrolled). Public funding required (yuan) includes the boarding extra");
    expect(noteText(["公用经费按 500 人核定", "含寄宿生补助"], "zh")).toBe("公用经费按 500 人核定；含寄宿生补助");
    expect([noteText(["a"], "en"), noteText([], "zh")]).toEqual(["a", ""]);
  });
  it("andText names a few things with “and” before the last in English, all by 、 in Chinese", () => {
    expect([andText(["L4", "L5"], "en"), andText(["L1", "L2", "L3"], "en"), andText(["L4", "L5"], "zh"), andText(["L4"], "en"), andText([], "en")]).toEqual(["L4 and L5", "L1, L2 and L3", "L4、L5", "L4", ""]);
  });
});

describe("inlineClauses", () => {
  it("joins clauses of one sentence: in English each after the first loses the capital of its opening word, codes and names keep theirs", () => {
    expect(inlineClauses(["L6: 357,000 yuan", "No way to pass for the primary section (incomplete data): not counted"], "en")).toBe("L6: 357,000 yuan; no way to pass for the primary section (incomplete data): not counted");
    expect(inlineClauses(["Exam-based admission", "Key schools or key classes", "G6 Public funding", "Excel's SUM skips them"], "en")).toBe("Exam-based admission; key schools or key classes; G6 Public funding; Excel's SUM skips them");
  });
  it("joins by ； in Chinese, the clauses as they are; one stands alone, none is empty", () => {
    expect(inlineClauses(["以考试方式招生", "设置重点校、重点班"], "zh")).toBe("以考试方式招生；设置重点校、重点班");
    expect([inlineClauses(["Some fail"], "en"), inlineClauses([], "en")]).toEqual(["Some fail", ""]);
  });
});
