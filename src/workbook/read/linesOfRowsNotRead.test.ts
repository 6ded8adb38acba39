import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import { linesOfRowsNotRead } from "./linesOfRowsNotRead";
import { readWorkbook } from "./readWorkbook";
import { rowsNotRead } from "./rowsNotRead";
import { gridOf, sourceOf } from "./testing";

const line = (cell: string, text: string, parentCell: string): Issue => ({ code: "read_stage_line", severity: "info", cell, params: { text, name: "庚学校", stage: "primary", parentCell } });
const dup = (cell: string): Issue => ({ code: "read_duplicate_whole_school", severity: "error", cell, params: { name: "庚学校", first: "S!A20" } });

describe("linesOfRowsNotRead", () => {
  it("says the lines of a school row left out were not used, and leaves other schools' lines as read", () => {
    const remainder: Issue = { code: "read_senior_remainder", severity: "info", cell: "S!A24", params: { name: "庚学校", parentCell: "S!A22", whole: 1100, students: 100, lines: "小学、初中", sum: 1000 } };
    const other = line("S!A27", "其中：小学", "S!A26");
    const result = linesOfRowsNotRead([line("S!A23", "其中：小学", "S!A22"), remainder, other], [dup("S!A22")]);
    expect(result).toEqual([{ code: "read_stage_line_unused", severity: "info", cell: "S!A23", params: { text: "其中：小学", name: "庚学校", parentCell: "S!A22" } }, other]);
  });

  it("changes nothing when no row was left out, or one left out for a note that names no row (hidden rows)", () => {
    const issues = [line("S!A23", "其中：小学", "S!A22")];
    expect(linesOfRowsNotRead(issues, [])).toEqual(issues);
    expect(linesOfRowsNotRead(issues, [{ code: "read_hidden_rows_skipped", severity: "warning", cell: "S!A22", params: { count: 1 } }])).toEqual(issues);
  });

  it("reads as a sentence in both languages", () => {
    const params = { text: "其中：小学", name: "庚学校", parentCell: "S!A22" };
    expect(message("read_stage_line_unused", params, "zh")).toBe("“其中：小学”行紧接在“庚学校”（S!A22）之下，属于该校；该校这一行未读取（见 S!A22 的问题），“其中：小学”行的数据也未使用");
    expect(message("read_stage_line_unused", params, "en")).toBe("The row “其中：小学” right under “庚学校” (S!A22) belongs to that school; as the school's row was not read (see the issue at S!A22), the numbers of “其中：小学” were not used either");
  });
});

describe("readWorkbook: a whole-school row with stage lines after its 学部 rows (c2.xlsx 庚学校)", () => {
  const HEADER: CellValue[] = ["学校名称", "办学类型", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）"];
  it("is an error at the whole row naming the first 学部 row, its lines say they were not used, and it is counted as left out", async () => {
    const rows: CellValue[][] = [
      HEADER,
      ["庚学校（小学部）", "九年一贯制学校", 600, 40, 3300],
      ["庚学校（初中部）", "九年一贯制学校", 400, 30, 2700],
      // 6100 ㎡, not the 学部 rows' 3300 + 2700: no subtotal of them (blockTotalRows), a second writing of the school.
      ["庚学校", "九年一贯制学校", 1000, 70, 6100],
      ["其中：小学", null, 600, 40, null],
      ["其中：初中", null, 400, 30, null],
    ];
    const result = await readWorkbook(sourceOf([gridOf(rows, { sheet: "S" })]));
    if (!result.ok) throw new Error("not read", { cause: result.issues });
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["庚学校（小学部）", "primary"],
      ["庚学校（初中部）", "junior"],
    ]);
    // The whole row after its 学部 rows is a duplicate (an error), and its lines are not used: they say so and count as rows left out.
    expect(result.issues.filter((i) => i.code === "read_duplicate_whole_school")).toEqual([{ code: "read_duplicate_whole_school", severity: "error", cell: "S!A4", params: { name: "庚学校", first: "S!A2" } }]);
    expect(result.issues.filter((i) => i.code === "read_stage_line")).toEqual([]);
    expect(result.issues.filter((i) => i.code === "read_stage_line_unused").map((i) => i.cell)).toEqual(["S!A5", "S!A6"]);
    expect(rowsNotRead(result.issues)).toEqual([["duplicate", 1]]);
  });
});
