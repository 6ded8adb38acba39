import type { Issue, Stage } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { firstCompleteSet } from "./firstCompleteSet";
import { inStageScope } from "./inStageScope";
import { issueAt } from "./issue";
import { BACKBONE_PART_SETS, LEVEL_COVERS, type ColumnKey, type ColumnRole, type Part } from "./keys";
import { PE_ART_PARTS } from "./rowFields";

/** A field read as the sum of part columns, some of which may count what others count (a subtotal). */
interface PartField {
  readonly key: ColumnKey;
  /** The part sets rowFields tries in turn (the first whose columns all exist is added up). */
  readonly sets: readonly (readonly Part[])[];
  /** The single parts each part column counts; a part not listed counts itself. */
  readonly covers: Readonly<Partial<Record<Part, readonly Part[]>>>;
  readonly code: string;
}

const FIELDS: readonly PartField[] = [
  { key: "backboneTeachers", sets: BACKBONE_PART_SETS, covers: LEVEL_COVERS, code: "read_backbone_level_overlap" },
  // 音乐美术教师 counts the 音乐 and 美术 teachers (rowFields PE_ART_PARTS).
  { key: "peArtTeachers", sets: PE_ART_PARTS, covers: { musicArt: ["music", "art"] }, code: "read_pe_art_overlap" },
];

/** The part columns of one field and scope left out of the set rowFields adds up, each said at its header cell. */
function scopeIssues(band: HeaderBand, roles: readonly ColumnRole[], field: PartField, stage: Stage | null): Issue[] {
  const scoped = roles.filter((r) => r.key === field.key && inStageScope(r, stage));
  if (scoped.some((r) => r.part === null)) return [];
  const set = firstCompleteSet(field.sets, (p) => scoped.some((l) => l.part === p));
  if (set === undefined) return [];
  const used = scoped.filter((l) => l.part !== null && set.includes(l.part));
  const covers = (p: Part | null): readonly Part[] => (p === null ? [] : (field.covers[p] ?? [p]));
  return scoped
    .filter((l) => !used.includes(l))
    .map((l) => {
      const same = used.filter((u) => covers(u.part).some((p) => covers(l.part).includes(p)));
      const params = { column: columnLetters(l.column), header: l.header, overlap: (same.length > 0 ? same : used).map((u) => columnLetters(u.column)).join("、"), levels: used.map((u) => columnLetters(u.column)).join("+") };
      return issueAt(field.code, "warning", band.sheet, headerRowOf(band, l.column), l.column, params);
    });
}

/**
 * Part columns not added up because a set of other parts counts their teachers already (rules.md
 * §2: L2 and L3 count each teacher once). A merged column (省市级 beside 省级 and 市级, keys.ts
 * LEVEL_COVERS; 音乐美术教师 beside 音乐 and 美术) is most likely their subtotal; adding both
 * would count those teachers twice, so the single parts are read (their sets come first) and the
 * merged column is left unread — with a warning at its header cell, since nothing in the sheet
 * proves it is a subtotal and the user should check. None when a column gives the field itself
 * (the parts are then not read at all) or no set is whole (backboneLevelGaps, unmatchedHeaders
 * say so).
 *
 * @example 骨干教师 over 省级 (D) | 市级 (E) | 省市级 (F) | 县级 (G) → read_backbone_level_overlap at F2 (overlap "D、E", levels "D+E+G")
 */
export function partOverlaps(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  return FIELDS.flatMap((field) => {
    const stages = [...new Set(roles.filter((r) => r.key === field.key && r.part !== null).map((r) => r.stage))];
    const all = stages.flatMap((stage) => scopeIssues(band, roles, field, stage));
    return all.filter((issue, i) => all.findIndex((o) => o.cell === issue.cell) === i);
  });
}
