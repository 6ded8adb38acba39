import { message } from "../messages/catalogue";
import type { Issue } from "../engine/types";
import { forPane } from "./addinIssues";

const at = (code: string, params: Issue["params"] = { year: 2024 }): Issue => ({ code, severity: "info", cell: "学校!A1", params });

describe("the add-in's year notes", () => {
  it.each(["zh", "en"] as const)("keep their codes, and are said (%s) without the CLI's --year, naming the pane's year control", (lang) => {
    const notes = [at("read_year_from_title"), at("read_year_name_differs", { sheet: "学校2023", named: 2023, year: 2024 }), at("target_year_assumed")];
    expect(forPane(notes)).toEqual(notes);
    for (const text of notes.map((i) => message(i.code, i.params, lang, "addin"))) {
      expect(text).not.toContain("--year");
      expect(text).toContain(lang === "zh" ? "任务窗格的“评估年度”" : "Year in the task pane");
    }
  });
});

describe("forPane", () => {
  const missing: Issue = { code: "read_missing_columns", severity: "error", cell: null, params: { sheet: "学校", fieldList: "name,students", found: "序号 | 学校名称（全称） | 在籍人数" } };

  it("says a missing required column as the pane does, keeping severity, cell and params, and every other issue's code", () => {
    expect(forPane([missing, at("read_year_from_title")])).toEqual([{ ...missing, code: "addin_missing_columns", params: { ...missing.params, count: 2 } }, at("read_year_from_title")]);
  });

  it("names the fields and the table to choose them in, not the headers found (zh, en)", () => {
    const [pane] = forPane([missing]);
    const params = pane?.params ?? {};
    // Worded for a list: "choose 学校名称、在校生数" named a choice no Field list has.
    expect(message(pane?.code ?? "", params, "zh")).toBe("未识别出必需的列：学校名称、在校生数。请在上表中逐项找到存放该数据的列（未识别的列已展开），在该列的“字段”下拉框中选择它。");
    expect(message(pane?.code ?? "", params, "en")).toBe("No column was recognised for School name, Students (required): in the table above, find the column that holds each (the columns not recognised are open) and choose it in that column's Field list.");
  });

  it("leaves the reader's text for the ribbon, which has no table beside it", () => {
    expect(message(missing.code, missing.params, "zh", "addin")).toBe(message(missing.code, missing.params, "zh"));
  });
});

describe("forPane: an empty sheet said with what a school table needs (finding 13)", () => {
  const empty = (sheets: string[]): Issue => ({ code: "read_sheets_empty", severity: "error", cell: `${sheets[0] ?? ""}!A1`, params: { sheet: sheets[0] ?? "", sheetList: sheets.join("、"), count: sheets.length, fieldList: "name,students" } });

  it("one sheet: the sheet, then a header row with at least 学校名称 and 在校生数 (zh, en)", () => {
    const [issue] = forPane([empty(["Sheet1"])]);
    expect(issue?.code).toBe("addin_sheets_empty");
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe("工作表“Sheet1”是空的。学校数据表需要一行表头，至少含“学校名称”和“在校生数”两列，其下每所学校一行：请填入数据，或在上方“工作表”中选择学校数据所在的工作表。");
    expect(message(issue?.code ?? "", issue?.params, "en")).toMatch(/^The sheet “Sheet1” is empty\. A school table needs a header row with at least 学校名称 \(school name\) and 在校生数 \(students\)/);
  });

  it("several sheets named each, in curly quotes in English as in Chinese", () => {
    const [issue] = forPane([empty(["Sheet1", "Sheet2"])]);
    expect(message(issue?.code ?? "", issue?.params, "zh")).toMatch(/^工作表“Sheet1”、“Sheet2”都是空的。学校数据表需要一行表头/);
    expect(message(issue?.code ?? "", issue?.params, "en")).toMatch(/^The sheets “Sheet1”, “Sheet2” are empty\. A school table needs/);
  });
});
