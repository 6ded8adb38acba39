import { evaluate } from "../../engine/evaluate";
import type { SectionResult } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

/**
 * A 完全中学 / 十二年一贯制 with its 高中部 written as a row of its own (U3b) or as a 高中 line under
 * the whole school's row (U3c): the senior students weigh in the split of the shared resources
 * (rules.md §2 "Combined schools": 完全中学 junior : senior = 1 : 1.2; 十二年一贯制 1 : 1.1 : 1.32),
 * and the senior part is never a section.
 */

/** Columns A–N: name, type, students, teachers, 专科+, 本科+, backbone, PE, music, art, then the shared K 教学及辅助用房, L 体育场馆, M 设备（元）, N 多媒体教室. */
const HEAD = ["学校名称", "办学类型", "在校生数（人）", "专任教师数（人）", "专科及以上学历教师数（人）", "本科及以上学历教师数（人）", "县级及以上骨干教师数（人）", "体育教师（人）", "音乐教师（人）", "美术教师（人）", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室（间）"];
const JUNIOR: readonly CellValue[] = [800, 60, 55, 50, 9, 3, 3, 2];
const SENIOR: readonly CellValue[] = [700, 60, 58, 56, 6, 3, 2, 2];
const SHARED: readonly CellValue[] = [10000, 16000, 4000000, 35];
const NONE: readonly CellValue[] = [null, null, null, null];
const MERGED = ["K2:K3", "L2:L3", "M2:M3", "N2:N3"];

async function read(rows: readonly (readonly CellValue[])[], merges: readonly string[] = []) {
  const result = await readWorkbook(sourceOf([gridOf([HEAD, ...rows], { sheet: "S", merges })]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

type Input = Parameters<typeof evaluate>[0];

function sectionsOf(input: Input): SectionResult[] {
  return evaluate(input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
}

function juniorOf(input: Input, name: string): SectionResult | undefined {
  return sectionsOf(input).find((s) => s.name === name && s.stage === "junior");
}

/**
 * 清溪第二中学, 800 junior and 700 senior students, shared 10 000 m², 16 000 m², 4 000 000 yuan, 35 rooms.
 * Weighted students 800 + 1.2 × 700 = 1640; junior share 800 ÷ 1640 = 0.4878048780487805.
 * L4 = 10 000 × 800/1640 ÷ 800 = 10 000 ÷ 1640 = 6.097560975609756 (≥ 5.8, met)
 * L5 = 16 000 ÷ 1640 = 9.75609756097561 (< 10.2, ≥ 8.67)
 * L6 = 4 000 000 ÷ 1640 = 2439.0243902439024 (< 2500, ≥ 2125)
 * L7 = 35 ÷ 1640 × 100 = 2.1341463414634148 (< 2.4, ≥ 2.04)
 * L1 = 50 ÷ 800 × 100 = 6.25, L2 = 9 ÷ 800 × 100 = 1.125, L3 = (3 + 3 + 2) ÷ 800 × 100 = 1: met.
 * Three indicators below standard: 4 met, fails (at most one may be below, rules.md §2).
 */
function expectCompleteMiddleFails(junior: SectionResult | undefined): void {
  expect(junior?.students).toBe(800);
  expect(junior?.indicators.L4?.value).toBeCloseTo(6.097560975609756, 12);
  expect(junior?.indicators.L5?.value).toBeCloseTo(9.75609756097561, 12);
  expect(junior?.indicators.L6?.value).toBeCloseTo(2439.0243902439024, 9);
  expect(junior?.indicators.L7?.value).toBeCloseTo(2.1341463414634148, 12);
  expect(junior?.indicators.L1?.value).toBeCloseTo(6.25, 12);
  expect(junior?.metCount).toBe(4);
  expect(junior?.pass).toBe(false);
}

describe("a 完全中学's 初中部 / 高中部 rows with the whole school's cells merged over both (U3b)", () => {
  it("reads one whole school: the 高中部 row's students are its seniorStudents, the merged cells its shared fields", async () => {
    const result = await read([["清溪第二中学（初中部）", "完全中学", ...JUNIOR, ...SHARED], ["清溪第二中学（高中部）", "完全中学", ...SENIOR, ...NONE]], MERGED);
    expect(result.input.records).toHaveLength(1);
    const [school] = result.input.records;
    expect(school).toMatchObject({
      name: "清溪第二中学",
      type: "complete_middle",
      stage: null,
      fields: { seniorStudents: { value: 700, cell: "S!C3" }, teachingArea: { value: 10000, cell: "S!K2" }, sportsTotalArea: { value: 16000, cell: "S!L2" }, equipmentValue: { value: 4000000, cell: "S!M2" }, multimediaRooms: { value: 35, cell: "S!N2" } },
      stageFields: { junior: { students: { value: 800, cell: "S!C2" }, backboneTeachers: { value: 9, cell: "S!G2" } } },
    });
    expect(school?.stageFields?.primary).toBeUndefined();
    const codes = result.issues.map((i) => i.code);
    expect(codes).not.toContain("read_merged_across_rows");
    expect(codes).toContain("read_parts_shared_merged");
    expect(result.issues.find((i) => i.code === "read_senior_part")).toMatchObject({ cell: "S!A3", params: { name: "清溪第二中学", students: 700 } });
    expectCompleteMiddleFails(juniorOf(result.input, "清溪第二中学"));
  });

  it("reads the senior students stored as text the same", async () => {
    const result = await read([["清溪第二中学（初中部）", "完全中学", ...JUNIOR, ...SHARED], ["清溪第二中学（高中部）", "完全中学", "700", ...SENIOR.slice(1), ...NONE]], MERGED);
    expect(result.input.records[0]?.fields.seniorStudents).toEqual({ value: 700, cell: "S!C3" });
    expectCompleteMiddleFails(juniorOf(result.input, "清溪第二中学"));
  });

  it("leaves a blank merged shared cell missing for the whole school, at its cell, and splits the others", async () => {
    const result = await read([["清溪第二中学（初中部）", "完全中学", ...JUNIOR, 10000, 16000, 4000000, null], ["清溪第二中学（高中部）", "完全中学", ...SENIOR, ...NONE]], MERGED);
    const [school] = result.input.records;
    expect(school?.fields.multimediaRooms).toBeUndefined();
    expect(school?.blankCells?.multimediaRooms).toBe("S!N2");
    const junior = juniorOf(result.input, "清溪第二中学");
    expect(junior?.indicators.L4?.value).toBeCloseTo(6.097560975609756, 12);
    expect(junior?.indicators.L7?.value ?? null).toBeNull();
  });

  it("keeps the 初中部 row as the junior section with its own resources when the 高中部 row gives its own (unmerged, different): the 高中部 is left out", async () => {
    const result = await read([
      ["清溪第二中学（初中部）", "完全中学", ...JUNIOR, 6000, 9000, 2000000, 20],
      ["清溪第二中学（高中部）", "完全中学", ...SENIOR, 4000, 7000, 2000000, 15],
    ]);
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([["清溪第二中学（初中部）", "junior"]]);
    // Before (tester tS finding 4): a read_senior_part_alone warning, though each row gives its own values and nothing was to be merged.
    expect(result.issues.filter((i) => /^read_senior_part/.test(i.code))).toEqual([{ code: "read_senior_part_own_values", severity: "info", cell: "S!A3", params: { name: "清溪第二中学（高中部）" } }]);
    // L4 = 6000 ÷ 800 = 7.5; L7 = 20 ÷ 800 × 100 = 2.5: its own numbers, unsplit.
    const junior = juniorOf(result.input, "清溪第二中学（初中部）");
    expect(junior?.indicators.L4?.value).toBeCloseTo(7.5, 12);
    expect(junior?.indicators.L7?.value).toBeCloseTo(2.5, 12);
  });

  it("reads a 学段 column saying 高中 as the senior part too (one name on both rows)", async () => {
    const head = ["学校名称", "办学类型", "学段", ...HEAD.slice(2)];
    const grid = gridOf([head, ["清溪第二中学", "完全中学", "初中", ...JUNIOR, ...SHARED], ["清溪第二中学", "完全中学", "高中", ...SENIOR, ...NONE]], { sheet: "S", merges: ["L2:L3", "M2:M3", "N2:N3", "O2:O3"] });
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input.records).toHaveLength(1);
    expect(result.input.records[0]).toMatchObject({ type: "complete_middle", stage: null, fields: { seniorStudents: { value: 700, cell: "S!D3" } } });
    expectCompleteMiddleFails(juniorOf(result.input, "清溪第二中学"));
  });

  it("joins a 十二年一贯制's 小学部 / 初中部 / 高中部 rows under cells merged over all three (1 : 1.1 : 1.32)", async () => {
    const rows = [
      ["一中（小学部）", "十二年一贯制学校", 600, 36, 30, 24, 7, 3, 2, 1, 12000, 20000, 3000000, 30],
      ["一中（初中部）", "十二年一贯制学校", 450, 36, 32, 28, 5, 2, 2, 1, ...NONE],
      ["一中（高中部）", "十二年一贯制学校", 300, 30, 30, 30, 3, 2, 1, 1, ...NONE],
    ];
    const result = await read(rows, ["K2:K4", "L2:L4", "M2:M4", "N2:N4"]);
    expect(result.input.records).toHaveLength(1);
    expect(result.input.records[0]).toMatchObject({ name: "一中", type: "twelve_year", stage: null, fields: { seniorStudents: { value: 300, cell: "S!C4" } } });
    expect(result.issues.map((i) => i.code)).not.toContain("read_merged_across_rows");
    const sections = sectionsOf(result.input);
    // Weighted students 600 + 1.1 × 450 + 1.32 × 300 = 600 + 495 + 396 = 1491.
    // Primary L4 = 12 000 × 600/1491 ÷ 600 = 12 000 ÷ 1491 = 8.048289738430583; junior 12 000 × 1.1 ÷ 1491 = 8.853118712273642.
    expect(sections.map((s) => s.stage)).toEqual(["primary", "junior"]);
    expect(sections[0]?.indicators.L4?.value).toBeCloseTo(8.048289738430583, 12);
    expect(sections[1]?.indicators.L4?.value).toBeCloseTo(8.853118712273642, 12);
  });
});

describe("a 完全中学's whole-school row with 初中 / 高中 lines under it (U3c)", () => {
  const WHOLE: readonly CellValue[] = [1500, 120, 113, 106, 15, 6, 5, 4];

  it("reads the 初中 line as the junior section, the 高中 line's students as seniorStudents: no school named 高中", async () => {
    const result = await read([["清溪第二中学", "完全中学", ...WHOLE, ...SHARED], ["初中", null, ...JUNIOR, ...NONE], ["高中", null, ...SENIOR, ...NONE]]);
    expect(result.input.records).toHaveLength(1);
    expect(result.input.records[0]).toMatchObject({
      name: "清溪第二中学",
      type: "complete_middle",
      stage: null,
      fields: { seniorStudents: { value: 700, cell: "S!C4" }, teachingArea: { value: 10000, cell: "S!K2" } },
      stageFields: { junior: { students: { value: 800, cell: "S!C3" } } },
    });
    const codes = result.issues.map((i) => i.code);
    expect(codes).not.toContain("read_type_unknown_blank");
    expect(codes).not.toContain("read_total_row");
    expect(result.issues.find((i) => i.code === "read_senior_part")).toMatchObject({ cell: "S!A4", params: { text: "高中", name: "清溪第二中学", students: 700 } });
    expectCompleteMiddleFails(juniorOf(result.input, "清溪第二中学"));
  });

  it.each([
    ["其中：初中", "其中：高中"],
    ["初中部", "高中部"],
    ["（其中）初中", "（其中）高中"],
    ["其中初中", "其中高中"],
  ])("reads %p / %p lines as the 初中 / 高中 lines: the junior section and the senior students (1 : 1.2)", async (j, s) => {
    const result = await read([["清溪第二中学", "完全中学", ...WHOLE, ...SHARED], [j, null, ...JUNIOR, ...NONE], [s, null, ...SENIOR, ...NONE]]);
    // Every spelling names a part of the 完全中学 above: none is a total row or a school of its own.
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([["清溪第二中学", null]]);
    expect(result.input.records[0]?.fields.seniorStudents).toEqual({ value: 700, cell: "S!C4" });
    expect(result.input.records[0]?.stageFields?.junior?.students).toEqual({ value: 800, cell: "S!C3" });
    expect(result.issues.map((i) => i.code)).not.toContain("read_total_row");
    expect(result.issues.find((i) => i.code === "read_senior_part")).toMatchObject({ cell: "S!A4", params: { text: s, name: "清溪第二中学", students: 700 } });
    expectCompleteMiddleFails(juniorOf(result.input, "清溪第二中学"));
  });

  it.each(["", "其中："])("reads a 十二年一贯制 row with %s小学 / 初中 / 高中 lines (students 600 + 450 + 300 = 1350; weighted 600 + 1.1 × 450 + 1.32 × 300 = 1491)", async (prefix) => {
    const result = await read([
      ["一中", "十二年一贯制学校", 1350, 102, 92, 82, 15, 7, 5, 3, 12000, 20000, 3000000, 30],
      [`${prefix}小学`, null, 600, 36, 30, 24, 7, 3, 2, 1, ...NONE],
      [`${prefix}初中`, null, 450, 36, 32, 28, 5, 2, 2, 1, ...NONE],
      [`${prefix}高中`, null, 300, 30, 30, 30, 3, 2, 1, 1, ...NONE],
    ]);
    expect(result.input.records).toHaveLength(1);
    expect(result.input.records[0]?.fields.seniorStudents).toEqual({ value: 300, cell: "S!C5" });
    const sections = sectionsOf(result.input);
    // 12 000 ÷ 1491 = 8.048289738430583; 12 000 × 1.1 ÷ 1491 = 8.853118712273642.
    expect(sections.map((x) => [x.stage, x.students])).toEqual([
      ["primary", 600],
      ["junior", 450],
    ]);
    expect(sections[0]?.indicators.L4?.value).toBeCloseTo(8.048289738430583, 12);
    expect(sections[1]?.indicators.L4?.value).toBeCloseTo(8.853118712273642, 12);
  });

  it("does not take a 高中 line under a 九年一贯制 (it has no senior part): the lines stay total rows, with a warning", async () => {
    const result = await read([["实验学校", "九年一贯制学校", 1350, ...JUNIOR.slice(1), ...SHARED], ["小学", null, 600, ...JUNIOR.slice(1), ...NONE], ["初中", null, 450, ...JUNIOR.slice(1), ...NONE], ["高中", null, 300, ...JUNIOR.slice(1), ...NONE]]);
    expect(result.input.records.map((r) => r.name)).toEqual(["实验学校"]);
    expect(result.input.records[0]?.fields.seniorStudents).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toContain("read_stage_lines_incomplete");
  });
});

describe("a 完全中学 or 十二年一贯制 row whose lines give its stages but no 高中 line: the rest of its students are its senior part", () => {
  /** 清溪第二中学's whole row: 1500 students (800 junior + 700 senior, as above) and the shared K–N. */
  const SCHOOL: CellValue[] = ["清溪第二中学", "完全中学", 1500, 120, 113, 106, 15, 6, 5, 4, ...SHARED];

  it.each(["其中：初中", "（其中）初中", "初中", "初中部"])("reads a %p line of 800 under 1500 students as the junior section, 1500 − 800 = 700 senior students (1 : 1.2)", async (label) => {
    const result = await read([SCHOOL, [label, null, ...JUNIOR, ...NONE]]);
    // A 初中 line of fewer students than the school's makes the row the whole school: the rest are its senior students, who share its resources.
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([["清溪第二中学", null]]);
    expect(result.input.records[0]?.fields.seniorStudents).toEqual({ value: 700, cell: "S!C2" });
    expect(result.input.records[0]?.stageFields?.junior?.students).toEqual({ value: 800, cell: "S!C3" });
    expect(result.issues.map((i) => i.code)).not.toContain("read_total_row");
    expect(result.issues).toContainEqual({ code: "read_senior_remainder", severity: "info", cell: "S!A3", params: { name: "清溪第二中学", parentCell: "S!A2", students: 700, whole: 1500, lines: label, sum: 800 } });
    expect(result.issues).toContainEqual({ code: "read_stage_line", severity: "info", cell: "S!A3", params: { text: label, name: "清溪第二中学", stage: "junior", parentCell: "S!A2" } });
    // The junior section: 800 students, 60 teachers of the line, shares 800 ÷ 1640 of K–N (expectCompleteMiddleFails).
    expect(juniorOf(result.input, "清溪第二中学")?.indicators.L2?.value).toBeCloseTo((9 / 800) * 100, 12);
    expectCompleteMiddleFails(juniorOf(result.input, "清溪第二中学"));
  });

  it("reads the school's students typed with their unit (1500人) as the reader does: 1500 − 800 = 700 senior students", async () => {
    const result = await read([["清溪第二中学", "完全中学", "1500人", ...SCHOOL.slice(3)], ["其中：初中", null, ...JUNIOR, ...NONE]]);
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([["清溪第二中学", null]]);
    expect(result.input.records[0]?.fields.seniorStudents).toEqual({ value: 700, cell: "S!C2" });
  });

  it("keeps the row a junior school when its 初中 line holds all its students, more, or none: no senior part is given", async () => {
    for (const [whole, line] of [[800, 800], [1500, 1800], [1500, null]] as const) {
      const result = await read([["清溪第二中学", "完全中学", whole, 120, 113, 106, 15, 6, 5, 4, ...SHARED], ["其中：初中", null, line, ...JUNIOR.slice(1), ...NONE]]);
      expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.value])).toEqual([["清溪第二中学", "junior", whole]]);
      expect(result.input.records[0]?.fields.seniorStudents).toBeUndefined();
      expect(result.issues.filter((i) => i.code === "read_total_row").map((i) => i.cell)).toEqual(["S!A3"]);
      expect(result.issues.map((i) => i.code)).not.toContain("read_senior_remainder");
    }
  });

  it("reads a 十二年一贯制 of 1350 with 其中：小学 600 / 其中：初中 450 and no 高中 line: 300 senior students (600 + 1.1 × 450 + 1.32 × 300 = 1491)", async () => {
    const result = await read([
      ["一中", "十二年一贯制学校", 1350, 102, 92, 82, 15, 7, 5, 3, 12000, 20000, 3000000, 30],
      ["其中：小学", null, 600, 36, 30, 24, 7, 3, 2, 1, ...NONE],
      ["其中：初中", null, 450, 36, 32, 28, 5, 2, 2, 1, ...NONE],
    ]);
    // 600 + 450 falls short of 1350 by the senior part the lines leave out: 300 senior students, the lines still the school's stages.
    expect(result.input.records[0]?.fields.seniorStudents).toEqual({ value: 300, cell: "S!C2" });
    expect(result.issues.find((i) => i.code === "read_senior_remainder")).toMatchObject({ cell: "S!A4", params: { students: 300, whole: 1350, sum: 1050, lines: "其中：小学、其中：初中" } });
    const sections = sectionsOf(result.input);
    expect(sections.map((x) => [x.stage, x.students])).toEqual([
      ["primary", 600],
      ["junior", 450],
    ]);
    // 12 000 ÷ 1491 = 8.048289738430583; 12 000 × 1.1 ÷ 1491 = 8.853118712273642 (as with a 高中 line of 300).
    expect(sections[0]?.indicators.L4?.value).toBeCloseTo(8.048289738430583, 12);
    expect(sections[1]?.indicators.L4?.value).toBeCloseTo(8.853118712273642, 12);
  });
});
