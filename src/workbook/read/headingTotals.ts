import type { Classified } from "./rowKind";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import { sheetLines, blockEnds } from "./blockEnds";

/**
 * The part totals to check when one stands above the first school, each heading the rows under it,
 * as the statistics reports print them (Q2 of s48). Not when a part total also stands below the last
 * school (城区小计 above its block and 乡镇小计 below its own: where 城区 ends is not written, R2 of s48,
 * 1c): then none is checked, as a total left unchecked is better than a false warning. A stage's or
 * kind's subtotal (小学小计) heads its rows wherever they stand (scope: 小学小计 and 初中小计 at the top
 * over interleaved rows, or 初中小计 over its block with 育才（初中部） above in the 小学 block, 1f). A
 * plain part total (城区小计) heads a block only when a school row is right under it and no other part
 * total right above it (合计 | 城区小计 | 乡镇小计 over the whole list is a summary, not a block's
 * head: 1a; 民办学校小计 0 over 城区小计, 1e), its block ending at the next part total or heading row
 * (二、乡镇学校: 1d), or, when none follows, after any of the school rows under it (blockEnds).
 * @example 城区小计 (2), 一小, 二小, 二、乡镇学校 (5), 三小 → 城区小计 heads rows 3–4 (ends [5])
 */
export function headingTotals(input: TotalRowInput, at: { readonly totals: readonly TotalRow[]; readonly rows: readonly number[]; readonly lastSchool: number }): TotalRow[] {
  const { totals, lastSchool } = at;
  const parts = totals.filter((t) => !t.grand);
  if (parts.some((t) => t.row > lastSchool)) return [];
  const schools = new Set(at.rows);
  const lines = sheetLines(input.kinds);
  const partRows = new Set(parts.map((t) => t.row));
  const grandRows = new Set(totals.filter((t) => t.grand).map((t) => t.row));
  // Each total's place among the lines, found once: a city's 200 county 小计 would each scan 100,000 rows.
  const place = new Map(lines.map((row, i) => [row, i]));
  return parts.flatMap((t): TotalRow[] => {
    if (t.scope !== null) return [{ ...t, heads: "scope" }];
    const i = place.get(t.row) ?? -1;
    const [above, below] = [lines[i - 1], lines[i + 1]];
    if (below === undefined || !schools.has(below) || (above !== undefined && partRows.has(above))) return [];
    return [{ ...t, heads: "block", ends: nestedEnds({ kinds: input.kinds, lines, place, grandRows, partRows, schools }, i) }];
  });
}

/** What nestedEnds needs of the sheet: its lines (sheetLines), each one's index, the grand and part totals' rows and the school rows. */
interface SheetLines {
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly lines: readonly number[];
  readonly place: ReadonlyMap<number, number>;
  readonly grandRows: ReadonlySet<number>;
  readonly partRows: ReadonlySet<number>;
  readonly schools: ReadonlySet<number>;
}

/**
 * Where the block under the heading total at line `i` may end (blockEnds), and, when it ends at a
 * part total heading a block of its own, where that one may end, and so on: a side's total heads
 * its groups' blocks as well as its own rows (合计 | 城区 | … | 农村 | 乡镇's schools | 村小及教学点 |
 * the village schools: 农村 adds up both blocks, R1 of s49, g4). Its own block's ends come last, as a tie goes
 * to the last range (bestComparison): a 小计 agreeing with its own rows no worse than with its groups' is
 * compared with its own.
 * @example 农村 7, 石桥 8–10, 村小及教学点 11, 杨庄 12–14 (sheet's end) → [13, 14, 15, 11]: on to any village school, or rows 8–10
 */
function nestedEnds(sheet: SheetLines, i: number): number[] {
  const ends = blockEnds(sheet.kinds, sheet.lines, i + 1, sheet.grandRows);
  // A block ending at a heading (二、乡镇学校) or the sheet's end does not go on; at a part total heading schools it may.
  const [end] = ends;
  const next = end !== undefined && ends.length === 1 && sheet.partRows.has(end) ? sheet.place.get(end) : undefined;
  return next !== undefined && sheet.schools.has(sheet.lines[next + 1] ?? -1) ? [...nestedEnds(sheet, next), ...ends] : ends;
}
