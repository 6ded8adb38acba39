import { schoolRecord } from "./schoolRecord";
import type { Issue, SchoolRecord } from "./types";

/**
 * A county's name as school rows are grouped by: NFKC-folded (full-width ＡＢ and （） are AB and
 * ()) and without whitespace, so that one county typed on two keyboards is one county. Level words
 * are kept: 长沙县 is not 长沙市 (sameCounty's stem rule is for figures naming a county).
 *
 * @example countyKey("新区（东片）") // "新区(东片)"; countyKey("Ａ Ｂ县") // "AB县"; countyKey(null) // null
 */
export function countyKey(name: string | null): string | null {
  return name === null ? null : name.normalize("NFKC").replace(/\s+/g, "");
}

/** Whether two school rows' county names are one county's (countyKey); equal strings need no folding. */
export function sameCountyKey(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && countyKey(a) === countyKey(b));
}

interface Spelling {
  readonly name: string;
  readonly first: SchoolRecord;
  n: number;
}

/** The spellings of a county's records with how many rows each has and its first record, in order of first appearance. */
function spellingsOf(records: readonly SchoolRecord[]): Spelling[] {
  const spellings = new Map<string, Spelling>();
  for (const r of records) {
    const name = r.county ?? "";
    const seen = spellings.get(name);
    if (seen === undefined) spellings.set(name, { name, first: r, n: 1 });
    else seen.n++;
  }
  return [...spellings.values()];
}

/** The row a record came from as `Sheet!12` (shown as a row: rowText), or its id without one. */
function rowOf(r: SchoolRecord): string {
  return r.source === null ? r.id : `${r.source.sheet}!${r.source.row}`;
}

/**
 * One county's records under one name: the spelling written most often (the first of those on a
 * tie), with each other spelling relabelled and noted once (county_spellings_merged, info) with
 * its first row and its number of rows. Records of one spelling are returned as they are.
 *
 * @example oneSpelling([新区(东片) S!2, 新区（东片） S!3, 新区(东片) S!4]) // county 新区(东片), a note { spelling: 新区（东片）, row: S!3, n: 1 }
 */
export function oneSpelling(records: SchoolRecord[]): { county: string | null; records: SchoolRecord[]; issues: Issue[] } {
  const county = records[0]?.county ?? null;
  if (county === null || records.every((r) => r.county === county)) return { county, records, issues: [] };
  const spellings = spellingsOf(records);
  const name = spellings.reduce((best, s) => (s.n > best.n ? s : best)).name;
  const issues = spellings.filter((s) => s.name !== name).map((s): Issue => ({ code: "county_spellings_merged", severity: "info", cell: null, params: { county: name, spelling: s.name, row: rowOf(s.first), n: s.n } }));
  return { county: name, records: records.map((r) => (r.county === name ? r : schoolRecord({ ...r, county: name }))), issues };
}
