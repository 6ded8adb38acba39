import type { FakeSheet } from "./fakeModel";

/** Worksheet.onChanged's argument as Excel gives it (WorksheetChangedEventArgs), as much as the stand-in fills in. */
export interface FakeChangedArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  /** The range changed, without the sheet: `E5`, `A5:J5`, `5:5` for a row inserted. */
  readonly address: string;
  /** Excel.DataChangeType. */
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted" | "Unknown";
  readonly source: "Local";
  /** ExcelApi 1.14: whether this add-in's own request made the change. */
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

export type FakeChangedHandler = (args: FakeChangedArgs) => unknown;

/** WorksheetCollection.onDeleted's argument as Excel gives it (WorksheetDeletedEventArgs, ExcelApi 1.7). */
export interface FakeDeletedArgs {
  readonly type: "WorksheetDeleted";
  readonly worksheetId: string;
  readonly source: "Local";
}

export type FakeDeletedHandler = (args: FakeDeletedArgs) => unknown;

/**
 * The onChanged handlers registered on each sheet (by id, as Excel keeps them: a renamed sheet
 * keeps its handlers), and the workbook's worksheets.onDeleted handlers. Excel reports a change
 * after the request that made it has returned, never inside it: handlers are called on a later task.
 */
export class FakeSheetEvents {
  private readonly handlers = new Map<string, FakeChangedHandler[]>();
  private deletedHandlers: FakeDeletedHandler[] = [];

  add(sheetId: string, handler: FakeChangedHandler): void {
    this.handlers.set(sheetId, [...(this.handlers.get(sheetId) ?? []), handler]);
  }

  remove(sheetId: string, handler: FakeChangedHandler): void {
    this.handlers.set(sheetId, (this.handlers.get(sheetId) ?? []).filter((h) => h !== handler));
  }

  addDeleted(handler: FakeDeletedHandler): void {
    this.deletedHandlers = [...this.deletedHandlers, handler];
  }

  removeDeleted(handler: FakeDeletedHandler): void {
    this.deletedHandlers = this.deletedHandlers.filter((h) => h !== handler);
  }

  /** How many onChanged handlers `sheetId` has; with none given, every handler there is (onDeleted's too). */
  count(sheetId?: string): number {
    if (sheetId !== undefined) return this.handlers.get(sheetId)?.length ?? 0;
    return [...this.handlers.values()].reduce((n, list) => n + list.length, this.deletedHandlers.length);
  }

  /** How many worksheets.onDeleted handlers there are. */
  countDeleted(): number {
    return this.deletedHandlers.length;
  }

  /** Tells `sheet`'s handlers that `address` changed (`by` the add-in's own request or the user). */
  changed(sheet: FakeSheet, address: string, changeType: FakeChangedArgs["changeType"], by: FakeChangedArgs["triggerSource"] = "Unknown"): void {
    const handlers = this.handlers.get(sheet.id) ?? [];
    if (handlers.length === 0) return;
    const args: FakeChangedArgs = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType, source: "Local", triggerSource: by };
    setTimeout(() => handlers.forEach((handler) => void handler(args)), 0);
  }

  /** Tells the onDeleted handlers that `sheet` was deleted (FakeWorkbookModel.deleteSheet calls it, whoever deletes). */
  deleted(sheet: FakeSheet): void {
    const handlers = this.deletedHandlers;
    if (handlers.length === 0) return;
    const args: FakeDeletedArgs = { type: "WorksheetDeleted", worksheetId: sheet.id, source: "Local" };
    setTimeout(() => handlers.forEach((handler) => void handler(args)), 0);
  }
}
