import { stagesPresent } from "./coefficientGroups";
import { isIncluded, type SectionTable } from "./table/sectionTable";
import { INDICATOR_CODES, STAGES, stageIndex, type ShortfallTotals, type Stage } from "./types";

const K = INDICATOR_CODES.length;

// Each stage's sums (slot s × 7 + k); reused from county to county.
const sums = new Float64Array(STAGES.length * K);

/** One pass over the table for both stages: each slot adds its sections' shortfalls in table order. */
function sumShortfalls(table: SectionTable): void {
  sums.fill(0);
  for (let row = 0; row < table.size; row++) {
    if (!isIncluded(table, row)) continue;
    const s = table.stage[row] ?? 0;
    for (let k = 0; k < K; k++) {
      if (table.computed[row * K + k] === 1) sums[s * K + k] = (sums[s * K + k] ?? 0) + (table.shortfall[row * K + k] ?? NaN);
    }
  }
}

function totalsFor(stage: Stage): ShortfallTotals {
  const s = stageIndex(stage);
  // One literal in INDICATOR_CODES order: every result then shares one hidden class.
  const at = (k: number): number => sums[s * K + k] ?? 0;
  return { stage, byIndicator: { L1: at(0), L2: at(1), L3: at(2), L4: at(3), L5: at(4), L6: at(5), L7: at(6) } };
}

/**
 * What the county still needs per stage and indicator (rules.md §7): the sum of the sections'
 * shortfalls to standard, over in-scope sections. A section missing some indicator still adds
 * the needs it has (they are real); out-of-scope sections add nothing.
 *
 * @example two primary sections short of 2 and 1 teachers for L1 → byIndicator.L1 = 3
 */
export function shortfallTotals(table: SectionTable): ShortfallTotals[] {
  sumShortfalls(table);
  return stagesPresent(table).map(totalsFor);
}
