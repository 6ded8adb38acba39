import type { HeaderBand, HeaderColumn } from "./findHeader";
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

/** Whether the column left or right of `column` (in the band's order) is the teachers' count or a degree part of it. */
function besideTeachers(band: HeaderBand, column: number, roles: readonly ColumnRole[]): boolean {
  const at = band.columns.findIndex((c) => c.column === column);
  const near = [band.columns[at - 1]?.column, band.columns[at + 1]?.column];
  return roles.some((r) => near.includes(r.column) && (r.key === "teachers" || r.key === "qualifiedTeachers"));
}

/**
 * Bare degree headers (研究生 | 本科 | 专科) read as L1's parts when they stand next to the teachers'
 * column or to a part so read (专任教师数 | 研究生 | 本科 | 专科): the header's context says they
 * count teachers. Repeated until nothing changes, so the run is read outward from the teachers. A
 * part already read is not read twice.
 *
 * @example 学校名称 | 专任教师数 | 研究生 | 本科 | 专科 → C qualifiedTeachers#graduate, D #bachelor, E #associate
 * @example 学校名称 | 在校生数 | 本科 → 本科 unread (no teacher column beside it)
 */
export function bareDegreeRoles(band: HeaderBand, roles: readonly ColumnRole[], candidates: readonly number[]): ColumnRole[] {
  let out = [...roles];
  const walk = band.columns.filter((c) => candidates.includes(c.column));
  for (let added = true; added; ) {
    added = false;
    for (const own of walk.filter((c) => !out.some((r) => r.column === c.column))) {
      const part = bareDegree(own);
      if (part === null || out.some((r) => r.key === "qualifiedTeachers" && r.part === part && r.stage === null) || !besideTeachers(band, own.column, out)) continue;
      out = [...out, { column: own.column, key: "qualifiedTeachers", stage: null, part, unitFactor: 1, header: own.path.join("/") }];
      added = true;
    }
  }
  return out.sort((a, b) => a.column - b.column);
}
