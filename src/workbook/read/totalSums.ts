import type { ColumnRole } from "./keys";
import type { RunningSums } from "./runningSums";

/**
 * The school rows' running sums: those read, and those hidden and left unread (readSchoolRows'
 * skippedRows). For a kind's subtotal, `unknown`: per column, how many rows in the range may hold
 * its numbers the check cannot tell from the rest (typeSums); a stage's subtotal takes such rows
 * with or without instead (`open`, stageSums).
 */
export interface Sums {
  readonly read: RunningSums;
  readonly hidden: RunningSums;
  readonly unknown?: { readonly read: RunningSums; readonly hidden: RunningSums };
  /**
   * For a stage's subtotal, what it may count or not, each alone (stageSums): a whole combined
   * school's columns without a stage, a 中学合计's 高中部 rows; it agrees with the rows read with any
   * of them added or none. `openRows`: the rows (sorted) holding such numbers.
   */
  readonly open?: readonly RunningSums[];
  /** The same of the hidden rows left unread (a hidden 高中部 row, a hidden one-row 九年一贯制), over `hidden`'s rows. */
  readonly openHidden?: readonly RunningSums[];
  readonly openRows?: readonly number[];
}

/** The school rows read and hidden (sorted), and the columns summed. */
export interface RowSets {
  readonly rows: readonly number[];
  readonly hidden: readonly number[];
  readonly columns: readonly ColumnRole[];
}
