import { parseRange, splitReference } from "../../workbook/address";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { officeStep } from "./OfficeError";

/** The data range the pane proposes. */
export interface ProposedRange {
  readonly sheet: string;
  /** A1 without the sheet; null: the sheet's used range. */
  readonly range: string | null;
  readonly from: "selection" | "used";
}

/** A header row: at least two cells of text that are not numbers. */
export function looksLikeHeader(row: readonly unknown[]): boolean {
  return row.filter((v) => typeof v === "string" && v.trim() !== "" && Number.isNaN(Number(v))).length >= 2;
}

/**
 * What the pane asks of the workbook besides reading and writing: where the data is, and going to
 * a cell. A host failure comes out as an OfficeError saying what could not be done, with the host's
 * error as its cause.
 */
export class OfficeNavigator {
  constructor(private readonly run: ExcelRunner = hostExcelRun) {}

  /** The selection when it has a header row, else the active sheet's used range. */
  async proposeRange(): Promise<ProposedRange> {
    return officeStep("office_selection_failed", {}, () => this.proposal());
  }

  private async proposal(): Promise<ProposedRange> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      if (selection.rowCount < 2 || selection.columnCount < 2) return { sheet: sheet.name, range: null, from: "used" };
      const first = selection.getRow(0).load("values");
      await context.sync();
      const address = selection.address.slice(selection.address.lastIndexOf("!") + 1);
      if (!looksLikeHeader(first.values[0] ?? []) || parseRange(address) === null) return { sheet: sheet.name, range: null, from: "used" };
      return { sheet: sheet.name, range: address, from: "selection" };
    });
  }

  async activateSheet(name: string): Promise<void> {
    await officeStep("office_navigate_failed", { target: name }, () =>
      this.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }),
    );
  }

  /** Activates the sheet of `Sheet!D7` and selects the cell. */
  async selectCell(reference: string): Promise<void> {
    const parts = splitReference(reference);
    if (parts === null) return;
    await officeStep("office_navigate_failed", { target: reference }, () =>
      this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(parts.sheet);
        sheet.activate();
        sheet.getRange(parts.address).select();
        await context.sync();
      }),
    );
  }
}
