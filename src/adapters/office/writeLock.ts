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

/** Writes handed to oneWriteAtATime that have not started yet: each waits for the one before it. */
let waiting = 0;

/**
 * Runs `write` once every write queued before it has settled.
 *
 * @example await Promise.all([oneWriteAtATime(a), oneWriteAtATime(b)]) // b starts after a has finished
 */
export function oneWriteAtATime<T>(write: () => Promise<T>): Promise<T> {
  waiting++;
  const turn = tail.then(() => {
    waiting--;
    return write();
  });
  tail = turn.then(
    () => undefined,
    () => undefined,
  );
  return turn;
}

/**
 * Whether a write is waiting for an earlier one to finish (the pane's 评估 behind the ribbon's,
 * still writing): then a write that seems stuck is held here, not by Excel, and the pane says so.
 *
 * @example oneWriteAtATime(a); oneWriteAtATime(b); await tick(); writeWaiting() // true until a has settled and b starts
 */
export function writeWaiting(): boolean {
  return waiting > 0;
}
