import type { Issue } from "../../engine/types";
import { bareHeaderRoles } from "./bareHeaderRoles";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand, type HeaderColumn } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole, Part } from "./keys";
import { analysePath } from "./matchHeaderPath";

/**
 * A bare degree as a one-row header writes it (研究生 | 本科 | 专科, or under a 其中 group, which
 * analysePath drops) and the L1 part it is (rules.md §2 L1; workbooks.md: the degree breakdown is
 * L1's source). On its own such a header could count anyone (staff, trainees), so it is read only
 * beside the teachers (专任教师数) or beside another degree part read so.
 */
const BARE_DEGREES: readonly (readonly [RegExp, Part])[] = [
  [/^(研究生|研究生毕业)$/, "graduate"],
  [/^(本科|大学本科|本科毕业)$/, "bachelor"],
  [/^(专科|大专|大学专科|专科毕业)$/, "associate"],
];

/** The L1 part a one-segment header names bare, or null. @example bareDegree({ column: 4, path: ["其中", "本科"], headerRow: 0 }) // "bachelor" */
export function bareDegree(own: HeaderColumn): Part | null {
  const info = analysePath(own.path);
  const [only, ...more] = info.segments;
  if (only === undefined || more.length > 0 || info.unit !== null || info.stage !== null) return null;
  return BARE_DEGREES.find(([re]) => re.test(only))?.[1] ?? null;
}

/** The columns beside which a bare degree counts teachers: the teachers' count (or a degree part already read, bareHeaderRoles adds its own key). */
const TEACHERS: ReadonlySet<string> = new Set(["teachers"]);

/** bareDegree as a part with no stage (a bare degree names none), for bareHeaderRoles. */
const degreePart = (own: HeaderColumn): Pick<ColumnRole, "part" | "stage"> | null => {
  const part = bareDegree(own);
  return part === null ? null : { part, stage: null };
};

/** A header naming the staff (教职工数, 教职员工): degrees after it are all staff's, not the teachers'. */
const STAFF = /教职工|教职员工/;

/**
 * The staff column (STAFF) right before the run of bare degree headers `column` stands in, or
 * null: 教职工数 | 研究生 | 本科 | 专科 | 专任教师数 writes the staff's degrees, whatever stands after.
 *
 * @example staffBefore(band of 教职工数 | 研究生 | 本科 | 专科 | 专任教师数, 本科's column) // 教职工数's column
 */
function staffBefore(band: HeaderBand, column: number): HeaderColumn | null {
  let at = band.columns.findIndex((c) => c.column === column);
  while (at >= 0 && bareDegree(band.columns[at] ?? { column: -1, path: [], headerRow: 0 }) !== null) at--;
  const before = band.columns[at];
  return before !== undefined && STAFF.test(before.path.join("/")) ? before : null;
}

/**
 * Bare degree headers (研究生 | 本科 | 专科) read as L1's parts when they stand next to the teachers'
 * column or to a part so read (专任教师数 | 研究生 | 本科 | 专科): the header's context says they
 * count teachers. Repeated until nothing changes, so the run is read outward from the teachers. A
 * part already read is not read twice. A run right after a 教职工 column (staffBefore) counts the
 * staff and is never read, even beside 专任教师数 on its other side (D5-staff-degrees-left-of-teachers).
 * Of two columns of one part, the one the user sees (`hidden`: 0-based hidden sheet columns, as
 * matchColumns' visibleFirst and bareSubjectRoles): a hidden old copy does not take the part.
 *
 * @example 学校名称 | 专任教师数 | 研究生 | 本科 | 专科 → C qualifiedTeachers#graduate, D #bachelor, E #associate
 * @example 学校名称 | 在校生数 | 本科 → 本科 unread (no teacher column beside it)
 */
export function bareDegreeRoles(band: HeaderBand, roles: readonly ColumnRole[], candidates: readonly number[], hidden: ReadonlySet<number> = new Set()): ColumnRole[] {
  return bareHeaderRoles(band, roles, candidates, hidden, { key: "qualifiedTeachers", bare: degreePart, beside: TEACHERS, ruledOut: (b, column) => staffBefore(b, column) !== null });
}

/** A column as the notes list it (one per line, as unreadColumns): D“研究生”. */
function shown(c: HeaderColumn): string {
  return `${columnLetters(c.column)}“${c.path.join("/")}”`;
}

/**
 * One info note per run of bare degrees left unread after a 教职工 column (staffBefore): which
 * columns, the staff column they follow, and the teachers' degree columns L1 reads instead
 * (专科及以上 / 本科及以上学历专任教师数); read_bare_degrees_staff_only when the sheet has none.
 *
 * @example 教职工数 (C) | 研究生 | 本科 | 专科 | 专任教师数 | 专科及以上学历专任教师数 (H) → at D1: columns D–F, staff C, explicit H
 */
export function staffDegreeIssues(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const runs = new Map<HeaderColumn, HeaderColumn[]>();
  for (const c of band.columns) {
    const staff = bareDegree(c) === null || roles.some((r) => r.column === c.column) ? null : staffBefore(band, c.column);
    if (staff !== null) runs.set(staff, [...(runs.get(staff) ?? []), c]);
  }
  const explicit = band.columns.filter((c) => roles.some((r) => r.column === c.column && r.key === "qualifiedTeachers" && (r.part === null || r.part.endsWith("Up"))));
  return [...runs].map(([staff, run]) => {
    const first = run[0] ?? staff;
    const params = { sheet: band.sheet, staffDegreeColumns: run.map(shown).join("\n"), column: columnLetters(staff.column), header: staff.path.join("/") };
    const at = headerRowOf(band, first.column);
    if (explicit.length === 0) return issueAt("read_bare_degrees_staff_only", "info", band.sheet, at, first.column, params);
    return issueAt("read_bare_degrees_staff", "info", band.sheet, at, first.column, { ...params, degreeColumns: explicit.map(shown).join("\n") });
  });
}
