import type { CellRef, CountyFigure, Issue, Verdict } from "../types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { meets } from "./compare";
import { NO_ISSUES, type WithIssues } from "./schoolCheck";
import { perObject } from "../perObject";

/**
 * One county's figures by code: those figuresForCounty picked for it (its own, then those that
 * name no county, relabelled with it), so that a figure applies here whatever county it named.
 * A code given more than once with different values (the 校际差异率 of each monitored subject,
 * the satisfaction of each surveyed group) is judged by the least favourable of them — the county
 * meets the item only if every one does (rules.md §5 item 9: "in the monitored subjects") — and
 * said at the other cell; a veto item answered both ways is judged present, in its own words
 * (vetoConflict); the same value twice, or values the profile gives no direction for,
 * keep the first and say so.
 *
 * @example Q9_difference_rate 0.12 (B20) and 0.19 (B21) → 0.19 kept; county_figure_several at B20
 */
export function figuresByCode(figures: readonly CountyFigure[], profile: Profile): WithIssues<Map<string, CountyFigure>> {
  const map = new Map<string, CountyFigure>();
  const issues: Issue[] = [];
  for (const f of figures) {
    const kept = map.get(f.code);
    map.set(f.code, kept === undefined ? f : keptOfTwo(kept, f, profile, issues));
  }
  return { value: map, issues };
}

/** Which way a code's figure is judged: its county item's comparison, or "veto" (true is the bad case). */
function directionOf(code: string, profile: Profile): CountyItem["comparison"] | "veto" | null {
  if (profile.vetoItems.some((v) => v.code === code)) return "veto";
  return profile.countyItems[code]?.comparison ?? null;
}

/** The less favourable of two values of one code by its direction, or null when there is none to go by. */
function lessFavourable(a: CountyFigure["value"], b: CountyFigure["value"], direction: ReturnType<typeof directionOf>): "a" | "b" | null {
  if (typeof a === "number" && typeof b === "number") {
    if (direction === "at_least") return b < a ? "b" : "a";
    return direction === "below" || direction === "at_most" ? (b > a ? "b" : "a") : null;
  }
  if (typeof a === "boolean" && typeof b === "boolean") {
    if (direction === "veto") return b && !a ? "b" : "a";
    return direction === "yes" ? (!b && a ? "b" : "a") : null;
  }
  return null;
}

/** The figure kept of two with one code, the other said at its cell. */
function keptOfTwo(kept: CountyFigure, other: CountyFigure, profile: Profile, issues: Issue[]): CountyFigure {
  const worse = kept.value === other.value ? null : lessFavourable(kept.value, other.value, directionOf(kept.code, profile));
  if (worse === null) {
    issues.push({ code: "county_figure_duplicate", severity: "warning", cell: other.cell, params: { countyItem: other.code } });
    return kept;
  }
  const [used, dropped] = worse === "a" ? [kept, other] : [other, kept];
  if (directionOf(kept.code, profile) === "veto") return (issues.push(vetoConflict(used, dropped)), used);
  issues.push({ code: "county_figure_several", severity: "warning", cell: dropped.cell, params: { countyItem: used.code, figureValue: String(used.value), usedCell: used.cell ?? "", otherValue: String(dropped.value) } });
  return used;
}

/**
 * A veto item answered present at one cell and absent at another (rules.md §6: one veto fails the
 * county): judged present — a 有 is never set aside for a 无, whichever comes first, since the
 * evaluation must not pass a county over a violation its own figures report — and said at the
 * absent answer's cell, naming both, for the statistician to settle which is true.
 *
 * @example vetoConflict(V_school_choice true at B34, false at B29) // county_figure_veto_conflict at B29 { presentCell: B34, absentCell: B29 }
 */
function vetoConflict(present: CountyFigure, absent: CountyFigure): Issue {
  return { code: "county_figure_veto_conflict", severity: "warning", cell: absent.cell, params: { countyItem: present.code, presentCell: present.cell ?? "", absentCell: absent.cell ?? "" } };
}

function figureIssue(code: string, figure: CountyFigure): Issue {
  return { code, severity: "error", cell: figure.cell, params: { countyItem: figure.code, value: String(figure.value) } };
}

/**
 * The data problem of a figure for its county item, or null: a yes / no item needs a boolean;
 * a numeric item a finite number (or a boolean the reader marked as the county's 是 / 否 answer), not negative, at most 1 for a ratio (95% arrives as 0.95), and a
 * whole 1–4 for a monitoring level.
 * @example figureProblem(G14_quota_share (ratio), { value: 55 }) // county_figure_ratio_above_one
 */
export function figureProblem(item: CountyItem, figure: CountyFigure): Issue | null {
  const v = figure.value;
  if (item.comparison === "yes" || item.unit === "boolean") return typeof v === "boolean" ? null : figureIssue("county_figure_not_boolean", figure);
  // The county's own 是 / 否 to a figure item (CountyFigure.answered): a declared verdict, judged as stated.
  if (figure.answered === true && typeof v === "boolean") return null;
  if (typeof v !== "number" || !Number.isFinite(v)) return figureIssue("county_figure_not_number", figure);
  if (v < 0) return figureIssue("county_figure_negative", figure);
  if (item.unit === "ratio" && v > 1) return figureIssue("county_figure_ratio_above_one", figure);
  // The national quality monitoring reports levels Ⅰ–Ⅳ: a 0.85 here is a share of students, not a level.
  if (item.unit === "level" && !(Number.isInteger(v) && v >= 1 && v <= 4)) return figureIssue("county_figure_not_level", figure);
  return null;
}

/** One county item judged from its figure. */
export interface PartResult {
  readonly code: string;
  readonly item: CountyItem;
  readonly verdict: Verdict;
  /** The figure's value when usable; null when absent or of the wrong kind. */
  readonly value: number | boolean | null;
  readonly cell: CellRef;
  /** Every cell the figure came from (CountyFigure.cells), `cell` first; none when absent. */
  readonly cells: readonly CellRef[];
}

function verdictOf(ok: boolean | null): Verdict {
  if (ok === null) return "not_assessed";
  return ok ? "met" : "not_met";
}

/**
 * A county item judged from its figure: a yes / no item is met by `true` only; a numeric one by
 * its comparison with the threshold, unrounded. No figure, a figure of the wrong kind (reported
 * once by figureIssues) or an item without threshold (reported here): not assessed. rules.md
 * §4–6 (the thresholds live in the profile's county items).
 *
 * @example judgePart("G14_quota_share", { comparison: "at_least", threshold: 0.5, … }, { value: 0.5, … }) // met
 */
export function judgePart(code: string, item: CountyItem, figure: CountyFigure | undefined): WithIssues<PartResult> {
  if (figure === undefined) return { value: { code, item, verdict: "not_assessed", value: null, cell: null, cells: [] }, issues: NO_ISSUES };
  const at = { cell: figure.cell, cells: figure.cells ?? [figure.cell] };
  if (figureProblem(item, figure) !== null) return { value: { code, item, verdict: "not_assessed", value: null, ...at }, issues: NO_ISSUES };
  const v = figure.value;
  if (typeof v === "boolean") return { value: { code, item, verdict: v ? "met" : "not_met", value: v, ...at }, issues: NO_ISSUES };
  const ok = meets(v, item);
  const issues: readonly Issue[] = ok === null ? [{ code: "county_item_no_threshold", severity: "error", cell: figure.cell, params: { countyItem: code } }] : NO_ISSUES;
  return { value: { code, item, verdict: verdictOf(ok), value: v, ...at }, issues };
}

/**
 * Verdict of several parts of one item (rules.md §4 item 11: rotation ≥ 10% and backbone share
 * ≥ 20%): met when all are met, not met when any is not, else not assessed.
 * @example combineVerdicts(["met", "not_assessed"]) // "not_assessed"; combineVerdicts(["not_met", "not_assessed"]) // "not_met"
 */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return "not_assessed";
  if (verdicts.includes("not_met")) return "not_met";
  return verdicts.every((v) => v === "met") ? "met" : "not_assessed";
}

// Worked out once per profile (perObject): every county asks.
const vetoCodesOf = perObject((profile: Profile): ReadonlySet<string> => new Set(profile.vetoItems.map((v) => v.code)));

/**
 * Problems of every figure the profile knows, whether or not school data later takes precedence
 * over it: county items by figureProblem, veto items when not yes / no.
 */
export function figureIssues(profile: Profile, figures: ReadonlyMap<string, CountyFigure>): Issue[] {
  const vetoCodes = vetoCodesOf(profile);
  const issues: Issue[] = [];
  for (const figure of figures.values()) {
    const item = profile.countyItems[figure.code];
    const problem = item !== undefined ? figureProblem(item, figure) : null;
    if (problem !== null) issues.push(problem);
    if (vetoCodes.has(figure.code) && typeof figure.value !== "boolean") issues.push(figureIssue("county_figure_not_boolean", figure));
  }
  return issues;
}
