import { readWorkbook } from "../workbook/read/readWorkbook";
import { gridOf, sourceOf } from "../workbook/read/testing";
import { holdsNoSchoolTable } from "./holdsNoSchoolTable";

type Row = (string | number | null)[];

/** The failed read of `rows` as sheet S, beside a school sheet the reader would otherwise find. */
async function readOf(rows: Row[]) {
  const other = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校" });
  const read = await readWorkbook(sourceOf([gridOf(rows, { sheet: "S" }), other]), { sheet: "S" });
  if (read.ok) throw new Error("S was read");
  return read;
}

describe("holdsNoSchoolTable", () => {
  it.each<[string, Row[]]>([
    ["an empty sheet", []],
    ["numbers with nothing like a header", [[1, 2], [3, 4]]],
    ["a note", [["填表说明：本表由县教育局填写"]]],
    ["the county figures", [["评估项目", "标准值", "本县现状"], ["教师平均工资与公务员平均工资之比", 1, 1.02]]],
    ["a contact list", [["姓名", "电话"], ["张三", "0838-1234567"]]],
  ])("is true for %s", async (_, rows) => {
    expect(holdsNoSchoolTable(await readOf(rows))).toBe(true);
  });

  // The reader takes 名称 for the school name and says the students column is missing: the name is all it recognises.
  it.each<[string, Row[]]>([
    ["名称 | 数值", [["名称", "数值"], ["规划布局合理", "是"], ["特殊教育学校小学生均公用经费（元）", 6500]]],
    ["名称 | 数值 | 备注", [["名称", "数值", "备注"], ["规划布局合理", "是", null]]],
    ["序号 | 名称 | 数值", [["序号", "名称", "数值"], [1, "规划布局合理", "是"]]],
  ])("is true for the county figures headed %s, whose only column recognised is the name", async (_, rows) => {
    const read = await readOf(rows);
    expect(read.issues.map((i) => i.code)).toEqual(["read_missing_columns"]);
    expect(read.mapping?.columns.map((c) => c.field)).toEqual(["name"]);
    expect(holdsNoSchoolTable(read)).toBe(true);
  });

  it.each<[string, Row[]]>([
    ["a school table whose student column is not recognised", [["学校名称", "办学类型", "在籍人数"], ["一小", "小学", 600]]],
    ["a school table missing only its students, with teachers beside", [["学校名称", "办学类型", "在籍人数", "专任教师"], ["一小", "小学", 600, 30]]],
    ["a school table whose name column is not recognised", [["在校生数", "专任教师数"], [300, 20]]],
    ["a school table with no rows under its header", [["学校名称", "在校生数"]]],
  ])("is false for %s (the user maps the column or fills the rows there)", async (_, rows) => {
    expect(holdsNoSchoolTable(await readOf(rows))).toBe(false);
  });

  it("is false for no issues and for a typed range that is not A1 notation", () => {
    expect(holdsNoSchoolTable({ issues: [] })).toBe(false);
    expect(holdsNoSchoolTable({ issues: [{ code: "addin_range_invalid", severity: "error", cell: null, params: { range: "A1:" } }] })).toBe(false);
  });

  it("is false for a missing column without the header's mapping (nothing says what was recognised)", () => {
    expect(holdsNoSchoolTable({ issues: [{ code: "read_missing_columns", severity: "error", cell: null, params: { sheet: "S", fieldList: "students", found: "名称 | 数值" } }] })).toBe(false);
  });
});
