import type { Issue } from "../engine/types";
import { listedIssues } from "./listedIssues";

const issue = (code: string, cell: string | null, severity: Issue["severity"] = "error", params: Issue["params"] = {}): Issue => ({ code, severity, cell, params });

describe("listedIssues", () => {
  it("leaves out the engine's missing value at a cell the reader called an error, once per cell", () => {
    const reader = [issue("read_not_a_number", "S!G14", "error", { text: "约1652", header: "在校生数" })];
    const engine = [issue("missing_students", "S!G14", "error", { school: "金桥学校", stage: "primary", section: "S!14#primary", row: "S!14" }), issue("missing_numerator", "S!W16", "error", { school: "乙", stage: "primary", section: "S!16#primary", row: "S!16", field: "multimediaRooms", indicator: "L7" })];
    expect(listedIssues(reader, engine).map((i) => `${i.code}@${i.cell}`)).toEqual(["read_not_a_number@S!G14", "missing_numerator@S!W16"]);
  });

  it("leaves out the engine's missing value at a cell whose value the reader warned it did not read (20间 of teachers)", () => {
    const reader = [issue("read_unit_mismatch", "学校基本情况!K8", "warning", { text: "20间" })];
    const engine = [issue("missing_numerator", "学校基本情况!K8", "error", { school: "实验小学", stage: "primary", section: "S!8#primary", row: "学校基本情况!8", field: "peArtsTeachers", indicator: "L3" })];
    expect(listedIssues(reader, engine).map((i) => `${i.code}@${i.cell}`)).toEqual(["read_unit_mismatch@学校基本情况!K8"]);
  });

  it("leaves out each school's missing value in a column the reader refused whole for its unit: 1 error at P3, not 1 + 8 (reviewer R1, finding 7)", () => {
    const header = issue("read_money_unit_unstated", "学校基本情况!P3", "error", { column: "P", header: "教学仪器设备值", field: "equipmentValue", perStudent: 0.25 });
    const at = (row: number, school: string) => issue("missing_numerator", `学校基本情况!P${row}`, "error", { school, stage: "primary", section: `学校基本情况!${row}#primary`, row: `学校基本情况!${row}`, field: "equipmentValue", indicator: "L6" });
    // Q4 is another column, P2 lies above the header: neither is the refused column's school value.
    const kept = [issue("missing_numerator", "学校基本情况!Q4", "error", { school: "甲", stage: "primary", section: "x", row: "学校基本情况!4", field: "multimediaRooms", indicator: "L7" }), at(2, "乙")];
    const listed = listedIssues([header], [at(4, "城关第一小学"), at(5, "城关第二小学"), ...kept]);
    expect(listed.map((i) => i.cell)).toEqual(["学校基本情况!P3", "学校基本情况!Q4", "学校基本情况!P2"]);
    expect(listed.filter((i) => i.severity === "error")).toHaveLength(3);
  });

  it("keeps each school's missing value in a column of another sheet than the refused one's", () => {
    const header = issue("read_money_unit_suspect", "学校基本情况!P3", "error");
    const other = issue("missing_numerator", "初中!P5", "error", { school: "丙", stage: "junior", section: "初中!5#junior", row: "初中!5", field: "equipmentValue", indicator: "L6" });
    expect(listedIssues([header], [other]).map((i) => i.cell)).toEqual(["学校基本情况!P3", "初中!P5"]);
  });

  it("keeps the engine's issue where the reader only warned at the cell, or said nothing", () => {
    const reader = [issue("read_value_outlier_large", "S!P23", "warning")];
    const engine = [issue("missing_numerator", "S!P23"), issue("missing_students", null)];
    expect(listedIssues(reader, engine)).toHaveLength(3);
  });

  it("lists a line that reads the same as one before it once (a combined school's two sections)", () => {
    const params = (stage: string) => ({ school: "金桥学校", stage, section: `S!14#${stage}`, row: "S!14", missingStage: "primary" });
    const engine = [issue("split_missing_students", null, "error", params("primary")), issue("split_missing_students", null, "error", params("junior"))];
    expect(listedIssues([], engine)).toEqual([engine[0]]);
  });

  it("lists the sections a column missing from their sheet leaves without an indicator as one error after the reader's word (before: one per section)", () => {
    const reader = [issue("read_columns_missing", "S!A3", "warning", { sheet: "S", fieldList: "teachingArea" })];
    const section = (school: string, row: number) => issue("missing_numerator", null, "error", { school, stage: "primary", section: `S!${row}#primary`, row: `S!${row}`, field: "teachingArea", indicator: "L4" });
    expect(listedIssues(reader, [section("甲", 5), section("乙", 6)]).map((i) => `${i.code}:${i.params.count ?? ""}`)).toEqual(["read_columns_missing:", "read_column_missing_sections:2"]);
  });

  it("keeps issues of one code at other cells or saying other things, and an empty list stays empty", () => {
    const engine = [issue("missing_students", "S!G14", "error", { school: "甲", stage: "primary", section: "a", row: "S!14" }), issue("missing_students", "S!G15", "error", { school: "乙", stage: "primary", section: "b", row: "S!15" })];
    expect(listedIssues([], engine)).toHaveLength(2);
    expect(listedIssues([], [])).toEqual([]);
  });
});
