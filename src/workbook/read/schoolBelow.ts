import { LAST_ROW, a1, qualified } from "../address";
import type { Box, Grid } from "../types";
import { cellNumber } from "./cellNumber";
import { META_KEYS, type ColumnRole } from "./keys";
import { textAt, valueAt } from "./rowMeta";
import { isSchoolRow } from "./rowKind";

const META = new Set<string>(META_KEYS);

/** The row just under a grid read from a range, across the range's columns; null under Excel's last row or an empty grid. */
export function boxBelow(grid: Grid): Box | null {
  const width = grid.values[0]?.length ?? 0;
  const row = grid.top + grid.values.length;
  return width === 0 || row >= LAST_ROW ? null : { top: row, left: grid.left, bottom: row, right: grid.left + width - 1 };
}

/** A school row left out of a range: its name and the address of its name cell. */
export interface SchoolBelow {
  readonly name: string;
  readonly cell: string;
}

/**
 * The school in the row `below` holds (the row under a range read, boxBelow) when it reads as the
 * range's school rows do (isSchoolRow: not a total, a breakdown such as 其中：女, a subtotal such as
 * 城区, a stage line such as 小学部), with a name of letters and a number of students in a students
 * column, as the reader reads it (420 or 420人: cellNumber). A range fixed once (A3:AJ43) silently leaves out the school added under it next year; a
 * 合计 row or a blank row under the range is where a table ends, not a school.
 *
 * @example schoolBelow(row 44 [新城小学 | 420], roles name A, students B) // { name: "新城小学", cell: "学校基本情况!A44" }
 * @example schoolBelow(row 44 [合计 | 9000], roles name A, students B) // null
 */
export function schoolBelow(below: Grid, roles: readonly ColumnRole[]): SchoolBelow | null {
  const nameColumn = roles.find((r) => r.key === "name")?.column;
  if (nameColumn === undefined) return null;
  const name = textAt(below, below.top, nameColumn);
  // A name has letters (a row number or a sum under the names column is not one).
  if (name === null || !/\p{L}/u.test(name)) return null;
  if (!isSchoolRow(below, below.top, { nameColumn, campusColumn: null }, roles.filter((r) => !META.has(r.key)))) return null;
  const students = roles.filter((r) => r.key === "students" || r.key === "seniorStudents");
  const counted = students.some((r) => cellNumber(valueAt(below, below.top, r.column), r).status === "number");
  return counted ? { name, cell: qualified(below.sheet, a1(below.top, nameColumn)) } : null;
}
