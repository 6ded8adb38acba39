import { forPane } from "../addin/addinIssues";
import { pendingHeld } from "../addin/heldFixes";
import { mappingView, type MappingView, type PaneFixes } from "../addin/mappingView";
import { headerExtent } from "../workbook/read/mappingExtent";
import { keepsRoles, roleChanges, roleText, viewWithFixes } from "../addin/roleChanges";
import type { Issue } from "../engine/types";
import { listText } from "../messages/listText";
import { builtInProfile } from "../profiles/resolveProfile";
import type { FixRole } from "../workbook/read/matchColumns";
import type { ColumnMapping, ReadResult } from "../workbook/read/readWorkbook";
import { byId, el, showMoreButton } from "./dom";
import { fixesKey, NO_FIXES } from "./draft";
import { explainedIssues, type LastTable } from "./explainedIssues";
import { focusedList, refocus } from "./listFocus";
import { mappingRows } from "./mappingTable";
import { nearMisses, type NearMiss } from "./missingLine";
import { belowRangeTexts, extentText, schoolSheetsText } from "./mappingText";
import { showMappingStatus } from "./mappingStatus";
import { OpenRows } from "./openRows";
import { missingRequired, unrecognisedColumns } from "./unrecognisedColumns";
import { optionalHeaders, optionalHint } from "./optionalHint";
import { ruleSheetText } from "./ruleSheetText";
import type { PaneContext, ReadOk } from "./paneContext";
import type { SheetsFound } from "./sheetList";
import { figuresOfOtherYear } from "../report/figuresOfOtherYear";
import { sheetsRead, type SheetCount } from "../report/schoolSheets";

/** What the mapping part asks of the rest of the pane. */
export interface MappingHost {
  /** Makes the sheet list show the sheet read, with what the read found: the school sheets read and the figures sheets (SheetList.adopt). */
  adoptSheet(sheet: string | null, found?: SheetsFound): void;
  /** A read replaces the problems the result shows (ResultView.hideProblems). */
  hideProblems(): void;
  /** The user chose `role` for `column`, whose row showed `shown`. */
  fix(column: number, role: FixRole | null, shown: string): void;
}

/** What a read that failed found, for the table drawn after it: its header's extent, the required fields it lacks, the columns to open for the user to look among. */
interface FailedRead {
  readonly header: string | null;
  readonly lacking: readonly string[];
  readonly unread: readonly number[];
}

const NOT_FAILED: FailedRead = { header: null, lacking: [], unread: [] };

/** The mapping part of the pane: the table of columns and their roles, and the lines under it. */
export class MappingPanel {
  /** The table shown, and the table last read with the sheet and range it was read for (shown again, corrected, when a correction leaves nothing readable). */
  private shownView: MappingView | null = null;
  private lastTable: LastTable | null = null;
  /** The table last read without corrections, with the sheet it was read from and the range asked: what corrections walked back return to (walksBack). */
  private ownTable: { sheet: string; range: string | null; view: MappingView } | null = null;
  /** The column the user has just given a role, and the table it was chosen on: the other columns that change with it are said (roleChanges). */
  private choice: { column: number; before: MappingView } | null = null;
  /** The lines under the mapping table: why the data could not be read, and which other columns a choice changed. */
  private readProblem: readonly string[] = [];
  private moved: readonly string[] = [];
  /** The rule sheet last read, its settings and the read's issues, for its line when the profile changes (showRuleSheet). */
  private rules: Pick<ReadOk, "ruleSheet" | "ruleOverride" | "issues"> | null = null;
  /** The fields of the columns last read, for the optional-column hint when the profile changes. */
  private present: ReadonlySet<string> | null = null;
  /** The rows showing their lists (the others show their role as text only), kept as the table is drawn again. */
  private readonly open = new OpenRows();

  constructor(
    private readonly ctx: PaneContext,
    private readonly host: MappingHost,
  ) {}

  /** The extent of the table last read (学校基本情况!A3:AJ43); null when the last read failed or none was made. */
  readExtent(): string | null {
    return this.present === null ? null : (this.shownView?.extent ?? null);
  }

  /** The user gives `column` a role on the table shown: what else changes with it is said once read. */
  choose(column: number): void {
    this.open.set(column, true); // the user goes on in the row, from the field to its stage
    if (this.shownView !== null) this.choice = { column, before: this.shownView };
  }

  /** Opens the row of `column` once the table is drawn again: where the user has just put a correction (a held one moved there). */
  openRow(column: number): void {
    this.open.set(column, true);
  }

  /** 全部展开更正: every row's lists shown; 收起 once all are: all hidden again. */
  toggleAll(): void {
    const view = this.shownView;
    if (view === null) return;
    this.open.toggleAll(view.rows.map((r) => r.column));
    this.fillTable(view);
  }

  /** A choice's read overtaken by another action: what changes then is not the choice's doing. */
  forgetChoice(): void {
    this.choice = null;
  }

  /** The notice is cleared: so are the lines on the columns a choice changed. */
  forgetMoved(): void {
    if (this.moved.length === 0) return;
    this.moved = [];
    this.showStatus();
  }

  showRead(read: ReadResult): void {
    const draft = this.ctx.state.draft;
    byId("mapping-reset-line").hidden = Object.keys(draft.fixes).length === 0 && draft.ignored.length === 0;
    if (!read.ok) return this.showUnread(read.issues, read.mapping ?? null);
    const schools = sheetsRead(read.input.records);
    this.host.adoptSheet(read.mapping.sheet, { schools: schools.map((s) => s.sheet), figures: read.figuresSheets });
    this.renderMapping(read, mappingView(read.mapping), read.mapping.sheet);
    this.lastTable = { sheet: read.mapping.sheet, range: this.ctx.state.draft.range, fixes: fixesKey(this.ctx.state.draft), view: this.shownView ?? mappingView(read.mapping) };
    if (this.lastTable.fixes === fixesKey(NO_FIXES)) this.ownTable = { sheet: read.mapping.sheet, range: this.lastTable.range, view: this.lastTable.view };
    this.showConflicts(read.issues);
    this.readProblem = [];
    this.showStatus();
    this.host.hideProblems();
    this.showSheetsFound(read, schools);
  }

  /**
   * Whether `fixes` of `sheet` and `range` give each column the role the reader found without any
   * (keepsRoles): a choice walked back, which leaves nothing of the user's to keep.
   */
  walksBack(sheet: string, range: string | null, fixes: PaneFixes): boolean {
    const own = this.ownTable;
    return own !== null && own.sheet === sheet && own.range === range && keepsRoles(own.view, fixes);
  }

  /** The issues, a required column the user unset said as what they did (explainedIssues). */
  explained(issues: readonly Issue[]): Issue[] {
    return explainedIssues(issues, this.lastTable, this.ctx.state.draft, this.ctx.env.lang);
  }

  /**
   * Under the table: the items the columns not found leave 待评估 under the chosen profile
   * (optionalHint), and a button that adds the headers recognised for what they lack (optionalHeaders):
   * the issues list says them in short and points here, where a column can be given its field.
   */
  showOptional(): void {
    const line = byId("mapping-optional");
    const [profile, lang] = [builtInProfile(this.ctx.state.draft.profileId), this.ctx.env.lang];
    const text = this.present === null ? "" : optionalHint(profile, this.present, lang);
    line.hidden = text === "";
    if (this.present === null || text === "") return line.replaceChildren();
    const said = document.createTextNode(`${text} `);
    const present = this.present;
    // The headers worked out when asked for: most users never click.
    line.replaceChildren(said, showMoreButton(this.ctx.t("addin_optional_headers_show"), () => (said.data = text + optionalHeaders(profile, present, lang))));
  }

  /** The rule sheet last read, with the rows of it 评估 will not apply under the profile chosen (ruleSheetText). */
  showRuleSheet(): void {
    const r = this.rules;
    if (r === null) return;
    const { text, warn } = ruleSheetText(r.ruleSheet, r.ruleOverride, r.issues, builtInProfile(this.ctx.state.draft.profileId), this.ctx.env.lang);
    const line = byId("rule-sheet");
    line.textContent = text;
    line.classList.toggle("warn-text", warn);
  }

  /** The school sheets (`schools`), rule and figures sheets a read found. */
  private showSheetsFound(read: ReadOk, schools: readonly SheetCount[]): void {
    byId("school-sheets").textContent = schoolSheetsText(schools, this.ctx.env.lang);
    this.rules = read;
    this.showRuleSheet();
    this.showFiguresSheets(read);
  }

  /** The figures sheets read; else, in amber as the rule line's rows not applied, those left out as of another year than the one chosen (figuresOfOtherYear); else that none was found. */
  private showFiguresSheets(read: ReadOk): void {
    const { t, env } = this.ctx;
    const otherYear = read.figuresSheets.length > 0 ? [] : figuresOfOtherYear(read.issues);
    const line = byId("figures-sheet");
    if (read.figuresSheets.length > 0) line.textContent = t("addin_figures_sheet", { sheet: listText(read.figuresSheets, env.lang) });
    else line.textContent = otherYear.length > 0 ? t("addin_figures_sheet_other_year", { sheet: listText(otherYear, env.lang) }) : t("addin_no_figures_sheet");
    line.classList.toggle("warn-text", otherYear.length > 0);
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
    this.host.adoptSheet(found?.sheet ?? null);
    const last = this.lastTable;
    const draft = this.ctx.state.draft;
    const corrected = last !== null && last.sheet === draft.sheet && last.range === draft.range && last.fixes !== fixesKey(draft);
    const kept = corrected ? viewWithFixes(last.view, draft) : null;
    const view = kept ?? mappingView(found);
    // A header without a required column: its columns not recognised open, among which the user looks for it (addin_missing_columns says so). Not the user's own table kept: they set the column aside themselves.
    const lacking = kept === null ? missingRequired(view) : [];
    this.renderMapping(null, view, (kept !== null ? last?.sheet : found?.sheet) ?? null, { header: found === null ? null : headerExtent(found), lacking, unread: lacking.length === 0 ? [] : unrecognisedColumns(view) });
    this.showConflicts([]);
    // Nothing was read: the rule and figures sheets found by an earlier read no longer hold, and are looked for once the school data reads.
    this.rules = null;
    byId("rule-sheet").textContent = this.ctx.t("addin_sheets_not_read");
    byId("rule-sheet").classList.remove("warn-text");
    byId("figures-sheet").textContent = "";
    byId("school-sheets").textContent = "";
    this.readProblem = this.problemLines(issues);
    this.showStatus();
    this.host.hideProblems();
  }

  /** Why nothing could be read, first error first, for the lines under the table. */
  private problemLines(issues: readonly Issue[]): string[] {
    const t = this.ctx.t;
    const explained = forPane(this.explained(issues));
    const first = explained.find((i) => i.severity === "error") ?? explained[0];
    const rest = explained.filter((i) => i !== first).map((i) => t(i.code, i.params));
    return first === undefined ? [] : [t("addin_read_problem", { reason: t(first.code, first.params) }), ...rest];
  }

  private showStatus(): void {
    showMappingStatus(this.readProblem, this.moved);
  }

  /** The columns other than the one the user just set whose role changed with it (a field moved away from them, or back), said. */
  private sayMoved(view: MappingView): void {
    const choice = this.choice;
    const lang = this.ctx.env.lang;
    this.choice = null;
    const changes = choice === null ? [] : roleChanges(choice.before, view, choice.column);
    const text = (r: (typeof changes)[number]) => this.ctx.t("addin_mapping_taken", { column: r.address, header: r.header, was: roleText(r.was, lang), now: roleText(r.now, lang) });
    this.moved = changes.map(text);
  }

  /**
   * Draws `view` (the table read, or the one kept after a read that failed) with the fields not
   * found and what was read: sheet!range, header rows, school rows. A list of the table that had
   * the focus gives it to the same list of the same column once redrawn: a choice made with the
   * arrow keys (which change a closed list in Chromium and Edge) can then be walked back. `sheet`:
   * the sheet the table is of (null: unknown, nothing shown), whose rows stay open while it is shown;
   * `failed`: what a read that failed found (FailedRead).
   */
  private renderMapping(read: ReadOk | null, view: MappingView, sheet: string | null, failed: FailedRead = NOT_FAILED): void {
    const { header, lacking, unread } = failed;
    // A read that failed says under the table which field it lacks (addin_missing_columns, addin_mapping_required_unset): once is enough.
    const near = this.nearOf(read === null ? [] : view.missing, read?.issues ?? [], read?.mapping.sheet ?? "");
    this.open.shown(sheet);
    this.open.ask([...near.map((n) => n.index), ...this.heldColumns(), ...unread]);
    this.fillTable(view);
    this.sayMoved(view);
    this.shownView = view;
    this.showMissing(read === null ? [] : view.missing, near, view);
    // A read that failed read no school rows: what it found of the table is the header (`header`, its extent), if that.
    const extent = read === null ? header : view.extent;
    byId("mapping-rows").textContent = extentText(read, extent, view.headerRows, this.ctx.env.lang, lacking);
    this.showBelowRange(read?.issues ?? []);
    byId<HTMLInputElement>("range").placeholder = extent?.slice(extent.lastIndexOf("!") + 1) ?? "";
    this.present = read === null ? null : new Set(read.mapping.columns.map((c) => c.field));
    this.showOptional();
  }

  /** The columns the held corrections' line offers to move a correction to (heldLine.ts): their rows open, to be checked there. */
  private heldColumns(): number[] {
    const { draft, held } = this.ctx.state;
    return pendingHeld(draft, held, draft.sheet, draft.range).flatMap((h) => (h.to === null ? [] : [h.to]));
  }

  /** The table's rows, open as the user left them, the focus given back to the list that had it (see renderMapping). */
  private fillTable(view: MappingView): void {
    const tbody = byId("mapping").querySelector("tbody");
    const focused = tbody === null ? null : focusedList(tbody);
    const opening = { open: this.open.columns, toggled: (column: number, open: boolean) => this.toggled(column, open) };
    tbody?.replaceChildren(...mappingRows(view, this.ctx.env.lang, (column, role, header) => this.host.fix(column, role, header), opening));
    if (tbody !== null && focused !== null) refocus(tbody, focused);
    this.showOpenAll(view);
  }

  /** The user opened or closed the row of `column` with its role's button. */
  private toggled(column: number, open: boolean): void {
    this.open.set(column, open);
    if (this.shownView !== null) this.showOpenAll(this.shownView);
  }

  /** The button above the table: 全部展开更正, or 收起 when every row is open; hidden without rows. */
  private showOpenAll(view: MappingView): void {
    const button = byId("mapping-open-all");
    const all = this.open.allOpen(view.rows.map((r) => r.column));
    button.textContent = this.ctx.t(all ? "addin_mapping_close_all" : "addin_mapping_open_all");
    button.setAttribute("aria-expanded", String(all));
    byId("mapping-open-all-line").hidden = view.rows.length === 0;
  }

  /**
   * The fields no column was found for; hidden when none. One whose name a column's header is
   * close to (nearMisses: 教学及辅助用方面积 for 教学及辅助用房面积) is said on a line of its own
   * with that column (`near`, nearOf), and a button that gives the column the field, as choosing it in the table does.
   */
  private showMissing(fields: readonly string[], near: readonly NearMiss[], view: MappingView): void {
    const missing = byId("mapping-missing");
    const others = fields.filter((f) => !near.some((n) => n.missing === f));
    const lines = others.length === 0 ? [] : [[this.ctx.t("addin_mapping_missing", { fieldList: others.join(",") })]];
    missing.hidden = fields.length === 0;
    const all: (Node | string)[][] = [...lines, ...near.map((n) => this.nearLine(n, view))];
    missing.replaceChildren(...all.flatMap((line, i) => (i === 0 ? line : [el("br"), ...line])));
  }

  /** The fields of `fields` not found whose name a column's header of `sheet` (the sheet the table shows) is close to, with that column (nearMisses). */
  private nearOf(fields: readonly string[], issues: readonly Issue[], sheet: string): NearMiss[] {
    const { fixes, ignored } = this.ctx.state.draft;
    return nearMisses(sheet, fields, issues, [...ignored, ...Object.values(fixes)]);
  }

  /** A field not found, the column close to it, and the button to use that column (shown header: the table's row, which fix keeps). */
  private nearLine(near: NearMiss, view: MappingView): (Node | string)[] {
    const t = this.ctx.t;
    const code = near.role.key === near.missing ? "addin_mapping_missing_near" : "addin_mapping_missing_near_part";
    const text = t(code, { fieldList: near.missing, column: near.column, header: near.header, field: near.role.key });
    const row = view.rows.find((r) => r.column === near.index);
    if (row === undefined) return [text];
    const use = el("button", { className: "secondary inline", text: t("addin_mapping_use_near", { column: near.column }) });
    use.type = "button";
    use.addEventListener("click", () => this.host.fix(near.index, near.role, row.header));
    return [text, " ", use];
  }

  /** Under what was read: the schools under the range that it leaves out (belowRangeTexts); hidden when none, and after a read that failed. */
  private showBelowRange(issues: readonly Issue[]): void {
    const below = byId("mapping-below-range");
    const texts = belowRangeTexts(issues, this.ctx.env.lang);
    below.hidden = texts.length === 0;
    below.replaceChildren(...texts.map((text) => el("p", { text })));
  }

  /** Fixes the reader does not read where another column of the field is read first (matchColumns), under the table rather than only after evaluating. */
  private showConflicts(issues: ReadOk["issues"]): void {
    const conflicts = byId("mapping-conflicts");
    const texts = issues.filter((i) => i.code === "addin_mapping_fix_shadowed").map((i) => this.ctx.t(i.code, i.params));
    conflicts.hidden = texts.length === 0;
    conflicts.replaceChildren(...texts.map((text) => el("p", { text })));
  }
}
