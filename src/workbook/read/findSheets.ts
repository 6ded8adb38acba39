import type { Issue } from "../../engine/types";
import { rangeAddress } from "../address";
import type { Grid, ResultRole, WorkbookSource } from "../types";
import { isWritingName, resultRoleOfContent } from "./earlierResults";
import { issueOf } from "./issue";
import { loadSheet } from "./loadSheet";
import { ruleSheetOf, type RulePick } from "./pickRuleSheet";
import { candidateOf, hasNameAndAnyStudents, retitled, type Candidate } from "./pickSheets";
import type { ReadOptions } from "./readWorkbook";
import { holdsResultSheets, isResultWorkbook } from "./resultWorkbook";
import { sheetFixes } from "./sheetFixes";
import { boxAbove, stacked, titleLines } from "./titleAbove";

/** Why the workbook's sheets cannot be read as asked, or null: no sheet, an earlier result workbook, the sheet asked for missing. */
function namesIssue(names: readonly string[], options: ReadOptions): Issue | null {
  if (names.length === 0) return issueOf("read_no_sheets", "error");
  if (options.sheet === undefined && isResultWorkbook(names)) return issueOf("read_result_workbook", "error", { sheets: names.join("、") });
  if (options.sheet !== undefined && !names.includes(options.sheet)) return issueOf("read_sheet_not_found", "error", { sheet: options.sheet, sheets: names.join(", ") });
  return null;
}

/** The workbook's sheets sorted out before a school row is read. */
export interface SheetsFound {
  readonly names: readonly string[];
  readonly hidden: ReadonlySet<string>;
  readonly rulePick: RulePick;
  /** Whether a sheet is none of those named as a rule sheet, applied or not. */
  readonly notRules: (name: string) => boolean;
  /** The sheets that may hold schools, an earlier run's results left out. */
  readonly grids: readonly Grid[];
  readonly candidates: readonly Candidate[];
  readonly earlier: ReadonlyMap<string, ResultRole | null>;
}

/** The sheets a read may take schools from, so that rule sheets and an earlier run's results never are; or why none. */
export async function findSheets(source: WorkbookSource, options: ReadOptions): Promise<SheetsFound | { readonly issue: Issue }> {
  // Asked together, so that a source listing its sheets once for both (Office.js) makes one request.
  const [names, hidden] = await Promise.all([source.sheetNames(), hiddenSheets(source, options)]);
  const wrong = namesIssue(names, options);
  if (wrong !== null) return { issue: wrong };
  // Every sheet named as a rule sheet (规则 hidden beside 规则 (2)) is kept from the school and figures sheets, applied or not.
  const rulePick = await ruleSheetOf(source, names, options.sheet === undefined ? hidden : null);
  const notRules = (n: string) => !rulePick.candidates.includes(n);
  const read = await schoolCandidates(source, options.sheet !== undefined ? [options.sheet] : names.filter(notRules), options);
  // An earlier run's results (上次汇总, renamed) are never data: nor school rows, nor county figures.
  const earlier = await earlierResults(source, names.filter((n) => notRules(n) && n !== options.sheet), read.grids, options.range);
  if (options.sheet === undefined && onlyResults(read.candidates, earlier)) return { issue: issueOf("read_result_workbook", "error", { sheets: [...earlier.keys()].join("、") }) };
  return { names, hidden, rulePick, notRules, grids: read.grids.filter((g) => !earlier.has(g.sheet)), candidates: read.candidates.filter((c) => !earlier.has(c.grid.sheet)), earlier };
}

/** Sheets the user does not see; none when the user named the sheet to read (it is read, hidden or not). */
async function hiddenSheets(source: WorkbookSource, options: ReadOptions): Promise<ReadonlySet<string>> {
  if (options.sheet !== undefined || source.hiddenSheets === undefined) return new Set();
  return new Set(await source.hiddenSheets());
}

async function schoolCandidates(source: WorkbookSource, names: readonly string[], options: ReadOptions): Promise<{ grids: Grid[]; candidates: Candidate[] }> {
  const grids: Grid[] = [];
  const candidates: Candidate[] = [];
  for (const name of names) {
    // Without a sheet named, the range applies to the school sheet chosen: every sheet is searched within it.
    const grid = await loadSheet(source, name, options.range);
    grids.push(grid);
    const c = candidateOf(grid, sheetFixes(options.mapping, name));
    if (c !== null) candidates.push(options.range === undefined ? c : await withTitleAbove(source, c));
  }
  return { grids, candidates };
}

/**
 * A candidate read from a range that starts below row 1, with the title read over the rows above
 * the range too (boxAbove): selecting the table without its title must not lose the county and
 * year (本县, no year → the wrong year's target). Those rows are read for the title only, never as school rows.
 */
async function withTitleAbove(source: WorkbookSource, c: Candidate): Promise<Candidate> {
  const box = boxAbove(c.grid);
  if (box === null) return c;
  const above = await loadSheet(source, c.grid.sheet, rangeAddress(box));
  return retitled(c, stacked(titleLines(above), c.grid));
}

/**
 * The sheets holding an earlier run's results, known by their content (resultRoleOfContent: a
 * 上次汇总 renamed by the user), or under the add-in's writing names (isWritingName), with their
 * role (null: a writing name over other content); never read as data. A sheet's grid already read
 * is looked at when it holds A1 or is the sheet's whole used range; else its A1:A3 is read.
 */
async function earlierResults(source: WorkbookSource, names: readonly string[], grids: readonly Grid[], range: string | undefined): Promise<Map<string, ResultRole | null>> {
  const found = new Map<string, ResultRole | null>();
  for (const name of names) {
    const grid = grids.find((g) => g.sheet === name && (range === undefined || (g.top === 0 && g.left === 0)));
    const role = resultRoleOfContent(grid ?? (await loadSheet(source, name, "A1:A3")));
    if (role !== null || isWritingName(name)) found.set(name, role);
  }
  return found;
}

/** Whether the workbook is an earlier run's results with nothing to read beside them: no other sheet holds schools (holdsResultSheets). */
function onlyResults(candidates: readonly Candidate[], earlier: ReadonlyMap<string, ResultRole | null>): boolean {
  const schools = candidates.some((c) => !earlier.has(c.grid.sheet) && hasNameAndAnyStudents(c));
  return !schools && holdsResultSheets([...earlier.values()]);
}
