import { dirname, resolve } from "node:path";
import { isFolder } from "./expandInputs";

/**
 * Where a batch's workbooks came from, as the user typed it, for the overview's 数据来源: each folder
 * given, and the folder of each workbook named directly (the workbook itself where it was named
 * without one). Before, every folder holding a workbook was listed as a machine path.
 * @example await batchSources(["/data/某市", "乙县.xlsx", "丙/丙县.xlsx"], "/w") // ["/data/某市", "乙县.xlsx", "丙"]
 */
export async function batchSources(inputs: readonly string[], cwd: string): Promise<string[]> {
  const sources = await Promise.all(inputs.map(async (given) => {
    const folder = await isFolder(resolve(cwd, given));
    const parent = dirname(given);
    return folder || parent === "." ? given : parent;
  }));
  return [...new Set(sources)];
}

/**
 * A failure reason as the overview shows it: the workbook named as in its row (its path from the
 * folder given), not by the path stderr uses.
 * @example relativeReason("无法读取 /tmp/某市/丙县.xlsx：…", "/tmp/某市/丙县.xlsx", "丙县.xlsx") // "无法读取 丙县.xlsx：…"
 */
export function relativeReason(reason: string, typed: string, shown: string): string {
  return typed === "" ? reason : reason.split(typed).join(shown);
}

/**
 * What a batch reads, absolute, for its overview's record (sourcesRecord): each folder given and
 * each workbook named directly. A workbook named is recorded itself, not its folder: the folder
 * (cwd for 甲县.xlsx) would hold every folder under it, and any later batch of one of them would
 * pass for a re-run of this one (otherBatch).
 * @example sourcePaths(["青州市", "补报/北山县.xlsx", "东湖县.xlsx"], "/w") // ["/w/青州市", "/w/补报/北山县.xlsx", "/w/东湖县.xlsx"]
 */
export function sourcePaths(inputs: readonly string[], cwd: string): string[] {
  return [...new Set(inputs.map((given) => resolve(cwd, given)))];
}
