import type { SourceRow } from "../engine/types";
import { sheetsRead } from "./schoolSheets";

const at = (sheet: string, row: number): { source: SourceRow | null } => ({ source: { sheet, row } });

describe("sheetsRead", () => {
  it("counts each sheet's records in the order read: 小学 2, 初中 1 (counted by hand)", () => {
    expect(sheetsRead([at("小学", 3), at("小学", 4), at("初中", 3)])).toEqual([
      { sheet: "小学", count: 2 },
      { sheet: "初中", count: 1 },
    ]);
  });

  it("leaves out a record of no sheet, and says nothing of none", () => {
    expect(sheetsRead([{ source: null }, at("学校", 2)])).toEqual([{ sheet: "学校", count: 1 }]);
    expect(sheetsRead([])).toEqual([]);
  });
});
