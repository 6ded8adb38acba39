import { message } from "../../messages/catalogue";
import { RESULT_ROLES, type ResultRole } from "../types";

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ , unique ignoring case. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** A name with Excel's forbidden characters replaced and cut to 31 characters. @example cleanSheetName("a/b:c") // "a_b_c" */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME_LENGTH);
}

/**
 * `wanted`, or `wanted (2)`, `wanted (3)`… — the first that `taken` does not hold (ignoring
 * case, as Excel does), trimmed so the suffix still fits in 31 characters.
 *
 * @example freeSheetName("汇总", (n) => n === "汇总") // "汇总 (2)"
 */
export function freeSheetName(wanted: string, taken: (lowerCaseName: string) => boolean): string {
  const base = cleanSheetName(wanted);
  if (!taken(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken(candidate.toLowerCase())) return candidate;
  }
}

/**
 * An Excel table name not yet used: letters, digits, underscores (255 at most), `_2`, `_3`…
 * appended on a clash. @example freeTableName("YZJH_Summary", (n) => n === "yzjh_summary") // "YZJH_Summary_2"
 */
export function freeTableName(wanted: string, taken: (lowerCaseName: string) => boolean): string {
  const base = (/^[A-Za-z_]/.test(wanted) ? wanted : `T_${wanted}`).replace(/[^\w]/g, "_").slice(0, 250);
  if (!taken(base.toLowerCase())) return base;
  for (let k = 2; ; k++) if (!taken(`${base}_${k}`.toLowerCase())) return `${base}_${k}`;
}

/** A role's sheet names in either language, as every version wrote them. @example roleSheetNames("summary") // ["汇总", "Summary"] */
export function roleSheetNames(role: ResultRole): string[] {
  return (["zh", "en"] as const).map((lang) => message(`out_sheet_${role}`, {}, lang));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** How a role's sheet name may be numbered: as freeSheetName or Excel's copy numbers it (`copy`), or also with a number the user appended (`any`). */
export type NameNumbering = "copy" | "any";

const NUMBERS: Readonly<Record<NameNumbering, string>> = { copy: " ?\\(\\d+\\)", any: " ?\\(\\d+\\)|\\d+" };

/**
 * A role's sheet name, as written (`汇总`), numbered as freeSheetName or Excel's copy numbers it
 * (`汇总 (2)`, `汇总(2)`), and, for `any`, with a number the user appended (`汇总2`); ignoring
 * case, as Excel compares sheet names.
 */
const rolePatterns = (numbering: NameNumbering) => RESULT_ROLES.map((role) => ({ role, pattern: new RegExp(`^(${roleSheetNames(role).map(escape).join("|")})(${NUMBERS[numbering]})?$`, "i") }));
const ROLE_OF_NAME: Readonly<Record<NameNumbering, readonly { role: ResultRole; pattern: RegExp }[]>> = { copy: rolePatterns("copy"), any: rolePatterns("any") };

/**
 * The role whose sheet name `name` is, numbered or not; null for any other name. With `copy`, a
 * number the user appended makes it another name: a sheet an id tag of the version before markers
 * names, renamed 汇总2023 to keep, is the user's (sheetTags' markOf), while the reader still leaves
 * 汇总2 out of the data as a result (`any`, the default).
 *
 * @example resultRoleOfName("汇总 (2)") // "summary"
 * @example resultRoleOfName("汇总表") // null
 * @example resultRoleOfName("汇总2023", "copy") // null; resultRoleOfName("汇总2023") // "summary"
 */
export function resultRoleOfName(name: string, numbering: NameNumbering = "any"): ResultRole | null {
  return ROLE_OF_NAME[numbering].find((r) => r.pattern.test(name))?.role ?? null;
}
