import type { CountyFigure, Issue, Stage } from "../../engine/types";
import { sameCounty } from "../../engine/countyFigures";
import { issueAtCell } from "./issue";

/** G7's county items by stage (national-2017.json countyItems; rules.md §4 item 7). */
const G7_BY_STAGE: readonly (readonly [Stage, string])[] = [
  ["primary", "G7_special_primary"],
  ["junior", "G7_special_junior"],
];

/** The code a stage-less G7 row is read under (its unit, yuan, is that of either stage) before stageFigures gives it its stages. */
export const G7_READ_AS = "G7_special_primary";

/** A figure as the sheet gave it: `bothStages` when its item names no stage of G7 (specialFundingBothStages). */
export interface ReadFigure {
  readonly figure: CountyFigure;
  readonly item: string;
  readonly bothStages: boolean;
}

/** The cell of the figure given for `code` on its own (not stage-less) for the county of `figure`, or undefined. */
function ownStageCell(read: readonly ReadFigure[], figure: CountyFigure, code: string): string | undefined {
  const own = read.find((r) => !r.bothStages && r.figure.code === code && sameCounty(r.figure.county, figure.county));
  return own === undefined ? undefined : (own.figure.cell ?? "");
}

/** What was done with a stage-less figure, said at its cell. */
function stagesIssue(r: ReadFigure, taken: readonly (readonly [Stage, string])[], givenCells: readonly string[]): Issue {
  const { cell, value } = r.figure;
  const base = { item: r.item, value: typeof value === "number" ? value : String(value) };
  const [only] = taken;
  if (taken.length === G7_BY_STAGE.length) return issueAtCell("read_figure_both_stages", "info", cell, base);
  if (taken.length === 1 && only !== undefined) return issueAtCell("read_figure_one_stage", "info", cell, { ...base, stageInText: only[0], stageCell: givenCells.join("、") });
  return issueAtCell("read_figure_stages_given", "info", cell, { item: r.item, primaryCell: givenCells[0] ?? "", juniorCell: givenCells[1] ?? "" });
}

/**
 * G7's figures by stage. A special-education school's per-student funding given without a stage
 * (特殊教育学校生均公用经费 | 6500) is that of both stages: a county funds its special schools at
 * one per-student rate unless it says otherwise, and G7 judges each stage's rate against its own
 * threshold (rules.md §4 item 7: 6080 primary, 6100 junior in seed 000), so 6090 meets primary and
 * fails junior. A stage the same county gives on its own keeps its own figure; the stage-less one
 * fills only the other stage, or none. Each stage-less figure says at its cell what it was taken for.
 *
 * @example 特殊教育学校生均公用经费 6500 (B4) → G7_special_primary 6500 and G7_special_junior 6500 at B4; read_figure_both_stages
 * @example the same with 特殊教育学校小学生均公用经费 6200 (B5) → primary 6200 (B5), junior 6500 (B4); read_figure_one_stage { stageInText: "junior" }
 */
export function stageFigures(read: readonly ReadFigure[]): { figures: CountyFigure[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const figures = read.flatMap((r) => {
    if (!r.bothStages) return [r.figure];
    const givenCells = G7_BY_STAGE.flatMap(([, code]) => ownStageCell(read, r.figure, code) ?? []);
    const taken = G7_BY_STAGE.filter(([, code]) => ownStageCell(read, r.figure, code) === undefined);
    issues.push(stagesIssue(r, taken, givenCells));
    return taken.map(([, code]) => ({ ...r.figure, code }));
  });
  return { figures, issues };
}
