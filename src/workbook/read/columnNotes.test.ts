import type { Issue } from "../../engine/types";
import { cellRuns, groupColumnNotes } from "./columnNotes";

const asText = (cell: string, header = "在校生数", extra: Record<string, string> = {}): Issue => ({
  code: "read_number_as_text",
  severity: "info",
  cell,
  params: { header, field: "students", text: "1", value: 1, ...extra },
});
const other: Issue = { code: "read_dash_as_zero", severity: "info", cell: "S!B9", params: { header: "在校生数", text: "—" } };

describe("groupColumnNotes", () => {
  it("four notes of one column become one at the first cell, in its place, naming them as runs and counting four", () => {
    const issues = [other, asText("S!B2"), asText("S!B3"), other, asText("S!B4"), asText("S!B9")];
    const grouped: Issue = { code: "read_numbers_as_text_few", severity: "info", cell: "S!B2", params: { header: "在校生数", field: "students", column: "B", count: 4, cells: "B2:B4、B9" } };
    expect(groupColumnNotes(issues)).toEqual([other, grouped, other]);
  });

  it("keeps a lone note, and notes of other columns, sheets or stages apart", () => {
    const junior = asText("S!B3", "在校生数", { stage: "junior" });
    const issues = [asText("S!B2"), junior, asText("T!B2"), asText("S!C2", "专任教师数")];
    expect(groupColumnNotes(issues)).toEqual(issues);
  });

  it("reads a quoted sheet name and absolute addresses: two notes, both listed", () => {
    const grouped = groupColumnNotes([asText("'学校 表'!$AB$7"), asText("'学校 表'!AB8")]);
    expect(grouped.map((i) => [i.code, i.cell, i.params.column, i.params.cells, i.params.count])).toEqual([["read_numbers_as_text_few", "'学校 表'!$AB$7", "AB", "AB7:AB8", 2]]);
  });

  it("leaves county figures' rows apart: each row is its own item (header), though in one column", () => {
    const issues = [asText("县级指标!B2", "初中三年巩固率"), asText("县级指标!B3", "小学六年巩固率")];
    expect(groupColumnNotes(issues)).toEqual(issues);
  });

  it("reads each note's cell once, and the first one's once more for the note: 10 notes of B read 11 times", () => {
    let reads = 0;
    const counted = (row: number): Issue => ({ ...asText(""), get cell() { reads += 1; return `S!B${row}`; } });
    const grouped = groupColumnNotes(Array.from({ length: 10 }, (_, i) => counted(i + 2)));
    expect(grouped.map((i) => [i.code, i.cell, i.params.count, i.params.cells])).toEqual([["read_numbers_as_text_few", "S!B2", 10, "B2:B11"]]);
    expect(reads).toBe(11);
  });

  it("names a whole column of 1,000 cells stored as text as one run, every cell named", () => {
    const grouped = groupColumnNotes(Array.from({ length: 1000 }, (_, i) => asText(`S!E${i + 5}`)));
    expect(grouped.map((i) => [i.code, i.params.count, i.params.cells])).toEqual([["read_numbers_as_text_few", 1000, "E5:E1004"]]);
  });

  it("lists five runs of cells scattered down a column and counts the rest: every other row from 2 to 20", () => {
    const rows = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20];
    const grouped = groupColumnNotes(rows.map((r) => asText(`S!B${r}`)));
    expect(grouped.map((i) => [i.code, i.params.count, i.params.cells])).toEqual([["read_numbers_as_text", 10, "B2、B4、B6、B8、B10"]]);
  });

  it("orders the runs by row whatever the notes' order, a cell named twice once", () => {
    const grouped = groupColumnNotes([asText("S!B7"), asText("S!B3"), asText("S!B4"), asText("S!B3")]);
    expect(grouped.map((i) => [i.cell, i.params.count, i.params.cells])).toEqual([["S!B7", 4, "B3:B4、B7"]]);
  });

  it("takes a lower-case column letter as the column it names: S!b2 and S!B3 are one column B", () => {
    const grouped = groupColumnNotes([asText("S!b2"), asText("S!B3")]);
    expect(grouped.map((i) => [i.code, i.params.column, i.params.cells])).toEqual([["read_numbers_as_text_few", "B", "B2:B3"]]);
  });

  it("leaves other codes and notes without a cell as they are", () => {
    const noCell = { ...asText("S!B2"), cell: null };
    expect(groupColumnNotes([other, { ...other, cell: "S!B10" }, noCell, noCell])).toEqual([other, { ...other, cell: "S!B10" }, noCell, noCell]);
  });
});

describe("cellRuns", () => {
  it("joins consecutive rows into runs, top to bottom (0-based rows: 1 is row 2)", () => {
    expect(cellRuns(1, [4, 1, 2, 3, 8])).toEqual(["B2:B5", "B9"]);
  });

  it("gives one cell for one row, none for none, and reads column 27 as AB", () => {
    expect(cellRuns(0, [0])).toEqual(["A1"]);
    expect(cellRuns(0, [])).toEqual([]);
    expect(cellRuns(27, [6, 7])).toEqual(["AB7:AB8"]);
  });
});
