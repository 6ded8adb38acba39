import { TEACHER_COUNT_FIELDS } from "../../engine/types";
import { bareHeaderRoles } from "./bareHeaderRoles";
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

/** The L3 part a one-segment header names bare, with its stage (小学体育), or null. @example bareSubject({ column: 4, path: ["体育"], headerRow: 0 }) // { part: "pe", stage: null } */
export function bareSubject(own: HeaderColumn): Pick<ColumnRole, "part" | "stage"> | null {
  const info = analysePath(own.path);
  const [only, ...more] = info.segments;
  if (only === undefined || more.length > 0 || info.unit !== null || info.stage === "senior") return null;
  const part = BARE_SUBJECTS.find(([re]) => re.test(only))?.[1];
  return part === undefined ? null : { part, stage: info.stage };
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
  return bareHeaderRoles(band, roles, candidates, hidden, { key: "peArtTeachers", bare: bareSubject, beside: TEACHER_COUNT_FIELDS });
}
