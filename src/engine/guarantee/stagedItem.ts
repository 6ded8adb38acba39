import { STAGES, stageIndex } from "../types";
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
  const bit = 1 << stageIndex(stage);
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
  /** Parts of no school's stage left out because their figure's cell is overruled for another stage (shownWrong). */
  readonly skipped: PartResult[];
  readonly issues: Issue[];
}

/** One part with what the school data say of its stage (null: no school of it) and its county figure judged. */
interface StageJudgement {
  readonly part: StagedPart;
  readonly school: Verdict | null;
  readonly county: WithIssues<PartResult>;
}

/** Whether the school data decide the part's stage and its county figure says otherwise. */
function isOverruled({ school, county }: StageJudgement): boolean {
  return (school === "met" || school === "not_met") && county.value.verdict !== "not_assessed" && county.value.verdict !== school;
}

/**
 * The parts of stages no school of the data teaches whose figure is one the school data overrule
 * for another stage: one stage-less figure read for both (the same cell, stagelessFigures) is the
 * county's one rate for its special schools, and the schools of the data show it wrong; with no
 * school of this stage to fund, it has nothing left to judge. A figure of the stage's own (its own
 * cell) still judges it. Figures without a cell are never taken as one.
 * @example 小学 school 6500 (met), 特殊教育学校生均公用经费 5900 at B5 for both stages → the 初中 part at B5
 */
function shownWrong(judgements: readonly StageJudgement[]): ReadonlySet<StageJudgement> {
  const wrongCells = new Set(judgements.filter(isOverruled).map((j) => j.county.value.cell));
  return new Set(judgements.filter((j) => j.school === null && j.county.value.cell !== null && wrongCells.has(j.county.value.cell)));
}

function judgeParts(code: string, parts: readonly StagedPart[], table: CheckTable, item: number, figures: ReadonlyMap<string, CountyFigure>): PartJudgement {
  const out: PartJudgement = { verdicts: [], overruled: [], fromCounty: [], skipped: [], issues: [] };
  // No special school of the data teaches a stage and the county gives no figure for it: nothing to fund, nothing pending.
  const judgements = parts.flatMap((part) => {
    const school = schoolStageVerdict(table, item, part.stage);
    return school === null && !figures.has(part.code) ? [] : [{ part, school, county: judgePart(part.code, part.item, figures.get(part.code)) }];
  });
  const skipped = shownWrong(judgements);
  for (const j of judgements) takePart(out, code, j, skipped.has(j));
  return out;
}

/** Puts one part's judgement into `out`: left out (skipped), decided by the school data, or by its county figure. */
function takePart(out: PartJudgement, code: string, j: StageJudgement, skipped: boolean): void {
  const part = j.county.value;
  if (skipped) out.skipped.push(part);
  else if (j.school === "met" || j.school === "not_met") {
    out.verdicts.push(j.school);
    if (isOverruled(j)) out.overruled.push({ part, school: j.school });
  } else {
    out.verdicts.push(part.verdict);
    out.fromCounty.push(part);
    out.issues.push(...j.county.issues);
    if (j.school === null) out.issues.push(stageAbsentIssue(code, j.part, part.cell));
  }
}

/** No school of the data teaches the part's stage: its county figure judges it (info). */
function stageAbsentIssue(code: string, part: StagedPart, cell: CellRef): Issue {
  return { code: "guarantee_school_data_stage_absent", severity: "info", cell, params: { item: code, stageInText: part.stage, countyItem: part.code } };
}

/**
 * The warnings that county figures disagree with the school data that decide their stage, each
 * at its figure's cell and naming its county item. One figure read for several stages (one cell),
 * overruled for them or left out for a stage of no school (shownWrong), is warned of once, for the
 * item as a whole: the figure is the county's for all of them.
 * @example G7 from a 小学 school met, G7_special_primary 5900 at E2 → county_figure_part_overruled { countyItem: "G7_special_primary" } at E2
 * @example the same with one stage-less 5900 at E2 read for both stages → county_figure_overruled at E2
 */
function overruledIssues(code: string, { overruled, skipped }: Pick<PartJudgement, "overruled" | "skipped">): Issue[] {
  const issues: Issue[] = [];
  const others = (part: PartResult) => [...overruled.map((o) => o.part), ...skipped].filter((o) => o !== part);
  for (const { part, school } of overruled) {
    const shared = part.cell !== null && others(part).some((o) => o.cell === part.cell);
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
 * without one), unless that figure is one stage-less figure the school data overrule for another
 * stage (shownWrong). Met when every stage is met, not met when any is not. `school` is the item from
 * all the school data (everySchoolItem), `county` the item from all the county's figures.
 *
 * @example a 小学 special school of 86 pupils with 559 000 yuan (6500 ≥ 6000: met) and
 * G7_special_junior 5900 (< 6000) → not_met, parts { …, G7_special_junior: 5900 }; no warning
 * @example the same school and one stage-less 5900 read for both stages at B5 → met (the schools'
 * item), county_figure_overruled at B5
 */
export function stagedItem(school: ItemResult, county: ItemResult, parts: readonly StagedPart[], table: CheckTable, item: number, figures: ReadonlyMap<string, CountyFigure>): WithIssues<ItemResult> {
  const judged = judgeParts(school.code, parts, table, item, figures);
  const issues = [...judged.issues, ...overruledIssues(school.code, judged)];
  const verdict = combineVerdicts(judged.verdicts);
  if (judged.fromCounty.length === 0) return { value: school, issues: issues.length > 0 ? issues : NO_ISSUES };
  // No stage decided by the school data: the county's figures judge the item, as for any item the school data leave open.
  if (judged.fromCounty.length === parts.length) return { value: county.verdict !== "not_assessed" ? county : school, issues };
  return { value: withCountyParts(school, verdict, judged.fromCounty), issues };
}
