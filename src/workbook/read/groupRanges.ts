import { isVillageGroup, subtotalKind } from "./blockHeading";
import { headingCore } from "./headingRurality";
import { ownershipGroup } from "./ownershipGroupIssue";
import { withoutSumWord } from "./totalLabel";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import { sheetLines, blockEnds, isSchoolLine } from "./blockEnds";
import { rowsAbove } from "./runningSums";

/**
 * Whether a total's label names a group of schools by who runs them or where, with or without 小计 /
 * 合计 (blockHeading's subtotalKind "group"): not a 城乡 side (城区, 农村学校), which checkSides adds up.
 * A kind of village school before 小计 (村小小计, 村级小学合计, 中心校小计: blockHeading's isVillageGroup)
 * names one too, as no school is so named; bare 村小 beside numbers may be a school's short name, so
 * only with the sum word (s50 M2: 村小小计 63 was warned against every school, 3,407). A stage of the
 * schools someone runs (民办小学小计: ownershipGroup) names one too (s52 H2).
 * @example namesGroup("民办学校小计") // true; namesGroup("县直学校") // true; namesGroup("村小小计") // true; namesGroup("城区小计") // false; namesGroup("乡镇小计") // false
 */
function namesGroup(label: string): boolean {
  const core = headingCore(label);
  const bare = withoutSumWord(core);
  return subtotalKind(core) === "group" || subtotalKind(bare) === "group" || (bare !== core && isVillageGroup(bare)) || ownershipGroup(label) !== null;
}

/**
 * The part totals among the schools, each adding up rows above it: from the top or an earlier total
 * (rangesOf), or from any school row since the total before it (`starts`), as the block before it
 * may have no subtotal of its own (城区's schools, then 乡镇's, then 乡镇小计: where 乡镇 begins is not
 * written). A group's subtotal (乡镇学校 | 240, 城区 | 5000) may add up the block under it too
 * (`ends`: blockEnds), as hand-kept sheets write such a row under its block or above it alike. A
 * total is warned only when it agrees with none of them: a false warning on a right sheet is worse
 * than a total left unchecked (R2 of s48). A stage's or kind's subtotal adds up its own rows
 * wherever they stand (stageSums, typeSums), so none of this; nor is it the total before another
 * (教学点小计 inside 石岭镇's block bounds none: s51 H2).
 * @example 一小 2, 城区学校 3, 三小 4, 四小 5, 乡镇学校 6, 五小 7, 合计 8 → 乡镇学校 starts [4, 5], ends [8]: 三小 + 四小, 四小, or 五小 under it
 * @example 一小 2, 二小 3, 三小 4, 四小 5, 乡镇小计 6 → starts [2, 3, 4, 5]: 乡镇小计 agreeing with 三小 + 四小 is right
 */
export function groupRanges(input: TotalRowInput, at: { readonly parts: readonly TotalRow[]; readonly totals: readonly TotalRow[]; readonly rows: readonly number[] }): TotalRow[] {
  const { parts, totals, rows } = at;
  // A stage's or kind's subtotal bounds no block (教学点小计 inside 石岭镇's block, 石岭镇小计 under it adds up the whole town's rows: s51 H2).
  const totalRows = totals.filter((t) => t.scope === null).map((t) => t.row);
  const scopedRows = totals.filter((t) => t.scope !== null).map((t) => t.row);
  const blocks = parts.some((t) => t.group === true) ? blocksUnder(input, totals) : () => [];
  return parts.map((t) => {
    if (t.scope !== null) return t;
    const since = totalRows[rowsAbove(totalRows, t.row) - 1] ?? -1;
    const starts = rows.slice(rowsAbove(rows, since + 1), rowsAbove(rows, t.row));
    // 合计 | 城区 | 农村 under the schools: each side's total a part of the grand total just above it (R1 of s49, g16).
    const breakdown = starts.length === 0 && totals.some((g) => g.grand && g.row < t.row && rowsAbove(rows, g.row) === rowsAbove(rows, t.row));
    // The last stage's or kind's subtotal since that total: the rows above it need not be this one's (leftOutRows, s51 R4).
    const inner = scopedRows.filter((row) => row > since && row < t.row).pop();
    const bounded = inner === undefined ? { ...t, starts } : { ...t, starts, scopedBound: inner };
    const grouped = t.group === true ? { ...bounded, ends: blocks(t.row) } : bounded;
    // No total before it bounds its schools, or none stands between: its block is not written (TotalRow.loose).
    const found = namesGroup(t.label) && (starts.length === 0 || rowsAbove(rows, since + 1) === 0) ? { ...grouped, loose: true } : grouped;
    return breakdown && (found.ends ?? []).length === 0 ? { ...found, breakdown } : found;
  });
}

/** Where the block under each row may end (blockEnds), none when no school row is right under it: a group's subtotal heading its block. */
function blocksUnder(input: TotalRowInput, totals: readonly TotalRow[]): (row: number) => number[] {
  const lines = sheetLines(input.kinds);
  const place = new Map(lines.map((row, i) => [row, i]));
  const grandRows = new Set(totals.filter((t) => t.grand).map((t) => t.row));
  return (row) => {
    const i = place.get(row) ?? -1;
    return isSchoolLine(input.kinds.get(lines[i + 1] ?? -1)) ? blockEnds(input.kinds, lines, i + 1, grandRows) : [];
  };
}
