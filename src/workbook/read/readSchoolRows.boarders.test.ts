import { evaluate } from "../../engine/evaluate";
import type { SchoolGuarantee } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–I: name, type, 城乡分类, students, 寄宿生, teachers, 教学及辅助用房, 多媒体教室, 公用经费（万元）. */
const HEADER = ["学校名称", "办学类型", "城乡分类", "在校生数", "寄宿生数", "专任教师数", "教学及辅助用房面积（㎡）", "网络多媒体教室数（间）", "公用经费（万元）"];
const SICHUAN = builtInProfile("sichuan-guanghan-2024");

async function guaranteeOf(boarders: CellValue): Promise<{ result: Ok; school: SchoolGuarantee | undefined }> {
  const rows: CellValue[][] = [HEADER, ["甲小学", "小学", "城区", 1000, 0, 60, 5000, 25, 100], ["西岗小学", "小学", "城区", 488, boarders, 30, 3000, 12, 45.72]];
  const result = await readWorkbook(sourceOf([gridOf(rows)]));
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  const school = evaluate(result.input, SICHUAN).counties.flatMap((c) => c.schoolGuarantee).find((s) => s.name === "西岗小学");
  return { result, school };
}

describe("readSchoolRows: a 寄宿生 cell that was not read leaves G6 unknown, never computed from 0 or from the value", () => {
  it("800 boarders of 488 students: the error at the cell, and G6 not judged (was a shortfall of 182 400 computed from 800)", async () => {
    const { result, school } = await guaranteeOf(800);
    expect(result.issues.filter((i) => i.cell === "学校基本情况!E3").map((i) => i.code)).toEqual(["read_exceeds_students"]);
    expect(school?.fundingShortfall ?? null).toBeNull();
  });

  it("text in the cell: G6 not judged either (it was judged as if no pupil boarded)", async () => {
    const { school } = await guaranteeOf("约800");
    expect(school?.fundingShortfall ?? null).toBeNull();
  });

  it("a blank cell stays no boarders, and a count that fits is used: G6 judged", async () => {
    expect((await guaranteeOf(null)).school?.fundingShortfall).not.toBeNull();
    expect((await guaranteeOf(400)).school?.fundingShortfall).not.toBeNull();
  });
});

describe("boarders of a school on two rows, or shared on a whole-school row", () => {
  const header = ["学校名称", "办学类型", "学段", "城乡分类", "在校生数", "寄宿生数", "专任教师数", "教学及辅助用房面积（㎡）", "网络多媒体教室数（间）", "公用经费（万元）"];
  async function read(rows: readonly (readonly CellValue[])[], head: readonly CellValue[] = header): Promise<Ok> {
    const result = await readWorkbook(sourceOf([gridOf([head, ...rows])]));
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
    return result;
  }
  const g6 = (result: Ok, name: string) => evaluate(result.input, SICHUAN).counties.flatMap((c) => c.schoolGuarantee).find((s) => s.name === name)?.fundingShortfall ?? null;

  it("银山学校: 小学部 寄宿生 约250 (not read), 初中部 100: G6 not judged on the 100 alone (was met)", async () => {
    const result = await read([
      ["甲小学", "小学", "小学", "城区", 1000, 0, 60, 5000, 25, 100],
      ["银山学校（小学部）", "九年一贯制学校", "小学", "城区", 600, "约250", 20, 2000, 10, 60],
      ["银山学校（初中部）", "九年一贯制学校", "初中", "城区", 600, 100, 16, 1800, 8, 60],
    ]);
    // By hand: 800 × 600 + 1040 × 600 = 1 104 000 yuan without boarders; 1 200 000 given; + 300 × 100 = 1 134 000 would be met.
    expect(g6(result, "银山学校")).toBeNull();
  });

  it("a whole-school row's shared 200 boarders beside 90 + 40 students: the error at the cell, G6 not judged", async () => {
    const head = ["学校名称", "办学类型", "城乡分类", "小学在校生", "初中在校生", "寄宿生数", "专任教师数", "教学及辅助用房面积（㎡）", "网络多媒体教室数（间）", "公用经费（万元）"];
    const result = await read([
      ["甲小学", "小学", "城区", 1000, null, 0, 60, 5000, 25, 100],
      ["银山学校", "九年一贯制学校", "城区", 90, 40, 200, 14, 2416, 9, 20],
    ], head);
    expect(result.issues.filter((i) => i.cell === "学校基本情况!F3").map((i) => [i.code, i.params.students, i.params.studentsCell])).toEqual([["read_exceeds_students", 130, "学校基本情况!D3:E3"]]);
    expect(g6(result, "银山学校")).toBeNull();
  });

  it("one whole-school row, 小学寄宿生 约250 (not read) and 初中寄宿生 100: G6 not judged (was met on 0 boarders)", async () => {
    const head = ["学校名称", "办学类型", "城乡分类", "小学在校生", "初中在校生", "小学寄宿生", "初中寄宿生", "专任教师数", "教学及辅助用房面积（㎡）", "网络多媒体教室数（间）", "公用经费（万元）"];
    const result = await read([
      ["甲小学", "小学", "城区", 1000, null, 0, null, 60, 5000, 25, 100],
      ["银山学校", "九年一贯制学校", "城区", 600, 600, "约250", 100, 36, 3800, 18, 120],
    ], head);
    expect(result.issues.filter((i) => i.cell === "学校基本情况!F3").map((i) => i.code)).toEqual(["read_not_a_number"]);
    // By hand: 800 × 600 + 1040 × 600 = 1 104 000 yuan before any boarder, 1 200 000 given: the boarders decide.
    expect(g6(result, "银山学校")).toBeNull();
    expect(result.input.records.find((r) => r.name === "银山学校")?.flags.boarding).toBeUndefined();
  });
});

describe("a 寄宿生 cell given but not read is no 寄宿制 flag: the record keeps the cell as unread (blankCells)", () => {
  const noteRows = (boarders: CellValue): CellValue[][] => [HEADER, ["甲小学", "小学", "城区", 1000, 0, 60, 5000, 25, 100], ["西岗小学", "小学", "城区", 488, boarders, 30, 3000, 12, 45.72], ["注：“—”表示无数据"]];
  const recordOf = async (rows: CellValue[][]) => {
    const result = await readWorkbook(sourceOf([gridOf(rows)]));
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
    return { result, record: result.input.records.find((r) => r.name === "西岗小学") };
  };

  it.each([[800], ["约800"]])("%p: no flags.boarding (it was set, and G6 said the school gave no boarders), the cell in blankCells", async (boarders) => {
    const { record } = await recordOf(noteRows(boarders).slice(0, 3));
    expect([record?.flags.boarding, record?.blankCells?.boardingStudents]).toEqual([undefined, "学校基本情况!E3"]);
  });

  it("— under a note declaring it no data: boarders unknown (the cell kept), no flag; G6 not judged", async () => {
    const { result, record } = await recordOf(noteRows("—"));
    expect([record?.flags.boarding, record?.blankCells?.boardingStudents]).toEqual([undefined, "学校基本情况!E3"]);
    const school = evaluate(result.input, SICHUAN).counties.flatMap((c) => c.schoolGuarantee).find((s) => s.name === "西岗小学");
    expect(school?.fundingShortfall ?? null).toBeNull();
  });

  it("a blank 寄宿生 cell is none: no blank cell kept, G6 judged", async () => {
    const { result, record } = await recordOf(noteRows(null).slice(0, 3));
    expect(record?.blankCells?.boardingStudents).toBeUndefined();
    const school = evaluate(result.input, SICHUAN).counties.flatMap((c) => c.schoolGuarantee).find((s) => s.name === "西岗小学");
    expect(school?.fundingShortfall).not.toBeNull();
  });
});
