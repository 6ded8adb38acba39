import type { Issue } from "../../engine/types";
import type { OverrideEntry } from "../../profiles/overrideEntries";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { fitRuleSettings } from "./fitRuleSettings";
import { issueAt } from "./issue";
import { nearestPath } from "./nearestPath";
import { headsRuleSheet, ruleColumns, unclearValueColumn, type RuleColumns } from "./ruleColumns";
import { ruleOverride } from "./ruleOverride";
import { convertSetting } from "./ruleValue";
import { schemaLeaf } from "./schemaPath";
import { nearestName, pathOfName } from "./settingByName";
import { cellText } from "./text";

export { convertSetting } from "./ruleValue";

/**
 * The codes of a 规则 sheet entry left out: an unknown path, a value empty or of the wrong kind,
 * one the profile rejects, one without the rest of its group, a path given twice. Each is listed
 * on 数据问题 as an error, 已忽略, and the run goes on with the profile's own setting (the pane
 * counts them: resultNotes).
 */
export const RULE_ENTRY_IGNORED: ReadonlySet<string> = new Set([
  "read_rule_unknown_path",
  "read_rule_unknown_path_near",
  "read_rule_bad_value",
  "read_rule_empty_value",
  "read_rule_invalid",
  "read_rule_incomplete",
  "read_rule_duplicate",
  "read_rule_no_value_column",
]);

/** One row's path and value cells (0-based sheet columns). */
interface RowCells {
  readonly path: { readonly v: CellValue; readonly c: number };
  readonly value: { readonly v: CellValue; readonly c: number };
}

function at(grid: Grid, row: number, c: number): { v: CellValue; c: number } {
  return { v: grid.values[row - grid.top]?.[c - grid.left] ?? null, c };
}

/** A row's cells under the header's 路径 and 值; null for a row with no path (a note, a blank line). */
function headedCells(grid: Grid, row: number, cols: RuleColumns): RowCells | null {
  if (row <= cols.headerRow) return null;
  const path = at(grid, row, cols.path);
  return cellText(path.v) === null ? null : { path, value: at(grid, row, cols.value) };
}

/**
 * A row's first two filled cells, for a sheet with no 路径 | 值 header; null for a header row
 * (路径 | 内容, a lone 设置: headsRuleSheet), a title (one cell of no path's letters) or a blank line.
 */
function bareCells(grid: Grid, row: number): RowCells | null {
  const cells = (grid.values[row - grid.top] ?? []).map((v, i) => ({ v, c: grid.left + i })).filter((x) => cellText(x.v) !== null);
  const [path, value] = cells;
  const text = cellText(path?.v) ?? "";
  if (path === undefined || headsRuleSheet(text, cellText(value?.v)) || (value === undefined && !/[a-z]/i.test(text))) return null;
  return { path, value: value ?? { v: null, c: path.c + 1 } };
}

/** A first cell as a path is looked up: full-width forms folded, spaces dropped (cvLimits. primary). */
function pathKey(written: string): string {
  return written.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * A first cell naming no setting, quoted as written (a name's spaces kept: "Primary: class-size capp"),
 * with the path or name it most likely meant when one is a slip away.
 */
function unknownPath(sheet: string, row: number, column: number, written: string): Issue {
  const near = nearestPath(pathKey(written)) ?? nearestName(written);
  const params = { path: written };
  return near === null ? issueAt("read_rule_unknown_path", "error", sheet, row, column, params) : issueAt("read_rule_unknown_path_near", "error", sheet, row, column, { ...params, near });
}

/**
 * The setting a first cell gives: its path, or its name as the help page words it (pathOfName),
 * with the name as written (for what is said of the row); null when it gives neither.
 */
function settingNamed(written: string): { path: string; name?: string } | null {
  const path = pathKey(written);
  if (schemaLeaf(path) !== null) return { path };
  const named = pathOfName(written);
  return named === null ? null : { path: named, name: written };
}

/** The setting a row makes, or null with the reason at its cell: unknown path or name, empty value, value of the wrong kind. */
function settingOf(sheet: string, row: number, cells: RowCells, issues: Issue[]): Omit<OverrideEntry, "cell"> & { row: number; column: number } | null {
  const written = (cellText(cells.path.v) ?? "").trim();
  const setting = settingNamed(written);
  const leaf = setting === null ? null : schemaLeaf(setting.path);
  if (setting === null || leaf === null) return issues.push(unknownPath(sheet, row, cells.path.c, written)), null;
  const said = setting.name ?? setting.path;
  const text = cellText(cells.value.v);
  if (text === null) return issues.push(issueAt("read_rule_empty_value", "error", sheet, row, cells.value.c, { path: said })), null;
  const converted = convertSetting(cells.value.v, leaf, setting.path);
  if (!converted.ok) return issues.push(issueAt("read_rule_bad_value", "error", sheet, row, cells.value.c, { path: said, text, expected: leaf.kind })), null;
  return { ...setting, value: converted.value, row, column: cells.value.c };
}

/** The entries of the rows in order; a path given again is refused at its cell, naming the cell of the first. */
function entriesOf(grid: Grid, hidden: boolean, issues: Issue[]): OverrideEntry[] {
  const cols = ruleColumns(grid);
  // 设置 | 原值 | 新值 before 新值 was known applied 原值 without a word: no row is read when the value cannot be told.
  const unclear = cols === null ? unclearValueColumn(grid) : null;
  if (unclear !== null) return (issues.push(issueAt("read_rule_no_value_column", "error", grid.sheet, unclear.headerRow, unclear.path, { found: unclear.found })), []);
  const entries: OverrideEntry[] = [];
  for (let row = grid.top; row < grid.top + grid.values.length; row++) {
    const cells = cols === null ? bareCells(grid, row) : headedCells(grid, row, cols);
    const s = cells === null ? null : settingOf(grid.sheet, row, cells, issues);
    if (s === null) continue;
    const cell = qualified(grid.sheet, a1(row, s.column));
    const first = entries.find((e) => e.path === s.path);
    // By path: a setting given by its path on one row and by its name on another is given twice.
    if (first !== undefined) issues.push(issueAt("read_rule_duplicate", "error", grid.sheet, row, s.column, { path: s.name ?? s.path, first: first.cell ?? "" }));
    else entries.push({ path: s.path, value: s.value, cell, ...(s.name === undefined ? {} : { name: s.name }), ...(hidden ? { hiddenSheet: true } : {}) });
  }
  return entries;
}

/**
 * A 规则 sheet's rows as a nested profile override, not yet checked against a profile (the caller
 * does that with the profile the user chose: fitRuleSettings). The path is read from the column
 * headed 路径 (参数名称, 设置项 …) and the value from the one headed 值 (取值, 参数值 …), wherever
 * they stand (序号 | 路径 | 值 | 说明); a sheet with no such header by each row's first two filled
 * cells; title rows above the header are skipped. The first cell is a setting's path or its
 * meaning as the help page words it, zh or en, its unit in brackets or not (settingByName:
 * 小学班额上限（人）, 小学班额上限 → guarantee.classSize.primary). Values are converted by the path's
 * type in the schema (ruleValue). An unknown path or name (with the nearest known one when close),
 * an empty value, a value of the wrong kind and a setting given twice (by path or by name) are each
 * an error at its cell and left out.
 * `hidden`: the sheet is hidden, which each entry carries for the notes.
 *
 * @example readRuleRows(rows 路径 | 值, cvLimits.primary | 0.45) // { override: { cvLimits: { primary: 0.45 } }, issues: [] }
 */
export function readRuleRows(grid: Grid, hidden = false): { override: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  const entries = entriesOf(grid, hidden, issues);
  // Where each setting came from travels with the override (overrideEntries), for the notes and the report.
  return { override: ruleOverride(entries), issues };
}

/**
 * A 规则 sheet read (readRuleRows) and checked against `base` (fitRuleSettings; national-2017 by
 * default): a value the profile rejects, or one setting a key of a group the profile leaves null
 * without the group's other keys (read_rule_incomplete names them), is an error at its cell and
 * left out. overrideEntries(override) lists the settings kept with their cells.
 *
 * @example readRuleSheet(rows cvLimits.primary | 0.45) // { override: { cvLimits: { primary: 0.45 } }, issues: [] }
 * @example readRuleSheet(rows guarantee.funding.norm.primary | 900, sichuan) // kept: Sichuan gives the junior norm
 */
export function readRuleSheet(grid: Grid, base: Profile = builtInProfile(), lookup?: (id: string) => unknown): { override: Record<string, unknown>; issues: Issue[] } {
  const rows = readRuleRows(grid);
  const fitted = fitRuleSettings(base, rows.override, lookup);
  return { override: fitted.override as Record<string, unknown>, issues: [...rows.issues, ...fitted.issues] };
}
