import { message } from "../../messages/catalogue";
import { figuresYear, otherYearIssue, withRemarkYears } from "./figuresYear";
import { readCountyFigures, type CountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

function figuresOf(rows: Parameters<typeof gridOf>[0], sheet: string): { grid: ReturnType<typeof gridOf>; figures: CountyFigures } {
  const grid = gridOf(rows, { sheet });
  const figures = readCountyFigures(grid);
  if (figures === null) throw new Error("no figures");
  return { grid, figures };
}

describe("figuresYear", () => {
  it("reads the year of the sheet's name, else of its title above the 项目 | 数值 header", () => {
    const named = figuresOf([["示例县2025年指标"], ["项目", "数值"], ["初中三年巩固率", 0.97]], "2024年县级指标");
    // The name states it: said at A1, whatever the title says.
    expect(figuresYear(named.grid, named.figures)).toEqual({ year: 2024, cell: "'2024年县级指标'!A1" });
    const titled = figuresOf([["示例县2024年政府保障与教育质量指标"], ["填报日期：2025年1月15日"], ["项目", "数值"], ["初中三年巩固率", 0.97]], "县级指标");
    expect(figuresYear(titled.grid, titled.figures)).toEqual({ year: 2024, cell: "县级指标!A1" });
  });

  it("names none for a title without a year, a filing date only, or a year below the header", () => {
    const none = figuresOf([["示例县县级指标"], ["项目", "数值"], ["初中三年巩固率", 0.97], ["备注：2023年数据", null]], "县级指标");
    expect(figuresYear(none.grid, none.figures)).toBeNull();
    const filed = figuresOf([["填报日期：2025年1月15日"], ["项目", "数值"], ["初中三年巩固率", 0.97]], "县级指标");
    expect(figuresYear(filed.grid, filed.figures)).toBeNull();
  });
});

describe("otherYearIssue", () => {
  const titled = figuresOf([["示例县2024年指标"], ["项目", "数值"], ["初中三年巩固率", 0.97]], "县级指标");

  it("says a sheet of another year than the one evaluated, naming both, at the cell stating it", () => {
    expect(otherYearIssue(titled.grid, titled.figures, 2025)).toEqual({ code: "read_figures_other_year", severity: "info", cell: "县级指标!A1", params: { sheet: "县级指标", named: 2024, year: 2025 } });
  });

  it("says nothing when the years agree or the year evaluated is not known", () => {
    expect(otherYearIssue(titled.grid, titled.figures, 2024)).toBeNull();
    expect(otherYearIssue(titled.grid, titled.figures, null)).toBeNull();
  });
});

describe("withRemarkYears (reviewer R1, finding 7)", () => {
  const dated = (title: string, value: string, year: number | null) => {
    const { grid, figures } = figuresOf([[title], ["项目", "数值"], ["初中三年巩固率", value], ["社会认可度", 0.9]], "县级指标");
    const checked = withRemarkYears(grid, figures, year);
    return { checked, issues: checked.issues.map((i) => [i.code, i.severity, i.cell]) };
  };

  it("warns at a value dated another year than the one evaluated, saying both, the value still read (96.8% → 0.968)", () => {
    const { checked, issues } = dated("示例县2024年指标", "96.8%（2023年）", null);
    expect(checked.figures.find((f) => f.code === "Q1_consolidation")?.value).toBe(0.968);
    expect(issues).toEqual([["read_figure_year_other", "warning", "县级指标!B3"]]);
    const params = checked.issues[0]?.params ?? {};
    expect(params).toMatchObject({ year: "2023年", evaluated: 2024, value: 0.968 });
    expect(message("read_figure_year_other", params, "zh")).toBe(
      "县级指标“初中三年巩固率”填写为“96.8%（2023年）”，已按 96.8% 读取；但括注的年份“2023年”不是评估年度 2024 年，可能是其他年度的数据：请核对，并改填 2024 年的数值",
    );
    expect(message("read_figure_year_other", params, "en")).toBe(
      "County item Junior secondary three-year retention (初中三年巩固率): “96.8%（2023年）” was read as 96.8%, but the year “2023年” in brackets is not the year evaluated (2024) and it may be another year's figure: check it and enter the figure for 2024",
    );
    // As kept for withStages too.
    expect(checked.unstaged?.issues.map((i) => i.code)).toEqual(["read_figure_year_other"]);
  });

  it("takes the year evaluated before the sheet's own (2024年 on a sheet titled 2024, evaluated for 2025)", () => {
    expect(dated("示例县2024年指标", "96.8%（2024年）", 2025).issues).toEqual([["read_figure_year_other", "warning", "县级指标!B3"]]);
  });

  it("says the years agree when the year is the one evaluated or a school year holds it; keeps the note when no year is known", () => {
    expect(dated("示例县2024年指标", "96.8%（2024年）", null).issues).toEqual([["read_figure_year_same", "info", "县级指标!B3"]]);
    expect(dated("示例县指标", "96.8%（2023-2024学年）", 2024).issues).toEqual([["read_figure_year_same", "info", "县级指标!B3"]]);
    // A school year's second year written short is 2024 all the same (it was taken as 2023 alone: another year).
    expect(dated("示例县指标", "96.8%（2023-24学年）", 2024).issues).toEqual([["read_figure_year_same", "info", "县级指标!B3"]]);
    expect(dated("示例县指标", "96.8%（2022-23学年）", 2024).issues).toEqual([["read_figure_year_other", "warning", "县级指标!B3"]]);
    expect(dated("示例县指标", "96.8%（2023年）", null).issues).toEqual([["read_figure_year_remark", "info", "县级指标!B3"]]);
    const params = dated("示例县2024年指标", "96.8%（2024年）", null).checked.issues[0]?.params ?? {};
    expect(message("read_figure_year_same", params, "zh")).toBe("县级指标“初中三年巩固率”填写为“96.8%（2024年）”，已按 96.8% 读取；括注的年份“2024年”与评估年度 2024 年相符");
    expect(message("read_figure_year_same", params, "en")).toBe("County item Junior secondary three-year retention (初中三年巩固率): “96.8%（2024年）” was read as 96.8%; the year “2024年” in brackets agrees with the year evaluated (2024)");
  });
});
