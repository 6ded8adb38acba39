/**
 * How long one step of a run may last before the pane says why it may be waiting. Office.js
 * requests queue without an error while the user is editing a cell or Excel is busy (a long
 * recalculation, a dialog), so the step's line would stand with no end and no reason; reading or
 * writing a county's schools takes a second or two, so after 8 s the run is waiting, not working.
 */
export const BUSY_HINT_AFTER_MS = 8_000;

/** Calls `show` once `ms` (BUSY_HINT_AFTER_MS) have passed, unless the returned cancel is called first. */
export function afterBusyWait(show: () => void, ms = BUSY_HINT_AFTER_MS): () => void {
  const timer = setTimeout(show, ms);
  return () => clearTimeout(timer);
}
