import { cleanSheetName, freeSheetName, freeTableName, resultRoleOfName, roleSheetNames } from "./excelNames";

describe("Excel names", () => {
  it("replaces the characters Excel forbids in sheet names and cuts to 31", () => {
    expect(cleanSheetName("a/b:c[d]*?\\")).toBe("a_b_c_d____");
    expect(cleanSheetName("x".repeat(40))).toHaveLength(31);
    expect(cleanSheetName("''")).toBe("Sheet");
  });

  it("numbers a taken sheet name, ignoring case, and keeps the suffix within 31 characters", () => {
    const taken = new Set(["汇总", "汇总 (2)", "abc"]);
    expect(freeSheetName("汇总", (n) => taken.has(n))).toBe("汇总 (3)");
    expect(freeSheetName("ABC", (n) => taken.has(n))).toBe("ABC (2)");
    const long = "y".repeat(31);
    expect(freeSheetName(long, (n) => n === long)).toBe(`${"y".repeat(27)} (2)`);
  });

  it("makes table names start with a letter or underscore, keep only word characters, and numbers clashes", () => {
    expect(freeTableName("1表", () => false)).toBe("T_1_");
    expect(freeTableName("YZJH_Summary", (n) => n === "yzjh_summary")).toBe("YZJH_Summary_2");
  });

  it("knows a role's sheet names in both languages", () => {
    expect(roleSheetNames("summary")).toEqual(["汇总", "Summary"]);
    expect(roleSheetNames("guarantee")).toEqual(["政府保障与质量", "Guarantee & quality"]);
  });

  it("recognises a result sheet's name as written, numbered by Excel or by the user, ignoring case", () => {
    for (const name of ["汇总", "汇总 (2)", "汇总(3)", "汇总2", "Summary", "summary (2)", "SUMMARY"]) expect(resultRoleOfName(name)).toBe("summary");
    expect(resultRoleOfName("Guarantee & quality (2)")).toBe("guarantee");
    for (const name of ["汇总表", "小学汇总", "汇总 2", "汇总 (x)", "Summary(2) copy", "", "学校"]) expect(resultRoleOfName(name)).toBeNull();
  });

  it("takes, numbered as a copy only, the names a result gets from freeSheetName or Excel's copy, not a number the user appended", () => {
    for (const name of ["汇总", "汇总 (2)", "汇总(3)", "SUMMARY (12)"]) expect(resultRoleOfName(name, "copy")).toBe("summary");
    expect(resultRoleOfName("数据问题 (2)", "copy")).toBe("issues");
    for (const name of ["汇总2", "汇总2023", "汇总备份", "汇总 2", "汇总 (x)", ""]) expect(resultRoleOfName(name, "copy")).toBeNull();
  });
});
