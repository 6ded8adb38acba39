import { loadSettings } from "../addin/addinSettings";
import { during } from "../addin/failure";
import { changedColumns, type ChangedColumn } from "../addin/fixHeaders";
import { heldFixes, type HeldFix } from "../addin/heldFixes";
import type { KnownRead } from "../addin/knownRead";
import { withoutColumns } from "../addin/mappingView";
import { headerExtent } from "../workbook/read/mappingExtent";
import { readChecked, readRequest } from "../addin/runPipeline";
import { cellRange, parseRange } from "../workbook/address";
import type { ColumnMapping, ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import { draftFor } from "./draft";
import { holdsNoSchoolTable } from "./holdsNoSchoolTable";
import { readerChoiceHint, readerChoiceParams } from "./openingDraft";
import type { PaneContext, ReadOk } from "./paneContext";
import type { SheetList } from "./sheetList";

/** Reads what the draft says, the pane's way: holding stale column fixes, relisting gone sheets, and falling back on opening. */
export class DraftReader {
  /** `showHeld`: says the corrections held (heldLine.ts), after each read. */
  constructor(
    private readonly ctx: PaneContext,
    private readonly sheets: SheetList,
    private readonly showHeld: () => void,
  ) {}

  sheetNames(): Promise<readonly string[]> {
    return during("reading", () => this.ctx.source.sheetNames());
  }

  /**
   * The sheets hidden in Excel, left out of the 工作表 list as the reader leaves them out of its
   * choice (the pane has no include-hidden setting); none when the host does not say, or fails to:
   * the list then offers them all, which reads no less.
   */
  async hiddenSheets(): Promise<ReadonlySet<string>> {
    const hidden = this.ctx.source.hiddenSheets;
    return new Set(hidden === undefined ? [] : await hidden().catch(() => []));
  }

  /**
   * Reads what the draft says; fixes whose column no longer holds the header they were chosen for
   * are taken out of the draft and held (hold), and the range read again without them (`dropped`).
   */
  async readDraft(): Promise<KnownRead & { dropped: boolean }> {
    const state = this.ctx.state;
    const options = readRequest(state.draft);
    const read = await this.readSaid(options);
    const changed = read.ok ? changedColumns(state.draft.headers, read.mapping) : [];
    if (changed.length === 0 || !read.ok) return this.said({ options, read, dropped: false });
    this.hold(changed, read.mapping);
    const again = readRequest(state.draft);
    return this.said({ options: again, read: await readChecked(this.ctx.source, this.ctx.env.deps, again), dropped: true });
  }

  /**
   * The corrections of the `changed` columns, out of the draft (applied, they would read the data
   * moved into their columns) and held with where their headers are now in `mapping`, replacing
   * any held before for the same columns: the user moves or discards them, and until then the
   * settings 评估 saves keep them (withHeld).
   */
  private hold(changed: readonly ChangedColumn[], mapping: ColumnMapping): void {
    const state = this.ctx.state;
    const draft = state.draft;
    const held = heldFixes(draft, changed, mapping, loadSettings(this.ctx.env.settings));
    const same = (a: HeldFix, b: HeldFix) => a.sheet === b.sheet && a.range === b.range && a.column === b.column;
    state.held = [...state.held.filter((h) => !held.some((n) => same(h, n))), ...held];
    state.draft = { ...draft, ...withoutColumns(draft, changed.map((c) => c.column)) };
  }

  /** A read, once the held corrections are said. */
  private said<T>(read: T): T {
    this.showHeld();
    return read;
  }

  /**
   * What the draft reads; on opening, when the active sheet holds no school table at all (an empty
   * sheet, the county figures, another table: holdsNoSchoolTable), the school sheet the reader
   * finds instead, with a word: read, or, when its header lacks a required column, that header, for
   * the user to say which column holds it (在籍人数 for 在校生数). Not once the run is stale: the
   * user may have chosen a sheet while Excel answered, and the fallback is for the sheet the pane
   * opened on only.
   */
  async readShown(run: number, opening: boolean): Promise<ReadResult> {
    const state = this.ctx.state;
    const active = state.draft.sheet;
    const { read } = await this.readDraft();
    const stillOpen = () => run === state.detections && state.draft.sheet === active;
    if (opening && read.ok && stillOpen() && this.readsOlderYear(read)) return this.readLatest();
    if (opening && stillOpen() && leavesOutHeader(read)) return this.readWholeSheet();
    // Under 自动 ("") the read was the reader's own choice already: there is no other to fall back on.
    if (!opening || active === "" || read.ok || !holdsNoSchoolTable(read) || !stillOpen()) return read;
    const found = await this.readFound(active);
    if (found === null || !stillOpen()) return read;
    this.sheets.fallBack(active, found.sheet);
    return found.read;
  }

  /**
   * Reads as `options` say (readChecked), the pane's way: a sheet not found (renamed or deleted in
   * the grid since the list was filled) lists the sheets again, so that the list shows them as they
   * are; school rows read under the header above them say so under the range (the hint would say
   * the selection's first row is its header); a range with no school table in a sheet that has one
   * above it (sheetHeaderAbove) says so.
   */
  private async readSaid(options: ReadOptions): Promise<ReadResult> {
    const read = await readChecked(this.ctx.source, this.ctx.env.deps, options);
    const gone = read.ok ? undefined : read.issues.find((i) => i.code === "read_sheet_not_found");
    if (gone !== undefined) this.sheets.relist(String(gone.params.sheet ?? ""), await this.sheetNames(), await this.hiddenSheets());
    const under = read.ok ? read.issues.find((i) => i.code === "read_range_header_above") : undefined;
    if (under !== undefined) this.sheets.hint("addin_range_header_above", under.params);
    if (read.ok || options.range === undefined || !holdsNoSchoolTable(read)) return read;
    const header = await this.sheetHeaderAbove(options);
    if (header === null) return read;
    // The line under the range would still say the selection's first row is taken as its header.
    this.sheets.hint("");
    return { ...read, issues: [{ code: "addin_range_without_header", severity: "error", cell: null, params: header }] };
  }

  /**
   * The school table's header of the range's sheet, read whole, when it lies above the range
   * (a selection or a typed A5:J15 under the header of row 4); null when the sheet holds no school
   * table, or its header is not above the range.
   */
  private async sheetHeaderAbove(options: ReadOptions): Promise<{ range: string; sheet: string; row: number; header: string } | null> {
    const { range = "", ...whole } = options;
    const box = parseRange(cellRange(range));
    if (box === null || box.top === 0) return null; // nothing above the first row: not read again
    const read = await readChecked(this.ctx.source, this.ctx.env.deps, whole);
    const found = read.ok ? read.mapping : (read.mapping ?? null);
    if (found === null || holdsNoSchoolTable(read) || found.headerRows.bottom >= box.top) return null;
    return { range, sheet: found.sheet, row: found.headerRows.top + 1, header: headerExtent(found) ?? "" };
  }

  /**
   * Whether the active sheet, opened on, is an older year's school sheet than the one the reader
   * chooses (withNewerYearNote said so): last year's, opened to compare, is not what the CLI reads.
   */
  private readsOlderYear(read: ReadOk): boolean {
    const state = this.ctx.state;
    return state.openedOn === "active" && state.draft.range === null && read.issues.some((i) => i.code === "addin_sheet_newer_year_exists");
  }

  /**
   * The whole sheet the pane opened on, when the selection it opened on left out the header (a
   * few school rows marked while working on them): the user did not ask for that range, and an
   * opening that reads nothing helps no one. The hint says so, and how to read only some schools.
   */
  private async readWholeSheet(): Promise<ReadResult> {
    const { sheet, range } = this.ctx.state.draft;
    this.ctx.state.draft = draftFor(this.ctx.state.draft, sheet, null);
    this.sheets.clearRange();
    this.sheets.hint("addin_selection_without_header", { range: range ?? "", sheet }, true);
    return (await this.readDraft()).read;
  }

  /** Leaves the choice of sheet to the reader, as the CLI does (the latest year's: pickSchoolSheets), and reads it, with a word under the range. */
  private async readLatest(): Promise<ReadResult> {
    this.ctx.state.draft = draftFor(this.ctx.state.draft, "", null);
    const year = this.ctx.state.draft.year;
    this.sheets.hint(readerChoiceHint(year), readerChoiceParams(year));
    return (await this.readDraft()).read;
  }

  /**
   * The school sheet as the reader finds it, when that is not `active`: read, or failing on a
   * school header that lacks a required column (its mapping names the sheet); null when it finds
   * none elsewhere, or only another sheet with no school table (名称 | 数值).
   */
  private async readFound(active: string): Promise<{ read: ReadResult; sheet: string } | null> {
    const read = await readChecked(this.ctx.source, this.ctx.env.deps, readRequest({ ...this.ctx.state.draft, sheet: "", range: null }));
    const sheet = schoolSheetOf(read);
    return sheet === null || sheet === active ? null : { read, sheet };
  }
}

/**
 * Whether a read of the range the pane opened on left out the header: school rows read under the
 * header above them (read_range_header_above), or, where they do not read so, refused for it.
 *
 * @example leavesOutHeader({ ok: true, issues: [{ code: "read_range_header_above", … }], … }) // true
 */
function leavesOutHeader(read: ReadResult): boolean {
  return read.issues.some((i) => i.code === (read.ok ? "read_range_header_above" : "addin_range_without_header"));
}

/**
 * The sheet whose school table a read found: read, or with a header lacking a required column; null when none (or only a header with no school table: holdsNoSchoolTable).
 *
 * @example schoolSheetOf({ ok: true, mapping: { sheet: "学校", … }, … }) → "学校"; schoolSheetOf({ ok: false, issues, mapping: undefined }) → null
 */
function schoolSheetOf(read: ReadResult): string | null {
  if (read.ok) return read.mapping.sheet;
  return read.mapping === undefined || holdsNoSchoolTable(read) ? null : read.mapping.sheet;
}
