import type { Issue } from "../../engine/types";
import { rowsNotReadText } from "./rowsNotReadText";

const issue = (code: string, params: Issue["params"] = {}): Issue => ({ code, severity: "error", cell: "表!A5", params });
const duplicate = issue("read_duplicate_school", { name: "一小", first: "表!A2" });
const noName = issue("read_row_no_name", { row: 7 });

describe("rowsNotReadText: the school rows left out, in one sentence", () => {
  it("says the total and each reason's count, in the order they were met", () => {
    expect(rowsNotReadText([duplicate, duplicate, noName], "zh", true)).toBe("另有 3 个学校行未读取（与已读取的学校重复 2 行、无学校名称 1 行），见“数据问题”表");
    expect(rowsNotReadText([duplicate, duplicate, noName], "en", true)).toBe("3 school rows were not read (duplicates: 2, no school name: 1): see the Data issues sheet");
  });

  it("one row in the singular; without the pointer to the sheet where none exists yet (the task pane)", () => {
    expect(rowsNotReadText([noName], "en", false)).toBe("1 school row was not read (no school name: 1)");
    expect(rowsNotReadText([issue("read_hidden_rows_skipped", { count: 4 })], "zh", false)).toBe("另有 4 个学校行未读取（隐藏或筛选掉 4 行）");
  });

  it("nothing when every row was read, whatever else went wrong", () => {
    expect(rowsNotReadText([], "zh", true)).toBeNull();
    expect(rowsNotReadText([issue("read_not_a_number")], "en", true)).toBeNull();
  });
});
