import type { EvaluationInput, FieldKey, Issue, SchoolRecord, Stage } from "../../engine/types";
import { a1, cellPlace, columnLetters, qualified, rangeAddress } from "../address";
import type { Grid, WorkbookSource } from "../types";
import { headerRowOf, likelyHeaderRow } from "./findHeader";
import { issueAtCell, issueOf } from "./issue";
import { notingCellsLeftOut } from "./cellsLeftOutIssues";
import { groupColumnNotes } from "./columnNotes";
import { linesOfRowsNotRead } from "./linesOfRowsNotRead";
import type { MetaKey, Part } from "./keys";
import type { RoleFixes } from "./matchColumns";
import { mergeCampuses } from "./mergeCampuses";
import { groundMissing, missingColumnIssues } from "./missingColumnIssues";
import { qualifiedStageIssues } from "./qualifiedStageIssues";
import { unitPlausibilityIssues, unreadMoneyCells, unreadMoneyColumns, type UnreadMoney } from "./unitPlausibilityIssues";
import { withoutColumns, type UnreadColumn } from "./withoutColumns";
import { headerCell, pickSchoolSheets, type SchoolSheetChoice, type SheetRead } from "./pickSchoolSheets";
import { candidateOf, hasNameAndAnyStudents, isResultSheet, type Candidate } from "./pickSheets";
import { earlierResultsIssues } from "./earlierResults";
import { readCountyFigures, withStages, type CountyFigures } from "./readCountyFigures";
import { withVetoesPending } from "./vetoesPending";
import { readRuleRows } from "./readRuleSheet";
import { readSchoolRows } from "./readSchoolRows";
import { loadSheet } from "./loadSheet";
import { headerExtent } from "./mappingExtent";
import { findSheets, type SheetsFound } from "./findSheets";
import { sheetCounties } from "./sheetCounties";
import { sheetFixes } from "./sheetFixes";
import { rangeNoHeader } from "./rangeNoHeader";
import { underHeader } from "./rangeUnderHeader";
import { boxBelow, schoolBelow } from "./schoolBelow";
import { nameYearDiffers, type TitleYear } from "./titleYear";
import { otherYearIssue, withRemarkYears } from "./figuresYear";

export interface ReadOptions {
  /** The school sheet; by default the sheet whose header is recognised best. */
  sheet?: string;
  /** A1 range of the school sheet to read, e.g. `A1:Z200`. */
  range?: string;
  /** Default false: hidden / filtered rows are reported and skipped. */
  includeHidden?: boolean;
  /** User fixes from the task pane: a 0-based sheet column per role (field or meta key, stage, part) and columns to ignore (matchColumns.ts); a plain field → column record is read as roles without stage or part. */
  mapping?: RoleFixes | Partial<Record<FieldKey | MetaKey, number>>;
  /** The year the user chose to evaluate (--year, the task pane's 评估年度): the school sheets of that year are read when sheets of several years are there (none of it among them: an error naming them), and a figures sheet of another year is left out; by default the schools' title's year. */
  year?: number;
}

export interface ColumnMapping {
  sheet: string;
  /** 0-based sheet rows. */
  headerRows: { top: number; bottom: number };
  /** 0-based sheet rows from the first row under the header to the last school row. */
  dataRows: { top: number; bottom: number };
  columns: Array<{
    column: number;
    address: string;
    /** The column's own header cell, e.g. `学校基本情况!H4` under a group merged over G3:K3 (see HeaderColumn.headerRow). */
    headerCell: string;
    header: string;
    field: string;
    stage: Stage | null;
    unitFactor: number;
    /** The unit the factor comes from as the sheet states it (万元, 万平方米, 亩); null when the column is read as it is. */
    unit: string | null;
    /** For columns that add up to a field (L1 degrees, L3 subjects): which part; null otherwise. */
    part: Part | null;
    /** Set when the user gave the column its role (--map, the task pane's mapping); absent for a column the reader recognised. */
    byHand?: true;
  }>;
  unmatched: Array<{ column: number; header: string }>;
  missing: string[];
  /** The other school sheets read (小学 beside 初中) whose columns differ from this sheet's, each with its own mapping; absent when there are none. */
  otherSheets?: ColumnMapping[];
}

export type ReadResult =
  | {
      ok: true;
      input: EvaluationInput;
      mapping: ColumnMapping;
      issues: Issue[];
      ruleOverride: unknown | null;
      ruleSheet: string | null;
      /** The county figures sheets read, in sheet order (none when no sheet gives figures). */
      figuresSheets: string[];
      /** The years the school sheets looked at state (pickSchoolSheets' `years`), ascending: the years `year` may choose among. */
      sheetYears: number[];
    }
  /**
   * Nothing could be read. `mapping`: the header found on the sheet that came closest, when it lacks
   * a required column (read_missing_columns), so that a front end can show its columns and let the
   * user say which one holds the missing field (在籍人数 for 在校生数).
   */
  | { ok: false; issues: Issue[]; mapping?: ColumnMapping; sheetYears?: number[] };

/** The two columns without which nothing can be read (field keys; the message shows their labels). */
export const REQUIRED_KEYS: readonly string[] = ["name", "students"];

function fail(issue: Issue): ReadResult {
  return { ok: false, issues: [issue] };
}

function noHeader(grids: readonly Grid[], chosen: Candidate | null, range?: string): ReadResult {
  if (chosen !== null) {
    const found = chosen.band.columns.map((c) => c.path.join("/")).join(" | ");
    const params = { sheet: chosen.grid.sheet, fieldList: chosen.matched.missing.filter((k) => REQUIRED_KEYS.includes(k)).join(","), found };
    // At the header's cells, so that the user is taken to the header the reader looked in (the pane selects it; 数据问题 links to it).
    const mapping = mappingOf(chosen, null);
    const issue = issueAtCell("read_missing_columns", "error", headerExtent(mapping), params);
    // A students column left unread for the sheet's senior students, for a unit no count is in (在校生数（万人）), or mapped onto an empty column (--map 在校生数=ZZ), is why students are missing: said with it.
    const why = chosen.matched.issues.filter((i) => i.code === "read_students_whole_senior" || ((i.code === "read_unit_unsupported" || i.code === "read_mapping_empty_column") && REQUIRED_KEYS.includes(String(i.params["field"]))));
    return { ok: false, issues: [issue, ...why], mapping };
  }
  // Each sheet named by itself (sheetList), and `count` to choose the words for one sheet or several.
  const sheets = { sheet: grids[0]?.sheet ?? "", sheetList: grids.map((g) => g.sheet).join("、"), count: grids.length };
  const withTexts = grids.map((g) => ({ sheet: g.sheet, found: likelyHeaderRow(g) })).find((g) => g.found !== null);
  // The texts quoted are of one row of one sheet, named with them: a note line (本表为填报说明) is no header.
  if (withTexts?.found) return fail(issueOf("read_no_header", "error", { ...sheets, sheet: withTexts.sheet, fieldList: REQUIRED_KEYS.join(","), foundRow: withTexts.found.row, found: withTexts.found.texts.join(" | ") }));
  // Nothing to name as found: say the sheets are empty, or that nothing in them looks like a header.
  const empty = grids.every((g) => g.values.every((row) => row.every((v) => v === null)));
  // An empty range the user typed (ZZ1:ZZ9) is the range's emptiness, at its first cell, not the sheet's.
  if (empty && range !== undefined && grids[0] !== undefined) return fail(issueAtCell("read_range_empty", "error", qualified(grids[0].sheet, range.split(":")[0] ?? "A1"), { range, sheet: sheets.sheet }));
  const at = grids[0] === undefined ? null : qualified(grids[0].sheet, "A1");
  return fail(issueAtCell(empty ? "read_sheets_empty" : "read_no_header_texts", "error", at, { ...sheets, fieldList: REQUIRED_KEYS.join(",") }));
}

function mappingOf(c: Candidate, lastRow: number | null): ColumnMapping {
  return {
    sheet: c.grid.sheet,
    headerRows: { top: c.band.top, bottom: c.band.bottom },
    dataRows: { top: c.band.dataTop, bottom: lastRow ?? c.band.dataTop },
    columns: c.matched.roles.map((r) => ({
      column: r.column,
      address: columnLetters(r.column),
      headerCell: qualified(c.grid.sheet, a1(headerRowOf(c.band, r.column), r.column)),
      header: r.header,
      field: r.key,
      stage: r.stage,
      unitFactor: r.unitFactor,
      unit: r.unit ?? null,
      part: r.part,
      ...(r.byHand === true ? { byHand: true as const } : {}),
    })),
    unmatched: c.matched.unmatched.map((u) => ({ ...u })),
    missing: [...c.matched.missing],
  };
}

/** What a mapping reads from where: each column's address, field, stage, part and unit (header texts may differ: 校名 for 学校名称). */
function mappingKey(m: ColumnMapping): string {
  return JSON.stringify(m.columns.map((c) => [c.address, c.field, c.stage, c.part, c.unitFactor]));
}

/** The first sheet's mapping, with the other sheets read whose columns differ each with its own (the 列对应关系 table and the JSON show them). */
function withOtherSheets(first: ColumnMapping, reads: readonly SheetRead[]): ColumnMapping {
  const others = reads.slice(1).map((r) => mappingOf(r.candidate, r.rows.lastRow)).filter((m) => mappingKey(m) !== mappingKey(first));
  return others.length === 0 ? first : { ...first, otherSheets: others };
}

/**
 * County figures from every sheet that is a figures list (not a school table giving no figure), in sheet order (a county may keep 政府保障程度
 * and 教育质量 apart); an item given on two sheets is the engine's duplicate, said at the second
 * cell (figuresByCode). `sheet` names them all, comma-separated. Sheets already read for the school
 * search are not read again. Hidden rows are read only with `includeHidden`, as school rows are.
 * A sheet's title naming a county is read beside the school counties `schools` (figuresCounty).
 */
async function figuresOf(source: WorkbookSource, names: readonly string[], read: readonly Grid[], year: number | null, includeHidden: boolean, schools: readonly string[]): Promise<{ sheets: string[]; figures: CountyFigures } | null> {
  const all: { sheet: string; figures: CountyFigures }[] = [];
  const otherYears: Issue[] = [];
  for (const name of names) {
    const grid = read.find((g) => g.sheet === name) ?? (await loadSheet(source, name));
    const sheetFigures = readCountyFigures(grid, includeHidden, schools);
    // 96.8%（2023年） evaluated for 2024 may be last year's: warned at its cell.
    const figures = sheetFigures === null ? null : withRemarkYears(grid, sheetFigures, year);
    if (onlySchoolTable(grid, figures)) continue;
    // 2023年县级指标 (or 县级指标 titled 2023年…) beside this year's schools is last year's: read with this year's it would judge the county by it.
    const other = figures === null ? null : otherYearIssue(grid, figures, year);
    if (other !== null) otherYears.push(other);
    else if (figures !== null) all.push({ sheet: name, figures });
  }
  // A result sheet of ours (汇总 | 项目 | 结论, in either language) reads like a figures list: it is
  // taken only when no sheet of the user's gives figures (a user's own sheet may bear such a name).
  const own = all.filter((f) => !isResultSheet(f.sheet));
  const found = own.length > 0 ? own : all;
  if (found.length === 0 && otherYears.length === 0) return null;
  // Stage-less G7 / G13 figures are given their stages over all the sheets: a stage given on its own on another sheet keeps its own.
  // A veto 无 on one sheet is not cleared beside its 待核实 on another (withVetoesPending), nor on two rows of one.
  const staged = withVetoesPending(withStages(found.map((f) => f.figures)));
  const figures = { figures: staged.figures, issues: [...otherYears, ...staged.issues] };
  return { sheets: found.map((f) => f.sheet), figures };
}

/**
 * Whether a sheet is a school table (school names and students) giving no figure above its header.
 * A school table not read (last year's 2023学校 beside the 2024学校 chosen) is no figures list,
 * though its columns read as items across, each school's row as a county's (完成360学时培训（人） |
 * 20 → G9 = 20). A figures list with its small schools listed under its items (学校名称 | 在校生数 |
 * 公用经费 below 初中三年巩固率 | 97%) looks like a school table too, but gives its figures above it.
 *
 * @example onlySchoolTable(2023学校 [学校名称 | 在校生数 | 完成360学时培训（人）; 一小 | 300 | 20], G9 at C2) // true
 */
function onlySchoolTable(grid: Grid, figures: CountyFigures | null): boolean {
  const candidate = candidateOf(grid, {});
  if (candidate === null || !hasNameAndAnyStudents(candidate)) return false;
  const above = (cell: string | null) => (cellPlace(cell)?.row ?? Infinity) < candidate.band.top;
  return !(figures?.figures ?? []).some((f) => above(f.cell));
}

/** The header's issues, then what is said about the choice of sheet (`choice`), then the indicator columns missing (missingColumnIssues), at the header. */
function sheetIssues(c: Candidate, choice: readonly Issue[]): Issue[] {
  const issues: Issue[] = [...c.matched.issues, ...choice];
  // matched.missing holds EXPECTED_KEYS only (matchColumns): the indicator columns are what is left without the two required ones.
  // Indoor rooms without the ground area or the total: L5 lacks the ground area at every school (groundMissing).
  const missing = [...c.matched.missing.filter((k) => !REQUIRED_KEYS.includes(k)), ...groundMissing(c.matched.roles.map((r) => r.key))];
  // A header one slip from a missing field's name (教学及辅助用方面积) is suggested for it, never read as it.
  return [...issues, ...missingColumnIssues(c.band, missing, c.matched.unmatched.map((u) => u.column), headerCell(c))];
}

/** The year read from the title, said where it was found (the caller's own year, e.g. --year, overrides it). */
function yearIssues(year: TitleYear | null, sheet: string): Issue[] {
  if (year === null) return [];
  const named = nameYearDiffers(sheet, year);
  const differs = named === null ? [] : [issueAtCell("read_year_name_differs", "warning", year.cell, { sheet, named, year: year.year })];
  // Said where the year came from: the title's cell, or (no cell) the sheet's name.
  return [issueAtCell(year.cell === null ? "read_year_from_sheet_name" : "read_year_from_title", "info", year.cell, year.cell === null ? { year: year.year, sheet } : { year: year.year }), ...differs];
}

/**
 * The year of the sheets read, with the sheet that states it: the first one's title (or name) that
 * states it; a 小学 sheet without a year read with 某县2024年初中… is of 2024 (the sheets of other
 * years are left out: countyYearSheets).
 */
function yearOfReads(reads: readonly SheetRead[]): { year: TitleYear; sheet: string } | null {
  const read = reads.find((r) => r.candidate.title.year !== null);
  const year = read?.candidate.title.year ?? null;
  return read === undefined || year === null ? null : { year, sheet: read.candidate.grid.sheet };
}

/** A range given without a sheet applies to the school sheet chosen: said, with that sheet. */
function rangeIssues(options: ReadOptions, c: Candidate): Issue[] {
  if (options.range === undefined || options.sheet !== undefined) return [];
  return [issueAtCell("read_range_applied", "info", headerCell(c), { range: options.range, sheet: c.grid.sheet })];
}

/**
 * A range that ends above more schools (a school under its last row, schoolBelow): said at the
 * first left out, since a range fixed once drops the school added under it without a word.
 */
async function rangeEndIssues(source: WorkbookSource, range: string | undefined, reads: readonly SheetRead[]): Promise<Issue[]> {
  if (range === undefined) return [];
  const issues: Issue[] = [];
  for (const { candidate: c } of reads) {
    const box = boxBelow(c.grid);
    const below = box === null ? null : schoolBelow(await loadSheet(source, c.grid.sheet, rangeAddress(box)), c.matched.roles);
    if (below !== null) issues.push(issueAtCell("read_range_ends_above_schools", "warning", below.cell, { range, sheet: c.grid.sheet, name: below.name }));
  }
  return issues;
}

/** The header's issues without read_unit_assumed (“read as 元”) at a column that was not read at all (read_money_unit_unstated at the same cell). */
function withoutAssumedUnread(issues: readonly Issue[], moneyIssues: readonly Issue[]): Issue[] {
  const unread = new Set(moneyIssues.filter((i) => i.code === "read_money_unit_unstated").map((i) => i.cell));
  return issues.filter((i) => i.code !== "read_unit_assumed" || !unread.has(i.cell));
}

/** The money columns of the sheets read whose values are not used: no unit stated, and 万元 by all appearance (unreadMoneyColumns). */
function unreadMoney(records: readonly SchoolRecord[], reads: readonly SheetRead[]): (UnreadColumn & UnreadMoney)[] {
  return reads.flatMap((r) => unreadMoneyColumns(sheetRecords(records, reads, r), r.candidate.matched.roles, r.candidate.band).map((u) => ({ ...u, sheet: r.candidate.grid.sheet })));
}

/** The records read from one of the sheets (all of them when one sheet was read). */
function sheetRecords(records: readonly SchoolRecord[], reads: readonly SheetRead[], read: SheetRead): readonly SchoolRecord[] {
  return reads.length === 1 ? records : records.filter((r) => r.source?.sheet === read.candidate.grid.sheet);
}

/**
 * Reads a county's workbook into the engine's input (workbooks.md "What bureaus already keep"):
 * the school sheet (options.sheet, else the sheet whose header is recognised best; a visible sheet
 * before a hidden one; the latest year's sheets, of one county; 小学 and 初中 sheets of the same
 * layout both, with a 九年一贯制 sheet of that layout — pickSchoolSheets), county
 * figures from a 项目 | 数值 sheet, and a rule override from a 规则 sheet. Every value that
 * cannot be read is an issue with its cell address; nothing is guessed. `input.year` is the year
 * the sheet's title states (titleYear), else null; the caller may set its own. ok:false when no sheet has a header with school names and students, or
 * the header has no school rows under it.
 *
 * @example readWorkbook(sourceOf([gridOf([["学校名称", "在校生数"], ["一小", 300]])])) // ok, one primary record
 */
export async function readWorkbook(source: WorkbookSource, options: ReadOptions = {}): Promise<ReadResult> {
  // Cells a source left out of a grid (a value far from the data) are said whether or not the rest reads.
  const noting = notingCellsLeftOut(source);
  const result = await readFrom(noting.source, options);
  // A column of numbers stored as text is said once, not at each of its cells (columnNotes).
  return { ...result, issues: groupColumnNotes([...result.issues, ...noting.issues()]) };
}

/** A read ended before it found schools: the result saying why. */
interface Failed {
  readonly failed: ReadResult;
}

/** The school sheets chosen (pickSchoolSheets) and the first of them. */
interface SheetsChosen {
  readonly choice: Extract<SchoolSheetChoice, { ok: true }>;
  readonly first: SheetRead;
}

/** The school sheets to read among those found, or the result saying why none: a year no sheet states, a range without a header, no header at all. */
async function chooseSheets(source: WorkbookSource, found: SheetsFound, options: ReadOptions): Promise<SheetsChosen | Failed> {
  const rowsOf = (c: Candidate, stage: Stage | null) => readSchoolRows(c.grid, c.band, c.matched.roles, options.includeHidden === true, stage);
  const choice = pickSchoolSheets(found.candidates, found.hidden, options.sheet === undefined && options.range === undefined, rowsOf, options.year ?? null);
  // A year chosen that no sheet states: the years there are come with the error, for the user to choose one.
  if (!choice.ok && "issue" in choice) return { failed: { ...fail(choice.issue), sheetYears: choice.years } };
  const first = choice.ok ? choice.reads[0] : undefined;
  const best = choice.ok ? null : choice.best;
  // A range without a header is the range's fault: said with where the header is (rangeNoHeader).
  if ((!choice.ok || first === undefined) && best === null && options.range !== undefined) return { failed: fail(await rangeNoHeader(source, found.grids, options.range, (n) => sheetFixes(options.mapping, n))) };
  if (!choice.ok || first === undefined) return { failed: noHeader(found.grids, best, options.range) };
  return { choice, first };
}

/** The schools of the sheets chosen, their counties and campuses sorted out. */
interface SchoolsRead extends SheetsChosen {
  readonly found: SheetsFound;
  readonly countied: ReturnType<typeof sheetCounties>;
  readonly merged: ReturnType<typeof mergeCampuses>;
}

/** The schools of the sheets chosen: counties first, so that 城关一小 on 北山县's sheet and on 南湖县's are two schools, not one repeated. */
function schoolsOf(found: SheetsFound, chosen: SheetsChosen): SchoolsRead {
  const countied = sheetCounties(chosen.choice.reads);
  return { ...chosen, found, countied, merged: mergeCampuses(countied.rows) };
}

/** The county figures of the sheets that are none of the schools', rules' or earlier results' (figuresOf), for the year asked or the sheets state. */
async function figuresFor(source: WorkbookSource, options: ReadOptions, schools: SchoolsRead, year: number | null): ReturnType<typeof figuresOf> {
  const { found, choice, merged } = schools;
  const sheetsRead = new Set(choice.reads.map((r) => r.candidate.grid.sheet));
  const names = found.names.filter((n) => found.notRules(n) && !sheetsRead.has(n) && !found.earlier.has(n));
  return figuresOf(source, names, options.range === undefined ? found.grids : [], options.year ?? year, options.includeHidden === true, [...new Set(merged.records.flatMap((r) => r.county ?? []))]);
}

/** The money and degree checks of each sheet read, on its own records: money columns not used (unreadMoney) and what the checks say. */
function recordChecks(records: readonly SchoolRecord[], reads: readonly SheetRead[]): { unread: (UnreadColumn & UnreadMoney)[]; moneyIssues: Issue[]; degreeIssues: Issue[] } {
  const unread = unreadMoney(records, reads);
  const moneyIssues = reads.flatMap((r) => unitPlausibilityIssues(sheetRecords(records, reads, r), r.candidate.matched.roles, r.candidate.band, unread.filter((u) => u.sheet === r.candidate.grid.sheet)));
  const degreeIssues = reads.flatMap((r) => qualifiedStageIssues(sheetRecords(records, reads, r), r.candidate.matched.roles, r.candidate.band));
  return { unread, moneyIssues, degreeIssues };
}

/**
 * Reads what comes with the schools and makes the result: the rule sheet's rows (checked against
 * the profile by the caller, who knows which one the user chose: overriddenProfile), the county
 * figures, the checks of the records, and every issue in the order the user sees them.
 */
async function withSchools(source: WorkbookSource, options: ReadOptions, schools: SchoolsRead): Promise<ReadResult> {
  const { found, choice, first, countied, merged } = schools;
  const rules = found.rulePick.sheet === null ? null : readRuleRows(await loadSheet(source, found.rulePick.sheet), found.rulePick.hidden);
  const stated = yearOfReads(choice.reads);
  const year = stated?.year ?? null;
  const figures = await figuresFor(source, options, schools, year?.year ?? null);
  const checks = recordChecks(merged.records, choice.reads);
  const endIssues = await rangeEndIssues(source, options.range, choice.reads);
  const headerIssues = choice.reads.flatMap((r, i) => sheetIssues(r.candidate, i === 0 ? [...choice.issues, ...rangeIssues(options, first.candidate)] : []));
  const issues = [...withoutAssumedUnread(headerIssues, checks.moneyIssues), ...earlierResultsIssues([...found.earlier.keys()]), ...yearIssues(year, stated?.sheet ?? ""), ...countied.issues, ...checks.degreeIssues, ...linesOfRowsNotRead(choice.reads.flatMap((r) => r.rows.issues), merged.issues), ...endIssues, ...merged.issues, ...checks.moneyIssues, ...(figures?.figures.issues ?? []), ...found.rulePick.issues, ...(rules?.issues ?? [])];
  const input = { records: withoutColumns(merged.records, [...checks.unread, ...unreadMoneyCells(checks.moneyIssues)]), countyFigures: figures?.figures.figures ?? [], year: year?.year ?? null };
  const mapping = withOtherSheets(mappingOf(first.candidate, first.rows.lastRow), choice.reads);
  return { ok: true, input, mapping, issues, ruleOverride: rules?.override ?? null, ruleSheet: found.rulePick.sheet, figuresSheets: figures?.sheets ?? [], sheetYears: choice.years };
}

/**
 * A range refused for a header outside it (read_range_header_outside), read under that header
 * when it lies above the range (underHeader), on the header's sheet, with a word, the range named
 * as given; null otherwise, or when the rows do not read under it (the range leaves out the
 * school name column, or holds no school): the refusal then stands, saying where the header is.
 */
async function readUnderHeader(source: WorkbookSource, found: SheetsFound, options: ReadOptions, failed: ReadResult): Promise<ReadResult | null> {
  const { range } = options;
  const outside = !failed.ok && failed.issues.some((i) => i.code === "read_range_header_outside");
  if (!outside || range === undefined) return null;
  const under = await underHeader(source, found.grids.map((g) => g.sheet), range, (n) => sheetFixes(options.mapping, n));
  if (under === null) return null;
  const read = await readFrom(under.source, { ...options, sheet: under.sheet, range: under.range }, true);
  if (!read.ok) return null;
  // The range read is the header's rows and the user's: the issues name the user's (read_range_ends_above_schools).
  const named = read.issues.map((i) => (i.params?.range === under.range ? { ...i, params: { ...i.params, range } } : i));
  return { ...read, issues: [under.issue, ...named] };
}

/**
 * readWorkbook's read proper: the sheets found and chosen, their schools, then what comes with
 * them. A range of school rows without their header (A5:AJ20 under a header in rows 3–4) is read
 * under the header above it (readUnderHeader), unless `under` says this is that read already.
 */
async function readFrom(source: WorkbookSource, options: ReadOptions, under = false): Promise<ReadResult> {
  const found = await findSheets(source, options);
  if ("issue" in found) return fail(found.issue);
  const chosen = await chooseSheets(source, found, options);
  if ("failed" in chosen) return (under ? null : await readUnderHeader(source, found, options, chosen.failed)) ?? chosen.failed;
  const schools = schoolsOf(found, chosen);
  const { candidate } = chosen.first;
  if (schools.merged.records.length === 0) return fail(issueOf("read_no_rows", "error", { sheet: candidate.grid.sheet, headerRow: candidate.band.bottom + 1 }));
  return withSchools(source, options, schools);
}
