import { evaluate } from "../../engine/evaluate";
import type { CellValue } from "../types";
import type { Issue, SchoolRecord } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import { gridOf, readGridsOk } from "./testing";

/** messy.xlsx's 学校基本情况 (finding 2 of a statistician's review): 在校生数 and 专任教师 each a group of three under a merged heading. */
const TOP = ["序号", "学校名称", "学校类型", "在校生数", "在校生数", "在校生数", "专任教师", "专任教师", "专任教师", "县级及以上骨干教师", "教学及辅助用房面积"];
const SUB = ["序号", "学校名称", "学校类型", "合计", "其中：小学", "其中：初中", "合计", "其中：专科及以上", "其中：本科及以上", "县级及以上骨干教师", "教学及辅助用房面积"];
const MERGES = ["D1:F1", "G1:I1", "A1:A2", "B1:B2", "C1:C2", "J1:J2", "K1:K2"];
const SHEET = "学校基本情况";

/** 红旗学校 (九年一贯制) as row 3: 900 students, 520 + 380, 专任教师 65, 专科及以上 `associateUp` (H3), 本科及以上 `bachelorUp` (I3), 骨干 12. */
function hongqi(associateUp: CellValue, bachelorUp: CellValue, students: readonly CellValue[] = [900, 520, 380]): CellValue[] {
  return [3, "红旗学校", "九年一贯制学校", ...students, 65, associateUp, bachelorUp, 12, 5200];
}

async function read(rows: readonly (readonly CellValue[])[], top: readonly CellValue[] = TOP, sub: readonly CellValue[] = SUB, merges = MERGES): Promise<{ record: SchoolRecord; issues: readonly Issue[]; engine: readonly Issue[] }> {
  const result = await readGridsOk([gridOf([top, sub, ...rows], { sheet: SHEET, merges })]);
  const record = result.input.records.find((r) => r.name === "红旗学校");
  if (record === undefined) throw new Error("红旗学校 not read");
  return { record, issues: result.issues, engine: evaluate(result.input, builtInProfile("national-2017")).issues };
}

/** The engine's L1 issues, as code @ cell (value). */
function l1(issues: readonly Issue[]): string[] {
  return issues.filter((i) => i.params.indicator === "L1").map((i) => `${i.code}@${i.cell ?? "-"} ${i.params.stage} ${i.params.value ?? ""}`.trim());
}

describe("wholeStageFields: a one-row 九年一贯制 whose L1 degree parts are the whole school's", () => {
  it("keeps each stage's part with its cell (小学 专科及以上 63 at H3, 初中 本科及以上 45 at I3); the engine says both as whole-school figures there, one school alone", async () => {
    const { record, engine } = await read([hongqi(63, 45)]);
    expect(record.wholeStageFields).toEqual({ primary: { qualifiedTeachers: { value: 63, cell: "学校基本情况!H3" } }, junior: { qualifiedTeachers: { value: 45, cell: "学校基本情况!I3" } } });
    expect(record.wholeStageBlankCells).toBeUndefined();
    // Never a stage's number: not 63 × 520 ÷ 900 = 36.4 nor any other share.
    expect(record.stageFields?.primary?.qualifiedTeachers).toBeUndefined();
    expect(record.fields.qualifiedTeachers).toBeUndefined();
    expect(l1(engine)).toEqual(["combined_whole_school_only@学校基本情况!H3 primary 63", "combined_whole_school_only@学校基本情况!I3 junior 45"]);
    // L2 as before: the one 骨干 cell J3 for both stages.
    expect(engine.filter((i) => i.params.indicator === "L2").map((i) => i.cell)).toEqual(["学校基本情况!J3", "学校基本情况!J3"]);
  });
  it("with only 本科及以上 (no 专科 column): the junior part at its cell; the primary section lacks a column, said without a cell and once at the header", async () => {
    const cut = <T>(row: readonly T[]): T[] => [...row.slice(0, 7), ...row.slice(8)];
    const merges = ["D1:F1", "G1:H1", "A1:A2", "B1:B2", "C1:C2", "I1:I2", "J1:J2"];
    const { record, issues, engine } = await read([cut(hongqi(63, 45))], cut(TOP), cut(SUB), merges);
    expect(record.wholeStageFields).toEqual({ junior: { qualifiedTeachers: { value: 45, cell: "学校基本情况!H3" } } });
    expect(l1(engine)).toEqual(["missing_numerator@- primary", "combined_whole_school_only@学校基本情况!H3 junior 45"]);
    expect(issues.filter((i) => i.code === "read_qualified_primary_needs_associate").map((i) => i.cell)).toEqual(["学校基本情况!H2"]);
  });
  it("points a stage at its blank part: H3 blank → 小学 missing at H3; I3 still the junior whole-school figure", async () => {
    const { record, engine } = await read([hongqi(null, 45)]);
    expect(record.wholeStageBlankCells).toEqual({ primary: { qualifiedTeachers: "学校基本情况!H3" } });
    expect(l1(engine)).toEqual(["missing_numerator@学校基本情况!H3 primary", "combined_whole_school_only@学校基本情况!I3 junior 45"]);
  });
  it("reads numbers stored as text (\"63\") and says so once at the cell", async () => {
    const { record, issues, engine } = await read([hongqi("63", " 45 ")]);
    expect(record.wholeStageFields?.primary?.qualifiedTeachers?.value).toBe(63);
    expect(record.wholeStageFields?.junior?.qualifiedTeachers?.value).toBe(45);
    expect(issues.filter((i) => i.code === "read_number_as_text").map((i) => i.cell)).toEqual(["学校基本情况!H3", "学校基本情况!I3"]);
    expect(l1(engine)).toEqual(["combined_whole_school_only@学校基本情况!H3 primary 63", "combined_whole_school_only@学校基本情况!I3 junior 45"]);
  });
  it("says it for a stage of 0 students as well (its L1 is still the whole school's)", async () => {
    const { engine } = await read([hongqi(63, 45, [380, 0, 380])]);
    expect(l1(engine)).toEqual(["combined_whole_school_only@学校基本情况!H3 primary 63", "combined_whole_school_only@学校基本情况!I3 junior 45"]);
  });
  it("says a degree cell read for both stages once (研究生 | 本科 | 专科: 本科 counts for both)", async () => {
    const top = ["学校名称", "学校类型", "小学在校生数", "初中在校生数", "专任教师数", "研究生", "本科", "专科"];
    const result = await readGridsOk([gridOf([top, ["红旗学校", "九年一贯制学校", 520, 380, 65, "2", "43", 18]], { sheet: SHEET })]);
    const record = result.input.records[0];
    // 小学 2 + 43 + 18 = 63 (at the first part F2), 初中 2 + 43 = 45.
    expect(record?.wholeStageFields?.primary?.qualifiedTeachers).toEqual({ value: 63, cell: "学校基本情况!F2" });
    expect(record?.wholeStageFields?.junior?.qualifiedTeachers).toEqual({ value: 45, cell: "学校基本情况!F2" });
    expect(result.issues.filter((i) => i.code === "read_number_as_text").map((i) => i.cell)).toEqual(["学校基本情况!F2", "学校基本情况!G2"]);
  });
  it("leaves per-stage teacher columns as they were: each stage's own count is its L1, nothing kept for the whole school", async () => {
    const top = ["学校名称", "学校类型", "小学在校生数", "初中在校生数", "小学专科及以上学历专任教师数", "初中本科及以上学历专任教师数", "县级及以上骨干教师数"];
    const result = await readGridsOk([gridOf([top, ["红旗学校", "九年一贯制学校", 520, 380, 30, 25, 12]], { sheet: SHEET })]);
    const record = result.input.records[0];
    expect(record?.stageFields?.primary?.qualifiedTeachers?.value).toBe(30);
    expect(record?.stageFields?.junior?.qualifiedTeachers?.value).toBe(25);
    expect(record !== undefined && "wholeStageFields" in record).toBe(false);
    const sections = evaluate(result.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    // 30 ÷ 520 × 100 = 5.769231; 25 ÷ 380 × 100 = 6.578947.
    expect(sections.map((s) => s.indicators.L1?.value)).toEqual([expect.closeTo(5.769231, 6), expect.closeTo(6.578947, 6)]);
  });
  it("keeps nothing for a single-stage school: its row's 专科及以上 is its own L1 as before", async () => {
    const result = await readGridsOk([gridOf([TOP, SUB, [1, "城关小学", "小学", 500, null, null, 30, 28, 20, 5, 3000]], { sheet: SHEET, merges: MERGES })]);
    const record = result.input.records[0];
    expect(record?.fields.qualifiedTeachers).toEqual({ value: 28, cell: "学校基本情况!H3" });
    expect(record !== undefined && "wholeStageFields" in record).toBe(false);
  });
});
