import type { CellRef, CountyFigure, Issue, ItemResult, Verdict } from "../types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { countyItemsOf, meets } from "./compare";
import { figureProblem } from "./countyFigures";
import { keptShape } from "../keptShape";
import { perObject } from "../perObject";
import { areaOf } from "./itemCodes";
import { withIssuesOf, type WithIssues } from "./schoolCheck";

function deepFreeze(item: ItemResult): ItemResult {
  Object.freeze(item.failingSchools);
  Object.freeze(item.cells);
  Object.freeze(item.parts);
  return Object.freeze(item);
}

const NO_FIGURES: ReadonlyMap<string, CountyFigure> = new Map();
// The absent items of one list of county items, by item code (perObject: the list lives as long as its profile).
const absentByCode = perObject((_: readonly [string, CountyItem][]) => new Map<string, ItemResult>());

/**
 * The item when the county gives none of its figures (the usual case for most items): a pure
 * function of the profile's item, so one frozen result per list of county items (which lives as
 * long as its profile) and item code serves every county.
 * @example absentItem("G1", countyItemsOf(national, "G1")) // { code: "G1", verdict: "not_assessed", basis: "none", … }, frozen, the same object on every call
 */
export function absentItem(code: string, list: readonly [string, CountyItem][]): ItemResult {
  const byCode = absentByCode(list);
  let item = byCode.get(code);
  // No figure, so no issue: the list is for judgedItem's signature only.
  if (item === undefined) byCode.set(code, (item = deepFreeze(judgedItem(code, list, NO_FIGURES, []))));
  return item;
}

/**
 * Whether the figures give any of an item's county items: an item without is the same for every
 * county (absentItem).
 * @example anyFigure(countyItemsOf(national, "G11"), new Map([["G11_rotation_rate", …]])) // true
 */
export function anyFigure(list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>): boolean {
  for (let i = 0; i < list.length; i++) if (figures.has((list[i] as [string, CountyItem])[0])) return true;
  return false;
}

/**
 * An item judged from the county's figures (rules.md §4–6): met when every county item of it is
 * met, not met when any is not, else not assessed. `parts` holds each figure by county-item code
 * (yes / no as 1 / 0); `figure` and `threshold` are filled when the item has one numeric figure.
 * An item none of whose figures the county gives is the same for every county (absentItem).
 *
 * @example G11 with rotation 0.12 (≥ 0.10) and backbone 0.18 (< 0.20) → not_met, parts { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 }
 */
export function countyFigureItem(code: string, profile: Profile, figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  return countyFigureItemOf(code, countyItemsOf(profile, code), figures);
}

/** countyFigureItem from the item's county items (countyItemsOf), for a caller that found them once per profile. */
export function countyFigureItemOf(code: string, list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  return withIssuesOf((issues) => countyFigureItemInto(code, list, figures, issues));
}

/**
 * countyFigureItemOf with its issues appended to `issues` rather than returned beside the item: no
 * object wrapping each of a county's 25 items (evaluateCountyAreas). `absent` is the item without
 * figures (absentItem), when the caller has it at hand.
 * @example countyFigureItemInto("G8", countyItemsOf(national, "G8"), new Map(), issues) // the absent G8, issues unchanged
 */
export function countyFigureItemInto(code: string, list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>, issues: Issue[], absent?: ItemResult): ItemResult {
  if (anyFigure(list, figures)) return judgedItem(code, list, figures, issues);
  // `absent`: absentItem found once per profile by the caller, which saves two lookups per item of every county.
  return absent ?? absentItem(code, list);
}

/** What judgedItem gathers of an item's parts, in one pass: an object per part (and its verdict, cells and issues) cost more than the item they make. */
interface PartsTally {
  notMet: boolean;
  allMet: boolean;
  /** No part has a usable value (basis "none"). */
  allAbsent: boolean;
  /** Every part is yes / no, or answered so (basis "evidence"). */
  allEvidence: boolean;
  /** The last part's value when a number: the figure of an item of one part. */
  last: number | null;
  readonly values: Record<string, number | null>;
  readonly cells: CellRef[];
  answered: Record<string, string> | null;
}

/**
 * The item judged part by part from the figures given (rules.md §4–6): each county item by its
 * figure as judgePart does, their verdicts combined as combineVerdicts does; its issues appended
 * to `issues`.
 */
function judgedItem(code: string, list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>, issues: Issue[]): ItemResult {
  const tally: PartsTally = { notMet: false, allMet: true, allAbsent: true, allEvidence: true, last: null, values: {}, cells: [], answered: null };
  for (let i = 0; i < list.length; i++) {
    const [c, countyItem] = list[i] as [string, CountyItem];
    addPart(tally, c, countyItem, figures.get(c), issues);
  }
  return tallyItem(code, list, tally);
}

/**
 * The verdict alone of an item judged from the county's figures, as judgedItem judges it (its
 * issues appended to `issues`), with no item built: what a county's verdict reads on the fast path
 * (itemVerdicts), whose items are built when first read.
 * @example figureVerdictInto(G11's county items, rotation 0.12 and backbone 0.18, issues) // "not_met"
 */
export function figureVerdictInto(list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>, issues: Issue[]): Verdict {
  let notMet = false;
  let allMet = true;
  for (let i = 0; i < list.length; i++) {
    const [c, countyItem] = list[i] as [string, CountyItem];
    const figure = figures.get(c);
    const value = usableValue(countyItem, figure);
    const verdict = value === null ? "not_assessed" : partVerdict(c, countyItem, value, figure?.cell ?? null, issues);
    notMet ||= verdict === "not_met";
    allMet &&= verdict === "met";
  }
  return itemVerdictOf(list.length, notMet, allMet);
}

/** An item's verdict from its parts' (combineVerdicts): met when every part is met, not met when any is not, else — or without parts — not assessed. */
function itemVerdictOf(parts: number, notMet: boolean, allMet: boolean): Verdict {
  return parts === 0 ? "not_assessed" : notMet ? "not_met" : allMet ? "met" : "not_assessed";
}

/** A figure's value when usable: null when absent, or of the wrong kind (reported once, by figureIssues: here it is only not usable). */
function usableValue(item: CountyItem, figure: CountyFigure | undefined): number | boolean | null {
  return figure === undefined || figureProblem(item, figure) !== null ? null : figure.value;
}

/** One county item's figure judged into `tally` (as judgePart judges it): its verdict, value (yes / no as 1 / 0), cells and 是 / 否 answer. */
function addPart(tally: PartsTally, code: string, item: CountyItem, figure: CountyFigure | undefined, issues: Issue[]): void {
  const value = usableValue(item, figure);
  const verdict = value === null ? "not_assessed" : partVerdict(code, item, value, figure?.cell ?? null, issues);
  if (verdict === "not_met") tally.notMet = true;
  if (verdict !== "met") tally.allMet = false;
  if (value !== null) tally.allAbsent = false;
  // A figure item the county answered 是 / 否 (CountyFigure.answered) rests on that answer, as a yes / no item does.
  if (item.comparison !== "yes" && typeof value !== "boolean") tally.allEvidence = false;
  tally.values[code] = typeof value === "boolean" ? (value ? 1 : 0) : value;
  tally.last = typeof value === "number" ? value : null;
  if (figure !== undefined) addCells(tally.cells, figure);
  if (figure !== undefined && figure.cell !== null && typeof value === "boolean" && item.comparison !== "yes") (tally.answered ??= {})[code] = figure.cell;
}

/** A usable figure's verdict: yes / no as given; a number by its comparison, unrounded (meets), not assessed with an issue (to `issues`, unless null) when the item has no threshold. */
function partVerdict(code: string, item: CountyItem, value: number | boolean, cell: CellRef, issues: Issue[] | null): Verdict {
  if (typeof value === "boolean") return value ? "met" : "not_met";
  const ok = meets(value, item);
  if (ok === null && issues !== null) issues.push({ code: "county_item_no_threshold", severity: "error", cell, params: { countyItem: code } });
  return ok === null ? "not_assessed" : ok ? "met" : "not_met";
}

/** Every cell a figure came from (CountyFigure.cells, else its cell), each once among the item's: a computed figure names all its cells (45 / 380: both counts), and two parts may share one (the rotated count of G11's rate and backbone share). */
function addCells(cells: CellRef[], figure: CountyFigure): void {
  const from = figure.cells;
  if (from === undefined) addCell(cells, figure.cell);
  else for (let i = 0; i < from.length; i++) addCell(cells, from[i] ?? null);
}

function addCell(cells: CellRef[], cell: CellRef): void {
  if (cell !== null && !cells.includes(cell)) cells.push(cell);
}

/**
 * The item from its tallied parts: met when every part is met, not met when any is not, else
 * not assessed (combineVerdicts); the figure and threshold those of the only part when there is
 * one and its figure is a number, else null; `answeredParts` only when some part was answered.
 * @example G11, parts rotation 0.12 met and backbone 0.18 not met → { verdict: "not_met", figure: null, threshold: null, parts: { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 } }
 */
function tallyItem(code: string, list: readonly [string, CountyItem][], tally: PartsTally): ItemResult {
  const single = list.length === 1;
  const item: { -readonly [K in keyof ItemResult]: ItemResult[K] } = {
    code,
    area: areaOf(code),
    verdict: itemVerdictOf(list.length, tally.notMet, tally.allMet),
    figure: single ? tally.last : null,
    threshold: single ? ((list[0] as [string, CountyItem])[1].threshold ?? null) : null,
    basis: tally.allAbsent ? "none" : tally.allEvidence ? "evidence" : "county_figure",
    figureOf: "county_figure",
    failingSchools: [],
    cells: tally.cells,
    // Keys from the profile, in its order: see keptShape.
    parts: keptShape(list, tally.values),
  };
  // Added last, as the spread copy that carried it did: the keys keep their order.
  if (tally.answered !== null) item.answeredParts = tally.answered;
  return item;
}

/**
 * The cell of the first of an item's county figures that judges it `verdict` (null when none
 * does): where a statistician should look when the county's figures say `verdict` of the item as
 * a whole — for "not_met", the figure that fails, not one that passes beside it.
 * @example G7 primary 6200 (met) and junior 5000 (< 6100) → figureCellJudging("G7", …, "not_met") // the junior figure's cell
 */
export function figureCellJudging(code: string, profile: Profile, figures: ReadonlyMap<string, CountyFigure>, verdict: ItemResult["verdict"]): CellRef {
  for (const [c, countyItem] of countyItemsOf(profile, code)) {
    const figure = figures.get(c);
    // A part without a figure has no cell to point at.
    if (figure === undefined || figure.cell === null) continue;
    // As judgePart judges it, without its part: a figure of the wrong kind is not assessed.
    const value = figureProblem(countyItem, figure) !== null ? null : figure.value;
    if ((value === null ? "not_assessed" : partVerdict(c, countyItem, value, null, null)) === verdict) return figure.cell;
  }
  return null;
}
