import type { Grid, WorkbookSource } from "../workbook/types";

/**
 * A WorkbookSource that reads each sheet (and range) once until cleared. The pane re-reads the
 * workbook on every mapping change to show the new mapping; through Office.js each read is a round
 * trip per sheet, while the sheets do not change under a dropdown. The pane clears it whenever the
 * sheets may have changed: when it is focused or shown again (the user edits the grid outside it),
 * when the user asks for a fresh look (识别列, 使用当前选区, another sheet), before applying a column
 * fix and before evaluating. A failed read is not kept, so that trying again reads again.
 * `generation` counts the clears, so that what was parsed from the sheets read since one clear
 * can be told apart from what is older (the pane reuses a parse only while it is not).
 */
export class CachedSource implements WorkbookSource {
  private names: Promise<readonly string[]> | null = null;
  private hidden: Promise<readonly string[]> | null = null;
  private readonly grids = new Map<string, Promise<Grid>>();
  private clears = 0;
  readonly hiddenSheets?: () => Promise<readonly string[]>;

  constructor(private readonly inner: WorkbookSource) {
    const hiddenSheets = inner.hiddenSheets?.bind(inner);
    if (hiddenSheets) this.hiddenSheets = () => (this.hidden ??= this.kept(hiddenSheets(), () => (this.hidden = null)));
  }

  sheetNames(): Promise<readonly string[]> {
    return (this.names ??= this.kept(this.inner.sheetNames(), () => (this.names = null)));
  }

  readSheet(name: string, range?: string): Promise<Grid> {
    const key = JSON.stringify([name, range ?? null]);
    const cached = this.grids.get(key);
    if (cached) return cached;
    const read: Promise<Grid> = this.kept(this.inner.readSheet(name, range), () => this.grids.get(key) === read && this.grids.delete(key));
    this.grids.set(key, read);
    return read;
  }

  /** How many times it was cleared: a read begun at one generation saw the sheets as they were then. */
  get generation(): number {
    return this.clears;
  }

  /** Forgets everything read: the next reads go to the workbook. */
  clear(): void {
    this.clears++;
    this.names = null;
    this.hidden = null;
    this.grids.clear();
  }

  /** `promise`, with `forget` run if it fails (the caller still sees the failure). */
  private kept<T>(promise: Promise<T>, forget: () => unknown): Promise<T> {
    promise.catch(() => forget());
    return promise;
  }
}
