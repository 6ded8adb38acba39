import { firstCompleteSet } from "./firstCompleteSet";
import { inStageScope } from "./inStageScope";
import type { Issue } from "../../engine/types";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { missingKeys } from "./matchColumns";
import { BACKBONE_PART_SETS, type Part } from "./keys";
import { PE_ART_PARTS } from "./rowFields";
import { STAGES, type Stage } from "../../engine/types";

/** Fields that may be given as a sum of part columns, and the sets of parts that make up a whole (rowFields). */
const PART_SETS: readonly (readonly [string, readonly (readonly Part[])[]])[] = [
  ["peArtTeachers", PE_ART_PARTS],
  ["backboneTeachers", BACKBONE_PART_SETS],
];

/** The parts of `key` a stage reads (its own columns and those without a stage); null among them when a column gives the whole. */
function partsFor(roles: readonly ColumnRole[], key: string, stage: Stage): Set<Part | null> {
  return new Set(roles.filter((r) => r.key === key && inStageScope(r, stage)).map((r) => r.part));
}

/**
 * A field given only in parts that make up no whole for some stage (体育教师 without 音乐 / 美术):
 * its indicator cannot be counted, as if its column were missing, and the part it lacks may be
 * among the unread headers (音乐美术教师).
 */
function partsShort(roles: readonly ColumnRole[]): boolean {
  return PART_SETS.some(([key, sets]) =>
    STAGES.some((stage) => {
      const parts = partsFor(roles, key, stage);
      return parts.size > 0 && !parts.has(null) && firstCompleteSet(sets, (p) => parts.has(p)) === undefined;
    }),
  );
}

/**
 * When a column the evaluation needs is missing (read_columns_missing), or a field is given only in
 * parts that make up no whole (partsShort: 体育教师 read, 音乐美术教师 not), the headers left unread
 * may hold it under a wording the aliases do not know: they are listed in one info issue at the
 * header row of the first, for the user to map in the task pane. Nothing when no column is missing.
 *
 * @example header 序号 | 学校名称 | 在校生数 | 校舍用房, roles name B and students C → one issue at A's header cell, headers "序号、校舍用房"
 */
export function unmatchedHeaders(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const used = new Set(roles.map((r) => r.column));
  const unmatched = band.columns.filter((c) => !used.has(c.column));
  const first = unmatched[0];
  if (first === undefined || (missingKeys(roles).length === 0 && !partsShort(roles))) return [];
  const headers = unmatched.map((c) => c.path.join("/")).join("、");
  return [issueAt("read_columns_unmatched", "info", band.sheet, headerRowOf(band, first.column), first.column, { sheet: band.sheet, headers })];
}
