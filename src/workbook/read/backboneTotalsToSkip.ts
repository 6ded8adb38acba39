import type { Issue, Stage } from "../../engine/types";
import { columnLetters } from "../address";
import { TOTAL } from "./aliases";
import { groupColumns, type HeaderBand, type HeaderColumn } from "./findHeader";
import { firstCompleteSet } from "./firstCompleteSet";
import { inStageScope } from "./inStageScope";
import { issueAt } from "./issue";
import { BACKBONE_PART_SETS, type Part } from "./keys";
import { analysePath, matchHeaderPath } from "./matchHeaderPath";

/**
 * A backbone level below the county (县级以下, 校级, 乡镇级, 片区级, 学区级 …), or 其他: a total beside
 * it counts teachers L2 does not (rules.md §2: county level or above).
 */
const BELOW_COUNTY = /^(县级以下|县以下|校级|学校级|校|乡镇级|乡镇|乡级|镇级|乡|镇|街道级|街道|片区级|片区|学区级|学区|中心校级|联校级|其他|其它)(骨干)?(教师)?(数|人数)?$/;
/** Asides that do not change the level: 乡镇(学区)级 is 乡镇级, 校级及以下 is 校级, 县级以下(含校级) is 县级以下. */
const ASIDES = /\([^()]*\)|及以下/g;

/**
 * Whether a leaf beside a total names a level the total counts and L2 does not: a level below the
 * county or 其他, or any other …级 that the aliases do not read as 国家级 / 省级 / 市级 / 县级 (or 县级及以上).
 *
 * @example isBelowCounty(["骨干教师", "乡(镇)级"]) // true; isBelowCounty(["骨干教师", "县(区)级"]) // false
 */
function isBelowCounty(path: readonly string[]): boolean {
  const leaf = (analysePath(path).segments.at(-1) ?? "").replace(ASIDES, "");
  if (BELOW_COUNTY.test(leaf)) return true;
  return /级$/.test(leaf) && matchHeaderPath(path)?.key !== "backboneTeachers";
}
/** A total: a leaf the aliases read as the group's own number. */
const TOTAL_LEAF = new RegExp(TOTAL);
/**
 * A backbone column that names no level (骨干教师, 骨干教师数, and 骨干教师（合计）, whose 合计 the
 * header reading drops): all backbone teachers, 校级 ones included, unlike 县级及以上骨干教师.
 */
const NO_LEVEL_LEAF = /^骨干(教师)?(数|人数)?$/;

/**
 * A column read as backbone teachers, with the stage and part it is read with. `total`: a group's
 * own number (骨干教师/合计), or `plain`: a column naming no level (NO_LEVEL_LEAF).
 */
interface Backbone {
  readonly own: HeaderColumn;
  readonly stage: Stage | null;
  readonly part: Part | null;
  readonly total: boolean;
  readonly plain: boolean;
}

function leafOf(own: HeaderColumn): string {
  return analysePath(own.path).segments.at(-1) ?? "";
}

/** No segment of the path says 县级及以上 (县级及以上/骨干教师 is L2's own number). */
const namesNoLevel = (own: HeaderColumn): boolean => NO_LEVEL_LEAF.test(leafOf(own)) && !analysePath(own.path).segments.some((s) => s.includes("以上"));

function backboneOf(own: HeaderColumn): Backbone | null {
  const hit = matchHeaderPath(own.path);
  if (hit === null || hit.key !== "backboneTeachers") return null;
  const plain = hit.part === null && namesNoLevel(own);
  return { own, stage: hit.stage, part: hit.part, plain, total: plain || (hit.part === null && own.path.length >= 2 && TOTAL_LEAF.test(leafOf(own))) };
}

const headerOf = (own: HeaderColumn): string => own.path.join("/");

function siblings(band: HeaderBand, own: HeaderColumn): HeaderColumn[] {
  return groupColumns(band, own).filter((c) => c.column !== own.column);
}

/** The levels that make a whole set (省级 + 市级 + 县级, 国家级 optional), those rowFields would add up. */
function levelSet(levels: readonly Backbone[]): Backbone[] | null {
  const set = firstCompleteSet(BACKBONE_PART_SETS, (p) => levels.some((l) => l.part === p));
  return set === undefined ? null : levels.filter((l) => l.part !== null && set.includes(l.part));
}

const letters = (levels: readonly Backbone[]): string => levels.map((l) => columnLetters(l.own.column)).join("+");

/** A backbone header, not one of teachers rotating (骨干教师交流轮岗/校级 counts something else). */
const isBackboneHeader = (path: readonly string[]): boolean => path.some((s) => s.includes("骨干")) && !path.some((s) => /交流|轮岗/.test(s));

/**
 * The columns beside a total that name a level below the county: a group total's siblings; for a
 * column naming no level, any backbone column of the sheet (校级骨干教师), never a column that only
 * looks like a level (乡镇, 其他) outside a backbone header.
 */
function belowCounty(band: HeaderBand, total: Backbone): HeaderColumn | undefined {
  if (!total.plain) return siblings(band, total.own).find((c) => isBelowCounty(c.path));
  return band.columns.find((c) => c.column !== total.own.column && isBackboneHeader(c.path) && isBelowCounty(c.path));
}

/** The usable level columns rowFields would add up in the total's stage's scope (inStageScope). */
function levelsInScope(total: Backbone, all: readonly Backbone[], usable: ReadonlySet<number>): Backbone[] | null {
  return levelSet(all.filter((b) => b.part !== null && usable.has(b.own.column) && inStageScope(b, total.stage)));
}

/** Why a total is not read, and what is read instead; null when the total is L2's number. */
function skipIssue(band: HeaderBand, total: Backbone, all: readonly Backbone[], usable: ReadonlySet<number>): Issue | null {
  const at = (code: string, severity: "info" | "warning", params: Record<string, string>) =>
    issueAt(code, severity, band.sheet, total.own.headerRow, total.own.column, { column: columnLetters(total.own.column), header: headerOf(total.own), ...params });
  const countyUp = all.find((b) => !b.total && b.part === null && b.stage === total.stage && usable.has(b.own.column));
  if (countyUp !== undefined) return at("read_backbone_total_county_up", "info", { useColumn: columnLetters(countyUp.own.column), use: headerOf(countyUp.own) });
  const below = belowCounty(band, total);
  const levels = total.plain ? levelsInScope(total, all, usable) : groupLevels(band, total, all, usable);
  if (below === undefined) return total.plain && levels !== null ? at("read_backbone_total_levels", "info", { levels: letters(levels) }) : null;
  const belowParams = { belowColumn: columnLetters(below.column), below: headerOf(below) };
  if (levels === null) return at("read_backbone_total_below_county_unused", "warning", belowParams);
  return at("read_backbone_total_below_county", "info", { ...belowParams, levels: letters(levels) });
}

/** The usable levels of a group total's own group, when they make a whole set. */
function groupLevels(band: HeaderBand, total: Backbone, all: readonly Backbone[], usable: ReadonlySet<number>): Backbone[] | null {
  const group = new Set(siblings(band, total.own).map((c) => c.column));
  return levelSet(all.filter((b) => b.part !== null && group.has(b.own.column) && usable.has(b.own.column)));
}

/**
 * The backbone totals (骨干教师 over 合计 | …, and the columns naming no level: 骨干教师数,
 * 骨干教师（合计）) not to read as L2, each said at its header cell. L2 counts backbone teachers
 * recognised at county level or above (rules.md §2), so a total is not read when a county-up
 * column of its stage exists (骨干教师/县级及以上, or a 县级及以上骨干教师数 column anywhere: the
 * exact definition), nor when a level below the county stands beside it (校级, 乡镇级, 片区级 …:
 * the total counts them too); then its group's levels are added up when they make a whole set
 * (省级, 市级, 县级, and 国家级 when given), else L2 has no column (a warning). A column naming no
 * level is not read either beside levels of its scope that make a whole set
 * (read_backbone_total_levels): it may count 校级 teachers the sheet does not show, while the
 * levels are L2 by definition. A group's 合计 beside county-up levels only is their sum and is read. Decided before duplicates are weeded out, so that the column read instead is never
 * discarded as the total's duplicate. `ignored`: columns the user left unused, never read instead.
 *
 * @example 骨干教师/合计 | 省级 | 市级 | 县级 | 乡镇级 → the 合计 column, read_backbone_total_below_county (levels "G+H+I")
 * @example 骨干教师/合计 | 县级及以上 | 校级 → the 合计 column, read_backbone_total_county_up (use 县级及以上)
 * @example 骨干教师（合计） (D) | 县级及以上骨干教师 (E) | 校级骨干教师 → D, read_backbone_total_county_up (use E)
 * @example 骨干教师数 (D) | 省级骨干教师 | 市级骨干教师 | 县级骨干教师 → D, read_backbone_total_levels (levels "E+F+G")
 */
export function backboneTotalsToSkip(band: HeaderBand, issues: Issue[], ignored: ReadonlySet<number> = new Set()): Set<number> {
  const all = band.columns.map(backboneOf).filter((b): b is Backbone => b !== null);
  const totals = all.filter((b) => b.total);
  const usable = new Set(all.filter((b) => !b.total && !ignored.has(b.own.column)).map((b) => b.own.column));
  const skipped = new Set<number>();
  for (const total of totals) {
    const issue = skipIssue(band, total, all, usable);
    if (issue === null) continue;
    issues.push(issue);
    skipped.add(total.own.column);
  }
  return skipped;
}
