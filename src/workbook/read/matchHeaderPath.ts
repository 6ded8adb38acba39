import type { Stage } from "../../engine/types";
import { COLUMN_ALIASES, DERIVED_HEADER, type ColumnAlias } from "./aliases";
import { META_KEYS, type ColumnKey, type Part } from "./keys";
import { WHOLE_BRACKETS, normaliseText } from "./text";
import { AREA_UNITS, COUNT_UNITS, MONEY_UNITS, longestFirst, unitFactorOf } from "./units";

/** A header path taken apart: normalised segments without unit or stage marker, and those two. */
export interface PathInfo {
  readonly segments: readonly string[];
  readonly stage: Stage | "senior" | null;
  /** The unit the header states, e.g. `万元`, `平方米`, `元`; null when none. */
  readonly unit: string | null;
  /** Set when a whole-school / total qualifier (WHOLE_QUALIFIER: `（全校）`, `（合计）`) was dropped. */
  readonly whole?: true;
}

/**
 * The units a header states, in brackets or on their own (units.ts, the longer first); 平米 / 平方
 * are 平方米 said short, a bare 万 is 万元 on a money column. 册 / % / 年 / 万人 no column is read in: a
 * header stating one is not taken for a count (在校生数（万人） over 1652 is said at its header, not
 * read as 16,520,000 students nor passed over unexplained: Q2 of s48).
 */
const UNITS = longestFirst([...MONEY_UNITS, ...AREA_UNITS, ...COUNT_UNITS, "册", "%", "年", "万人"]).join("|");
/** Units a header's words end in (经费元, 万, 平方), and counts (人数): not a unit when written bare after the name. */
const WORD_ENDINGS: ReadonlySet<string> = new Set(["元", "万", "平方"]);
const BARE_UNITS = longestFirst([...MONEY_UNITS, ...AREA_UNITS].filter((u) => !WORD_ENDINGS.has(u))).join("|");
const UNIT_IN_BRACKETS = new RegExp(`\\((?:单位:?)?(${UNITS})\\)`);
/**
 * A unit after the name: any unit behind a slash or colon (`教学仪器设备值/万元`, `面积:平方米`);
 * bare, only the units no word of a header ends in (`面积平方米`, `设备值万元`, `面积亩`).
 */
const UNIT_SUFFIX = new RegExp(`(?:[/:](?:单位:?)?(${UNITS})|(${BARE_UNITS}))$`);
/** A unit on its own, as a units row under the header writes it: `人`, `平方米`, `单位:万元`. */
const UNIT_WORD = new RegExp(`^(?:单位:?)?(${UNITS})$`);
const STAGE_WORDS: Readonly<Record<string, Stage | "senior">> = { 小学: "primary", 初中: "junior", 高中: "senior" };
const STAGE_WHOLE = /^(小学|初中|高中)(部|阶段|学段)?$/;
const STAGE_PREFIX = /^(小学|初中|高中)(?:部|阶段)?(.+)$/;
const STAGE_SUFFIX = /^(.+)\((小学|初中|高中)部?\)$/;
/**
 * A bracket after the name saying the number is the whole school's or the total (`（全校）`, `（总）`,
 * `（合计）`): the column is still that number. Not on a students column (matchHeaderPath): the
 * whole school's 在校生 of a 完全中学 counts its senior students too.
 */
const WHOLE_WORDS = "全校|全校合计|全校总计|全校总|总|合计|总计|小计|全部";
const WHOLE_QUALIFIER = new RegExp(`\\((?:${WHOLE_WORDS})\\)$`);
/**
 * A whole-school qualifier and a unit in one bracket, either first, after NFKC and without the
 * comma normaliseText drops: `（全校，㎡）` → `(全校m2)`, `（全校/㎡）`, `（㎡，全校）`; read as
 * `（全校）（㎡）` is (takeUnit).
 */
const UNIT_WITH_WHOLE = new RegExp(`\\((?:(?:${WHOLE_WORDS})[/:]?(${UNITS})|(${UNITS})[/:]?(?:${WHOLE_WORDS}))\\)$`);
/**
 * A bracket saying the number includes what the statistics' own definition puts in it: 在校生
 * includes the 随班就读 students. The column is still that number. Deliberately not any `（含…）`:
 * 骨干教师（含校级）, 在校生（含高中）, 专任教师（含代课） count something the indicator leaves out and
 * stay unrecognised; 含室内体育用房 is the aliases' own (教学及辅助用房 by definition; 运动场地面积
 * with it is L5's total), since on any other header it changes what the number is.
 */
const DEFINED_QUALIFIER = /\((?:含|包含|包括)随班就读(?:学生)?\)$/;

/** The unit a segment states; a segment wholly in brackets is read without them (`(全称)` → `全称`). */
function takeUnit(raw: string): { text: string; unit: string | null } {
  const segment = WHOLE_BRACKETS.exec(raw)?.[1] ?? raw;
  const word = UNIT_WORD.exec(segment);
  if (word) return { text: "", unit: word[1] ?? null };
  // The qualifier is put back on its own, for withoutQualifier to drop and say `whole`.
  const both = UNIT_WITH_WHOLE.exec(segment);
  if (both && both.index > 0) return { text: `${segment.slice(0, both.index)}(全校)`, unit: both[1] ?? both[2] ?? null };
  const bracket = UNIT_IN_BRACKETS.exec(segment);
  if (bracket) return { text: segment.replace(UNIT_IN_BRACKETS, ""), unit: bracket[1] ?? null };
  const suffix = UNIT_SUFFIX.exec(segment);
  if (suffix && suffix.index > 0) return { text: segment.slice(0, suffix.index), unit: suffix[1] ?? suffix[2] ?? null };
  return { text: segment, unit: null };
}

/**
 * The segment without a whole-school / total qualifier (WHOLE_QUALIFIER, then `whole`) or one the
 * definition implies (DEFINED_QUALIFIER).
 *
 * @example withoutQualifier("教学及辅助用房面积(全校)") // { text: "教学及辅助用房面积", whole: true }
 */
function withoutQualifier(segment: string): { text: string; whole: boolean } {
  const whole = WHOLE_QUALIFIER.exec(segment);
  if (whole !== null && whole.index > 0) return { text: segment.slice(0, whole.index), whole: true };
  const defined = DEFINED_QUALIFIER.exec(segment);
  return { text: defined === null || defined.index === 0 ? segment : segment.slice(0, defined.index), whole: false };
}

/**
 * The stage marker of a segment and what is left. What follows a stage prefix wholly in brackets
 * is read without them: 高于规定学历教师 over 小学（专科及以上） is the primary 专科及以上 column.
 */
function takeStage(segment: string): { text: string; stage: Stage | "senior" | null } {
  const whole = STAGE_WHOLE.exec(segment);
  if (whole) return { text: "", stage: STAGE_WORDS[whole[1] ?? ""] ?? null };
  const suffix = STAGE_SUFFIX.exec(segment);
  if (suffix) return { text: suffix[1] ?? "", stage: STAGE_WORDS[suffix[2] ?? ""] ?? null };
  const prefix = STAGE_PREFIX.exec(segment);
  if (prefix) return { text: unwrap(prefix[2] ?? ""), stage: STAGE_WORDS[prefix[1] ?? ""] ?? null };
  return { text: segment, stage: null };
}

function unwrap(text: string): string {
  return WHOLE_BRACKETS.exec(text)?.[1] ?? text;
}

/**
 * Splits a column's raw header path into what the aliases are matched against. The innermost unit
 * and stage marker win; a whole-school or total qualifier (WHOLE_QUALIFIER) is dropped (and said in
 * `whole`), as is one the definition implies (DEFINED_QUALIFIER); a stage's
 * (（小学）) is the stage marker.
 *
 * @example analysePath(["固定资产总值", "教学仪器设备资产值（万元）"]) // segments […, "教学仪器设备资产值"], unit "万元"
 * @example analysePath(["教基1102", "县级以上骨干教师(小学)"]) // stage "primary"
 * @example analysePath(["在校生数", "人"]) // segments ["在校生数"], unit "人" (a units row under the header)
 * @example analysePath(["教学及辅助用房面积（全校）"]) // segments ["教学及辅助用房面积"], stage null
 * @example analysePath(["高于规定学历教师", "初中（本科及以上）"]) // segments ["高于规定学历教师", "本科及以上"], stage "junior"
 */
export function analysePath(raw: readonly string[]): PathInfo {
  const segments: string[] = [];
  let stage: Stage | "senior" | null = null;
  let unit: string | null = null;
  let whole = false;
  for (const part of raw) {
    const u = takeUnit(normaliseText(part));
    const q = withoutQualifier(u.text);
    const s = takeStage(q.text);
    unit = u.unit ?? unit;
    stage = s.stage ?? stage;
    whole ||= q.whole;
    if (s.text !== "") segments.push(s.text);
  }
  return whole ? { segments, stage, unit, whole } : { segments, stage, unit };
}

const COMPILED = COLUMN_ALIASES.map((a) => ({
  alias: a,
  leaf: new RegExp(a.leaf),
  within: a.within === undefined ? null : new RegExp(a.within),
  not: a.not === undefined ? null : new RegExp(a.not),
}));
const DERIVED = new RegExp(DERIVED_HEADER);

function fits(c: (typeof COMPILED)[number], segments: readonly string[]): boolean {
  const leaf = segments[segments.length - 1] ?? "";
  if (!c.leaf.test(leaf)) return false;
  const above = segments.slice(0, -1);
  if (c.within !== null && !above.some((s) => c.within?.test(s) === true)) return false;
  return c.not === null || !segments.some((s) => c.not?.test(s) === true);
}

/** The first alias whose patterns fit the path, or null; computed indicators (生均…, 每百名…) never fit. */
export function matchAlias(segments: readonly string[]): ColumnAlias | null {
  if (segments.length === 0 || segments.some((s) => DERIVED.test(s))) return null;
  return COMPILED.find((c) => fits(c, segments))?.alias ?? null;
}

/**
 * What a header names, before its unit is checked: the alias, or null. A unit that does not fit
 * the column (万元 over an area) leaves matchHeaderPath without a meaning; this still has one, for
 * saying so (unsupportedUnitIssues).
 */
export function aliasOfPath(raw: readonly string[]): { alias: ColumnAlias; info: PathInfo } | null {
  const info = analysePath(raw);
  const alias = matchAlias(info.segments);
  return alias === null ? null : { alias, info };
}

/**
 * The meaning of a header path: key, part and stage; null when no alias fits, and when the header
 * states a unit the column cannot be in (unitFactorOf: `面积（万元）`, `骨干教师（%）`).
 */
export function matchHeaderPath(raw: readonly string[]): { key: ColumnKey; part: Part | null; stage: Stage | null; unit: string | null } | null {
  const found = aliasOfPath(raw);
  if (found === null) return null;
  const { alias, info } = found;
  if (info.unit !== null && unitFactorOf(alias.key, info.unit) === null) return null;
  if (alias.needsUnit === true && info.unit === null) return null;
  const meta = !isFieldKey(alias.key);
  if (wholeSchoolStudents(alias.key, info)) return null;
  if (info.stage === "senior") {
    if (alias.key !== "students" && alias.key !== "seniorStudents") return null;
    return { key: "seniorStudents", part: null, stage: null, unit: info.unit };
  }
  return { key: alias.key, part: alias.part ?? null, stage: meta ? null : info.stage, unit: info.unit };
}

/**
 * 在校生数（全校） / （合计）: the whole school's students, which for a 完全中学 or 十二年一贯制 include
 * the senior ones, while L1–L7 divide by the compulsory students (rules.md §2, "being that
 * section's 在校生数"). Read as the students it would be taken for those schools' junior section
 * (1200 = 700 初中 + 500 高中 → L1 too low by 500 ÷ 1200) with nothing said, so it is left
 * unrecognised for the user to map; a stage's own (初中在校生数（全校）) is that stage's.
 */
function wholeSchoolStudents(key: ColumnKey, info: PathInfo): boolean {
  return info.whole === true && key === "students" && info.stage === null;
}

const META = new Set<string>(META_KEYS);

function isFieldKey(key: ColumnKey): boolean {
  return !META.has(key);
}
