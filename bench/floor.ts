import { readFields } from "../src/engine/table/readFields";
import { FIELD_KEYS, type Fields, type SchoolRecord } from "../src/engine/types";

/**
 * The FLOOR reference: the least any evaluation must do — touch every input number once. A single
 * pass that sums each numeric column over the same records the engine gets (whole-school and
 * per-stage fields alike), reading each record the fastest way this project knows: the engine's
 * own reader (`readFields`, field by field by name). An earlier floor summed with a for-in over
 * each record's keys into a keyed object, which took longer than the engine's reading itself and
 * so flattered the engine ÷ floor ratio. The engine's time divided by this one says how much the
 * evaluation costs on top of reading its input.
 *
 * @example floorPass([{ fields: { students: { value: 3, cell: null } }, … }])[0] // 3 (students is FIELD_KEYS[0])
 */
export function floorPass(records: readonly SchoolRecord[]): Float64Array {
  const totals = new Float64Array(FIELDS);
  for (const record of records) {
    addFields(totals, record.fields);
    const stages = record.stageFields;
    if (stages === undefined) continue;
    if (stages.primary !== undefined) addFields(totals, stages.primary);
    if (stages.junior !== undefined) addFields(totals, stages.junior);
  }
  return totals;
}

const FIELDS = FIELD_KEYS.length;
// One record's numbers, read before they are added (absent ones read as NaN and are skipped).
const row = new Float64Array(FIELDS);

function addFields(totals: Float64Array, fields: Fields): void {
  readFields(fields, row, 0);
  for (let f = 0; f < FIELDS; f++) {
    const v = row[f] ?? NaN;
    if (!Number.isNaN(v)) totals[f] = (totals[f] ?? 0) + v;
  }
}
