import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { mappingOf } from "../workbook/read/testing";
import { changedColumnIssues, changedColumns, headerAt } from "./fixHeaders";

/** A sheet after a column B (学校代码) was inserted: 专任教师数 moved from D to E. Header in rows 2–3 (0-based 1–2). */
const AFTER: ColumnMapping = mappingOf(
  "学校 基本情况",
  { top: 1, bottom: 2 },
  [
    { column: 0, header: "学校名称", field: "name" },
    { column: 3, header: "在校生数/初中", field: "students", stage: "junior" },
    { column: 4, header: "专任教师数", field: "teachers" },
  ],
  { dataRows: { top: 3, bottom: 9 }, unmatched: [{ column: 1, header: "学校代码" }] },
);

describe("fixHeaders", () => {
  it("finds a column's header among the recognised and the other columns, and none past the header", () => {
    expect([headerAt(AFTER, 3), headerAt(AFTER, 1), headerAt(AFTER, 2)]).toEqual(["在校生数/初中", "学校代码", ""]);
  });

  it("lists the fixed columns whose header is not the one recorded", () => {
    const headers = { "0": "学校名称", "3": "专任教师数", "2": "备注" };
    expect(changedColumns(headers, AFTER)).toEqual([
      { column: 2, was: "备注", now: "" },
      { column: 3, was: "专任教师数", now: "在校生数/初中" },
    ]);
  });

  it("checks nothing without recorded headers", () => {
    expect(changedColumns(undefined, AFTER)).toEqual([]);
  });

  it("says each change at the column's cell in the header's last row, with the column the header moved to (专任教师数 D → E)", () => {
    expect(changedColumnIssues("addin_saved_fix_column_changed", [{ column: 3, was: "专任教师数", now: "在校生数/初中" }], AFTER)).toEqual([
      { code: "addin_saved_fix_column_changed_to", severity: "error", cell: "'学校 基本情况'!D3", params: { column: "D", was: "专任教师数", now: "在校生数/初中", to: "E" } },
    ]);
  });

  it("says a change with no column to name when no column holds the old header", () => {
    expect(changedColumnIssues("addin_saved_fix_column_changed", [{ column: 2, was: "备注", now: "" }], AFTER)).toEqual([
      { code: "addin_saved_fix_column_changed", severity: "error", cell: "'学校 基本情况'!C3", params: { column: "C", was: "备注", now: "" } },
    ]);
  });
});
