import type { BlankStageCell, CountyFigure, Issue, NoneStageCell, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import type { CellValue } from "../types";
import type { ReadFigure } from "./stagelessFigures";
import { mergeAt } from "./mergeIndex";
import { valueAt } from "./rowMeta";
import { vetoHeld, type VetoRowCell } from "./vetoHeld";
import { saysNoData } from "./noDataAnswer";
import { cellText } from "./text";
import type { ItemRow } from "./itemRow";
import { valueAsOf } from "./readCell";
import { markedNone } from "./ownStageOf";
import type { SheetScope } from "./sheetScope";

/**
 * The row's county on the issues from `from` on that name a veto item (`figureCounty`): a veto
 * value not read leaves its item with no figure to say whose it is, and withUnreadVetoCells
 * gives the item that cell by it, not by which county's figures lie nearest.
 */
export function withVetoCounty(issues: Issue[], from: number, county: string | null): void {
  if (county === null) return;
  for (let k = from; k < issues.length; k++) {
    const issue = issues[k] as Issue;
    if (String(issue.params["countyItem"] ?? "").startsWith("V_")) issues[k] = { ...issue, params: { ...issue.params, figureCounty: county } };
  }
}

/**
 * The figures read, less the 无 of each veto row under stage columns that vetoHeld holds undecided:
 * one of its cells clears it while another gives no answer (见附件, refused there; 待核实, 暂无数据; a
 * stage cell blank beside no 全县 无), none saying 有. Its issues, naming the row's county, join
 * `issues`, each refused cell's bad value replaced by vetoHeld's one message there. 违规择校 | 无 |
 * 待核实 was decided 无 on the 小学 cell alone (s50 M1), 无 | (blank) too (s51 H1); both are 待评估 now.
 * A row held by blank stage cells alone keeps its 无, marked with them (blankCellsOf): whether they hold
 * it depends on the county's stages, which the evaluation knows (vetoResults); its warnings stay, for
 * the front ends to drop where the county has no section of that stage (withoutUnheldBlankCells). A 无
 * beside a stage cell saying the stage has none (/, 无初中: noneStageCellsOf) is kept marked with it too,
 * for the engine to hold, and say, in a county with sections of that stage (vetoStageNoneIssues, s52 R5).
 *
 * @example 违规择校 | 无 | 待核实 (stage columns B, C) → the V_school_choice false at B2 dropped, read_figure_veto_cell_undecided at C2
 * @example 违规择校 | 无 | 见附件 → read_figure_veto_cell_unread at C2 in place of read_figure_bad_value there
 * @example 违规择校 | 无 | (blank) → V_school_choice false at B2 { blankStageCells: [junior at C2] }, read_figure_veto_cell_blank at C2
 * @example 违规择校 | 无 | 无初中 → V_school_choice false at B2 { noneStageCells: [junior at C2, "无初中"] }, nothing said
 */
export function withVetoesHeld(scope: SheetScope, read: readonly ReadFigure[], issues: Issue[]): ReadFigure[] {
  const dropped = new Set<CountyFigure>();
  const marks = new Map<CountyFigure, StageMarks>();
  const mark = (figure: CountyFigure, more: StageMarks) => marks.set(figure, { ...marks.get(figure), ...more });
  for (const item of vetoRowItems(scope)) {
    const cells = vetoRowCells(scope, item, read, issues);
    const cleared = read.filter((r) => r.figure.value === false && cells.some((c) => c.cell === r.figure.cell));
    const none = noneStageCellsOf(scope, item, cells);
    if (none.length > 0) for (const r of cleared) mark(r.figure, { noneStageCells: none });
    const held = vetoHeld({ item: item.text, code: item.code ?? "", cells });
    if (held.length === 0) continue;
    sayHeld(scope, item, held, issues);
    const blank = blankCellsOf(held);
    for (const r of cleared) {
      if (blank === null) dropped.add(r.figure);
      else mark(r.figure, { blankStageCells: blank });
    }
  }
  return read.filter((r) => !dropped.has(r.figure)).map((r) => withMarks(r, marks.get(r.figure)));
}

/** vetoHeld's issues for a row joined to `issues`, naming the row's county, in place of the refusals at the cells they say unread. */
function sayHeld(scope: SheetScope, item: ItemRow, held: readonly Issue[], issues: Issue[]): void {
  removeRefusals(issues, item.code, held);
  const before = issues.length;
  issues.push(...held);
  withVetoCounty(issues, before, scope.countyOf(item.row));
}

/** A figure read with the stage cells it is marked with (StageMarks), as it was when there are none. */
function withMarks(r: ReadFigure, more: StageMarks | undefined): ReadFigure {
  return more === undefined ? r : { ...r, figure: { ...r.figure, ...more } };
}

/** The stage cells a veto row's 无 is marked with for the engine to judge by the county's stages (CountyFigure). */
interface StageMarks {
  readonly blankStageCells?: readonly BlankStageCell[];
  readonly noneStageCells?: readonly NoneStageCell[];
}

/**
 * The stage cells of a veto row saying the item does not concern their stage (/, 不适用, 无初中 in the
 * 初中 column: markedNone) beside a 无 of the row, none saying 有 and no 全县 cell saying 无; empty
 * otherwise. The reader does not know the county's stages: the 无 is kept, marked with them, for the
 * engine to hold in a county with sections of that stage (vetoResults). 违规择校 | 无 | 无初中 cleared a
 * county whose school sheet lists 初中 schools, saying nothing of the clash (s52 R5).
 * @example 违规择校 | 无 | 无初中 (B2, C2) → [{ stage: "junior", cell: "县级指标!C2", text: "无初中" }]; 违规择校 | 无 | 无 → []
 */
function noneStageCellsOf(scope: SheetScope, item: ItemRow, cells: readonly VetoRowCell[]): NoneStageCell[] {
  const cleared = cells.filter((c) => c.answer === false);
  if (cleared.length === 0 || cleared.some((c) => c.stage === "whole") || cells.some((c) => c.answer === true)) return [];
  const { primary, junior } = scope.layout.stageColumns;
  return ([["primary", primary], ["junior", junior]] as const).flatMap(([stage, column]): NoneStageCell[] => {
    if (column === null) return [];
    const cell = qualified(scope.grid.sheet, a1(item.row, column));
    const text = cellText(valueAt(scope.grid, item.row, column));
    return text !== null && !cells.some((c) => c.cell === cell) && markedNone(text, stage) ? [{ stage, cell, text }] : [];
  });
}

/**
 * The blank stage cells holding a row, when nothing else does (every issue read_figure_veto_cell_blank), or
 * null: its 无 is then kept, marked with them, for the engine to hold only in a county with sections of
 * their stage (vetoResults); a county with no 初中 was held 待评估 on a blank 初中 cell (s52 H5).
 * @example blankCellsOf([read_figure_veto_cell_blank at 县级指标!C2 { stageInText: "junior" }]) // [{ stage: "junior", cell: "县级指标!C2" }]
 */
function blankCellsOf(held: readonly Issue[]): BlankStageCell[] | null {
  const stageOf = (i: Issue) => i.params["stageInText"];
  if (!held.every((i) => i.code === "read_figure_veto_cell_blank" && (stageOf(i) === "primary" || stageOf(i) === "junior"))) return null;
  return held.map((i) => ({ stage: stageOf(i) as Stage, cell: i.cell }));
}

/** Whether `issue` refuses veto item `code` at its cell (read_figure_bad_value and kin, an error). */
function refuses(issue: Issue, code: string | null): boolean {
  return issue.severity === "error" && issue.params["countyItem"] === code;
}

/** The refusals of veto item `code` at the cells vetoHeld says unread (read_figure_veto_cell_unread) taken out of `issues`: one message per cell. */
function removeRefusals(issues: Issue[], code: string | null, held: readonly Issue[]): void {
  const unread = new Set(held.filter((i) => i.code === "read_figure_veto_cell_unread").map((i) => i.cell));
  const kept = issues.filter((i) => !(unread.has(i.cell) && refuses(i, code)));
  issues.splice(0, issues.length, ...kept);
}

/** The first item of each veto row under stage columns without a value column (countyItemByStage made one item per cell). */
function vetoRowItems(scope: SheetScope): ItemRow[] {
  const { layout } = scope;
  const { primary, junior } = layout.stageColumns;
  if (layout.valueColumn !== null || (primary === null && junior === null)) return [];
  const veto = scope.items.filter((i) => i.code?.startsWith("V_") === true);
  return veto.filter((i, k) => !veto.slice(0, k).some((j) => j.row === i.row));
}

/**
 * The stage and 全县 cells of a veto row as read (VetoRowCell), each with its column's stage: a figure
 * read there gives its answer, and so does a cell repeating the value of one read beside it (无 | 无
 * | 待核实: countyItemByStage read the first 无 alone, and the message named one cell of two); a cell
 * an item was read from without a figure (refused: an error there, `issues`; 暂无数据) or one saying
 * there is no answer yet (待核实, left out of the row's items by givenIn) gives none, and so does a
 * blank stage cell (one under a merged cell is read as emptyStageCell says). / and 不适用 (the stage
 * has none) and a blank 全县 cell are left out.
 */
function vetoRowCells(scope: SheetScope, item: ItemRow, read: readonly ReadFigure[], issues: readonly Issue[]): VetoRowCell[] {
  const { grid, layout } = scope;
  const { whole, primary, junior } = layout.stageColumns;
  const stages = ([["whole", whole], ["primary", primary], ["junior", junior]] as const).flatMap(([stage, column]) => (column === null ? [] : [{ stage, column }]));
  const itemColumns = scope.items.filter((i) => i.row === item.row && i.code === item.code).map((i) => i.valueColumn);
  const cellOf = (column: number) => qualified(grid.sheet, a1(item.row, column));
  const figureAt = (column: number) => read.find((r) => r.figure.cell === cellOf(column) && r.figure.code === item.code)?.figure;
  return stages.sort((a, b) => a.column - b.column).flatMap(({ stage, column }): VetoRowCell[] => {
    const text = cellText(valueAt(grid, item.row, column));
    const cell = cellOf(column);
    const repeatOf = (raw?: CellValue) => repeated(scope, item, column, stages.map((s) => s.column), figureAt, raw);
    if (text === null) return stage === "whole" ? [] : emptyStageCell(scope, item, column, stage, repeatOf);
    const figure = figureAt(column) ?? repeatOf();
    if (figure !== undefined) return typeof figure.value === "boolean" ? [{ cell, text, answer: figure.value, stage }] : [];
    const refused = issues.some((i) => i.cell === cell && refuses(i, item.code)) ? { refused: true as const } : {};
    return itemColumns.includes(column) || saysNoData(text) ? [{ cell, text, answer: null, stage, ...refused }] : [];
  });
}

/**
 * A stage cell of a veto row with nothing in it, as vetoRowCells gives it: blank (held, said), or under
 * a merged area whose top-left cell holds text. Merged across the row (无 over B2:C2, 小学 and 初中) it
 * is left out, that cell answering for both stages; merged down from a row above (无 over C2:C3) it
 * answers as the merged text does where that repeats a value read on its own row (`repeatOf`), else it
 * gives none. 违规择校 | 无 merged over 小学 and 初中 was held as if the 初中 cell were blank (R1 of s51).
 */
function emptyStageCell(scope: SheetScope, item: ItemRow, column: number, stage: "primary" | "junior", repeatOf: (raw: CellValue) => CountyFigure | undefined): VetoRowCell[] {
  const cell = qualified(scope.grid.sheet, a1(item.row, column));
  const box = mergeAt(scope.grid, item.row, column);
  const raw = box === undefined ? null : valueAt(scope.grid, box.top, box.left);
  const text = cellText(raw);
  if (box === undefined || text === null) return [{ cell, text: "", answer: null, stage, blank: true }];
  if (box.top === item.row) return [];
  const value = repeatOf(raw)?.value;
  return [{ cell, text, answer: typeof value === "boolean" ? value : null, stage }];
}

/**
 * The figure read from another of the row's cells whose value this cell repeats (countyItemByStage read
 * one cell per value), or undefined; `raw`: the value to compare, when not the cell's own (a merged one).
 */
function repeated(scope: SheetScope, item: ItemRow, column: number, columns: readonly number[], figureAt: (column: number) => CountyFigure | undefined, raw?: CellValue): CountyFigure | undefined {
  const code = item.code ?? "";
  const value = valueAsOf(scope.grid, item, code, column, raw ?? valueAt(scope.grid, item.row, column));
  if (value === null) return undefined;
  const same = columns.find((c) => c !== column && figureAt(c) !== undefined && valueAsOf(scope.grid, item, code, c) === value);
  return same === undefined ? undefined : figureAt(same);
}
