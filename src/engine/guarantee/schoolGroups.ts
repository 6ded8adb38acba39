import type { SchoolRecord, SchoolType } from "../types";
import { groupStages } from "./recordValues";

/** One school as the guarantee items see it: one record, or the section rows of a combined school. */
export interface SchoolGroup {
  /** The first record's id (input order). */
  readonly recordId: string;
  /** The name as written; for rows grouped together, the name without the 部 suffix. */
  readonly name: string;
  readonly county: string | null;
  readonly type: SchoolType;
  readonly records: readonly SchoolRecord[];
  /** The records' positions in the list given to groupSchools. */
  readonly indexes: readonly number[];
}

/** 部, ）and ), the last characters of a section suffix. */
const SUFFIX_ENDS: ReadonlySet<number> = new Set([0x90e8, 0xff09, 0x29]);

/** What String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator. */
function isTrimmed(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The code of the last character trim would keep; NaN for a blank name. */
function lastCharCode(name: string): number {
  for (let i = name.length - 1; i >= 0; i--) {
    const code = name.charCodeAt(i);
    if (!isTrimmed(code)) return code;
  }
  return NaN;
}
const SECTION_SUFFIX = /\s*(?:[（(]\s*(?:小学|初中|中学|高中)部\s*[）)]|(?:小学|初中|中学|高中)部)\s*$/u;

/**
 * The school name without a section suffix: "XX学校（小学部）", "XX学校(初中部)" and
 * "XX学校小学部" all give "XX学校"; null when the name has no such suffix.
 *
 * @example sectionBaseName("红星学校（初中部）") // "红星学校"
 */
export function sectionBaseName(name: string): string | null {
  // Most names end in neither 部 nor a bracket: no need to trim, or run the pattern (both allocate, for every record).
  if (!SUFFIX_ENDS.has(lastCharCode(name))) return null;
  const trimmed = name.trim();
  const base = trimmed.replace(SECTION_SUFFIX, "");
  return base !== trimmed && base.length > 0 ? base : null;
}

const COMBINED_PRECEDENCE: readonly SchoolType[] = ["twelve_year", "nine_year", "complete_middle"];

/** A combined type if any row has one; rows spanning both stages make a 九年一贯制 school. */
function groupType(records: readonly SchoolRecord[]): SchoolType {
  if (records.length === 1) return records[0]?.type ?? "other";
  const combined = COMBINED_PRECEDENCE.find((t) => records.some((r) => r.type === t));
  if (combined !== undefined) return combined;
  if (records.length > 1 && groupStages(records).length > 1) return "nine_year";
  return records[0]?.type ?? "other";
}

/**
 * Groups a county's records into schools for the per-school guarantee checks (school size counts
 * the whole school). Rows whose names differ only by a 部 suffix ("XX学校（小学部）",
 * "XX学校（初中部）") form one school; any other row is a school of its own, even when two rows
 * share a name (a duplicate name is not evidence of one school). Input order is kept.
 */
export function groupSchools(records: readonly SchoolRecord[]): SchoolGroup[] {
  // Rows and positions of each school, side by side: no closure or mapped copy per school (this runs for every record of every county).
  const rows: SchoolRecord[][] = [];
  const positions: number[][] = [];
  const bySuffix = new Map<string, number>();
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as SchoolRecord;
    const base = sectionBaseName(record.name);
    if (base !== null) {
      const key = `${record.county ?? ""}\u0000${base}`;
      const known = bySuffix.get(key);
      if (known !== undefined) {
        rows[known]?.push(record);
        positions[known]?.push(index);
        continue;
      }
      bySuffix.set(key, rows.length);
    }
    rows.push([record]);
    positions.push([index]);
  }
  const groups: SchoolGroup[] = [];
  for (let g = 0; g < rows.length; g++) groups.push(toGroup(rows[g] as SchoolRecord[], positions[g] as number[]));
  return groups;
}

function toGroup(rows: readonly SchoolRecord[], indexes: readonly number[]): SchoolGroup {
  const first = rows[0] as SchoolRecord;
  return {
    recordId: first.id,
    name: rows.length > 1 ? (sectionBaseName(first.name) ?? first.name) : first.name,
    county: first.county,
    type: groupType(rows),
    records: rows,
    indexes,
  };
}
