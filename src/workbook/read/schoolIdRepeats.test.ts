import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf, readGridsOk } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–H: name, 学校标识码, 县区, type, students, teachers, 教学及辅助用房, 多媒体教室. */
const HEADER = ["学校名称", "学校标识码", "县区", "办学类型", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）", "网络多媒体教室数（间）"];
const N: CellValue[] = [1136, 78, 10860, 29];

async function read(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校综合表" })]);
}

function idIssues(issues: readonly Issue[]): Issue[] {
  // Either wording: with the two counties (they differ) or without (one county).
  return issues.filter((i) => i.code === "read_school_id_repeated" || i.code === "read_school_id_repeated_one_county");
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

  it("counts only codes (at least 6 digits): 教学点 rows with — or 无 in the ID column are not one school (before: each pair warned)", async () => {
    const result = await read([
      ["王村教学点", "—", "东湖县", "教学点", ...N],
      ["李庄教学点", "—", "东湖县", "教学点", ...N],
      ["张湾教学点", "无", "东湖县", "教学点", ...N],
      ["赵岗教学点", "无", "东湖县", "教学点", ...N],
      ["甲小学", "0", "东湖县", "小学", ...N],
      ["乙小学", "0", "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues)).toEqual([]);
  });

  it("leaves two campuses of one name with one code to the campus note alone (before: the ID warning as well, contradicting it)", async () => {
    const result = await read([
      ["实验小学东校区", "3144000002", "东湖县", "小学", ...N],
      ["实验小学西校区", "3144000002", "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues)).toEqual([]);
    expect(result.issues.filter((i) => i.code === "read_campuses_separate").map((i) => i.cell)).toEqual(["学校综合表!A3"]);
  });

  it("takes a 教学点 giving its 中心校's code (as teaching points without their own often do) as no repeat, in one county only", async () => {
    const result = await read([
      ["双河乡中心小学", "3144000003", "东湖县", "小学", ...N],
      ["王村教学点", "3144000003", "东湖县", "教学点", ...N],
      ["李庄教学点", "3144000003", "东湖县", "教学点", ...N],
      ["柳村教学点", "3144000003", "西湖县", "教学点", ...N],
    ]);
    expect(idIssues(result.issues).map((i) => [i.cell, i.params.firstName])).toEqual([["学校综合表!B5", "双河乡中心小学"]]);
  });

  it("names no county when the rows give none (the county is the sheet title's, the same for both): no empty brackets", async () => {
    const header = HEADER.filter((h) => h !== "县区");
    const grid = gridOf([["示例县2024年义务教育学校统计表"], header, ["城南小学", "3144000079", "小学", ...N], ["湖滨小学", "3144000079", "小学", ...N]], { sheet: "学校综合表" });
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const said = result.issues.filter((i) => i.code.startsWith("read_school_id_repeated"));
    expect(said.map((i) => [i.code, i.cell, i.params])).toEqual([
      ["read_school_id_repeated_one_county", "学校综合表!B4", { id: "3144000079", name: "湖滨小学", first: "学校综合表!A3", firstName: "城南小学" }],
    ]);
    for (const lang of ["zh", "en"] as const) expect(message(said[0]?.code ?? "", said[0]?.params ?? {}, lang)).not.toMatch(/（）|\(\)/);
  });

  it("takes 东湖县 and 东湖 for one county (sameCounty): a campus row giving its school's ID raises nothing (before: a two-county warning)", async () => {
    const result = await read([
      ["城南小学", "3144000079", "东湖县", "小学", ...N],
      ["城南小学北校区", "3144000079", "东湖", "小学", ...N],
    ]);
    expect(idIssues(result.issues)).toEqual([]);
  });

  it("names no county when the rows' counties are one written two ways (东湖县 / 东湖)", async () => {
    const result = await read([
      ["城南小学", "3144000079", "东湖县", "小学", ...N],
      ["湖滨小学", "3144000079", "东湖", "小学", ...N],
    ]);
    expect(idIssues(result.issues).map((i) => [i.code, i.cell, i.params.first])).toEqual([["read_school_id_repeated_one_county", "学校综合表!B3", "学校综合表!A2"]]);
  });

  it("still warns when the first row with the ID is a 教学点: two schools after it sharing it (before: silent)", async () => {
    const result = await read([
      ["王村教学点", "3144000079", "东湖县", "教学点", ...N],
      ["城南小学", "3144000079", "东湖县", "小学", ...N],
      ["湖滨小学", "3144000079", "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues).map((i) => [i.code, i.cell, i.params.first])).toEqual([["read_school_id_repeated_one_county", "学校综合表!B4", "学校综合表!A3"]]);
  });

  it("warns about a 教学点 of another county giving a code that comes first", async () => {
    const result = await read([
      ["王村教学点", "3144000079", "西湖县", "教学点", ...N],
      ["城南小学", "3144000079", "东湖县", "小学", ...N],
    ]);
    expect(idIssues(result.issues).map((i) => [i.code, i.cell, i.params.first])).toEqual([["read_school_id_repeated", "学校综合表!B3", "学校综合表!A2"]]);
  });
});
