import type { SchoolType, SectionResult } from "../types";
import type { SchoolGroup } from "./schoolGroups";

/**
 * Which guarantee items a school counts for: "compulsory" (G3–G6, G9, G12, Q4), "special"
 * (G7, G9, G12, Q4) or "none".
 */
export type GuaranteeRole = "compulsory" | "special" | "none";

const NO_ROLE: readonly SchoolType[] = ["vocational", "other"];

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
export function schoolRole(group: SchoolGroup, sections: readonly SectionResult[]): GuaranteeRole {
  if (group.type === "special") return "special";
  if (NO_ROLE.includes(group.type)) return "none";
  const ids = new Set(group.records.map((r) => r.id));
  const own = sections.filter((s) => ids.has(s.recordId));
  if (own.length === 0) return "compulsory";
  return own.some((s) => s.included || s.exclusion === "small_teaching_point") ? "compulsory" : "none";
}
