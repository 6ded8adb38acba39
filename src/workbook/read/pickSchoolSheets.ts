import type { Issue, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import { countyGroups, type CountyGroup } from "./countyGroups";
import { countyYearSheets, sameLayout, statedYears, yearNotStated, type LeftOut } from "./countyYearSheets";
import { nearLayout } from "./nearLayout";
import { copyIssues, sheetCopies, type SheetCopy } from "./sheetCopies";
import { copyDifferences, sheetSchoolKey } from "./copyDifferences";
import { bestCandidate, hasNameAndAnyStudents, isResultSheet, type Candidate } from "./pickSheets";
import { issueAtCell, issueOf } from "./issue";
import type { SchoolRows } from "./readSchoolRows";
import type { NamedCounty } from "./sheetCounty";
import { combinedSheet, stageOfRows } from "./sheetStage";

/** A school sheet read: its header, the stage it holds when it is a stage sheet (null: read alone, or a sheet of combined schools), its rows, and the county its sheets' titles name (null: none), which rows naming none are of. */
export interface SheetRead {
  readonly candidate: Candidate;
  readonly stage: Stage | null;
  readonly rows: SchoolRows;
  readonly county?: NamedCounty | null;
}

/** A sheet read with the stage sheets, and whether it holds schools of both stages (九年一贯制学校) or is one part of a list kept on several sheets (partsOfOneList). */
interface Sorted extends SheetRead {
  readonly combined: boolean;
  readonly part?: true;
}

/** Reads a candidate's school rows, on a stage sheet with that stage for rows that do not say theirs. */
export type RowsOf = (candidate: Candidate, stage: Stage | null) => SchoolRows;

/**
 * What pickSchoolSheets chose, with `years`: those the school sheets that may be read state
 * (statedYears), ascending — the years a user may choose to evaluate, which then pick the sheets.
 */
export type SchoolSheetChoice = Choice & { readonly years: number[] };

type Choice =
  /** `reads`: one sheet, or a primary and a junior stage sheet and any sheets of combined schools; `issues`: what the user is told about the choice. */
  | { readonly ok: true; readonly reads: readonly SheetRead[]; readonly issues: readonly Issue[] }
  /** No sheet has school names and students; `best` is the sheet that came closest, for the message. */
  | { readonly ok: false; readonly best: Candidate | null }
  /** The year chosen is stated by no school sheet while they state several (yearNotStated): `issue` names the years there are. */
  | { readonly ok: false; readonly best: null; readonly issue: Issue };

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

/** The candidates, the user's own school sheets among them (ownSheets) and those that may be read (poolOf). */
interface Sheets {
  readonly candidates: readonly Candidate[];
  readonly own: readonly Candidate[];
  readonly pool: readonly Candidate[];
  readonly hidden: ReadonlySet<string>;
}

/** The user's own school sheets: with names and students, and not a result sheet of ours. */
function ownSheets(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => hasNameAndAnyStudents(c) && !isResultSheet(c.grid.sheet));
}

/** The user's own school sheets (ownSheets) that may be read: the visible ones, else the hidden ones. */
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

/** The sheets laid out as the anchor, or nearly (nearLayout), the anchor among them. */
function alikeOf(kept: readonly Candidate[], anchor: Candidate): Candidate[] {
  return kept.filter((c) => sameLayout(c, anchor) || nearLayout(c, anchor));
}

/** A school as the parts of one list must not share it: by name as written (folded) and stage. */
function schoolKeys(read: SheetRead): Set<string> {
  return new Set(read.rows.rows.map((r) => sheetSchoolKey(r.record)));
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

/**
 * A sheet named for a part of a county's list: a township or area (城关镇, 河口乡, 城区, 农村), a
 * stage (城区小学) or a kind of school (学校, 教学点, 村小, 九年一贯制学校, 特殊教育学校): rules.md §2
 * counts every 小学 with its 教学点, so a 教学点 sheet beside 学校 is part of the list.
 */
const PART_NAME = /镇|乡|街道|片区|学区|城区|农村|城镇|小学|初中|中学|学校|教学点|村小|完小|一贯|完中|特教/;
/** A sheet of teaching points or village schools: primary, though its name says no 小学 (stageNamed). */
const PRIMARY_PART = /教学点|村小|完小/;
/** A sheet of teaching points only: its name types a row saying nothing as 教学点 (readSchoolRows' sheetNameType), which a sheet stage would override. */
const POINTS_ONLY = /^[^含包括及和与]*教学点[^含包括及和与]*$/;
/** A sheet of schools no longer in the list, or a copy of it (已撤并小学, 学校备份): never a part. */
const NOT_A_PART = /撤并|撤销|停办|停招|备份|副本|草稿|往年|历史/;

/** A sheet named for a part (PART_NAME), titled for a stage, or named for the county its title names (北山县 beside 北山县教学点: the county's main list). */
function namesPart(c: Candidate): boolean {
  const name = c.grid.sheet.trim();
  return !NOT_A_PART.test(name) && (PART_NAME.test(name) || c.title.stage !== null || name === c.title.county?.county);
}

/** The stage a part's rows take when they say none: its name's or title's, else primary for a 村小 (or 村小及教学点) sheet; none for a 教学点 sheet, whose name types its rows. */
function partStage(c: Candidate): Stage | null {
  const name = c.grid.sheet;
  return c.title.stage ?? (PRIMARY_PART.test(name) && !POINTS_ONLY.test(name) ? "primary" : null);
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
  const reads = alike.map((c): Sorted => ({ candidate: c, stage: partStage(c), rows: rowsOf(c, partStage(c)), combined: false, part: true }));
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

/** What is said at a sheet left out, at the cell naming its year or county; a stage it alone holds left unread is warned of (read_sheet_year_differs, `latest` the year read). */
function leftOutIssue(left: LeftOut, reads: readonly SheetRead[]): Issue {
  const read = reads.map((r) => r.candidate.grid.sheet).join(", ");
  const sheet = left.candidate.grid.sheet;
  if (left.why === "county") return issueAtCell("read_sheet_other_county", "warning", left.county.cell ?? headerCell(left.candidate), { sheet, county: left.county.county, chosen: left.chosen, read });
  const params = { sheet, year: left.year.year, latest: left.why === "older" ? left.latest : left.chosen, read };
  const at = left.year.cell ?? headerCell(left.candidate);
  const stage = uncoveredStage(left.candidate, reads);
  if (stage !== null) return issueAtCell("read_sheet_year_differs", "warning", at, { ...params, stage });
  if (left.why === "older") return issueAtCell("read_sheet_older_year", "info", at, params);
  return issueAtCell("read_sheet_not_chosen_year", "info", at, { sheet, year: left.year.year, chosen: left.chosen, read });
}

/** The error for a chosen year no school sheet states (yearNotStated's `years`): the years there are, each with its sheets. */
function noSheetOfYear(year: number, years: readonly { readonly year: number; readonly sheets: readonly string[] }[]): Choice {
  const params = { year, years: years.map((y) => y.year).join(", "), sheets: years.map((y) => `${y.year}: ${y.sheets.join(", ")}`).join("; ") };
  return { ok: false, best: null, issue: issueOf("read_no_school_sheet_of_year", "error", params) };
}

/** The sheets left out by year or county, each said at its own title, and once at the first sheet read (at the title naming its year or county). */
function leftOutIssues(reads: readonly SheetRead[], leftOut: readonly LeftOut[]): Issue[] {
  const first = reads[0]?.candidate;
  if (first === undefined || leftOut.length === 0) return [];
  const cell = first.title.year?.cell ?? first.title.county?.cell ?? null;
  const params = { sheet: reads.map((r) => r.candidate.grid.sheet).join(", "), others: leftOut.map((l) => l.candidate.grid.sheet).join(", ") };
  return [issueAtCell("read_sheets_kept_apart", "info", cell ?? headerCell(first), params), ...leftOut.map((l) => leftOutIssue(l, reads))];
}

/** Each county's sheets read, said at each sheet (at the title naming its county), when sheets of several counties are read. */
function countyIssues(byCounty: readonly (readonly Sorted[])[]): Issue[] {
  if (byCounty.length < 2) return [];
  return byCounty.flat().flatMap((r) => {
    const county = r.county?.county;
    const at = r.candidate.title.county?.cell ?? headerCell(r.candidate);
    return county === undefined ? [] : [issueAtCell("read_county_sheet", "info", at, { sheet: r.candidate.grid.sheet, county, count: r.rows.rows.length })];
  });
}

/** What the user is told: a hidden sheet read, each stage sheet read, each county's sheets, the sheets left out by year or county or as copies, and the other school sheets left unread. */
function choiceIssues(byCounty: readonly (readonly Sorted[])[], own: readonly Candidate[], hidden: ReadonlySet<string>, leftOut: readonly LeftOut[], apart: Apart = { copies: [], unknown: [] }): Issue[] {
  const reads = byCounty.flat();
  const done = new Set([...reads.map((r) => r.candidate), ...leftOut.map((l) => l.candidate), ...apart.copies.map((c) => c.copy), ...apart.unknown]);
  const hiddenRead = reads.filter((r) => hidden.has(r.candidate.grid.sheet)).map((r) => issueAtCell("read_hidden_sheet_read", "warning", headerCell(r.candidate), { sheet: r.candidate.grid.sheet }));
  const sheets = reads.map((r) => r.candidate.grid.sheet).join(", ");
  return [...hiddenRead, ...byCounty.flatMap(stageIssues), ...countyIssues(byCounty), ...leftOutIssues(reads, leftOut), ...copyIssues(apart.copies), ...unknownCountyIssues(apart.unknown, byCounty), ...unreadIssues(sheets, own.filter((c) => !done.has(c)), hidden)];
}

/** Sheets left out of a county's reading: copies of a sheet read (sheetCopies), and sheets of a county not known beside several counties' (countyGroups' `unknown`). */
interface Apart {
  readonly copies: readonly SheetCopy[];
  readonly unknown: readonly Candidate[];
}

/** A warning at each sheet of a county not known, naming the counties read. */
function unknownCountyIssues(unknown: readonly Candidate[], byCounty: readonly (readonly Sorted[])[]): Issue[] {
  const counties = [...new Set(byCounty.flatMap((g) => g.flatMap((r) => (r.county ? [r.county.county] : []))))].join(", ");
  return unknown.map((c) => issueAtCell("read_sheet_county_unknown", "warning", headerCell(c), { sheet: c.grid.sheet, counties }));
}

/** A sheet read alone (no stage given to its rows). */
function alone(candidate: Candidate, rowsOf: RowsOf): Sorted {
  return { candidate, stage: null, rows: rowsOf(candidate, null), combined: false };
}

/** The copies among the sheets of the anchor's layout (sheetCopies), a school as schoolKeys says it, read with the sheet's stage; each with how its numbers differ from those read in its place (copyDifferences). */
function copiesOf(sheets: readonly Candidate[], anchor: Candidate, rowsOf: RowsOf): SheetCopy[] {
  const alike = alikeOf(sheets, anchor);
  const records = (c: Candidate) => rowsOf(c, c.title.stage).rows.map((r) => r.record);
  const copies = alike.length < 2 ? [] : sheetCopies(alike, (c) => schoolKeys({ candidate: c, stage: c.title.stage, rows: rowsOf(c, c.title.stage) }));
  return copies.map((k) => ({ ...k, differences: copyDifferences(records(k.copy), k.of.flatMap(records)) }));
}

/** One county's sheets read: together (readTogether) or its best sheet alone, copies of a sheet left out (the anchor's original read when it is one), each with the county the group's titles name. */
function readGroup(group: CountyGroup, best: Candidate | null, rowsOf: RowsOf): { reads: Sorted[]; copies: SheetCopy[] } {
  if (best === null) return { reads: [], copies: [] };
  const copies = copiesOf(group.sheets, best, rowsOf);
  const kept = group.sheets.filter((c) => !copies.some((k) => k.copy === c));
  const anchor = copies.find((k) => k.copy === best)?.of[0] ?? best;
  const reads = readTogether(kept, anchor, rowsOf) ?? [alone(anchor, rowsOf)];
  // A sheet read naming the county before one only of the group (its name then is said at a sheet read).
  const county = [...reads.map((r) => r.candidate), ...group.sheets].find((c) => c.title.county !== null)?.title.county ?? null;
  return { reads: reads.map((r) => ({ ...r, county })), copies };
}

/**
 * The school sheet(s) to read among the candidates (sheets with a recognised header). Sheets the
 * user sees win: a hidden or very hidden sheet (`hidden`, e.g. last year's data kept out of
 * sight) is read only when no visible sheet has school names and students, and then said to be
 * hidden. Only sheets of the year chosen (`year`: --year, the task pane's 评估年度), else of the
 * latest year any sheet states, and not naming another county than the sheet read first, are read
 * (countyYearSheets; each sheet left out is said at its title); a year chosen that no sheet states,
 * among sheets of several years, is an error naming them (yearNotStated). With
 * `split` (no sheet or range chosen by the user), a primary and a junior sheet of the same layout
 * are read together with any sheet of combined schools of that layout (stageSplit), or the parts
 * of one list (学校 beside 教学点: partsOfOneList), and the sheets of each other county of that
 * layout are read as that county's (a city workbook with a sheet per county: countyGroups). Otherwise the
 * sheet recognised best is read and the other school sheets are named, each list at the first
 * one's header cell. A result sheet of ours is read only when no sheet of the user's qualifies.
 * Whatever is read, `years` gives the years the sheets that may be read state.
 *
 * @example pickSchoolSheets([学校, 2019旧数据 (hidden, one more column)], new Set(["2019旧数据"]), true, rowsOf) // reads 学校; notes 2019旧数据 as a hidden school sheet
 * @example pickSchoolSheets([2023年小学, 2023年初中, 2024年小学, 2024年初中], new Set(), true, rowsOf) // reads 2024年小学 and 2024年初中; notes the 2023 sheets at their titles
 * @example pickSchoolSheets([2024年学校, 2025年学校], new Set(), true, rowsOf, 2024) // reads 2024年学校; notes 2025年学校 (read_sheet_not_chosen_year) at its title
 * @example pickSchoolSheets([北山县 (titled 北山县…), 南湖县 (titled 南湖县…)], new Set(), true, rowsOf) // reads both, county 北山县 and 南湖县; read_county_sheet at each title
 */
export function pickSchoolSheets(candidates: readonly Candidate[], hidden: ReadonlySet<string>, split: boolean, readRows: RowsOf, year: number | null = null): SchoolSheetChoice {
  const own = ownSheets(candidates);
  const pool = poolOf(own, hidden);
  return { ...choose({ candidates, own, pool, hidden }, split, memoRows(readRows), year), years: statedYears(pool, bestCandidate(pool)) };
}

/** The sheets pickSchoolSheets reads from `pool` (its user's own sheets that may be read, `own` all of them). */
function choose({ candidates, own, pool, hidden }: Sheets, split: boolean, rowsOf: RowsOf, year: number | null): Choice {
  const missing = yearNotStated(pool, bestCandidate(pool), year);
  if (missing !== null && year !== null) return noSheetOfYear(year, missing);
  const scope = countyYearSheets(pool, bestCandidate, year);
  const anchor = bestCandidate(scope.kept);
  if (split && anchor !== null) {
    const byCounty = countyGroups(scope.kept, scope.leftOut, anchor);
    const groups = byCounty.groups.map((g, i) => readGroup(g, i === 0 ? anchor : bestCandidate(g.sheets), rowsOf));
    const reads = groups.map((g) => g.reads);
    return { ok: true, reads: reads.flat(), issues: choiceIssues(reads, own, hidden, byCounty.leftOut, { copies: groups.flatMap((g) => g.copies), unknown: byCounty.unknown }) };
  }
  const best = anchor ?? bestCandidate(candidates);
  if (best === null || !hasNameAndAnyStudents(best)) return { ok: false, best };
  const reads = [{ ...alone(best, rowsOf), county: best.title.county }];
  return { ok: true, reads, issues: choiceIssues([reads], own, hidden, scope.leftOut) };
}
