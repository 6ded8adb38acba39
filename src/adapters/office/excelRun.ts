/**
 * How the adapter reaches Excel: `Excel.run` in the host, an in-memory stand-in in tests.
 * This folder is the only place that calls Excel.run.
 */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The host's Excel.run; throws when Office.js has not loaded Excel. */
export const hostExcelRun: ExcelRunner = (batch) => {
  if (typeof Excel === "undefined") throw new Error("Excel JavaScript API is not loaded (open this page inside Excel)");
  return Excel.run(batch);
};
