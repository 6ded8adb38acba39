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

describe("withBoardersUnread: a 寄宿生 cell that was not read leaves G6 unknown, never computed from 0 or from the value", () => {
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
