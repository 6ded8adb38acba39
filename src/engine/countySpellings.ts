import { countyStem, foldedCounty } from "./countyFigures";
import { schoolRecord } from "./schoolRecord";
import type { Issue, SchoolRecord } from "./types";

/**
 * A county's name as school rows are grouped by: NFKC-folded (full-width ＡＢ and （） are AB and
 * ()) and without whitespace, so that one county typed on two keyboards is one county. Level words
 * are kept: 长沙县 is not 长沙市; a name without its level word (北山 beside 北山县) is joined by
 * levelWordMerges, not here.
 *
 * @example countyKey("新区（东片）") // "新区(东片)"; countyKey("Ａ Ｂ县") // "AB县"; countyKey(null) // null
 */
export function countyKey(name: string | null): string | null {
  return name === null ? null : foldedCounty(name);
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
 * Of county keys (countyKey), each one without a level word joined to the one key of the same name
 * with one, as the figures are (sameCounty: 北山 is 北山县): `into` maps 北山 → 北山县 when 北山县 is the
 * only such key; with two or more (长沙县, 长沙市) which county 长沙 is cannot be told, and it stays
 * apart, listed in `ambiguous` with those keys. Keys with a level word are never joined to each other.
 *
 * @example levelWordMerges(["北山县", "北山", "长沙县", "长沙市", "长沙"]) // into { 北山 → 北山县 }, ambiguous { 长沙 → [长沙县, 长沙市] }
 */
export function levelWordMerges(keys: readonly (string | null)[]): { into: Map<string, string>; ambiguous: Map<string, string[]> } {
  // The keys by their stem, once: a bare key's fuller names are those whose stem it is (sameCounty).
  const byStem = new Map<string, string[]>();
  for (const k of keys) {
    const stem = k === null ? null : countyStem(k);
    if (k !== null && stem !== null) byStem.set(stem, [...(byStem.get(stem) ?? []), k]);
  }
  const into = new Map<string, string>();
  const ambiguous = new Map<string, string[]>();
  for (const bare of keys) {
    if (bare === null || countyStem(bare) !== null) continue;
    const fuller = byStem.get(bare) ?? [];
    if (fuller.length > 1) ambiguous.set(bare, fuller);
    else if (fuller[0] !== undefined) into.set(bare, fuller[0]);
  }
  return { into, ambiguous };
}

/** The note of a spelling `s` relabelled as `name`: a width / space variant, or the name without its level word (its key not the group's). */
function spellingNote(s: Spelling, name: string, key: string | null): Issue {
  const code = countyKey(s.name) === key ? "county_spellings_merged" : "county_level_word_added";
  return { code, severity: "info", cell: null, params: { county: name, spelling: s.name, row: rowOf(s.first), n: s.n } };
}

/**
 * One county's records under one name: the spelling of the group's `key` (countyKey; by default
 * the first record's) written most often, the first of those on a tie, with each other spelling
 * relabelled and noted once with its first row and its number of rows: county_spellings_merged
 * (info) for a width / space variant, county_level_word_added (info) for the name without its level
 * word (levelWordMerges: 北山 in 北山县's group). Records of one spelling are returned as they are.
 *
 * @example oneSpelling([新区(东片) S!2, 新区（东片） S!3, 新区(东片) S!4]) // county 新区(东片), a note { spelling: 新区（东片）, row: S!3, n: 1 }
 */
export function oneSpelling(records: SchoolRecord[], key: string | null = countyKey(records[0]?.county ?? null)): { county: string | null; records: SchoolRecord[]; issues: Issue[] } {
  const county = records[0]?.county ?? null;
  if (county === null || records.every((r) => r.county === county)) return { county, records, issues: [] };
  const spellings = spellingsOf(records);
  const own = spellings.filter((s) => countyKey(s.name) === key);
  const name = (own.length > 0 ? own : spellings).reduce((best, s) => (s.n > best.n ? s : best)).name;
  const issues = spellings.filter((s) => s.name !== name).map((s) => spellingNote(s, name, key));
  return { county: name, records: records.map((r) => (r.county === name ? r : schoolRecord({ ...r, county: name }))), issues };
}
