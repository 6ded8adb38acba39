import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { issueAt, issueOf } from "./issue";
import { valueAt } from "./rowMeta";
import { rowRanges } from "./rowRanges";
import { cellText } from "./text";

/** A hidden row of a figures sheet with something on it: its first filled cell, and what it names. */
interface HiddenRow {
  readonly row: number;
  readonly column: number;
  readonly name: string;
}

/** What the reader does with a figures sheet's hidden or filtered-out rows. */
export interface HiddenFigureRows {
  /** Whether a row's figures are left unread (hidden, and hidden rows not asked for). */
  readonly skipped: (row: number) => boolean;
  /** What is said of them: one issue over all the rows with something on them, or none. */
  readonly issues: readonly Issue[];
}

function firstFilled(grid: Grid, row: number): { column: number; text: string } | null {
  for (let c = grid.left; c < grid.left + (grid.values[0]?.length ?? 0); c++) {
    const text = cellText(valueAt(grid, row, c));
    if (text !== null) return { column: c, text };
  }
  return null;
}

/**
 * A figures sheet's hidden or filtered-out rows below `headerRow` (Grid.hiddenRows): skipped
 * unless `includeHidden`, as the school rows are (readSchoolRows), so that a figure kept hidden
 * (last year's 社会认可度, an old 巩固率) does not decide the county; one warning lists them with
 * what each names (`nameOf`: its items, else its first filled cell), or, read as asked, one note.
 * Blank hidden rows are not said.
 *
 * @example hiddenFigureRows(县级指标 with rows 5 and 6 hidden, …, false) // skipped(4) true; read_hidden_figure_rows_skipped at A5, rows "5–6"
 */
export function hiddenFigureRows(grid: Grid, headerRow: number | null, nameOf: (row: number) => string | null, includeHidden: boolean): HiddenFigureRows {
  const hidden = new Set(grid.hiddenRows);
  const first = (headerRow ?? grid.top - 1) + 1;
  const rows: HiddenRow[] = [...hidden]
    .filter((row) => row >= first && row < grid.top + grid.values.length)
    .sort((a, b) => a - b)
    .flatMap((row) => {
      const filled = firstFilled(grid, row);
      return filled === null ? [] : [{ row, column: filled.column, name: nameOf(row) ?? filled.text }];
    });
  return { skipped: (row) => !includeHidden && hidden.has(row), issues: rows.length === 0 ? [] : [hiddenIssue(grid.sheet, rows, includeHidden)] };
}

function hiddenIssue(sheet: string, rows: readonly HiddenRow[], included: boolean): Issue {
  const items = rows.map((r) => r.name).join("、");
  return hiddenRowsIssue({ included: "read_hidden_figure_rows_included", skipped: "read_hidden_figure_rows_skipped" }, sheet, rows, included, { items });
}

/**
 * Hidden or filtered-out rows of a sheet as one issue (the school rows' and the figures'): a
 * warning at the first row's `column` when they were skipped, else an info note — at that cell
 * too, or with none when `column` is null (the school rows: nothing there to point at).
 *
 * @example hiddenRowsIssue({ included: "read_hidden_rows_included", skipped: "read_hidden_rows_skipped" }, "学校", [{ row: 2, column: 0 }], false) // warning at 学校!A3 { rows: "3", count: 1 }; rows 7 to 12 → { rows: "7–12" }, shown 第 7–12 行 / rows 7–12
 */
export function hiddenRowsIssue(codes: { readonly included: string; readonly skipped: string }, sheet: string, rows: readonly { readonly row: number; readonly column: number | null }[], included: boolean, extra: Readonly<Record<string, string>> = {}): Issue {
  const [head] = rows;
  const params = { sheet, rows: rowRanges(rows.map((r) => r.row)), count: rows.length, ...extra };
  if (included && head?.column === null) return issueOf(codes.included, "info", params);
  return issueAt(included ? codes.included : codes.skipped, included ? "info" : "warning", sheet, head?.row ?? null, head?.column ?? 0, params);
}
