import type { CountyFigure, Issue } from "./types";
import { perObject } from "./perObject";

// Indexed once per list (perObject): every county of a batch asks for its own.
const byCounty = perObject((figures: readonly CountyFigure[]): ReadonlyMap<string | null, readonly CountyFigure[]> => {
  const built = new Map<string | null, CountyFigure[]>();
  for (const f of figures) {
    const own = built.get(f.county);
    if (own) own.push(f);
    else built.set(f.county, [f]);
  }
  return built;
});

const LEVEL_WORD = /(自治县|自治旗|县|区|市|旗)$/;

/** Whether a name ends in a county's level word, as a county's name does. @example hasLevelWord("南湖区") // true; hasLevelWord("学校基本情况") // false */
export function hasLevelWord(name: string): boolean {
  return LEVEL_WORD.test(name);
}

/** The level words' traditional forms (青石縣, 新區): a county typed in either script is one county, as NFKC leaves them apart. */
const TRADITIONAL_LEVEL = /[縣區]/g;

interface CountyParts {
  readonly folded: string;
  readonly stem: string | null;
}

/**
 * Names already folded: every county is compared with every other's figures on each run, and NFKC
 * folding is the costliest step of a comparison (it made a 10-county evaluation a fifth slower).
 * A county's names are few; the cache is emptied when a city's worth of names has passed.
 */
const PARTS = new Map<string, CountyParts>();
const PARTS_KEPT = 1024;

/** A county's name folded, and its name without its level word (示例县 → 示例), when that leaves two characters or more. */
function countyParts(name: string): CountyParts {
  const known = PARTS.get(name);
  if (known !== undefined) return known;
  const folded = name.normalize("NFKC").replace(/\s+/g, "").replace(TRADITIONAL_LEVEL, (c) => (c === "縣" ? "县" : "区"));
  const stem = folded.replace(LEVEL_WORD, "");
  const parts = { folded, stem: stem !== folded && stem.length >= 2 ? stem : null };
  if (PARTS.size >= PARTS_KEPT) PARTS.clear();
  PARTS.set(name, parts);
  return parts;
}

/**
 * A county's name without its level word, folded (countyParts), or null when it has none or that
 * would leave under two characters: the name sameCounty joins to its bare form.
 *
 * @example countyStem("北山县") // "北山"; countyStem("北山") // null; countyStem("新区") // null
 */
export function countyStem(name: string): string | null {
  return countyParts(name).stem;
}

/**
 * A county's name NFKC-folded (full-width ＡＢ and （） are AB and ()), without whitespace, and with
 * the level words 縣 and 區 in their simplified forms: the one folding school rows (countyKey) and
 * figures (sameCounty) compare by, done once per name.
 * @example foldedCounty("新区（东片）") // "新区(东片)"; foldedCounty("Ａ Ｂ县") // "AB县"; foldedCounty("青石縣") // "青石县"
 */
export function foldedCounty(name: string): string {
  return countyParts(name).folded;
}

/**
 * Whether two county names name the same county: equal, or one of them without the level word
 * the other has (示例县 and 示例). Two names that both carry a level word must be equal: 长沙县 is
 * not 长沙市, nor 鼓楼区 鼓楼县. Null names only each other.
 *
 * @example sameCounty("示例县", "示例") // true; sameCounty("长沙县", "长沙市") // false
 */
export function sameCounty(a: string | null, b: string | null): boolean {
  // Equal names (the usual sheet's figures name the county as its schools do) need no parts.
  if (a === b) return true;
  if (a === null || b === null) return false;
  return sameParts(countyParts(a), countyParts(b));
}

/** sameCounty of two names' parts (countyParts), for a caller comparing one name with many. */
function sameParts(x: CountyParts, y: CountyParts): boolean {
  if (x.folded === y.folded) return true;
  if (x.stem !== null && y.stem !== null) return false;
  return baseOf(x) === baseOf(y);
}

/** The counties the figures name, in order of first appearance. */
function namedCounties(figures: readonly CountyFigure[]): string[] {
  return [...byCounty(figures).keys()].filter((c): c is string => c !== null);
}

/**
 * The counties the figures name, one name per county however it is written (sameCounty: ＡＢ县 is
 * AB县, 示例 is 示例县, as groupByCounty pairs their cells): for counting them, not for their figures.
 * A name joins a county only when it is the same as each of its names: 长沙 is 长沙县 and 长沙市,
 * but these two stay two counties.
 *
 * @example distinctCounties([ＡＢ县 …, AB县 …, 长沙 …, 长沙县 …, 长沙市 …]) // ["ＡＢ县", "长沙", "长沙市"]
 */
function distinctCounties(figures: readonly CountyFigure[]): readonly string[] {
  return distinctOf(figures);
}

// Once per list of figures, as byCounty: each county of a city's run asks, and the pairwise comparison grows with the square of the counties (200 counties: 200 × 20 000 comparisons).
const distinctOf = perObject((figures: readonly CountyFigure[]): readonly string[] => {
  const counties: string[][] = [];
  for (const c of namedCounties(figures)) {
    const same = counties.find((names) => names.every((n) => sameCounty(n, c)));
    if (same === undefined) counties.push([c]);
    else same.push(c);
  }
  return counties.map((names) => names[0] ?? "");
});

/** A name folded and without its level word (示例县, 示例 → 示例): two names sameCounty joins have one base. */
function baseOf(parts: CountyParts): string {
  return parts.stem ?? parts.folded;
}

// Once per list of figures, as byCounty: the names it gives by their base (baseOf), in order of first appearance, so that a county compares itself with the few that may be its own rather than with every county of a city's list (200 counties: 200 × 200 comparisons).
const namesByBase = perObject((figures: readonly CountyFigure[]): ReadonlyMap<string, readonly string[]> => {
  const built = new Map<string, string[]>();
  for (const name of namedCounties(figures)) {
    const base = baseOf(countyParts(name));
    const same = built.get(base);
    if (same) same.push(name);
    else built.set(base, [name]);
  }
  return built;
});

/**
 * The names of the figures that are `county`'s: the same however written (sameCounty), but for a
 * county written without its level word, not those of two or more counties with one (长沙 beside
 * 长沙县 and 长沙市: which is its county is not guessed, as the school rows keep 长沙 apart).
 * A loop over the index's names rather than a list of them filtered: it runs for every county.
 */
function ownNames(county: string, figures: readonly CountyFigure[]): string[] {
  const names: string[] = [];
  const own = countyParts(county);
  // Only the names of its base can be the same county (sameParts): not every name of a city's list, for every county.
  for (const name of namesByBase(figures).get(baseOf(own)) ?? []) if (sameParts(countyParts(name), own)) names.push(name);
  // Two fuller names that are not one county need two names at least, and a county with its level word has none fuller.
  if (names.length < 2 || countyStem(county) !== null) return names;
  const fuller = names.filter((c) => countyStem(c) !== null);
  return fuller.some((a) => fuller.some((b) => !sameCounty(a, b))) ? names.filter((c) => !fuller.includes(c)) : names;
}

const NO_FIGURES: readonly CountyFigure[] = Object.freeze([]);

/**
 * The figures of the county named as `county` is, however its name is written: under each of its
 * names (ＡＢ县 and AB县 both: ownNames), not its exact name's alone. A county's figures under one
 * name (the usual sheet) are the index's own list, not a copy: callers only read them.
 */
function ownFigures(county: string, figures: readonly CountyFigure[]): readonly CountyFigure[] {
  const names = ownNames(county, figures);
  if (names.length === 1) return byCounty(figures).get(names[0] ?? null) ?? NO_FIGURES;
  const own: CountyFigure[] = [];
  for (const name of names) for (const f of byCounty(figures).get(name) ?? NO_FIGURES) own.push(f);
  return own;
}

/** A county's own figures (ownFigures), none for the group of records without a county: what figuresForCounty, ambiguousCounties and otherCounty each start from, found once per county (countyFigureChoice). */
function ownOf(county: string | null, figures: readonly CountyFigure[]): readonly CountyFigure[] {
  return county === null ? NO_FIGURES : ownFigures(county, figures);
}

/**
 * The figures that apply to a county and what is said of the choice, the county's own figures
 * found once for both (they were found three times, a seventh of a small county's evaluation):
 * figuresForCounty's figures, and ambiguousCounties' issues then sharedFigures'.
 *
 * @example countyFigureChoice("西山县", [{null, R1 0.88, 县级指标!B27}], false) // { figures: [R1 0.88], issues: [county_figures_shared …] }
 */
export function countyFigureChoice(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean): { figures: CountyFigure[]; issues: Issue[] } {
  const own = ownOf(county, figures);
  const picked = pickedFigures(county, figures, singleCounty, own);
  const issues = ambiguousOf(county, figures, singleCounty, own);
  const shared = sharedFigures(county, picked, singleCounty);
  if (shared.length > 0) issues.push(...shared);
  return { figures: picked, issues };
}

/**
 * The county figures that apply to `county`: its own (its name as written, or with or without its
 * level word: sameCounty), plus those without a county (a 项目 | 数值 sheet without a county column)
 * for every code the county does not state itself, so that figures without a county apply to every
 * county and a county's own figure overrides them. When the input has a single county group and the
 * figures name no county of its name, the figures of the one county they name apply (a sheet naming
 * the county while the school rows do not); when they name several, none of theirs does: which
 * county's figures are this one's is not guessed (ambiguousCounties says so).
 *
 * @example county "A", figures [{A, G8: 1.1}, {null, G8: 0.9}, {null, R1: 0.9}, {B, R1: 0.8}], 2 groups → [A G8 1.1, null R1 0.9]
 */
export function figuresForCounty(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean): CountyFigure[] {
  return pickedFigures(county, figures, singleCounty, ownOf(county, figures));
}

/** figuresForCounty from the county's own figures (ownOf), found by the caller. */
function pickedFigures(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean, named: readonly CountyFigure[]): CountyFigure[] {
  const general = byCounty(figures).get(null) ?? NO_FIGURES;
  // Only a group whose county is not known: a known county is never judged by another's (otherCounty).
  const lone = singleCounty && county === null && distinctCounties(figures).length === 1;
  // The one county the figures name is this group's: its figures, and the county-less ones, in sheet order.
  if (lone) return withFallback(general, figures.filter((f) => f.county !== null));
  return county === null ? general.slice() : withFallback(named, general);
}

/**
 * The county's own figures, then the fallback figures of each code the county does not state —
 * every one of them, as of its own: a code given twice is figuresByCode's to judge (by the least
 * favourable value) and to say, wherever the figures came from.
 */
function withFallback(own: readonly CountyFigure[], fallback: readonly CountyFigure[]): CountyFigure[] {
  // Most sheets name a county on every figure: no fallback, and no set of the codes stated.
  if (fallback.length === 0) return own.slice();
  const stated = new Set(own.map((f) => f.code));
  return [...own, ...fallback.filter((f) => !stated.has(f.code))];
}

/**
 * The issue of a single county group whose county the figures do not name while they name several
 * others (a city's list beside school rows without a 县区 column): none of those figures is used.
 *
 * @example ambiguousCounties(null, [{东山县 …}, {示例县 …}], true) // county_figures_ambiguous { counties: "东山县、示例县" }
 */
export function ambiguousCounties(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean): Issue[] {
  return ambiguousOf(county, figures, singleCounty, ownOf(county, figures));
}

/** ambiguousCounties from the county's own figures (ownOf), found by the caller. */
function ambiguousOf(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean, own: readonly CountyFigure[]): Issue[] {
  // One county of several: neither issue is its to say (the single group's only).
  if (!singleCounty) return [];
  const other = otherCounty(county, figures, own);
  if (other !== null) return [other];
  if ((county !== null && own.length > 0) || distinctCounties(figures).length < 2) return [];
  const first = figures.find((f) => f.county !== null);
  return [{ code: "county_figures_ambiguous", severity: "warning", cell: first?.cell ?? null, params: { counties: namedCounties(figures).join("、"), county: county ?? "" } }];
}

/**
 * For the single county group of a known county (ambiguousOf asks for no other), given its own figures (ownOf): figures naming other counties only (a warning:
 * none of theirs is this county's, so its items stay 待评估 — 北山县's 社会认可度 is not 示例县's, nor
 * is a mistyped 示列县's), or beside its own (info: a block for a county without schools, not used),
 * said once at the first figure naming another; null when there is none, or when the figures name
 * several others and none is this one (ambiguousCounties says that). sameCounty joins 示例 to 示例县.
 *
 * @example otherCounty("示例县", [{北山县 R1 0.5 at 县级指标!C23}], []) // county_figures_other_county { county: 示例县, counties: 北山县 } at 县级指标!C23
 */
function otherCounty(county: string | null, figures: readonly CountyFigure[], own: readonly CountyFigure[]): Issue | null {
  if (county === null) return null;
  const others = figures.filter((f) => f.county !== null && !sameCounty(f.county, county));
  const hasOwn = own.length > 0;
  const first = others[0];
  if (first === undefined || (!hasOwn && distinctCounties(others).length > 1)) return null;
  const params = { county, counties: namedCounties(others).join("、") };
  return hasOwn ? { code: "county_figures_no_schools", severity: "info", cell: first.cell, params } : { code: "county_figures_other_county", severity: "warning", cell: first.cell, params };
}

/** The sheets of figures' cells (`县级指标!B2` → 县级指标), each once, joined by 、. */
function sheetsOf(figures: readonly CountyFigure[]): string {
  const sheets = figures.flatMap((f) => {
    const bang = f.cell?.lastIndexOf("!") ?? -1;
    // A quoted name ('My sheet'!B2) is shown as the sheet is named.
    return f.cell === null || bang < 1 ? [] : [f.cell.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'")];
  });
  return [...new Set(sheets)].join("、");
}

/**
 * The warning of a county of several (the school rows name two or more) that takes figures
 * naming no county (a 项目 | 数值 sheet without a 县区 column): they are used, as a city may keep one
 * sheet for all, but county figures are each county's own (workbooks.md), so each county that
 * takes them is told which sheet gave them and how to give it its own, at the first such figure.
 * `picked` are the figures figuresForCounty gave the county (before they are relabelled with it).
 *
 * @example sharedFigures("西山县", [{null, R1 0.88, 县级指标!B27}], false) // county_figures_shared { county: 西山县, sheet: 县级指标, n: 1 } at 县级指标!B27
 */
export function sharedFigures(county: string | null, picked: readonly CountyFigure[], singleCounty: boolean): Issue[] {
  if (singleCounty || county === null) return [];
  const shared = picked.filter((f) => f.county === null);
  const first = shared[0];
  if (first === undefined) return [];
  return [{ code: "county_figures_shared", severity: "warning", cell: first.cell, params: { county, sheet: sheetsOf(shared), n: shared.length } }];
}

/**
 * The note, once per run of several school counties, of the counties the figures name that no
 * school group is (sameCounty: 北山 is 北山县): their figures are used for no county, which the
 * reader must be told (a 西山县指标 sheet beside 北山县's and 南湖县's schools), at the 县区 cell naming
 * it (countyCell) where the list has one. When a school county has no figures besides (東三县 written
 * for 东山县, 东山县（新区） beside schools of 东山县), it is likely the same county misspelt: a warning
 * naming both (county_figures_unmatched_missing), as its items are all 待评估 for it. A single county
 * group is otherCounty's to speak for; none when every named county has schools.
 *
 * @example unmatchedFigures(["北山县", "南湖县"], [{西山县 R1 0.9 at F!R1}, {北山县 …}, {南湖县 …}]) // [county_figures_unmatched { counties: "西山县" } at F!R1]
 * @example unmatchedFigures(["西河县", "东山县"], [{西河县 …}, {东三县 Q1 0.96 at 县级指标!C34, countyCell 县级指标!A34}]) // [county_figures_unmatched_missing (warning) { counties: "东三县", missing: "东山县" } at 县级指标!A34]
 */
export function unmatchedFigures(counties: readonly (string | null)[], figures: readonly CountyFigure[]): Issue[] {
  if (counties.length < 2) return [];
  // Each name once (a city's list repeats it per item): names × counties comparisons, not figures × counties.
  const names = new Set(figures.map((f) => f.county));
  const schoolCounties = new Set(counties);
  const lost = new Set([...names].filter((n) => n !== null && !namesAny(schoolCounties, counties, n)));
  const unmatched = lost.size === 0 ? [] : figures.filter((f) => lost.has(f.county));
  const first = unmatched[0];
  if (first === undefined) return [];
  const cell = first.countyCell ?? first.cell;
  const named = namedCounties(unmatched).join("、");
  const missing = countiesWithout(counties, names);
  if (missing.length === 0) return [{ code: "county_figures_unmatched", severity: "info", cell, params: { counties: named } }];
  return [{ code: "county_figures_unmatched_missing", severity: "warning", cell, params: { counties: named, missing: missing.join("、") } }];
}

/**
 * The school counties no figure names, when no figure is every county's (a sheet without a 县区
 * column names none: its figures go to each county, sharedFigures).
 *
 * @example countiesWithout(["西河县", "东山县"], new Set(["西河县", "东三县"])) // ["东山县"]
 */
function countiesWithout(counties: readonly (string | null)[], names: ReadonlySet<string | null>): string[] {
  if (names.has(null)) return [];
  const named = [...names].filter((n): n is string => n !== null);
  return counties.flatMap((c) => (c !== null && !namesAny(names, named, c) ? [c] : []));
}

/**
 * Whether `name` is one of `names` (sameCounty), `listed` being the same names as a set: found
 * there first as written — the usual sheet's figures name each county as its schools do — so
 * that only a name written otherwise is compared with each of the names' folded parts. Compared
 * with each of them, every name of a city's run cost counties × counties comparisons, each two
 * lookups of folded names (200 counties: 40 000, twice over with countiesWithout).
 * @example namesAny(new Set(["北山县"]), ["北山县"], "北山县") // true, by the set; namesAny(…, "北山") // true, by sameCounty
 */
function namesAny(listed: ReadonlySet<string | null>, names: readonly (string | null)[], name: string): boolean {
  return listed.has(name) || names.some((n) => sameCounty(n, name));
}
