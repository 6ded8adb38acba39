import { forPane } from "../addin/addinIssues";
import { saveSettings } from "../addin/addinSettings";
import { during } from "../addin/failure";
import { withHeld } from "../addin/heldFixes";
import { withHeadersFrom } from "../addin/mappingView";
import { runPipeline } from "../addin/runPipeline";
import type { ReadResult } from "../workbook/read/readWorkbook";
import { byId, focusDropped } from "./dom";
import { settingsOf, type Draft } from "./draft";
import { paneDoneLine, type RunWritten } from "./doneLine";
import type { DraftReader } from "./draftReader";
import type { MappingPanel } from "./mappingPanel";
import type { PaneContext } from "./paneContext";
import type { PaneNotice } from "./paneNotice";
import type { ProgressLine } from "./progressLine";
import type { ResultView } from "./resultView";

/** The parts of the pane an evaluation reads with and speaks through. */
export interface EvaluateParts {
  readonly ctx: PaneContext;
  readonly notice: PaneNotice;
  readonly progress: ProgressLine;
  readonly reader: DraftReader;
  readonly mapping: MappingPanel;
  readonly result: ResultView;
  /** Clears the notice and what goes with it (Pane.clearNotice). */
  clearNotice(): void;
}

type PipelineOk = Extract<Awaited<ReturnType<typeof runPipeline>>, { ok: true }>;

/** 评估: reads the draft, evaluates and writes the result sheets, shows the result and saves the settings that ran. */
export async function evaluateDraft(p: EvaluateParts): Promise<void> {
  const state = p.ctx.state;
  const button = byId<HTMLButtonElement>("evaluate");
  const refocus = focusBack(button);
  button.disabled = true;
  state.evaluating = true;
  byId("saved").hidden = true;
  p.clearNotice();
  let done: string | null = null;
  // A detection still running read the sheets before this evaluation: it must not show its table over this one's.
  const run = ++state.detections;
  await p.notice.guard(() => evaluateRun(p, run, (written) => (done = paneDoneLine(written, p.ctx.env.lang))));
  state.evaluating = false;
  p.progress.show(null, done);
  button.disabled = false;
  refocus();
}

/**
 * Disabling the focused 评估 button drops the focus to the page, where a keyboard user would have
 * to Tab again from the top, past two lists a mapped column: the returned call gives it back to
 * the button, re-enabled (the result and its links follow it in the tab order, and the control
 * pressed is where the user expects to be), unless the focus was elsewhere when the run started
 * (a mouse click that did not focus it) or the user has put it somewhere since.
 */
function focusBack(button: HTMLButtonElement): () => void {
  if (document.activeElement !== button) return () => undefined;
  return () => {
    if (focusDropped()) button.focus();
  };
}

/** The run itself, under the guard; `wrote` hears how many sheets were written and which earlier ones they replaced, before the settings are saved. */
async function evaluateRun(p: EvaluateParts, run: number, wrote: (written: RunWritten) => void): Promise<void> {
  const { ctx } = p;
  ctx.source.clear(); // the evaluation reads the sheets as they are now
  // The check's read is the run's first wait on Excel (in cell edit mode, the one that does not end): it shows as reading.
  p.progress.show("reading");
  const generation = ctx.source.generation;
  const fresh = await p.reader.readDraft();
  if (fresh.dropped) return p.mapping.showRead(fresh.read); // the user checks the mapping before anything is written
  if (!fresh.read.ok) return showNotRead(p, run, fresh.read);
  // Watched from the read on: a number typed while the run writes its sheets makes its result out of date too.
  p.result.watchData(fresh.read, true);
  const ran = ctx.state.draft;
  const request = { ...ran, lang: ctx.env.lang, ...(ctx.env.sourceName ? { sourceName: ctx.env.sourceName } : {}) };
  // The check's parse is the evaluation's: the pipeline reads again only if the draft changed meanwhile (knownRead) or the sheets were forgotten (the user came back from the grid).
  const known = ctx.source.generation === generation ? fresh : undefined;
  const result = await runPipeline(ctx.source, ctx.env.sink, request, ctx.env.deps, (step) => p.progress.show(step), known);
  if (!result.ok) return p.result.showProblems(forPane(p.mapping.explained(result.issues)));
  await confirmRun(p, run, ran, result, wrote);
}

/** Shows what `ran` gave and saves it, whatever the user has chosen since; the draft takes the headers only if it is still what ran. */
async function confirmRun(p: EvaluateParts, run: number, ran: Draft, result: PipelineOk, wrote: (written: RunWritten) => void): Promise<void> {
  const { ctx } = p;
  const confirmed: Draft = { ...ran, ...withHeadersFrom(ran, result.read.mapping) };
  if (ctx.state.draft === ran) ctx.state.draft = confirmed;
  if (run === ctx.state.detections) p.mapping.showRead(result.read);
  p.result.show(result, confirmed, false);
  wrote({ count: result.sheetNames.length, replaced: result.replaced ?? [], ...(result.keptRenamed === undefined ? {} : { keptRenamed: result.keptRenamed }) });
  // 自动 is saved as such (""): the ribbon's 评估 then reads what the reader chooses, as the CLI does, not the first sheet it read.
  // A correction held (its column's header changed) is saved as it was until the user moves or discards it: a run must not erase it.
  const kept = { ...confirmed, ...withHeld(confirmed, ctx.state.held, confirmed.sheet, confirmed.range) };
  await during("saving", () => saveSettings(ctx.env.settings, settingsOf(kept)));
  byId("saved").textContent = ctx.t("addin_settings_saved");
  byId("saved").hidden = false;
}

/**
 * An evaluation whose read failed (the sheet edited since the table was shown: a header renamed):
 * the table is redrawn from that read, the header as it is now, and says why under it, where the
 * user can choose the column; the result says where to look rather than say it all again. A
 * detection started since owns the table: the result then says it all.
 */
function showNotRead(p: EvaluateParts, run: number, read: Extract<ReadResult, { ok: false }>): void {
  if (run !== p.ctx.state.detections) return p.result.showProblems(forPane(p.mapping.explained(read.issues)));
  p.mapping.showRead(read);
  p.result.showProblems([], p.ctx.t("addin_not_evaluable_see_mapping", { step: p.ctx.t("addin_step_mapping") }));
}
