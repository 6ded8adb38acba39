import { evaluate } from "../../engine/evaluate";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk, onlyRecord } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/**
 * Type words the reader knows no stage of (中心校, 中心学校, 民族学校) beside a 学段, and the 乡镇中心校
 * words alone (tester tS finding 1: 白马镇中心校 | 中心校 | 小学 was read as `other` and left out).
 * Columns A–E: name, type, stage, students, 最大班额.
 */
const HEADER = ["学校名称", "学校类型", "学段", "在校生数", "最大班额（人）"];
const JIA: CellValue[] = ["甲小学", "小学", "小学", 1000, 42];

async function read(rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = HEADER): Promise<Ok> {
  return readGridsOk([gridOf([header, ...rows])]);
}


function kindOf(result: Ok, name: string): [string, string | null] {
  const r = onlyRecord(result, name);
  return [r.type, r.stage];
}

describe("readSchoolRows: an unknown type word beside a 学段 of 小学 / 初中", () => {
  it.each([
    ["中心校", "小学", "primary"],
    ["中心学校", "初中", "junior"],
    ["民族学校", "小学", "primary"],
    ["民族学校", "初中", "junior"],
  ])("reads 白马镇学校 typed %p with 学段 %p as a %p school, with a note at the type cell (was other, left out)", async (type, stage, read_) => {
    const result = await read([JIA, ["白马镇学校", type, stage, 700, 42]]);
    expect(kindOf(result, "白马镇学校")).toEqual([read_, read_]);
    expect(result.issues.filter((i) => /^read_type/.test(i.code))).toEqual([
      { code: "read_type_from_stage_text", severity: "info", cell: "学校基本情况!B3", params: { name: "白马镇学校", text: type, stageText: stage, type: read_ } },
    ]);
  });

  it("reads 白马镇中心校 | 中心校 | 小学 (700 students) as a 小学 in scope", async () => {
    const result = await read([JIA, ["白马镇中心校", "中心校", "小学", 700, 42]]);
    expect(kindOf(result, "白马镇中心校")).toEqual(["primary", "primary"]);
    const sections = evaluate(result.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    const section = sections.find((s) => s.name === "白马镇中心校");
    expect([section?.stage, section?.students, section?.exclusion ?? null]).toEqual(["primary", 700, null]);
  });

  it.each([
    ["幼儿园", "小学"],
    ["幼儿园", "初中"],
    ["学前教育", "小学"],
    ["成人学校", "初中"],
  ])("keeps a type %p that is out of scope out, 学段 %p or not", async (type, stage) => {
    const result = await read([JIA, ["白马镇学校", type, stage, 700, 42]]);
    expect(onlyRecord(result, "白马镇学校").type).toBe("other");
    expect(result.issues.filter((i) => i.code === "read_type_unknown").map((i) => i.cell)).toEqual(["学校基本情况!A3"]);
  });

  it.each([
    ["高级中学", "other"],
    ["职业高中学校", "vocational"],
    ["特殊教育学校", "special"],
    ["培智学校", "special"],
  ])("keeps the type %p as read before (%p) beside 学段 初中", async (type, expected) => {
    const result = await read([JIA, ["白马镇学校", type, "初中", 700, 42]]);
    expect(onlyRecord(result, "白马镇学校").type).toBe(expected);
    expect(result.issues.map((i) => i.code)).not.toContain("read_type_from_stage_text");
  });

  it("leaves 中心校 with a 学段 that is no compulsory stage (高中) out as before", async () => {
    const result = await read([JIA, ["白马镇学校", "中心校", "高中", 700, 42]]);
    expect(onlyRecord(result, "白马镇学校").type).toBe("other");
    expect(result.issues.filter((i) => i.code === "read_type_unknown").map((i) => i.cell)).toEqual(["学校基本情况!A3"]);
  });
});

describe("readSchoolRows: 中心校 / 中心学校 as 小学 words when no 学段 says otherwise", () => {
  it.each(["中心校", "中心学校", "乡镇中心校", "白马镇中心学校"])("reads a type cell %p with a blank 学段 as 小学, with a note at the type cell", async (type) => {
    const result = await read([JIA, ["白马学校", type, null, 700, 42]]);
    expect(kindOf(result, "白马学校")).toEqual(["primary", "primary"]);
    expect(result.issues.filter((i) => /^read_type/.test(i.code))).toEqual([
      { code: "read_type_center_school", severity: "info", cell: "学校基本情况!B3", params: { name: "白马学校", text: type } },
    ]);
  });

  it("reads a 中心学校 whose 学段 names both stages (中小学) as a 九年一贯制 whole school, from its 学段", async () => {
    const result = await read([JIA, ["白马学校", "中心学校", "中小学", 700, 42]]);
    expect(kindOf(result, "白马学校")).toEqual(["nine_year", null]);
    expect(result.issues.filter((i) => /^read_type/.test(i.code))).toEqual([
      { code: "read_type_from_stage_text", severity: "info", cell: "学校基本情况!B3", params: { name: "白马学校", text: "中心学校", stageText: "中小学", type: "nine_year" } },
    ]);
  });

  it("reads a name 白马镇中心校 without type or 学段 columns as 小学, with the note at the name", async () => {
    const result = await read([["甲小学", 1000, 42], ["白马镇中心校", 700, 42]], ["学校名称", "在校生数", "最大班额（人）"]);
    expect(kindOf(result, "白马镇中心校")).toEqual(["primary", "primary"]);
    expect(result.issues.filter((i) => /^read_type/.test(i.code))).toEqual([
      { code: "read_type_center_school", severity: "info", cell: "学校基本情况!A3", params: { name: "白马镇中心校", text: "白马镇中心校" } },
    ]);
  });

  it("reads a 中心学校 with students in both stages' columns as a 九年一贯制 (numbers win over the word)", async () => {
    const header = ["学校名称", "小学在校生数", "初中在校生数"];
    const result = await read([["甲小学", 1000, null], ["白马镇中心学校", 500, 300]], header);
    expect(kindOf(result, "白马镇中心学校")).toEqual(["nine_year", null]);
  });

  it("reads 完小, 村完小 and 一贯制学校 type cells as 小学, 小学 and 九年一贯制", async () => {
    const result = await read([JIA, ["河口学校", "完小", null, 300, 40], ["石门学校", "村完小", null, 80, 30], ["城北学校", "一贯制学校", "小学", 600, 44]]);
    expect([kindOf(result, "河口学校"), kindOf(result, "石门学校"), kindOf(result, "城北学校")]).toEqual([
      ["primary", "primary"],
      ["primary", "primary"],
      ["nine_year", "primary"],
    ]);
    expect(result.issues.filter((i) => /^read_type/.test(i.code))).toEqual([]);
  });
});

describe("G5 with a 中心校 over the class-size limit (tester tS scope5)", () => {
  it("checks 白马镇中心校's 最大班额 62 against 小学 ≤ 45 (rules.md §4.5): G5 not met (was met, the school left out)", async () => {
    const result = await read([JIA, ["白马镇中心校", "中心校", "小学", 700, 62]]);
    const county = evaluate(result.input, builtInProfile("national-2017")).counties[0];
    const g5 = county?.items.find((i) => i.code === "G5");
    // 甲小学 42 ≤ 45 passes, 白马镇中心校 62 > 45 fails: one failing school of two.
    expect([g5?.verdict, g5?.figure, g5?.parts]).toEqual(["not_met", 1, expect.objectContaining({ schools_checked: 2, schools_failing: 1 })]);
  });
});

describe("the type-word notes' wording", () => {
  it("says in zh and en what the type was taken from, where, and what to fill in if it is wrong", () => {
    const fromStage = { name: "白马镇中心校", text: "中心校", stageText: "小学", type: "primary" };
    expect(message("read_type_from_stage_text", fromStage, "zh")).toBe("“白马镇中心校”的办学类型“中心校”不是可识别的学校类型，按学段“小学”取为小学；如不是，请填写办学类型（如九年一贯制学校、教学点）");
    expect(message("read_type_from_stage_text", fromStage, "en")).toContain("taken as a primary school from its stage (学段) “小学”");
    const center = { name: "白马镇中心校", text: "中心校" };
    expect(message("read_type_center_school", center, "zh")).toContain("按乡镇中心校的通常含义读作小学");
    expect(message("read_type_center_school", center, "en")).toContain("read as a primary school");
  });
});
