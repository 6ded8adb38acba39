import { byId, option } from "./dom";
import { draftFor } from "./draft";
import type { PaneContext, Params } from "./paneContext";
import { titleFromOption } from "./titleFromOption";
import { isRuleSheetName } from "../workbook/read/pickRuleSheet";

/** The sheet list, the range box and the line under the range saying where the range came from. */
export class SheetList {
  /** The school sheet last read (the first, when several were): what a column fix made under 自动 names. */
  private read = "";

  constructor(private readonly ctx: PaneContext) {}

  /**
   * 自动 (the reader's choice, as the CLI without --sheet: "") then the data sheets but the
   * `hidden` ones and the rule sheets, the draft's selected; a draft sheet no longer there (renamed, deleted) is dropped
   * for the reader's choice.
   */
  fill(names: readonly string[], hidden: ReadonlySet<string> = new Set()): void {
    const state = this.ctx.state;
    if (state.draft.sheet !== "" && !names.includes(state.draft.sheet)) state.draft = draftFor(state.draft, "", null);
    const automatic = option("", this.ctx.t("addin_sheet_automatic"), state.draft.sheet === "");
    // A hidden sheet (last year's data put away) or a rule sheet (settings, never schools) is not offered, unless it is the one the draft reads.
    const listed = names.filter((n) => (!hidden.has(n) && !isRuleSheetName(n)) || n === state.draft.sheet);
    byId<HTMLSelectElement>("sheet").replaceChildren(automatic, ...listed.map((n) => option(n, n, n === state.draft.sheet)));
    titleFromOption(byId<HTMLSelectElement>("sheet"));
    byId<HTMLInputElement>("range").value = state.draft.range ?? "";
  }

  /** Makes the list show the draft's sheet, 自动 ("") while the reader chooses, which it keeps doing; `sheet` is the one read. */
  adopt(sheet: string | null): void {
    const select = byId<HTMLSelectElement>("sheet");
    if (sheet !== null) this.read = sheet;
    select.value = this.ctx.state.draft.sheet;
    titleFromOption(select);
  }

  /** The sheet the list shows ("": 自动). */
  shown(): string {
    return byId<HTMLSelectElement>("sheet").value;
  }

  /** The sheet the list shows, or under 自动 the school sheet last read: the one a column fix or 使用整张表 names. */
  shownOrRead(): string {
    return this.shown() === "" ? this.read : this.shown();
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
