import type { Profile } from "../../profiles/schema";
import { evaluateSection } from "../evaluateSection";
import { recordSections } from "../recordSections";
import type { Issue, SchoolRecord, SectionResult } from "../types";
import { fastSections } from "./fastSections";
import { flagsUsable, heldForIndoor, usableRecord } from "../usableRecord";
import { columnsFor, putRecord, type RecordColumns } from "./recordColumns";
import { SectionTableBuilder, type SectionTable } from "./sectionTable";
import { addRows, beginSums, endSums } from "./tableSums";

/** One county's records, their numbers as columns, and the table of their sections (rows point into `records`). */
export interface CountySections {
  readonly records: readonly SchoolRecord[];
  readonly columns: RecordColumns;
  readonly table: SectionTable;
}

/**
 * A record's sections evaluated object by object (recordSections → evaluateSection): the
 * reference path, which the fast path must agree with, and which words every problem.
 * @example sectionResults(we1Record, national)[0].indicators.L4.value // 6.2 for 279 m² over 45 students
 */
export function sectionResults(record: SchoolRecord, profile: Profile): { section: SectionResult; issues: Issue[] }[] {
  return recordSections(record, profile).map((s) => evaluateSection(s, profile));
}

/** Record `index` without its values that are not numbers and the areas an unknown indoor area holds back (usableRecord), read into the columns again; its issues kept. */
function madeUsable(columns: RecordColumns, index: number, given: SchoolRecord, profile: Profile, issues: { at: number; issue: Issue }[]): SchoolRecord {
  const { record, issues: found } = usableRecord(given, profile.l4DeductsIndoorSports);
  for (const issue of found) issues.push({ at: index, issue });
  putRecord(columns, index, record);
  return record;
}

/** Record `index`'s sections evaluated object by object into the table, its issues kept. */
function referenceSections(table: SectionTableBuilder, index: number, record: SchoolRecord, profile: Profile, issues: { at: number; issue: Issue }[]): void {
  const start = table.size;
  for (const r of sectionResults(record, profile)) {
    table.addResult(index, r.section);
    for (const issue of r.issues) issues.push({ at: index, issue });
  }
  addRows(table, start, table.size);
}

/**
 * What readAll fills, reused from county to county (grown when a county has more records): taken
 * by countySections for its call and handed back after it, so that an evaluation started meanwhile
 * (a getter of the input that evaluates) fills one of its own.
 */
let spareRead: Uint8Array | undefined = new Uint8Array(256);

/**
 * Every record read into the columns (putRecord) before any is evaluated: 1 at a record's index
 * when all its values are finite numbers, else 0. The reading as one loop of its own, as the
 * benchmark's floor reads, rather than each record read and evaluated in turn: the reader's
 * branches (which fields a record gives) are then learnt from record to record instead of being
 * evicted by the evaluation between them, which took about 2 % off an evaluation of 100 sections
 * in 2 counties (estimated cycles: 950 fewer mispredicted branches).
 * @example readAll(columns, [a usable record, one with 学生数 "abc"], new Uint8Array(2)) // [1, 0]
 */
function readAll(columns: RecordColumns, records: readonly SchoolRecord[], read: Uint8Array): Uint8Array {
  for (let index = 0; index < records.length; index++) read[index] = putRecord(columns, index, records[index] as SchoolRecord) ? 1 : 0;
  return read;
}

/** Memory one county's columns and table may take over from the previous county's. */
export interface Reusable {
  readonly columns: RecordColumns;
  readonly table: SectionTableBuilder;
}

/**
 * The sections of one county's records as a table, and the issues of each record (by its index
 * in `records`; most have none). A record free of problems takes the fast path (fastSections);
 * any other is evaluated object by object, which words its problems. `reuse` (the previous
 * county's columns and table) is overwritten when large enough, so the result is valid only
 * until the next call that reuses it. `fast` false sends every record down the reference path.
 * The table's sums (tableSums) are kept as it is built: valid until tableSums is asked for another table.
 *
 * @example countySections(we1Records, national).sections.table.size // 5
 */
export function countySections(records: readonly SchoolRecord[], profile: Profile, reuse?: Reusable, fast = true): { sections: CountySections & Reusable; issues: { at: number; issue: Issue }[] } {
  const columns = columnsFor(records.length, reuse?.columns);
  const room = reuse !== undefined && reuse.table.capacity >= 2 * records.length;
  const table = room ? reuse.table.recycle() : new SectionTableBuilder(2 * records.length);
  const issues: { at: number; issue: Issue }[] = [];
  // The table summed as it is built, each row when it stands (fastSections, else below): tableSums then need not read it again.
  beginSums(table);
  // The records as evaluated: the input's own, unless one holds a value that is not a number (then a copy, with that record made usable).
  let copy: SchoolRecord[] | undefined;
  const taken = spareRead !== undefined && spareRead.length >= records.length ? spareRead : new Uint8Array(records.length);
  spareRead = undefined;
  try {
    const read = readAll(columns, records, taken);
    for (let index = 0; index < records.length; index++) {
      const given = records[index] as SchoolRecord;
      const record = read[index] === 1 && flagsUsable(given.flags) && !heldForIndoor(given) ? given : madeUsable(columns, index, given, profile, issues);
      if (record !== given) (copy ??= [...records])[index] = record;
      if (!fast || !fastSections(table, columns, index, record, profile)) referenceSections(table, index, record, profile, issues);
    }
  } finally {
    spareRead = taken;
  }
  endSums(table);
  return { sections: { records: copy ?? records, columns, table }, issues };
}
