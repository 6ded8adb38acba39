/** What tells the page it is shown: the document's visibility, and Office's visibility mode in a shared runtime. */
export interface Visibility {
  readonly doc: {
    readonly visibilityState: string;
    addEventListener(type: "visibilitychange", listener: () => void): void;
  };
  /** Office.addin.onVisibilityModeChanged where the host has it (SharedRuntime 1.1); else undefined. */
  readonly onVisibilityModeChanged?: (handler: (args: { visibilityMode: string }) => void) => unknown;
}

/**
 * Runs `start` once the page is visible: at once when it is, else when it becomes so. The pane's
 * page is also the ribbon command's function file, loaded hidden when 评估 is clicked before the
 * pane was opened; starting the pane there would read the whole workbook alongside the command's
 * own evaluation, for nobody to see. A hidden page starts when Office shows it as the task pane.
 */
export function whenVisible(visibility: Visibility, start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (visibility.doc.visibilityState !== "hidden") return once();
  visibility.doc.addEventListener("visibilitychange", () => {
    if (visibility.doc.visibilityState !== "hidden") once();
  });
  // Office.VisibilityMode.taskpane is "Taskpane".
  visibility.onVisibilityModeChanged?.((args) => {
    if (args.visibilityMode === "Taskpane") once();
  });
}
