import { message } from "../../messages/catalogue";
import { NO_CACHED_RESULT, isNoCachedResult } from "./noCachedResult";
import { parseCellNumber } from "./parseCellNumber";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

describe("a formula saved without its result", () => {
  it("is told apart from Excel's own errors, blanks and text", () => {
    expect(isNoCachedResult({ error: NO_CACHED_RESULT })).toBe(true);
    expect(isNoCachedResult({ error: "#N/A" })).toBe(false);
    expect(isNoCachedResult(null)).toBe(false);
    expect(isNoCachedResult(NO_CACHED_RESULT)).toBe(false);
  });

  it("is an invalid number of its own kind, not a formula error and not a blank", () => {
    expect(parseCellNumber({ error: NO_CACHED_RESULT }, "count")).toEqual({ status: "invalid", reason: "formula_no_result", text: NO_CACHED_RESULT });
    expect(parseCellNumber({ error: NO_CACHED_RESULT }, "ratio")).toMatchObject({ reason: "formula_no_result" });
    expect(parseCellNumber({ error: "#DIV/0!" }, "count")).toMatchObject({ reason: "formula_error" });
  });

  it("is reported at its cell, asking to open and save the file in Excel, and the field is left out with its cell kept", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "教学及辅助用房面积"],
      ["甲小学", { error: NO_CACHED_RESULT }, 1200],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const issue = { code: "read_formula_no_result", severity: "error", cell: "学校基本情况!B2", params: { header: "在校生数", text: NO_CACHED_RESULT } };
    expect(result.issues).toContainEqual(issue);
    expect(result.issues.map((i) => i.code)).not.toContain("read_formula_error");
    const record = result.input.records[0];
    expect(record?.fields.students).toBeUndefined();
    expect(record?.blankCells?.students).toBe("学校基本情况!B2");
    expect(message(issue.code, issue.params, "zh")).toBe("“在校生数”是公式，但文件中没有保存它的计算结果（文件可能由其他程序生成），该项未读取；请在 Excel 中打开此文件、保存后再评估");
    expect(message(issue.code, issue.params, "en")).toContain("formula saved without its result");
  });
});
