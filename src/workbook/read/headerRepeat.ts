import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { cellText, foldText } from "./text";
import { valueAt } from "./rowMeta";

/** Each header column's labels, every level of its path (学校名称; 专任教师 under 教师数), folded (foldText). */
type HeaderTexts = ReadonlyMap<number, ReadonlySet<string>>;

/** The labels of the band's columns, by column. */
export function headerTexts(band: HeaderBand): HeaderTexts {
  return new Map(band.columns.map((c) => [c.column, new Set(c.path.map(foldText))]));
}

/** What telling a repeated header needs: the table's labels by column, its header's height in rows, the name and number columns. */
export interface HeaderLabels {
  readonly texts: HeaderTexts;
  readonly height: number;
  readonly nameColumn: number;
  readonly fieldRoles: readonly ColumnRole[];
}

/** The header's labels and height (a two-row header repeats over two rows). */
export function headerLabels(band: HeaderBand, nameColumn: number, fieldRoles: readonly ColumnRole[]): HeaderLabels {
  return { texts: headerTexts(band), height: band.bottom - band.top + 1, nameColumn, fieldRoles };
}

/** Whether the cell's text is one of its column's header labels. */
function repeatsLabel(grid: Grid, row: number, column: number, texts: HeaderTexts): boolean {
  const text = cellText(valueAt(grid, row, column));
  return text !== null && texts.get(column)?.has(foldText(text)) === true;
}

/** A number column over the header's rows from `row`: "label" when a cell says its label, "other" when one says anything else, else "blank". */
function columnSays(grid: Grid, row: number, column: number, labels: HeaderLabels): "label" | "other" | "blank" {
  let says: "label" | "blank" = "blank";
  for (let r = row; r < row + labels.height; r++) {
    if (cellText(valueAt(grid, r, column)) === null) continue;
    if (!repeatsLabel(grid, r, column, labels.texts)) return "other";
    says = "label";
  }
  return says;
}

/**
 * The rows of the table's header repeated from `row` (a second table under the first, read in
 * one range, or the header printed again on each page), or 0: the name cell says its column's
 * label (学校名称), and over the header's height (a two-row header's second row too) at least
 * half of the number columns say theirs and none says anything else — no number, no other text.
 * A school's row holds numbers, so it is never one. Read as a school, it was one named 学校名称
 * with an error at each label.
 *
 * @example 学校名称 | 在校生数（人） | 专任教师数（人） under that one-row header → 1; 学校名称 | 300 | 20 → 0
 */
export function headerRepeatRows(grid: Grid, row: number, labels: HeaderLabels): number {
  if (!repeatsLabel(grid, row, labels.nameColumn, labels.texts)) return 0;
  const says = labels.fieldRoles.map((r) => columnSays(grid, row, r.column, labels));
  const repeats = !says.includes("other") && 2 * says.filter((s) => s === "label").length >= labels.fieldRoles.length;
  return repeats ? labels.height : 0;
}
