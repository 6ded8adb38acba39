/**
 * A change the host reported on a watched sheet: a change to its cells, rows or columns, or the
 * sheet deleted. What the pane needs to say its result is out of date (the Office adapter's
 * OfficeSheetWatch reports Worksheet.onChanged and worksheets.onDeleted as these).
 */
export interface SheetChange {
  readonly kind: "changed" | "deleted";
  readonly worksheetId: string;
  /** The range changed, without the sheet (`E5`, `5:5` for a row inserted); empty for a sheet deleted. */
  readonly address: string;
  /** The host's own word for it (Excel.DataChangeType: RangeEdited, RowInserted, …; SheetDeleted), for the log. */
  readonly changeType: string;
}

/** What the pane depends on (fakes in its tests) and the Office adapter gives, kept here so that neither depends on the other: the sheets an evaluation read, watched for changes to their cells. */
export interface SheetWatch {
  /**
   * Watches `sheets` (by name now; the sheets themselves after, so a rename keeps the watch)
   * instead of the sheets watched before (the same names asked again are looked up again: one may
   * now be another sheet), calling `onChange` on each change to their cells or
   * rows and columns, and once one is deleted. Never throws: a host that cannot watch leaves the
   * pane without the word. Resolves false when the host failed while the watch was set up (the
   * pane then says edits will not mark its result out of date), true otherwise (also when there
   * is nothing to watch, or the host has no such events: the pane names those missing features).
   */
  watch(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<boolean>;
  /** Stops watching; changes reported late by the handlers removed are not passed on. */
  stop(): Promise<void>;
}
