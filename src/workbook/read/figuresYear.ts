import type { Issue } from "../../engine/types";
import { cellPlace, qualified } from "../address";
import type { Grid } from "../types";
import { layoutOf } from "./figuresLayout";
import { issueAtCell } from "./issue";
import type { CountyFigures } from "./readCountyFigures";
import { sheetNameYear, titleYear } from "./titleYear";

/**
 * The year a county figures sheet states, with the cell said for it: its name's (2024年县级指标, at
 * A1), else its title's, read as a school sheet's is (titleYear) over the rows above its 项目 | 数值
 * header (示例县2024年政府保障与教育质量指标), or without a header above its first figure.
 *
 * @example figuresYear(gridOf([["示例县2024年政府保障与教育质量指标"], ["项目", "数值"], ["初中三年巩固率", 0.93]], { sheet: "县级指标" }), figures) // { year: 2024, cell: "县级指标!A1" }
 */
export function figuresYear(grid: Grid, figures: CountyFigures): { year: number; cell: string } | null {
  const named = sheetNameYear(grid.sheet);
  if (named !== null) return { year: named, cell: qualified(grid.sheet, "A1") };
  const title = titleYear(grid, layoutOf(grid).headerRow ?? firstFigureRow(figures, grid));
  return title === null || title.cell === null ? null : { year: title.year, cell: title.cell };
}

/** The topmost sheet row of a figure, or the row below the grid when none has a cell. */
function firstFigureRow(figures: CountyFigures, grid: Grid): number {
  const rows = figures.figures.map((f) => cellPlace(f.cell)?.row ?? Infinity);
  return Math.min(grid.top + grid.values.length, ...rows);
}

/**
 * The note leaving out a figures sheet that states another year than the one evaluated (2023年县级指标,
 * or 县级指标 titled 2024年… beside 2025's schools): read with them it would judge the county by
 * another year's figures. Null when the years agree, or either is not known.
 *
 * @example otherYearIssue(sheet 县级指标 titled 示例县2024年…, its figures, 2025) // read_figures_other_year at 县级指标!A1 { sheet: "县级指标", named: 2024, year: 2025 }
 */
export function otherYearIssue(grid: Grid, figures: CountyFigures, year: number | null): Issue | null {
  const stated = year === null ? null : figuresYear(grid, figures);
  if (stated === null || year === null || stated.year === year) return null;
  return issueAtCell("read_figures_other_year", "info", stated.cell, { sheet: grid.sheet, named: stated.year, year });
}

/** The years a bracketed year remark names (2024年 → [2024]; 2023-2024学年 and 2023-24学年 → [2023, 2024]; 截至2024年 → [2024]). */
function remarkYears(remark: string): number[] {
  // A school year's second year may be written short (2023-24学年, which yearRemark accepts): its century is the first's.
  const short = /((?:19|20)\d{2})\s*[-—–~至到]\s*(\d{2})(?!\d)/.exec(remark);
  if (short !== null) return [Number(short[1]), Number((short[1] ?? "").slice(0, 2) + (short[2] ?? ""))];
  return (remark.match(/(?:19|20)\d{2}/g) ?? []).map(Number);
}

/**
 * A read_figure_year_remark whose year is not `year` (96.8%（2023年） evaluated for 2024; a school year
 * 2023-2024学年 is of both) made a warning saying both years (read_figure_year_other, reviewer R1,
 * finding 7): the value may be another year's; when the years agree, the note says so
 * (read_figure_year_same, still info). As it is when `year` is unknown.
 *
 * @example remarkYearChecked(read_figure_year_remark { year: "2023年" }, 2024) // read_figure_year_other (warning) { year: "2023年", evaluated: 2024 }; with 2023 → read_figure_year_same (info)
 */
export function remarkYearChecked(issue: Issue, year: number | null): Issue {
  if (issue.code !== "read_figure_year_remark" || year === null) return issue;
  const params = { ...issue.params, evaluated: year };
  // The note as read says the year was not checked: once it is, it says which way.
  if (remarkYears(String(issue.params["year"] ?? "")).includes(year)) return { ...issue, code: "read_figure_year_same", params };
  return { ...issue, code: "read_figure_year_other", severity: "warning", params };
}

/**
 * A figures sheet's year remarks checked against the year evaluated (remarkYearChecked): `year`
 * (--year, or the schools' title's), else the year the sheet itself states (figuresYear), on the
 * figures as read and as kept for withStages alike.
 */
export function withRemarkYears(grid: Grid, figures: CountyFigures, year: number | null): CountyFigures {
  const evaluated = year ?? figuresYear(grid, figures)?.year ?? null;
  const checked = (issues: readonly Issue[]) => issues.map((i) => remarkYearChecked(i, evaluated));
  const unstaged = figures.unstaged === undefined ? {} : { unstaged: { ...figures.unstaged, issues: checked(figures.unstaged.issues) } };
  return { ...figures, issues: checked(figures.issues), ...unstaged };
}
