import type { WriteTurn } from "../../workbook/types";

/**
 * One result write at a time in this JavaScript runtime. The ribbon's Evaluate and the task
 * pane's share one runtime (and one workbook); a double click on the ribbon starts two runs.
 * Two writes at once each find the same old result sheets: the second then deletes sheets the
 * first already deleted, fails, and leaves its new sheets under their writing names.
 *
 * A later write waits for the earlier one to finish, failed or not, and then surveys the
 * workbook afresh: it replaces the sheets the earlier one wrote, as a re-run does. Waiting is
 * safe because a write touches only result sheets (the data the later run read is unchanged)
 * and each write is complete in itself; the last click's results are the ones left standing.
 * Refusing instead would tell the user "nothing changed" while the first write goes on.
 */
let tail: Promise<void> = Promise.resolve();

/** Writes handed to oneWriteAtATime that have not settled yet (running or waiting). */
let unsettled = 0;

function settled(): void {
  unsettled--;
}

/**
 * Runs `write` once every write queued before it has settled. `onTurn` hears of this write alone:
 * "queued" (at once) when an earlier write has not settled, then "writing" when this one starts; a
 * write that has nothing before it hears nothing. Per write, because a caller must not take
 * another write's wait for its own: the pane's write stuck on Excel with the ribbon's queued
 * behind it is waiting on Excel, not on the ribbon.
 *
 * @example await Promise.all([oneWriteAtATime(a), oneWriteAtATime(b, log)]) // b starts after a has finished; log hears "queued", then "writing"
 */
export function oneWriteAtATime<T>(write: () => Promise<T>, onTurn: (turn: WriteTurn) => void = () => undefined): Promise<T> {
  const queued = unsettled > 0;
  unsettled++;
  const turn = tail.then(() => {
    if (queued) tell(onTurn, "writing");
    return write();
  });
  tail = turn.then(settled, settled);
  if (queued) tell(onTurn, "queued");
  return turn;
}

/**
 * A turn told to its listener, whose failure (the pane's progress line, an element gone) must not
 * stop the write nor leave it counted, never to settle: the results matter more than the hint.
 */
function tell(onTurn: (turn: WriteTurn) => void, turn: WriteTurn): void {
  try {
    onTurn(turn);
  } catch (error) {
    console.warn("the write's turn could not be told; the write goes on", error);
  }
}
