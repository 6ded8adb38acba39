import type { CountyFigure, Issue, SchoolRecord, Stage, VetoResult } from "../types";
import type { Profile } from "../../profiles/schema";
import { recordStages } from "./recordValues";

/**
 * The stages the county's schools have sections of (recordStages of each record).
 * @example countyStages([一小 (小学), 二小 (小学)]) // Set { "primary" }
 */
export function countyStages(records: readonly SchoolRecord[]): ReadonlySet<Stage> {
  const stages = new Set<Stage>();
  for (const record of records) for (const stage of recordStages(record)) stages.add(stage);
  return stages;
}

const NO_STAGES: ReadonlySet<Stage> = new Set();

/**
 * The county's stages (countyStages) when a veto figure carries stage cells (blankStageCells,
 * noneStageCells), the only time vetoResults and vetoStageNoneIssues read them; else an empty set.
 * The walk over every record (a list of stages made per record) took about 5 µs of an evaluation
 * of 100 sections, twice per county, for figures that in most counties carry no such cell.
 * @example stagesAsked(national, figures without stage cells, records) // Set {} (no record read)
 */
export function stagesAsked(profile: Profile, figures: ReadonlyMap<string, CountyFigure>, records: readonly SchoolRecord[]): ReadonlySet<Stage> {
  for (const { code } of profile.vetoItems) {
    const figure = figures.get(code);
    if (figure?.blankStageCells !== undefined || figure?.noneStageCells !== undefined) return countyStages(records);
  }
  return NO_STAGES;
}

/**
 * The profile's veto items (rules.md §6) from the county's figures: a yes / no figure says whether
 * the item is present; no figure, or one that is not yes / no (reported by figureIssues), leaves it
 * not yet assessed. A 无 read beside a blank stage cell (CountyFigure.blankStageCells) is held not yet
 * assessed, at that cell, when the county has sections of that stage (`stages`): 违规择校 | 无 |
 * (blank) leaves a county with 初中 schools unanswered for them, but clears one without any (s52 H5). So
 * is a 无 beside a stage cell saying the item does not concern that stage (CountyFigure.noneStageCells:
 * 违规择校 | 无 | 无初中 in a county with 初中 schools, s52 R5).
 *
 * @example V_key_schools = false → { code: "V_key_schools", present: false, cell: "保障!B30" }
 * @example V_school_choice = false at B2, blank 初中 cell C2, stages { primary, junior } → { present: null, cell: "县级指标!C2" }; stages { primary } → { present: false, cell: "县级指标!B2" }
 */
export function vetoResults(profile: Profile, figures: ReadonlyMap<string, CountyFigure>, stages: ReadonlySet<Stage>): VetoResult[] {
  return profile.vetoItems.map(({ code }) => {
    const figure = figures.get(code);
    const blank = figure?.blankStageCells?.find((b) => stages.has(b.stage)) ?? figure?.noneStageCells?.find((b) => stages.has(b.stage));
    if (blank !== undefined) return { code, present: null, cell: blank.cell };
    const present = typeof figure?.value === "boolean" ? figure.value : null;
    return { code, present, cell: figure?.cell ?? null };
  });
}

/**
 * A warning at each stage cell of a veto row saying the item does not concern its stage (CountyFigure.
 * noneStageCells: /, 无初中) in a county with sections of that stage: vetoResults holds the item 待评估
 * there, and the statistician is told why — the school sheet lists schools of a stage the row says it
 * has none of, or for which it gives no answer.
 * @example V_school_choice false at 县级指标!B2 { noneStageCells: [junior at C2, "无初中"] }, stages { primary, junior } → [county_figure_veto_stage_none at 县级指标!C2 { countyItem: V_school_choice, text: 无初中, stageInText: junior, clearedCells: 县级指标!B2 }]; stages { primary } → []
 */
export function vetoStageNoneIssues(profile: Profile, figures: ReadonlyMap<string, CountyFigure>, stages: ReadonlySet<Stage>): Issue[] {
  return profile.vetoItems.flatMap(({ code }) => {
    const figure = figures.get(code);
    return (figure?.noneStageCells ?? []).filter((c) => stages.has(c.stage)).map((c): Issue => ({
      code: "county_figure_veto_stage_none",
      severity: "warning",
      cell: c.cell,
      params: { countyItem: code, text: c.text, stageInText: c.stage, undecidedCell: c.cell ?? "", clearedCells: figure?.cell ?? "" },
    }));
  });
}
