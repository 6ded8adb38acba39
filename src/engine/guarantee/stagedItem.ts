import { STAGES } from "../types";
import type { CellRef, CountyFigure, Issue, ItemResult, Stage, Verdict } from "../types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { perObject } from "../perObject";
import { countyItemsOf } from "./compare";
import { combineVerdicts, judgePart, type PartResult } from "./countyFigures";
import { statusAt, type CheckTable } from "./checkTable";
import { STATUS } from "./checkStatus";
import { NO_ISSUES, type WithIssues } from "./schoolCheck";

/** A county item given for one stage (its code ends in `_primary` / `_junior`), with that stage. */
export interface StagedPart {
  readonly code: string;
  readonly item: CountyItem;
  readonly stage: Stage;
}

// Found once per profile and item: every county asks for each item's.
const stagedByItem = perObject((_: Profile) => new Map<string, readonly StagedPart[] | null>());

function stageOfCode(code: string): Stage | undefined {
  return STAGES.find((s) => code.endsWith(`_${s}`));
}

/**
 * The county items of an item given stage by stage (G7: 特殊教育学校小学 / 初中生均公用经费,
 * rules.md §4 item 7), when it has two or more and each names a stage; null for any other item.
 * @example stagedParts(national, "G7") // [{ code: "G7_special_primary", stage: "primary", … }, { code: "G7_special_junior", stage: "junior", … }]
 */
export function stagedParts(profile: Profile, code: string): readonly StagedPart[] | null {
  const byItem = stagedByItem(profile);
  let found = byItem.get(code);
  if (found === undefined) byItem.set(code, (found = partsOfStages(countyItemsOf(profile, code))));
  return found;
}

function partsOfStages(list: readonly [string, CountyItem][]): readonly StagedPart[] | null {
  const parts = list.map(([code, item]) => ({ code, item, stage: stageOfCode(code) }));
  if (parts.length < 2 || parts.some((p) => p.stage === undefined)) return null;
  return parts as StagedPart[];
}

const ALL_STAGES = (1 << STAGES.length) - 1;

/**
 * What the counted schools checked for column `item` say of one stage: not met when one teaching
 * it fails, not assessed when none fails and one could not be checked, met when all pass; null
 * when no school checked teaches it. A check without stages speaks for every stage.
 * @example a 小学 special school passing, none teaching 初中: schoolStageVerdict(…, "primary") // "met"; (…, "junior") // null
 */
export function schoolStageVerdict(table: CheckTable, item: number, stage: Stage): Verdict | null {
  const bit = 1 << STAGES.indexOf(stage);
  let checked = false;
  let unknown = false;
  for (let s = 0; s < table.size; s++) {
    const status = table.counted[s] === 1 ? statusAt(table, s, item) : STATUS.NONE;
    if (status === STATUS.NONE || ((table.stages[s] || ALL_STAGES) & bit) === 0) continue;
    if (status === STATUS.FAIL) return "not_met";
    checked = true;
    if (status === STATUS.UNKNOWN) unknown = true;
  }
  if (!checked) return null;
  return unknown ? "not_assessed" : "met";
}

/** What staged parts of an item were judged by: the school data's verdict of their stage, or their county figure. */
interface PartJudgement {
  readonly verdicts: Verdict[];
  /** Parts the school data decide, with the county figure's own verdict when it disagrees. */
  readonly overruled: { readonly part: PartResult; readonly school: Verdict }[];
  /** Parts taken from their county figure (no school of their stage, or none decides it). */
  readonly fromCounty: PartResult[];
  readonly issues: Issue[];
}

function judgeParts(code: string, parts: readonly StagedPart[], table: CheckTable, item: number, figures: ReadonlyMap<string, CountyFigure>): PartJudgement {
  const out: PartJudgement = { verdicts: [], overruled: [], fromCounty: [], issues: [] };
  for (const p of parts) {
    const own = schoolStageVerdict(table, item, p.stage);
    // No special school of the data teaches this stage and the county gives no figure for it: nothing to fund, nothing pending.
    if (own === null && !figures.has(p.code)) continue;
    const judged = judgePart(p.code, p.item, figures.get(p.code));
    const part = judged.value;
    if (own === "met" || own === "not_met") {
      out.verdicts.push(own);
      if (part.verdict !== "not_assessed" && part.verdict !== own) out.overruled.push({ part, school: own });
      continue;
    }
    out.verdicts.push(part.verdict);
    out.fromCounty.push(part);
    out.issues.push(...judged.issues);
    if (own === null) out.issues.push(stageAbsentIssue(code, p, part.cell));
  }
  return out;
}

/** No school of the data teaches the part's stage: its county figure judges it (info). */
function stageAbsentIssue(code: string, part: StagedPart, cell: CellRef): Issue {
  return { code: "guarantee_school_data_stage_absent", severity: "info", cell, params: { item: code, stageInText: part.stage, countyItem: part.code } };
}

/**
 * The warnings that county figures disagree with the school data that decide their stage, each
 * at its figure's cell and naming its county item. One figure read for several stages (one cell)
 * is warned of once, for the item as a whole: the figure is the county's for all of them.
 * @example G7 from a 小学 school met, G7_special_primary 5900 at E2 → county_figure_part_overruled { countyItem: "G7_special_primary" } at E2
 */
function overruledIssues(code: string, overruled: PartJudgement["overruled"]): Issue[] {
  const issues: Issue[] = [];
  for (const { part, school } of overruled) {
    const shared = part.cell !== null && overruled.some((o) => o.part !== part && o.part.cell === part.cell);
    if (shared && issues.some((i) => i.cell === part.cell)) continue;
    const params = { item: code, countyVerdict: part.verdict, schoolVerdict: school };
    issues.push(shared ? { code: "county_figure_overruled", severity: "warning", cell: part.cell, params } : { code: "county_figure_part_overruled", severity: "warning", cell: part.cell, params: { ...params, countyItem: part.code } });
  }
  return issues;
}

/** The school data's item with the parts their stages lacked taken from the county's figures: their values in `parts`, their cells after the schools'. */
function withCountyParts(school: ItemResult, verdict: Verdict, fromCounty: readonly PartResult[]): ItemResult {
  const parts: Record<string, number | null> = { ...school.parts };
  const cells: CellRef[] = [...school.cells];
  for (const p of fromCounty) {
    parts[p.code] = typeof p.value === "boolean" ? (p.value ? 1 : 0) : p.value;
    for (const c of p.cells) if (c !== null && !cells.includes(c)) cells.push(c);
  }
  return { ...school, verdict, parts, cells };
}

/**
 * An item every school must meet whose county figures are given stage by stage (G7, rules.md
 * §4 item 7), judged stage by stage: a stage the school data decide (a school of that stage is
 * checked, and fails, or all of them pass) is judged by them, the county's figure for it
 * overruled with a warning when it disagrees; any other stage by its county figure (not assessed
 * without one). Met when every stage is met, not met when any is not. `school` is the item from
 * all the school data (everySchoolItem), `county` the item from all the county's figures.
 *
 * @example a 小学 special school of 86 pupils with 559 000 yuan (6500 ≥ 6000: met) and
 * G7_special_junior 5900 (< 6000) → not_met, parts { …, G7_special_junior: 5900 }; no warning
 */
export function stagedItem(school: ItemResult, county: ItemResult, parts: readonly StagedPart[], table: CheckTable, item: number, figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  const judged = judgeParts(school.code, parts, table, item, figures);
  const issues = [...judged.issues, ...overruledIssues(school.code, judged.overruled)];
  const verdict = combineVerdicts(judged.verdicts);
  if (judged.fromCounty.length === 0) return { value: school, issues: issues.length > 0 ? issues : NO_ISSUES };
  // No stage decided by the school data: the county's figures judge the item, as for any item the school data leave open.
  if (judged.fromCounty.length === parts.length) return { value: county.verdict !== "not_assessed" ? county : school, issues };
  return { value: withCountyParts(school, verdict, judged.fromCounty), issues };
}
