import type { Issue } from "../../engine/types";
import type { CellValue } from "../types";
import { groupSchools } from "../../engine/guarantee/schoolGroups";
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { message } from "../../messages/catalogue";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";

/**
 * A combined school whose name is one cell merged over its 小学 row and its 初中 row (示例县实验学校
 * in B27:B28 of a tester's copy of the sample): the two stages of ONE school, read as its
 * （小学部） / （初中部） rows are (README: combined schools come as 小学部 / 初中部 rows; rules.md §4
 * item 4: a 九年一贯制 school's size is the whole school's).
 */
type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–I. */
const HEAD: readonly CellValue[] = ["学校名称", "学校类型", "学段", "在校生数", "班级数", "音乐专用教室", "音乐专用教室达标数", "美术专用教室", "美术专用教室达标数"];
const JIA: readonly CellValue[] = ["甲小学", "小学", "小学", 900, 20, 2, 2, 2, 2];
const YI: readonly CellValue[] = ["乙中学", "初级中学", "初中", 1000, 22, 2, 2, 2, 2];

/** 实验学校 on sheet rows 4 and 5: 1500 + 1200 students, 29 + 18 classes, 3 + 2 rooms of each kind, all compliant. */
function school(primaryName: CellValue, juniorName: CellValue): CellValue[][] {
  return [
    [primaryName, "九年一贯制学校", "小学", 1500, 29, 3, 3, 3, 3],
    [juniorName, "九年一贯制学校", "初中", 1200, 18, 2, 2, 2, 2],
  ];
}

const MERGED_ROWS = [HEAD, JIA, YI, ...school("实验学校", null)];
const NAMED_ROWS = [HEAD, JIA, YI, ...school("实验学校（小学部）", "实验学校（初中部）")];

async function read(rows: readonly (readonly CellValue[])[], merges: readonly string[] = []): Promise<Ok> {
  return readGridsOk([gridOf(rows, { sheet: "S", merges })]);
}

function withCode(issues: readonly Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

describe("joinSections: a name merged over a 小学 row and an 初中 row", () => {
  it("reads the rows as the two sections of one school, as （小学部）/（初中部） rows are", async () => {
    const result = await read(MERGED_ROWS, ["A4:A5"]);
    expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.value])).toEqual([
      ["甲小学", "primary", 900],
      ["乙中学", "junior", 1000],
      ["实验学校（小学部）", "primary", 1500],
      ["实验学校（初中部）", "junior", 1200],
    ]);
    // One school of two rows for the per-school checks: 甲小学, 乙中学, 实验学校 (rows 3 and 4 of the list).
    expect(groupSchools(result.input.records).map((g) => [g.name, g.indexes])).toEqual([
      ["甲小学", [0]],
      ["乙中学", [1]],
      ["实验学校", [2, 3]],
    ]);
  });

  it("says so at the merged name cell, in both languages", async () => {
    const result = await read(MERGED_ROWS, ["A4:A5"]);
    const said = withCode(result.issues, "read_sections_name_merged");
    expect(said).toEqual([{ code: "read_sections_name_merged", severity: "info", cell: "S!A4", params: { name: "实验学校", rows: "4–5" } }]);
    const [issue] = said as [Issue];
    expect(message(issue.code, issue.params, "zh")).toContain("实验学校（小学部）");
    expect(message(issue.code, issue.params, "en")).toContain("rows 4–5");
  });

  it("reads the named rows as before, with no such note", async () => {
    const result = await read(NAMED_ROWS);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学", "实验学校（小学部）", "实验学校（初中部）"]);
    expect(withCode(result.issues, "read_sections_name_merged")).toEqual([]);
  });

  it("still joins the rows into one whole-school record when a shared value is merged too (name without suffix)", async () => {
    const rows = [HEAD, JIA, ["实验学校", "九年一贯制学校", "小学", 1500, 29, 3, 3, 3, 3], [null, "九年一贯制学校", "初中", 1200, 18, 2, 2, null, null]];
    const result = await read(rows, ["A3:A4", "H3:H4", "I3:I4"]);
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["甲小学", "primary"],
      ["实验学校", null],
    ]);
    expect(withCode(result.issues, "read_sections_name_merged")).toEqual([]);
  });
});

describe("a name merged over rows that are not one school's two stages", () => {
  it("two rows of the same stage (no 校区 column): the second is a duplicate, an error at its name cell, as before", async () => {
    const rows = [HEAD, JIA, ["实验学校", "九年一贯制学校", "小学", 1500, 29, 3, 3, 3, 3], [null, "九年一贯制学校", "小学", 1200, 18, 2, 2, 2, 2]];
    const result = await read(rows, ["A3:A4"]);
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["甲小学", "primary"],
      ["实验学校", "primary"],
    ]);
    expect(withCode(result.issues, "read_duplicate_school").map((i) => [i.severity, i.cell])).toEqual([["error", "S!A4"]]);
    expect(withCode(result.issues, "read_sections_name_merged")).toEqual([]);
  });

  it("three rows 小学 / 初中 / 初中: not taken for one school's stages; a warning at the name cell, the third row a duplicate", async () => {
    const rows = [HEAD, ...school("实验学校", null), [null, "九年一贯制学校", "初中", 300, 6, 1, 1, 1, 1]];
    const result = await read(rows, ["A2:A4"]);
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["实验学校", "primary"],
      ["实验学校", "junior"],
    ]);
    expect(withCode(result.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A4"]);
    expect(withCode(result.issues, "read_name_merged_not_sections")).toEqual([
      { code: "read_name_merged_not_sections", severity: "warning", cell: "S!A2", params: { name: "实验学校", rows: "2–4" } },
    ]);
  });
});

describe("guarantee items for a combined school whose name is merged (end to end)", () => {
  const profile = builtInProfile("national-2017");

  async function county(rows: readonly (readonly CellValue[])[], merges: readonly string[] = []) {
    const result = await read(rows, merges);
    const evaluation = evaluate(result.input, profile);
    const only = evaluation.counties[0];
    if (only === undefined) throw new Error("no county evaluated");
    return only;
  }

  function item(c: Awaited<ReturnType<typeof county>>, code: string) {
    const found = c.items.find((i) => i.code === code);
    return found === undefined ? undefined : { verdict: found.verdict, figure: found.figure, failing: found.failingSchools, cells: found.cells, parts: found.parts };
  }

  it("G4 fails the whole school (1500 + 1200 = 2700 > 2500), with the merged name as with the named rows", async () => {
    const [merged, named] = await Promise.all([county(MERGED_ROWS, ["A4:A5"]), county(NAMED_ROWS)]);
    // Three schools: 甲小学 900 ≤ 2000, 乙中学 1000 ≤ 2000, 实验学校 (九年一贯制) 2700 > 2500: one failing, 200 over.
    const g4 = { verdict: "not_met", figure: 1, failing: ["实验学校"], cells: ["S!D4", "S!D5"], parts: { schools_checked: 3, schools_failing: 1, schools_unknown: 0 } };
    expect(item(named, "G4")).toEqual(g4);
    expect(item(merged, "G4")).toEqual(g4);
    const size = (c: typeof merged) => c.schoolGuarantee.map((g) => [g.name, g.type, g.sizeCap, g.studentsOverCap]);
    expect(size(merged)).toEqual([
      ["甲小学", "primary", 2000, 0],
      ["乙中学", "junior", 2000, 0],
      ["实验学校", "nine_year", 2500, 200],
    ]);
    expect(merged.schoolGuarantee).toEqual(named.schoolGuarantee);
  });

  it("G3 counts the rooms the whole school needs: ceil((29 + 18) / 12) = 4 of each kind, 3 + 2 = 5 compliant", async () => {
    const merged = await county(MERGED_ROWS, ["A4:A5"]);
    const rooms = merged.schoolGuarantee.find((g) => g.name === "实验学校");
    expect([rooms?.musicRoomsNeeded, rooms?.musicRoomsCompliant, rooms?.artRoomsNeeded, rooms?.artRoomsCompliant]).toEqual([4, 5, 4, 5]);
    expect(item(merged, "G3")).toMatchObject({ verdict: "met", parts: { schools_checked: 3, schools_failing: 0 } });
    const named = await county(NAMED_ROWS);
    for (const code of ["G3", "G4", "G5"]) expect(item(merged, code)).toEqual(item(named, code));
  });
});

describe("a bare name typed again on a combined school's 小学 and 初中 rows", () => {
  const REPEATED_ROWS = [HEAD, JIA, YI, ...school("实验学校", "实验学校")];
  const profile = builtInProfile("national-2017");

  it("reads the rows as the two sections of one school, with a note at the first name cell", async () => {
    const result = await read(REPEATED_ROWS);
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["甲小学", "primary"],
      ["乙中学", "junior"],
      ["实验学校（小学部）", "primary"],
      ["实验学校（初中部）", "junior"],
    ]);
    expect(withCode(result.issues, "read_sections_name_repeated")).toEqual([{ code: "read_sections_name_repeated", severity: "info", cell: "S!A4", params: { name: "实验学校", rows: "4–5" } }]);
    expect(message("read_sections_name_repeated", { name: "实验学校", rows: "4–5" }, "en")).toContain("rows 4–5");
  });

  it("fails G4 for the whole school (1500 + 1200 = 2700 > 2500), as the named rows do", async () => {
    const [repeated, named] = await Promise.all([read(REPEATED_ROWS), read(NAMED_ROWS)]);
    const [r, n] = [evaluate(repeated.input, profile).counties[0], evaluate(named.input, profile).counties[0]];
    const g4 = r?.items.find((i) => i.code === "G4");
    // 甲小学 900 ≤ 2000, 乙中学 1000 ≤ 2000, 实验学校 2700 > 2500: 3 schools checked, 1 failing.
    expect([g4?.verdict, g4?.failingSchools, g4?.parts]).toEqual(["not_met", ["实验学校"], { schools_checked: 3, schools_failing: 1, schools_unknown: 0 }]);
    expect(r?.schoolGuarantee).toEqual(n?.schoolGuarantee);
  });

  it("leaves two rows of one name and one stage alone (a duplicate, not two stages), and names with a suffix as they are", async () => {
    const same = await read([HEAD, JIA, ["实验学校", "九年一贯制学校", "小学", 1500, 29, 3, 3, 3, 3], ["实验学校", "九年一贯制学校", "小学", 1200, 18, 2, 2, 2, 2]]);
    expect(withCode(same.issues, "read_sections_name_repeated")).toEqual([]);
    const named = await read(NAMED_ROWS);
    expect(withCode(named.issues, "read_sections_name_repeated")).toEqual([]);
  });
});
