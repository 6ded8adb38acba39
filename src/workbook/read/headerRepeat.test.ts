import type { CellValue } from "../types";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

const HEADER: CellValue[] = ["学校名称", "办学类型", "在校生数（人）", "专任教师数（人）", "教学及辅助用房面积（㎡）"];

async function read(rows: readonly (readonly CellValue[])[], merges: readonly string[] = []) {
  const result = await readWorkbook(sourceOf([gridOf(rows, { sheet: "学校", merges })]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe("headerRepeatRows, through readWorkbook: a second table's header read in one range", () => {
  it("skips a row repeating the header with a note, and reads the second table's schools", async () => {
    const result = await read([HEADER, ["一小", "小学", 1000, 70, 7000], [], HEADER, ["甲小", "小学", 500, 35, 3500]]);
    // Row 4 says 学校名称 where a name stands: it is the second table's header, not a school so named.
    expect(result.input.records.map((r) => r.name)).toEqual(["一小", "甲小"]);
    expect(result.issues.filter((i) => i.code === "read_header_repeat_row")).toEqual([{ code: "read_header_repeat_row", severity: "info", cell: "学校!A4", params: { row: 4, headerRow: 1 } }]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("takes labels as typed, in full- or half-width brackets and with spaces, and a blank number column", async () => {
    const again: CellValue[] = [" 学校名称", "办学类型", "在校生数(人)", null, "教学及辅助用房面积（㎡） "];
    const result = await read([HEADER, ["一小", "小学", 1000, 70, 7000], again, ["甲小", "小学", 500, 35, 3500]]);
    expect(result.input.records.map((r) => r.name)).toEqual(["一小", "甲小"]);
  });

  it("keeps a school named like the header when a number column holds a number or other text, or under half say their label", async () => {
    for (const row of [
      ["学校名称", "小学", 300, 20, 2000],
      ["学校名称", "小学", "在校生数（人）", "二十", null],
      ["学校名称", "小学", "在校生数（人）", null, null],
    ] as CellValue[][]) {
      const result = await read([HEADER, ["一小", "小学", 1000, 70, 7000], row]);
      expect(result.input.records.map((r) => r.name)).toEqual(["一小", "学校名称"]);
      expect(result.issues.filter((i) => i.code === "read_header_repeat_row")).toEqual([]);
    }
  });

  it("skips a two-row header repeated whole, its second row too (not a row without a name)", async () => {
    const top: CellValue[] = ["学校名称", "办学类型", "在校生数", "教师数", null];
    const sub: CellValue[] = [null, null, null, "专任教师", "骨干教师"];
    const school = (name: string, students: number): CellValue[] => [name, "小学", students, 70, 12];
    const result = await read([top, sub, school("一小", 1000), top, sub, school("甲小", 500)], ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "A4:A5", "B4:B5", "C4:C5", "D4:E4"]);
    expect(result.input.records.map((r) => r.name)).toEqual(["一小", "甲小"]);
    expect(result.issues.filter((i) => i.code === "read_header_repeat_row").map((i) => i.cell)).toEqual(["学校!A4"]);
    expect(result.issues.filter((i) => i.code === "read_row_no_name")).toEqual([]);
    expect(result.input.records[1]?.fields.backboneTeachers?.value).toBe(12);
  });
});
