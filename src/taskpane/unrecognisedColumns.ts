import type { MappingView } from "../addin/mappingView";
import { REQUIRED_KEYS } from "../workbook/read/readWorkbook";

/**
 * The required fields (学校名称, 在校生数) a header read without them lacks, in the view's order.
 * @example missingRequired({ missing: ["teachingArea", "students"], … }) // ["students"]
 */
export function missingRequired(view: MappingView): string[] {
  return view.missing.filter((k) => REQUIRED_KEYS.includes(k));
}

/**
 * The columns a read that failed for want of a required field asks the user to look at: every
 * column of the header not recognised (（不使用）), one of which may hold the field under a header
 * the reader does not know (在册人数 for 在校生数); none when no required field is missing.
 *
 * @example unrecognisedColumns({ rows: [A 序号 (none), B 学校名称 (name), E 在册人数 (none)], missing: ["students"], … }) // [0, 4]
 */
export function unrecognisedColumns(view: MappingView): number[] {
  if (missingRequired(view).length === 0) return [];
  return view.rows.filter((r) => r.role === null).map((r) => r.column);
}
