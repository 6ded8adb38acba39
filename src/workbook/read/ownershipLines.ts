import type { TotalRowInput } from "./totalRowInput";
import type { Classified } from "./rowKind";
import { textAt } from "./rowMeta";
import { sheetLines } from "./blockEnds";
import { ownershipGroup } from "./ownershipGroupIssue";

/**
 * The input with each 其中 line naming the schools someone runs, right under a total or another such
 * line (合计 | 其中：民办学校 | 457), read as that group's subtotal: a part of the total, not in its sum,
 * checked as a 民办学校小计 under 合计 is (ownershipGroupIssue). Read as a breakdown, it left every total
 * of the sheet unchecked (s52 H2), as a breakdown's numbers may be anything's.
 * @example kinds 合计 (total) 8, 其中：民办学校 (breakdown) 9 → 9 a total; 一小 (school) 2, 其中：民办学校 (breakdown) 3 → unchanged
 */
export function withOwnershipLines<T extends TotalRowInput>(input: T): T {
  const lines = sheetLines(input.kinds);
  const kinds = new Map(input.kinds);
  lines.forEach((row, i) => {
    const line = kinds.get(row);
    if (line?.kind === "breakdown" && kinds.get(lines[i - 1] ?? -1)?.kind === "total" && namesOwners(input, row, line)) kinds.set(row, { ...line, kind: "total" });
  });
  return { ...input, kinds };
}

/** Whether a breakdown line's label names a 民办 or 公办 group (ownershipGroup). */
function namesOwners({ grid, nameColumn }: TotalRowInput, row: number, line: Classified): boolean {
  return ownershipGroup(textAt(grid, row, line.labelColumn ?? nameColumn) ?? "") !== null;
}
