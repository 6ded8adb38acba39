import { FIELD_KEYS } from "../engine/types";
import { message } from "../messages/catalogue";
import { columnIndex } from "../workbook/address";
import { META_KEYS } from "../workbook/read/keys";
import { fixKey, parseFixKey, type RoleFixes } from "../workbook/read/matchColumns";
import type { ArgError } from "./parseArgs";

const COLUMN = /^[A-Za-z]{1,3}$/;
/** Keys a column may be given for, each with a field_ label. */
const FIELD_LABEL_KEYS: readonly string[] = [...META_KEYS, ...FIELD_KEYS];

/**
 * The role a field is named by on the command line: its key as the task pane saves it
 * (teachingArea, students@primary, qualifiedTeachers#bachelor) or its label in either language
 * (教学及辅助用房面积, "Teaching and auxiliary floor area"), as the 列对应关系 table shows it.
 */
function roleOf(text: string): string | null {
  const t = text.trim();
  const key = parseFixKey(t);
  if (key !== null) return fixKey(key);
  const byLabel = parseFixKey(labelKey(t) ?? "");
  return byLabel === null ? null : fixKey(byLabel);
}

/** The key whose field label (field_…) reads `text` in either language. */
function labelKey(text: string): string | null {
  const folded = text.toLowerCase();
  for (const lang of ["zh", "en"] as const) {
    const found = FIELD_LABEL_KEYS.find((key) => message(`field_${key}`, {}, lang).toLowerCase() === folded);
    if (found !== undefined) return found;
  }
  return null;
}

/** One `--map` value, field and column either way round (教学及辅助用房面积=G, G=teachingArea). */
function mapEntry(value: string): [string, number] | null {
  const parts = value.split(/[=＝]/);
  if (parts.length !== 2) return null;
  const [a = "", b = ""] = parts.map((p) => p.trim());
  const [column, field] = COLUMN.test(a) && !COLUMN.test(b) ? [a, b] : [b, a];
  const role = COLUMN.test(column) ? roleOf(field) : null;
  return role === null ? null : [role, columnIndex(column)];
}

/**
 * The user's own column mapping from `--map` and `--ignore`, as the task pane's fixes are kept
 * (RoleFixes): each `--map` names a field and its column, each `--ignore` a column not to read.
 *
 * @example columnFixes(["教学及辅助用房面积=G", "students@junior=E"], ["K"]) // { ok: true, fixes: { roles: { teachingArea: 6, "students@junior": 4 }, ignore: [10] } }
 */
export function columnFixes(maps: readonly string[], ignores: readonly string[]): { ok: true; fixes: RoleFixes | null } | { ok: false; error: ArgError } {
  const roles: Record<string, number> = {};
  for (const value of maps) {
    const entry = mapEntry(value);
    if (entry === null) return { ok: false, error: { code: "cli_err_bad_map", params: { value } } };
    roles[entry[0]] = entry[1];
  }
  const bad = ignores.find((c) => !COLUMN.test(c.trim()));
  if (bad !== undefined) return { ok: false, error: { code: "cli_err_bad_ignore", params: { value: bad } } };
  const ignore = ignores.map((c) => columnIndex(c.trim()));
  return { ok: true, fixes: maps.length + ignores.length === 0 ? null : { roles, ignore } };
}
