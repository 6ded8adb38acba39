import { gridOf, sourceOf } from "../workbook/read/testing";
import { readWorkbook, type ReadResult } from "../workbook/read/readWorkbook";
import type { Grid } from "../workbook/types";
import { otherSchoolSheets } from "./otherSchoolSheets";

const HEADER = ["学校名称", "学校类型", "在校生数", "专任教师数"];
const ROWS = [HEADER, ["甲小学", "小学", 1000, 60], ["乙小学", "小学", 500, 30]];
const note = gridOf([["填表说明：本表由县教育局填写"]], { sheet: "说明" });
const figures = gridOf([["项目", "数值"], ["初中三年巩固率", "96%"]], { sheet: "县级指标, 2024" });

async function others(grids: readonly Grid[], sheet: string): Promise<string[]> {
  const source = sourceOf(grids);
  const read: ReadResult = await readWorkbook(source, { sheet });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return otherSchoolSheets(source, read);
}

describe("otherSchoolSheets", () => {
  it("finds none beside the school sheet read when the others are notes, county figures (a name with a comma) or a result sheet", async () => {
    const result = gridOf([["项目", "结论"], ["资源配置", "达标"]], { sheet: "汇总" });
    expect(await others([note, gridOf(ROWS, { sheet: "学校" }), figures, result], "学校")).toEqual([]);
  });

  it("names a copy of the school sheet, and only it", async () => {
    expect(await others([gridOf(ROWS, { sheet: "学校" }), figures, gridOf(ROWS, { sheet: "学校备份" })], "学校")).toEqual(["学校备份"]);
  });

  it("names the sheet the reader did not read when the user read the other (one school is enough)", async () => {
    const one = gridOf([HEADER, ["丙小学", "小学", 300, 20]], { sheet: "2023年" });
    expect(await others([gridOf(ROWS, { sheet: "2024年" }), one], "2024年")).toEqual(["2023年"]);
    expect(await others([gridOf(ROWS, { sheet: "2024年" }), one], "2023年")).toEqual(["2024年"]);
  });
});
