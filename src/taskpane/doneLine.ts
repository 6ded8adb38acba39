import { message } from "../messages/catalogue";
import type { KeptRenamed } from "../addin/writtenSheets";
import { countMessage } from "../messages/countMessage";
import { listText } from "../messages/listText";
import type { Lang } from "../messages/types";

/** What a run that wrote its sheets tells its closing line: how many it wrote, and the earlier result sheets it replaced. */
export interface RunWritten {
  readonly count: number;
  /** SheetsWritten.replaced: none on a first run. */
  readonly replaced: readonly string[];
  /** Earlier results the user renamed, kept and not updated, with this run's sheet of each role (keptRenamed); absent: none. */
  readonly keptRenamed?: readonly KeptRenamed[];
}

/**
 * The pane's closing line after its own 评估: the result sheets written and, when the write
 * replaced result sheets of an earlier run, how many, so that a user who had looked at 汇总 knows
 * that what stands there now is this run's. A first run replaced none and says no more. The
 * earlier results the user changed are kept, not replaced: resultNotes says those; those the user
 * renamed are kept too, and the line names each with the new sheet of its role (withKeptRenamed).
 *
 * @example paneDoneLine({ count: 6, replaced: [] }, "zh") // "完成：已写入 6 张结果工作表。"
 * @example paneDoneLine({ count: 6, replaced: ["汇总", "差异系数"] }, "zh") // "完成：已写入 6 张结果工作表，已替换上次评估的 2 张结果表。"
 */
export function paneDoneLine(written: RunWritten, lang: Lang): string {
  const replaced = written.replaced.length;
  const line = replaced === 0 ? message("addin_progress_done", { count: written.count }, lang) : countMessage("addin_progress_done_replaced", replaced, { count: written.count, replaced }, lang);
  return withKeptRenamed(line, written.keptRenamed ?? [], lang);
}

/**
 * A closing line with the earlier results the user renamed, each with the new sheet of its role:
 * the re-run leaves a renamed sheet as it was (it is the user's now), and without a word the user
 * would take its figures for this run's. Nothing added when there are none.
 *
 * @example withKeptRenamed("完成：已写入 6 张结果工作表。", [{ kept: "汇总备份", name: "汇总" }], "zh") // "完成：已写入 6 张结果工作表。您改过名或复制的早先结果表已保留，未随本次评估更新：“汇总备份”（本次结果见“汇总”）。"
 */
export function withKeptRenamed(line: string, renamed: readonly KeptRenamed[], lang: Lang): string {
  if (renamed.length === 0) return line;
  const pairs = listText(renamed.map((r) => message("addin_done_renamed_pair", { kept: r.kept, name: r.name }, lang)), lang);
  // An English sentence follows the line after a space; a Chinese one directly.
  return `${line}${lang === "en" ? " " : ""}${countMessage("addin_done_renamed_kept", renamed.length, { pairs }, lang)}`;
}

/**
 * The pane's line after the ribbon's 评估 (addin_command_done), with the same word on the result
 * sheets it replaced and on those the user renamed, kept.
 *
 * @example ribbonDoneLine(["汇总"], "en") // "Evaluation done; result sheets updated: they replaced the 1 result sheet of the last evaluation."
 */
export function ribbonDoneLine(replaced: readonly string[], lang: Lang, renamed: readonly KeptRenamed[] = []): string {
  const line = replaced.length === 0 ? message("addin_command_done", {}, lang) : countMessage("addin_command_done_replaced", replaced.length, { replaced: replaced.length }, lang);
  return withKeptRenamed(line, renamed, lang);
}
