import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { columnOfHeader, type ChangedColumn } from "./fixHeaders";
import type { PaneFixes } from "./mappingView";

/**
 * A correction not applied because its column's header changed since it was chosen (a column
 * inserted before it moves the data under it), kept, with where its header is now, until the user
 * moves it there or discards it: evaluating meanwhile must not lose what the user once chose.
 */
export interface HeldFix {
  /** The sheet and range of the draft the correction was made for: it is kept for those only. */
  readonly sheet: string;
  readonly range: string | null;
  /** The 0-based column the correction names, the header it was chosen for and the one there now. */
  readonly column: number;
  readonly was: string;
  readonly now: string;
  /** The one column holding the header `was` now; null when none does, or several. */
  readonly to: number | null;
  /** The roles (fixKey) the correction gave the column, and whether it set it to not used. */
  readonly roles: readonly string[];
  readonly ignored: boolean;
  /** Whether the workbook's saved settings hold it (the ribbon's 评估 refuses over it), rather than a choice made in the pane since. */
  readonly saved: boolean;
}

/** Where a draft reads, and its corrections. */
type Corrections = PaneFixes & { readonly sheet: string; readonly range: string | null };

/**
 * The corrections of the `changed` columns of `current`, held for its sheet and range, each with
 * the column its header has moved to in `mapping`, and whether `saved` (the workbook's settings)
 * holds it for the same sheet, range, column and header.
 *
 * @example heldFixes({ sheet: "学校", range: null, fixes: { teachingArea: 13 }, ignored: [], headers: { "13": "教学…（㎡）" } }, [{ column: 13, was: "教学…（㎡）", now: "体育、艺术教师/美术" }], mapping with 教学…（㎡） over 14, those same settings)
 *   // [{ sheet: "学校", range: null, column: 13, was: "教学…（㎡）", now: "体育、艺术教师/美术", to: 14, roles: ["teachingArea"], ignored: false, saved: true }]
 */
export function heldFixes(current: Corrections, changed: readonly ChangedColumn[], mapping: ColumnMapping, saved: Corrections | null): HeldFix[] {
  return changed.map(({ column, was, now }) => ({
    sheet: current.sheet,
    range: current.range,
    column,
    was,
    now,
    to: columnOfHeader(mapping, was, column),
    roles: Object.entries(current.fixes).filter(([, c]) => c === column).map(([role]) => role),
    ignored: current.ignored.includes(column),
    saved: saved !== null && saved.sheet === current.sheet && saved.range === current.range && saved.headers?.[String(column)] === was,
  }));
}

/**
 * The corrections with `held` given to the column `to` (its header recorded as the one it was
 * chosen for), taking that column's place; `current` unchanged when the header was not found.
 *
 * @example movedFix({ fixes: {}, ignored: [], headers: {} }, { column: 13, to: 14, roles: ["teachingArea"], ignored: false, was: "教学…（㎡）", … }) // { fixes: { teachingArea: 14 }, ignored: [], headers: { "14": "教学…（㎡）" } }
 */
export function movedFix(current: PaneFixes, held: HeldFix): PaneFixes {
  const to = held.to;
  if (to === null) return current;
  const fixes: Record<string, number> = Object.fromEntries(Object.entries(current.fixes).filter(([role, c]) => c !== to && !held.roles.includes(role)));
  for (const role of held.roles) fixes[role] = to;
  const ignored = current.ignored.filter((c) => c !== to);
  return { fixes, ignored: held.ignored ? [...ignored, to].sort((a, b) => a - b) : ignored, headers: { ...current.headers, [String(to)]: held.was } };
}

/**
 * The corrections to save: `current` with each held one of the same sheet and range that the
 * saved settings hold put back as it was (its column, the header it was chosen for), unless the
 * user has since chosen for that column or given its role to another: a pane run must not erase a
 * saved correction the user has not decided on (the ribbon then says again why it is not
 * applied). One made in the pane since was never saved, and is not.
 *
 * @example withHeld({ fixes: {}, ignored: [], headers: {} }, [held teachingArea at 13 of "学校"], "学校", null) // { fixes: { teachingArea: 13 }, ignored: [], headers: { "13": "教学…（㎡）" } }
 * @example withHeld({ fixes: { teachingArea: 14 }, … }, [that held], "学校", null) // unchanged: the role was given again
 */
export function withHeld(current: PaneFixes, held: readonly HeldFix[], sheet: string, range: string | null): PaneFixes {
  const fixes: Record<string, number> = { ...current.fixes };
  const ignored = [...current.ignored];
  const headers: Record<string, string> = { ...current.headers };
  for (const h of pendingHeld(current, held, sheet, range).filter((x) => x.saved)) {
    for (const role of h.roles) fixes[role] = h.column;
    if (h.ignored) ignored.push(h.column);
    headers[String(h.column)] = h.was;
  }
  return { fixes, ignored: ignored.sort((a, b) => a - b), headers };
}

/**
 * The held corrections still waiting on the user: those of `sheet` and `range` whose column and
 * roles the user has not chosen for since (`current`).
 *
 * @example pendingHeld({ fixes: { teachingArea: 14 }, ignored: [], headers: {} }, [held teachingArea at 13 of "学校"], "学校", null) // []
 */
export function pendingHeld(current: PaneFixes, held: readonly HeldFix[], sheet: string, range: string | null): HeldFix[] {
  return held.filter((h) => h.sheet === sheet && h.range === range && !chosenSince(current, h));
}

/** Whether the user has chosen since for the held correction's column, or given one of its roles to another. */
function chosenSince(current: PaneFixes, held: HeldFix): boolean {
  const column = Object.values(current.fixes).includes(held.column) || current.ignored.includes(held.column);
  return column || held.roles.some((role) => current.fixes[role] !== undefined);
}
