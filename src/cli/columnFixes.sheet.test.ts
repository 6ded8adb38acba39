import { columnFixes } from "./columnFixes";

describe("columnFixes: a --map for one sheet (初中!教学仪器设备值=R)", () => {
  it("keeps a sheet's own maps apart from the maps of every sheet (before: 初中!… was an unknown field)", () => {
    // R is column 17 (0-based), G is 6.
    expect(columnFixes(["初中!教学仪器设备值=R", "教学及辅助用房面积=G"], [])).toEqual({
      ok: true,
      fixes: { roles: { teachingArea: 6 }, ignore: [], bySheet: { 初中: { roles: { equipmentValue: 17 }, ignore: [] } } },
    });
  });

  it("takes a full-width ！ and a quoted sheet name, and a sheet's maps alone", () => {
    expect(columnFixes(["'2024年 初中'！equipmentValue=R"], [])).toEqual({ ok: true, fixes: { roles: {}, ignore: [], bySheet: { "2024年 初中": { roles: { equipmentValue: 17 }, ignore: [] } } } });
  });

  it("refuses a sheet's map naming no field, as any other", () => {
    const got = columnFixes(["初中!面积=R"], []);
    expect(got.ok).toBe(false);
    expect(!got.ok && got.error.code).toBe("cli_err_map_unknown_field");
  });
});
