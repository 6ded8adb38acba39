import type { HeaderBand } from "./findHeader";
import { hiddenColumnsRead } from "./hiddenColumnsRead";
import type { ColumnRole } from "./keys";
import { matchColumns } from "./matchColumns";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";

/** A header on sheet “学校 表”, row 3 (0-based 2), one column per path from A on. */
function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "学校 表", top: 0, bottom: 2, columns: paths.map((path, column) => ({ column, path, headerRow: 2 })), codeRows: [], standardRows: [], dataTop: 3, unitLine: null };
}
const role = (column: number, key: ColumnRole["key"], header: string, stage: ColumnRole["stage"] = null): ColumnRole => ({ column, key, stage, part: null, unitFactor: 1, header });

describe("hiddenColumnsRead", () => {
  const paths = [["学校名称"], ["在校生数"], ["专任教师数"], ["班级数"]];

  it("notes each hidden column read at its header cell, left to right, and no visible one", () => {
    const roles = [role(0, "name", "学校名称"), role(3, "classes", "班级数"), role(1, "students", "在校生数")];
    const issues = hiddenColumnsRead(band(paths), roles, new Set([3, 1]));
    expect(issues).toEqual([
      { code: "read_hidden_column_read", severity: "info", cell: "'学校 表'!B3", params: { column: "B", header: "在校生数" } },
      { code: "read_hidden_column_read", severity: "info", cell: "'学校 表'!D3", params: { column: "D", header: "班级数" } },
    ]);
  });

  it("says a column once though it gives two roles, and nothing when no column read is hidden", () => {
    const both = [role(1, "students", "在校生数", "primary"), role(1, "students", "在校生数", "junior")];
    expect(hiddenColumnsRead(band(paths), both, new Set([1])).map((i) => i.cell)).toEqual(["'学校 表'!B3"]);
    expect(hiddenColumnsRead(band(paths), both, new Set([2, 3]))).toEqual([]);
    expect(hiddenColumnsRead(band(paths), [], new Set([1]))).toEqual([]);
  });

  it("is said by matchColumns for the hidden column it reads, not for a hidden column left unread", () => {
    const m = matchColumns(band([...paths, ["备注"]]), {}, [2, 4]);
    expect(m.roles.find((r) => r.column === 2)?.key).toBe("teachers");
    expect(m.issues.filter((i) => i.code === "read_hidden_column_read").map((i) => i.cell)).toEqual(["'学校 表'!C3"]);
  });

  it("says what and what to do, in Chinese and in English: the CLI's --ignore, the add-in's column table", () => {
    const params = { column: "C", header: "专任教师数" };
    expect(message("read_hidden_column_read", params, "zh")).toBe("第 C 列“专任教师数”是隐藏列，已照常读取；请取消隐藏核对其中的数据，如不应读取，请加 --ignore C");
    expect(message("read_hidden_column_read", params, "en")).toBe("Column C “专任教师数” is hidden and was read all the same; unhide it to check what it holds, and add --ignore C if it should not be read");
    expect(message("read_hidden_column_read", params, "zh", "addin")).toBe("第 C 列“专任教师数”是隐藏列，已照常读取；请取消隐藏核对其中的数据，如不应读取，请在任务窗格“列对应关系”中将其设为“（不使用）”");
    expect(message("read_hidden_column_read", params, "en", "addin")).toBe("Column C “专任教师数” is hidden and was read all the same; unhide it to check what it holds, and set it to (not used) in the task pane's column mapping if it should not be read");
  });
});

describe("readWorkbook: a hidden column", () => {
  it("is read, its values kept, and noted at its header cell (the hidden rows beside it are what is left out)", async () => {
    const grid = { ...gridOf([["学校名称", "在校生数", "专任教师数"], ["甲小学", 400, 25], ["乙小学", 300, 20]]), hiddenColumns: [2] };
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => r.fields.teachers?.value)).toEqual([25, 20]);
    expect(result.issues.filter((i) => i.code === "read_hidden_column_read").map((i) => [i.cell, i.params.column, i.params.header])).toEqual([["学校基本情况!C1", "C", "专任教师数"]]);
  });
});
