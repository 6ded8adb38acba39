import type { Issue, Stage } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { firstCompleteSet } from "./firstCompleteSet";
import { inStageScope } from "./inStageScope";
import { issueAt } from "./issue";
import { BACKBONE_PART_SETS, LEVEL_COVERS, type ColumnRole, type Part } from "./keys";

const isLevel = (r: ColumnRole): boolean => r.key === "backboneTeachers" && r.part !== null;

const covers = (p: Part | null): readonly Part[] => (p === null ? [] : (LEVEL_COVERS[p] ?? [p]));
const overlaps = (a: Part | null, b: Part | null): boolean => covers(a).some((p) => covers(b).includes(p));

/** The level columns of one scope left out of the set rowFields adds up, each said at its header cell. */
function scopeIssues(band: HeaderBand, roles: readonly ColumnRole[], stage: Stage | null): Issue[] {
  const scoped = roles.filter((r) => r.key === "backboneTeachers" && inStageScope(r, stage));
  if (scoped.some((r) => r.part === null)) return [];
  const levels = scoped.filter(isLevel);
  const set = firstCompleteSet(BACKBONE_PART_SETS, (p) => levels.some((l) => l.part === p));
  if (set === undefined) return [];
  const used = levels.filter((l) => l.part !== null && set.includes(l.part));
  return levels
    .filter((l) => !used.includes(l))
    .map((l) => {
      const same = used.filter((u) => overlaps(u.part, l.part));
      const params = { column: columnLetters(l.column), header: l.header, overlap: (same.length > 0 ? same : used).map((u) => columnLetters(u.column)).join("、"), levels: used.map((u) => columnLetters(u.column)).join("+") };
      return issueAt("read_backbone_level_overlap", "warning", band.sheet, headerRowOf(band, l.column), l.column, params);
    });
}

/**
 * Backbone level columns not added up to L2 because a set of other levels counts their teachers
 * already (rules.md §2: L2 counts each county-up backbone teacher once). A merged column (省市级,
 * 市级及以上, keys.ts LEVEL_COVERS) beside the single levels it merges is most likely their
 * subtotal; adding both would count those teachers twice, so the single levels are read
 * (BACKBONE_PART_SETS puts them first) and the merged column is left unread — with a warning at
 * its header cell, since nothing in the sheet proves it is a subtotal and the user should check.
 * None when a column gives L2 itself (the levels are then not read at all) or no set is whole
 * (backboneLevelGaps says so).
 *
 * @example 骨干教师 over 省级 (D) | 市级 (E) | 省市级 (F) | 县级 (G) → read_backbone_level_overlap at F2 (overlap "D、E", levels "D+E+G")
 */
export function backboneLevelOverlaps(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const stages = [...new Set(roles.filter(isLevel).map((r) => r.stage))];
  const all = stages.flatMap((stage) => scopeIssues(band, roles, stage));
  return all.filter((issue, i) => all.findIndex((o) => o.cell === issue.cell) === i);
}
