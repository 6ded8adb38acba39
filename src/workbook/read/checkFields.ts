import type { FieldKey, Fields, Issue } from "../../engine/types";
import { issueAtCell } from "./issue";

/** Teacher counts that are subsets of the full-time teachers (专任教师). */
const TEACHER_SUBSETS: readonly FieldKey[] = ["qualifiedTeachers", "backboneTeachers", "peArtTeachers", "certifiedTeachers", "trainedTeachers"];

/**
 * Drops numbers that contradict the row's own total: more qualified, backbone, PE / art,
 * certified or trained teachers than full-time teachers (when a teacher total is given). Each is
 * an error at the offending cell, and the field is left out rather than trusted.
 *
 * @example { teachers: 20, qualifiedTeachers: 25 } → qualifiedTeachers dropped, read_exceeds_teachers at its cell
 */
export function checkFields(fields: Fields, issues: Issue[]): Fields {
  const teachers = fields.teachers;
  if (teachers === undefined) return fields;
  const out: Fields = { ...fields };
  for (const key of TEACHER_SUBSETS) {
    const v = fields[key];
    if (v === undefined || v.value <= teachers.value) continue;
    issues.push(issueAtCell("read_exceeds_teachers", "error", v.cell, { field: key, value: v.value, teachers: teachers.value, teachersCell: teachers.cell ?? "" }));
    delete out[key];
  }
  return out;
}
