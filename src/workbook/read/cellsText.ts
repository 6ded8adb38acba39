import { a1, parseRange, splitReference } from "../address";

/**
 * A cell `Sheet!F10` split into its sheet, column and row (splitReference, parseRange); null for
 * anything else, a range or a cell not written as the reader writes cells (a1: no `$`).
 */
function splitCell(cell: string): { sheet: string; column: number; row: number; address: string } | null {
  const ref = splitReference(cell);
  const box = ref === null ? null : parseRange(ref.address);
  if (ref === null || box === null || ref.address !== a1(box.top, box.left)) return null;
  return { sheet: ref.sheet, column: box.left, row: box.top, address: ref.address };
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
  return adjacent ? `${cells[0] ?? ""}:${parts.at(-1)?.address ?? ""}` : cells.join(", ");
}
