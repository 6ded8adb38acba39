import type { CountyFigure, Issue, Stage } from "../../engine/types";
import { sameCounty } from "../../engine/countyFigures";
import { issueAtCell } from "./issue";

/** An item judged per stage that a sheet may give for no one stage: G7 (special-education funding) and G13 (nearby enrolment). */
export type StagelessItem = "G7" | "G13";

interface StagelessRule {
  /** The item's county codes by stage (national-2017.json countyItems; rules.md §4 items 7 and 13). */
  readonly codes: readonly (readonly [Stage, string])[];
  /** Whether a stage-less value is each stage's: a funding rate is (one rate for the county's special schools); a combined enrolment rate only at 100%, which no stage's rate can then be below. */
  readonly isEachStages: (value: CountyFigure["value"]) => boolean;
}

const RULES: Readonly<Record<StagelessItem, StagelessRule>> = {
  G7: { codes: [["primary", "G7_special_primary"], ["junior", "G7_special_junior"]], isEachStages: () => true },
  G13: { codes: [["primary", "G13_nearby_primary"], ["junior", "G13_nearby_junior"]], isEachStages: (value) => typeof value === "number" && value >= 1 },
};

/** The code a stage-less row is read under (its unit is that of either stage) before stagelessFigures gives it its stages. */
export function readAs(item: StagelessItem): string {
  return RULES[item].codes[0]?.[1] ?? item;
}

/**
 * The code of a stage-less item's figure for one stage (national-2017.json countyItems).
 * @example stageCode("G13", "junior") // "G13_nearby_junior"
 */
export function stageCode(item: StagelessItem, stage: Stage): string {
  return RULES[item].codes.find(([s]) => s === stage)?.[1] ?? item;
}

/** A figure as the sheet gave it: `stageless` when its item names no one stage of G7 or G13. */
export interface ReadFigure {
  readonly figure: CountyFigure;
  readonly item: string;
  readonly stageless: StagelessItem | null;
}

/** The cell of the figure given for `code` on its own (not stage-less) for the county of `figure`, or undefined. */
function ownStageCell(read: readonly ReadFigure[], figure: CountyFigure, code: string): string | undefined {
  const own = read.find((r) => r.stageless === null && r.figure.code === code && sameCounty(r.figure.county, figure.county));
  return own === undefined ? undefined : (own.figure.cell ?? "");
}

/** What was done with a stage-less figure, said at its cell; G13's codes say it of a rate, G7's of an amount in yuan. */
function stagesIssue(r: ReadFigure, item: StagelessItem, taken: readonly (readonly [Stage, string])[], givenCells: readonly string[]): Issue {
  const { cell, value } = r.figure;
  const prefix = item === "G13" ? "read_figure_nearby" : "read_figure";
  const base = { item: r.item, value: typeof value === "number" ? value : String(value) };
  const [only] = taken;
  if (taken.length === RULES[item].codes.length) return issueAtCell(`${prefix}_both_stages`, "info", cell, base);
  if (taken.length === 1 && only !== undefined) return issueAtCell(`${prefix}_one_stage`, "info", cell, { ...base, stageInText: only[0], stageCell: givenCells.join("、") });
  return issueAtCell(`${prefix}_stages_given`, "info", cell, { item: r.item, primaryCell: givenCells[0] ?? "", juniorCell: givenCells[1] ?? "" });
}

/** The county's other stage-less figures of the same item (on any sheet) that give another value than `r`. */
function disagreeing(read: readonly ReadFigure[], r: ReadFigure): ReadFigure[] {
  return read.filter((o) => o !== r && o.stageless === r.stageless && sameCounty(o.figure.county, r.figure.county) && o.figure.value !== r.figure.value);
}

/**
 * Two rows giving one stage-less item of a county with other values, said at the later one with
 * the first: G7's are both kept (the engine judges the lower, county_figure_several); G13's can
 * be no stage's rate, so none is taken, and each says so (a 100% beside a 93% is no 100%).
 */
function disagreement(read: readonly ReadFigure[], r: ReadFigure, item: StagelessItem): Issue | null {
  const others = disagreeing(read, r);
  const [first] = others;
  if (first === undefined) return null;
  const earlier = read.indexOf(first) < read.indexOf(r);
  const params = { item: r.item, value: String(r.figure.value), otherCell: others.map((o) => o.figure.cell ?? "").join("、"), other: others.map((o) => String(o.figure.value)).join("、") };
  if (item === "G13") return issueAtCell("read_figure_nearby_differs", "warning", r.figure.cell, params);
  return earlier ? issueAtCell("read_figure_stageless_differs", "warning", r.figure.cell, params) : null;
}

/** One stage-less figure as the figures of the stages the county does not give on their own, with what was done said at its cell. */
function spread(read: readonly ReadFigure[], r: ReadFigure, item: StagelessItem, issues: Issue[]): CountyFigure[] {
  const { codes, isEachStages } = RULES[item];
  const differs = disagreement(read, r, item);
  if (differs !== null) issues.push(differs);
  if (differs !== null && item === "G13") return [];
  if (!isEachStages(r.figure.value)) {
    issues.push(issueAtCell("read_figure_nearby_combined", "warning", r.figure.cell, { item: r.item, value: String(r.figure.value) }));
    return [];
  }
  const own = codes.map((c) => [c, ownStageCell(read, r.figure, c[1])] as const);
  const givenCells = own.flatMap(([, cell]) => cell ?? []);
  const taken = own.filter(([, cell]) => cell === undefined).map(([c]) => c);
  issues.push(stagesIssue(r, item, taken, givenCells));
  return taken.map(([, code]) => ({ ...r.figure, code }));
}

/**
 * The figures of G7 and G13 by stage. A special-education school's per-student funding given
 * without a stage (特殊教育学校生均公用经费 | 6500) is that of both stages: a county funds its special
 * schools at one per-student rate unless it says otherwise, and G7 judges each stage's rate against
 * its own threshold (rules.md §4 item 7: 6080 primary, 6100 junior in seed 000), so 6090 meets
 * primary and fails junior. A nearby-enrolment rate of both stages together (小学、初中就近划片入学比例)
 * is each stage's only at 100%, for no stage's rate can then be lower; below 100% it cannot be split
 * (a warning: give it per stage). A stage the same county gives on its own keeps its own figure;
 * the stage-less one fills only the other stage, or none. Each stage-less figure says at its cell
 * what it was taken for. `all` holds the figures of every figures sheet read (readSheetFigures),
 * `read` one sheet's: a stage given on its own on any sheet keeps its own figure. Two stage-less
 * rows of one item and county with other values are never taken silently as one (disagreement).
 *
 * @example 特殊教育学校生均公用经费 6500 (B4) → G7_special_primary 6500 and G7_special_junior 6500 at B4; read_figure_both_stages
 * @example the same with 特殊教育学校小学生均公用经费 6200 (B5) → primary 6200 (B5), junior 6500 (B4); read_figure_one_stage { stageInText: "junior" }
 * @example 小学、初中就近划片入学比例 0.97 (B6) → none; read_figure_nearby_combined at B6
 */
export function stagelessFigures(read: readonly ReadFigure[], all: readonly ReadFigure[] = read): { figures: CountyFigure[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const figures = read.flatMap((r) => (r.stageless === null ? [r.figure] : spread(all, r, r.stageless, issues)));
  return { figures, issues };
}
