import type { Issue, Stage } from "../../engine/types";
import { groupColumns, headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import { analysePath } from "./matchHeaderPath";
import { inStageScope } from "./inStageScope";
import { BACKBONE_PART_SETS, LEVEL_COVERS, type ColumnRole, type Part } from "./keys";

/** The levels as headers write them: the message names the column the user would add. */
const LEVEL_WORDS: Partial<Record<Part, string>> = {
  levelNational: "国家级",
  levelProvince: "省级",
  levelCity: "市级",
  levelCounty: "县级",
  levelProvinceCity: "省市级",
  levelProvinceUp: "省级及以上",
  levelCityUp: "市级及以上",
};

const isBackbone = (r: ColumnRole): boolean => r.key === "backboneTeachers";

/** A merged level (省市级): a set with one is only suggested when the sheet has that column, else the single levels are named. */
const isMerged = (p: Part): boolean => (LEVEL_COVERS[p]?.length ?? 1) > 1;

/** The level set lacking the fewest columns, and those columns (国家级 is optional: the shorter set wins a tie). */
function lacking(parts: ReadonlySet<Part>): Part[] {
  const candidates = BACKBONE_PART_SETS.filter((set) => set.every((p) => !isMerged(p) || parts.has(p)));
  const gaps = candidates.map((set) => set.filter((p) => !parts.has(p)));
  return gaps.reduce((best, gap) => (gap.length <= best.length ? gap : best));
}

/** The path without a units row's segment under the header (人): 县级及以上骨干教师/县级/人 is the level 县级 of the group 县级及以上骨干教师. */
function withoutUnit(path: readonly string[]): readonly string[] {
  const last = path.at(-1);
  return last !== undefined && path.length > 1 && analysePath([last]).segments.length === 0 ? path.slice(0, -1) : path;
}

/** The group's header cell: the row above the levels' own cells, at the group's first column; a level without a group at its own cell. */
function groupCell(band: HeaderBand, column: number): { row: number; column: number; header: string } {
  const own = band.columns.find((c) => c.column === column);
  const path = own === undefined ? [] : withoutUnit(own.path);
  if (own === undefined || path.length < 2) return { row: headerRowOf(band, column), column, header: path.join("/") };
  const members = groupColumns(band, own);
  return { row: Math.max(band.top, own.headerRow - 1), column: Math.min(...members.map((c) => c.column)), header: path.slice(0, -1).join("/") };
}

function gapIssue(band: HeaderBand, roles: readonly ColumnRole[], stage: Stage | null): Issue | null {
  const backbone = roles.filter((r) => isBackbone(r) && inStageScope(r, stage));
  if (backbone.some((r) => r.part === null) || (stage === null && roles.some((r) => isBackbone(r) && r.part === null))) return null;
  const levels = backbone.filter((r) => r.part !== null);
  const gap = lacking(new Set(levels.flatMap((r) => (r.part === null ? [] : [r.part]))));
  const first = levels[0];
  if (gap.length === 0 || first === undefined) return null;
  const cell = groupCell(band, first.column);
  const words = (parts: readonly Part[]) => parts.map((p) => LEVEL_WORDS[p] ?? p).join("、");
  const present = words(levels.flatMap((r) => (r.part === null ? [] : [r.part])));
  return issueAt("read_backbone_levels_incomplete", "warning", band.sheet, cell.row, cell.column, { header: cell.header, levels: present, missing: words(gap) });
}

/**
 * A breakdown of backbone teachers by level (骨干教师 over 市级 | 县级) that cannot add up to L2,
 * which counts county level or above (rules.md §2): without 省级 (or 市级, 县级) the sum would
 * undercount without saying so, so it is not taken (BACKBONE_PART_SETS) and L2 has no number. A
 * warning at the group's header cell names the level columns the sum lacks, so that the user adds
 * them (0 where the county has none) or maps a county-up total; none when a column gives L2 itself.
 *
 * @example roles 骨干教师/市级 (G), 骨干教师/县级 (H), no other backbone column → read_backbone_levels_incomplete at G2, missing 省级
 * @example roles 县级及以上骨干教师/省市级 (N) alone → read_backbone_levels_incomplete at N3, missing 县级
 */
export function backboneLevelGaps(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const stages = [...new Set(roles.filter((r) => isBackbone(r) && r.part !== null).map((r) => r.stage))];
  return stages.map((stage) => gapIssue(band, roles, stage)).filter((i): i is Issue => i !== null);
}
