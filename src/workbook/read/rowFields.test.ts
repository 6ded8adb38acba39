import { message } from "../../messages/catalogue";
import type { Issue } from "../../engine/types";
import type { ColumnRole, ColumnKey, Part } from "./keys";
import { rowFields, scopePlan, type FieldScope } from "./rowFields";
import { gridOf } from "./testing";
import type { CellValue } from "../types";

/** A role by hand (column 0-based), so the test does not depend on header matching. */
function role(column: number, key: ColumnKey, part: Part | null = null, stage: ColumnRole["stage"] = null): ColumnRole {
  return { column, key, stage, part, unitFactor: 1, header: String(key) };
}

const PRIMARY: FieldScope = { kind: "section", stage: "primary" };

/** Reads sheet row 2 (0-based 1) of a two-row grid whose first row is a dummy header. */
function readRow(cells: readonly CellValue[], roles: readonly ColumnRole[], scope: FieldScope = PRIMARY) {
  const issues: Issue[] = [];
  const grid = gridOf([cells.map(() => "h"), cells]);
  return { ...rowFields(grid, 1, roles, scope, issues), issues };
}

describe("rowFields: where a field without a value would be", () => {
  it("gives a blank 骨干教师 cell's address and leaves the field out", () => {
    // Columns A name, B students, C 骨干教师 (blank): the cell is 学校基本情况!C2.
    const r = readRow(["一小", 300, null], [role(1, "students"), role(2, "backboneTeachers")]);
    expect(r.fields.backboneTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ backboneTeachers: "学校基本情况!C2" });
    expect(r.issues).toEqual([]);
  });

  it("gives no entry for a field whose column the sheet does not have, nor for a field with a value", () => {
    const r = readRow(["一小", 300, 4], [role(1, "students"), role(2, "backboneTeachers")]);
    expect(r.blankCells).toEqual({});
    expect(r.fields.multimediaRooms).toBeUndefined();
  });

  it("points L1 summed from 研究生 + 本科 + 专科 at the first part when all parts are blank", () => {
    // Parts in columns C, D, E; all blank → C2.
    const roles = [role(1, "students"), role(2, "qualifiedTeachers", "graduate"), role(3, "qualifiedTeachers", "bachelor"), role(4, "qualifiedTeachers", "associate")];
    expect(readRow(["一小", 300, null, null, null], roles).blankCells).toEqual({ qualifiedTeachers: "学校基本情况!C2" });
    // One part given: the others are zeros left blank, the field has a value and no blank cell.
    const partly = readRow(["一小", 300, null, 20, null], roles);
    expect([partly.fields.qualifiedTeachers?.value, partly.blankCells]).toEqual([20, {}]);
  });

  it("points L3 at the unusable part when a subject cell cannot be read (its issue is there too)", () => {
    // 体育 C, 音乐 D (−1: unreadable), 美术 E.
    const roles = [role(1, "students"), role(2, "peArtTeachers", "pe"), role(3, "peArtTeachers", "music"), role(4, "peArtTeachers", "art")];
    const r = readRow(["一小", 300, 2, -1, 1], roles);
    expect(r.fields.peArtTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ peArtTeachers: "学校基本情况!D2" });
    expect(r.issues.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["read_negative 学校基本情况!D2"]);
  });

  it("gives an unreadable cell's address, the indoor one too, and keeps the areas beside it (the engine decides which need it)", () => {
    // 教学及辅助用房 B, 室内体育用房 C (#DIV/0!), 运动场地 D, 网络多媒体教室 E (#N/A).
    const roles = [role(1, "teachingArea"), role(2, "indoorSportsArea"), role(3, "sportsGroundArea"), role(4, "multimediaRooms")];
    const r = readRow(["一小", 3000, { error: "#DIV/0!" }, 5000, { error: "#N/A" }], roles);
    expect([r.fields.teachingArea?.value, r.fields.sportsGroundArea?.value, r.fields.indoorSportsArea]).toEqual([3000, 5000, undefined]);
    expect(r.blankCells).toEqual({ indoorSportsArea: "学校基本情况!C2", multimediaRooms: "学校基本情况!E2" });
    expect(r.issues.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["read_formula_error 学校基本情况!C2", "read_formula_error 学校基本情况!E2", "read_indoor_unreadable 学校基本情况!C2"]);
  });

  it("gives no cell for a blank indoor-sports cell (read as no indoor rooms), and no warning when no area stands beside it", () => {
    const roles = [role(1, "teachingArea"), role(2, "indoorSportsArea")];
    const r = readRow(["一小", 3000, null], roles);
    expect([r.blankCells, r.issues.map((i) => i.code)]).toEqual([{}, ["read_indoor_blank"]]);
    const alone = readRow(["一小", { error: "#N/A" }], [role(1, "indoorSportsArea")]);
    expect(alone.issues.map((i) => i.code)).toEqual(["read_formula_error"]);
  });

  it("keeps a stage's blank cells apart from the shared ones on a combined row", () => {
    // B 小学在校生 300, C 初中在校生 blank, D 教学及辅助用房 blank.
    const roles = [role(1, "students", null, "primary"), role(2, "students", null, "junior"), role(3, "teachingArea")];
    const cells = ["城关学校", 300, null, null];
    expect(readRow(cells, roles, { kind: "shared" }).blankCells).toEqual({ teachingArea: "学校基本情况!D2" });
    expect(readRow(cells, roles, { kind: "stage", stage: "junior" }).blankCells).toEqual({ students: "学校基本情况!C2" });
    expect(readRow(cells, roles, { kind: "stage", stage: "primary" }).blankCells).toEqual({});
  });
});

describe("rowFields: counts that are not whole numbers", () => {
  const codesAt = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.cell ?? ""}`);

  it("keeps 600.5 students and 12.5 PE teachers as written, with a warning at each cell", () => {
    // B students 600.5, C 体育艺术 12.5, D 教学及辅助用房 1234.5 m² (a measure: fractions are normal).
    const roles = [role(1, "students"), role(2, "peArtTeachers"), role(3, "teachingArea")];
    const r = readRow(["一小", 600.5, 12.5, 1234.5], roles);
    expect([r.fields.students?.value, r.fields.peArtTeachers?.value, r.fields.teachingArea?.value]).toEqual([600.5, 12.5, 1234.5]);
    expect(codesAt(r.issues)).toEqual(["read_count_not_whole 学校基本情况!B2", "read_count_not_whole 学校基本情况!C2"]);
    expect(r.issues[0]).toMatchObject({ severity: "warning", params: { header: "students", text: "600.5", value: 600.5 } });
    expect(r.issues[1]).toMatchObject({ severity: "warning", params: { text: "12.5", value: 12.5 } });
  });
});

describe("rowFields: a count under 1 or a percentage is a rate in a count's column (R2 of s46, finding 1)", () => {
  const codesAt = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.cell ?? ""}`);

  it("does not use 0.93 teachers (学历达标率 93% typed as 0.93): an error at the cell, the field left out with its cell, as an unreadable one", () => {
    // R2's wbB G14: 高于规定学历教师（人） = 0.93 beside 专任教师 30. Used, L1 was 0.93 teachers and the county asked for 21.
    const roles = [role(1, "students"), role(2, "teachers"), { ...role(3, "qualifiedTeachers"), header: "高于规定学历教师（人）" }];
    const r = readRow(["马集乡中学", 410, 30, 0.93], roles, { kind: "section", stage: "junior" });
    expect([r.fields.students?.value, r.fields.teachers?.value, r.fields.qualifiedTeachers]).toEqual([410, 30, undefined]);
    expect(r.blankCells).toEqual({ qualifiedTeachers: "学校基本情况!D2" });
    expect(codesAt(r.issues)).toEqual(["read_count_rate 学校基本情况!D2"]);
    const [issue] = r.issues;
    expect(issue).toMatchObject({ severity: "error", params: { header: "高于规定学历教师（人）", field: "qualifiedTeachers", text: "0.93", value: 0.93, percent: "93%" } });
    expect(issue && message(issue.code, issue.params, "zh")).toBe(
      "“高于规定学历教师（人）”是人数或间数，但值 0.93 小于 1，看来是比例或百分比（93%）填进了此列；此格未使用，该校需要它的指标不计算。请填写实际人数或间数（整数）后重新评估；如单元格显示为 93%，是设了百分比格式，请同时把格式改为“常规”",
    );
    expect(issue && message(issue.code, issue.params, "en")).toContain("but 0.93 is under 1: a rate or share (93%) seems to have been entered in this column. The cell was not used");
  });

  it("says the same of 22 typed in a cell formatted as a percentage (stored 0.22, shown 22%), of 0.075 and of text 0.5; the rooms and classes too", () => {
    const roles = [role(1, "students"), role(2, "teachers"), role(3, "multimediaRooms"), role(4, "classes")];
    const r = readRow(["一小", 0.22, 0.075, "0.5", 0.4], roles);
    expect(r.fields).toEqual({});
    expect(r.blankCells).toEqual({ students: "学校基本情况!B2", teachers: "学校基本情况!C2", multimediaRooms: "学校基本情况!D2", classes: "学校基本情况!E2" });
    // 0.22 × 100 is 22.000000000000004 in floating point; the cell shows 22%. 0.075 shows 7.5%. No read_number_as_text for the unused text 0.5.
    expect(codesAt(r.issues)).toEqual(["read_count_rate 学校基本情况!B2", "read_count_rate 学校基本情况!C2", "read_count_rate 学校基本情况!D2", "read_count_rate 学校基本情况!E2"]);
    expect(r.issues.map((i) => i.params.percent)).toEqual(["22%", "7.5%", "50%", "40%"]);
  });

  it("makes L1 summed from its parts missing when one part is 0.4 (never 0 for that part)", () => {
    // 专科 C 20, 本科 D 0.4: the sum is not made, the field points at D2.
    const roles = [role(1, "students"), role(2, "qualifiedTeachers", "associate"), role(3, "qualifiedTeachers", "bachelor")];
    const r = readRow(["一小", 300, 20, 0.4], roles);
    expect([r.fields.qualifiedTeachers, r.blankCells]).toEqual([undefined, { qualifiedTeachers: "学校基本情况!D2" }]);
  });

  it("calls a count typed as a percentage text (93%, ９３％) a rate, not a number it cannot read; an area of 93% stays read_not_a_number", () => {
    const roles = [role(1, "teachers"), role(2, "qualifiedTeachers"), role(3, "teachingArea")];
    const r = readRow(["一小", " 93% ", "９３％", "93%"], roles);
    expect(r.fields).toEqual({});
    expect(codesAt(r.issues)).toEqual(["read_count_percent 学校基本情况!B2", "read_count_percent 学校基本情况!C2", "read_not_a_number 学校基本情况!D2"]);
    const [issue] = r.issues;
    expect(issue?.params.text).toBe("93%");
    expect(issue && message(issue.code, issue.params, "zh")).toBe("“teachers”是人数或间数，但填的是百分数“93%”，看来是比例填进了此列；此格未使用，该校需要它的指标不计算。请填写实际人数或间数（整数）后重新评估");
  });

  it("keeps half a teacher shared with another school (走教, 0.5 PE teachers) with the share warning (R3 of s46); not 0.5 students", () => {
    const roles = [role(1, "students"), role(2, "peArtTeachers"), role(3, "teachers"), role(4, "classes")];
    const r = readRow(["教学点", 30, 0.5, 0.5, 0.5], roles);
    expect([r.fields.peArtTeachers?.value, r.fields.teachers?.value, r.fields.classes]).toEqual([0.5, 0.5, undefined]);
    expect(codesAt(r.issues)).toEqual(["read_count_share 学校基本情况!C2", "read_count_share 学校基本情况!D2", "read_count_rate 学校基本情况!E2"]);
  });

  it("keeps a third or a quarter of a PE / arts or backbone teacher shared among three or four schools (走教: 0.33, 0.333, 0.25), with the share warning (Q2 of s48: refused as rates)", () => {
    const roles = [role(1, "students"), role(2, "peArtTeachers"), role(3, "backboneTeachers")];
    for (const share of [0.33, 0.333, 0.25]) {
      const r = readRow(["杏花村教学点", 63, share, share], roles);
      expect([share, r.fields.peArtTeachers?.value, r.fields.backboneTeachers?.value, codesAt(r.issues)]).toEqual([share, share, share, ["read_count_share 学校基本情况!C2", "read_count_share 学校基本情况!D2"]]);
    }
  });

  it("refuses a third or a quarter of the whole staff or its 学历 / 证书 / 培训 counts: 0.333 专任, 0.33 学历, 0.25 证书, 0.33 培训 are rates (reviewer R2 of s48)", () => {
    const roles = [role(1, "students"), role(2, "teachers"), role(3, "qualifiedTeachers"), role(4, "certifiedTeachers"), role(5, "trainedTeachers")];
    const r = readRow(["杏花村教学点", 63, 0.333, 0.33, 0.25, 0.33], roles);
    expect(r.fields).toEqual({ students: expect.objectContaining({ value: 63 }) });
    expect(codesAt(r.issues)).toEqual(["read_count_rate 学校基本情况!C2", "read_count_rate 学校基本情况!D2", "read_count_rate 学校基本情况!E2", "read_count_rate 学校基本情况!F2"]);
  });

  it("says a share read is one, and what to do if it is a rate or a cell formatted as a percentage (33 typed, stored 0.33), in zh and en", () => {
    const [issue] = readRow(["杏花村教学点", 63, 0.33], [role(1, "students"), { ...role(2, "peArtTeachers"), header: "体育、艺术教师" }]).issues;
    expect(issue && message(issue.code, issue.params, "zh")).toBe(
      "“体育、艺术教师”是人数，值 0.33 不是整数，已按走教教师（一名教师由几所学校分担）在本校的份额读取为 0.33 人，请核对；如这是比例或百分比（33%），请改填实际人数（整数）后重新评估；如单元格显示为 33%，是设了百分比格式，请同时把格式改为“常规”",
    );
    expect(issue && message(issue.code, issue.params, "en")).toContain("read as 0.33, a teacher's share at this school of a teacher shared among schools (走教); please check. If it is a rate or percentage (33%)");
  });

  it("still refuses as a rate a fraction that is no half, third or quarter (0.34, 0.3, 0.2, 0.67), and a third of a room or a class", () => {
    const roles = [role(1, "students"), role(2, "peArtTeachers"), role(3, "backboneTeachers"), role(4, "teachers"), role(5, "qualifiedTeachers"), role(6, "multimediaRooms"), role(7, "classes")];
    const r = readRow(["教学点", 63, 0.34, 0.3, 0.2, 0.67, 0.33, 0.25], roles);
    expect(r.fields).toEqual({ students: expect.objectContaining({ value: 63 }) });
    expect(r.issues.map((i) => i.code)).toEqual(Array(6).fill("read_count_rate"));
  });

  it("keeps 0, 1, 1.5 and a fraction typed with its unit (0.5人) as before", () => {
    const roles = [role(1, "students"), role(2, "teachers"), role(3, "classes"), role(4, "backboneTeachers")];
    const r = readRow(["一小", 0, 1, 1.5, "0.5人"], roles);
    expect([r.fields.students?.value, r.fields.teachers?.value, r.fields.classes?.value, r.fields.backboneTeachers?.value]).toEqual([0, 1, 1.5, 0.5]);
    expect(r.issues.map((i) => i.code)).toEqual(["read_count_not_whole", "read_number_with_unit"]);
  });
});

describe("rowFields: counts that are not whole numbers, typed as text", () => {
  const codesAt = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.cell ?? ""}`);

  it("names the thousands separator for a count typed as `1.200`, read as 1.2", () => {
    const r = readRow(["一小", "1.200"], [role(1, "students")]);
    expect(r.fields.students?.value).toBeCloseTo(1.2, 12);
    expect(codesAt(r.issues)).toEqual(["read_number_as_text 学校基本情况!B2", "read_count_dot_thousands 学校基本情况!B2"]);
    expect(r.issues[1]).toMatchObject({ severity: "warning", params: { text: "1.200", value: 1.2 } });
  });

  it("says nothing of whole counts, whether typed as numbers, as text, full-width or with a comma, nor of 0 or a dash", () => {
    const roles = [role(1, "students"), role(2, "teachers"), role(3, "multimediaRooms"), role(4, "classes"), role(5, "backboneTeachers")];
    const r = readRow(["一小", "1,200", "６０", 0, 12.0, null], roles);
    expect([r.fields.students?.value, r.fields.teachers?.value, r.fields.multimediaRooms?.value, r.fields.classes?.value]).toEqual([1200, 60, 0, 12]);
    expect(r.issues.map((i) => i.code)).toEqual(["read_number_as_text", "read_number_as_text"]);
  });

  it("checks each part of a summed count, and a non-whole 1.5 that a text cell holds", () => {
    // L3 parts: 体育 C 1.5 (text), 音乐 D 1, 美术 E 2 → 4.5, one warning at C2.
    const roles = [role(1, "students"), role(2, "peArtTeachers", "pe"), role(3, "peArtTeachers", "music"), role(4, "peArtTeachers", "art")];
    const r = readRow(["一小", 300, "1.5", 1, 2], roles);
    expect(r.fields.peArtTeachers?.value).toBeCloseTo(4.5, 12);
    expect(codesAt(r.issues)).toEqual(["read_number_as_text 学校基本情况!C2", "read_count_not_whole 学校基本情况!C2"]);
  });
});

describe("scopePlan", () => {
  const roles = [role(1, "students"), role(2, "students", null, "primary")];

  it("plans each scope once per roles array: the same plan for every row", () => {
    expect(scopePlan(roles, { kind: "shared" })).toBe(scopePlan(roles, { kind: "shared" }));
    expect(scopePlan(roles, { kind: "stage", stage: "primary" })).not.toBe(scopePlan(roles, { kind: "stage", stage: "junior" }));
  });

  it("takes a stage's own column before the one without a stage, and leaves out fields the scope has no column for", () => {
    expect(scopePlan(roles, { kind: "section", stage: "primary" }).map((p) => [p.key, p.byPart.get(null)?.column])).toEqual([["students", 2]]);
    expect(scopePlan(roles, { kind: "section", stage: "junior" }).map((p) => [p.key, p.byPart.get(null)?.column])).toEqual([["students", 1]]);
    expect(scopePlan(roles, { kind: "stage", stage: "junior" })).toEqual([]);
  });
});
