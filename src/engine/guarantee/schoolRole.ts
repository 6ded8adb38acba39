import { isIncluded, type SectionTable } from "../table/sectionTable";
import type { SchoolGroup } from "./schoolGroups";

/**
 * Which guarantee items a school counts for: "compulsory" (G3–G6, G9, G12, Q4), "special"
 * (G7, G9, G12, Q4) or "none".
 */
export type GuaranteeRole = "compulsory" | "special" | "none";

/** Per record: 0 no section, 1 sections none of which counts, 2 a section that counts (see schoolRole). */
export type RecordRoles = Uint8Array;

/**
 * What each record's sections say about its school's role: a section counts when it is in the
 * resource-allocation scope or out of it only as a small teaching point.
 * @example recordRoles(tableOf([included section of record 0]), 2) // Uint8Array [2, 0]
 */
export function recordRoles(table: SectionTable, records: number): RecordRoles {
  const roles = new Uint8Array(records);
  for (let row = 0; row < table.size; row++) {
    const record = table.record[row] ?? 0;
    const counts = isIncluded(table, row) || table.exclusion[row] === "small_teaching_point";
    roles[record] = Math.max(roles[record] ?? 0, counts ? 2 : 1);
  }
  return roles;
}

/**
 * A special-education school is "special" whatever the resource scope says. Any other school
 * counts when one of its sections is in the resource-allocation scope, or is out of it only as a
 * teaching point under the minimum (that exclusion belongs to the 7 indicators of rules.md §2; the
 * guarantee items cover every 小学 and 初中, and G6 exists for the smallest schools). A school with
 * no section results is judged by its type alone. rules.md §4 (items 3–6 "every 小学 and 初中",
 * item 7 special-education schools).
 *
 * @example a teaching point of 30 students (out of the 7 indicators' scope) → "compulsory"; a 职业高中 → "none"
 */
export function schoolRole(group: SchoolGroup, roles: RecordRoles): GuaranteeRole {
  if (group.type === "special") return "special";
  // By comparison, not includes() on a list: this runs for every school of every county.
  if (group.type === "vocational" || group.type === "other") return "none";
  let most = 0;
  for (const i of group.indexes) most = Math.max(most, roles[i] ?? 0);
  return most === 1 ? "none" : "compulsory";
}
