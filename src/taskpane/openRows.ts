/**
 * Which rows of the mapping table show their field and stage lists, by column number (0-based). The
 * table is drawn again after each correction (the pane reads the sheet again): a row the user opened
 * stays open, so that they can set the field and then the stage. A column a notice asks the user to
 * set (a header close to a field not found, a held correction's new column) opens once when asked;
 * closed by the user, it stays closed while the same notice stands.
 */
export class OpenRows {
  private readonly open = new Set<number>();
  private asked: ReadonlySet<number> = new Set();
  private sheet: string | null = null;

  /** The columns open now. */
  get columns(): ReadonlySet<number> {
    return this.open;
  }

  /**
   * The table now shows `sheet` (null: the same as before): a row of another sheet is another column, so all close.
   *
   * @example rows open {3} on "学校", then shown("初中") → none open; shown(null) leaves {3}
   */
  shown(sheet: string | null): void {
    if (sheet === null || sheet === this.sheet) return;
    this.sheet = sheet;
    this.open.clear();
    this.asked = new Set();
  }

  /**
   * The columns the pane's notices ask the user to set now: those not asked before open.
   *
   * @example ask([3]) → 3 open; the user closes it; ask([3]) → stays closed; ask([]) then ask([3]) → open again
   */
  ask(columns: readonly number[]): void {
    for (const column of columns) if (!this.asked.has(column)) this.open.add(column);
    this.asked = new Set(columns);
  }

  /** Opens (or closes) the row of `column`. */
  set(column: number, open: boolean): void {
    if (open) this.open.add(column);
    else this.open.delete(column);
  }

  /** Whether every row of `columns` is open (false for none: there is nothing to close). */
  allOpen(columns: readonly number[]): boolean {
    return columns.length > 0 && columns.every((c) => this.open.has(c));
  }

  /**
   * Opens every row of `columns`, or closes all when every one is open already.
   *
   * @example {2} open of [1, 2] → toggleAll → {1, 2}; again → {}
   */
  toggleAll(columns: readonly number[]): void {
    const close = this.allOpen(columns);
    this.open.clear();
    if (!close) for (const column of columns) this.open.add(column);
  }
}
