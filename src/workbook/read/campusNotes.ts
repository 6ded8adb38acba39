import type { Issue } from "../../engine/types";
import { issueAtCell } from "./issue";
import { foldText } from "./text";
import type { KeptSchool } from "./townshipNames";

/**
 * A campus ending: anything in brackets before 校区 (（东校区）, （城南校区）), bare only after a
 * direction or order word (西校区, 本部校区, 二校区), so that 东岳小学西校区 keeps 东岳小学.
 */
const CAMPUS_SUFFIX = /\([^()]{0,6}校区\)$|(东|西|南|北|中|新|老|主|本部|[一二三四五六七八九十]+)校区$/;

/**
 * A name without its campus ending, folded; null when it has none.
 * @example campusBase("东岳小学（东校区）") // "东岳小学"
 * @example campusBase("东岳小学西校区") // "东岳小学"
 */
export function campusBase(name: string): string | null {
  const folded = foldText(name);
  const base = folded.replace(CAMPUS_SUFFIX, "");
  return base === folded || base === "" ? null : base;
}

function sameBase(a: KeptSchool, b: KeptSchool): boolean {
  const [x, y] = [a.record, b.record];
  // A 不计校数 row kept on its own already has its warning (read_campus_orphan).
  if (x.flags.notCounted === true || y.flags.notCounted === true) return false;
  if (x.county !== y.county || (x.stage !== null && y.stage !== null && x.stage !== y.stage)) return false;
  const [bx, by] = [campusBase(x.name), campusBase(y.name)];
  if (bx === null && by === null) return false;
  return (bx ?? foldText(x.name)) === (by ?? foldText(y.name));
}

/**
 * Two schools kept whose names differ only by a campus ending (石桥小学（东校区）/ 石桥小学（西校区）)
 * may be campuses of one school: only a 不计校数 mark, or one name with different 校区 cells
 * (isOtherCampus), merges campuses (mergeCampuses, rules.md §2 "Scope"), so they stay two schools,
 * and an info issue at the later one's name cell says so.
 *
 * @example 东岳小学（东校区） at S!A3, 东岳小学西校区 at S!A4 → one issue at S!A4, otherCell S!A3
 */
export function campusNotes(kept: readonly KeptSchool[]): Issue[] {
  const issues: Issue[] = [];
  // The schools before, by county and base name: a scan of all of them per school made 20 000 rows take seconds.
  const byBase = new Map<string, KeptSchool[]>();
  for (const k of kept) {
    const key = `${k.record.county ?? ""}|${campusBase(k.record.name) ?? foldText(k.record.name)}`;
    const before = byBase.get(key) ?? [];
    const other = before.find((o) => sameBase(o, k));
    if (other !== undefined) issues.push(issueAtCell("read_campuses_separate", "info", k.nameCell, { name: k.record.name, other: other.record.name, otherCell: other.nameCell }));
    before.push(k);
    byBase.set(key, before);
  }
  return issues;
}
