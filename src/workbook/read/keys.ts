import type { FieldKey, Stage } from "../../engine/types";

/**
 * What a column can mean besides a numeric field: the school's identity (name, county, type,
 * stage) and its yes / no facts. `builtYear` gives the builtBy2016 / builtBy2010 flags.
 */
export const META_KEYS = [
  "name",
  "county",
  "township", // 乡镇（街道）: tells apart schools of one name (中心小学) in different townships
  "type",
  "stage",
  "counted", // 是否计校数
  "private", // 办学性质 / 是否民办
  "sponsor", // 举办者 (县级教育部门, 地方企业, 民办 …): private and county-run where 办学性质 / 隶属 are blank (rowMeta sponsorFlags)
  "countyRun", // 是否县属 / 隶属
  "rural", // 城乡分类 / 是否乡村
  "boarding", // 是否寄宿制
  "builtYear", // 建成年份
  "builtBy2016", // 2016年及以前建成 (是 / 否)
  "builtBy2010",
] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** A column's meaning: a numeric field or a meta key. */
export type ColumnKey = FieldKey | MetaKey;

/**
 * Parts that add up to a field when the sheet has no column for the field itself (rules.md §2):
 * L1 from the degree breakdown, L2 from the levels of recognition (国家级, 省级, 市级, 县级), L3
 * from the subject breakdown. `associateUp` (专科及以上) is the primary L1 numerator,
 * `bachelorUp` (本科及以上) the junior one.
 */
export const PARTS = [
  "associateUp",
  "bachelorUp",
  "graduate",
  "bachelor",
  "associate",
  "levelNational",
  "levelProvince",
  "levelCity",
  "levelCounty",
  "levelProvinceCity",
  "levelProvinceUp",
  "levelCityUp",
  "pe",
  "music",
  "art",
  "arts",
  "musicArt",
] as const;
export type Part = (typeof PARTS)[number];

/**
 * L2 = backbone teachers recognised at county level or above (rules.md §2): the levels add up
 * when the sheet has no county-up column. The first set whose columns all exist is used; a 校级
 * (school-level) column is never part of it, and a breakdown lacking 省级 or 县级 is not taken
 * for the whole (it would undercount; backboneLevelGaps says so at the group's header).
 *
 * Bureaus often merge the upper levels into one column (LEVEL_COVERS): 省市级 (省级 and 市级, the
 * statistics export's 县级及以上骨干教师 over 省市级 | 县级), 省级及以上 (国家级 and 省级), 市级及以上
 * (国家级 to 市级). Sets of single levels come first, so that a merged column beside the levels it
 * merges is not added to them (partOverlaps says it is left unread).
 *
 * @example 骨干教师 over 省级 | 市级 | 县级 = 2 | 3 | 7 → 12
 * @example 县级及以上骨干教师 over 省市级 | 县级 = 9 | 20 → 29
 */
export const BACKBONE_PART_SETS: readonly (readonly Part[])[] = [
  ["levelNational", "levelProvince", "levelCity", "levelCounty"],
  ["levelProvince", "levelCity", "levelCounty"],
  ["levelProvinceUp", "levelCity", "levelCounty"],
  ["levelNational", "levelProvinceCity", "levelCounty"],
  ["levelProvinceCity", "levelCounty"],
  ["levelCityUp", "levelCounty"],
];

/** The single levels each backbone level column counts: a merged column (省市级) counts several. */
export const LEVEL_COVERS: Readonly<Partial<Record<Part, readonly Part[]>>> = {
  levelNational: ["levelNational"],
  levelProvince: ["levelProvince"],
  levelCity: ["levelCity"],
  levelCounty: ["levelCounty"],
  levelProvinceCity: ["levelProvince", "levelCity"],
  levelProvinceUp: ["levelNational", "levelProvince"],
  levelCityUp: ["levelNational", "levelProvince", "levelCity"],
};

/** One recognised column of the school sheet. */
export interface ColumnRole {
  /** 0-based sheet column. */
  readonly column: number;
  readonly key: ColumnKey;
  /** Set for per-stage columns (小学在校生, 县级以上骨干教师(初中)). */
  readonly stage: Stage | null;
  readonly part: Part | null;
  /** Multiplier to the engine's unit: 10000 for 万元, 1 otherwise. */
  readonly unitFactor: number;
  /** The unit the factor comes from as the sheet states it (万元, 万平方米, 亩); absent when the column is read as it is. */
  readonly unit?: string;
  /** The column's header path joined with `/`. */
  readonly header: string;
  /** Set when the user gave the column its role (--map, the task pane's mapping), not the reader. */
  readonly byHand?: true;
}
