/**
 * The engine's vocabulary: what goes in (plain school records whose numbers carry the cell they
 * came from) and what comes out (per-section flags, coefficients, guarantee and quality items,
 * the county verdict). Pure data: no Excel, no fs, no DOM.
 */

/** Where a value came from, as `Sheet!D7`; null when it was computed or supplied by code. */
export type CellRef = string | null;

/** A number read from a cell. The reader never fabricates one: an unreadable cell is an issue and no Sourced. */
export interface Sourced<T = number> {
  readonly value: T;
  readonly cell: CellRef;
  /**
   * Cells the reader took as 0 in this value (a blank part of a sum beside given parts, a dash):
   * `cell` stands for them wherever the value is used. The engine does not read it; the front
   * ends warn when an indicator not met rests on one (src/report/assumedZeroIssues.ts).
   */
  readonly assumedZeros?: readonly AssumedZero[];
}

/** A cell read as 0 without a number in it: a blank part beside given parts, or a dash (`—`). */
export interface AssumedZero {
  readonly cell: string;
  readonly kind: "blank" | "dash";
  /** Its column's header as written, and the field (and part) it was read as. */
  readonly header: string;
  readonly field: string;
  readonly part?: string;
  /** A dash's text as typed (“—”, “无”), for the warning that names it; absent for a blank. */
  readonly text?: string;
}

export const STAGES = ["primary", "junior"] as const;
/** 学段: 小学 primary, 初中 junior middle. */
export type Stage = (typeof STAGES)[number];

// Anything but the first stage is the second only while there are two: a third in STAGES fails to compile here rather than count as 初中.
const SECOND_STAGE: (typeof STAGES)["length"] extends 2 ? 1 : never = 1;

/**
 * A stage's index in STAGES, by comparison: STAGES.indexOf is a builtin call comparing strings,
 * which the fast paths made for every section and two or three times for every school.
 * @example stageIndex("junior") // 1, as STAGES.indexOf("junior")
 */
export function stageIndex(stage: Stage): number {
  return stage === STAGES[0] ? 0 : SECOND_STAGE;
}

export const INDICATOR_CODES = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const;
/** The seven resource indicators of rules.md §2. */
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const SCHOOL_TYPES = [
  "primary", // 小学
  "junior", // 初级中学 / 初中
  "nine_year", // 九年一贯制学校
  "twelve_year", // 十二年一贯制学校
  "complete_middle", // 完全中学
  "teaching_point", // 教学点
  "special", // 特殊教育学校
  "vocational", // 职业高中学校
  "other",
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Numeric fields a row may carry. Counts are in persons / rooms, areas in m², money in yuan
 * (the reader converts 万元). On a whole-school row of a combined school the per-stage fields
 * (students, classes, teachers…) sit in `stageFields` and the shared ones (areas, equipment,
 * rooms, funding) in `fields`.
 */
export const FIELD_KEYS = [
  "students", // 在校生数
  "classes", // 班级数
  "qualifiedTeachers", // L1: 小学 专科及以上 / 初中 本科及以上 专任教师
  "backboneTeachers", // L2: 县级及以上骨干教师
  "peArtTeachers", // L3: 体育 + 音乐 + 美术 专任教师
  "teachingArea", // L4: 教学及辅助用房 (gross; the statistics count indoor sports rooms inside it)
  "indoorSportsArea", // 室内体育用房 / 体育馆
  "sportsGroundArea", // 运动场地面积 (outdoor)
  "sportsTotalArea", // 体育运动场馆面积, when L5's total is given directly
  "equipmentValue", // L6: 教学仪器设备资产值, yuan
  "multimediaRooms", // L7: 网络多媒体教室
  "teachers", // 专任教师 total
  "certifiedTeachers", // 持有教师资格证
  "trainedTeachers", // 完成5年360学时培训
  "largestClass", // 最大班额
  "classes_le25",
  "classes_26_30",
  "classes_31_35",
  "classes_36_40",
  "classes_41_45",
  "classes_46_50",
  "classes_51_55",
  "classes_56_60",
  "classes_61_65",
  "classes_ge66",
  "musicRooms", // 音乐专用教室 count
  "musicRoomsArea", // their total area, m²
  "musicRoomsCompliant", // rooms meeting the area rule, when the bureau states it
  "artRooms", // 美术专用教室
  "artRoomsArea",
  "artRoomsCompliant",
  "publicFunding", // 公用经费 actually allocated in the year, yuan
  "trainingFunds", // 教师培训经费, yuan
  "boardingStudents", // 寄宿生
  "seniorStudents", // 高中在校生 of a 完全中学 / 十二年一贯制 (for the split weights)
  // Merged class-size buckets (MERGED_CLASS_BUCKETS), last so that the fields above keep their columns.
  "classes_le45", "classes_46_55", "classes_56_65", "classes_ge56",
] as const;

/** The teacher subsets of the full-time teachers (专任教师): each at most the teachers. */
export const TEACHER_SUBSETS: readonly FieldKey[] = ["qualifiedTeachers", "backboneTeachers", "peArtTeachers", "certifiedTeachers", "trainedTeachers"];
/** Every field that counts teachers: the full-time teachers and their subsets. */
export const TEACHER_COUNT_FIELDS: ReadonlySet<string> = new Set<string>(["teachers", ...TEACHER_SUBSETS]);
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Class-size buckets of the statistics, smallest first (rules.md §4 item 5). */
export const CLASS_BUCKETS = [
  { key: "classes_le25", min: 0, max: 25 },
  { key: "classes_26_30", min: 26, max: 30 },
  { key: "classes_31_35", min: 31, max: 35 },
  { key: "classes_36_40", min: 36, max: 40 },
  { key: "classes_41_45", min: 41, max: 45 },
  { key: "classes_46_50", min: 46, max: 50 },
  { key: "classes_51_55", min: 51, max: 55 },
  { key: "classes_56_60", min: 56, max: 60 },
  { key: "classes_61_65", min: 61, max: 65 },
  { key: "classes_ge66", min: 66, max: Infinity },
] as const satisfies readonly { key: FieldKey; min: number; max: number }[];

/**
 * Merged class-size buckets, as bureau forms have them: the 大班额 returns' 45人及以下, 46-55人 and
 * 56-65人 (beside 66人及以上), and 56人及以上. Each is aligned with the statistics' edges (rules.md §4
 * item 5), so it decides every cap (45, 50) and the 56+ / 66+ counts that do not fall inside it. A
 * row's buckets are used when the given ones, standard and merged, partition the class sizes
 * (classData in guarantee/classCounts.ts); other merged headers are warned and not read.
 */
export const MERGED_CLASS_BUCKETS = [
  { key: "classes_le45", min: 0, max: 45 },
  { key: "classes_46_55", min: 46, max: 55 },
  { key: "classes_56_65", min: 56, max: 65 },
  { key: "classes_ge56", min: 56, max: Infinity },
] as const satisfies readonly { key: FieldKey; min: number; max: number }[];

/** A class-size bucket a row may give: one of the statistics' ten or a merged one. */
export interface ClassBucketSpan {
  readonly key: FieldKey;
  readonly min: number;
  readonly max: number;
}

/** Every class-size bucket, standard and merged, by smallest size, then the finest first. */
export const CLASS_BUCKET_SPANS: readonly ClassBucketSpan[] = [...CLASS_BUCKETS, ...MERGED_CLASS_BUCKETS].sort((a, b) => a.min - b.min || a.max - b.max);

export type Fields = Partial<Record<FieldKey, Sourced>>;

/**
 * Where a field's column is but the row gave no usable value, as `Sheet!J7`, so that a missing
 * number can be reported at the cell that should hold it. Mostly blank cells; also cells the
 * reader could not use (an error value, a negative, a count above the row's teacher total), each
 * of which already has a reader issue at that cell. A field summed from several columns (L1
 * degrees, L3 subjects) points at its first part, or at the unusable part. A field whose column
 * the sheet does not have gets no entry (its absence is a mapping matter, not a cell's).
 *
 * Two fields' entries change what is computed, as the statistics leave both blank for none (the
 * reader leaves out the entry of such a blank cell, so an entry is a cell given but not usable, or
 * a mark the sheet declares to mean no data). The indoor sports area: an entry without a value says
 * the indoor area is unknown, so the engine holds back the areas that need it (L5's ground area;
 * the teaching area when the profile deducts the indoor rooms from L4), each then pointing at the
 * indoor cell. The boarders count (boardingStudents), whole or of a stage: an entry says the
 * school's boarders are unknown, so G6 does not count them as the other cells' sum
 * (fundingCheck.boardersUnknown).
 *
 * @example a blank 骨干教师 cell J7 → { backboneTeachers: "学校基本情况!J7" }
 */
export type BlankCells = Partial<Record<FieldKey, string>>;

/** Facts about a school that are yes / no. Absent means unknown. */
export interface SchoolFlags {
  readonly private?: boolean; // 民办
  readonly countyRun?: boolean; // 县属 (false: run by the city / province / a company)
  readonly rural?: boolean; // 乡村 (for the small-school funding tiers and the small rural room areas)
  readonly builtYear?: number; // 建成年份, compared with the profile's relaxation years
  readonly builtBy2016?: boolean; // a yes / no column "2016年及以前建成" (used when the year is unknown)
  readonly builtBy2010?: boolean; // a yes / no column "2010年及以前建成" (used when the year is unknown)
  readonly boarding?: boolean; // 寄宿制学校 (out of the nearby-enrolment rule)
  readonly notCounted?: boolean; // 不计校数: the reader merges such rows into their parent
}

/** The row a record was read from (1-based, as Excel shows it). */
export interface SourceRow {
  readonly sheet: string;
  readonly row: number;
}

/**
 * One input row: a school section (stage set), or a whole combined school (stage null) whose
 * per-stage numbers sit in `stageFields` and whose shared numbers sit in `fields`.
 */
export interface SchoolRecord {
  /** Unique within one input, stable across runs (e.g. `学校基本情况!12`). */
  readonly id: string;
  readonly name: string;
  readonly county: string | null;
  readonly type: SchoolType;
  readonly stage: Stage | null;
  readonly fields: Fields;
  readonly stageFields?: Partial<Record<Stage, Fields>>;
  /** Fields without a value whose column exists (a combined row: its columns without a stage). */
  readonly blankCells?: BlankCells;
  /** A combined row's per-stage columns without a value, by stage (they win over `blankCells`). */
  readonly stageBlankCells?: Partial<Record<Stage, BlankCells>>;
  /**
   * A combined row's whole-school numbers of a field that each stage reads from other columns, as
   * that stage would read them: L1 (rules.md §2), 小学 专科及以上 and 初中 本科及以上, from the row's
   * columns without a stage. Never a stage's own number (teachers are counted by the stage they
   * teach, and no weights split them): the engine only names it, at its cell, as given for the
   * whole school (combined_whole_school_only). Absent when there are none.
   * @example 红旗学校 | 专任教师 其中：专科及以上 63 (H7) | 其中：本科及以上 45 (I7) → { primary: { qualifiedTeachers: 63 at H7 }, junior: { qualifiedTeachers: 45 at I7 } }
   */
  readonly wholeStageFields?: Partial<Record<Stage, Fields>>;
  /** The whole-school cells of those fields (wholeStageFields) without a value, by stage. */
  readonly wholeStageBlankCells?: Partial<Record<Stage, BlankCells>>;
  /**
   * A section row's values in columns read for the other stage only (a column the user's mapping or
   * its header gives one stage, with no column of the field for this one): the value stands in the
   * cell but is not the section's. The engine names that cell when the field is missing
   * (missing_numerator_stage_column), not a blank cell there is none of. Absent when there are none.
   * @example 第一初级中学 (初中), P 运动场地面积 mapped as 小学, P31 24788 → { sportsGroundArea: "学校基本情况!P31" }
   */
  readonly unreadStageCells?: BlankCells;
  readonly flags: SchoolFlags;
  readonly source: SourceRow | null;
}

/** A county-level figure (项目 | 数值), keyed by the profile's item code. */
export interface CountyFigure {
  readonly county: string | null;
  /** A code from the profile's county items, e.g. `G8_pay_ratio`. */
  readonly code: string;
  /** Ratios as fractions (95% → 0.95); yes / no items as booleans; levels as numbers. */
  readonly value: number | boolean;
  readonly cell: CellRef;
  /**
   * Every cell a figure computed from several was read from, `cell` first (G8 from the teachers'
   * and the civil servants' pay: both amounts' cells). Absent for a figure read from its one cell.
   */
  readonly cells?: readonly CellRef[];
  /**
   * Set when the county answered 是 / 否 (达标 / 未达标) for an item judged by a figure (G8 教师工资不低于
   * 公务员 | 否): `value` is then that declared verdict, not a figure — met or not met as stated,
   * basis "evidence", at the answer's cell. Absent for a figure and for a yes / no item's answer.
   */
  readonly answered?: true;
  /**
   * The 县区 cell naming `county` on a list with a county column (县级指标!A34, or the cell above it a
   * block's blank 县区 cell takes its county from): where a misspelt county is to be corrected.
   * Absent for a sheet without one.
   */
  readonly countyCell?: CellRef;
  /**
   * A veto item's 无 read beside stage cells of its row left blank (违规择校 | 无 | (blank) under 小学 |
   * 初中): each blank cell with its stage. The reader does not know the county's stages: the engine
   * holds the item 待评估 at such a cell only when the county has sections of its stage (vetoResults),
   * a county with no 初中 having nothing to say there. Absent for a figure whose row has none.
   */
  readonly blankStageCells?: readonly BlankStageCell[];
  /**
   * A veto item's 无 read beside stage cells of its row saying the item does not concern that stage (违规择校
   * | 无 | 无初中, or / or 不适用): each such cell with its stage and text. Held as a blank cell is
   * (vetoResults), and said (vetoStageNoneIssues), in a county with sections of that stage: its 初中
   * schools were left unanswered, the veto cleared on the 小学 cell alone (s52 R5). Absent for a row with none.
   */
  readonly noneStageCells?: readonly NoneStageCell[];
}

/** A stage cell of a veto row saying the item does not concern that stage (CountyFigure.noneStageCells): its text as typed. */
export interface NoneStageCell extends BlankStageCell {
  readonly text: string;
}

/** A stage cell left blank on a veto row (CountyFigure.blankStageCells). */
export interface BlankStageCell {
  readonly stage: Stage;
  readonly cell: CellRef;
}

export interface EvaluationInput {
  readonly records: readonly SchoolRecord[];
  readonly countyFigures: readonly CountyFigure[];
  /** The year whose target share of passing schools applies; null: the latest target. */
  readonly year: number | null;
}

// ---------------------------------------------------------------------------------------------
// Issues: data problems are values, not exceptions.

export type Severity = "error" | "warning" | "info";

/**
 * A data problem. `code` keys the message catalogue (src/messages); `params` fill its
 * placeholders. The engine and the reader both produce these.
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly cell: CellRef;
  readonly params: Readonly<Record<string, string | number>>;
}

// ---------------------------------------------------------------------------------------------
// Results.

/** met: at or above standard; floor: below standard but at least the floor (85%); below: under the floor. */
export type IndicatorStatus = "met" | "floor" | "below";

export interface IndicatorResult {
  readonly code: IndicatorCode;
  /** Numerator used (after the indoor-sports deduction and any combined-school split). */
  readonly numerator: number;
  /** The indicator value: numerator ÷ students (× 100 for L1, L2, L3, L7). Unrounded. */
  readonly value: number;
  readonly standard: number;
  /** standard × the profile's floor ratio. */
  readonly floor: number;
  readonly status: IndicatorStatus;
  /** value ÷ standard. */
  readonly ratio: number;
  /** What is still needed to reach standard (rules.md §7): whole teachers / rooms, m², yuan; never negative. */
  readonly shortfall: number;
  /** Cells the value was computed from (numerator parts, students). */
  readonly cells: readonly CellRef[];
}

export type ScopeReason =
  | "special_education"
  | "vocational"
  | "small_teaching_point"
  | "private"
  | "not_county_run"
  | "other_type";

/** One step of the cheapest way for a failing school to pass. */
export interface PassPlanStep {
  readonly code: IndicatorCode;
  /** "standard": bring to standard; "floor": may stay at ≥ 85% (bring to the floor if below it). */
  readonly target: "standard" | "floor";
  /** Amount needed in the indicator's unit of need (teachers / rooms whole, m², yuan). */
  readonly amount: number;
  /**
   * For a combined school's section whose indicator takes its share of a whole-school value
   * (SplitInfo.shared): what the whole school must add for this section to gain `amount`, as the
   * addition is split by the same share (amount ÷ share; rooms rounded up). Absent otherwise, for a
   * step needing nothing, and at a share of 1 (a section with all the school's students: its amount
   * is the school's, 483ae32).
   */
  readonly schoolAmount?: number;
  /**
   * Estimated cost in yuan when the profile has a unit cost for this indicator, else null: of
   * `schoolAmount` when given (what is bought is the whole school's), else of `amount`.
   */
  readonly cost: number | null;
}

export interface PassPlan {
  /** The indicator allowed to stay at the floor. */
  readonly relaxed: IndicatorCode;
  readonly steps: readonly PassPlanStep[];
  /** Sum of step costs when every step has a cost, else null. */
  readonly totalCost: number | null;
  /**
   * How the plan was chosen among the plans not dominated (a plan needing no less of every kind
   * and more of one than another is never chosen): "cost" by the profile's unit costs;
   * "dominance" by that alone, the plans left all needing the same (cheapest whatever the unit
   * costs); "largest_gap" by the largest relative gap, the profile lacking a unit cost they need.
   */
  readonly basis: "cost" | "dominance" | "largest_gap";
  /**
   * With basis "largest_gap", the relaxed indicators of the plans weighed by their gaps (those left
   * after dominance that need different things, the chosen one first), e.g. ["L5", "L4"]; absent
   * otherwise, and when the plans left all need the same.
   */
  readonly weighed?: readonly IndicatorCode[];
}

export interface SplitInfo {
  /** The whole-school record this section was split from. */
  readonly recordId: string;
  /** This section's share of the shared resources, e.g. 166 ÷ (166 + 1.1 × 210). */
  readonly share: number;
  /**
   * The indicators whose added-to field (teaching space, sports grounds, equipment, rooms:
   * ADDED_TO) is this share of the school's value, none given for the stage itself: what the
   * school adds to them reaches the section only by its share.
   */
  readonly shared: readonly IndicatorCode[];
}

/** What a combined school must add as a whole to one indicator its sections share (combinedNeeds, rules.md §2 and §7). */
export interface SharedNeed {
  /** What the school adds so that every section reaches standard, its share of it going to each. */
  readonly toStandard: number;
  /** The sections' own shortfalls added up: less than `toStandard` unless the shares match the needs. */
  readonly sectionsToStandard: number;
  /** What the school adds for the ways to pass of its failing sections; null when no way to pass raises the indicator. */
  readonly byPlan: number | null;
  /** Those ways to pass' amounts added up (null with byPlan). */
  readonly sectionsByPlan: number | null;
  /**
   * The sections that take this indicator from the whole-school value (SplitInfo.shared), by stage:
   * every section of the school, or one of them when another gives its own figure, whose need is
   * then its own (the sections' table) and in none of these amounts.
   */
  readonly sharedBy: readonly Stage[];
}

/** A combined school whose sections share whole-school values (split by weighted students), with what it must add as a whole. */
export interface CombinedNeed {
  readonly recordId: string;
  readonly name: string;
  readonly county: string | null;
  /** Each evaluated section's share, by stage (a 完全中学's senior part takes the rest). */
  readonly shares: Partial<Record<Stage, number>>;
  readonly indicators: Partial<Record<IndicatorCode, SharedNeed>>;
  /**
   * Failing sections sharing some of these indicators that have no way to pass (they fail whatever
   * their missing values are, so none is computed: SectionResult.passPlan null), by stage. Each
   * `byPlan` leaves out what such a section would ask, so it is then a lower bound; said on the
   * school, not per indicator, as the section lacks a whole plan, not one step of it.
   */
  readonly sectionsWithoutPlan: readonly Stage[];
}

export interface SectionResult {
  /** `${recordId}#${stage}`. */
  readonly id: string;
  readonly recordId: string;
  readonly name: string;
  readonly county: string | null;
  readonly type: SchoolType;
  readonly stage: Stage;
  readonly students: number | null;
  readonly included: boolean;
  readonly exclusion: ScopeReason | null;
  /** False when the section is in scope but cannot be evaluated (e.g. zero students, a missing numerator). */
  readonly evaluable: boolean;
  /** Issue codes explaining why it is not evaluable. */
  readonly notEvaluable: readonly string[];
  readonly indicators: Partial<Record<IndicatorCode, IndicatorResult>>;
  readonly metCount: number | null;
  readonly pass: boolean | null;
  readonly passPlan: PassPlan | null;
  readonly split: SplitInfo | null;
  readonly source: SourceRow | null;
}

export interface IndicatorStats {
  readonly code: IndicatorCode;
  /** Sections contributing (in scope, evaluable for this indicator, students > 0). */
  readonly n: number;
  /**
   * Sections of the group's `schools` without a point for this indicator (its value missing, or
   * their students unknown): schools = n + missing by definition. The coefficient is judged on the
   * others and may change once these are filled in (差异系数 sheet: 缺 n 校数据).
   */
  readonly missing: number;
  /** Student-weighted mean (= Σ numerators ÷ Σ students, × 100 where per-100); null when n = 0. */
  readonly mean: number | null;
  /** Student-weighted population standard deviation (0 for one section); null when n = 0. */
  readonly sd: number | null;
  /** sd ÷ mean; null when n < 2 or the mean is 0. */
  readonly cv: number | null;
  readonly limit: number;
  readonly met: boolean | null;
}

export interface CoefficientGroup {
  readonly county: string | null;
  readonly stage: Stage;
  /** Sections in scope with students (> 0 or unknown; rules.md §3), evaluable or not: each indicator's `n` plus its `missing`. */
  readonly schools: number;
  readonly indicators: Record<IndicatorCode, IndicatorStats>;
  /** Average of the 7 CVs (综合差异系数, the older 基本均衡 method): a labelled reference only. */
  readonly averageCv: number | null;
  readonly legacyLimit: number;
}

export type Verdict = "met" | "not_met" | "not_assessed";
export type Area = "resources" | "guarantee" | "quality" | "recognition";

/** One guarantee / quality / recognition item (rules.md §4–6). */
export interface ItemResult {
  /** Profile item code, e.g. `G3`, `G11`, `Q9`, `R1`. */
  readonly code: string;
  readonly area: Area;
  readonly verdict: Verdict;
  /** The county's figure (a ratio, count or amount); null for evidence items and when absent. */
  readonly figure: number | null;
  readonly threshold: number | null;
  /** Where the figure came from. */
  readonly basis: "school_data" | "county_figure" | "evidence" | "none";
  /**
   * What the figure (and threshold) state, as the engine built the item: from school data the
   * number of schools failing (G3–G7), the lowest school's value (Q4's training-funds share) or a
   * county rate summed over the schools (G9, G12); otherwise the county's own figure for its
   * county items (null when not given). Readers need not guess it from the code or the parts.
   */
  readonly figureOf: "failing_count" | "lowest_school" | "rate" | "county_figure";
  /** Schools that fail this item (for school-data items). */
  readonly failingSchools: readonly string[];
  readonly cells: readonly CellRef[];
  /** Sub-figures by name, e.g. { rotation: 0.12, backboneShare: 0.18 }. */
  readonly parts: Readonly<Record<string, number | null>>;
  /**
   * The parts of a county-figure item that the county answered 是 / 否 instead of giving their
   * figure (CountyFigure.answered), each at its answer's cell: their `parts` value is the answer
   * (1 / 0), not a figure. Absent when no part is. e.g. { G11_rotation_rate: "县级指标!B2" }
   */
  readonly answeredParts?: Readonly<Record<string, string>>;
  /**
   * The school whose value is the item's figure (figureOf "lowest_school": Q4's lowest training-funds
   * share), so that the margin can be checked whether or not the item fails. Absent for any other
   * item, and when no school has a figure.
   */
  readonly figureSchool?: FigureSchool;
}

/**
 * What a county's verdict reads of an item (countyVerdict): its code, area and verdict. On the fast
 * path the items whose school data decide them are decided as these alone (itemVerdicts); the
 * items themselves are built when the result is first read.
 */
export type ItemVerdict = Pick<ItemResult, "code" | "area" | "verdict">;

/**
 * The school an item's figure is the value of (ItemResult.figureSchool): the first in sheet order
 * among those with that very value, the cells it was computed from, and how many schools have it
 * (1 when it alone does).
 * @example Q4 of the sample → { name: "杏花村教学点", cells: ["学校基本情况!AI25", "学校基本情况!AH25"], schoolsWithValue: 1 } (0.36 ÷ 6.50 = 5.54%)
 */
export interface FigureSchool {
  readonly name: string;
  readonly cells: readonly CellRef[];
  readonly schoolsWithValue: number;
}

/**
 * What a school's G6 shortfall leaves out when it is only a lower bound (rules.md §4 item 6); at
 * least one of the three is set, which the type says (a bound for no reason cannot be built).
 * @example Sichuan, 初中 of 394 students, rurality not stated, 391 400 yuan: shortfall 18 360 as an
 * urban school (1040 × 394 − 391 400) → { ruralFunded: 500, boardersUncounted: false } (as a rural
 * school: 1040 × 500 − 391 400 = 128 600)
 * @example Sichuan, 九年一贯制 of 2501 students not split by stage, 2 000 000 yuan: 800 × 2501 −
 * 2 000 000 = 800 short even if all were 小学 → { ruralFunded: null, boardersUncounted: false, stagesUnsplit: true }
 */
export type FundingLowerBound =
  | {
      /**
       * The students the school would be funded for as a rural school, when its rurality is not stated
       * and it is short even as an urban school (issue funding_rurality_unknown_short): as a rural
       * school the gap is larger.
       */
      readonly ruralFunded: number;
      /** A 寄宿制 school that gives no boarder count, short even without its boarders (issue funding_boarders_unknown_short): their extra is not counted. */
      readonly boardersUncounted: boolean;
      /**
       * A 九年一贯制 school giving only its total students, short even if every student were of the
       * stage with the lower norm (issue funding_stages_unknown_short): the others need more. Absent when not so.
       */
      readonly stagesUnsplit?: true;
    }
  | { readonly ruralFunded: null; readonly boardersUncounted: true; readonly stagesUnsplit?: true }
  | { readonly ruralFunded: null; readonly boardersUncounted: false; readonly stagesUnsplit: true };

/**
 * Which of a school's class counts (rules.md §4 item 5) are only lower bounds — at least that many
 * classes, perhaps more; at least one is. `basis` says why: "largest_class" when some of the
 * school's class data give only the largest class, no buckets (a largest class of 56 for a 初中:
 * at least 1 class over 50 and at least 1 of 56+, exactly 0 of 66+); "buckets" when a class-size
 * bucket spans the limit (a whole-school row of a 九年一贯制 counted under both caps, or a
 * profile's limit inside a bucket).
 * @example 初中 with only 最大班额 56 → { classesOverCap: true, largeClasses: true, superLargeClasses: false, basis: "largest_class" }
 */
export interface ClassCountsLowerBound {
  readonly classesOverCap: boolean;
  readonly largeClasses: boolean;
  readonly superLargeClasses: boolean;
  readonly basis: "largest_class" | "buckets";
}

/**
 * Which of a school's room shortfalls (rules.md §4 item 3, §7) are only lower bounds — short at
 * least that many rooms, perhaps more; at least one is. A kind's compliant rooms given only by their
 * number and total area are estimated as the most there can be (estimateCompliantRooms), so the
 * shortfall may be larger (estimateMayUnderstate): 4 music rooms of 300 m² in all for 48 classes
 * (96 m² each) → 3 compliant at most, short at least 1 (four rooms of 75 m²: short 4).
 * @example { music: true, art: false }
 */
export interface RoomsShortLowerBound {
  readonly music: boolean;
  readonly art: boolean;
}

/** A stage and the area (m²) a room must have for it. */
export interface StageArea {
  readonly stage: Stage;
  readonly area: number;
}

/**
 * The small-rural room area a combined school's shared music and art rooms were judged by, where
 * its stages' areas differ: the larger (`applied`), the rooms serving every stage; `others` the
 * smaller ones not applied. rules.md §4 item 3 (小学 54 m², 初中 61 m²).
 */
export interface RoomsStageArea {
  readonly applied: StageArea;
  readonly others: readonly StageArea[];
  /** The kinds of room judged by that area (music, art, in that order); a kind whose compliant rooms the bureau stated is not. */
  readonly kinds: readonly ("music" | "art")[];
}

/**
 * A combined school funded as if it had its tier's `funded` students (rules.md §4 item 6): the
 * requirement split between the stages' norms by their shares of its `students`, Σ norm × stage
 * students × funded ÷ students (plus the school's FundingBoarding, where it has one).
 */
export interface FundingProration {
  readonly stages: readonly { readonly stage: Stage; readonly students: number; readonly norm: number }[];
  readonly students: number;
  readonly funded: number;
}

/** The boarding extra a school's funding requirement adds (the profile's boardingExtra yuan for each of its boarders; rules.md §4 item 6). */
export interface FundingBoarding {
  readonly boarders: number;
  readonly perBoarder: number;
}

/** Per-school guarantee findings (one per input record; combined schools once). */
export interface SchoolGuarantee {
  readonly recordId: string;
  readonly name: string;
  readonly county: string | null;
  readonly type: SchoolType;
  readonly musicRoomsNeeded: number | null;
  readonly musicRoomsCompliant: number | null;
  readonly musicRoomsShort: number | null;
  readonly artRoomsNeeded: number | null;
  readonly artRoomsCompliant: number | null;
  readonly artRoomsShort: number | null;
  /**
   * Which of musicRoomsShort and artRoomsShort are only lower bounds (the compliant rooms estimated
   * from the total area; a shortfall of 0 so estimated is one too: the school may yet be short);
   * null when both are exact, or unknown. G3 only (rules.md §4 item 3, §7).
   */
  readonly roomsShortLowerBound: RoomsShortLowerBound | null;
  /** The small-rural area a combined school's rooms were judged by, where its stages' differ; null otherwise. G3 only. */
  readonly roomsStageArea: RoomsStageArea | null;
  readonly studentsOverCap: number | null;
  readonly sizeCap: number | null;
  readonly classesOverCap: number | null;
  readonly largeClasses: number | null; // 大班额, 56+
  readonly superLargeClasses: number | null; // 超大班额, 66+
  /**
   * Which of classesOverCap, largeClasses and superLargeClasses are only lower bounds (the school has
   * at least that many such classes); null when all three are exact, or unknown. G5 only (rules.md §4 item 5).
   */
  readonly classCountsLowerBound: ClassCountsLowerBound | null;
  readonly fundedStudents: number | null;
  readonly fundingNorm: number | null; // yuan required in the year
  readonly fundingShortfall: number | null;
  /**
   * Why fundingShortfall is only a lower bound (the school is short by at least that much, and the
   * full gap is larger); null when it is the full gap, or unknown. G6 only (rules.md §4 item 6).
   */
  readonly fundingShortfallLowerBound: FundingLowerBound | null;
  /** How a combined school's tier is split between its stages' norms, when a tier raised its students; null otherwise. G6 only. */
  readonly fundingProration: FundingProration | null;
  /** The boarding extra counted in fundingNorm; null when none is (no boarders, none given or countable, no extra in the profile). G6 only. */
  readonly fundingBoarding: FundingBoarding | null;
  /**
   * Why an ordinary school is not judged on G6: "private", a 民办 school under a norm for public
   * schools only (guarantee.funding.publicOnly); null when it is judged, or G6 does not apply.
   */
  readonly fundingExempt: "private" | null;
  /**
   * Why a school that counts could not be judged on G6 when its urban/rural classification alone
   * decides it (funding_rurality_unknown: met as an urban school, short as a rural one): "rurality";
   * null otherwise.
   */
  readonly fundingUndecided: "rurality" | null;
  readonly trainingFundsShare: number | null;
  readonly certificateRate: number | null;
  readonly trainingRate: number | null;
}

export interface VetoResult {
  readonly code: string;
  /** true: present (county not recognised); false: declared absent; null: not yet assessed. */
  readonly present: boolean | null;
  readonly cell: CellRef;
}

export interface ShortfallTotals {
  readonly stage: Stage;
  readonly byIndicator: Record<IndicatorCode, number>;
}

export interface AreaVerdict {
  readonly area: Area;
  readonly verdict: Verdict;
  /** Codes of the items / indicators that are not met or not assessed: those not met first. */
  readonly reasons: readonly string[];
  /** The reasons that say something could not be judged rather than that it failed (the tail of `reasons`). */
  readonly pending: readonly string[];
  /** 资源配置 only: what the verdict was reached without (coefficients that could not be computed), whatever the verdict. */
  readonly caveats?: readonly AreaCaveat[];
}

/**
 * A stage's coefficients that could not be computed (rules.md §3), so 资源配置 was judged without
 * them: `too_few_sections` when only 1 section has a value, `no_values` when none of the stage's
 * sections has one (a missing column, not too few schools), `zero_mean` when the mean is 0.
 * `schools` is the stage group's sections with students (CoefficientGroup.schools).
 */
export interface AreaCaveat {
  readonly code: "cv_not_computable";
  readonly stage: Stage;
  readonly indicators: readonly IndicatorCode[];
  readonly cause: "too_few_sections" | "no_values" | "zero_mean";
  readonly schools: number;
  /**
   * `no_values` only: the header cells of the columns the reader refused whole for their unit
   * (教学仪器设备值 of no stated unit at 学校基本情况!P3), when every section lacks the value for that
   * alone: the values are there, not missing. Set after the evaluation (src/report/refusedColumnCaveats.ts).
   */
  readonly refusedAt?: readonly string[];
}

export interface PassingShare {
  readonly evaluated: number;
  readonly passing: number;
  /** In-scope sections with students that could not be judged (their data is missing). */
  readonly unjudged: number;
  /** evaluated + unjudged: every in-scope section with students, judged or not. */
  readonly inScope: number;
  /** In-scope sections with 0 students, outside `inScope` and the share: nothing to judge. */
  readonly noStudents: number;
  /** passing ÷ evaluated; null when nothing was evaluable. */
  readonly share: number | null;
  readonly target: { readonly year: number; readonly share: number } | null;
  /** Whether the target is reached whatever the unjudged sections turn out to be; null while they could tip it, or without a target. */
  readonly met: boolean | null;
}

export interface CountyEvaluation {
  readonly county: string | null;
  readonly sections: readonly SectionResult[];
  readonly coefficients: readonly CoefficientGroup[];
  readonly schoolGuarantee: readonly SchoolGuarantee[];
  readonly items: readonly ItemResult[];
  readonly veto: readonly VetoResult[];
  readonly passing: PassingShare;
  readonly shortfallTotals: readonly ShortfallTotals[];
  readonly areas: readonly AreaVerdict[];
  /** Met only when all four areas are met and no veto item is present; null while anything is not assessed. */
  readonly recognised: boolean | null;
}

export interface Evaluation {
  readonly profileId: string;
  readonly year: number | null;
  readonly counties: readonly CountyEvaluation[];
  readonly issues: readonly Issue[];
}
