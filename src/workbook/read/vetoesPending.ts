import type { CountyFigure, Issue } from "../../engine/types";
import { sameCounty } from "../../engine/countyFigures";
import type { CountyFigures } from "./countyFigures";
import { issueAtCell } from "./issue";

/**
 * What the reader says of a veto cell that gives no answer: pending (待核实, 暂无数据: a note), refused
 * (见附件: an error), or holding its own row already (vetoHeld). A blank cell is not among them: a
 * blank row of a template beside the county's answer on another sheet is no answer pending.
 */
const PENDING = new Set(["read_figure_no_data", "read_figure_bad_value", "read_figure_veto_cell_undecided", "read_figure_veto_cell_unread"]);

/** Whether `issue` says a cell of a veto item gave no answer (PENDING), with the item's code. */
function pendingVeto(issue: Issue): string | null {
  const code = issue.params["countyItem"];
  const veto = typeof code === "string" && code.startsWith("V_");
  return veto && issue.cell !== null && PENDING.has(issue.code) ? code : null;
}

/** The row's county an issue names (withVetoCounty), or null: a sheet without one. */
function issueCounty(issue: Issue): string | null {
  const named = issue.params["figureCounty"];
  return typeof named === "string" ? named : null;
}

/**
 * Whether a figure is the county's whose cell `issue` is: the same county; a figure or issue naming
 * none goes with any, as figuresForCounty gives a county the figures naming none — but an issue
 * naming none goes with no figure when the code's figures name two counties or more (whose it is is
 * not guessed).
 */
function sameOwner(figure: CountyFigure, issue: Issue, named: readonly string[]): boolean {
  const county = issueCounty(issue);
  if (county === null) return named.length <= 1;
  return figure.county === null || sameCounty(figure.county, county);
}

/**
 * The figures with each veto item's 无 dropped where another cell of that item for the county gives
 * no answer (待核实 on a second figures sheet, 见附件 on a row of its own) and none says 有: a veto
 * is cleared only when every cell that answers it does (rules.md §6; vetoHeld for one row's cells).
 * A county split over two sheets, 违规择校 | 无 on 县级指标 and 违规择校 | 待核实 on 县级指标2 (or on 小学 and
 * 初中 sheets, or two rows of one), was cleared on the 无 alone (s52 H5): it is 待评估 now, and the
 * pending note (read_figure_no_data) becomes a warning naming both cells (read_figure_veto_pending).
 * Other issues holding the item already say it is 待评估 at their cell.
 *
 * @example 县级指标!B2 V_school_choice false, read_figure_no_data at 县级指标2!B2 { countyItem: V_school_choice, text: 待核实 }
 * // figures: [], issues: [read_figure_veto_pending at 县级指标2!B2 { clearedCells: "县级指标!B2", … }]
 */
export function withVetoesPending(read: CountyFigures): CountyFigures {
  const dropped = new Set<CountyFigure>();
  const replaced = new Map<Issue, Issue>();
  for (const issue of read.issues) {
    const code = pendingVeto(issue);
    if (code === null) continue;
    const own = read.figures.filter((f) => f.code === code && f.cell !== issue.cell);
    const named = [...new Set(own.flatMap((f) => (f.county === null ? [] : [f.county])))];
    const mine = own.filter((f) => sameOwner(f, issue, named));
    const cleared = mine.filter((f) => f.value === false);
    if (cleared.length === 0 || mine.some((f) => f.value === true)) continue;
    for (const f of cleared) dropped.add(f);
    if (issue.code === "read_figure_no_data") replaced.set(issue, pendingIssue(issue, cleared));
  }
  if (dropped.size === 0) return read;
  return { ...read, figures: read.figures.filter((f) => !dropped.has(f)), issues: read.issues.map((i) => replaced.get(i) ?? i) };
}

/** The warning at a pending veto cell (read_figure_no_data's) naming the cells saying 无 that it holds. */
function pendingIssue(issue: Issue, cleared: readonly CountyFigure[]): Issue {
  const clearedCells = cleared.map((f) => f.cell ?? "").join("、");
  return issueAtCell("read_figure_veto_pending", "warning", issue.cell, { ...issue.params, undecidedCell: issue.cell ?? "", clearedCells });
}
