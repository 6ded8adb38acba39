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

/** A county's name without its level word, for names written with and without it (示例县 / 示例, 城东区 / 城东). */
function countyStem(name: string): string {
  const folded = name.normalize("NFKC").replace(/\s+/g, "");
  const stem = folded.replace(/(自治县|自治旗|县|区|市|旗)$/, "");
  return stem.length >= 2 ? stem : folded;
}

/**
 * Whether two county names name the same county: equal, or equal but for the level word one of
 * them adds (示例县 and 示例). Null names only each other.
 *
 * @example sameCounty("示例县", "示例") // true; sameCounty("东山县", "示例县") // false
 */
export function sameCounty(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || countyStem(a) === countyStem(b);
}

/** The counties the figures name, in order of first appearance. */
function namedCounties(figures: readonly CountyFigure[]): string[] {
  return [...byCounty(figures).keys()].filter((c): c is string => c !== null);
}

/** The figures of the county named as `county` is, however its name is written. */
function ownFigures(county: string | null, figures: readonly CountyFigure[]): readonly CountyFigure[] {
  const exact = byCounty(figures).get(county);
  if (exact !== undefined || county === null) return exact ?? [];
  return namedCounties(figures).filter((c) => sameCounty(c, county)).flatMap((c) => byCounty(figures).get(c) ?? []);
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
  const named = county === null ? [] : ownFigures(county, figures);
  const general = byCounty(figures).get(null) ?? [];
  const others = namedCounties(figures);
  const lone = singleCounty && named.length === 0 && others.length === 1;
  // The one county the figures name is this group's: its figures, and the county-less ones, in sheet order.
  if (lone) return county === null ? withFallback(general, figures.filter((f) => f.county !== null)) : withFallback([], figures);
  return county === null ? [...general] : withFallback(named, general);
}

/**
 * The county's own figures, every one (a code given twice is figuresByCode's to judge and say),
 * then the first fallback figure of each code the county does not state.
 */
function withFallback(own: readonly CountyFigure[], fallback: readonly CountyFigure[]): CountyFigure[] {
  const stated = new Set(own.map((f) => f.code));
  const out = [...own];
  for (const f of fallback) {
    if (stated.has(f.code)) continue;
    stated.add(f.code);
    out.push(f);
  }
  return out;
}

/**
 * The issue of a single county group whose county the figures do not name while they name several
 * others (a city's list beside school rows without a 县区 column): none of those figures is used.
 *
 * @example ambiguousCounties(null, [{东山县 …}, {示例县 …}], true) // county_figures_ambiguous { counties: "东山县、示例县" }
 */
export function ambiguousCounties(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean): Issue[] {
  const others = namedCounties(figures);
  if (!singleCounty || (county !== null && ownFigures(county, figures).length > 0) || others.length < 2) return [];
  const first = figures.find((f) => f.county !== null);
  return [{ code: "county_figures_ambiguous", severity: "warning", cell: first?.cell ?? null, params: { counties: others.join("、"), county: county ?? "" } }];
}
