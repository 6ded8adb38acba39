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
  /** The records' positions in the county's list of records (as schoolRows numbers them). */
  readonly indexes: readonly number[];
}

/** A name ending in 部, ）or ), trailing whitespace aside (\s is what String.prototype.trim removes): the only names that can carry a section suffix. */
const SUFFIX_END = /[部）)]\s*$/u;
/**
 * Whether a name ending in code unit `c` may carry a section suffix: 部, ）, ), or a whitespace
 * character (what \s matches: SUFFIX_END looks through trailing whitespace). Any other last
 * character rules the suffix out without running a pattern. Comparisons rather than a set: a
 * lookup in a set took longer than the rest of a row's grouping.
 */
function mayEndSuffix(c: number): boolean {
  if (c === 0x90e8 || c === 0xff09 || c === 0x29) return true;
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const SECTION_SUFFIX = /\s*(?:[（(]\s*(?:小学|初中|中学|高中)部\s*[）)]|(?:小学|初中|中学|高中)部)\s*$/u;

/**
 * The school name without a section suffix: "XX学校（小学部）", "XX学校(初中部)" and
 * "XX学校小学部" all give "XX学校"; null when the name has no such suffix.
 *
 * @example sectionBaseName("红星学校（初中部）") // "红星学校"
 */
export function sectionBaseName(name: string): string | null {
  // Most names end in neither 部 nor a bracket: no need to trim, or run the full pattern (trim and replace allocate, for every record).
  // Their last character alone says so, without even the short pattern (which ran for every record).
  if (!mayEndSuffix(name.charCodeAt(name.length - 1)) || !SUFFIX_END.test(name)) return null;
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
 * A county's schools as chains of record positions, in order of each school's first row: school
 * s's rows are `first[s]`, then `next[first[s]]` and so on until -1. Two arrays of small integers
 * instead of an object and two arrays per school: the fast path checks most schools without ever
 * building their SchoolGroup (see oneRowGroup).
 */
export interface SchoolRows {
  readonly first: readonly number[];
  /** Per record position: the position of the school's next row, -1 after its last. */
  readonly next: readonly number[];
}

/**
 * Groups a county's records into schools for the per-school guarantee checks (school size counts
 * the whole school). Rows whose names differ only by a 部 suffix ("XX学校（小学部）",
 * "XX学校（初中部）") form one school; any other row is a school of its own, even when two rows
 * share a name (a duplicate name is not evidence of one school). Input order is kept.
 *
 * @example schoolRows([红星学校（小学部）, 育才小学, 红星学校（初中部）]) // { first: [0, 1], next: [2, -1, -1] }
 */
export function schoolRows(records: readonly SchoolRecord[]): SchoolRows {
  const first: number[] = [];
  // Every row's place at once, not one push per row: a county's rows would otherwise grow the array a dozen times over.
  const next: number[] = new Array<number>(records.length).fill(-1);
  // The last row so far of each school that has a suffix, by county and base name.
  const lastOf = new Map<string, number>();
  for (let index = 0; index < records.length; index++) placeRow(records[index] as SchoolRecord, index, first, next, lastOf);
  return { first, next };
}

/**
 * Row `index` placed in its school (schoolRows): a new school's first row in `first`, else linked
 * after the last row so far of its school in `next`; `lastOf` keeps that last row by county and
 * base name. A row without a 部 suffix is a school of its own.
 * @example 红星学校（小学部） at 0, then 红星学校（初中部） at 2 → first [0], next[0] = 2, lastOf "\u0000红星学校" → 2
 */
function placeRow(record: SchoolRecord, index: number, first: number[], next: number[], lastOf: Map<string, number>): void {
  const base = sectionBaseName(record.name);
  if (base === null) {
    first.push(index);
    return;
  }
  const key = `${record.county ?? ""}\u0000${base}`;
  const last = lastOf.get(key);
  if (last === undefined) first.push(index);
  else next[last] = index;
  lastOf.set(key, index);
}

/**
 * School `s` of `rows` as a SchoolGroup of its own (a new object each time).
 * @example schoolGroupAt(schoolRows([红星学校（小学部）, 育才小学, 红星学校（初中部）]), records, 0).indexes // [0, 2]
 */
export function schoolGroupAt(rows: SchoolRows, records: readonly SchoolRecord[], s: number): SchoolGroup {
  const indexes: number[] = [];
  const members: SchoolRecord[] = [];
  for (let i = rows.first[s] ?? -1; i >= 0; i = rows.next[i] ?? -1) {
    indexes.push(i);
    members.push(records[i] as SchoolRecord);
  }
  return toGroup(members, indexes);
}

/**
 * Every school of `records` as a group of its own (the engine takes them one at a time, see schoolRows).
 * @example groupSchools([红星学校（小学部）, 育才小学, 红星学校（初中部）]).map((g) => g.name) // ["红星学校", "育才小学"]
 */
export function groupSchools(records: readonly SchoolRecord[]): SchoolGroup[] {
  const rows = schoolRows(records);
  return rows.first.map((_, s) => schoolGroupAt(rows, records, s));
}

/** A SchoolGroup that oneRowGroup rewrites. */
export type ReusableGroup = { -readonly [K in keyof SchoolGroup]: SchoolGroup[K] } & { records: SchoolRecord[]; indexes: number[] };

/**
 * An empty group for oneRowGroup to write into: one per county, so that nothing outlives the county's checks.
 * @example oneRowGroup(reusableGroup(), 育才小学, 0).name // "育才小学"
 */
export function reusableGroup(): ReusableGroup {
  return { recordId: "", name: "", county: null, type: "other", records: [], indexes: [] };
}

/**
 * The group of a school of one row — what toGroup would build — written into `into`, so that
 * checking a county's schools, nearly all of one row, allocates nothing per school. Valid until
 * the next call: for code that reads it and keeps nothing of it (the fast checks); anything that
 * may keep its group gets one of its own (schoolGroupAt).
 * @example oneRowGroup(reusableGroup(), 育才小学, 1).records // [育才小学]
 */
export function oneRowGroup(into: ReusableGroup, record: SchoolRecord, index: number): SchoolGroup {
  into.recordId = record.id;
  into.name = record.name;
  into.county = record.county;
  into.type = record.type;
  into.records[0] = record;
  into.indexes[0] = index;
  return into;
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
