import { byId } from "./dom";

/** How the data a result was evaluated from has changed since (DataWatch); null: not said to. */
export type DataChange = "edited" | "deleted" | null;

/**
 * The stale line once the data changed: a cell or row edited, or a whole sheet read deleted; over
 * no issue at a cell (未发现数据问题, or only issues of a whole sheet such as read_item_columns_missing),
 * without the words on the issues' cells.
 */
const STALE_DATA_LINE = {
  edited: { issues: "addin_result_stale_data", none: "addin_result_stale_data_no_issues" },
  deleted: { issues: "addin_result_stale_deleted", none: "addin_result_stale_deleted_no_issues" },
} as const;

/** What the result shown lists under its tiles: issues, some of them at a cell, or none (未发现数据问题). */
export type Listed = "cells" | "issues" | "none";

/**
 * Greys the result and its issues under their line when `stale`: with other settings the issues
 * may no longer apply (the column an error names just chosen), and the line says they are the
 * last evaluation's; a change of the data (`data`) says so instead, with the words on the issues'
 * cells when the result lists some, and marks the result `stale-data`.
 *
 * @example showStaleLine(t, true, null, "issues") → 设置已更改，请重新评估（下列数据问题为上次评估所得，可能已不适用）;
 *   showStaleLine(t, true, null, "none") → 设置已更改，请重新评估
 */
export function showStaleLine(t: (code: string) => string, stale: boolean, data: DataChange, listed: Listed): void {
  byId("result").classList.toggle("stale", stale);
  byId("result").classList.toggle("stale-data", data !== null);
  byId("result-stale").textContent = t(staleCode(data, listed));
  byId("result-stale").hidden = !stale;
}

function staleCode(data: DataChange, listed: Listed): string {
  if (data !== null) return STALE_DATA_LINE[data][listed === "cells" ? "issues" : "none"];
  return listed === "none" ? "addin_result_stale" : "addin_result_stale_issues";
}
