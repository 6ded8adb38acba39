import { evaluate } from "../../engine/evaluate";
import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf, readGridsOk, onlyRecord } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–J: name, type, stage, students, teachers, 教学及辅助用房, 运动场馆, 设备（元）, 多媒体教室, 骨干教师. */
const HEADER = ["学校名称", "学校类型", "学段", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数（间）", "县级及以上骨干教师数"];
const NUMBERS: CellValue[] = [566, 31, 4123, 5668, 1299600, 16, 11];
const JIA: CellValue[] = ["甲小学", "小学", "小学", 1000, 60, 5000, 8000, 2500000, 25, 12];
const YI: CellValue[] = ["乙中学", "初级中学", "初中", 600, 40, 3000, 5000, 1200000, 12, 5];

async function read(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf([HEADER, ...rows])]);
}


/** The issues said at one cell, as `code severity`. */
function atCell(issues: readonly Issue[], cell: string): string[] {
  return issues.filter((i) => i.cell === cell).map((i) => `${i.code} ${i.severity}`);
}

describe("readSchoolRows: a 学段 value that is no compulsory stage", () => {
  it.each(["高中", "幼儿园", "学前", "其他"])("warns at the 学段 cell of 杨柳小学 (%s), saying it was read as 小学 from its type (was silent)", async (text) => {
    const result = await read([JIA, ["杨柳小学", "小学", text, ...NUMBERS]]);
    expect(onlyRecord(result, "杨柳小学").stage).toBe("primary");
    expect(result.issues.filter((i) => i.cell === "学校基本情况!C3")).toEqual([
      { code: "read_stage_text_unknown", severity: "warning", cell: "学校基本情况!C3", params: { name: "杨柳小学", text, stage: "primary" } },
    ]);
  });

  it("says in both languages what was written and what was used", async () => {
    const result = await read([JIA, ["杨柳小学", "小学", "高中", ...NUMBERS]]);
    const issue = result.issues.find((i) => i.code === "read_stage_text_unknown");
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toContain("“高中”");
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toContain("杨柳小学");
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toContain("“高中”");
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toContain("杨柳小学");
  });

  it("says nothing for a 学段 naming both stages, nor for a 完全中学's 高中部 row (its senior part)", async () => {
    const result = await read([
      JIA,
      ["金山学校", "九年一贯制学校", "小学、初中", ...NUMBERS],
      ["第二中学", "完全中学", "初中", ...NUMBERS],
      ["第二中学（高中部）", "完全中学", "高中", ...NUMBERS],
    ]);
    expect(result.issues.filter((i) => i.code === "read_stage_text_unknown")).toEqual([]);
  });
});

describe("readSchoolRows: 学段 中学, 义务教育, 特殊教育", () => {
  it.each([
    ["第一初级中学", "初级中学", "junior"],
    ["金山学校", "九年一贯制学校", "junior"],
  ] as const)("reads 学段 中学 of %s (%s) as 初中, silently (before: warned on every row)", async (name, type, stage) => {
    const result = await read([JIA, [name, type, "中学", ...NUMBERS]]);
    expect(onlyRecord(result, name).stage).toBe(stage);
    expect(atCell(result.issues, "学校基本情况!C3")).toEqual([]);
  });

  it("still says 中学 of a 完全中学 (it may hold the 高中 too) and 中学 beside a 小学 type", async () => {
    const result = await read([JIA, ["育才中学", "完全中学", "中学", ...NUMBERS], ["杨柳小学", "小学", "中学", ...NUMBERS]]);
    expect(atCell(result.issues, "学校基本情况!C3")).toEqual(["read_stage_text_unknown warning"]);
    expect(atCell(result.issues, "学校基本情况!C4")).toEqual(["read_stage_type_conflict warning"]);
  });

  it("reads 学段 义务教育 as the school's compulsory stages: a 小学 its primary, a 九年一贯制 the whole school, without a warning", async () => {
    const result = await read([JIA, ["城南小学", "小学", "义务教育", ...NUMBERS], ["金山学校", "九年一贯制学校", "义务教育", ...NUMBERS]]);
    expect([onlyRecord(result, "城南小学").stage, onlyRecord(result, "金山学校").stage]).toEqual(["primary", null]);
    expect([...atCell(result.issues, "学校基本情况!C3"), ...atCell(result.issues, "学校基本情况!C4")]).toEqual([]);
  });

  it("says a special school's 学段 特殊教育 once, by the special school's note (before: also read_stage_text_unknown_whole)", async () => {
    const result = await read([JIA, ["县特殊教育学校", "特殊教育学校", "特殊教育", ...NUMBERS]]);
    expect(result.issues.filter((i) => i.cell === "学校基本情况!C3" || i.cell === "学校基本情况!A3").map((i) => i.code)).toEqual(["read_special_stage_unknown"]);
  });

  it("says the stage came from the sheet when it did (a 九年一贯制 row with 学段 其他 on the 初中 sheet)", async () => {
    const primary = gridOf([HEADER, JIA], { sheet: "小学" });
    const grid = gridOf([HEADER, ["乙中学", "初级中学", "初中", ...NUMBERS], ["金山学校", "九年一贯制学校", "其他", ...NUMBERS]], { sheet: "初中" });
    const result = await readWorkbook(sourceOf([primary, grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(result.issues.filter((i) => i.cell === "初中!C3").map((i) => [i.code, i.params])).toEqual([["read_stage_text_unknown_sheet", { name: "金山学校", text: "其他", stage: "junior", sheet: "初中" }]]);
  });
});

describe("readSchoolRows: a grade (年级) in the 学段 column", () => {
  it.each([
    ["七年级", "junior"],
    ["九年级", "junior"],
    ["初二", "junior"],
    ["七至九年级", "junior"],
    ["一年级", "primary"],
    ["1-6年级", "primary"],
    ["6-9年级", "junior"],
  ] as const)("reads %s as its stage (%s), with a note at the cell (was ignored)", async (text, stage) => {
    const name = "柳林镇学校";
    const result = await read([JIA, [name, null, text, ...NUMBERS]]);
    expect(onlyRecord(result, name).stage).toBe(stage);
    expect(atCell(result.issues, "学校基本情况!C3")).toEqual(["read_stage_from_grade info"]);
    expect(result.issues.find((i) => i.code === "read_stage_from_grade")?.params).toEqual({ name, text, stage });
  });

  it("reads a 初级中学's 七年级 as 初中 with the note only, no conflict", async () => {
    const result = await read([JIA, ["柳林镇中学", "初级中学", "七年级", ...NUMBERS]]);
    expect(onlyRecord(result, "柳林镇中学").stage).toBe("junior");
    expect(atCell(result.issues, "学校基本情况!C3")).toEqual(["read_stage_from_grade info"]);
  });

  it("warns as for another stage when a 小学 is given 七年级 (a 小学 has no 初中), without the note", async () => {
    const result = await read([JIA, ["杨柳小学", "小学", "七年级", ...NUMBERS]]);
    // One issue at the cell: the warning, whose text names the grade as written and the stage read.
    expect(atCell(result.issues, "学校基本情况!C3")).toEqual(["read_stage_type_conflict warning"]);
  });

  it("reads a 五四制 九年一贯制's 1-5年级 / 6-9年级 rows as its two sections (before: 6-9年级 was the whole school, dropped as a duplicate)", async () => {
    const result = await read([JIA, ["金山学校", "九年一贯制学校", "1-5年级", ...NUMBERS], ["金山学校", "九年一贯制学校", "六至九年级", 400, 27, 2000, 3200, 1200000, 9, 4]]);
    // The name typed on both rows: one school's two sections, named as such (sectionsUnderRepeatedName).
    const sections = result.input.records.filter((r) => r.name.startsWith("金山学校"));
    expect(sections.map((r) => [r.name, r.stage, r.fields.students?.value ?? null])).toEqual([["金山学校（小学部）", "primary", 566], ["金山学校（初中部）", "junior", 400]]);
    expect(result.issues.filter((i) => i.code === "read_duplicate_whole_school")).toEqual([]);
    expect(atCell(result.issues, "学校基本情况!C4")).toEqual(["read_stage_from_grade info"]);
  });

  it.each([
    ["杨柳小学", "小学", "primary"],
    ["柳林镇中学", "初级中学", "junior"],
    ["龙泉学校", "九年一贯制学校", null],
  ] as const)("takes no stage from a lone 六年级 (小学 under 六三制, 初中 under 五四制): %s read by its type (%p), a warning at the cell", async (name, type, stage) => {
    const result = await read([JIA, [name, type, "六年级", ...NUMBERS]]);
    expect(onlyRecord(result, name).stage).toBe(stage);
    expect(result.issues.filter((i) => i.cell === "学校基本情况!C3").map((i) => [i.code, i.severity, i.params])).toEqual([["read_stage_grade_ambiguous", "warning", { name, text: "六年级" }]]);
  });

  it("takes grades of both stages (一至九年级) as the whole school, as 小学、初中 would be", async () => {
    const result = await read([JIA, ["金山学校", "九年一贯制学校", "一至九年级", ...NUMBERS]]);
    expect(onlyRecord(result, "金山学校").stage).toBeNull();
    expect(atCell(result.issues, "学校基本情况!C3")).toEqual([]);
  });
});

describe("readSchoolRows: a 办学类型 value that is no compulsory school type", () => {
  it("warns at the type cell of 双河乡中心小学 typed 幼儿园, read as 小学 from its name (was silent)", async () => {
    const result = await read([JIA, ["双河乡中心小学", "幼儿园", "小学", ...NUMBERS]]);
    expect(onlyRecord(result, "双河乡中心小学").type).toBe("primary");
    expect(result.issues.filter((i) => i.cell === "学校基本情况!B3")).toEqual([
      { code: "read_type_text_unknown", severity: "warning", cell: "学校基本情况!B3", params: { name: "双河乡中心小学", text: "幼儿园", type: "primary" } },
    ]);
  });

  // Before (tester tS finding 1) the row was `other`, said by read_type_unknown alone; now its 学段 types it, said once at the type cell.
  it("says an unknown type of a name that says nothing once, at the type cell, when the 学段 types the row (one cell, one issue)", async () => {
    const result = await read([JIA, ["金山学校", "民族学校", "小学", ...NUMBERS]]);
    expect(result.issues.filter((i) => /^read_type/.test(i.code))).toEqual([
      { code: "read_type_from_stage_text", severity: "info", cell: "学校基本情况!B3", params: { name: "金山学校", text: "民族学校", stageText: "小学", type: "primary" } },
    ]);
  });
});

// Tester tV finding 6: a word naming no kind of school (中心校, 民族学校) was a warning beside a name
// that types the row, a note beside a 学段 that does; and the note said the row's own type, not the
// 完全中学 its 初中部 and 高中部 rows are read as together.
describe("readSchoolRows: a type word naming no kind, settled by the name", () => {
  it("notes 中心校 on 白马镇中心小学 (学段 小学) as read as 小学 from its name, as a 学段 would (was a warning)", async () => {
    const result = await read([JIA, ["白马镇中心小学", "中心校", "小学", ...NUMBERS]]);
    expect(onlyRecord(result, "白马镇中心小学").type).toBe("primary");
    expect(result.issues.filter((i) => i.cell === "学校基本情况!B3")).toEqual([
      { code: "read_type_word_from_name", severity: "info", cell: "学校基本情况!B3", params: { name: "白马镇中心小学", text: "中心校", type: "primary" } },
    ]);
  });

  it("says the type the 初中部 row is finally read as: 完全中学 with its 高中部 row below (was 九年一贯制学校)", async () => {
    const junior: CellValue[] = ["白马镇中心校（初中部）", "中心校", "初中", 588, 51, 4299, 5050, 1946100, 16, 6];
    const senior: CellValue[] = ["白马镇中心校（高中部）", "中心校", "高中", 588, 51, 4299, 5050, 1946100, 16, 6];
    const result = await read([JIA, junior, senior]);
    expect(onlyRecord(result, "白马镇中心校").type).toBe("complete_middle");
    const said = result.issues.filter((i) => i.cell === "学校基本情况!B3").map((i) => [i.code, i.severity, i.params["type"]]);
    expect(said).toEqual([["read_type_word_from_name", "info", "complete_middle"]]);
  });

  it("words the note in zh and en: the word, the type read and that the name gave it", () => {
    const params = { name: "白马镇中心小学", text: "中心校", type: "primary" };
    expect(message("read_type_word_from_name", params, "zh")).toBe("“白马镇中心小学”的办学类型“中心校”不是可识别的学校类型，按校名读作小学；如不是，请填写办学类型（如九年一贯制学校、教学点）");
    expect(message("read_type_word_from_name", params, "en")).toBe("“白马镇中心小学”: the school type “中心校” is no type the reader knows; taken as a primary school from its name; if it is not one, fill in the school type (nine-year school, teaching point …)");
  });
});

describe("readSchoolRows: a senior-school type with a compulsory 学段", () => {
  it("warns at the type cell that 桥头镇中学 (高级中学, 学段 初中, 517 students) is left out of the evaluation (was excluded silently)", async () => {
    const result = await read([JIA, YI, ["桥头镇中学", "高级中学", "初中", 517, 42, 3588, 7225, 1978500, 15, 12]]);
    expect(onlyRecord(result, "桥头镇中学").type).toBe("other");
    expect(result.issues.filter((i) => i.cell === "学校基本情况!B4")).toEqual([
      { code: "read_type_stage_out_of_scope", severity: "warning", cell: "学校基本情况!B4", params: { name: "桥头镇中学", text: "高级中学", stageText: "初中", stage: "junior" } },
    ]);
    const sections = evaluate(result.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    const section = sections.find((s) => s.name === "桥头镇中学");
    expect(section?.exclusion ?? null).toBe("other_type");
  });

  it("says nothing for a 高级中学 whose 学段 is 高中 (a senior school listed with the others)", async () => {
    const result = await read([JIA, ["县第一高级中学", "高级中学", "高中", ...NUMBERS]]);
    expect(result.issues.filter((i) => /read_type_stage_out_of_scope|read_stage_text_unknown|read_type_text_unknown/.test(i.code))).toEqual([]);
  });
});
