import type { AddinSettings } from "../addin/addinSettings";
import type { PaneFixes } from "../addin/mappingView";
import { stableKey } from "../addin/stableKey";

/**
 * The pane's state: what the user is about to confirm. An empty sheet ("") lets the reader find the
 * school sheet; the pane opens on the active sheet's name instead, and falls back to the reader's
 * choice when that sheet holds no school table (readShown).
 */
export interface Draft extends PaneFixes {
  sheet: string;
  range: string | null;
  profileId: string;
  year: number | null;
}

/** A draft's corrections when it reads another sheet or range: none. */
export const NO_FIXES: PaneFixes = { fixes: {}, ignored: [], headers: {} };

/**
 * The settings a draft confirms, copied (the draft may change while they are saved).
 *
 * @example settingsOf(draft).ignored !== draft.ignored, with the same columns in it
 */
export function settingsOf(draft: Draft): AddinSettings {
  const { sheet, range, fixes, ignored, headers, profileId, year } = draft;
  return { sheet, range, fixes: { ...fixes }, ignored: [...ignored], headers: { ...headers }, profileId, year };
}

/** The settings a result depends on (basisKey). */
export type DraftBasis = Pick<Draft, "sheet" | "range" | "fixes" | "ignored" | "profileId" | "year">;

/**
 * What a result depends on, comparable: the draft's sheet, range, column choices and rules (whatever order the fixes were set or the columns ignored in).
 *
 * @example basisKey({ ...d, fixes: { 2: a, 5: b } }) === basisKey({ ...d, fixes: { 5: b, 2: a } }); the headers do not count
 */
export function basisKey({ sheet, range, fixes, ignored, profileId, year }: DraftBasis): string {
  return stableKey({ sheet, range, fixes, ignored, profileId, year });
}

/**
 * The draft's corrections, comparable whatever order they were made in.
 *
 * @example fixesKey({ fixes: {}, ignored: [], headers: { 3: "x" } }) === fixesKey(NO_FIXES)
 */
export function fixesKey({ fixes, ignored }: PaneFixes): string {
  return stableKey({ fixes, ignored });
}

/**
 * The draft reading `range` of `sheet` instead, with the same rules and no corrections (they named columns of what it read before).
 *
 * @example draftFor({ sheet: "学校", range: "A1:F9", fixes: { 2: f }, …, year: 2025 }, "2024学校", null) → { sheet: "2024学校", range: null, fixes: {}, …, year: 2025 }
 */
export function draftFor(draft: Draft, sheet: string, range: string | null): Draft {
  return { ...draft, sheet, range, ...NO_FIXES };
}
