import type { Issue, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import { bestCandidate, hasNameAndStudents, isResultSheet, type Candidate } from "./pickSheets";
import type { SchoolRows } from "./readSchoolRows";
import { sheetStage, stageOfRows } from "./sheetStage";

/** A school sheet read: its header, the stage it holds when it is a stage sheet, its rows. */
export interface SheetRead {
  readonly candidate: Candidate;
  readonly stage: Stage | null;
  readonly rows: SchoolRows;
}

/** Reads a candidate's school rows, on a stage sheet with that stage for rows that do not say theirs. */
export type RowsOf = (candidate: Candidate, stage: Stage | null) => SchoolRows;

export type SchoolSheetChoice =
  /** `reads`: one sheet, or a primary and a junior stage sheet; `issues`: what the user is told about the choice. */
  | { readonly ok: true; readonly reads: readonly SheetRead[]; readonly issues: readonly Issue[] }
  /** No sheet has school names and students; `best` is the sheet that came closest, for the message. */
  | { readonly ok: false; readonly best: Candidate | null };

/** The top-left cell of a sheet's header: where an issue about the sheet as a whole points (the task pane links it). */
export function headerCell(c: Candidate): string {
  return qualified(c.grid.sheet, a1(c.band.top, c.band.columns[0]?.column ?? c.grid.left));
}

/** The user's own school sheets (names and students; not a result sheet of ours) that may be read: the visible ones, else the hidden ones. */
function poolOf(own: readonly Candidate[], hidden: ReadonlySet<string>): Candidate[] {
  const visible = own.filter((c) => !hidden.has(c.grid.sheet));
  return visible.length > 0 ? visible : [...own];
}

/** Two sheets of the same layout: the same indicator columns present (a 小学 sheet's 专科 and an 初中 sheet's 本科 column both give L1). */
function sameLayout(a: Candidate, b: Candidate): boolean {
  return [...a.matched.missing].sort().join() === [...b.matched.missing].sort().join();
}

/**
 * 小学 and 初中 kept on sheets of their own: exactly two sheets of the same layout, one for each
 * stage by its name or title (sheetStage), else by its rows' types (stageOfRows). Each is read
 * with its stage; null when the sheets are not such a pair.
 */
function stageSplit(pool: readonly Candidate[], rowsOf: RowsOf): SheetRead[] | null {
  const [a, b] = pool;
  if (pool.length !== 2 || a === undefined || b === undefined || !sameLayout(a, b)) return null;
  const reads = pool.map((candidate) => {
    const named = sheetStage(candidate.grid, candidate.band);
    const rows = rowsOf(candidate, named);
    return { candidate, stage: named ?? stageOfRows(rows.rows.map((r) => r.record)), rows };
  });
  const stages = new Set(reads.map((r) => r.stage));
  return stages.has("primary") && stages.has("junior") ? reads : null;
}

/** An issue about a sheet as a whole, at its header cell. */
function sheetIssue(code: string, severity: Issue["severity"], c: Candidate, params: Issue["params"]): Issue {
  return { code, severity, cell: headerCell(c), params };
}

/** The school sheets left unread, visible ones as a warning and hidden ones as a note, each list at its first sheet. */
function unreadIssues(sheets: string, others: readonly Candidate[], hidden: ReadonlySet<string>): Issue[] {
  const visible = others.filter((c) => !hidden.has(c.grid.sheet));
  const unseen = others.filter((c) => hidden.has(c.grid.sheet));
  const names = (list: readonly Candidate[]) => list.map((c) => c.grid.sheet).join(", ");
  return [
    ...(visible[0] === undefined ? [] : [sheetIssue("read_other_school_sheets", "warning", visible[0], { sheet: sheets, others: names(visible) })]),
    ...(unseen[0] === undefined ? [] : [sheetIssue("read_hidden_school_sheets", "info", unseen[0], { others: names(unseen) })]),
  ];
}

/** What the user is told: a hidden sheet read, each stage sheet read, and the school sheets left unread. */
function choiceIssues(reads: readonly SheetRead[], own: readonly Candidate[], hidden: ReadonlySet<string>): Issue[] {
  const read = new Set(reads.map((r) => r.candidate));
  const hiddenRead = reads.filter((r) => hidden.has(r.candidate.grid.sheet)).map((r) => sheetIssue("read_hidden_sheet_read", "warning", r.candidate, { sheet: r.candidate.grid.sheet }));
  const stages = reads.length < 2 ? [] : reads.map((r) => sheetIssue("read_stage_sheet", "info", r.candidate, { sheet: r.candidate.grid.sheet, stage: r.stage ?? "", count: r.rows.rows.length }));
  const sheets = reads.map((r) => r.candidate.grid.sheet).join(", ");
  return [...hiddenRead, ...stages, ...unreadIssues(sheets, own.filter((c) => !read.has(c)), hidden)];
}

/**
 * The school sheet(s) to read among the candidates (sheets with a recognised header). Sheets the
 * user sees win: a hidden or very hidden sheet (`hidden`, e.g. last year's data kept out of
 * sight) is read only when no visible sheet has school names and students, and then said to be
 * hidden. With `split` (no sheet or range chosen by the user), a primary and a junior sheet of the
 * same layout are both read (stageSplit); otherwise the sheet recognised best is read and the other
 * school sheets are named, each list at the first one's header cell. A result sheet of ours is read
 * only when no sheet of the user's qualifies.
 *
 * @example pickSchoolSheets([学校, 2019旧数据 (hidden, one more column)], new Set(["2019旧数据"]), true, rowsOf) // reads 学校; notes 2019旧数据 as a hidden school sheet
 */
export function pickSchoolSheets(candidates: readonly Candidate[], hidden: ReadonlySet<string>, split: boolean, rowsOf: RowsOf): SchoolSheetChoice {
  const own = candidates.filter((c) => hasNameAndStudents(c) && !isResultSheet(c.grid.sheet));
  const pool = poolOf(own, hidden);
  const pair = split ? stageSplit(pool, rowsOf) : null;
  if (pair !== null) return { ok: true, reads: pair, issues: choiceIssues(pair, own, hidden) };
  const best = bestCandidate(pool.length > 0 ? pool : candidates);
  if (best === null || !hasNameAndStudents(best)) return { ok: false, best };
  const reads = [{ candidate: best, stage: null, rows: rowsOf(best, null) }];
  return { ok: true, reads, issues: choiceIssues(reads, own, hidden) };
}
