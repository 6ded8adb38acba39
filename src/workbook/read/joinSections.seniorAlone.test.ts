import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

/**
 * A 完全中学's / 十二年一贯制's 高中部 row that is not joined with its school's other rows (tester tS
 * finding 4): a warning only when a merge may have been meant (nothing tells the rows apart), a note
 * when every row gives its own shared values, different from the others'.
 * Columns A–F: name, type, students, teachers, then the shared E 教学及辅助用房, F 教学仪器设备值（元）.
 */
const HEAD = ["学校名称", "办学类型", "在校生数（人）", "专任教师数（人）", "教学及辅助用房面积（㎡）", "教学仪器设备值（元）"];

async function seniorIssues(rows: readonly (readonly CellValue[])[]) {
  const result = await readWorkbook(sourceOf([gridOf([HEAD, ...rows], { sheet: "S" })]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { records: result.input.records, said: result.issues.filter((i) => /^read_senior_part/.test(i.code)) };
}

describe("joinSections: a 高中部 row left unjoined", () => {
  it("notes (not warns) a 十二年一贯制's 高中部 when its three rows each give their own shared values (tS scope1 实验学校)", async () => {
    const { records, said } = await seniorIssues([
      ["实验学校（小学部）", "十二年一贯制学校", 1000, 61, 5200, 2150000],
      ["实验学校（初中部）", "十二年一贯制学校", 700, 52, 4851, 1984500],
      ["实验学校（高中部）", "十二年一贯制学校", 900, 77, 7128, 2916000],
    ]);
    expect(records.map((r) => [r.name, r.stage])).toEqual([
      ["实验学校（小学部）", "primary"],
      ["实验学校（初中部）", "junior"],
    ]);
    expect(said).toEqual([{ code: "read_senior_part_own_values", severity: "info", cell: "S!A4", params: { name: "实验学校（高中部）" } }]);
  });

  it("still warns when the 高中部 row leaves the shared values blank and the 初中部 row gives them: they may be the whole school's", async () => {
    const { said } = await seniorIssues([
      ["县第三中学（初中部）", "完全中学", 800, 57, 5280, 2160000],
      ["县第三中学（高中部）", "完全中学", 1200, 106, null, null],
    ]);
    expect(said).toEqual([{ code: "read_senior_part_alone", severity: "warning", cell: "S!A3", params: { name: "县第三中学（高中部）" } }]);
  });

  it("still warns for a 高中部 row whose school has no other row under it (a name that differs)", async () => {
    const { said } = await seniorIssues([
      ["县第三中学（初中部）", "完全中学", 800, 57, 5280, 2160000],
      ["县三中（高中部）", "完全中学", 1200, 106, 9900, 4050000],
    ]);
    expect(said).toEqual([{ code: "read_senior_part_alone", severity: "warning", cell: "S!A3", params: { name: "县三中（高中部）" } }]);
  });

  it("says in zh and en that the 高中部 is out of scope, the rows are read as they stand, and what to do if the values are the whole school's", () => {
    const params = { name: "实验学校（高中部）" };
    expect(message("read_senior_part_own_values", params, "zh")).toBe("“实验学校（高中部）”是完全中学或十二年一贯制学校的高中部，不在义务教育评估范围，不作为学校读取；该校各学段行各自填写了校舍、设备等共用项，各学段按各自所在行的数据评估；如这些数其实是全校共用的，请将该列在该校各行上合并为一个单元格");
    expect(message("read_senior_part_own_values", params, "en")).toContain("each stage is evaluated on its own row's numbers");
  });
});
