import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import { rowsNotRead } from "../read/rowsNotRead";

/**
 * The school rows the reader left out, counted by reason, as one sentence; null when none was.
 * The counts of schools beside it are without them, and the issues that say so at each row's
 * cell sit among many others. `pointToSheet` adds where those issues are (the result sheets and
 * the CLI; the task pane, before any result exists, lists them itself).
 *
 * @example rowsNotReadText([two read_duplicate_school, one read_row_no_name], "en", true) // "3 school rows were not read (duplicates: 2, no school name: 1): see the Data issues sheet"
 */
export function rowsNotReadText(issues: readonly Issue[], lang: Lang, pointToSheet: boolean): string | null {
  const counts = rowsNotRead(issues);
  if (counts.length === 0) return null;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const reasons = listText(counts.map(([reason, n]) => countMessage(`out_rows_not_read_${reason}`, n, { n }, lang)), lang);
  const rows = countMessage("out_rows_not_read", total, { n: total, reasons }, lang);
  return pointToSheet ? message("out_rows_not_read_see", { rows }, lang) : rows;
}
