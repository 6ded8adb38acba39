import { byId, option } from "./dom";
import { draftFor } from "./draft";
import type { PaneContext, Params } from "./paneContext";
import { titleFromOption } from "./titleFromOption";

/** The sheet list, the range box and the line under the range saying where the range came from. */
export class SheetList {
  constructor(private readonly ctx: PaneContext) {}

  /** The data sheets, the draft's selected; a draft sheet no longer there (renamed, deleted) is dropped for the reader's choice. */
  fill(names: readonly string[]): void {
    const state = this.ctx.state;
    if (state.draft.sheet !== "" && !names.includes(state.draft.sheet)) state.draft = draftFor(state.draft, "", null);
    byId<HTMLSelectElement>("sheet").replaceChildren(...names.map((n) => option(n, n, n === state.draft.sheet)));
    titleFromOption(byId<HTMLSelectElement>("sheet"));
    byId<HTMLInputElement>("range").value = state.draft.range ?? "";
  }

  /** Makes the list show the sheet read: the draft's, or the reader's choice when the draft leaves it to the reader (""), which it keeps doing. */
  adopt(sheet: string | null): void {
    const select = byId<HTMLSelectElement>("sheet");
    const draftSheet = this.ctx.state.draft.sheet;
    select.value = draftSheet === "" ? (sheet ?? select.value) : draftSheet;
    titleFromOption(select);
  }

  /** The sheet the list shows. */
  shown(): string {
    return byId<HTMLSelectElement>("sheet").value;
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
  relist(sheet: string, names: readonly string[]): void {
    this.fill(names);
    this.hint("addin_sheet_gone_relisted", { sheet }, true);
  }

  /** Makes the draft read `found` instead of the sheet the pane opened on, `active`, and the hint say so. */
  fallBack(active: string, found: string): void {
    this.ctx.state.draft = draftFor(this.ctx.state.draft, found, null);
    this.clearRange();
    this.hint(this.ctx.state.openedOn === "saved" ? "addin_saved_sheet_not_school" : "addin_range_active_not_school", { sheet: active, found }, true);
  }
}
