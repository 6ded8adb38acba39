import { parseRange, splitReference } from "../../workbook/address";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { officeStep } from "./OfficeError";
import { isInvalidSelection } from "./invalidSelection";

/** The data range the pane proposes. */
export interface ProposedRange {
  readonly sheet: string;
  /** A1 without the sheet; null: the sheet's used range. */
  readonly range: string | null;
  readonly from: "selection" | "used";
  /** Why a selection gave way to the used range: a single cell (no table), or no header in its first row; absent for no selection to speak of (several areas). */
  readonly refused?: "one_cell" | "no_header";
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

  /**
   * The selection's proposal; for a Ctrl-selection of several areas, which getSelectedRange refuses
   * with InvalidSelection, the active sheet's used range, as for a selection with no header. Not
   * the first area: areas picked apart are no one table, and reading only the first would quietly
   * drop what else the user marked. Should the active sheet be unreadable too, the selection's
   * failure is the one reported.
   */
  private async proposal(): Promise<ProposedRange> {
    try {
      return await this.fromSelection();
    } catch (error) {
      if (!isInvalidSelection(error)) throw error;
      return this.usedOfActiveSheet().catch(() => Promise.reject(error as Error));
    }
  }

  private async usedOfActiveSheet(): Promise<ProposedRange> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return { sheet: sheet.name, range: null, from: "used" };
    });
  }

  private async fromSelection(): Promise<ProposedRange> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      if (selection.rowCount === 1 && selection.columnCount === 1) return { sheet: sheet.name, range: null, from: "used", refused: "one_cell" };
      if (selection.rowCount < 2 || selection.columnCount < 2) return { sheet: sheet.name, range: null, from: "used", refused: "no_header" };
      const first = selection.getRow(0).load("values");
      await context.sync();
      const address = selection.address.slice(selection.address.lastIndexOf("!") + 1);
      if (!looksLikeHeader(first.values[0] ?? []) || parseRange(address) === null) return { sheet: sheet.name, range: null, from: "used", refused: "no_header" };
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
