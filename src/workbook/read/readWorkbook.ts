import type { EvaluationInput, FieldKey, Issue, Stage } from "../../engine/types";
import { a1, columnLetters, qualified } from "../address";
import type { Grid, WorkbookSource } from "../types";
import { likelyHeaderTexts } from "./findHeader";
import { issueOf } from "./issue";
import type { MetaKey, Part } from "./keys";
import { EXPECTED_KEYS, type RoleFixes } from "./matchColumns";
import { mergeCampuses } from "./mergeCampuses";
import { bestCandidate, candidateOf, hasNameAndStudents, otherSchoolSheets, type Candidate } from "./pickSheets";
import { readCountyFigures, type CountyFigures } from "./readCountyFigures";
import { readRuleSheet, RULE_SHEET } from "./readRuleSheet";
import { readSchoolRows } from "./readSchoolRows";
import { titleYear, type TitleYear } from "./titleYear";

export interface ReadOptions {
  /** The school sheet; by default the sheet whose header is recognised best. */
  sheet?: string;
  /** A1 range of the school sheet to read, e.g. `A1:Z200`. */
  range?: string;
  /** Default false: hidden / filtered rows are reported and skipped. */
  includeHidden?: boolean;
  /** User fixes from the task pane: a 0-based sheet column per role (field or meta key, stage, part) and columns to ignore (matchColumns.ts); a plain field → column record is read as roles without stage or part. */
  mapping?: RoleFixes | Partial<Record<FieldKey | MetaKey, number>>;
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
    /** For columns that add up to a field (L1 degrees, L3 subjects): which part; null otherwise. */
    part: Part | null;
  }>;
  unmatched: Array<{ column: number; header: string }>;
  missing: string[];
}

export type ReadResult =
  | {
      ok: true;
      input: EvaluationInput;
      mapping: ColumnMapping;
      issues: Issue[];
      ruleOverride: unknown | null;
      ruleSheet: string | null;
      figuresSheet: string | null;
    }
  | { ok: false; issues: Issue[] };

/** The two columns without which nothing can be read (field keys; the message shows their labels). */
const REQUIRED_KEYS = "name,students";

async function load(source: WorkbookSource, name: string, range?: string): Promise<Grid> {
  try {
    return await source.readSheet(name, range);
  } catch (error) {
    throw new Error(`cannot read sheet ${name}`, { cause: error });
  }
}

function fail(issue: Issue): ReadResult {
  return { ok: false, issues: [issue] };
}

function noHeader(grids: readonly Grid[], chosen: Candidate | null): ReadResult {
  if (chosen !== null) {
    const found = chosen.band.columns.map((c) => c.path.join("/")).join(" | ");
    return fail(issueOf("read_missing_columns", "error", { sheet: chosen.grid.sheet, fieldList: chosen.matched.missing.filter((k) => k === "name" || k === "students").join(","), found }));
  }
  const first = grids[0];
  const found = first === undefined ? "" : likelyHeaderTexts(first).join(" | ");
  return fail(issueOf("read_no_header", "error", { sheet: grids.map((g) => g.sheet).join(", "), fieldList: REQUIRED_KEYS, found }));
}

function mappingOf(c: Candidate, lastRow: number | null): ColumnMapping {
  return {
    sheet: c.grid.sheet,
    headerRows: { top: c.band.top, bottom: c.band.bottom },
    dataRows: { top: c.band.dataTop, bottom: lastRow ?? c.band.dataTop },
    columns: c.matched.roles.map((r) => ({
      column: r.column,
      address: columnLetters(r.column),
      headerCell: qualified(c.grid.sheet, a1(c.band.columns.find((h) => h.column === r.column)?.headerRow ?? c.band.top, r.column)),
      header: r.header,
      field: r.key,
      stage: r.stage,
      unitFactor: r.unitFactor,
      part: r.part,
    })),
    unmatched: c.matched.unmatched.map((u) => ({ ...u })),
    missing: [...c.matched.missing],
  };
}

async function schoolCandidates(source: WorkbookSource, names: readonly string[], options: ReadOptions): Promise<{ grids: Grid[]; candidates: Candidate[] }> {
  const grids: Grid[] = [];
  const candidates: Candidate[] = [];
  for (const name of names) {
    const grid = await load(source, name, name === options.sheet ? options.range : undefined);
    grids.push(grid);
    const c = candidateOf(grid, options.mapping ?? {});
    if (c !== null) candidates.push(c);
  }
  return { grids, candidates };
}

/** County figures from the sheet that yields the most; sheets already read for the school search are not read again. */
async function figuresOf(source: WorkbookSource, names: readonly string[], read: readonly Grid[]): Promise<{ sheet: string; figures: CountyFigures } | null> {
  let best: { sheet: string; figures: CountyFigures } | null = null;
  for (const name of names) {
    const figures = readCountyFigures(read.find((g) => g.sheet === name) ?? (await load(source, name)));
    if (figures !== null && (best === null || figures.figures.length > best.figures.figures.length)) best = { sheet: name, figures };
  }
  return best;
}

function sheetIssues(c: Candidate, others: readonly string[]): Issue[] {
  const issues: Issue[] = [...c.matched.issues];
  if (others.length > 0) issues.push(issueOf("read_other_school_sheets", "warning", { sheet: c.grid.sheet, others: others.join(", ") }));
  const missing = c.matched.missing.filter((k) => EXPECTED_KEYS.includes(k) && k !== "name" && k !== "students");
  if (missing.length > 0) issues.push(issueOf("read_columns_missing", "warning", { sheet: c.grid.sheet, fieldList: missing.join(",") }));
  return issues;
}

/** The year read from the title, said where it was found (the caller's own year, e.g. --year, overrides it). */
function yearIssues(year: TitleYear | null): Issue[] {
  if (year === null) return [];
  return [{ ...issueOf("read_year_from_title", "info", { year: year.year }), cell: year.cell }];
}

/**
 * Reads a county's workbook into the engine's input (workbooks.md "What bureaus already keep"):
 * the school sheet (options.sheet, else the sheet whose header is recognised best), county
 * figures from a 项目 | 数值 sheet, and a rule override from a 规则 sheet. Every value that
 * cannot be read is an issue with its cell address; nothing is guessed. `input.year` is the year
 * the sheet's title states (titleYear), else null; the caller may set its own. ok:false when no sheet has a header with school names and students, or
 * the header has no school rows under it.
 *
 * @example readWorkbook(sourceOf([gridOf([["学校名称", "在校生数"], ["一小", 300]])])) // ok, one primary record
 */
export async function readWorkbook(source: WorkbookSource, options: ReadOptions = {}): Promise<ReadResult> {
  const names = await source.sheetNames();
  if (names.length === 0) return fail(issueOf("read_no_sheets", "error"));
  if (options.sheet !== undefined && !names.includes(options.sheet)) return fail(issueOf("read_sheet_not_found", "error", { sheet: options.sheet, sheets: names.join(", ") }));
  const ruleSheet = names.find((n) => RULE_SHEET.test(n.trim())) ?? null;
  const schoolNames = options.sheet !== undefined ? [options.sheet] : names.filter((n) => n !== ruleSheet);
  const { grids, candidates } = await schoolCandidates(source, schoolNames, options);
  const chosen = bestCandidate(candidates);
  if (chosen === null || !hasNameAndStudents(chosen)) return noHeader(grids, chosen);
  const rows = readSchoolRows(chosen.grid, chosen.band, chosen.matched.roles, options.includeHidden === true);
  const merged = mergeCampuses(rows.rows);
  if (merged.records.length === 0) return fail(issueOf("read_no_rows", "error", { sheet: chosen.grid.sheet, headerRow: chosen.band.bottom + 1 }));
  const rules = ruleSheet === null ? null : readRuleSheet(await load(source, ruleSheet));
  const figures = await figuresOf(source, names.filter((n) => n !== ruleSheet && n !== chosen.grid.sheet), options.range === undefined ? grids : []);
  const year = titleYear(chosen.grid, chosen.band.top);
  const issues = [...sheetIssues(chosen, options.sheet === undefined ? otherSchoolSheets(candidates, chosen) : []), ...yearIssues(year), ...rows.issues, ...merged.issues, ...(figures?.figures.issues ?? []), ...(rules?.issues ?? [])];
  return {
    ok: true,
    input: { records: merged.records, countyFigures: figures?.figures.figures ?? [], year: year?.year ?? null },
    mapping: mappingOf(chosen, rows.lastRow),
    issues,
    ruleOverride: rules?.override ?? null,
    ruleSheet,
    figuresSheet: figures?.sheet ?? null,
  };
}
