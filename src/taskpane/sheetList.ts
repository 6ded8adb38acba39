import { byId, el, option } from "./dom";
import { draftFor } from "./draft";
import type { PaneContext, Params } from "./paneContext";
import { titleFromOption } from "./titleFromOption";
import { isRuleSheetName } from "../workbook/read/pickRuleSheet";

/** What a read found beside the sheet it shows: the school sheets it read and the county-figures sheets. */
export interface SheetsFound {
  readonly schools: readonly string[];
  readonly figures: readonly string[];
}

/** The sheet list, the range box and the line under the range saying where the range came from. */
export class SheetList {
  /** The school sheet last read (the first, when several were): what a column fix made under 自动 names. */
  private read = "";
  /** The sheets and hidden sheets last listed (null before the first fill), listed again when the figures sheets found change. */
  private listedFrom: { names: readonly string[]; hidden: ReadonlySet<string> } | null = null;
  /** The school sheets the last read that read any took. */
  private schools: readonly string[] = [];
  /** The county-figures sheets the last read found: listed apart, after the sheets that may hold schools. */
  private figures: ReadonlySet<string> = new Set();

  constructor(private readonly ctx: PaneContext) {}

  /**
   * 自动 (the reader's choice, as the CLI without --sheet: "") then the data sheets but the
   * `hidden` ones and the rule sheets, the draft's selected; the figures sheets a read found come
   * last, in a group of their own, still there to choose should the reader have taken a school
   * sheet for one. A draft sheet no longer there (renamed, deleted) is dropped for the reader's choice.
   */
  fill(names: readonly string[], hidden: ReadonlySet<string> = new Set()): void {
    const state = this.ctx.state;
    this.listedFrom = { names, hidden };
    if (state.draft.sheet !== "" && !names.includes(state.draft.sheet)) state.draft = draftFor(state.draft, "", null);
    const automatic = option("", this.ctx.t("addin_sheet_automatic"), state.draft.sheet === "");
    // A hidden sheet (last year's data put away) or a rule sheet (settings, never schools) is not offered, unless it is the one the draft reads.
    const listed = names.filter((n) => (!hidden.has(n) && !isRuleSheetName(n)) || n === state.draft.sheet);
    const sheetOption = (n: string): HTMLOptionElement => option(n, n, n === state.draft.sheet);
    const schools = listed.filter((n) => !this.figures.has(n)).map(sheetOption);
    byId<HTMLSelectElement>("sheet").replaceChildren(automatic, ...schools, ...this.figuresGroup(listed.filter((n) => this.figures.has(n)).map(sheetOption)));
    titleFromOption(byId<HTMLSelectElement>("sheet"));
    byId<HTMLInputElement>("range").value = state.draft.range ?? "";
  }

  /** The figures sheets' options under their own label; none when there are none. */
  private figuresGroup(options: readonly HTMLOptionElement[]): HTMLOptGroupElement[] {
    if (options.length === 0) return [];
    const group = el("optgroup", {}, ...options);
    group.label = this.ctx.t("addin_sheet_figures_group");
    return [group];
  }

  /**
   * Makes the list show the draft's sheet, 自动 ("") while the reader chooses, which it keeps
   * doing; `sheet` is the one read, `found` what that read found (the figures sheets are listed
   * apart; undefined when the read found nothing to say, as one that read nothing).
   */
  adopt(sheet: string | null, found?: SheetsFound): void {
    const select = byId<HTMLSelectElement>("sheet");
    if (sheet !== null) this.read = sheet;
    if (found !== undefined) this.schools = found.schools;
    if (found !== undefined) this.listFiguresApart(found.figures);
    select.value = this.ctx.state.draft.sheet;
    titleFromOption(select);
  }

  /** Lists the sheets again with `figures` apart, when they are not the figures sheets already listed so. */
  private listFiguresApart(figures: readonly string[]): void {
    if (figures.length === this.figures.size && figures.every((f) => this.figures.has(f))) return;
    this.figures = new Set(figures);
    if (this.listedFrom !== null) this.fill(this.listedFrom.names, this.listedFrom.hidden);
  }

  /** The school sheets the last read took (小学 and 初中 on sheets of their own, under 自动). */
  schoolsRead(): readonly string[] {
    return this.schools;
  }

  /** The sheet the list shows ("": 自动). */
  shown(): string {
    return byId<HTMLSelectElement>("sheet").value;
  }

  /** The sheet the list shows, or under 自动 the school sheet last read: the one a column fix or 使用整张表 names. */
  shownOrRead(): string {
    return this.shown() === "" ? this.read : this.shown();
  }

  /** Shows `range` in the range box (a range typed with its sheet, shown without it: the list names the sheet). */
  showRange(range: string): void {
    byId<HTMLInputElement>("range").value = range;
  }

  /** Empties the range box (the draft reads a whole sheet). */
  clearRange(): void {
    byId<HTMLInputElement>("range").value = "";
  }

  /** The line under the range saying where it came from; "" clears it (a range typed or a sheet chosen says it itself). */
  hint(code: string, params: Params = {}, warn = false): void {
    const hint = byId("range-hint");
    hint.textContent = code === "" ? "" : this.ctx.t(code, params);
    hint.classList.toggle("warn-text", warn);
  }

  /** The sheet list as it is now, after `sheet` was found gone, with a word under the range on what to do. */
  relist(sheet: string, names: readonly string[], hidden: ReadonlySet<string>): void {
    this.fill(names, hidden);
    this.hint("addin_sheet_gone_relisted", { sheet }, true);
  }

  /** Makes the draft read `found` instead of the sheet the pane opened on, `active`, and the hint say so. */
  fallBack(active: string, found: string): void {
    this.ctx.state.draft = draftFor(this.ctx.state.draft, found, null);
    this.clearRange();
    this.hint(this.ctx.state.openedOn === "saved" ? "addin_saved_sheet_not_school" : "addin_range_active_not_school", { sheet: active, found }, true);
  }
}
