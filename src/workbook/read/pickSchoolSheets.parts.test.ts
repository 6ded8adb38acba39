import { readGridsOk, issuesWith, type ReadOk } from "./testing";
import { JUNIOR, POINTS, PRIMARY, schoolSheet } from "./testingSheets";

/** Name, stage, type and the cell of the students, for each record read. */
function rows(result: ReadOk): (string | null | number | undefined)[][] {
  return result.input.records.map((r) => [r.name, r.stage, r.type, r.fields.students?.cell]);
}

describe("readWorkbook: a 教学点 (or 村小, 特殊教育学校) sheet beside the school sheets", () => {
  it("reads a 教学点 sheet beside 学校 (before: 教学点 only named, its teaching points lost), each record at its own cell", async () => {
    const result = await readGridsOk([schoolSheet("学校", [...PRIMARY, ...JUNIOR]), schoolSheet("教学点", POINTS)]);
    expect(rows(result)).toEqual([
      ["甲小学", "primary", "primary", "学校!C2"],
      ["乙小学", "primary", "primary", "学校!C3"],
      ["甲中学", "junior", "junior", "学校!C4"],
      ["乙中学", "junior", "junior", "学校!C5"],
      ["杏花村教学点", "primary", "teaching_point", "教学点!C2"],
    ]);
    expect(issuesWith(result.issues, "read_sheet_part").map((i) => [i.cell, i.params.count])).toEqual([
      ["学校!A1", 4],
      ["教学点!A1", 1],
    ]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("reads a row stating no type on a 教学点 sheet as a 教学点 (primary), on a 村小及教学点 sheet as primary", async () => {
    const points = await readGridsOk([schoolSheet("学校", [...PRIMARY, ...JUNIOR]), schoolSheet("教学点", [["石门点", null, 55, 3, 200]])]);
    expect(rows(points)[4]).toEqual(["石门点", "primary", "teaching_point", "教学点!C2"]);
    const mixed = await readGridsOk([schoolSheet("学校", [...PRIMARY, ...JUNIOR]), schoolSheet("村小及教学点", [["石门点", null, 55, 3, 200]])]);
    expect(rows(mixed)[4]).toEqual(["石门点", "primary", "primary", "村小及教学点!C2"]);
  });

  it("reads 小学, 初中 and a third sheet (教学点, 村小及教学点) together (before: 小学 alone, the whole 初中 stage lost)", async () => {
    for (const third of ["教学点", "村小及教学点"]) {
      const result = await readGridsOk([schoolSheet("小学", PRIMARY), schoolSheet("初中", JUNIOR), schoolSheet(third, POINTS)]);
      expect(result.input.records.map((r) => [r.name, r.stage, r.source?.sheet])).toEqual([
        ["甲小学", "primary", "小学"],
        ["乙小学", "primary", "小学"],
        ["甲中学", "junior", "初中"],
        ["乙中学", "junior", "初中"],
        ["杏花村教学点", "primary", third],
      ]);
      expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
    }
  });

  it("reads a 特殊教育学校 sheet beside 小学 and 初中 without losing 初中; its schools keep their type (out of scope by type, rules.md §2)", async () => {
    const result = await readGridsOk([schoolSheet("小学", PRIMARY), schoolSheet("初中", JUNIOR), schoolSheet("特殊教育学校", [["县启智学校", "特殊教育学校", 80, 20, 1500]])]);
    expect(result.input.records.map((r) => [r.name, r.type, r.source?.sheet])).toEqual([
      ["甲小学", "primary", "小学"],
      ["乙小学", "primary", "小学"],
      ["甲中学", "junior", "初中"],
      ["乙中学", "junior", "初中"],
      ["县启智学校", "special", "特殊教育学校"],
    ]);
  });

  it("still reads a 学校 sheet alone beside a copy of it (教学点 repeating its schools), naming the copy", async () => {
    const result = await readGridsOk([schoolSheet("学校", [...PRIMARY, ...POINTS]), schoolSheet("教学点", POINTS)]);
    expect(new Set(result.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["学校"]));
    expect(issuesWith(result.issues, "read_other_school_sheets").map((i) => i.params.others)).toEqual(["教学点"]);
  });

  it("reads one school alone on its sheet (edge case: one school in all)", async () => {
    const result = await readGridsOk([schoolSheet("学校", [PRIMARY[0] ?? []]), schoolSheet("村小", [["河口村小", null, 40, 3, 150]])]);
    expect(rows(result)).toEqual([
      ["甲小学", "primary", "primary", "学校!C2"],
      ["河口村小", "primary", "primary", "村小!C2"],
    ]);
  });
});
