import { agrees, describeMismatch, mismatchWarning, uniqueColumns } from "./totalAgrees";
import type { ColumnRole } from "./keys";

const role = (column: number, key: ColumnRole["key"], header: string): ColumnRole => ({ column, key, stage: null, part: null, unitFactor: 1, header });

describe("agrees", () => {
  it("within half a unit either way, and nothing to check when the total cell holds no number", () => {
    expect([agrees(3432.5, 3432), agrees(3431.5, 3432), agrees(3432.6, 3432), agrees(3431, 3432), agrees(null, 3432)]).toEqual([true, true, false, false, true]);
  });

  it("widens by 1e-9 of the total for sums of decimals: at 1e8 the bound is 0.5 + 0.1 = 0.6, so 0.55 off agrees and 0.65 off does not", () => {
    expect([agrees(1e8 + 0.55, 1e8), agrees(1e8 + 0.65, 1e8), agrees(100 + 0.55, 100)]).toEqual([true, false, false]);
  });
});

describe("describeMismatch", () => {
  it("letter, header, total / sum, and the rows read alone when given, with thousands separators", () => {
    expect(describeMismatch({ role: role(3, "students", "在校生数"), total: 3532, sum: 3432 })).toBe("D“在校生数” 3,532 / 3,432");
    expect(describeMismatch({ role: role(13, "teachingArea", "教学及辅助用房"), total: 49468.5, sum: 46822.5, read: 42848 })).toBe("N“教学及辅助用房” 49,468.5 / 46,822.5 / 42,848");
  });
});

describe("mismatchWarning", () => {
  const at = { sheet: "学校基本情况", row: 10, column: 1 };

  it("lists every column under _few when five or fewer disagree, the place's params first, at the cell given", () => {
    const issue = mismatchWarning("read_total_row_mismatch", [{ role: role(3, "students", "在校生数"), total: 3532, sum: 3432 }], at, { row: 11, label: "合计" });
    expect(issue).toEqual({ code: "read_total_row_mismatch_few", severity: "warning", cell: "学校基本情况!B11", params: { row: 11, label: "合计", totalColumns: "D“在校生数” 3,532 / 3,432", count: 1 } });
    expect(Object.keys(issue.params)).toEqual(["row", "label", "totalColumns", "count"]);
  });

  it("names the first five of six, one a line, and counts all six, without _few", () => {
    // Columns D–I, each total 10 over a sum of 9.
    const six = [3, 4, 5, 6, 7, 8].map((column) => ({ role: role(column, "students", "在校生数"), total: 10, sum: 9 }));
    const issue = mismatchWarning("read_total_row_sides_mismatch", six, at, {});
    expect(issue.code).toBe("read_total_row_sides_mismatch");
    expect(issue.params).toEqual({ totalColumns: ["D", "E", "F", "G", "H"].map((letter) => `${letter}“在校生数” 10 / 9`).join("\n"), count: 6 });
  });
});

describe("uniqueColumns", () => {
  it("one role a column, the first, in the given order; none for none", () => {
    const [d, e, d2] = [role(3, "students", "在校生数"), role(4, "teachers", "专任教师"), role(3, "classes", "班级数")];
    expect(uniqueColumns([e, d, d2])).toEqual([e, d]);
    expect(uniqueColumns([])).toEqual([]);
  });
});
