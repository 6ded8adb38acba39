import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { normaliseText } from "./text";

/** A column of school-level backbone teachers (校级骨干教师): not county level or above. */
const SCHOOL_LEVEL = /^(校级|学校级|校)(骨干)?(教师)?(数|人数)?$/;
/** A total: a leaf the aliases read as the group's own number (aliases.ts TOTAL). */
const TOTAL = /^(合计|计|总计|小计|总数|人数|数量)$/;

function groupOf(path: readonly string[]): string {
  return path.slice(0, -1).join("/");
}

/**
 * Drops the total of a backbone group that has a 校级 column beside it (骨干教师 over 合计 | 省级 |
 * 市级 | 县级 | 校级): that total counts school-level backbone teachers too, and L2 counts only
 * county level and above (rules.md §2), so the levels are added up instead. Said at the total's
 * header cell.
 *
 * @example 骨干教师/合计, 骨干教师/县级, 骨干教师/校级 → the 合计 role dropped, read_backbone_total_school_level at its cell
 */
export function withoutSchoolLevelTotals(roles: readonly ColumnRole[], band: HeaderBand, issues: Issue[]): ColumnRole[] {
  return roles.filter((role) => {
    const own = band.columns.find((c) => c.column === role.column);
    if (role.key !== "backboneTeachers" || role.part !== null || own === undefined || own.path.length < 2) return true;
    if (!TOTAL.test(normaliseText(own.path[own.path.length - 1] ?? ""))) return true;
    const group = groupOf(own.path);
    const school = band.columns.find((c) => c.path.length === own.path.length && groupOf(c.path) === group && SCHOOL_LEVEL.test(normaliseText(c.path[c.path.length - 1] ?? "")));
    if (school === undefined) return true;
    issues.push(issueAt("read_backbone_total_school_level", "info", band.sheet, own.headerRow, role.column, { column: columnLetters(role.column), header: role.header, schoolColumn: columnLetters(school.column) }));
    return false;
  });
}
