/**
 * A SheetWatch for the pane's tests, as Office's Worksheet.onChanged and worksheets.onDeleted
 * behave for it: a change on a sheet, or its deletion, reaches the pane only while that sheet is
 * watched, and a handler replaced or stopped hears nothing more. Not used by production code.
 */
import type { SheetChange, SheetWatch } from "../../workbook/sheetWatch";

export class FakeWatch implements SheetWatch {
  /** The sheets watched now. */
  watched: readonly string[] = [];
  /** Every watch asked for, in order (stop: []). */
  readonly history: (readonly string[])[] = [];
  private onChange: ((change: SheetChange) => void) | null = null;
  /** True: the host fails while the handlers are added (OfficeSheetWatch logs it and resolves false); the sheets go unwatched. */
  failing = false;

  async watch(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<boolean> {
    this.watched = this.failing ? [] : [...sheets];
    this.history.push(this.watched);
    this.onChange = this.failing ? null : onChange;
    return !this.failing;
  }

  async stop(): Promise<void> {
    this.watched = [];
    this.history.push([]);
    this.onChange = null;
  }

  /** Excel reports a change of `address` on `sheet` (by the user, or by the add-in's own write). */
  change(sheet: string, address = "B2", changeType = "RangeEdited"): void {
    if (this.watched.includes(sheet)) this.onChange?.({ kind: "changed", worksheetId: `{${sheet}}`, address, changeType });
  }

  /**
   * The user renames `sheet` to `to`: its handler follows the sheet (Worksheet.onChanged is the
   * sheet's, not its name's), so a sheet made under the old name later is unwatched until watched.
   */
  rename(sheet: string, to: string): void {
    this.watched = this.watched.map((s) => (s === sheet ? to : s));
  }

  /**
   * The user deletes `sheet` (worksheets.onDeleted; OfficeSheetWatch reports it as SheetDeleted).
   * Its handler went with it: a sheet made under its name later is another, unwatched until watched.
   */
  delete(sheet: string): void {
    if (!this.watched.includes(sheet)) return;
    this.watched = this.watched.filter((s) => s !== sheet);
    this.onChange?.({ kind: "deleted", worksheetId: `{${sheet}}`, address: "", changeType: "SheetDeleted" });
  }
}
