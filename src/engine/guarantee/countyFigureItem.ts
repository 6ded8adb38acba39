import type { CellRef, CountyFigure, Issue, ItemResult } from "../types";
import type { Profile } from "../../profiles/schema";
import { countyItemsOf } from "./compare";
import { combineVerdicts, judgePart, type PartResult } from "./countyFigures";
import { keptShape } from "../keptShape";
import { areaOf } from "./itemCodes";
import type { WithIssues } from "./schoolCheck";

function partValue(part: PartResult): number | null {
  if (typeof part.value === "boolean") return part.value ? 1 : 0;
  return part.value;
}

function basisOf(parts: readonly PartResult[]): ItemResult["basis"] {
  if (parts.every((p) => p.value === null)) return "none";
  return parts.every((p) => p.item.comparison === "yes") ? "evidence" : "county_figure";
}

/**
 * An item judged from the county's figures (rules.md §4–6): met when every county item of it is
 * met, not met when any is not, else not assessed. `parts` holds each figure by county-item code
 * (yes / no as 1 / 0); `figure` and `threshold` are filled when the item has one numeric figure.
 *
 * @example G11 with rotation 0.12 (≥ 0.10) and backbone 0.18 (< 0.20) → not_met, parts { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 }
 */
export function countyFigureItem(code: string, profile: Profile, figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  const parts: PartResult[] = [];
  const issues: Issue[] = [];
  const list = countyItemsOf(profile, code);
  for (const [c, countyItem] of list) {
    const judged = judgePart(c, countyItem, figures.get(c));
    parts.push(judged.value);
    if (judged.issues.length > 0) issues.push(...judged.issues);
  }
  const single = parts.length === 1 ? parts[0] : undefined;
  const item: ItemResult = {
    code,
    area: areaOf(code),
    verdict: combineVerdicts(parts.map((p) => p.verdict)),
    figure: single !== undefined && typeof single.value === "number" ? single.value : null,
    threshold: single?.item.threshold ?? null,
    basis: basisOf(parts),
    failingSchools: [],
    cells: partCells(parts),
    parts: keptShape(list, partValues(parts)),
  };
  return { value: item, issues };
}

function partCells(parts: readonly PartResult[]): CellRef[] {
  const cells: CellRef[] = [];
  for (const p of parts) if (p.cell !== null) cells.push(p.cell);
  return cells;
}

/** Each part's value by its county-item code, in profile order (keys from the profile: see keptShape). */
function partValues(parts: readonly PartResult[]): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const p of parts) values[p.code] = partValue(p);
  return values;
}
