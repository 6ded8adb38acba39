import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { nearMisses } from "./missingLine";

const near = (params: Issue["params"]): Issue => ({ code: "read_column_near_field", severity: "warning", cell: `学校!${String(params.column)}3`, params: { sheet: "学校", ...params } });

describe("nearMisses", () => {
  it("pairs a field not found with the column the reader found close to it (N: 0-based 13)", () => {
    const issues = [near({ field: "teachingArea", column: "N", header: "教学及辅助用方面积（㎡）" })];
    expect(nearMisses("学校", ["teachingArea", "equipmentValue"], issues)).toEqual([
      { missing: "teachingArea", column: "N", index: 13, header: "教学及辅助用方面积（㎡）", role: { key: "teachingArea", stage: null, part: null } },
    ]);
  });

  it("keeps the stage the header names, and gives L5's total by its ground area (AB: 0-based 27)", () => {
    const issues = [near({ field: "teachingArea", column: "N", header: "小学教学及辅助用方面积", stage: "primary" }), near({ field: "sportsGroundArea", column: "AB", header: "运动场地面职" })];
    expect(nearMisses("学校", ["sportsTotalArea", "teachingArea"], issues)).toEqual([
      { missing: "sportsTotalArea", column: "AB", index: 27, header: "运动场地面职", role: { key: "sportsGroundArea", stage: null, part: null } },
      { missing: "teachingArea", column: "N", index: 13, header: "小学教学及辅助用方面积", role: { key: "teachingArea", stage: "primary", part: null } },
    ]);
  });

  it("offers nothing when no column is close, or for a field that was found", () => {
    // The 初中 sheet's own column N, read beside the 学校 sheet the table shows.
    expect(nearMisses("学校", ["teachingArea"], [{ ...near({ field: "teachingArea", column: "N", header: "教学及辅助用方面积" }), params: { sheet: "初中", field: "teachingArea", column: "N", header: "教学及辅助用方面积" } }])).toEqual([]);
    expect(nearMisses("学校", ["teachingArea"], [])).toEqual([]);
    expect(nearMisses("学校", [], [near({ field: "teachingArea", column: "N", header: "教学及辅助用方面积" })])).toEqual([]);
    // Column N (13) set by the user, to another field or （不使用）: not offered back.
    expect(nearMisses("学校", ["teachingArea"], [near({ field: "teachingArea", column: "N", header: "教学及辅助用方面积" })], [2, 13])).toEqual([]);
    expect(nearMisses("学校", ["teachingArea"], [{ code: "read_columns_missing", severity: "warning", cell: "学校!A3", params: { fieldList: "teachingArea" } }])).toEqual([]);
  });

  it("names the part the header is close to when it is not the field itself (zh, en)", () => {
    const params = { fieldList: "sportsTotalArea", column: "AB", header: "运动场地面职", field: "sportsGroundArea" };
    expect(message("addin_mapping_missing_near_part", params, "zh")).toBe("未找到：体育运动场馆面积（AB 列“运动场地面职”与运动场地面积相近，可在上表中把 AB 列设为运动场地面积）");
    expect(message("addin_mapping_missing_near_part", params, "en")).toBe("Not found: Sports ground and hall area (column AB, “运动场地面职”, is close to sports ground area: set column AB to sports ground area in the table above)");
  });
});
