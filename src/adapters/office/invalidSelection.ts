import { OfficeError } from "./OfficeError";

/** How long a survey waits before its one retry: long enough for the user to switch back. */
export const RETRY_DELAY_MS = 1_000;

/**
 * Excel's InvalidSelection: on Excel for Mac a sheet's names collection fails so while the user
 * views another workbook (office-js#6365); on Windows adding such a name fails too (office-js#2078).
 */
export function isInvalidSelection(error: unknown): boolean {
  const e = error as { code?: unknown } | null;
  return typeof e === "object" && e !== null && e.code === "InvalidSelection";
}

/**
 * Runs `step`, and once more after `delayMs` if the host refused it with InvalidSelection. A
 * second refusal becomes office_workbook_inactive, which tells the user what to do. `step` must
 * leave the workbook as it found it when it fails (a write rolls back), as it runs again.
 *
 * @example await retryOnInvalidSelection(() => this.run(write)) // the write, or the write twice
 */
export async function retryOnInvalidSelection<T>(step: () => Promise<T>, delayMs = RETRY_DELAY_MS): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!isInvalidSelection(error)) throw error;
  }
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  try {
    return await step();
  } catch (error) {
    if (!isInvalidSelection(error)) throw error;
    throw OfficeError.from("office_workbook_inactive", error);
  }
}
