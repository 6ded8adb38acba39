import { causeChain, during, failureText } from "../addin/failure";
import { SheetGone } from "../addin/goToSheet";
import { byId } from "./dom";
import type { PaneContext, Params } from "./paneContext";

/** The pane's notice line (warnings, failures), and the guard that shows a failed step's reason in it. */
export class PaneNotice {
  constructor(private readonly ctx: PaneContext) {}

  /**
   * Shows `text` in the notice, on a line after what it already says (a fix undone and a failure
   * both stay readable), once; `byResult`: by 评估, scrolled into view, where the user who clicked it or a
   * link of the result is (the top of a 320 px pane is some 500 px above), else at the top.
   */
  show(text: string, byResult = this.ctx.state.evaluating): void {
    const notice = byId("notice");
    const shown = notice.hidden ? "" : notice.textContent;
    if (shown === "") placeNotice(notice, byResult);
    // Each on a line of its own (the notice keeps line breaks): run together, the second read as the end of the first.
    if (!shown.includes(text)) notice.textContent = shown === "" ? text : `${shown}\n${text}`;
    notice.hidden = false;
    if (notice.parentNode === byId("evaluate-notice")) notice.scrollIntoView({ block: "nearest" });
  }

  clear(): void {
    byId("notice").hidden = true;
    byId("notice").textContent = "";
  }

  warn(code: string, params: Params): void {
    this.show(this.ctx.t(code, params));
  }

  /**
   * Runs a step; a failure is shown in the pane in the user's language with the host's reason,
   * rather than lost, by 评估 when `byResult` (notice). False when it failed. Only an unexpected
   * failure goes to the console too: a link to a sheet the user deleted or renamed (SheetGone) is
   * a situation the notice explains in full, and logging it as an error would send whoever reads
   * the console looking for a bug.
   */
  async guard(step: () => Promise<void>, byResult = false): Promise<boolean> {
    try {
      await step();
      return true;
    } catch (error) {
      if (!expected(error)) console.error(error);
      this.show(failureText(error, this.ctx.env.lang), byResult || this.ctx.state.evaluating);
      return false;
    }
  }

  /** Goes to a sheet or cell of the result; a failure is said by 评估. */
  go(navigate: () => Promise<void>): void {
    void this.guard(() => during("navigating", navigate), true);
  }
}

/** Whether a failure is one the pane expects and explains (a sheet gone), anywhere in its causes. */
function expected(error: unknown): boolean {
  return causeChain(error).some((e) => e instanceof SheetGone);
}

/** Moves the notice by 评估 (`byResult`) or back to the top of the pane, where it is said next. */
function placeNotice(notice: HTMLElement, byResult: boolean): void {
  const place = byId(byResult ? "evaluate-notice" : "notice-top");
  if (notice.parentNode !== place) place.appendChild(notice);
}
