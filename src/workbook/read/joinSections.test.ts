import type { Fields, Issue, SchoolRecord, SchoolType, Stage } from "../../engine/types";
import type { ColumnRole, ColumnKey } from "./keys";
import { joinSections } from "./joinSections";
import { schoolOfSection } from "./rowParts";
import type { RowRecord } from "./readSchoolRows";
import { gridOf, sourceOf } from "./testing";
import { readWorkbook } from "./readWorkbook";
import { recordSections } from "../../engine/recordSections";
import { builtInProfile } from "../../profiles/resolveProfile";

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
    expect(issues.map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params.rows ?? "")}`)).toEqual(["read_merged_across_rows S!C2 2–4"]);
  });

  it("reads one school alone and an empty list unchanged, with no issue", () => {
    const one = [section(1, "甲小学", "primary", 600, 6000)];
    expect(join(one, [])).toEqual({ out: one, issues: [] });
    expect(join([], [])).toEqual({ out: [], issues: [] });
  });
});

describe("joinSections: a whole-school total typed on both section rows (not merged)", () => {
  /** Columns A–F: name, type, 学段, students, 教学及辅助用房, 设备（万元）, 多媒体教室. */
  const HEAD = ["学校名称", "学校类型", "学段", "在校生数", "教学及辅助用房面积（㎡）", "教学仪器设备值（万元）", "网络多媒体教室（间）"];

  async function readRows(rows: readonly (readonly (string | number | null)[])[]) {
    const result = await readWorkbook(sourceOf([gridOf([HEAD, ...rows], { sheet: "S" })]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result;
  }

  it("reads the repeated totals once, as the whole school's, split by weighted students (rules.md §2, 1 : 1.1)", async () => {
    const result = await readRows([
      ["河口学校", "九年一贯制学校", "小学", 400, 3500, 120, 16],
      ["河口学校", "九年一贯制学校", "初中", 300, 3500, 120, 16],
    ]);
    const [school] = result.input.records;
    expect(result.input.records).toHaveLength(1);
    expect(school).toMatchObject({ name: "河口学校", stage: null, type: "nine_year" });
    const [primary, junior] = recordSections(school as SchoolRecord, builtInProfile("national-2017"));
    // Weighted students 400 + 1.1 × 300 = 730; primary share 400 / 730, junior 330 / 730.
    // L4 primary: 3500 × 400 / 730 / 400 = 4.794520547945205; L6 primary: 1 200 000 × 400 / 730 / 400 = 1643.8356164383563;
    // L6 junior: 1 200 000 × 330 / 730 / 300 = 1808.2191780821918 (b3's one-row form gives 4.79, 1644, 1808).
    expect((primary?.fields.teachingArea?.value ?? NaN) / 400).toBeCloseTo(4.794520547945205, 9);
    expect((primary?.fields.equipmentValue?.value ?? NaN) / 400).toBeCloseTo(1643.8356164383563, 6);
    expect((junior?.fields.equipmentValue?.value ?? NaN) / 300).toBeCloseTo(1808.2191780821918, 6);
    // 16 rooms: 16 × 330 / 730 = 7.232876712328767.
    expect(junior?.fields.multimediaRooms?.value).toBeCloseTo(7.232876712328767, 9);
    expect([primary?.fields.students?.value, junior?.fields.students?.value]).toEqual([400, 300]);
    const warned = result.issues.filter((i) => i.code === "read_sections_shared_repeated");
    expect(warned.map((i) => i.cell)).toEqual(["S!E3", "S!F3", "S!G3"]);
    expect(warned[1]?.params).toEqual({ name: "河口学校", header: "教学仪器设备值（万元）", value: "120", otherCell: "S!F2" });
  });

  it("keeps the rows as sections when another shared value differs, warning at each repeated cell", async () => {
    const result = await readRows([
      ["河口学校", "九年一贯制学校", "小学", 400, 3500, 120, 10],
      ["河口学校", "九年一贯制学校", "初中", 300, 2000, 120, 6],
    ]);
    expect(result.input.records.map((r) => [r.stage, r.fields.equipmentValue?.value])).toEqual([
      ["primary", 1200000],
      ["junior", 1200000],
    ]);
    expect(result.issues.filter((i) => i.code.startsWith("read_sections_shared")).map((i) => [i.code, i.cell])).toEqual([["read_sections_shared_repeated_partly", "S!F3"]]);
  });

  it("says nothing of a room count alike on both rows beside other shared values that differ (5 multimedia rooms each is as likely their own)", async () => {
    const result = await readRows([
      ["河口学校", "九年一贯制学校", "小学", 400, 3500, 120, 5],
      ["河口学校", "九年一贯制学校", "初中", 300, 2000, 90, 5],
    ]);
    expect(result.issues.filter((i) => i.code.startsWith("read_sections_shared"))).toEqual([]);
  });

  it("does not take equal zeros, or different values, for a repeated total", async () => {
    const result = await readRows([
      ["河口学校", "九年一贯制学校", "小学", 400, 2000, 0, 0],
      ["河口学校", "九年一贯制学校", "初中", 300, 1500, 0, 0],
    ]);
    expect(result.input.records.map((r) => r.stage)).toEqual(["primary", "junior"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_sections_shared"))).toEqual([]);
  });

  it("leaves two different schools with the same totals alone", async () => {
    const result = await readRows([
      ["甲小学", "小学", "小学", 400, 3500, 120, 16],
      ["乙中学", "初级中学", "初中", 300, 3500, 120, 16],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_sections_shared"))).toEqual([]);
  });
});
