import type { SectionTable } from "./table/sectionTable";
import { tableSums, type TableSums } from "./table/tableSums";
import { INDICATOR_CODES, STAGES, type ShortfallTotals, type Stage } from "./types";

const K = INDICATOR_CODES.length;

/** Stage index `s`'s totals from the sums. */
function totalsFor(sums: TableSums, s: number): ShortfallTotals {
  // One literal in INDICATOR_CODES order: every result then shares one hidden class.
  const at = (k: number): number => sums.shortfall[s * K + k] ?? 0;
  return { stage: STAGES[s] as Stage, byIndicator: { L1: at(0), L2: at(1), L3: at(2), L4: at(3), L5: at(4), L6: at(5), L7: at(6) } };
}

/**
 * What the county still needs per stage and indicator (rules.md §7): the sum of the sections'
 * shortfalls to standard, over in-scope sections, for each stage with one (stagesPresent). A
 * section missing some indicator still adds the needs it has (they are real); out-of-scope
 * sections add nothing. The sums are tableSums', each slot adding its sections in table order;
 * `sums` passed by a caller that sums the table once for this and the coefficients.
 *
 * @example two primary sections short of 2 and 1 teachers for L1 → byIndicator.L1 = 3
 */
export function shortfallTotals(table: SectionTable, sums: TableSums = tableSums(table)): ShortfallTotals[] {
  const totals: ShortfallTotals[] = [];
  for (let s = 0; s < STAGES.length; s++) if (sums.present[s] === 1) totals.push(totalsFor(sums, s));
  return totals;
}
