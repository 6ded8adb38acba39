import type { Fields, SchoolRecord } from "../src/engine/types";

/**
 * The FLOOR reference: the least any evaluation must do — touch every input number once. A single
 * pass that sums each numeric column over the same records the engine gets (whole-school and
 * per-stage fields alike). The engine's time divided by this one says how much the evaluation
 * itself costs on top of reading its input.
 *
 * @example floorPass([{ fields: { students: { value: 3, cell: null } }, … }]).students // 3
 */
export function floorPass(records: readonly SchoolRecord[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const record of records) {
    addFields(totals, record.fields);
    const stages = record.stageFields;
    if (stages === undefined) continue;
    if (stages.primary !== undefined) addFields(totals, stages.primary);
    if (stages.junior !== undefined) addFields(totals, stages.junior);
  }
  return totals;
}

function addFields(totals: Record<string, number>, fields: Fields): void {
  for (const key in fields) {
    const sourced = fields[key as keyof Fields];
    if (sourced !== undefined) totals[key] = (totals[key] ?? 0) + sourced.value;
  }
}
