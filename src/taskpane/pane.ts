import { columnLetters, splitReference, typedReference } from "../workbook/address";
import { forPane } from "../addin/addinIssues";
import { loadSettings } from "../addin/addinSettings";
import { CachedSource } from "../addin/cachedSource";
import { movedFix, type HeldFix } from "../addin/heldFixes";
import { withFix } from "../addin/mappingView";
import type { PaneEnv } from "../addin/paneEnv";
import type { ProposedRange } from "../adapters/office/OfficeNavigator";
import type { RibbonOutcome } from "../addin/ribbonEvaluate";
import { DEFAULT_PROFILE_ID } from "../profiles/resolveProfile";
import type { FixRole } from "../workbook/read/matchColumns";
import { afterBusyWait } from "./busyHint";
import { byId, focusDropped } from "./dom";
import { draftFor, NO_FIXES } from "./draft";
import { ribbonDoneLine } from "./doneLine";
import { DraftReader } from "./draftReader";
import { focusColumn, focusRoleButton } from "./listFocus";
import { focusedHeld, refocusHeld, showHeld } from "./heldLine";
import { evaluateDraft } from "./evaluateRun";
import { MappingPanel } from "./mappingPanel";
import { proposeDraft, readerChoiceHint, readerChoiceParams, refusedHint, restoreDraft } from "./openingDraft";
import { bindControls } from "./paneBindings";
import { paneContext, type PaneContext } from "./paneContext";
import { PaneNotice } from "./paneNotice";
import { ProgressLine } from "./progressLine";
import { ResultView } from "./resultView";
import type { ReadResult } from "../workbook/read/readWorkbook";
import { fillProfiles, fillYears, yearKnown } from "./ruleLists";
import { SheetList, type SheetsFound } from "./sheetList";
import { showMissingFeatures, translatePane } from "./translatePane";

export { BUSY_HINT_AFTER_MS } from "./busyHint";

/**
 * The task pane: propose the range, show and fix the mapping, choose rules, evaluate, show the
 * verdict. The sheet list holds the workbook's data sheets (the adapter leaves out the result
 * sheets) and always shows the sheet the pane reads. Sheets are read through a cache (CachedSource),
 * cleared whenever the sheets may have changed under it: when the pane is shown or focused again
 * (the user edits the grid outside it), when the user asks for a fresh look, before a column fix
 * and before evaluating. Column fixes name columns by position, so each keeps the header it was
 * chosen for and is held, not applied, once its column holds another, until the user moves it to
 * where that header is now or discards it (heldFixes.ts, heldLine.ts).
 *
 * This class composes the parts (each in its own file) and handles the user's actions:
 * SheetList (sheet, range and its hint), ruleLists (profile, year), MappingPanel (the mapping
 * table and the lines under it), ResultView (the result, its issues and stale line), ProgressLine
 * (progress and busy hint), PaneNotice (notices and failures), DraftReader (reading the draft).
 */
export class Pane {
  private readonly ctx: PaneContext;
  private readonly notice: PaneNotice;
  private readonly progress: ProgressLine;
  private readonly sheets: SheetList;
  private readonly reader: DraftReader;
  private readonly result: ResultView;
  private readonly mapping: MappingPanel;
  private started = false;
  private translated = false;
  private bound = false;
  /**
   * Once a column fix made under 自动 has narrowed reading to its sheet (the user chose a column,
   * not a sheet), the other school sheets that left unread; null when reading was not narrowed so.
   * 恢复自动识别 gives reading back to 自动.
   */
  private unreadByFix: readonly string[] | null = null;

  constructor(env: PaneEnv) {
    const draft = { sheet: "", range: null, ...NO_FIXES, profileId: DEFAULT_PROFILE_ID, year: null };
    this.ctx = paneContext(env, new CachedSource(env.source), { draft, detections: 0, evaluating: false, opening: false, openedOn: "active", sheetYears: [], held: [] });
    this.notice = new PaneNotice(this.ctx);
    this.progress = new ProgressLine(this.ctx.t);
    this.sheets = new SheetList(this.ctx);
    this.reader = new DraftReader(this.ctx, this.sheets, () => this.showHeld());
    this.result = new ResultView(this.ctx, this.notice);
    const host = { adoptSheet: (sheet: string | null, found?: SheetsFound) => this.sheets.adopt(sheet, found), hideProblems: () => this.result.hideProblems() };
    this.mapping = new MappingPanel(this.ctx, { ...host, fix: (column, role, shown) => void this.fix(column, role, shown) });
  }

  /** Fills the pane and reads the data once; later calls do nothing (the pane may be started when it becomes visible). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.translate();
    showMissingFeatures(this.ctx);
    await this.notice.guard(async () => {
      const names = await this.reader.sheetNames();
      try {
        await restoreDraft(this.ctx, { notice: this.notice, sheets: this.sheets }, names);
      } finally {
        this.sheets.fill(names, await this.reader.hiddenSheets()); // a failed proposal (the selection unreadable) must not leave the list empty
      }
    });
    fillProfiles(this.ctx);
    this.bind();
    await this.detect();
  }

  /** Reads the range to show the recognised mapping, what was read, and the rule / figures sheets. */
  async detect(): Promise<void> {
    const state = this.ctx.state;
    const run = ++state.detections;
    const rows = byId("mapping-rows");
    rows.textContent = this.ctx.t("addin_detecting");
    // The read waits, as an evaluation's does, while Excel is busy or a cell is being edited: said after the same wait.
    const cancelSlow = afterBusyWait(() => {
      if (run === state.detections) rows.textContent = `${this.ctx.t("addin_detecting")} ${this.ctx.t("addin_excel_busy_detect")}`;
    });
    const opening = state.opening;
    state.opening = false;
    const done = await this.notice.guard(async () => {
      const shown = await this.reader.readShown(run, opening);
      if (run === state.detections) this.mapping.showRead(shown);
      if (run === state.detections) this.offerYears(shown);
      // What the draft reads now: settings that read what the result was evaluated from leave it current.
      if (run === state.detections) this.result.noteRead(shown.ok ? shown : null);
    });
    cancelSlow();
    if (!done && run === state.detections) rows.textContent = "";
    this.result.markStale();
  }

  async evaluate(): Promise<void> {
    const { ctx, notice, progress, reader, mapping, result } = this;
    await evaluateDraft({ ctx, notice, progress, reader, mapping, result, clearNotice: () => this.clearNotice() });
  }

  /** What the ribbon's 评估 did, shown here when the pane shares its runtime (started or not yet). */
  showRibbonOutcome(outcome: RibbonOutcome): void {
    this.translate();
    if (outcome.kind === "evaluated") {
      // The ribbon ran the saved settings: the result is out of date once the pane's differ from them.
      const saved = loadSettings(this.ctx.env.settings);
      this.result.show(outcome.result, saved, true);
      if (!this.ctx.state.evaluating) this.progress.show(null, ribbonDoneLine(outcome.result.replaced ?? [], this.ctx.env.lang, outcome.result.keptRenamed));
    } else if (outcome.kind === "opened_pane" && outcome.result && !outcome.result.ok) {
      this.result.showProblems(forPane(outcome.result.issues)); // the pane's words: its table is there to choose a column in
    } else if (outcome.kind === "opened_pane" && outcome.text) {
      this.notice.show(outcome.text);
    }
  }

  private translate(): void {
    if (this.translated) return;
    this.translated = true;
    translatePane(this.ctx);
  }

  private bind(): void {
    if (this.bound) return;
    this.bound = true;
    const actions = {
      changeSheet: (sheet: string) => this.changeSheet(sheet),
      changeRange: (range: string | null) => this.changeRange(range),
      repropose: () => this.repropose(),
      wholeSheet: () => this.wholeSheet(),
      refresh: () => this.refresh(),
      resetFixes: () => this.resetFixes(),
      changeProfile: (profileId: string) => this.changeProfile(profileId),
      changeYear: (value: string) => this.changeYear(value),
      evaluate: () => this.evaluate(),
      toggleAllRows: () => this.mapping.toggleAll(),
    };
    bindControls(actions, this.ctx.source);
  }

  /** A sheet chosen in the list narrows reading to it; 自动 ("") gives the choice back to the reader, as the CLI without --sheet. */
  private async changeSheet(sheet: string): Promise<void> {
    this.clearStatus();
    this.readerChoiceHint(sheet);
    this.ctx.source.clear();
    this.unreadByFix = null; // the sheet (and range) now as the user set them
    this.ctx.state.draft = draftFor(this.ctx.state.draft, sheet, null);
    this.sheets.clearRange();
    await this.detect();
  }

  /**
   * A typed range is read as typed; one that is not A1 notation comes back as a problem
   * (readChecked). One typed with its sheet (学校基本情况!A3:AJ43, as the pane itself writes a range
   * read) is that sheet's range, the sheet chosen with it.
   */
  private async changeRange(typed: string | null): Promise<void> {
    this.clearStatus();
    this.sheets.hint("");
    // Full-width forms (A3：AJ43, 学校基本情况！A3:AJ43) read, and shown, as the A1 notation they look like (typedReference).
    const text = typed === null ? null : typedReference(typed);
    const ref = text === null ? null : splitReference(text.trim());
    if (ref !== null && !(await this.sheetExists(ref.sheet))) return;
    const range = ref === null ? text : ref.address;
    if (range !== null && range !== typed) this.sheets.showRange(range);
    // A range typed under 自动 is of the sheet the pane shows read (the first, when several were): it narrows reading to that sheet, chosen.
    const sheet = ref !== null ? ref.sheet : this.ctx.state.draft.sheet === "" && range !== null ? this.sheets.shownOrRead() : this.ctx.state.draft.sheet;
    this.unreadByFix = null; // the sheet (and range) now as the user set them
    this.ctx.state.draft = draftFor(this.ctx.state.draft, sheet, range);
    await this.detect();
  }

  /**
   * Whether the workbook has `sheet`, named with a typed range; when not, it is a typo more likely
   * than a sheet renamed since the list was filled: said so under the range, with the sheets there
   * are, and the draft (and the table read for it, and the range box) left as they were.
   */
  private async sheetExists(sheet: string): Promise<boolean> {
    const listed = await this.reader.sheetNames().catch(() => null);
    if (listed === null || listed.includes(sheet)) return true;
    // The names kept may predate a sheet the user has just added: asked again before saying it is not there.
    this.ctx.source.clear();
    const names = await this.reader.sheetNames().catch(() => null);
    // Names that cannot be listed: the read that follows says what failed.
    if (names === null) return true;
    // A sheet added since: listed, so that the list can show it chosen (a list without it would give the draft back to 自动).
    if (names.includes(sheet)) {
      this.sheets.fill(names, await this.reader.hiddenSheets());
      return true;
    }
    this.sheets.showRange(this.ctx.state.draft.range ?? "");
    this.sheets.hint("addin_range_sheet_unknown", { sheet, sheetList: names.join("、") }, true);
    return false;
  }

  /** 使用当前选区: Excel's selection, on its own sheet (proposeDraft). */
  private async repropose(): Promise<void> {
    let taken = null as ProposedRange | null; // set in the guard: not narrowed to null
    this.clearStatus();
    await this.notice.guard(async () => {
      this.ctx.source.clear();
      const names = await this.reader.sheetNames();
      taken = await proposeDraft(this.ctx, this.sheets, names);
      this.sheets.fill(names, await this.reader.hiddenSheets());
    });
    // A proposal refused leaves the draft, and the mapping shown for it, as they were.
    if (taken === null && this.ctx.state.draft.sheet !== "") return;
    await this.detect();
    // A selection that gave way to the whole sheet: why, and the range read, which the box leaves empty.
    // Not once the read fell back on another sheet (the active one held no school table): its hint says so.
    const hint = taken === null || taken.sheet !== this.ctx.state.draft.sheet ? null : refusedHint(taken, this.mapping.readExtent());
    if (hint !== null) this.sheets.hint(hint.code, hint.params);
  }

  /**
   * 使用整张表: the whole used range of the sheet chosen in the 工作表 list, which the button sits
   * under — not Excel's active sheet, which may be another (the user looked at 县级指标).
   */
  private async wholeSheet(): Promise<void> {
    const sheet = this.sheets.shown();
    this.clearStatus();
    this.ctx.source.clear();
    this.unreadByFix = null; // the sheet (and range) now as the user set them
    this.ctx.state.draft = draftFor(this.ctx.state.draft, sheet, null);
    this.sheets.clearRange();
    if (sheet === "") this.readerChoiceHint(sheet);
    else this.sheets.hint("addin_range_whole_sheet", { sheet });
    await this.detect();
  }

  /** 识别列: forget what was read (the user may have changed the sheets), list the sheets again, read again. */
  private async refresh(): Promise<void> {
    this.clearStatus();
    this.ctx.source.clear();
    await this.notice.guard(async () => this.sheets.fill(await this.reader.sheetNames(), await this.reader.hiddenSheets()));
    await this.detect();
  }

  /**
   * 恢复自动识别: forgets every column the user set or ignored, and reads again. The way back from
   * a choice that leaves nothing readable (学校名称 set to 不使用 empties the table it was made in).
   */
  private async resetFixes(): Promise<void> {
    const draft = this.ctx.state.draft;
    const corrected = [...Object.values(draft.fixes), ...draft.ignored].sort((a, b) => a - b).map(columnLetters);
    const button = byId("mapping-reset");
    const focused = document.activeElement === button;
    this.clearStatus();
    this.ctx.source.clear();
    await this.dropFixes();
    // The button is hidden now (nothing left to reset): a keyboard user goes on from the table, not from the top.
    if (focused && (button.offsetParent === null || focusDropped())) focusRoleButton(mappingBody(), corrected);
  }

  /** Reads again without the corrections (and those held: the user chose to drop all); reading a fix narrowed under 自动 goes back to 自动. */
  private async dropFixes(): Promise<void> {
    const narrowed = this.unreadByFix !== null;
    this.ctx.state.held = [];
    const sheet = narrowed ? "" : this.ctx.state.draft.sheet;
    this.ctx.state.draft = { ...this.ctx.state.draft, sheet, ...NO_FIXES };
    if (narrowed) this.readerChoiceHint(sheet);
    this.unreadByFix = null;
    await this.detect();
  }

  /** The years a read found the school sheets to state (a sheet chosen: all of them still, withNewerYearNote), offered in the 评估年度 list. */
  private offerYears(read: ReadResult): void {
    if (read.sheetYears === undefined) return;
    this.ctx.state.sheetYears = read.sheetYears;
    fillYears(this.ctx);
  }

  /**
   * A year chosen that neither the new profile sets a target for nor a school sheet states gives
   * way to 最新 as if the user chose it (changeYear: the hint under the range, a new read).
   */
  private async changeProfile(profileId: string): Promise<void> {
    this.clearStatus();
    this.ctx.state.draft = { ...this.ctx.state.draft, profileId };
    const { year } = this.ctx.state.draft;
    const dropped = year !== null && !yearKnown(this.ctx.state, year) ? this.changeYear("") : null;
    fillYears(this.ctx);
    this.mapping.showOptional();
    this.mapping.showRuleSheet();
    this.result.markStale();
    await dropped;
  }

  /** The year chooses the school sheets (and figures) read: read again at once, so that what is shown is what 评估 reads. */
  private async changeYear(value: string): Promise<void> {
    this.clearStatus();
    this.ctx.state.draft = { ...this.ctx.state.draft, year: value === "" ? null : Number(value) };
    if (this.ctx.state.draft.range === null) this.readerChoiceHint(this.ctx.state.draft.sheet);
    this.result.markStale(); // at once: the read may wait on Excel
    await this.detect();
  }

  /** Under 自动 (`sheet` ""), the hint says the reader chooses, naming the year chosen; a sheet chosen says itself. */
  private readerChoiceHint(sheet: string): void {
    const year = this.ctx.state.draft.year;
    if (sheet === "") this.sheets.hint(readerChoiceHint(year), readerChoiceParams(year));
    else this.sheets.hint("");
  }

  /**
   * Applies the role the user chose for `column`, keeping `shown`, the header its row showed, and
   * reads the sheet as it is now: when the column holds another header by then, readDraft drops
   * the choice with a word, so it is never applied to what moved into that column. The draft is
   * changed at once, so a sheet chosen while the read runs starts without it.
   */
  private async fix(column: number, role: FixRole | null, shown: string): Promise<void> {
    const state = this.ctx.state;
    this.clearStatus();
    this.mapping.choose(column);
    this.ctx.source.clear();
    const narrowing = state.draft.sheet === "";
    const { sheet, unread } = this.fixTarget();
    const fixes = withFix(state.draft, column, role, shown);
    // Corrections that give every column the role the reader found (a list stepped through and
    // back) are not worth the sheets a narrowed reading leaves out: reading goes back to 自动.
    // Where it leaves none out they stay, as a role confirmed pins its column (a field for all
    // stages chosen later does not take it).
    if (unread !== null && unread.length > 0 && this.mapping.walksBack(sheet, state.draft.range, fixes)) return void (await this.dropFixes());
    if (narrowing) this.narrowedHint(sheet, unread ?? []);
    this.unreadByFix ??= narrowing ? unread : null;
    state.draft = { ...state.draft, sheet, ...fixes };
    await this.detect();
  }

  /**
   * The sheet a fix is made on — under 自动 the sheet shown, which reading then narrows to — and
   * the school sheets that leaves unread (those the last read took beside it, or an earlier fix
   * left); null when the user chose the sheet.
   */
  private fixTarget(): { sheet: string; unread: readonly string[] | null } {
    const draft = this.ctx.state.draft;
    if (draft.sheet !== "") return { sheet: draft.sheet, unread: this.unreadByFix };
    const sheet = this.sheets.shownOrRead();
    return { sheet, unread: this.sheets.schoolsRead().filter((s) => s !== sheet) };
  }

  /**
   * Under the range, once a fix has narrowed reading from 自动 to `sheet`: the other school sheets
   * the last read took (`others`: 初中 beside 小学) are no longer read, which 评估 would otherwise
   * leave to a warning after the fact; with none, the reader's-choice hint no longer holds and goes.
   */
  private narrowedHint(sheet: string, others: readonly string[]): void {
    if (others.length === 0) this.sheets.hint("");
    else this.sheets.hint("addin_fix_narrows_sheet", { sheet, sheetList: others.join("、"), count: others.length }, true);
  }

  /** The corrections held (heldLine.ts), with their buttons. */
  private showHeld(): void {
    showHeld(this.ctx, { move: (held) => void this.moveHeld(held), drop: (held) => this.dropHeld(held) });
  }

  /** 移到 O 列: the held correction given to the column its header is now in, and read. */
  private async moveHeld(held: HeldFix): Promise<void> {
    const state = this.ctx.state;
    const focused = focusedHeld();
    this.clearStatus();
    this.ctx.source.clear();
    state.held = state.held.filter((h) => h !== held);
    state.draft = { ...state.draft, ...movedFix(state.draft, held) };
    if (held.to !== null) this.mapping.openRow(held.to); // its row shows the correction moved, to be checked there
    await this.detect();
    // Its line is gone with the button: a keyboard user goes on at the next one, else at the row's field list, where the move is checked.
    refocusHeld(focused, () => this.focusRow(held.to ?? held.column));
  }

  /** 放弃该更正: the held correction forgotten; the settings the next 评估 saves no longer hold it. */
  private dropHeld(held: HeldFix): void {
    const focused = focusedHeld();
    this.clearStatus();
    this.ctx.state.held = this.ctx.state.held.filter((h) => h !== held);
    this.showHeld();
    // As after a move: the next held line's button, else the table's row of the column it was for.
    refocusHeld(focused, () => this.focusRow(held.column));
  }

  /** The keyboard's focus to `column`'s row of the mapping table: its field list when the row shows its lists, else its role button. */
  private focusRow(column: number): void {
    focusColumn(mappingBody(), columnLetters(column));
  }

  private clearNotice(): void {
    this.notice.clear();
    this.mapping.forgetMoved();
  }

  /** On each action: the notice, and the last evaluation's "done" and "saved" lines, which speak of what was, not of what the user now does. */
  private clearStatus(): void {
    this.clearNotice();
    this.mapping.forgetChoice(); // a choice's read overtaken by another action: what changes then is not the choice's doing
    // A running evaluation's line stays: hiding it (and its busy timer) while it waits on Excel would leave the pane silent.
    if (!this.ctx.state.evaluating) this.progress.show(null);
    byId("saved").hidden = true;
  }
}

/** The mapping table's body, where its rows are (the table itself before the first read drew one). */
function mappingBody(): HTMLElement {
  return byId("mapping").querySelector("tbody") ?? byId("mapping");
}
