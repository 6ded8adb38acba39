import { forPane } from "../addin/addinIssues";
import { loadSettings, savedRuleIssues, saveSettings, type AddinSettings } from "../addin/addinSettings";
import { CachedSource } from "../addin/cachedSource";
import { during, failureText } from "../addin/failure";
import { glance } from "../addin/glance";
import { goToCell, goToResult } from "../addin/goToSheet";
import { changedColumns } from "../addin/fixHeaders";
import { headerExtent, mappingView, withFix, withHeadersFrom, withoutColumns, type MappingView, type PaneFixes } from "../addin/mappingView";
import { requiredUnset, roleChanges, roleText, viewWithFixes } from "../addin/roleChanges";
import type { KnownRead } from "../addin/knownRead";
import type { PaneEnv } from "../addin/paneEnv";
import type { RibbonOutcome } from "../addin/ribbonEvaluate";
import type { SheetChange } from "../workbook/sheetWatch";
import { readChecked, readRequest, runPipeline, type RunProgress } from "../addin/runPipeline";
import { sheetsRead } from "../addin/sheetsRead";
import { stableKey } from "../addin/stableKey";
import type { WrittenSheet } from "../addin/writtenSheets";
import type { Evaluation, Issue } from "../engine/types";
import type { Profile } from "../profiles/schema";
import type { OverrideEntry } from "../profiles/overrideEntries";
import { profileText } from "../workbook/write/profileText";
import { message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID } from "../profiles/resolveProfile";
import { cellRange, columnLetters, parseRange } from "../workbook/address";
import { issueCountsText } from "../workbook/write/issueCountsText";
import { rowsNotReadText } from "../workbook/write/rowsNotReadText";
import type { FixRole } from "../workbook/read/matchColumns";
import type { ColumnMapping, ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import { byId, el, link, option } from "./dom";
import { holdsNoSchoolTable } from "./holdsNoSchoolTable";
import { mappingRows } from "./mappingTable";
import { optionalHint } from "./optionalHint";
import { renderGlance, renderIssues } from "./renderResult";
import { resultNotes } from "./resultNotes";

/**
 * The pane's state: what the user is about to confirm. An empty sheet ("") lets the reader find the
 * school sheet; the pane opens on the active sheet's name instead, and falls back to the reader's
 * choice when that sheet holds no school table (readShown).
 */
interface Draft extends PaneFixes {
  sheet: string;
  range: string | null;
  profileId: string;
  year: number | null;
}

type Params = Readonly<Record<string, string | number>>;
type ReadOk = Extract<ReadResult, { ok: true }>;

/**
 * How long one step of a run may last before the pane says why it may be waiting. Office.js
 * requests queue without an error while the user is editing a cell or Excel is busy (a long
 * recalculation, a dialog), so the step's line would stand with no end and no reason; reading or
 * writing a county's schools takes a second or two, so after 8 s the run is waiting, not working.
 */
export const BUSY_HINT_AFTER_MS = 8_000;

/**
 * The stale line once the data changed: a cell or row edited, or a whole sheet read deleted; over
 * no issue at a cell (未发现数据问题, or only issues of a whole sheet such as read_item_columns_missing),
 * without the words on the issues' cells.
 */
const STALE_DATA_LINE = {
  edited: { issues: "addin_result_stale_data", none: "addin_result_stale_data_no_issues" },
  deleted: { issues: "addin_result_stale_deleted", none: "addin_result_stale_deleted_no_issues" },
} as const;

/** A draft's corrections when it reads another sheet or range: none. */
const NO_FIXES: PaneFixes = { fixes: {}, ignored: [], headers: {} };

/** The settings a draft confirms, copied (the draft may change while they are saved). */
function settingsOf(draft: Draft): AddinSettings {
  const { sheet, range, fixes, ignored, headers, profileId, year } = draft;
  return { sheet, range, fixes: { ...fixes }, ignored: [...ignored], headers: { ...headers }, profileId, year };
}

/** What a result depends on, comparable: the draft's sheet, range, column choices and rules (whatever order the fixes were set or the columns ignored in). */
function basisKey({ sheet, range, fixes, ignored, profileId, year }: Pick<Draft, "sheet" | "range" | "fixes" | "ignored" | "profileId" | "year">): string {
  return stableKey({ sheet, range, fixes, ignored, profileId, year });
}

/** Calls `show` once `ms` (BUSY_HINT_AFTER_MS) have passed, unless the returned cancel is called first. */
function afterBusyWait(show: () => void, ms = BUSY_HINT_AFTER_MS): () => void {
  const timer = setTimeout(show, ms);
  return () => clearTimeout(timer);
}

/**
 * The task pane: propose the range, show and fix the mapping, choose rules, evaluate, show the
 * verdict. The sheet list holds the workbook's data sheets (the adapter leaves out the result
 * sheets) and always shows the sheet the pane reads. Sheets are read through a cache (CachedSource),
 * cleared whenever the sheets may have changed under it: when the pane is shown or focused again
 * (the user edits the grid outside it), when the user asks for a fresh look, before a column fix
 * and before evaluating. Column fixes name columns by position, so each keeps the header it was
 * chosen for and is dropped, with a word, once its column holds another (fixHeaders.ts).
 */
export class Pane {
  private draft: Draft = { sheet: "", range: null, ...NO_FIXES, profileId: DEFAULT_PROFILE_ID, year: null };
  private readonly source: CachedSource;
  private started = false;
  private translated = false;
  private bound = false;
  /** Counts detections, so that an older one finishing late does not overwrite a newer one. */
  private detections = 0;
  private showing: "result" | "problems" | null = null;
  /** basisKey of the settings the result shown was evaluated with; null when not known (nothing shown, or problems). */
  private shownBasis: string | null = null;
  /**
   * A sheet the result shown was evaluated from has changed since, or been deleted (env.watch said
   * so): the result, and its issues' cells, may no longer hold. null: nothing said.
   */
  private dataChanged: "edited" | "deleted" | null = null;
  /** The result shown lists issues (false: its list says there are none). */
  private listsCells = false;
  /** The read whose sheets env.watch watches; null when none. */
  private watched: ReadOk | null = null;
  /** The fields of the columns last read, for the optional-column hint when the profile changes. */
  private present: ReadonlySet<string> | null = null;
  /** Cancels the wait that shows the busy hint when the running step lasts BUSY_HINT_AFTER_MS; null while no step runs. */
  private cancelBusy: (() => void) | null = null;
  /** An evaluation is under way: its progress line and busy hint are its own until it ends (other actions leave them). */
  private evaluating = false;
  /** The first read of the sheet the pane opened on (the active one, or the saved settings' sheet): when it holds no school table, the reader's choice is read instead. */
  private opening = false;
  /** What the pane opened on, for the word when it reads another sheet (fallBack): the active sheet, or the sheet of the saved settings. */
  private openedOn: "active" | "saved" = "active";
  /** The table shown, and the table last read with the sheet and range it was read for (shown again, corrected, when a correction leaves nothing readable). */
  private shownView: MappingView | null = null;
  private lastTable: { sheet: string; range: string | null; fixes: string; view: MappingView } | null = null;
  /** The column the user has just given a role, and the table it was chosen on: the other columns that change with it are said (roleChanges). */
  private choice: { column: number; before: MappingView } | null = null;
  /** The lines under the mapping table: why the data could not be read, and which other columns a choice changed. */
  private readProblem: readonly string[] = [];
  private moved: readonly string[] = [];

  constructor(private readonly env: PaneEnv) {
    this.source = new CachedSource(env.source);
  }

  private t(code: string, params: Params = {}): string {
    return message(code, params, this.env.lang);
  }

  /** Fills the pane and reads the data once; later calls do nothing (the pane may be started when it becomes visible). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.translate();
    this.showMissingFeatures();
    await this.guard(async () => {
      const names = await this.sheetNames();
      try {
        await this.restore(names);
      } finally {
        this.fillSheets(names); // a failed proposal (the selection unreadable) must not leave the list empty
      }
    });
    this.fillProfiles();
    this.bind();
    await this.detect();
  }

  private translate(): void {
    if (this.translated) return;
    this.translated = true;
    document.documentElement.lang = this.env.lang === "en" ? "en" : "zh-CN";
    document.title = this.t("addin_title");
    byId("title").textContent = this.t("addin_title");
    byId("subtitle").textContent = this.t("addin_subtitle");
    document.querySelectorAll<HTMLElement>("[data-t]").forEach((node) => (node.textContent = this.t(node.dataset.t ?? "")));
  }

  private showMissingFeatures(): void {
    const features = byId("features");
    features.hidden = this.env.missing.length === 0;
    const list = this.env.missing.map((f) => this.t(`addin_feature_${f}`)).join(this.t("out_sep_list"));
    features.textContent = features.hidden ? "" : this.t("addin_missing_features", { features: list });
  }

  private sheetNames(): Promise<readonly string[]> {
    return during("reading", () => this.source.sheetNames());
  }

  /** The saved settings when their sheet is still there; else the proposal, keeping the saved rules. */
  private async restore(names: readonly string[]): Promise<void> {
    const saved = loadSettings(this.env.settings);
    this.opening = true; // unless the saved sheet is still there
    if (saved === null) return void (await this.propose("any", names));
    const rules = this.savedRules(saved);
    if (names.includes(saved.sheet)) {
      // A saved sheet with no school table (县级指标) gives way as the active one does (readShown); a saved range is the user's own choice.
      this.opening = saved.range === null;
      this.openedOn = "saved";
      this.draft = { ...saved, fixes: { ...saved.fixes }, ignored: [...saved.ignored], headers: { ...saved.headers }, ...rules };
      return;
    }
    this.draft = { ...this.draft, ...rules };
    await this.propose("any", names);
    this.warn("addin_saved_sheet_missing", { sheet: saved.sheet });
  }

  /** The saved profile and year, each replaced by the pane's default, with a word, when this version does not have it (savedRuleIssues). */
  private savedRules(saved: AddinSettings): Pick<Draft, "profileId" | "year"> {
    const issues = savedRuleIssues(saved);
    for (const issue of issues) this.warn(issue.code, issue.params);
    if (issues.some((i) => i.code === "addin_saved_profile_unknown")) return { profileId: DEFAULT_PROFILE_ID, year: null };
    return { profileId: saved.profileId, year: issues.length > 0 ? null : saved.year };
  }

  /**
   * Takes the selection (when it has a header) or the used range of the active sheet, unless the
   * active sheet is not a data sheet (after an evaluation it is the 汇总 the writer activated):
   * then the draft stays as it is and the hint says why.
   */
  private async propose(prefer: "any" | "used", names: readonly string[]): Promise<boolean> {
    const proposed = await during("reading", () => this.env.navigator.proposeRange());
    if (!names.includes(proposed.sheet)) {
      this.hint("addin_range_not_data_sheet", { sheet: proposed.sheet }, true);
      return false;
    }
    const useSelection = prefer === "any" && proposed.from === "selection";
    this.draft = this.draftFor(proposed.sheet, useSelection ? proposed.range : null);
    this.hint(useSelection ? "addin_range_from_selection" : "addin_range_from_used");
    return true;
  }

  /** The line under the range saying where it came from; "" clears it (a range typed or a sheet chosen says it itself). */
  private hint(code: string, params: Params = {}, warn = false): void {
    const hint = byId("range-hint");
    hint.textContent = code === "" ? "" : this.t(code, params);
    hint.classList.toggle("warn-text", warn);
  }

  /** The data sheets, the draft's selected; a draft sheet no longer there (renamed, deleted) is dropped for the reader's choice. */
  private fillSheets(names: readonly string[]): void {
    if (this.draft.sheet !== "" && !names.includes(this.draft.sheet)) this.draft = this.draftFor("", null);
    byId<HTMLSelectElement>("sheet").replaceChildren(...names.map((n) => option(n, n, n === this.draft.sheet)));
    titleFromOption(byId<HTMLSelectElement>("sheet"));
    byId<HTMLInputElement>("range").value = this.draft.range ?? "";
  }

  /** The draft reading `range` of `sheet` instead, with the same rules and no corrections (they named columns of what it read before). */
  private draftFor(sheet: string, range: string | null): Draft {
    return { ...this.draft, sheet, range, ...NO_FIXES };
  }

  /** Makes the list show the sheet read: the draft's, or the reader's choice when the draft leaves it to the reader (""), which it keeps doing. */
  private adoptSheet(sheet: string | null): void {
    const select = byId<HTMLSelectElement>("sheet");
    select.value = this.draft.sheet === "" ? (sheet ?? select.value) : this.draft.sheet;
    titleFromOption(select);
  }

  private fillProfiles(): void {
    const profiles = byId<HTMLSelectElement>("profile");
    const ids = Object.keys(BUILT_IN_PROFILES);
    profiles.replaceChildren(...ids.map((id) => option(id, builtInProfile(id).name[this.env.lang], id === this.draft.profileId)));
    titleFromOption(profiles);
    this.fillYears();
  }

  private fillYears(): void {
    const years = builtInProfile(this.draft.profileId).targets.map((t) => t.year);
    if (this.draft.year !== null && !years.includes(this.draft.year)) this.draft = { ...this.draft, year: null };
    const opts = [option("", this.t("addin_year_latest"), this.draft.year === null), ...years.map((y) => option(String(y), String(y), y === this.draft.year))];
    byId<HTMLSelectElement>("year").replaceChildren(...opts);
    titleFromOption(byId<HTMLSelectElement>("year"));
  }

  private bind(): void {
    if (this.bound) return;
    this.bound = true;
    byId<HTMLSelectElement>("sheet").addEventListener("change", (e) => void this.changeSheet((e.target as HTMLSelectElement).value));
    byId<HTMLInputElement>("range").addEventListener("change", (e) => void this.changeRange((e.target as HTMLInputElement).value.trim() || null));
    byId("use-selection").addEventListener("click", () => void this.repropose("any"));
    byId("use-used").addEventListener("click", () => void this.repropose("used"));
    byId("detect").addEventListener("click", () => void this.refresh());
    byId("mapping-reset").addEventListener("click", () => void this.resetFixes());
    byId<HTMLSelectElement>("profile").addEventListener("change", (e) => {
      this.clearStatus();
      this.draft = { ...this.draft, profileId: (e.target as HTMLSelectElement).value };
      this.fillYears();
      this.showOptional();
      this.markStale();
    });
    byId<HTMLSelectElement>("year").addEventListener("change", (e) => {
      const v = (e.target as HTMLSelectElement).value;
      this.clearStatus();
      this.draft = { ...this.draft, year: v === "" ? null : Number(v) };
      this.markStale();
    });
    byId("evaluate").addEventListener("click", () => void this.evaluate());
    for (const id of ["sheet", "profile", "year"]) byId(id).addEventListener("change", (e) => titleFromOption(e.target as HTMLSelectElement));
    this.forgetOnReturn();
  }

  /**
   * Forgets what was read whenever the user comes back to the pane: to edit the grid they have to
   * leave it, and a mapping fixed on the sheet as it was would be applied to the sheet as it is.
   */
  private forgetOnReturn(): void {
    const forget = () => this.source.clear();
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "hidden") forget();
    });
    if (typeof window !== "undefined") window.addEventListener("focus", forget);
  }

  private async changeSheet(sheet: string): Promise<void> {
    this.clearStatus();
    this.hint("");
    this.source.clear();
    this.draft = this.draftFor(sheet, null);
    byId<HTMLInputElement>("range").value = "";
    await this.detect();
  }

  /** A typed range is read as typed; one that is not A1 notation comes back as a problem (readChecked). */
  private async changeRange(range: string | null): Promise<void> {
    this.clearStatus();
    this.hint("");
    this.draft = this.draftFor(this.draft.sheet, range);
    await this.detect();
  }

  private async repropose(prefer: "any" | "used"): Promise<void> {
    let taken = false;
    this.clearStatus();
    await this.guard(async () => {
      this.source.clear();
      const names = await this.sheetNames();
      taken = await this.propose(prefer, names);
      this.fillSheets(names);
    });
    // A proposal refused leaves the draft, and the mapping shown for it, as they were.
    if (taken || this.draft.sheet === "") await this.detect();
  }

  /** 识别列: forget what was read (the user may have changed the sheets), list the sheets again, read again. */
  private async refresh(): Promise<void> {
    this.clearStatus();
    this.source.clear();
    await this.guard(async () => this.fillSheets(await this.sheetNames()));
    await this.detect();
  }

  /**
   * 恢复自动识别: forgets every column the user set or ignored, and reads again. The way back from
   * a choice that leaves nothing readable (学校名称 set to 不使用 empties the table it was made in).
   */
  private async resetFixes(): Promise<void> {
    this.clearStatus();
    this.source.clear();
    this.draft = { ...this.draft, ...NO_FIXES };
    await this.detect();
  }

  /**
   * Applies the role the user chose for `column`, keeping `shown`, the header its row showed, and
   * reads the sheet as it is now: when the column holds another header by then, readDraft drops
   * the choice with a word, so it is never applied to what moved into that column. The draft is
   * changed at once, so a sheet chosen while the read runs starts without it.
   */
  private async fix(column: number, role: FixRole | null, shown: string): Promise<void> {
    this.clearStatus();
    if (this.shownView !== null) this.choice = { column, before: this.shownView };
    this.source.clear();
    // A fix names a column of the sheet shown: the reader's choice is then that sheet, read as chosen.
    const sheet = this.draft.sheet === "" ? byId<HTMLSelectElement>("sheet").value : this.draft.sheet;
    this.draft = { ...this.draft, sheet, ...withFix(this.draft, column, role, shown) };
    await this.detect();
  }

  /** Reads the range to show the recognised mapping, what was read, and the rule / figures sheets. */
  async detect(): Promise<void> {
    const run = ++this.detections;
    const rows = byId("mapping-rows");
    rows.textContent = this.t("addin_detecting");
    // The read waits, as an evaluation's does, while Excel is busy or a cell is being edited: said after the same wait.
    const cancelSlow = afterBusyWait(() => {
      if (run === this.detections) rows.textContent = `${this.t("addin_detecting")} ${this.t("addin_excel_busy_detect")}`;
    });
    const opening = this.opening;
    this.opening = false;
    const done = await this.guard(async () => {
      const shown = await this.readShown(run, opening);
      if (run === this.detections) this.showRead(shown);
    });
    cancelSlow();
    if (!done && run === this.detections) rows.textContent = "";
    this.markStale();
  }

  /**
   * Reads what the draft says; fixes whose column no longer holds the header they were chosen for
   * are dropped, said, and the range read again without them (`dropped`).
   */
  private async readDraft(): Promise<KnownRead & { dropped: boolean }> {
    const options = readRequest(this.draft);
    const read = await this.readSaid(options);
    const changed = read.ok ? changedColumns(this.draft.headers, read.mapping) : [];
    if (changed.length === 0) return { options, read, dropped: false };
    this.draft = { ...this.draft, ...withoutColumns(this.draft, changed.map((c) => c.column)) };
    for (const c of changed) this.warn("addin_mapping_column_changed", { column: columnLetters(c.column), was: c.was, now: c.now });
    const again = readRequest(this.draft);
    return { options: again, read: await readChecked(this.source, this.env.deps, again), dropped: true };
  }

  /**
   * Reads as `options` say (readChecked), the pane's way: a sheet not found (renamed or deleted in
   * the grid since the list was filled) lists the sheets again, so that the list shows them as they
   * are; a range with no school table in a sheet that has one above it (sheetHeaderAbove) says so.
   */
  private async readSaid(options: ReadOptions): Promise<ReadResult> {
    const read = await readChecked(this.source, this.env.deps, options);
    const gone = read.ok ? undefined : read.issues.find((i) => i.code === "read_sheet_not_found");
    if (gone !== undefined) this.relist(String(gone.params.sheet ?? ""), await this.sheetNames());
    if (read.ok || options.range === undefined || !holdsNoSchoolTable(read)) return read;
    const header = await this.sheetHeaderAbove(options);
    return header === null ? read : { ...read, issues: [{ code: "addin_range_without_header", severity: "error", cell: null, params: header }] };
  }

  /** The sheet list as it is now, after `sheet` was found gone, with a word under the range on what to do. */
  private relist(sheet: string, names: readonly string[]): void {
    this.fillSheets(names);
    this.hint("addin_sheet_gone_relisted", { sheet }, true);
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
    const read = await readChecked(this.source, this.env.deps, whole);
    const found = read.ok ? read.mapping : (read.mapping ?? null);
    if (found === null || holdsNoSchoolTable(read) || found.headerRows.bottom >= box.top) return null;
    return { range, sheet: found.sheet, row: found.headerRows.top + 1, header: headerExtent(found) ?? "" };
  }

  /**
   * What the draft reads; on opening, when the active sheet holds no school table at all (an empty
   * sheet, the county figures, another table: holdsNoSchoolTable), the school sheet the reader
   * finds instead, with a word: read, or, when its header lacks a required column, that header, for
   * the user to say which column holds it (在籍人数 for 在校生数). Not once the run is stale: the
   * user may have chosen a sheet while Excel answered, and the fallback is for the sheet the pane
   * opened on only.
   */
  private async readShown(run: number, opening: boolean): Promise<ReadResult> {
    const active = this.draft.sheet;
    const { read } = await this.readDraft();
    const stillOpen = () => run === this.detections && this.draft.sheet === active;
    if (opening && read.ok && stillOpen() && this.readsOlderYear(read)) return this.readLatest();
    if (!opening || read.ok || !holdsNoSchoolTable(read) || !stillOpen()) return read;
    const found = await this.readFound(active);
    if (found === null || !stillOpen()) return read;
    this.fallBack(active, found.sheet);
    return found.read;
  }

  /**
   * Whether the active sheet, opened on, is an older year's school sheet than the one the reader
   * chooses (withNewerYearNote said so): last year's, opened to compare, is not what the CLI reads.
   */
  private readsOlderYear(read: ReadOk): boolean {
    return this.openedOn === "active" && this.draft.range === null && read.issues.some((i) => i.code === "addin_sheet_newer_year_exists");
  }

  /** Leaves the choice of sheet to the reader, as the CLI does (the latest year's: pickSchoolSheets), and reads it, with a word under the range. */
  private async readLatest(): Promise<ReadResult> {
    this.draft = this.draftFor("", null);
    this.hint("addin_sheet_reader_choice");
    return (await this.readDraft()).read;
  }

  /**
   * The school sheet as the reader finds it, when that is not `active`: read, or failing on a
   * school header that lacks a required column (its mapping names the sheet); null when it finds
   * none elsewhere, or only another sheet with no school table (名称 | 数值).
   */
  private async readFound(active: string): Promise<{ read: ReadResult; sheet: string } | null> {
    const read = await readChecked(this.source, this.env.deps, readRequest({ ...this.draft, sheet: "", range: null }));
    const sheet = schoolSheetOf(read);
    return sheet === null || sheet === active ? null : { read, sheet };
  }

  /** Makes the draft read `found` instead of the sheet the pane opened on, `active`, and the hint say so. */
  private fallBack(active: string, found: string): void {
    this.draft = this.draftFor(found, null);
    byId<HTMLInputElement>("range").value = "";
    this.hint(this.openedOn === "saved" ? "addin_saved_sheet_not_school" : "addin_range_active_not_school", { sheet: active, found }, true);
  }

  private showRead(read: ReadResult): void {
    byId("mapping-reset-line").hidden = Object.keys(this.draft.fixes).length === 0 && this.draft.ignored.length === 0;
    if (!read.ok) return this.showUnread(read.issues, read.mapping ?? null);
    this.adoptSheet(read.mapping.sheet);
    this.renderMapping(read, mappingView(read.mapping));
    this.lastTable = { sheet: read.mapping.sheet, range: this.draft.range, fixes: fixesKey(this.draft), view: this.shownView ?? mappingView(read.mapping) };
    this.showConflicts(read.issues);
    this.readProblem = [];
    this.showMappingStatus();
    if (this.showing === "problems") this.hideResult();
    byId("rule-sheet").textContent = read.ruleSheet ? this.t("addin_rule_sheet", { sheet: read.ruleSheet }) : this.t("addin_no_rule_sheet");
    byId("figures-sheet").textContent = read.figuresSheets.length > 0 ? this.t("addin_figures_sheet", { sheet: listText(read.figuresSheets, this.env.lang) }) : this.t("addin_no_figures_sheet");
  }

  /**
   * Nothing could be read: said under the table, as a reading problem (nothing was evaluated).
   * The table stays as last read, with the user's corrections, when a correction made since (on
   * the same sheet and range) left nothing readable, a required column set to （不使用）: it can
   * then be set back where it was made. A read that fails with the same corrections (the sheet was
   * edited) shows no table: the one last read no longer holds. A header that lacks a required
   * column (`found`: 在籍人数 where 在校生数 is looked for) is shown, so that the user can say which
   * column holds it.
   */
  private showUnread(issues: readonly Issue[], found: ColumnMapping | null): void {
    this.adoptSheet(found?.sheet ?? null);
    const last = this.lastTable;
    const corrected = last !== null && last.sheet === this.draft.sheet && last.range === this.draft.range && last.fixes !== fixesKey(this.draft);
    const kept = corrected ? viewWithFixes(last.view, this.draft) : null;
    this.renderMapping(null, kept ?? mappingView(found), found === null ? null : headerExtent(found));
    this.showConflicts([]);
    // Nothing was read: the rule and figures sheets found by an earlier read no longer hold, and are looked for once the school data reads.
    byId("rule-sheet").textContent = this.t("addin_sheets_not_read");
    byId("figures-sheet").textContent = "";
    const explained = forPane(this.explained(issues));
    const first = explained.find((i) => i.severity === "error") ?? explained[0];
    const rest = explained.filter((i) => i !== first).map((i) => this.t(i.code, i.params));
    this.readProblem = first === undefined ? [] : [this.t("addin_read_problem", { reason: this.t(first.code, first.params) }), ...rest];
    this.showMappingStatus();
    if (this.showing === "problems") this.hideResult();
  }

  /**
   * The issues with the reader's "required column missing" said as what the user did, when a
   * correction took the required field from the column the last table read it from: which column,
   * set to （不使用） or to another field (the reader's text would only name the field).
   */
  private explained(issues: readonly Issue[]): Issue[] {
    const last = this.lastTable;
    return issues.flatMap((issue) => {
      if (issue.code !== "read_missing_columns" || last === null || last.sheet !== this.draft.sheet) return [issue];
      const unset = requiredUnset(last.view, this.draft, String(issue.params.fieldList ?? "").split(","));
      if (unset.length === 0) return [issue];
      return unset.map((row): Issue => ({ code: "addin_mapping_required_unset", severity: "error", cell: null, params: { column: row.address, header: row.header, field: roleText(row.role && { ...row.role, stage: null, part: null }, this.env.lang) } }));
    });
  }

  /** The lines under the table: the reading problem, then the columns a choice changed besides its own; polite to a screen reader (role status). */
  private showMappingStatus(): void {
    const lines = [...this.readProblem.map((text) => el("p", { className: "warn-text", text })), ...this.moved.map((text) => el("p", { className: "notice", text }))];
    this.mappingStatus().replaceChildren(...lines);
  }

  /**
   * The live region under the mapping table, made once (before its first text, as a live region
   * must be to be read out) where the page has none of its own.
   */
  private mappingStatus(): HTMLElement {
    const found = document.getElementById("mapping-status");
    if (found !== null) return found;
    const status = el("div");
    status.id = "mapping-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    byId("mapping-missing").before(status);
    return status;
  }

  /** The columns other than the one the user just set whose role changed with it (a field moved away from them, or back), said. */
  private sayMoved(view: MappingView): void {
    const choice = this.choice;
    this.choice = null;
    const changes = choice === null ? [] : roleChanges(choice.before, view, choice.column);
    const text = (r: (typeof changes)[number]) => this.t("addin_mapping_taken", { column: r.address, header: r.header, was: roleText(r.was, this.env.lang), now: roleText(r.now, this.env.lang) });
    this.moved = changes.map(text);
  }

  /**
   * Draws `view` (the table read, or the one kept after a read that failed) with the fields not
   * found and what was read: sheet!range, header rows, school rows. A list of the table that had
   * the focus gives it to the same list of the same column once redrawn: a choice made with the
   * arrow keys (which change a closed list in Chromium and Edge) can then be walked back.
   */
  private renderMapping(read: ReadOk | null, view: MappingView, header: string | null = null): void {
    this.fillTable(view);
    this.sayMoved(view);
    this.shownView = view;
    // A read that failed says under the table which field it lacks (addin_missing_columns, addin_mapping_required_unset): once is enough.
    this.showMissing(read === null ? [] : view.missing);
    // A read that failed read no school rows: what it found of the table is the header (`header`, its extent), if that.
    const extent = read === null ? header : view.extent;
    byId("mapping-rows").textContent = this.extentText(read, extent, view.headerRows);
    byId<HTMLInputElement>("range").placeholder = extent?.slice(extent.lastIndexOf("!") + 1) ?? "";
    this.present = read === null ? null : new Set(read.mapping.columns.map((c) => c.field));
    this.showOptional();
  }

  /** What was read (readText); after a read that failed, the header it found there or that nothing was read. */
  private extentText(read: ReadOk | null, extent: string | null, headerRows: MappingView["headerRows"]): string {
    if (read !== null && extent !== null) return this.readText(read, extent, headerRows);
    return extent === null ? this.t("addin_mapping_nothing_read") : this.t("addin_mapping_header_found", { range: extent });
  }

  /** The table's rows, the focus given back to the list that had it (see renderMapping). */
  private fillTable(view: MappingView): void {
    const tbody = byId("mapping").querySelector("tbody");
    const focused = tbody === null ? null : focusedList(tbody);
    tbody?.replaceChildren(...mappingRows(view, this.env.lang, (column, role, header) => void this.fix(column, role, header)));
    if (tbody !== null && focused !== null) refocus(tbody, focused);
  }

  /** The required fields no column was found for; hidden when none. */
  private showMissing(fields: readonly string[]): void {
    const missing = byId("mapping-missing");
    missing.hidden = fields.length === 0;
    missing.textContent = this.t("addin_mapping_missing", { fieldList: fields.join(",") });
  }

  /** What was read: sheet!range, header rows and school rows, then the school rows left out and why (rowsNotReadText), in one message. */
  private readText(read: ReadOk, extent: string, headerRows: MappingView["headerRows"]): string {
    const params = { range: extent, header: this.headerText(headerRows), count: read.input.records.length };
    const rows = rowsNotReadText(read.issues, this.env.lang, false);
    return rows === null ? this.t("addin_mapping_read", params) : this.t("addin_mapping_read_not_read", { ...params, rows });
  }

  /** The header's row, or its first and last rows ("2–3"). */
  private headerText(rows: MappingView["headerRows"]): string {
    return rows === null || rows.first === rows.last ? String(rows?.first ?? "") : this.t("addin_row_span", rows);
  }

  /** Under the table: the items the columns not found leave 待评估 under the chosen profile (optionalHint). */
  private showOptional(): void {
    const line = byId("mapping-optional");
    const text = this.present === null ? "" : optionalHint(builtInProfile(this.draft.profileId), this.present, this.env.lang);
    line.textContent = text;
    line.hidden = text === "";
  }

  /** Fixes the reader does not read where another column of the field is read first (matchColumns), under the table rather than only after evaluating. */
  private showConflicts(issues: ReadOk["issues"]): void {
    const conflicts = byId("mapping-conflicts");
    const texts = issues.filter((i) => i.code === "addin_mapping_fix_shadowed").map((i) => this.t(i.code, i.params));
    conflicts.hidden = texts.length === 0;
    conflicts.replaceChildren(...texts.map((text) => el("p", { text })));
  }

  /** Shows the running step with a moving bar (a queued write's line is the writing one); `done` leaves the closing line without the bar. */
  private progress(step: RunProgress | null, done: string | null = null): void {
    byId("progress").hidden = step === null && done === null;
    byId("progress").classList.toggle("running", step !== null);
    byId("progress-text").textContent = step !== null ? this.t(`addin_progress_${step === "queued" ? "writing" : step}`) : (done ?? "");
    this.watchStep(step);
  }

  /** Hides the busy hint and, while a step runs, shows it once the step has lasted BUSY_HINT_AFTER_MS (a new step starts the wait again). */
  private watchStep(step: RunProgress | null): void {
    this.cancelBusy?.();
    this.cancelBusy = null;
    this.showBusy(null);
    if (step !== null) this.cancelBusy = afterBusyWait(() => this.showBusy(step));
  }

  /**
   * The hint for `step`, which has waited BUSY_HINT_AFTER_MS (none for null). The pane's own write
   * may be held by this runtime's earlier write (writeLock.ts: the ribbon's 评估 still writing)
   * rather than by Excel: the sink says so ("queued") and, once the write has its turn, "writing",
   * which starts the wait again as for a new step. Another write queued behind the pane's is not
   * the pane's wait: its write, stuck, is stuck on Excel.
   */
  private showBusy(step: RunProgress | null): void {
    const busy = byId("progress-busy");
    busy.textContent = step === null ? "" : this.t(step === "queued" ? "addin_write_queued" : "addin_excel_busy");
    busy.hidden = step === null;
  }

  async evaluate(): Promise<void> {
    const button = byId<HTMLButtonElement>("evaluate");
    button.disabled = true;
    this.evaluating = true;
    byId("saved").hidden = true;
    this.clearNotice();
    let written: number | null = null;
    // A detection still running read the sheets before this evaluation: it must not show its table over this one's.
    const run = ++this.detections;
    await this.guard(async () => {
      this.source.clear(); // the evaluation reads the sheets as they are now
      // The check's read is the run's first wait on Excel (in cell edit mode, the one that does not end): it shows as reading.
      this.progress("reading");
      const generation = this.source.generation;
      const fresh = await this.readDraft();
      if (fresh.dropped) return this.showRead(fresh.read); // the user checks the mapping before anything is written
      if (!fresh.read.ok) return this.showNotRead(run, fresh.read);
      // Watched from the read on: a number typed while the run writes its sheets makes its result out of date too.
      this.watchData(fresh.read, true);
      const ran = this.draft;
      const request = { ...ran, lang: this.env.lang, ...(this.env.sourceName ? { sourceName: this.env.sourceName } : {}) };
      // The check's parse is the evaluation's: the pipeline reads again only if the draft changed meanwhile (knownRead) or the sheets were forgotten (the user came back from the grid).
      const known = this.source.generation === generation ? fresh : undefined;
      const result = await runPipeline(this.source, this.env.sink, request, this.env.deps, (step) => this.progress(step), known);
      if (!result.ok) return this.showProblems(forPane(this.explained(result.issues)));
      // What was run is saved, whatever the user has chosen since; the draft takes the headers only if it is still what ran.
      const confirmed: Draft = { ...ran, ...withHeadersFrom(ran, result.read.mapping) };
      if (this.draft === ran) this.draft = confirmed;
      if (run === this.detections) this.showRead(result.read);
      this.showResult(result, basisKey(confirmed), false);
      written = result.sheetNames.length;
      // The sheet the reader chose is saved by name: the ribbon's 评估 reads it, and the pane opens on it.
      await during("saving", () => saveSettings(this.env.settings, settingsOf({ ...confirmed, sheet: confirmed.sheet || result.read.mapping.sheet })));
      byId("saved").textContent = this.t("addin_settings_saved");
      byId("saved").hidden = false;
    });
    this.evaluating = false;
    this.progress(null, written === null ? null : this.t("addin_progress_done", { count: written }));
    button.disabled = false;
  }

  /** What the ribbon's 评估 did, shown here when the pane shares its runtime (started or not yet). */
  showRibbonOutcome(outcome: RibbonOutcome): void {
    this.translate();
    if (outcome.kind === "evaluated") {
      // The ribbon ran the saved settings: the result is out of date once the pane's differ from them.
      const saved = loadSettings(this.env.settings);
      this.showResult(outcome.result, saved === null ? null : basisKey(saved), true);
      if (!this.evaluating) this.progress(null, this.t("addin_command_done"));
    } else if (outcome.kind === "opened_pane" && outcome.result && !outcome.result.ok) {
      this.showProblems(forPane(outcome.result.issues)); // the pane's words: its table is there to choose a column in
    } else if (outcome.kind === "opened_pane" && outcome.text) {
      this.notice(outcome.text);
    }
  }

  private showResult(result: { evaluation: Evaluation; sheetNames: readonly string[]; issues: readonly Issue[]; profile: Profile; ruleOverrides?: readonly OverrideEntry[]; written?: readonly WrittenSheet[]; read: ReadOk }, basis: string | null, fromScratch: boolean): void {
    const { evaluation, sheetNames, issues } = result;
    const glances = glance(evaluation);
    this.showBasis(result.profile, evaluation.year, result.ruleOverrides ?? []);
    const open = (name: string) => this.go(() => goToResult(name, () => this.env.navigator.activateSheet(name)));
    byId("result-notes").replaceChildren(...resultNotes(result, this.env.lang, open));
    byId("glance").replaceChildren(...glances.map((g) => renderGlance(g, this.env.lang, glances.length > 1)));
    byId("sheets").replaceChildren(...sheetNames.map((name) => el("li", {}, link(name, () => open(name)))));
    byId("sheets-title").hidden = false;
    this.showIssues(issues);
    this.showing = "result";
    this.shownBasis = basis;
    this.watchData(result.read, fromScratch);
    this.markStale();
  }

  /**
   * Watches the sheets a result is read from (sheetsRead), instead of those watched before: once
   * one changes (a number typed, a row inserted), the result says it may be out of date. The result
   * sheets are not among them, so the add-in's own writes say nothing. `fromScratch` (a new read)
   * forgets a change seen before; the pane's own run watches from its read on and keeps a change
   * made while it ran. Each read is subscribed to afresh (one watch an evaluation), the same read
   * once: a name read again may be another sheet (学校 renamed, a new 学校 made), and the watch
   * follows the sheets, not their names.
   */
  private watchData(read: ReadOk, fromScratch: boolean): void {
    if (fromScratch) this.dataChanged = null;
    if (read === this.watched) return;
    this.watched = read;
    void this.env.watch?.watch(sheetsRead(read), (change) => this.dataChange(change));
  }

  /**
   * A sheet read has changed, or is gone (said over any edit, before it or after: it says more):
   * what was read of it no longer holds, and neither may the result.
   */
  private dataChange(change: SheetChange): void {
    this.source.clear();
    this.dataChanged = change.kind === "deleted" || this.dataChanged === "deleted" ? "deleted" : "edited";
    this.markStale();
  }

  /** No result is shown: there is nothing to watch for. */
  private unwatchData(): void {
    this.dataChanged = null;
    this.watched = null;
    void this.env.watch?.stop();
  }

  /** The rules the result was evaluated with: the profile's name (with the 规则 sheet's changes, as the sheets' notes say them) and the year used (from the title when none was chosen). */
  private showBasis(profile: Profile, year: number | null, overrides: readonly OverrideEntry[]): void {
    const basis = byId("result-basis");
    // A profile without yearly targets (national-2017) has no latest target to apply.
    const noYear = profile.targets.length === 0 ? "addin_result_year_none" : "addin_result_year_latest";
    basis.textContent = this.t("addin_result_basis", { profile: profileText(profile.name[this.env.lang], overrides, this.env.lang), year: year ?? this.t(noYear) });
    basis.hidden = false;
  }

  /**
   * An evaluation whose read failed (the sheet edited since the table was shown: a header renamed):
   * the table is redrawn from that read, the header as it is now, and says why under it, where the
   * user can choose the column; the result says where to look rather than say it all again. A
   * detection started since owns the table: the result then says it all.
   */
  private showNotRead(run: number, read: Extract<ReadResult, { ok: false }>): void {
    if (run !== this.detections) return this.showProblems(forPane(this.explained(read.issues)));
    this.showRead(read);
    this.showProblems([], this.t("addin_not_evaluable_see_mapping", { step: this.t("addin_step_mapping") }));
  }

  /** Nothing could be evaluated: the first error says why on the line itself (or `line`, said instead); all of them are listed below. */
  private showProblems(issues: readonly Issue[], line: string | null = null): void {
    const first = issues.find((i) => i.severity === "error") ?? issues[0];
    const reason = first ? this.t(first.code, first.params) : this.t("addin_not_evaluable_unknown");
    byId("glance").replaceChildren(el("p", { className: "warn-text", text: line ?? this.t("addin_not_evaluable", { reason }) }));
    byId("sheets").replaceChildren();
    byId("sheets-title").hidden = true;
    byId("result-basis").hidden = true;
    byId("result-notes").replaceChildren();
    this.showIssues(issues, line === null || issues.length > 0);
    this.showing = "problems";
    this.shownBasis = null;
    this.unwatchData();
    this.markStale();
  }

  /**
   * Greys the result, under a line saying so, while the pane's settings differ from those it was
   * evaluated with, or once the data it was evaluated from has changed: then the line says the
   * data changed, or that a sheet read was deleted (it says to evaluate again, as the settings'
   * line does), and the issues, whose cells may have moved with an inserted row or gone with the
   * sheet, are dimmed too.
   */
  private markStale(): void {
    const shown = this.showing === "result";
    const data = shown ? this.dataChanged : null;
    const stale = data !== null || (shown && this.shownBasis !== null && this.shownBasis !== basisKey(this.draft));
    byId("result").classList.toggle("stale", stale);
    byId("result").classList.toggle("stale-data", data !== null);
    byId("result-stale").textContent = this.t(data === null ? "addin_result_stale" : STALE_DATA_LINE[data][this.listsCells ? "issues" : "none"]);
    byId("result-stale").hidden = !stale;
  }

  /** The heading gives the counts by severity in the 数据问题 sheet's own words (issueCountsText); `listed` false leaves heading and list out (said elsewhere). */
  private showIssues(issues: readonly Issue[], listed = true): void {
    byId("issues-title").hidden = !listed;
    byId("issues").hidden = !listed;
    byId("issues-title").textContent = this.t("addin_issues", { counts: issueCountsText(issues, this.env.lang, true) });
    this.listsCells = issues.some((i) => i.cell !== null);
    if (listed) renderIssues(byId("issues"), issues, this.env.lang, (cell) => this.go(() => goToCell(cell, () => this.env.navigator.selectCell(cell))));
    else byId("issues").replaceChildren();
    byId("result").hidden = false;
  }

  private hideResult(): void {
    byId("result").hidden = true;
    this.showing = null;
    this.shownBasis = null;
    this.unwatchData();
    this.markStale();
  }

  private go(navigate: () => Promise<void>): void {
    void this.guard(() => during("navigating", navigate), true);
  }

  /**
   * Shows `text` in the notice, after what it already says (a fix undone and a failure both stay
   * readable), once; `byResult`: by 评估, scrolled into view, where the user who clicked it or a
   * link of the result is (the top of a 320 px pane is some 500 px above), else at the top.
   */
  private notice(text: string, byResult = this.evaluating): void {
    const notice = byId("notice");
    const shown = notice.hidden ? "" : notice.textContent;
    if (shown === "") placeNotice(notice, byResult);
    if (!shown.includes(text)) notice.textContent = shown === "" ? text : `${shown} ${text}`;
    notice.hidden = false;
    if (notice.parentNode === byId("evaluate-notice")) notice.scrollIntoView({ block: "nearest" });
  }

  private clearNotice(): void {
    byId("notice").hidden = true;
    byId("notice").textContent = "";
    if (this.moved.length === 0) return;
    this.moved = [];
    this.showMappingStatus();
  }

  /** On each action: the notice, and the last evaluation's "done" and "saved" lines, which speak of what was, not of what the user now does. */
  private clearStatus(): void {
    this.clearNotice();
    this.choice = null; // a choice's read overtaken by another action: what changes then is not the choice's doing
    // A running evaluation's line stays: hiding it (and its busy timer) while it waits on Excel would leave the pane silent.
    if (!this.evaluating) this.progress(null);
    byId("saved").hidden = true;
  }

  private warn(code: string, params: Params): void {
    this.notice(this.t(code, params));
  }

  /** Runs a step; a failure is shown in the pane in the user's language with the host's reason, rather than lost, by 评估 when `byResult` (notice). False when it failed. */
  private async guard(step: () => Promise<void>, byResult = false): Promise<boolean> {
    try {
      await step();
      return true;
    } catch (error) {
      console.error(error);
      this.notice(failureText(error, this.env.lang), byResult || this.evaluating);
      return false;
    }
  }
}

/**
 * Gives a list its chosen option's full text as its title (the tooltip): at 320 px the closed list
 * clips it (国家标准（教督〔2017〕6号 without its bracket). Set wherever the list or its value is set.
 */
function titleFromOption(select: HTMLSelectElement): void {
  select.title = select.options[select.selectedIndex]?.textContent ?? "";
}

/** Moves the notice by 评估 (`byResult`) or back to the top of the pane, where it is said next. */
function placeNotice(notice: HTMLElement, byResult: boolean): void {
  const place = byId(byResult ? "evaluate-notice" : "notice-top");
  if (notice.parentNode !== place) place.appendChild(notice);
}

/** The sheet whose school table a read found: read, or with a header lacking a required column; null when none (or only a header with no school table: holdsNoSchoolTable). */
function schoolSheetOf(read: ReadResult): string | null {
  if (read.ok) return read.mapping.sheet;
  return read.mapping === undefined || holdsNoSchoolTable(read) ? null : read.mapping.sheet;
}

/** The draft's corrections, comparable whatever order they were made in. */
function fixesKey({ fixes, ignored }: PaneFixes): string {
  return stableKey({ fixes, ignored });
}

/** Which list of the mapping table has the focus: its column's letters and its kind (field or stage); null when none has. */
function focusedList(tbody: HTMLElement): { column: string; kind: "field" | "stage" } | null {
  const active = document.activeElement as HTMLElement | null;
  if (active === null || active.tagName !== "SELECT" || active.closest("tbody") !== tbody) return null;
  const column = active.closest("tr")?.querySelector("td")?.textContent ?? "";
  return { column, kind: active.classList.contains("stage") ? "stage" : "field" };
}

/** Gives the focus to the list of `focused`'s kind in the row of its column (the field list when the stage list is now disabled). */
function refocus(tbody: HTMLElement, focused: { column: string; kind: "field" | "stage" }): void {
  const row = Array.from(tbody.querySelectorAll("tr")).find((tr) => tr.querySelector("td")?.textContent === focused.column);
  const list = row?.querySelector<HTMLSelectElement>(`select.${focused.kind}`);
  const target = list?.disabled ? row?.querySelector<HTMLSelectElement>("select.field") : list;
  target?.focus();
}
