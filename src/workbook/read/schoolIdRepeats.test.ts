import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–H: name, 学校标识码, 县区, type, students, teachers, 教学及辅助用房, 多媒体教室. */
const HEADER = ["学校名称", "学校标识码", "县区", "办学类型", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）", "网络多媒体教室数（间）"];
const N: CellValue[] = [1136, 78, 10860, 29];

async function read(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  const result = await readWorkbook(sourceOf([gridOf([HEADER, ...rows], { sheet: "学校综合表" })]));
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
}

function idIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.code === "read_school_id_repeated");
}

describe("readSchoolRows: one 学校标识码 on two rows", () => {
  it("warns at the later row's ID cell naming the first, for 城南小学 copied under 西湖县 (was a phantom county, silent)", async () => {
    const result = await read([
      ["城南小学", "3144000079", "东湖县", "小学", ...N],
      ["城北小学", "3144000068", "东湖县", "小学", ...N],
      ["城南小学", "3144000079", "西湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues)).toEqual([
      {
        code: "read_school_id_repeated",
        severity: "warning",
        cell: "学校综合表!B4",
        params: { id: "3144000079", name: "城南小学", county: "西湖县", first: "学校综合表!A2", firstName: "城南小学", firstCounty: "东湖县" },
      },
    ]);
    const issue = idIssues(result.issues)[0];
    for (const lang of ["zh", "en"] as const) {
      const text = issue === undefined ? "" : message(issue.code, issue.params, lang);
      expect(text).toContain("3144000079");
      expect(text).toContain("学校综合表!A2");
      expect(text).toContain("西湖县");
    }
  });

  it("warns in one county when two schools of different names share an ID, the number stored as a number or text", async () => {
    const result = await read([
      ["城南小学", 3144000079, "东湖县", "小学", ...N],
      ["湖滨小学", "3144000079", "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues).map((i) => [i.cell, i.params.first, i.params.firstName])).toEqual([["学校综合表!B3", "学校综合表!A2", "城南小学"]]);
  });

  it("leaves a same-name repeat in one county to the duplicate-name error, one issue for the row", async () => {
    const result = await read([
      ["城北小学", "3144000068", "东湖县", "小学", ...N],
      ["城北小学 ", "3144000068", "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues)).toEqual([]);
    expect(result.issues.filter((i) => i.code === "read_duplicate_school").map((i) => i.cell)).toEqual(["学校综合表!A3"]);
  });

  it("says nothing for a combined school's sections or a campus sharing the school's ID, nor for blank IDs", async () => {
    const result = await read([
      ["实验学校（小学部）", "3144000001", "东湖县", "九年一贯制学校", ...N],
      ["实验学校（初中部）", "3144000001", "东湖县", "九年一贯制学校", ...N],
      ["城南小学", "3144000079", "东湖县", "小学", ...N],
      ["城南小学（北校区）", "3144000079", "东湖县", "小学", ...N],
      ["甲小学", null, "东湖县", "小学", ...N],
      ["乙小学", null, "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues)).toEqual([]);
  });
});
