import type { Stage } from "../../engine/types";
import type { ColumnRole } from "./keys";
import { columnNumberAt } from "./cellNumber";
import type { TotalRowInput, RowStage } from "./totalRowInput";
import type { Sums, RowSets } from "./totalSums";
import { sortedRows, runningSums } from "./runningSums";

/**
 * The running sums a stage's subtotal (小学小计) is compared with: the rows the reader gave that stage
 * — each number of a section of it, and its own stage's column on any row (a combined school's 小学
 * 在校生数) — not those of the other stage. What a statistician may count or not is `open`: a whole
 * combined school's (stage null) column without a stage (a 九年一贯制's one 在校生数 or shared 校舍,
 * counted whole or not at all), and for 中学合计 the 高中部 rows (中学 is 初中 alone or 初中 and 高中);
 * the subtotal agrees with the rows read with or without each. A hidden row left unread counts by
 * the stage the reader gave it (`rowStages`), as a plain total's hidden rows, its open numbers with
 * or without as a read row's (`openHidden`): a hidden 高中部 row left every column it filled
 * unchecked, so a typo in 中学合计 went unsaid (reviewer R5 of s46).
 * @example 小学小计 over 一小 (小学) 1652, 一中 (初中) 980, 三小 (小学) 412 → 2,064; over 育英学校 (九年一贯制) 在校生数（小学） 620 → 620, its 校舍面积 3,000 + 6,500 or 3,000 alike
 * @example 初中小计 over 一中 1100, 二中 800, 育英学校 (九年一贯制, one 在校生数 column) 1030 → 1,900 or 2,930; 3,030 is neither (R4 of s46, B2)
 */
export function stageSums({ grid, rowStages }: TotalRowInput, { rows, hidden, columns }: RowSets, scope: { readonly stage: Stage; readonly senior: boolean }): Sums {
  const { stage, senior } = scope;
  const stageOf = (row: number): RowStage => rowStages?.get(row) ?? null;
  const number = (row: number, role: ColumnRole): number => columnNumberAt(grid, row, role) ?? 0;
  // Not a 高中部 row's: its numbers are seniorPart's (counted or not), never sure, or a 中学合计 over a 初中 column would count them twice.
  const sure = (row: number, role: ColumnRole): number => (stageOf(row) !== "senior" && (role.stage === stage || (role.stage === null && stageOf(row) === stage)) ? number(row, role) : 0);
  const whole = (row: number, role: ColumnRole): number => (role.stage === null && stageOf(row) === null ? number(row, role) : 0);
  const seniorPart = (row: number, role: ColumnRole): number => (senior && stageOf(row) === "senior" && (role.stage === null || role.stage === stage) ? number(row, role) : 0);
  const opens = senior ? [whole, seniorPart] : [whole];
  const mine = (row: number): boolean => stageOf(row) === stage || stageOf(row) === null || (senior && stageOf(row) === "senior");
  const [own, ownHidden] = [rows.filter(mine), hidden.filter(mine)];
  const openRows = sortedRows([...own, ...ownHidden].filter((row) => columns.some((role) => opens.some((open) => open(row, role) !== 0))));
  return {
    read: runningSums(grid, own, columns, sure),
    hidden: runningSums(grid, ownHidden, columns, sure),
    open: opens.map((open) => runningSums(grid, own, columns, open)),
    openHidden: opens.map((open) => runningSums(grid, ownHidden, columns, open)),
    openRows,
  };
}
