import type { SheetSpec, TableSpec } from "../types";
import { sheetLayout } from "./sheetLayout";

function table(name: string, caption: string | null, rows: (string | number | null)[][], widths: number[] = [8, 8]): TableSpec {
  return {
    name,
    caption,
    columns: widths.map((width, i) => ({ header: `${name}${i + 1}`, width, numberFormat: null, wrap: false })),
    rows,
    emphasis: [],
    dataBars: [],
    links: [],
  };
}

function spec(tables: TableSpec[], notes: string[] = [], freezeColumns = 1): SheetSpec {
  return { name: "s", role: "summary", title: "标题", notes, tables, freezeColumns };
}

describe("sheetLayout", () => {
  it("puts title, notes, a blank row, caption, header and data where workbooks.md says (hand-placed rows)", () => {
    const layout = sheetLayout(spec([table("A", "小学", [["x", 1], ["y", 2]]), table("B", null, [["z", 3]], [5, 12, 4])], ["规则", "年度"]));
    // 0 title, 1-2 notes, 3 blank, 4 caption, 5 header, 6-7 data, 8 blank, 9 header B, 10 data B.
    expect(layout.noteRows).toEqual([1, 2]);
    expect(layout.tables.map((t) => [t.captionRow, t.headerRow, t.firstDataRow, t.bodyRows])).toEqual([
      [4, 5, 6, 2],
      [null, 9, 10, 1],
    ]);
    expect(layout.width).toBe(3);
    expect(layout.rows).toEqual([
      ["标题", null, null],
      ["规则", null, null],
      ["年度", null, null],
      [null, null, null],
      ["小学", null, null],
      ["A1", "A2", null],
      ["x", 1, null],
      ["y", 2, null],
      [null, null, null],
      ["B1", "B2", "B3"],
      ["z", 3, null],
    ]);
    expect(layout.columnWidths).toEqual([8, 12, 4]);
    expect(layout.freeze).toEqual({ rows: 6, columns: 1 });
    // Two tables: the first one's header is not printed above the second one's rows.
    expect(layout.printTitleRows).toBe(0);
  });

  it("prints the title through the header of a sheet's only table atop every page", () => {
    // 0 title, 1 note, 2 blank, 3 caption, 4 header: rows 1–5 repeat.
    expect(sheetLayout(spec([table("A", "小学", [["x", 1]])], ["n"])).printTitleRows).toBe(5);
    expect(sheetLayout(spec([table("A", null, [])])).printTitleRows).toBe(3);
  });

  it("keeps one blank body row for an empty table (Excel tables need one), so the next table moves down", () => {
    const layout = sheetLayout(spec([table("A", null, []), table("B", null, [["z", 3]])], [], 0));
    // 0 title, 1 blank, 2 header A, 3 blank body, 4 blank, 5 header B, 6 data.
    expect(layout.tables.map((t) => [t.headerRow, t.bodyRows])).toEqual([
      [2, 1],
      [5, 1],
    ]);
    expect(layout.rows[3]).toEqual([null, null]);
    expect(layout.rows).toHaveLength(7);
    expect(layout.freeze).toEqual({ rows: 3, columns: 0 });
  });

  it("puts the notes below the table notesAfterTable names, so that only the title and the first header are frozen however many notes there are", () => {
    const notes = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const layout = sheetLayout({ ...spec([table("A", "县区", [["x", 1], ["y", 2]]), table("B", null, [["z", 3]])], notes, 2), notesAfterTable: 0 });
    // 0 title, 1 blank, 2 caption, 3 header A, 4-5 data, 6 blank, 7-26 notes, 27 blank, 28 header B, 29 data B.
    expect(layout.freeze).toEqual({ rows: 4, columns: 2 });
    expect(layout.noteRows).toEqual(Array.from({ length: 20 }, (_, i) => 7 + i));
    expect(layout.rows[6]).toEqual([null, null]);
    expect(layout.rows[7]).toEqual(["n0", null]);
    expect(layout.rows[26]).toEqual(["n19", null]);
    expect(layout.tables.map((t) => [t.captionRow, t.headerRow, t.firstDataRow])).toEqual([
      [2, 3, 4],
      [null, 28, 29],
    ]);
    expect(layout.rows).toHaveLength(30);
    // No notes: nothing added below the table.
    expect(sheetLayout({ ...spec([table("A", null, [["x", 1]])], []), notesAfterTable: 0 }).rows).toHaveLength(4);
  });

  it("lays out a sheet without tables as title and notes only, one column wide, nothing frozen", () => {
    const layout = sheetLayout(spec([], ["n"]));
    expect(layout.rows).toEqual([["标题"], ["n"]]);
    expect(layout.tables).toEqual([]);
    expect(layout.columnWidths).toEqual([0]);
    expect(layout.freeze).toBeNull();
    expect(layout.printTitleRows).toBe(0);
  });
});
