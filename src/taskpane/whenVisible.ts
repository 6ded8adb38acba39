/** What tells the page it is shown: the document's visibility, and Office's visibility mode in a shared runtime. */
export interface Visibility {
  readonly doc: {
    readonly visibilityState: string;
    addEventListener(type: "visibilitychange" | "pointerdown" | "focusin", listener: () => void): void;
  };
  /**
   * Office.addin.onVisibilityModeChanged where the host has it (SharedRuntime 1.1); else undefined.
   * Its promise rejects on hosts that have the function but no shared runtime.
   */
  readonly onVisibilityModeChanged?: (handler: (args: { visibilityMode: string }) => void) => unknown;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/**
 * Listens for Office showing the page as the task pane. The first touch of the page starts it
 * too, whatever Office says: a page the user clicks or tabs into is shown, and a host that accepts
 * the handler but never calls it (or reports the page hidden while it shows) must not leave a pane
 * that never starts. A host that refuses (the promise rejects, or the call throws) is logged
 * rather than left as an unhandled rejection.
 */
function listenToOffice(visibility: Visibility, once: () => void): void {
  visibility.doc.addEventListener("pointerdown", once);
  visibility.doc.addEventListener("focusin", once);
  const refused = (error: unknown) => console.warn("Office will not say when the task pane is shown; it starts when first used", error);
  try {
    const registered = visibility.onVisibilityModeChanged?.((args) => {
      if (args.visibilityMode === "Taskpane") once(); // Office.VisibilityMode.taskpane
    });
    if (isThenable(registered)) registered.then(undefined, refused);
  } catch (error) {
    refused(error);
  }
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
  listenToOffice(visibility, once);
}
