import type { RunProgress } from "../addin/runPipeline";
import { afterBusyWait } from "./busyHint";
import { byId } from "./dom";

/** The run's progress line, with the busy hint under it once a step has waited BUSY_HINT_AFTER_MS. */
export class ProgressLine {
  /** Cancels the wait that shows the busy hint when the running step lasts BUSY_HINT_AFTER_MS; null while no step runs. */
  private cancelBusy: (() => void) | null = null;

  constructor(private readonly t: (code: string) => string) {}

  /** Shows the running step with a moving bar (a queued write's line is the writing one); `done` leaves the closing line without the bar. */
  show(step: RunProgress | null, done: string | null = null): void {
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
}
