import { message } from "../messages/catalogue";
import { countMessage } from "../messages/countMessage";
import type { Lang } from "../messages/types";

/** What a run that wrote its sheets tells its closing line: how many it wrote, and the earlier result sheets it replaced. */
export interface RunWritten {
  readonly count: number;
  /** SheetsWritten.replaced: none on a first run. */
  readonly replaced: readonly string[];
}

/**
 * The pane's closing line after its own 评估: the result sheets written and, when the write
 * replaced result sheets of an earlier run, how many, so that a user who had looked at 汇总 knows
 * that what stands there now is this run's. A first run replaced none and says no more. The
 * earlier results the user changed are kept, not replaced: resultNotes says those.
 *
 * @example paneDoneLine({ count: 6, replaced: [] }, "zh") // "完成：已写入 6 张结果工作表。"
 * @example paneDoneLine({ count: 6, replaced: ["汇总", "差异系数"] }, "zh") // "完成：已写入 6 张结果工作表，已替换上次评估的 2 张结果表。"
 */
export function paneDoneLine(written: RunWritten, lang: Lang): string {
  const replaced = written.replaced.length;
  if (replaced === 0) return message("addin_progress_done", { count: written.count }, lang);
  return countMessage("addin_progress_done_replaced", replaced, { count: written.count, replaced }, lang);
}

/**
 * The pane's line after the ribbon's 评估 (addin_command_done), with the same word on the result
 * sheets it replaced.
 *
 * @example ribbonDoneLine(["汇总"], "en") // "Evaluation done; result sheets updated: they replaced the 1 result sheet of the last evaluation."
 */
export function ribbonDoneLine(replaced: readonly string[], lang: Lang): string {
  if (replaced.length === 0) return message("addin_command_done", {}, lang);
  return countMessage("addin_command_done_replaced", replaced.length, { replaced: replaced.length }, lang);
}
