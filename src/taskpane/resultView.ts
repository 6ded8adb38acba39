import { glance } from "../addin/glance";
import { goToResult } from "../addin/goToSheet";
import type { WrittenSheet } from "../addin/writtenSheets";
import type { Evaluation, Issue } from "../engine/types";
import type { OverrideEntry } from "../profiles/overrideEntries";
import type { Profile } from "../profiles/schema";
import { profileText } from "../workbook/write/profileText";
import { DataWatch } from "./dataWatch";
import { byId, el, link } from "./dom";
import { basisKey, type DraftBasis } from "./draft";
import { showIssues } from "./issuesList";
import type { PaneContext, ReadOk } from "./paneContext";
import type { PaneNotice } from "./paneNotice";
import { evaluatesAlike, readBasis, type ReadBasis } from "./readBasis";
import { renderGlance } from "./renderResult";
import { resultNotes } from "./resultNotes";
import { showStaleLine, type Listed } from "./staleLine";

/** A result to show: the pane's own run's, or the ribbon's. */
export interface ShownResult {
  evaluation: Evaluation;
  sheetNames: readonly string[];
  issues: readonly Issue[];
  profile: Profile;
  ruleOverrides?: readonly OverrideEntry[];
  written?: readonly WrittenSheet[];
  read: ReadOk;
}

/** The result part of the pane: the verdict or why there is none, the issues, and the stale line. */
export class ResultView {
  private showing: "result" | "problems" | null = null;
  /** The settings the result shown was evaluated with; null when not known (nothing shown, or problems). */
  private shownBasis: DraftBasis | null = null;
  /** The read the result shown was evaluated from, with its year (its readBasis once asked); null with shownBasis. */
  private shownRead: BasisOf | null = null;
  /** The pane's last read (noteRead): the settings it was read with (readerKey) and the read, whose readBasis is worked out once asked; null when it failed or none was noted. */
  private lastRead: { readonly reader: string; readonly basis: BasisOf } | null = null;
  /** What the result shown lists: issues at cells, issues of whole sheets only, or none (its list says there are none). */
  private listed: Listed = "none";
  private readonly data: DataWatch;

  constructor(
    private readonly ctx: PaneContext,
    private readonly notice: PaneNotice,
  ) {
    this.data = new DataWatch(ctx, () => this.markStale());
  }

  show(result: ShownResult, basis: DraftBasis | null, fromScratch: boolean): void {
    const { evaluation, sheetNames, issues } = result;
    const glances = glance(evaluation, result.profile, issues);
    this.showBasis(result.profile, evaluation.year, result.ruleOverrides ?? []);
    const open = (name: string) => this.notice.go(() => goToResult(name, () => this.ctx.env.navigator.activateSheet(name)));
    byId("result-notes").replaceChildren(...resultNotes(result, this.ctx.env.lang, open));
    const schoolsSheet = result.written?.find((s) => s.role === "schools")?.name;
    byId("glance").replaceChildren(...glances.map((g) => renderGlance(g, this.ctx.env.lang, glances.length > 1, schoolsSheet)));
    byId("sheets").replaceChildren(...sheetNames.map((name) => el("li", {}, link(name, () => open(name)))));
    byId("sheets-title").hidden = false;
    this.showIssues(issues);
    this.showing = "result";
    this.shownBasis = basis;
    this.shownRead = basis === null ? null : basisOf(result.read, basis.year);
    this.watchData(result.read, fromScratch);
    this.markStale();
  }

  /** Watches the sheets `read` was read from (DataWatch.watch). */
  watchData(read: ReadOk, fromScratch: boolean): void {
    this.data.watch(read, fromScratch);
  }

  /** Nothing could be evaluated: the first error says why on the line itself (or `line`, said instead); all of them are listed below. */
  showProblems(issues: readonly Issue[], line: string | null = null): void {
    const first = issues.find((i) => i.severity === "error") ?? issues[0];
    const reason = first ? this.ctx.t(first.code, first.params) : this.ctx.t("addin_not_evaluable_unknown");
    byId("glance").replaceChildren(alertLine(line ?? this.ctx.t("addin_not_evaluable", { reason })));
    byId("sheets").replaceChildren();
    byId("sheets-title").hidden = true;
    byId("result-basis").hidden = true;
    byId("result-notes").replaceChildren();
    this.showIssues(issues, line === null || issues.length > 0);
    this.showing = "problems";
    this.shownBasis = null;
    this.shownRead = null;
    this.data.stop();
    this.markStale();
  }

  /** A mapping read again (or not read) replaces the problems shown: they were the last read's. */
  hideProblems(): void {
    if (this.showing === "problems") this.hide();
  }

  /**
   * Greys the result and its issues, under a line saying so, while the pane's settings differ from
   * those it was evaluated with (the issues may no longer apply: the line says they are the last
   * evaluation's), or once the data it was evaluated from has changed: then the line says the
   * data changed, or that a sheet read was deleted (it says to evaluate again, as the settings'
   * line does), the issues' cells may have moved with an inserted row or gone with the sheet.
   */
  markStale(): void {
    const shown = this.showing === "result";
    const data = shown ? this.data.changed : null;
    const stale = data !== null || (shown && !this.current());
    showStaleLine(this.ctx.t, stale, data, this.listed);
    // Without the watch (the host failed while it was set up), an edit made now would leave the result looking current.
    byId("result-unwatched").hidden = !(shown && this.data.unwatched);
  }

  /**
   * What the pane's detection read for the draft (null: nothing readable), so that settings which
   * differ from the result's but read the same (current) do not mark it out of date. Its readBasis
   * is left until current() compares it: every detection notes its read, and keying each record
   * read is work wasted while no result is shown or the settings are the result's own.
   */
  noteRead(read: ReadOk | null): void {
    const draft = this.ctx.state.draft;
    this.lastRead = read === null ? null : { reader: readerKey(draft), basis: basisOf(read, draft.year) };
  }

  /**
   * Whether the result shown is still what the draft would evaluate: the same settings, or settings
   * that differ only in how they say it (a column set to 不使用 and back, pinned to the field it
   * was read as; the year 按表格标题 found, chosen by hand), whose last read gives what the result
   * was evaluated from, under the same profile, and finds no data problem the result does not list
   * (evaluatesAlike: a range that now leaves out the 合计 row, and its check, leaves it current). A
   * result of unknown settings is never said stale.
   */
  private current(): boolean {
    const basis = this.shownBasis;
    const draft = this.ctx.state.draft;
    if (basis === null || basisKey(basis) === basisKey(draft)) return true;
    const read = this.lastRead;
    const shown = this.shownRead;
    return basis.profileId === draft.profileId && shown !== null && read !== null && read.reader === readerKey(draft) && evaluatesAlike(shown(), read.basis());
  }

  /** The rules the result was evaluated with: the profile's name (with the 规则 sheet's changes, as the sheets' notes say them) and the year used (from the title when none was chosen). */
  private showBasis(profile: Profile, year: number | null, overrides: readonly OverrideEntry[]): void {
    const basis = byId("result-basis");
    const lang = this.ctx.env.lang;
    // A profile without yearly targets (national-2017) has no latest target to apply.
    const noYear = profile.targets.length === 0 ? "addin_result_year_none" : "addin_result_year_latest";
    basis.textContent = this.ctx.t("addin_result_basis", { profile: profileText(profile.name[lang], overrides, lang), year: year ?? this.ctx.t(noYear) });
    basis.hidden = false;
  }

  private showIssues(issues: readonly Issue[], listed = true): void {
    const cells = showIssues(this.ctx, issues, listed, (navigate) => this.notice.go(navigate));
    this.listed = cells ? "cells" : listed && issues.length > 0 ? "issues" : "none";
  }

  private hide(): void {
    byId("result").hidden = true;
    this.showing = null;
    this.shownBasis = null;
    this.shownRead = null;
    this.data.stop();
    this.markStale();
  }
}

/** A read's readBasis with `year`, worked out on the first call and kept. */
type BasisOf = () => ReadBasis;

function basisOf(read: ReadOk, year: number | null): BasisOf {
  let basis: ReadBasis | null = null;
  return () => (basis ??= readBasis(read, year));
}

/** What of the settings the reader reads with: all but the profile, which the read does not depend on. */
function readerKey(draft: DraftBasis): string {
  return basisKey({ ...draft, profileId: "" });
}

/** Why nothing was evaluated, in an alert as a failed step's notice is: read out when it appears, where a new line would be passed over. */
function alertLine(text: string): HTMLParagraphElement {
  const line = el("p", { className: "warn-text", text });
  line.setAttribute("role", "alert");
  return line;
}
