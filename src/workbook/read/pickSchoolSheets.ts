import type { Issue, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import { countyYearSheets, sameLayout, type LeftOut } from "./countyYearSheets";
import { bestCandidate, hasNameAndAnyStudents, isResultSheet, type Candidate } from "./pickSheets";
import { issueAtCell } from "./issue";
import type { SchoolRows } from "./readSchoolRows";
import { combinedSheet, stageOfRows } from "./sheetStage";
import { foldText } from "./text";

/** A school sheet read: its header, the stage it holds when it is a stage sheet (null: read alone, or a sheet of combined schools), its rows. */
export interface SheetRead {
  readonly candidate: Candidate;
  readonly stage: Stage | null;
  readonly rows: SchoolRows;
}

/** A sheet read with the stage sheets, and whether it holds schools of both stages (九年一贯制学校) or is one part of a list kept on several sheets (partsOfOneList). */
interface Sorted extends SheetRead {
  readonly combined: boolean;
  readonly part?: true;
}

/** Reads a candidate's school rows, on a stage sheet with that stage for rows that do not say theirs. */
export type RowsOf = (candidate: Candidate, stage: Stage | null) => SchoolRows;

export type SchoolSheetChoice =
  /** `reads`: one sheet, or a primary and a junior stage sheet and any sheets of combined schools; `issues`: what the user is told about the choice. */
  | { readonly ok: true; readonly reads: readonly SheetRead[]; readonly issues: readonly Issue[] }
  /** No sheet has school names and students; `best` is the sheet that came closest, for the message. */
  | { readonly ok: false; readonly best: Candidate | null };

/** The top-left cell of a sheet's header: where an issue about the sheet as a whole points (the task pane links it). */
export function headerCell(c: Candidate): string {
  return qualified(c.grid.sheet, a1(c.band.top, c.band.columns[0]?.column ?? c.grid.left));
}

/**
 * rowsOf remembered per candidate and stage: a sheet read to sort it (stageSplit) and then read
 * alone, when the split fails (学校 beside 学校备份), is not read a second time.
 */
function memoRows(rowsOf: RowsOf): RowsOf {
  const seen = new Map<Candidate, Map<Stage | null, SchoolRows>>();
  return (candidate, stage) => {
    const byStage = seen.get(candidate) ?? new Map<Stage | null, SchoolRows>();
    seen.set(candidate, byStage);
    const rows = byStage.get(stage) ?? rowsOf(candidate, stage);
    byStage.set(stage, rows);
    return rows;
  };
}

/** The user's own school sheets (names and students; not a result sheet of ours) that may be read: the visible ones, else the hidden ones. */
function poolOf(own: readonly Candidate[], hidden: ReadonlySet<string>): Candidate[] {
  const visible = own.filter((c) => !hidden.has(c.grid.sheet));
  return visible.length > 0 ? visible : [...own];
}

/** A sheet's stage by its name or title (sheetStage), else, unless it is a sheet of combined schools, by its rows' types (stageOfRows). */
function sortOf(candidate: Candidate, rowsOf: RowsOf): Sorted {
  const named = candidate.title.stage;
  const rows = rowsOf(candidate, named);
  const records = rows.rows.map((r) => r.record);
  const combined = named === null && combinedSheet(candidate.grid, candidate.band, records);
  return { candidate, stage: named ?? (combined ? null : stageOfRows(records)), rows, combined };
}

/**
 * 小学 and 初中 kept on sheets of their own: among the sheets of one county and year of the
 * anchor's layout, one sheet for each stage, and with them any sheet of combined schools
 * (九年一贯制学校, read as any sheet: each row a whole school or a section). Stage sheets are read
 * with their stage; null when there is not exactly one primary and one junior sheet (two 小学
 * sheets of one year are not a list to add up), and a sheet of both stages that is neither (全部学校,
 * 汇总) is not read with them: it would count the schools twice.
 */
function stageSplit(kept: readonly Candidate[], anchor: Candidate, rowsOf: RowsOf): Sorted[] | null {
  const alike = alikeOf(kept, anchor);
  // One sheet alone is no split: its rows are read once, for what is read, not also to sort it.
  if (alike.length < 2) return null;
  const sorted = alike.map((c) => sortOf(c, rowsOf));
  const count = (stage: Stage) => sorted.filter((r) => r.stage === stage).length;
  return count("primary") === 1 && count("junior") === 1 ? sorted.filter((r) => r.stage !== null || r.combined) : null;
}

/** The sheets laid out as the anchor (countyYearSheets' sameLayout), the anchor among them. */
function alikeOf(kept: readonly Candidate[], anchor: Candidate): Candidate[] {
  return kept.filter((c) => sameLayout(c, anchor));
}

/** A school as the parts of one list must not share it: by name as written (folded) and stage. */
function schoolKeys(read: SheetRead): Set<string> {
  return new Set(read.rows.rows.map((r) => `${foldText(r.record.name)}|${r.record.stage ?? "whole"}`));
}

/** Whether no school stands on two of the sheets: a copy, a backup or an older version of a list repeats its schools. */
function disjoint(reads: readonly SheetRead[]): boolean {
  const seen = new Set<string>();
  for (const keys of reads.map(schoolKeys)) {
    for (const k of keys) if (seen.has(k)) return false;
    keys.forEach((k) => seen.add(k));
  }
  return true;
}

/** A sheet named for a part of a county's list: a township or area (城关镇, 河口乡, 城区, 农村) or a stage (城区小学). */
const PART_NAME = /镇|乡|街道|片区|学区|城区|农村|城镇|小学|初中|中学/;
/** A sheet of schools no longer in the list, or a copy of it (已撤并小学, 学校备份): never a part. */
const NOT_A_PART = /撤并|撤销|停办|停招|备份|副本|草稿|往年|历史/;

function namesPart(c: Candidate): boolean {
  return !NOT_A_PART.test(c.grid.sheet) && (PART_NAME.test(c.grid.sheet) || c.title.stage !== null);
}

/**
 * One county's list kept on several sheets of the anchor's layout (a sheet per township, 城区小学
 * beside 农村小学 and 初中): read together when each sheet is named for its part and no school
 * stands on two of them, each sheet with the stage its name or title states. Null for fewer than
 * two such sheets, for a sheet named otherwise (已撤并学校, Sheet1: not known to be a part), or when
 * they share a school (then they are versions of one list: the best is read alone, the others named).
 */
function partsOfOneList(kept: readonly Candidate[], anchor: Candidate, rowsOf: RowsOf): Sorted[] | null {
  const alike = alikeOf(kept, anchor);
  if (alike.length < 2 || !alike.every(namesPart)) return null;
  const reads = alike.map((c): Sorted => ({ candidate: c, stage: c.title.stage, rows: rowsOf(c, c.title.stage), combined: false, part: true }));
  return disjoint(reads) ? reads : null;
}

/**
 * The sheets of the anchor's layout read together: the stage sheets when they take in every such
 * sheet, else the parts of one list (a township sheet holding both stages is no stage sheet), else
 * the stage sheets with the others named (全部学校 beside 小学 and 初中 repeats their schools).
 */
function readTogether(kept: readonly Candidate[], anchor: Candidate, rowsOf: RowsOf): Sorted[] | null {
  const stages = stageSplit(kept, anchor, rowsOf);
  if (stages !== null && stages.length === alikeOf(kept, anchor).length) return stages;
  return partsOfOneList(kept, anchor, rowsOf) ?? stages;
}

/** The school sheets left unread, visible ones as a warning and hidden ones as a note, each list at its first sheet. */
function unreadIssues(sheets: string, others: readonly Candidate[], hidden: ReadonlySet<string>): Issue[] {
  const visible = others.filter((c) => !hidden.has(c.grid.sheet));
  const unseen = others.filter((c) => hidden.has(c.grid.sheet));
  const names = (list: readonly Candidate[]) => list.map((c) => c.grid.sheet).join(", ");
  return [
    ...(visible[0] === undefined ? [] : [issueAtCell("read_other_school_sheets", "warning", headerCell(visible[0]), { sheet: sheets, others: names(visible) })]),
    ...(unseen[0] === undefined ? [] : [issueAtCell("read_hidden_school_sheets", "info", headerCell(unseen[0]), { others: names(unseen) })]),
  ];
}

/** Each stage sheet and sheet of combined schools read together, said at its header. */
function stageIssues(reads: readonly Sorted[]): Issue[] {
  if (reads.length < 2) return [];
  return reads.map((r) => {
    const params = { sheet: r.candidate.grid.sheet, count: r.rows.rows.length };
    const at = headerCell(r.candidate);
    if (r.part === true) return issueAtCell("read_sheet_part", "info", at, params);
    return r.combined ? issueAtCell("read_combined_sheet", "info", at, params) : issueAtCell("read_stage_sheet", "info", at, { ...params, stage: r.stage ?? "" });
  });
}

/** Whether the sheets read hold the stage a sheet left out names: an older 小学 sheet left out beside this year's 初中 alone leaves the primary schools unread. */
function uncoveredStage(c: Candidate, reads: readonly SheetRead[]): Stage | null {
  const stage = c.title.stage;
  const held = reads.map((r) => r.stage ?? r.candidate.title.stage);
  return stage === null || held.includes(null) || held.includes(stage) ? null : stage;
}

/** What is said at a sheet left out, at the cell naming its year or county. */
function leftOutIssue(left: LeftOut, reads: readonly SheetRead[]): Issue {
  const read = reads.map((r) => r.candidate.grid.sheet).join(", ");
  const sheet = left.candidate.grid.sheet;
  if (left.why === "county") return issueAtCell("read_sheet_other_county", "warning", left.county.cell ?? headerCell(left.candidate), { sheet, county: left.county.county, chosen: left.chosen, read });
  const params = { sheet, year: left.year.year, latest: left.latest, read };
  const at = left.year.cell ?? headerCell(left.candidate);
  const stage = uncoveredStage(left.candidate, reads);
  if (stage === null) return issueAtCell("read_sheet_older_year", "info", at, params);
  return issueAtCell("read_sheet_year_differs", "warning", at, { ...params, stage });
}

/** The sheets left out by year or county, each said at its own title, and once at the first sheet read (at the title naming its year or county). */
function leftOutIssues(reads: readonly SheetRead[], leftOut: readonly LeftOut[]): Issue[] {
  const first = reads[0]?.candidate;
  if (first === undefined || leftOut.length === 0) return [];
  const cell = first.title.year?.cell ?? first.title.county?.cell ?? null;
  const params = { sheet: reads.map((r) => r.candidate.grid.sheet).join(", "), others: leftOut.map((l) => l.candidate.grid.sheet).join(", ") };
  return [issueAtCell("read_sheets_kept_apart", "info", cell ?? headerCell(first), params), ...leftOut.map((l) => leftOutIssue(l, reads))];
}

/** What the user is told: a hidden sheet read, each stage sheet read, the sheets left out by year or county, and the other school sheets left unread. */
function choiceIssues(reads: readonly Sorted[], own: readonly Candidate[], hidden: ReadonlySet<string>, leftOut: readonly LeftOut[]): Issue[] {
  const done = new Set([...reads.map((r) => r.candidate), ...leftOut.map((l) => l.candidate)]);
  const hiddenRead = reads.filter((r) => hidden.has(r.candidate.grid.sheet)).map((r) => issueAtCell("read_hidden_sheet_read", "warning", headerCell(r.candidate), { sheet: r.candidate.grid.sheet }));
  const sheets = reads.map((r) => r.candidate.grid.sheet).join(", ");
  return [...hiddenRead, ...stageIssues(reads), ...leftOutIssues(reads, leftOut), ...unreadIssues(sheets, own.filter((c) => !done.has(c)), hidden)];
}

/**
 * The school sheet(s) to read among the candidates (sheets with a recognised header). Sheets the
 * user sees win: a hidden or very hidden sheet (`hidden`, e.g. last year's data kept out of
 * sight) is read only when no visible sheet has school names and students, and then said to be
 * hidden. Only sheets of the latest year any sheet states, and not naming another county than the
 * sheet read first, are read (countyYearSheets; each sheet left out is said at its title). With
 * `split` (no sheet or range chosen by the user), a primary and a junior sheet of the same layout
 * are read together with any sheet of combined schools of that layout (stageSplit). Otherwise the
 * sheet recognised best is read and the other school sheets are named, each list at the first
 * one's header cell. A result sheet of ours is read only when no sheet of the user's qualifies.
 *
 * @example pickSchoolSheets([学校, 2019旧数据 (hidden, one more column)], new Set(["2019旧数据"]), true, rowsOf) // reads 学校; notes 2019旧数据 as a hidden school sheet
 * @example pickSchoolSheets([2023年小学, 2023年初中, 2024年小学, 2024年初中], new Set(), true, rowsOf) // reads 2024年小学 and 2024年初中; notes the 2023 sheets at their titles
 */
export function pickSchoolSheets(candidates: readonly Candidate[], hidden: ReadonlySet<string>, split: boolean, readRows: RowsOf): SchoolSheetChoice {
  const rowsOf = memoRows(readRows);
  const own = candidates.filter((c) => hasNameAndAnyStudents(c) && !isResultSheet(c.grid.sheet));
  const pool = poolOf(own, hidden);
  const scope = countyYearSheets(pool, bestCandidate);
  const anchor = bestCandidate(scope.kept);
  const together = split && anchor !== null ? readTogether(scope.kept, anchor, rowsOf) : null;
  if (together !== null) return { ok: true, reads: together, issues: choiceIssues(together, own, hidden, scope.leftOut) };
  const best = anchor ?? bestCandidate(candidates);
  if (best === null || !hasNameAndAnyStudents(best)) return { ok: false, best };
  const reads = [{ candidate: best, stage: null, rows: rowsOf(best, null), combined: false }];
  return { ok: true, reads, issues: choiceIssues(reads, own, hidden, scope.leftOut) };
}
