import type { CellRef, CountyFigure, Issue, ItemResult } from "../types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { countyItemsOf } from "./compare";
import { combineVerdicts, judgePart, type PartResult } from "./countyFigures";
import { keptShape } from "../keptShape";
import { perObject } from "../perObject";
import { areaOf } from "./itemCodes";
import { NO_ISSUES, type WithIssues } from "./schoolCheck";

function partValue(part: PartResult): number | null {
  if (typeof part.value === "boolean") return part.value ? 1 : 0;
  return part.value;
}

function basisOf(parts: readonly PartResult[]): ItemResult["basis"] {
  if (parts.every((p) => p.value === null)) return "none";
  // A figure item the county answered 是 / 否 (CountyFigure.answered) rests on that answer, as a yes / no item does.
  return parts.every((p) => p.item.comparison === "yes" || typeof p.value === "boolean") ? "evidence" : "county_figure";
}

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
 */
function absentFor(code: string, list: readonly [string, CountyItem][]): ItemResult {
  const byCode = absentByCode(list);
  let item = byCode.get(code);
  if (item === undefined) byCode.set(code, (item = deepFreeze(judgedItem(code, list, NO_FIGURES).value)));
  return item;
}

function anyFigure(list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>): boolean {
  for (let i = 0; i < list.length; i++) if (figures.has((list[i] as [string, CountyItem])[0])) return true;
  return false;
}

/**
 * An item judged from the county's figures (rules.md §4–6): met when every county item of it is
 * met, not met when any is not, else not assessed. `parts` holds each figure by county-item code
 * (yes / no as 1 / 0); `figure` and `threshold` are filled when the item has one numeric figure.
 * An item none of whose figures the county gives is the same for every county (absentFor).
 *
 * @example G11 with rotation 0.12 (≥ 0.10) and backbone 0.18 (< 0.20) → not_met, parts { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 }
 */
export function countyFigureItem(code: string, profile: Profile, figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  return countyFigureItemOf(code, countyItemsOf(profile, code), figures);
}

/** countyFigureItem from the item's county items (countyItemsOf), for a caller that found them once per profile. */
export function countyFigureItemOf(code: string, list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  return anyFigure(list, figures) ? judgedItem(code, list, figures) : { value: absentFor(code, list), issues: NO_ISSUES };
}

/** The item judged part by part from the figures given. */
function judgedItem(code: string, list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  const issues: Issue[] = [];
  const parts = judgedParts(list, figures, issues);
  const item = partsItem(code, list, parts);
  const answered = answeredParts(parts);
  return { value: answered === null ? item : { ...item, answeredParts: answered }, issues };
}

/** Each county item of `list` judged from its figure (judgePart), in order; their issues appended to `issues`. Apart from judgedItem so that judging and laying out read separately. */
function judgedParts(list: readonly [string, CountyItem][], figures: ReadonlyMap<string, CountyFigure>, issues: Issue[]): PartResult[] {
  const parts: PartResult[] = [];
  for (const [c, countyItem] of list) {
    const judged = judgePart(c, countyItem, figures.get(c));
    parts.push(judged.value);
    if (judged.issues.length > 0) issues.push(...judged.issues);
  }
  return parts;
}

/**
 * The item from its judged parts: their verdicts combined (combineVerdicts); the figure and
 * threshold those of the only part when there is one and its figure is a number, else null.
 * @example G11, parts rotation 0.12 met and backbone 0.18 not met → { verdict: "not_met", figure: null, threshold: null, parts: { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 } }
 */
function partsItem(code: string, list: readonly [string, CountyItem][], parts: readonly PartResult[]): ItemResult {
  const single = parts.length === 1 ? parts[0] : undefined;
  return {
    code,
    area: areaOf(code),
    verdict: combineVerdicts(parts.map((p) => p.verdict)),
    figure: single !== undefined && typeof single.value === "number" ? single.value : null,
    threshold: single?.item.threshold ?? null,
    basis: basisOf(parts),
    figureOf: "county_figure",
    failingSchools: [],
    cells: partCells(parts),
    parts: keptShape(list, partValues(parts)),
  };
}

/** The parts the county answered 是 / 否 though judged by a figure (a boolean only an answer gives: figureProblem), at their cells; null when none. */
function answeredParts(parts: readonly PartResult[]): Record<string, string> | null {
  let answered: Record<string, string> | null = null;
  for (const p of parts) if (typeof p.value === "boolean" && p.item.comparison !== "yes" && p.cell !== null) (answered ??= {})[p.code] = p.cell;
  return answered;
}

/** Every cell the parts came from, each once: a computed figure names all its cells (45 / 380: both counts), and two parts may share one (the rotated count of G11's rate and backbone share). */
function partCells(parts: readonly PartResult[]): CellRef[] {
  const cells: CellRef[] = [];
  for (const p of parts) for (const c of p.cells) if (c !== null && !cells.includes(c)) cells.push(c);
  return cells;
}

/** Each part's value by its county-item code, in profile order (keys from the profile: see keptShape). */
function partValues(parts: readonly PartResult[]): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const p of parts) values[p.code] = partValue(p);
  return values;
}

/**
 * The cell of the first of an item's county figures that judges it `verdict` (null when none
 * does): where a statistician should look when the county's figures say `verdict` of the item as
 * a whole — for "not_met", the figure that fails, not one that passes beside it.
 * @example G7 primary 6200 (met) and junior 5000 (< 6100) → figureCellJudging("G7", …, "not_met") // the junior figure's cell
 */
export function figureCellJudging(code: string, profile: Profile, figures: ReadonlyMap<string, CountyFigure>, verdict: ItemResult["verdict"]): CellRef {
  for (const [c, countyItem] of countyItemsOf(profile, code)) {
    const part = judgePart(c, countyItem, figures.get(c)).value;
    if (part.verdict === verdict && part.cell !== null) return part.cell;
  }
  return null;
}
