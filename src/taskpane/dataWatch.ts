import { sheetsRead } from "../addin/sheetsRead";
import type { SheetChange } from "../workbook/sheetWatch";
import type { PaneContext, ReadOk } from "./paneContext";
import type { DataChange } from "./staleLine";

/** Watches the sheets the result shown was read from (env.watch), and remembers whether one changed. */
export class DataWatch {
  /**
   * A sheet the result shown was evaluated from has changed since, or been deleted (env.watch said
   * so): the result, and its issues' cells, may no longer hold. null: nothing said.
   */
  changed: DataChange = null;
  /** The host failed while the watch of the sheets read was set up: a change would not be said. */
  unwatched = false;
  /** The read whose sheets env.watch watches; null when none. */
  private watched: ReadOk | null = null;

  constructor(
    private readonly ctx: PaneContext,
    /** Hears a change of the data, or the watch failed: the result's lines are drawn again. */
    private readonly onChange: () => void,
  ) {}

  /**
   * Watches the sheets a result is read from (sheetsRead), instead of those watched before: once
   * one changes (a number typed, a row inserted), the result says it may be out of date. The result
   * sheets are not among them, so the add-in's own writes say nothing. `fromScratch` (a new read)
   * forgets a change seen before; the pane's own run watches from its read on and keeps a change
   * made while it ran. Each read is subscribed to afresh (one watch an evaluation), the same read
   * once: a name read again may be another sheet (学校 renamed, a new 学校 made), and the watch
   * follows the sheets, not their names.
   */
  watch(read: ReadOk, fromScratch: boolean): void {
    if (fromScratch) this.changed = null;
    if (read === this.watched) return;
    this.watched = read;
    this.unwatched = false;
    void this.ctx.env.watch?.watch(sheetsRead(read), (change) => this.dataChange(change)).then((ok) => this.settled(read, ok));
  }

  /** The watch of `read` is set up, or failed (ok false): said unless another read is watched by then. */
  private settled(read: ReadOk, ok: boolean): void {
    if (read !== this.watched) return;
    this.unwatched = !ok;
    this.onChange();
  }

  /** No result is shown: there is nothing to watch for. */
  stop(): void {
    this.changed = null;
    this.unwatched = false;
    this.watched = null;
    void this.ctx.env.watch?.stop();
  }

  /**
   * A sheet read has changed, or is gone (said over any edit, before it or after: it says more):
   * what was read of it no longer holds, and neither may the result.
   */
  private dataChange(change: SheetChange): void {
    this.ctx.source.clear();
    this.changed = change.kind === "deleted" || this.changed === "deleted" ? "deleted" : "edited";
    this.onChange();
  }
}
