import type { ColumnRole } from "./keys";
import { columnNumberAt } from "./cellNumber";
import type { Sums, RowSets } from "./totalSums";
import type { SeniorInput } from "./totalRowInput";
import { sortedRows, runningSums } from "./runningSums";

/**
 * The running sums a plain total (合计, 城区小计) is compared with: every number of the school rows;
 * a senior high school's row among them (县第一高级中学) it may count or not (`open`), since the sheet
 * keeps it beside the compulsory schools (Q2 of s48: 总计 counting one was warned though right).
 * @example 总计 over 城关中学 1207, 第二初级中学 1318, 县第一高级中学 2460 → 2,525 or 4,985
 */
export function plainSums({ grid, seniorSchools }: SeniorInput, { rows, hidden, columns }: RowSets): Sums {
  const number = (row: number, role: ColumnRole): number => columnNumberAt(grid, row, role) ?? 0;
  const read = runningSums(grid, rows, columns, (row, role) => (seniorSchools.has(row) ? 0 : number(row, role)));
  const sums = { read, hidden: runningSums(grid, hidden, columns) };
  if (seniorSchools.size === 0) return sums;
  return { ...sums, open: [runningSums(grid, rows, columns, (row, role) => (seniorSchools.has(row) ? number(row, role) : 0))], openRows: sortedRows([...seniorSchools]) };
}
