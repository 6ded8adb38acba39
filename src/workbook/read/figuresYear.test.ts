import { figuresYear, otherYearIssue } from "./figuresYear";
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
