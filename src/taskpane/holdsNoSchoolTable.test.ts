import { readWorkbook } from "../workbook/read/readWorkbook";
import { gridOf, sourceOf } from "../workbook/read/testing";
import { holdsNoSchoolTable } from "./holdsNoSchoolTable";

type Row = (string | number | null)[];

/** The issues of reading `rows` as sheet S, beside a school sheet the reader would otherwise find. */
async function issuesOf(rows: Row[]) {
  const other = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校" });
  const read = await readWorkbook(sourceOf([gridOf(rows, { sheet: "S" }), other]), { sheet: "S" });
  if (read.ok) throw new Error("S was read");
  return read.issues;
}

describe("holdsNoSchoolTable", () => {
  it.each<[string, Row[]]>([
    ["an empty sheet", []],
    ["numbers with nothing like a header", [[1, 2], [3, 4]]],
    ["a note", [["填表说明：本表由县教育局填写"]]],
    ["the county figures", [["评估项目", "标准值", "本县现状"], ["教师平均工资与公务员平均工资之比", 1, 1.02]]],
    ["a contact list", [["姓名", "电话"], ["张三", "0838-1234567"]]],
  ])("is true for %s", async (_, rows) => {
    expect(holdsNoSchoolTable(await issuesOf(rows))).toBe(true);
  });

  it.each<[string, Row[]]>([
    ["a school table whose student column is not recognised", [["学校名称", "办学类型", "在籍人数"], ["一小", "小学", 600]]],
    ["a school table with no rows under its header", [["学校名称", "在校生数"]]],
  ])("is false for %s (the user maps the column or fills the rows there)", async (_, rows) => {
    expect(holdsNoSchoolTable(await issuesOf(rows))).toBe(false);
  });

  it("is false for no issues and for a typed range that is not A1 notation", () => {
    expect(holdsNoSchoolTable([])).toBe(false);
    expect(holdsNoSchoolTable([{ code: "addin_range_invalid", severity: "error", cell: null, params: { range: "A1:" } }])).toBe(false);
  });
});
