import type { FieldKey } from "../../engine/types";
import type { HeaderBand, HeaderColumn } from "./findHeader";
import type { ColumnRole, Part } from "./keys";
import { analysePath } from "./matchHeaderPath";

/**
 * A bare subject as a one-row header writes it (体育, 音乐, 美术, 音乐美术 / 音乐、美术 (、 is
 * normalised away), 艺术) and the L3 part it is (rules.md §2 L3). On its own such a header could
 * be anything of the subject (体育 rooms, 音乐 lessons), so it is read only beside a teacher column.
 */
const BARE_SUBJECTS: readonly (readonly [RegExp, Part])[] = [
  [/^(体育|体育与健康|体育和健康)$/, "pe"],
  [/^音乐$/, "music"],
  [/^美术$/, "art"],
  [/^(音乐(和|与|及)?美术|美术(和|与|及)?音乐|音美)$/, "musicArt"],
  [/^艺术$/, "arts"],
];

/** Columns that count teachers: a bare subject next to one of them is a teacher count too. */
const TEACHER_KEYS: ReadonlySet<FieldKey | string> = new Set(["teachers", "qualifiedTeachers", "backboneTeachers", "peArtTeachers", "certifiedTeachers", "trainedTeachers"]);

/** The L3 part a one-segment header names bare, with its stage (小学体育), or null. @example bareSubject({ column: 4, path: ["体育"], headerRow: 0 }) // { part: "pe", stage: null } */
export function bareSubject(own: HeaderColumn): Pick<ColumnRole, "part" | "stage"> | null {
  const info = analysePath(own.path);
  const [only, ...more] = info.segments;
  if (only === undefined || more.length > 0 || info.unit !== null || info.stage === "senior") return null;
  const part = BARE_SUBJECTS.find(([re]) => re.test(only))?.[1];
  return part === undefined ? null : { part, stage: info.stage };
}

/** Whether the column left or right of `column` (in the band's order) is read as a teacher count. */
function besideTeachers(band: HeaderBand, column: number, roles: readonly ColumnRole[]): boolean {
  const at = band.columns.findIndex((c) => c.column === column);
  const near = [band.columns[at - 1]?.column, band.columns[at + 1]?.column];
  return roles.some((r) => near.includes(r.column) && TEACHER_KEYS.has(r.key));
}

/**
 * Bare subject headers (体育 | 音乐美术) read as the L3 parts when a teacher column stands next to
 * them (专任教师 | 县级以上骨干 | 体育 | 音乐美术): the header's context says they count teachers.
 * Repeated until nothing changes, so that 音乐美术 beside a newly read 体育 is read too. A part
 * already read (a 体育教师 column) is not read twice; of two, the one the user sees (`hidden`: 0-based
 * hidden sheet columns, as matchColumns' visibleFirst). Area and room headers (体育馆, 体育场地,
 * 室内体育用房) are not bare subjects and keep their own aliases.
 *
 * @example 学校名称 | 专任教师 | 县级以上骨干 | 体育 | 音乐美术 → D peArtTeachers#pe, E peArtTeachers#musicArt
 * @example 学校名称 | 室内体育用房 | 体育 → 体育 unread (no teacher column beside it)
 */
export function bareSubjectRoles(band: HeaderBand, roles: readonly ColumnRole[], candidates: readonly number[], hidden: ReadonlySet<number>): ColumnRole[] {
  let out = [...roles];
  // Visible columns first (a stable sort), so that a hidden old copy does not take the part.
  const walk = band.columns.filter((c) => candidates.includes(c.column)).sort((a, b) => Number(hidden.has(a.column)) - Number(hidden.has(b.column)));
  for (let added = true; added; ) {
    added = false;
    for (const own of walk.filter((c) => !out.some((r) => r.column === c.column))) {
      const found = bareSubject(own);
      if (found === null || out.some((r) => r.key === "peArtTeachers" && r.part === found.part && r.stage === found.stage) || !besideTeachers(band, own.column, out)) continue;
      out = [...out, { column: own.column, key: "peArtTeachers", ...found, unitFactor: 1, header: own.path.join("/") }];
      added = true;
    }
  }
  return out.sort((a, b) => a.column - b.column);
}
