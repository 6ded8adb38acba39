import { columnIndex } from "../address";

/** A cell `Sheet!F10` split into its sheet part, column and row; null when not of that form. */
function splitCell(cell: string): { sheet: string; column: number; row: string } | null {
  const m = /^(.*!)([A-Z]{1,3})(\d+)$/.exec(cell);
  return m === null || m[1] === undefined || m[2] === undefined || m[3] === undefined ? null : { sheet: m[1], column: columnIndex(m[2]), row: m[3] };
}

/**
 * Cells as a message names them: a range when they run side by side along one row of one sheet,
 * else each, separated by commas.
 * @example cellsText(["学校!F10", "学校!G10", "学校!H10"]) // "学校!F10:H10"; cellsText(["学校!F10", "学校!H10"]) // "学校!F10, 学校!H10"
 */
export function cellsText(cells: readonly string[]): string {
  const parts = cells.map(splitCell);
  const first = parts[0];
  const adjacent = first != null && cells.length > 1 && parts.every((p, i) => p !== null && p.sheet === first.sheet && p.row === first.row && p.column === first.column + i);
  return adjacent ? `${cells[0] ?? ""}:${(cells.at(-1) ?? "").slice(first.sheet.length)}` : cells.join(", ");
}
