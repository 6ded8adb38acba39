import type { SheetChange, SheetWatch } from "../../workbook/sheetWatch";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { inSequence } from "./inSequence";

/** SheetChange.changeType of a watched sheet deleted (not Excel's DataChangeType: the whole sheet is gone). */
export const SHEET_DELETED = "SheetDeleted";

/** Runs `batch` in the context a handler was added in: Office removes a handler only through that context. */
export type RunIn = (context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;

const hostRunIn: RunIn = (context, batch) => Excel.run(context, batch);

/** An event handler added (EventHandlerResult of either event): removed through its context. */
type Handler = { readonly context: OfficeExtension.ClientRequestContext; remove(): void };

/**
 * Worksheet.onChanged (ExcelApi 1.7) on each sheet read, so that the pane can say a result is out
 * of date once the data it was evaluated from changes; and worksheets.onDeleted (ExcelApi 1.7),
 * which Excel raises for any sheet, passed on for the sheets read only (by id: a sheet deleted
 * raises no onChanged of its own). Only the sheets read are watched: the add-in's own writes go to
 * its result sheets, which are never among them, and so do its deletions (sheets replaced), so
 * they raise nothing here. `supported` false (a host without ExcelApi 1.7) watches nothing, silently.
 */
/** Whom the handlers of one watch report to: rebound, not replaced, when the same sheets are watched again. */
interface Listener {
  generation: number;
  onChange: (change: SheetChange) => void;
}

export class OfficeSheetWatch implements SheetWatch {
  private handlers: Handler[] = [];
  /** The ids of the sheets the handlers watch (those found, in order) and their listener; null when none. */
  private watching: { readonly ids: readonly string[]; readonly listener: Listener } | null = null;
  /** Counts watches: a handler of an earlier one that reports late is ignored. */
  private generation = 0;
  /** Watches and stops one after another: two at once would leave the earlier's handlers behind. */
  private turn: Promise<void> = Promise.resolve();

  constructor(
    private readonly supported: boolean,
    private readonly run: ExcelRunner = hostExcelRun,
    private readonly runIn: RunIn = hostRunIn,
  ) {}

  /**
   * Watches `sheets`: the handlers there already if the names still lead to the sheets they watch
   * (one request: their ids), else new ones instead (the old removed, one request each, and two to
   * add), so that a name now another sheet's (学校 renamed, a new 学校 made) is watched anew.
   */
  watch(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<boolean> {
    const generation = ++this.generation;
    return this.inTurn(async () => {
      const current = () => this.supported && sheets.length > 0 && generation === this.generation;
      if (current() && this.watching !== null && (await this.sameSheets(sheets, this.watching.ids))) {
        Object.assign(this.watching.listener, { generation, onChange });
        return;
      }
      await this.release();
      if (current()) await this.add(sheets, generation, onChange);
    });
  }

  /** Whether `sheets` name the sheets of `ids` (those found, in order); false when the host cannot tell. */
  private async sameSheets(sheets: readonly string[], ids: readonly string[]): Promise<boolean> {
    const found = await this.run(async (context) => {
      const items = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("id"));
      await context.sync();
      return items.filter((sheet) => !sheet.isNullObject).map((sheet) => sheet.id);
    }).catch(() => null);
    return found !== null && found.length === ids.length && found.every((id, i) => id === ids[i]);
  }

  stop(): Promise<void> {
    this.generation++;
    return this.inTurn(() => this.release()).then(() => undefined);
  }

  /** Runs `step` after those before it; false when it failed (logged, and said by the pane: SheetWatch.watch). */
  private inTurn(step: () => Promise<void>): Promise<boolean> {
    const done = this.turn.then(step).then(
      () => true,
      (error: unknown) => (console.warn("watching the sheets read failed; the pane will not say when their data changes", error), false),
    );
    this.turn = done.then(() => undefined);
    return done;
  }

  /**
   * Adds a handler to each of `sheets` still there (one gone since the read has nothing to watch),
   * and one to the workbook's deletions that hears theirs.
   */
  private async add(sheets: readonly string[], generation: number, onChange: (change: SheetChange) => void): Promise<void> {
    const listener: Listener = { generation, onChange };
    const report = (change: SheetChange) => {
      if (listener.generation === this.generation) listener.onChange(change);
    };
    const changed = async (args: Excel.WorksheetChangedEventArgs) => report({ kind: "changed", worksheetId: args.worksheetId, address: args.address, changeType: args.changeType });
    const { added, ids } = await this.run(async (context) => {
      const found = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("id"));
      await context.sync();
      const there = found.filter((sheet) => !sheet.isNullObject);
      const handlers: Handler[] = there.map((sheet) => sheet.onChanged.add(changed));
      if (there.length > 0) handlers.push(context.workbook.worksheets.onDeleted.add(deletedOf(there.map((sheet) => sheet.id), report)));
      await context.sync();
      return { added: handlers, ids: there.map((sheet) => sheet.id) };
    });
    this.handlers = added;
    this.watching = { ids, listener };
  }

  /**
   * Removes the handlers added, each through its own context, as Office requires; one the host
   * refuses to remove (its sheet deleted since) is passed over, so that the others are removed and
   * the next watch is added — it reports nothing once muted (generation).
   */
  private async release(): Promise<void> {
    const handlers = this.handlers;
    this.handlers = [];
    this.watching = null;
    await inSequence(handlers, (handler) =>
      this.runIn(handler.context as Excel.RequestContext, async (context) => {
        handler.remove();
        await context.sync();
      }).catch((error: unknown) => console.warn("removing a change handler failed; it stays muted", error)),
    );
  }
}

/** An onDeleted handler reporting the deletion of a sheet of `ids` (Excel raises it for every sheet deleted). */
function deletedOf(ids: readonly string[], report: (change: SheetChange) => void): (args: Excel.WorksheetDeletedEventArgs) => Promise<void> {
  return async (args) => {
    if (ids.includes(args.worksheetId)) report({ kind: "deleted", worksheetId: args.worksheetId, address: "", changeType: SHEET_DELETED });
  };
}
