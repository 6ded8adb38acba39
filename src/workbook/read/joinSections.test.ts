import type { Fields, Issue, SchoolRecord, SchoolType, Stage } from "../../engine/types";
import type { ColumnRole, ColumnKey } from "./keys";
import { joinSections, schoolOfSection } from "./joinSections";
import type { RowRecord } from "./readSchoolRows";
import { gridOf } from "./testing";

function role(column: number, key: ColumnKey): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor: 1, header: String(key) };
}

/** Columns B students, C 教学及辅助用房. */
const ROLES = [role(1, "students"), role(2, "teachingArea")];

/** A section read from 0-based sheet row `row`: students in B, teaching area in C (null: blank cell). */
function section(row: number, name: string, stage: Stage, students: number, area: number | null, over: Partial<SchoolRecord> = {}): RowRecord {
  const fields: Fields = { students: { value: students, cell: `S!B${row + 1}` }, ...(area === null ? {} : { teachingArea: { value: area, cell: `S!C${row + 1}` } }) };
  const type: SchoolType = "nine_year";
  const record: SchoolRecord = { id: `S!${row + 1}`, name, county: null, type, stage, fields, flags: {}, source: { sheet: "S", row: row + 1 }, ...(area === null ? { blankCells: { teachingArea: `S!C${row + 1}` } } : {}), ...over };
  return { record, nameCell: `S!A${row + 1}` };
}

/** The sheet behind the sections: rows 1.. hold name, students, area as the records say. */
function gridFor(rows: readonly RowRecord[], merges: readonly string[]) {
  const values = [["name", "students", "area"], ...rows.map((r) => [r.record.name, r.record.fields.students?.value ?? null, r.record.fields.teachingArea?.value ?? null])];
  return gridOf(values, { sheet: "S", merges });
}

function join(rows: readonly RowRecord[], merges: readonly string[]): { out: RowRecord[]; issues: Issue[] } {
  const issues: Issue[] = [];
  return { out: joinSections(gridFor(rows, merges), rows, ROLES, issues), issues };
}

describe("schoolOfSection", () => {
  it.each([
    ["实验学校（小学部）", "实验学校"],
    ["实验学校(初中部)", "实验学校"],
    ["实验学校（小学）", "实验学校"],
    ["实验学校初中部", "实验学校"],
    ["实验学校", "实验学校"],
    ["城关小学", "城关小学"],
  ])("%p → %p", (name, school) => expect(schoolOfSection(name)).toBe(school));
});

describe("joinSections", () => {
  it("joins a pair whose value cell is merged over both rows into one record", () => {
    const rows = [section(1, "实验学校（小学部）", "primary", 600, 6000), section(2, "实验学校（初中部）", "junior", 400, null)];
    const { out, issues } = join(rows, ["C2:C3"]);
    expect(out).toHaveLength(1);
    expect(out[0]?.record).toMatchObject({ name: "实验学校", stage: null, type: "nine_year", fields: { teachingArea: { value: 6000, cell: "S!C2" } } });
    expect(out[0]?.nameCell).toBe("S!A2");
    expect(issues.map((i) => i.code)).toEqual(["read_sections_shared_merged"]);
  });

  it("keeps a 十二年一贯制 type", () => {
    const over = { type: "twelve_year" as const };
    const rows = [section(1, "一中（小学部）", "primary", 600, 6000, over), section(2, "一中（初中部）", "junior", 400, null, over)];
    expect(join(rows, ["C2:C3"]).out[0]?.record.type).toBe("twelve_year");
  });

  it("does not join rows that are not adjacent, not counted, of another county, of one stage, or under a merge of three rows", () => {
    const apart = [section(1, "实验学校（小学部）", "primary", 600, 6000), section(3, "实验学校（初中部）", "junior", 400, null)];
    expect(join(apart, ["C2:C4"]).out).toHaveLength(2);
    const campus = [section(1, "实验学校（小学部）", "primary", 600, 6000), section(2, "实验学校（初中部）", "junior", 400, null, { flags: { notCounted: true } })];
    expect(join(campus, ["C2:C3"]).out).toHaveLength(2);
    const counties = [section(1, "实验学校（小学部）", "primary", 600, 6000), section(2, "实验学校（初中部）", "junior", 400, null, { county: "乙县" })];
    expect(join(counties, ["C2:C3"]).out).toHaveLength(2);
    const same = [section(1, "实验学校", "primary", 600, 6000), section(2, "实验学校", "primary", 400, null)];
    expect(join(same, ["C2:C3"]).out).toHaveLength(2);
    const three = [section(1, "实验学校（小学部）", "primary", 600, 6000), section(2, "实验学校（初中部）", "junior", 400, null), section(3, "丁小学", "primary", 300, null)];
    const { out, issues } = join(three, ["C2:C4"]);
    expect(out).toHaveLength(3);
    expect(issues.map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params.rows ?? "")}`)).toEqual(["read_merged_across_rows S!C2 2, 3, 4"]);
  });

  it("reads one school alone and an empty list unchanged, with no issue", () => {
    const one = [section(1, "甲小学", "primary", 600, 6000)];
    expect(join(one, [])).toEqual({ out: one, issues: [] });
    expect(join([], [])).toEqual({ out: [], issues: [] });
  });
});
