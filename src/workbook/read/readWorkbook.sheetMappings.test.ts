import type { CellValue, Grid } from "../types";
import { gridOf, readGridsOk } from "./testing";


const PRIMARY_HEADER = ["学校名称", "学校类型", "在校生数", "专任教师数"];
// The 初中 sheet in another order: students in B, name in C (tester's v1b: 初中 students in F, header 校名).
const JUNIOR_HEADER = ["学校类型", "在校生数", "校名", "专任教师数"];

function sheet(name: string, header: readonly CellValue[], rows: readonly (readonly CellValue[])[]): Grid {
  return gridOf([header, ...rows], { sheet: name });
}


/** Field and header cell of each column of a mapping. */
function columns(m: { readonly columns: readonly { readonly field: string; readonly headerCell: string }[] }): string[][] {
  return m.columns.map((c) => [c.field, c.headerCell]);
}

describe("readWorkbook: each sheet's own column mapping (before: only the first sheet's)", () => {
  const primary = sheet("小学", PRIMARY_HEADER, [["甲小学", "小学", 1000, 60]]);

  it("gives the other sheets read their own mapping when their columns differ", async () => {
    const result = await readGridsOk([primary, sheet("初中", JUNIOR_HEADER, [["初级中学", 900, "甲中学", 70]])]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.cell])).toEqual([
      ["甲小学", "小学!C2"],
      ["甲中学", "初中!B2"],
    ]);
    expect(columns(result.mapping)).toEqual([
      ["name", "小学!A1"],
      ["type", "小学!B1"],
      ["students", "小学!C1"],
      ["teachers", "小学!D1"],
    ]);
    expect(result.mapping.otherSheets?.map((m) => [m.sheet, columns(m)])).toEqual([
      [
        "初中",
        [
          ["type", "初中!A1"],
          ["students", "初中!B1"],
          ["name", "初中!C1"],
          ["teachers", "初中!D1"],
        ],
      ],
    ]);
  });

  it("gives none when the sheets have the same columns (the first sheet's mapping says it), nor with one sheet", async () => {
    const same = await readGridsOk([primary, sheet("初中", PRIMARY_HEADER, [["甲中学", "初级中学", 900, 70]])]);
    expect(same.mapping.otherSheets).toBeUndefined();
    const one = await readGridsOk([primary]);
    expect(one.mapping.otherSheets).toBeUndefined();
  });
});
