import { clauseText } from "../messages/listText";
import type { Lang } from "../messages/types";
import { columnIndex } from "../workbook/address";
import type { RoleFixes } from "../workbook/read/matchColumns";
import { knownRoleNames, roleKeyOfName } from "../workbook/read/roleOfName";
import type { ArgError } from "./parseArgs";

const COLUMN = /^[A-Za-z]{1,3}$/;
/** Excel's last column, XFD (0-based 16383): a letter beyond it names no column a sheet can have. */
const LAST_COLUMN = columnIndex("XFD");

/**
 * One `--map` value, field and column either way round (教学及辅助用房面积=G, G=teachingArea,
 * 音乐美术=I): its role (roleOfName, as the task pane reads a field) and column; the field as written when the value is well formed but names no field (面积=G),
 * so that the user is told the name, not the syntax, is wrong; null when it is not field=column.
 */
function mapEntry(value: string): [string, number] | string | null {
  const parts = value.split(/[=＝]/);
  if (parts.length !== 2) return null;
  const [a = "", b = ""] = parts.map((p) => p.trim());
  const [column, field] = COLUMN.test(a) && !COLUMN.test(b) ? [a, b] : [b, a];
  if (!COLUMN.test(column) || field === "") return null;
  const role = roleKeyOfName(field);
  return role === null ? field : [role, columnIndex(column)];
}

/**
 * The names `--map` knows, in the run's language (roleOfName.ts knownRoleNames), for the message naming a
 * field it does not; joined by clauseText, as a zh label holds 、 itself (体育、艺术专任教师数：体育).
 */
function mapError(value: string, entry: string | null, lang: Lang): ArgError {
  return entry === null ? { code: "cli_err_bad_map", params: { value } } : { code: "cli_err_map_unknown_field", params: { value, field: entry, known: clauseText(knownRoleNames(lang), lang) } };
}

/** A `--map` for one sheet (初中!教学仪器设备值=R, '2024年 初中'！…=R): the sheet and the map; the sheet null for a map of every sheet. */
function sheetOfMap(value: string): { sheet: string | null; map: string } {
  const m = /^([^=＝!！]+)[!！](.+)$/.exec(value.trim());
  if (m === null) return { sheet: null, map: value };
  return { sheet: (m[1] ?? "").trim().replace(/^'(.*)'$/, "$1"), map: m[2] ?? "" };
}

/** The maps of each sheet named (sheetOfMap), in the order first named. */
function mapsBySheet(maps: readonly string[]): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  for (const { sheet, map } of maps.map(sheetOfMap)) if (sheet !== null) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), map]);
  return bySheet;
}

/**
 * The user's own column mapping from `--map` and `--ignore`, as the task pane's fixes are kept
 * (RoleFixes): each `--map` names a field and its column, each `--ignore` a column not to read. A
 * `--map` written after a sheet and ! (初中!教学仪器设备值=R) is that sheet's only (`bySheet`, on top
 * of the others there: sheetFixes), for sheets read together whose columns sit differently.
 *
 * @example columnFixes(["教学及辅助用房面积=G", "students@junior=E"], ["K"]) // { ok: true, fixes: { roles: { teachingArea: 6, "students@junior": 4 }, ignore: [10] } }
 * @example columnFixes(["初中!教学仪器设备值=R"], []) // { ok: true, fixes: { roles: {}, ignore: [], bySheet: { 初中: { roles: { equipmentValue: 17 }, ignore: [] } } } }
 */
export function columnFixes(maps: readonly string[], ignores: readonly string[], lang: Lang = "zh"): { ok: true; fixes: RoleFixes | null } | { ok: false; error: ArgError } {
  const general = everySheetFixes(maps.filter((m) => sheetOfMap(m).sheet === null), ignores, lang);
  const bySheet: Record<string, RoleFixes> = {};
  for (const [sheet, own] of mapsBySheet(maps)) {
    const fixes = everySheetFixes(own, [], lang);
    if (!fixes.ok) return fixes;
    bySheet[sheet] = fixes.fixes ?? {};
  }
  if (!general.ok || Object.keys(bySheet).length === 0) return general;
  return { ok: true, fixes: { roles: {}, ignore: [], ...general.fixes, bySheet } };
}

/** columnFixes for the maps of every sheet (or of one sheet: its own). */
function everySheetFixes(maps: readonly string[], ignores: readonly string[], lang: Lang = "zh"): { ok: true; fixes: RoleFixes | null } | { ok: false; error: ArgError } {
  const roles: Record<string, number> = {};
  const given: Record<string, string> = {};
  for (const value of maps) {
    const entry = mapEntry(value);
    if (!Array.isArray(entry)) return { ok: false, error: mapError(value, entry, lang) };
    const [role, column] = entry;
    // Two columns for one field is a slip in a long command line: reading either would be a guess.
    const earlier = given[role];
    if (earlier !== undefined && roles[role] !== column) return { ok: false, error: { code: "cli_err_map_twice", params: { first: earlier, second: value } } };
    roles[role] = column;
    given[role] = value;
  }
  const bad = ignores.find((c) => !COLUMN.test(c.trim()));
  if (bad !== undefined) return { ok: false, error: { code: "cli_err_bad_ignore", params: { value: bad } } };
  const ignore = ignores.map((c) => columnIndex(c.trim()));
  const error = beyondLastColumn(roles, given, ignores) ?? mappedAndIgnored(roles, given, ignore, ignores);
  if (error) return { ok: false, error };
  return { ok: true, fixes: maps.length + ignores.length === 0 ? null : { roles, ignore } };
}

/** A column past XFD, mapped or ignored: a typo (XFE for XE), which the reader would silently find empty. */
function beyondLastColumn(roles: Readonly<Record<string, number>>, given: Readonly<Record<string, string>>, ignores: readonly string[]): ArgError | null {
  const mapped = Object.keys(roles).find((role) => (roles[role] ?? 0) > LAST_COLUMN);
  if (mapped !== undefined) return { code: "cli_err_column_beyond", params: { option: "--map", value: given[mapped] ?? "" } };
  const ignored = ignores.find((c) => columnIndex(c.trim()) > LAST_COLUMN);
  return ignored === undefined ? null : { code: "cli_err_column_beyond", params: { option: "--ignore", value: ignored } };
}

/** A column both given a field and ignored: which one was meant is a guess. */
function mappedAndIgnored(roles: Readonly<Record<string, number>>, given: Readonly<Record<string, string>>, ignore: readonly number[], ignores: readonly string[]): ArgError | null {
  const i = ignore.findIndex((column) => Object.values(roles).includes(column));
  if (i < 0) return null;
  const role = Object.keys(roles).find((r) => roles[r] === ignore[i]) ?? "";
  return { code: "cli_err_map_ignored", params: { map: given[role] ?? "", ignore: (ignores[i] ?? "").trim() } };
}
