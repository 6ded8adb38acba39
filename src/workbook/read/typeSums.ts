import type { SchoolType } from "../../engine/types";
import { columnNumberAt } from "./cellNumber";
import type { Sums, RowSets } from "./totalSums";
import type { SeniorInput } from "./totalRowInput";
import { runningSums } from "./runningSums";

/**
 * The running sums a kind of school's subtotal (九年一贯制小计) is compared with: every number of the
 * rows the reader gave that kind, both stages; a row of no known kind, a 高中部 row (a 完全中学小计 may
 * count it or not) or a hidden row left unread leaves each column it fills unchecked (`unknown`;
 * a stage's subtotal counts such rows with or without instead: stageSums).
 * @example 九年一贯制小计 over 一小 (小学) 500, 育英学校 (九年一贯制) 1030, 一中 (初中) 800 → 1,030
 */
export function typeSums({ grid, rowTypes, rowStages, seniorSchools }: SeniorInput, { rows, hidden, columns }: RowSets, type: SchoolType): Sums {
  const typeOf = (row: number): SchoolType => rowTypes?.get(row) ?? "other";
  const unknown = (row: number): boolean => typeOf(row) === "other" || rowStages?.get(row) === "senior";
  // A senior high school is of no kind a compulsory school's subtotal names: not counted, nor unknown.
  const own = rows.filter((row) => !seniorSchools.has(row) && (typeOf(row) === type || typeOf(row) === "other"));
  const read = runningSums(grid, own, columns, (row, role) => (unknown(row) ? 0 : (columnNumberAt(grid, row, role) ?? 0)));
  const unknownRead = runningSums(grid, own, columns, (row, role) => (unknown(row) && columnNumberAt(grid, row, role) !== null ? 1 : 0));
  const unknownHidden = runningSums(grid, hidden, columns, (row, role) => (columnNumberAt(grid, row, role) === null ? 0 : 1));
  return { read, hidden: runningSums(grid, [], columns), unknown: { read: unknownRead, hidden: unknownHidden } };
}
