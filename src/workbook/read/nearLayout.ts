import { EXPECTED_KEYS } from "./matchColumns";
import type { Candidate } from "./pickSheets";

/** The indicator columns (EXPECTED_KEYS) a sheet's header gives. */
function present(c: Candidate): Set<string> {
  const missing = new Set(c.matched.missing);
  return new Set(EXPECTED_KEYS.filter((k) => !missing.has(k)));
}

/**
 * Two school sheets of nearly one layout: the columns one recognises and the other does not are at
 * most a fifth of the fewer either recognises. The other stage's sheet with one header not
 * recognised (初中's 装备总值 for 教学仪器设备值, 8 of 9 against 9) is still school data of that
 * county, read with its own columns, its missing one said at that sheet (read_columns_missing);
 * a forecast or plan (学校名称 | 在校生数 only) is not.
 *
 * @example nearLayout(初中 (8 of the 9, no equipmentValue), 小学 (all 9)) // true: 1 × 5 ≤ 8
 * @example nearLayout(初中 (name, students), 小学 (name, students, teachingArea)) // false: 1 × 5 > 2
 */
export function nearLayout(a: Candidate, b: Candidate): boolean {
  const [pa, pb] = [present(a), present(b)];
  const differing = [...pa].filter((k) => !pb.has(k)).length + [...pb].filter((k) => !pa.has(k)).length;
  return differing * 5 <= Math.min(pa.size, pb.size);
}
