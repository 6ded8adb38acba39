import type { HeaderBand } from "./findHeader";
import { missingColumnIssues } from "./missingColumnIssues";

/** A one-row header at row 3 (0-based 2) of sheet S, a column per path from A. */
function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "S", top: 2, bottom: 2, columns: paths.map((path, column) => ({ column, path, headerRow: 2 })), codeRows: [], standardRows: [], dataTop: 3, unitLine: null };
}

describe("missingColumnIssues", () => {
  it("asks whether an unread header one slip from a missing field's name is its column, at that header, and lists the rest at the header's first cell", () => {
    // messy2.xlsx: N“教学及辅助用方面积（㎡）” (方 for 房); equipmentValue has no such column.
    const b = band([["学校名称"], ["在校生数"], ["教学及辅助用方面积（㎡）"]]);
    expect(missingColumnIssues(b, ["teachingArea", "equipmentValue"], [2], "S!A3")).toEqual([
      { code: "read_column_near_field", severity: "warning", cell: "S!C3", params: { sheet: "S", field: "teachingArea", column: "C", header: "教学及辅助用方面积（㎡）" } },
      { code: "read_columns_missing", severity: "warning", cell: "S!A3", params: { sheet: "S", fieldList: "equipmentValue" } },
    ]);
  });

  it("says the missing columns at the header's first cell when no header is near one (before: no cell)", () => {
    const b = band([["学校名称"], ["在校生数"], ["校舍用房"]]);
    expect(missingColumnIssues(b, ["teachingArea"], [2], "S!A3")).toEqual([{ code: "read_columns_missing", severity: "warning", cell: "S!A3", params: { sheet: "S", fieldList: "teachingArea" } }]);
  });

  it("gives the stage a header names, for the map to read it for that stage only", () => {
    const b = band([["学校名称"], ["在校生数"], ["小学教学及辅助用方面积"]]);
    expect(missingColumnIssues(b, ["teachingArea"], [2], "S!A3")).toEqual([
      { code: "read_column_near_field", severity: "warning", cell: "S!C3", params: { sheet: "S", field: "teachingArea", column: "C", header: "小学教学及辅助用方面积", stage: "primary" } },
    ]);
  });

  it("suggests the ground area for a missing L5 total (基 for 积: no known header uses it)", () => {
    const b = band([["学校名称"], ["运动场面积"], ["运动场地面基"]]);
    expect(missingColumnIssues(b, ["sportsTotalArea"], [2], "S!A3")).toEqual([
      { code: "read_column_near_field", severity: "warning", cell: "S!C3", params: { sheet: "S", field: "sportsGroundArea", column: "C", header: "运动场地面基" } },
    ]);
  });

  it("suggests nothing when two unread headers are near the same field, and nothing for a column already read", () => {
    const two = band([["学校名称"], ["教学及辅助用方面积"], ["教学及辅助房面积"]]);
    expect(missingColumnIssues(two, ["teachingArea"], [1, 2], "S!A3").map((i) => i.code)).toEqual(["read_columns_missing"]);
    expect(missingColumnIssues(two, ["teachingArea"], [], "S!A3").map((i) => i.code)).toEqual(["read_columns_missing"]);
  });

  it("says nothing when nothing is missing", () => {
    expect(missingColumnIssues(band([["教学及辅助用方面积"]]), [], [0], "S!A3")).toEqual([]);
  });
});
