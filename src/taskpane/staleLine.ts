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

/**
 * Greys the result under its line when `stale`; a change of the data (`data`) dims the issues too
 * and says so, with the words on the issues' cells when the result lists some (`listsCells`).
 */
export function showStaleLine(t: (code: string) => string, stale: boolean, data: DataChange, listsCells: boolean): void {
  byId("result").classList.toggle("stale", stale);
  byId("result").classList.toggle("stale-data", data !== null);
  byId("result-stale").textContent = t(data === null ? "addin_result_stale" : STALE_DATA_LINE[data][listsCells ? "issues" : "none"]);
  byId("result-stale").hidden = !stale;
}
