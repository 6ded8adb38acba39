import type { ProposedRange } from "../adapters/office/OfficeNavigator";
import { loadSettings, savedRuleIssues, type AddinSettings } from "../addin/addinSettings";
import { during } from "../addin/failure";
import { DEFAULT_PROFILE_ID } from "../profiles/resolveProfile";
import { draftFor, type Draft } from "./draft";
import type { PaneContext } from "./paneContext";
import type { PaneNotice } from "./paneNotice";
import type { SheetList } from "./sheetList";

/** The parts the opening draft is said through. */
export interface OpeningParts {
  readonly notice: PaneNotice;
  readonly sheets: SheetList;
}

/** The saved settings when their sheet is still there; else the proposal, keeping the saved rules. */
export async function restoreDraft(ctx: PaneContext, parts: OpeningParts, names: readonly string[]): Promise<void> {
  const state = ctx.state;
  const saved = loadSettings(ctx.env.settings);
  state.opening = true; // unless the saved sheet is still there
  if (saved === null) return void (await proposeOpening(ctx, parts.sheets, names));
  const rules = savedRules(saved, parts.notice);
  if (saved.sheet === "" || names.includes(saved.sheet)) {
    // A saved sheet with no school table (县级指标) gives way as the active one does (readShown); a saved range is the user's own choice.
    state.opening = saved.range === null;
    state.openedOn = "saved";
    state.draft = { ...saved, fixes: { ...saved.fixes }, ignored: [...saved.ignored], headers: { ...saved.headers }, ...rules };
    return;
  }
  state.draft = { ...state.draft, ...rules };
  await proposeOpening(ctx, parts.sheets, names);
  parts.notice.warn("addin_saved_sheet_missing", { sheet: saved.sheet });
}

/** The saved profile, replaced by the pane's default, with a word, when this version does not have it (savedRuleIssues); the saved year, which is the data's, kept. */
function savedRules(saved: AddinSettings, notice: PaneNotice): Pick<Draft, "profileId" | "year"> {
  const issues = savedRuleIssues(saved);
  for (const issue of issues) notice.warn(issue.code, issue.params);
  return { profileId: issues.length > 0 ? DEFAULT_PROFILE_ID : saved.profileId, year: saved.year };
}

/**
 * Takes Excel's selection (when it has a header) or the used range of the active sheet, unless the
 * active sheet is not a data sheet (after an evaluation it is the 汇总 the writer activated):
 * then the draft stays as it is and the hint says why. The proposal when the draft took it, else null.
 */
export async function proposeDraft(ctx: PaneContext, sheets: SheetList, names: readonly string[]): Promise<ProposedRange | null> {
  const proposed = await during("reading", () => ctx.env.navigator.proposeRange());
  if (!names.includes(proposed.sheet)) {
    sheets.hint("addin_range_not_data_sheet", { sheet: proposed.sheet }, true);
    return null;
  }
  const useSelection = proposed.from === "selection";
  ctx.state.draft = draftFor(ctx.state.draft, proposed.sheet, useSelection ? proposed.range : null);
  sheets.hint(useSelection ? "addin_range_from_selection" : "addin_range_from_used");
  return proposed;
}

/**
 * The hint once the range read is known, when the selection gave way to the whole sheet: why
 * (one cell, or no header in its first row) and the range read instead, which the box leaves empty.
 * Null when the selection was taken, or nothing was read.
 *
 * @example refusedHint({ sheet: "学校基本情况", range: null, from: "used", refused: "one_cell" }, "学校基本情况!A3:AJ43")
 *   // { code: "addin_range_selection_one_cell", params: { sheet: "学校基本情况", range: "A3:AJ43" } } → 选区只有一个单元格，已改用工作表“学校基本情况”的整张表：读取 A3:AJ43。
 */
export function refusedHint(proposed: ProposedRange, extent: string | null): { code: string; params: Record<string, string> } | null {
  if (proposed.refused === undefined || extent === null) return null;
  const code = proposed.refused === "one_cell" ? "addin_range_selection_one_cell" : "addin_range_selection_no_header";
  return { code, params: { sheet: proposed.sheet, range: extent.slice(extent.lastIndexOf("!") + 1) } };
}

/**
 * The pane's first draft: Excel's selection when it has a header (a range the user marked);
 * otherwise no sheet, the reader's choice, as the CLI reads without --sheet (小学 and 初中 both,
 * the latest year), whichever sheet is active.
 */
async function proposeOpening(ctx: PaneContext, sheets: SheetList, names: readonly string[]): Promise<void> {
  const proposed = await during("reading", () => ctx.env.navigator.proposeRange());
  if (proposed.from === "selection" && names.includes(proposed.sheet)) return void (await proposeDraft(ctx, sheets, names));
  ctx.state.draft = draftFor(ctx.state.draft, "", null);
  sheets.hint(readerChoiceHint(ctx.state.draft.year), readerChoiceParams(ctx.state.draft.year));
}

/** The hint under the range when the reader chooses the sheet: the chosen year named, or the latest. */
export function readerChoiceHint(year: number | null): string {
  return year === null ? "addin_sheet_reader_choice" : "addin_sheet_reader_choice_year";
}

/** readerChoiceHint's params. */
export function readerChoiceParams(year: number | null): Record<string, number> {
  return year === null ? {} : { year };
}
