import { message } from "../../messages/catalogue";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";
import type { CellValue, Grid } from "../types";

type Ok = Extract<ReadResult, { ok: true }>;

async function readOk(grids: readonly Grid[]): Promise<Ok> {
  return readGridsOk(grids);
}

const HEADER = ["学校名称", "在校生数", "专任教师数", "教学及辅助用房面积", "网络多媒体教室"];

/** Ten schools: row i (sheet row i + 2) has 300 + i students, 20 + i teachers, 1500 m², i rooms; `asText` columns hold their numbers as text. */
function schools(asText: ReadonlySet<number>, dashAt: number | null = null): Grid {
  const row = (i: number): CellValue[] => {
    const values: CellValue[] = [300 + i, 20 + i, 1500, i];
    return [`第${i + 1}小学`, ...values.map((v, c) => (dashAt === i && c === 3 ? "—" : asText.has(c + 1) ? ` ${String(v)} ` : v))];
  };
  return gridOf([HEADER, ...Array.from({ length: 10 }, (_, i) => row(i))]);
}

describe("readWorkbook: numbers stored as text, said once per column", () => {
  it("a column of ten text numbers is one note at its first cell, counting ten and naming them all as one run, B2:B11", async () => {
    const result = await readOk([schools(new Set([1]))]);
    // The values are still read, each at its own cell: 300 … 309 students.
    expect(result.input.records.map((r) => r.fields.students?.value)).toEqual([300, 301, 302, 303, 304, 305, 306, 307, 308, 309]);
    expect(result.input.records[9]?.fields.students?.cell).toBe("学校基本情况!B11");
    const notes = result.issues.filter((i) => i.code.startsWith("read_number"));
    expect(notes.map((i) => [i.code, i.severity, i.cell, i.params.count, i.params.cells, i.params.column])).toEqual([["read_numbers_as_text_few", "info", "学校基本情况!B2", 10, "B2:B11", "B"]]);
  });

  it("says what, where and what to do in Chinese and in English", async () => {
    const note = (await readOk([schools(new Set([1]))])).issues.find((i) => i.code === "read_numbers_as_text_few");
    if (note === undefined) throw new Error("no note");
    expect(message(note.code, note.params, "zh")).toBe("第 B 列中“在校生数”的 10 个单元格是以文本存储的数字（B2:B11），已按数值读取；Excel 的求和会跳过这类单元格，可用“分列”或“转换为数字”改为数字");
    expect(message(note.code, note.params, "en")).toBe(
      "Students (在校生数): 10 cells in column B hold numbers stored as text (B2:B11), read as numbers; Excel's SUM skips such cells; convert them with Text to Columns or Convert to Number",
    );
  });

  it("every numeric column as text (a statistics-system export): one note per column, four in all, not forty", async () => {
    const result = await readOk([schools(new Set([1, 2, 3, 4]))]);
    const notes = result.issues.filter((i) => i.code.startsWith("read_number"));
    expect(notes.map((i) => `${i.cell ?? ""} ${String(i.params.header)} ${String(i.params.count)}`)).toEqual([
      "学校基本情况!B2 在校生数 10",
      "学校基本情况!C2 专任教师数 10",
      "学校基本情况!D2 教学及辅助用房面积 10",
      "学校基本情况!E2 网络多媒体教室 10",
    ]);
  });

  it("a dash read as 0 stays at its own cell beside the column's grouped note (it changes a value, the text numbers do not)", async () => {
    const result = await readOk([schools(new Set([4]), 6)]);
    const notes = result.issues.filter((i) => i.code === "read_dash_as_zero" || i.code.startsWith("read_number"));
    // E2 … E11 are text except E8 (the dash): nine text numbers in two runs, around E8.
    expect(notes.map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params.count ?? "")} ${String(i.params.cells ?? "")}`)).toEqual(["read_numbers_as_text_few 学校基本情况!E2 9 E2:E7、E9:E11", "read_dash_as_zero 学校基本情况!E8  "]);
  });

  it("one text number in a column keeps its own note with its text and value", async () => {
    const grid = gridOf([HEADER, ["一小", "300", 20, 1500, 3], ["二小", 400, 30, 1600, 4]]);
    const notes = (await readOk([grid])).issues.filter((i) => i.code.startsWith("read_number"));
    expect(notes.map((i) => [i.code, i.cell, i.params.text, i.params.value])).toEqual([["read_number_as_text", "学校基本情况!B2", "300", 300]]);
  });

  it("two text numbers are named all, as a run, without “and others”", async () => {
    const grid = gridOf([HEADER, ["一小", "300", 20, 1500, 3], ["二小", "４００", 30, 1600, 4], ["三小", 500, 40, 1700, 5]]);
    const note = (await readOk([grid])).issues.find((i) => i.code.startsWith("read_number"));
    if (note === undefined) throw new Error("no note");
    expect([note.code, note.cell, note.params.count]).toEqual(["read_numbers_as_text_few", "学校基本情况!B2", 2]);
    expect(message(note.code, note.params, "zh")).toBe("第 B 列中“在校生数”的 2 个单元格是以文本存储的数字（B2:B3），已按数值读取；Excel 的求和会跳过这类单元格，可用“分列”或“转换为数字”改为数字");
    expect(message(note.code, note.params, "en")).toBe(
      "Students (在校生数): 2 cells in column B hold numbers stored as text (B2:B3), read as numbers; Excel's SUM skips such cells; convert them with Text to Columns or Convert to Number",
    );
  });
});
