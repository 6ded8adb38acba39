import { loadSettings, saveSettings, type AddinSettings } from "../addin/addinSettings";
import { glance } from "../addin/glance";
import { fieldOptions, mappingView, withFix } from "../addin/mappingView";
import type { PaneEnv } from "../addin/paneEnv";
import type { RibbonOutcome } from "../addin/ribbonEvaluate";
import { readRequest, runPipeline, type Step } from "../addin/runPipeline";
import { message } from "../messages/catalogue";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID } from "../profiles/resolveProfile";
import { byId, el, link, option } from "./dom";
import { renderGlance, renderIssues } from "./renderResult";

/** The pane's state: what the user is about to confirm. */
interface Draft {
  sheet: string;
  range: string | null;
  fixes: Record<string, number>;
  profileId: string;
  year: number | null;
}

/** The task pane: propose the range, show and fix the mapping, choose rules, evaluate, show the verdict. */
export class Pane {
  private draft: Draft = { sheet: "", range: null, fixes: {}, profileId: DEFAULT_PROFILE_ID, year: null };

  constructor(private readonly env: PaneEnv) {}

  private t(code: string, params: Readonly<Record<string, string | number>> = {}): string {
    return message(code, params, this.env.lang);
  }

  async start(): Promise<void> {
    this.translate();
    this.showMissingFeatures();
    const saved = loadSettings(this.env.settings);
    if (saved) this.draft = { ...saved, fixes: { ...saved.fixes } };
    else await this.propose("any");
    await this.fillSheets();
    this.fillProfiles();
    this.bind();
    await this.detect();
  }

  private translate(): void {
    document.documentElement.lang = this.env.lang === "en" ? "en" : "zh-CN";
    byId("title").textContent = this.t("addin_title");
    byId("subtitle").textContent = this.t("addin_subtitle");
    document.querySelectorAll<HTMLElement>("[data-t]").forEach((node) => (node.textContent = this.t(node.dataset.t ?? "")));
  }

  private showMissingFeatures(): void {
    if (this.env.missing.length === 0) return;
    const notice = byId("notice");
    notice.textContent = this.t("addin_missing_features", { features: this.env.missing.map((f) => this.t(`addin_feature_${f}`)).join("、") });
    notice.hidden = false;
  }

  /** Takes the selection (when it has a header) or the used range of the active sheet. */
  private async propose(prefer: "any" | "used"): Promise<void> {
    const proposed = await this.env.navigator.proposeRange();
    const useSelection = prefer === "any" && proposed.from === "selection";
    this.draft = { ...this.draft, sheet: proposed.sheet, range: useSelection ? proposed.range : null, fixes: {} };
    byId("range-hint").textContent = this.t(useSelection ? "addin_range_from_selection" : "addin_range_from_used");
  }

  private async fillSheets(): Promise<void> {
    const select = byId<HTMLSelectElement>("sheet");
    const names = await this.env.source.sheetNames();
    select.replaceChildren(...names.map((n) => option(n, n, n === this.draft.sheet)));
    byId<HTMLInputElement>("range").value = this.draft.range ?? "";
  }

  private fillProfiles(): void {
    const profiles = byId<HTMLSelectElement>("profile");
    const ids = Object.keys(BUILT_IN_PROFILES);
    if (!ids.includes(this.draft.profileId)) this.draft.profileId = DEFAULT_PROFILE_ID;
    profiles.replaceChildren(...ids.map((id) => option(id, builtInProfile(id).name[this.env.lang], id === this.draft.profileId)));
    this.fillYears();
  }

  private fillYears(): void {
    const years = builtInProfile(this.draft.profileId).targets.map((t) => t.year);
    if (this.draft.year !== null && !years.includes(this.draft.year)) this.draft.year = null;
    const opts = [option("", this.t("addin_year_latest"), this.draft.year === null), ...years.map((y) => option(String(y), String(y), y === this.draft.year))];
    byId<HTMLSelectElement>("year").replaceChildren(...opts);
  }

  private bind(): void {
    byId<HTMLSelectElement>("sheet").addEventListener("change", (e) => void this.changeRange((e.target as HTMLSelectElement).value, null));
    byId<HTMLInputElement>("range").addEventListener("change", (e) => void this.changeRange(this.draft.sheet, (e.target as HTMLInputElement).value.trim() || null));
    byId("use-selection").addEventListener("click", () => void this.repropose("any"));
    byId("use-used").addEventListener("click", () => void this.repropose("used"));
    byId("detect").addEventListener("click", () => void this.detect());
    byId<HTMLSelectElement>("profile").addEventListener("change", (e) => {
      this.draft.profileId = (e.target as HTMLSelectElement).value;
      this.fillYears();
    });
    byId<HTMLSelectElement>("year").addEventListener("change", (e) => {
      const v = (e.target as HTMLSelectElement).value;
      this.draft.year = v === "" ? null : Number(v);
    });
    byId("evaluate").addEventListener("click", () => void this.evaluate());
  }

  private async changeRange(sheet: string, range: string | null): Promise<void> {
    this.draft = { ...this.draft, sheet, range, fixes: {} };
    byId<HTMLInputElement>("range").value = range ?? "";
    await this.detect();
  }

  private async repropose(prefer: "any" | "used"): Promise<void> {
    await this.guard(async () => {
      await this.propose(prefer);
      await this.fillSheets();
      await this.detect();
    });
  }

  /** Reads the range to show the recognised mapping and the rule / figures sheets. */
  async detect(): Promise<void> {
    await this.guard(async () => {
      const read = await this.env.deps.read(this.env.source, readRequest(this.draft));
      if (!read.ok) {
        this.renderMapping(null);
        this.showProblems(read.issues);
        return;
      }
      this.renderMapping(read.mapping);
      byId("rule-sheet").textContent = read.ruleSheet ? this.t("addin_rule_sheet", { sheet: read.ruleSheet }) : this.t("addin_no_rule_sheet");
      byId("figures-sheet").textContent = read.figuresSheet ? this.t("addin_figures_sheet", { sheet: read.figuresSheet }) : this.t("addin_no_figures_sheet");
    });
  }

  private renderMapping(mapping: unknown): void {
    const view = mappingView(mapping);
    const options = fieldOptions(this.env.lang);
    const rows = view.rows.map((row) => {
      const select = el("select");
      select.append(option("", this.t("addin_mapping_ignore"), row.field === null), ...options.map((o) => option(o.key, o.label, o.key === row.field)));
      select.addEventListener("change", () => {
        this.draft.fixes = withFix(this.draft.fixes, row.column, select.value === "" ? null : select.value);
        void this.detect();
      });
      const tr = el("tr", { className: row.field === null ? "unused" : "" }, el("td", { className: "col", text: row.address || String(row.column + 1) }), el("td", { text: row.header }), el("td", {}, select));
      return tr;
    });
    byId("mapping").querySelector("tbody")?.replaceChildren(...rows);
    const missing = byId("mapping-missing");
    missing.hidden = view.missing.length === 0;
    missing.textContent = this.t("addin_mapping_missing", { fields: view.missing.map((f) => message(`field_${f}`, {}, this.env.lang)).join("、") });
    byId("mapping-rows").textContent = view.headerRows === null ? "" : this.t("addin_mapping_rows", { header: view.headerRows, rows: view.dataRows ?? 0 });
  }

  /** Shows the running step with a moving bar; `done` leaves the closing line without the bar. */
  private progress(step: Step | "done" | null, count = 0): void {
    byId("progress").hidden = step === null;
    byId("progress").classList.toggle("running", step !== null && step !== "done");
    byId("progress-text").textContent = step === null ? "" : step === "done" ? this.t("addin_progress_done", { count }) : this.t(`addin_progress_${step}`);
  }

  async evaluate(): Promise<void> {
    const button = byId<HTMLButtonElement>("evaluate");
    button.disabled = true;
    let written: number | null = null;
    await this.guard(async () => {
      const request = { ...this.draft, lang: this.env.lang, ...(this.env.sourceName ? { sourceName: this.env.sourceName } : {}) };
      const result = await runPipeline(this.env.source, this.env.sink, request, this.env.deps, (step) => this.progress(step));
      if (!result.ok) {
        this.showProblems(result.issues);
        return;
      }
      await saveSettings(this.env.settings, { ...this.draft } satisfies AddinSettings);
      this.showResult(result.evaluation, result.sheetNames, result.issues);
      written = result.sheetNames.length;
    });
    this.progress(written === null ? null : "done", written ?? 0);
    button.disabled = false;
  }

  /** What the ribbon's 评估 did, shown here when the pane shares its runtime. */
  showRibbonOutcome(outcome: RibbonOutcome): void {
    if (outcome.kind === "evaluated") {
      this.showResult(outcome.result.evaluation, outcome.result.sheetNames, outcome.result.issues);
      this.progress("done", outcome.result.sheetNames.length);
    } else if (outcome.kind === "opened_pane" && outcome.result && !outcome.result.ok) {
      this.showProblems(outcome.result.issues);
    }
  }

  private showResult(evaluation: Parameters<typeof glance>[0], sheetNames: readonly string[], issues: Parameters<typeof renderIssues>[1]): void {
    const glances = glance(evaluation);
    byId("glance").replaceChildren(...glances.map((g) => renderGlance(g, this.env.lang, glances.length > 1)));
    byId("sheets").replaceChildren(...sheetNames.map((name) => el("li", {}, link(name, () => void this.env.navigator.activateSheet(name)))));
    byId("issues-title").textContent = this.t("addin_issues", { count: issues.length });
    renderIssues(byId("issues"), issues, this.env.lang, (cell) => void this.env.navigator.selectCell(cell));
    byId("result").hidden = false;
  }

  private showProblems(issues: Parameters<typeof renderIssues>[1]): void {
    byId("glance").replaceChildren(el("p", { className: "warn-text", text: this.t("addin_not_evaluable") }));
    byId("sheets").replaceChildren();
    byId("issues-title").textContent = this.t("addin_issues", { count: issues.length });
    renderIssues(byId("issues"), issues, this.env.lang, (cell) => void this.env.navigator.selectCell(cell));
    byId("result").hidden = false;
  }

  /** Runs a step; an unexpected failure is shown in the pane rather than lost. */
  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      console.error(error);
      const notice = byId("notice");
      notice.textContent = this.t("addin_error", { reason: error instanceof Error ? error.message : String(error) });
      notice.hidden = false;
    }
  }
}
