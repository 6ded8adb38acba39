import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { matchColumns } from "./matchColumns";
import { unsupportedUnitIssues } from "./unsupportedUnitIssues";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "学校", top: 2, bottom: 3, columns: paths.map((path, column) => ({ column, path, headerRow: 3 })), codeRows: [], standardRows: [], dataTop: 4, unitLine: null };
}

describe("unsupportedUnitIssues", () => {
  it("warns at the header cell of a column in a unit it cannot be in, and the column is not read", () => {
    const b = band([["学校名称"], ["在校生数"], ["教学及辅助用房面积（万元）"], ["体育运动场馆面积（亩）"]]);
    expect(unsupportedUnitIssues(b)).toEqual([
      { code: "read_unit_unsupported", severity: "warning", cell: "学校!C4", params: { column: "C", header: "教学及辅助用房面积（万元）", field: "teachingArea", unit: "万元" } },
    ]);
    const m = matchColumns(b);
    expect(m.roles.map((r) => r.key)).toEqual(["name", "students", "sportsTotalArea"]);
    // 亩 fits an area: converted, not refused (1 亩 = 10000 ÷ 15 m²).
    expect(m.roles.find((r) => r.key === "sportsTotalArea")?.unitFactor).toBeCloseTo(10000 / 15, 12);
    expect(m.unmatched).toEqual([{ column: 2, header: "教学及辅助用房面积（万元）" }]);
    expect(m.issues.map((i) => i.code)).toContain("read_unit_unsupported");
  });

  it("warns at 在校生数（万人） (Q2 of s48: the column was passed over unexplained), and the column is not read", () => {
    const b = band([["学校名称"], ["在校生数（万人）"], ["专任教师数"]]);
    expect(unsupportedUnitIssues(b)).toEqual([
      { code: "read_unit_unsupported", severity: "warning", cell: "学校!B4", params: { column: "B", header: "在校生数（万人）", field: "students", unit: "万人" } },
    ]);
    expect(matchColumns(b).roles.map((r) => r.key)).toEqual(["name", "teachers"]);
  });

  it("says nothing of 在校生数（万人） beside 在校生数（人）, which is read (reviewer R2 of s48: asked to change the unit of a column not needed)", () => {
    const b = band([["学校名称"], ["在校生数（人）"], ["在校生数（万人）"], ["专任教师数"]]);
    const m = matchColumns(b);
    expect(m.roles.map((r) => [r.key, r.column])).toEqual([["name", 0], ["students", 1], ["teachers", 3]]);
    expect(m.issues.filter((i) => i.code === "read_unit_unsupported")).toEqual([]);
    // A stage's column read does not stand for the other stage's: 初中在校生数（万人） beside 小学在校生数（人） is still said.
    const staged = matchColumns(band([["学校名称"], ["小学在校生数（人）"], ["初中在校生数（万人）"]]));
    expect(staged.issues.filter((i) => i.code === "read_unit_unsupported").map((i) => i.cell)).toEqual(["学校!C4"]);
  });

  it("takes the roles read: nothing of a field read from another column for that stage, still the field of another stage", () => {
    const b = band([["学校名称"], ["小学在校生数（万人）"], ["初中在校生数（万人）"], ["在校生数（万人）"]]);
    const students = (column: number, stage: ColumnRole["stage"]): ColumnRole => ({ column, key: "students", stage, part: null, unitFactor: 1, header: "在校生数" });
    // 小学 read from a column E (not in this band), students of the whole school from F: only C, 初中, is left to say.
    expect(unsupportedUnitIssues(b, [students(4, "primary"), students(5, null)]).map((i) => i.cell)).toEqual(["学校!C4"]);
    expect(unsupportedUnitIssues(b, []).map((i) => i.cell)).toEqual(["学校!B4", "学校!C4", "学校!D4"]);
    // Another field read says nothing of students.
    expect(unsupportedUnitIssues(b, [{ ...students(4, null), key: "teachers" }]).map((i) => i.cell)).toEqual(["学校!B4", "学校!C4", "学校!D4"]);
  });

  it("lists the unit's warning first among matchColumns' issues, as the header's own, before a second 专任教师数 left of it", () => {
    const m = matchColumns(band([["学校名称"], ["专任教师数"], ["专任教师数"], ["在校生数（万人）"]]));
    expect(m.issues.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["read_unit_unsupported 学校!D4", "read_duplicate_column 学校!C4"]);
  });

  it("says nothing of units that fit, of unknown headers, or of headers without a unit", () => {
    expect(unsupportedUnitIssues(band([["学校名称"], ["在校生数（人）"], ["图书（万册）"], ["教学仪器设备值"]]))).toEqual([]);
  });
});
