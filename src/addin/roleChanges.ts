import { CATALOGUE, message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { fixKey, parseFixKey, type FixRole } from "../workbook/read/matchColumns";
import type { MappingRow, MappingView, PaneFixes } from "./mappingView";

/** A column whose role changed although the user did not choose it there (a field it held was chosen for another column). */
export interface RoleChange {
  readonly address: string;
  readonly header: string;
  readonly was: FixRole | null;
  readonly now: FixRole | null;
}

const sameRole = (a: FixRole | null, b: FixRole | null) => (a === null || b === null ? a === b : fixKey(a) === fixKey(b));

/**
 * A role as the pane's lists name it: the field (or its part) and the stage; null is （不使用）.
 *
 * @example roleText({ key: "students", stage: "primary", part: null }, "zh") // "在校生数（小学）"
 * @example roleText(null, "zh") // "（不使用）"
 */
export function roleText(role: FixRole | null, lang: Lang): string {
  if (role === null) return message("addin_mapping_ignore", {}, lang);
  const field = CATALOGUE.has(`field_${role.key}`) ? message(`field_${role.key}`, {}, lang) : role.key;
  const part = role.part === null ? field : message("addin_field_part", { field, part: message(`addin_part_${role.part}`, {}, lang) }, lang);
  return role.stage === null ? part : message("addin_role_stage", { role: part, stage: message(`stage_${role.stage}`, {}, lang) }, lang);
}

/**
 * The columns other than `chosen` whose role differs between two reads of the same table, each
 * with its header unchanged (a column that now holds another header was edited, not taken over).
 *
 * @example roleChanges(view with A 序号 unused and B 学校名称 name, view with A name and B unused, 0) // [{ address: "B", header: "学校名称", was: name, now: null }]
 */
export function roleChanges(before: MappingView, after: MappingView, chosen: number): RoleChange[] {
  return after.rows.flatMap((row) => {
    const old = before.rows.find((r) => r.column === row.column);
    if (row.column === chosen || old === undefined || old.header !== row.header || sameRole(old.role, row.role)) return [];
    return [{ address: row.address, header: row.header, was: old.role, now: row.role }];
  });
}

/** A row as the user's corrections make it: its own fix, else not used when ignored or when its role was fixed to another column. */
function rowWithFixes(row: MappingRow, fixes: PaneFixes): MappingRow {
  const own = Object.entries(fixes.fixes).find(([, column]) => column === row.column);
  if (own !== undefined) return { ...row, role: parseFixKey(own[0]) };
  const taken = row.role !== null && fixes.fixes[fixKey(row.role)] !== undefined;
  return fixes.ignored.includes(row.column) || taken ? { ...row, role: null, unitFactor: 1, unit: null } : row;
}

/**
 * The table last read, with the user's corrections since: what the pane shows when the corrections
 * leave nothing readable (a required column set to （不使用）), so that the user can set it back.
 */
export function viewWithFixes(view: MappingView, fixes: PaneFixes): MappingView {
  return { ...view, rows: view.rows.map((row) => rowWithFixes(row, fixes)), missing: [] };
}

/**
 * Whether `fixes` leave every column of `view` (a table read without corrections) with the role it
 * has: corrections walked back (a list stepped through with the arrow keys, back to where it was)
 * or made to what the reader found anyway, which need not count as the user's.
 *
 * @example keepsRoles(view with E students, { fixes: { students: 4 }, ignored: [] }) // true (E is column 4)
 * @example keepsRoles(view with E students, { fixes: {}, ignored: [4] }) // false
 */
export function keepsRoles(view: MappingView, fixes: PaneFixes): boolean {
  const now = viewWithFixes(view, fixes).rows;
  return view.rows.every((row, i) => sameRole(row.role, now[i]?.role ?? null));
}

/**
 * The rows of the table last read that held one of the required `keys` (the reader's fieldList of
 * read_missing_columns) and have lost it to the user's corrections, each with the role the
 * corrections give its column now (null: （不使用）).
 *
 * @example requiredUnset(view with E 在校生数（人） students, { fixes: {}, ignored: [4] }, ["students"]) // [{ row: row E, now: null }]
 */
export function requiredUnset(view: MappingView, fixes: PaneFixes, keys: readonly string[]): { row: MappingRow; now: FixRole | null }[] {
  const now = viewWithFixes(view, fixes).rows;
  return view.rows.flatMap((row, i) => {
    const role = now[i]?.role ?? null;
    return row.role !== null && keys.includes(row.role.key) && role?.key !== row.role.key ? [{ row, now: role }] : [];
  });
}
