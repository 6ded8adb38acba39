import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { NO_CACHED_RESULT, isNoCachedResult } from "./noCachedResult";
import { parseCellNumber } from "./parseCellNumber";
import { readCountyFigures } from "./readCountyFigures";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

const NO_RESULT = { error: NO_CACHED_RESULT };

/** Every message of the issues, in both languages: none may show the internal marker. */
function texts(issues: readonly Issue[]): string[] {
  return issues.flatMap((i) => [message(i.code, i.params, "zh"), message(i.code, i.params, "en")]);
}

describe("a formula without a stored result (Excel's =IF(…,\"\",…), or a file written by a program)", () => {
  it("is told apart from Excel's own errors, blanks and text", () => {
    expect(isNoCachedResult(NO_RESULT)).toBe(true);
    expect(isNoCachedResult({ error: "#N/A" })).toBe(false);
    expect(isNoCachedResult(null)).toBe(false);
    expect(isNoCachedResult(NO_CACHED_RESULT)).toBe(false);
  });

  it("is a blank number, marked so that the caller can say why, not an invalid one; Excel's errors stay invalid", () => {
    expect(parseCellNumber(NO_RESULT, "count")).toEqual({ status: "blank", noResult: true });
    expect(parseCellNumber(NO_RESULT, "ratio")).toEqual({ status: "blank", noResult: true });
    expect(parseCellNumber(null, "count")).toEqual({ status: "blank" });
    expect(parseCellNumber({ error: "#DIV/0!" }, "count")).toMatchObject({ status: "invalid", reason: "formula_error" });
  });

  it("on a school row reads as a blank cell, with an info note at the cell asking to save the file in Excel if it shows a number there", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "教学及辅助用房面积"],
      ["甲小学", NO_RESULT, 1200],
      ["乙小学", 300, 1500],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const issue = { code: "read_formula_no_result", severity: "info", cell: "学校基本情况!B2", params: { header: "在校生数", field: "students" } };
    expect(result.issues).toContainEqual(issue);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const record = result.input.records[0];
    expect(record?.fields.students).toBeUndefined();
    expect(record?.blankCells?.students).toBe("学校基本情况!B2");
    expect(message(issue.code, issue.params, "zh")).toBe("“在校生数”是公式，文件中没有保存它的计算结果，按空白读取；如 Excel 在此处显示的是数值，请在 Excel 中打开此文件、保存后再评估");
    expect(message(issue.code, issue.params, "en")).toContain("read as blank");
    expect(texts(result.issues).join("\n")).not.toContain(NO_CACHED_RESULT);
  });

  it("in the indoor sports column reads as a blank indoor cell: no indoor rooms, not an unknown indoor area", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "教学及辅助用房面积", "室内体育用房面积", "运动场地面积"],
      ["甲小学", 400, 1200, NO_RESULT, 3000],
      ["乙小学", 300, 1500, 200, 2500],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const record = result.input.records[0];
    // As a blank indoor cell: left out of blankCells, so the engine uses the areas as given.
    expect(record?.blankCells?.indoorSportsArea).toBeUndefined();
    expect(record?.fields.teachingArea?.value).toBe(1200);
    const codes = result.issues.filter((i) => i.cell === "学校基本情况!D2").map((i) => [i.code, i.severity]);
    expect(codes).toEqual(expect.arrayContaining([["read_formula_no_result", "info"], ["read_indoor_blank", "info"]]));
    expect(result.issues.map((i) => i.code)).not.toContain("read_indoor_unreadable");
  });

  it("as a county figure reads as blank (not assessed), with the note at its cell and never the marker in a message", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["规划布局合理", "是"],
        ["教师平均工资与公务员平均工资之比", NO_RESULT],
        ["初中三年巩固率", 0.97],
        ["是否存在重点学校或重点班", NO_RESULT],
      ],
      { sheet: "县级指标" },
    );
    const read = readCountyFigures(grid);
    expect(read?.figures.map((f) => f.code)).not.toContain("G8_pay_ratio");
    expect(read?.figures.map((f) => f.code)).not.toContain("V_key_schools");
    expect(read?.figures.find((f) => f.code === "Q1_consolidation")?.value).toBe(0.97);
    expect(read?.issues).toEqual([
      { code: "read_formula_no_result", severity: "info", cell: "县级指标!B3", params: { header: "教师平均工资与公务员平均工资之比" } },
      { code: "read_formula_no_result", severity: "info", cell: "县级指标!B5", params: { header: "是否存在重点学校或重点班" } },
    ]);
    expect(texts(read?.issues ?? []).join("\n")).not.toContain(NO_CACHED_RESULT);
  });
});
