import { message } from "./catalogue";
import { clauseText, listText } from "./listText";

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
