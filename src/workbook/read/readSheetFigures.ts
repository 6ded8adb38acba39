import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import type { ReadFigure } from "./stagelessFigures";
import { mergeAt } from "./mergeIndex";
import { textAt } from "./rowMeta";
import { rowOnSheet, unreadIssues } from "./unreadRows";
import type { SheetFigures } from "./countyFigures";
import { sheetItems, noItemRead } from "./sheetItems";
import { type SheetScope, sheetScope, scopeIssues } from "./sheetScope";
import { readFigures } from "./readFigures";
import { withVetoesHeld } from "./withVetoesHeld";
import { computedFigures } from "./computedFigures";

/**
 * One figures sheet read (readCountyFigures), its stage-less G7 and G13 figures left for
 * withStages; each row of a list down with a value that nothing was read from nor said of is said
 * at its value cell (unreadRows). Hidden or filtered-out rows are skipped unless `includeHidden`,
 * and said in one warning (or, read, one note) naming their items (hiddenFigureRows).
 */
export function readSheetFigures(grid: Grid, includeHidden = false, schools: readonly string[] = []): SheetFigures | null {
  const found = sheetItems(grid);
  if (found === null) return null;
  if (found.known === 0) return found.across ? null : noItemRead(grid, found.layout);
  const scope = sheetScope(grid, found, includeHidden, schools);
  const issues = scopeIssues(scope);
  const read = withVetoesHeld(scope, readFigures(scope, issues), issues);
  const { computed, declared } = computedFigures(scope, read);
  const unread = unreadIssues(scope, [...read.map((r) => r.figure), ...computed.figures], [...issues, ...computed.issues]);
  // A 是 / 否 the amounts overrule was not read as the county's verdict: payDeclared says what was done instead.
  const overruled = (i: Issue) => i.code === "read_figure_yes_no_answer" && read.some((r) => !declared.read.includes(r) && r.figure.cell === i.cell);
  const elsewhere = (i: Issue) => partGivenElsewhere(scope, i, read);
  const placed = (f: CountyFigure) => withCountyCell(scope, f);
  const builtItems = { ...computed, figures: computed.figures.map(placed) };
  return { read: declared.read.map((r) => ({ ...r, figure: placed(r.figure) })), issues: [...issues.filter((i) => !overruled(i) && !elsewhere(i)), ...unread], computed: builtItems };
}

/**
 * A read_figure_two_parts_one warning whose missing part is read from another row of the sheet for
 * the same county: the part is given, only not beside the other (reviewer R4, finding 3).
 *
 * @example 随迁子女…就读比例（留守儿童…）| 91.2% at B16 and 留守儿童关爱体系健全 | 是 at B17 → true for B16's warning
 */
function partGivenElsewhere(scope: SheetScope, issue: Issue, read: readonly ReadFigure[]): boolean {
  const row = rowOnSheet(scope.grid.sheet, issue.cell);
  if (issue.code !== "read_figure_two_parts_one" || row === null) return false;
  const county = scope.countyOf(row);
  return read.some(({ figure }) => figure.code === issue.params.secondItem && figure.county === county);
}

/**
 * A figure of a row with a 县区 cell, given that cell (CountyFigure.countyCell): the row's own, or
 * the one above its block's blank cells take their county from (countiesDown); as it is on a sheet
 * without a county column or a figure naming no county.
 *
 * @example 东三县 in A34, 初中三年巩固率 96% in C34 → { …, cell: "县级指标!C34", countyCell: "县级指标!A34" }
 */
function withCountyCell(scope: SheetScope, figure: CountyFigure): CountyFigure {
  const column = scope.layout.countyColumn;
  const row = rowOnSheet(scope.grid.sheet, figure.cell);
  if (column === null || row === null || figure.county === null) return figure;
  // A county merged down over its block is named in the merge's top cell.
  const own = textAt(scope.grid, row, column) === null ? null : qualified(scope.grid.sheet, a1(mergeAt(scope.grid, row, column)?.top ?? row, column));
  const cell = own ?? scope.counties?.get(row)?.from ?? null;
  return cell === null ? figure : { ...figure, countyCell: cell };
}
