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
 * The columns of the header not recognised (（不使用）), one of which may hold a required field under
 * a header the reader does not know (在册人数 for 在校生数): the rows a read that failed for want of
 * one (missingRequired) opens for the user to look among.
 *
 * @example unrecognisedColumns({ rows: [A 序号 (none), B 学校名称 (name), E 在册人数 (none)], … }) // [0, 4]
 */
export function unrecognisedColumns(view: MappingView): number[] {
  return view.rows.filter((r) => r.role === null).map((r) => r.column);
}
