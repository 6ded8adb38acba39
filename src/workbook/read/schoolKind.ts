import type { SchoolType, Stage } from "../../engine/types";
import { normaliseText } from "./text";

/** A senior high school's kind or name (高级中学, 普通高中, 城关高中, 第一高中学校): no compulsory stage of its own. */
export const SENIOR_SCHOOL = /高级中学|普通高中|^高中(学校)?$|高中(学校|分校)?$/;

/** Whether a type has a senior stage beside its compulsory ones (完全中学, 十二年一贯制): its 高中 part is joined with them, not a school of its own. */
export function hasSeniorStage(type: SchoolType | null): boolean {
  return type === "complete_middle" || type === "twelve_year";
}

/** Type keywords in the order they are tried: the narrower words first (小学教学点 is a teaching point); asides in brackets are dropped first (ASIDE). */
const TYPE_WORDS: readonly (readonly [RegExp, SchoolType])[] = [
  [/十二年一贯|十二年制/, "twelve_year"],
  [/九年一贯|九年制/, "nine_year"],
  // A bare 一贯制学校 is the common one, the 九年一贯制 (a 十二年一贯制 says its years).
  [/一贯制/, "nine_year"],
  // A type naming both of a 完全中学's stages (初高中, 初中、高中) is one.
  [/完全中学|完中|初高中|初中[、,，/和及与]?高中/, "complete_middle"],
  [/教学点/, "teaching_point"],
  [/特殊教育|特教|培智|启智|启聪|启明|聋|盲校|残疾/, "special"],
  [/职业|职高|职教|中专|技工/, "vocational"],
  // 城关一小, 实验二小, 河口完小 (完全小学), 石门村小: the short names county lists use.
  [/小学|完小$|村小$|[一二三四五六七八九十\d]小$/, "primary"],
  // A 初中 whatever else the name says (高中镇初级中学, 城关高级中学附属初中) …
  [/初级中学|初中/, "junior"],
  // … else a senior high school alone (县第一高级中学, 城关高中): no compulsory stage, before 中学 takes it for a 初中.
  [SENIOR_SCHOOL, "other"],
  [/初级中学|初中|中学|[一二三四五六七八九十\d]中$/, "junior"],
];

/**
 * An aside in brackets about what the school includes or was (`（含2个教学点）`, `（包括村小）`,
 * `（原第二中学）`): it names other schools, never this one's kind. Brackets after NFKC (`（` → `(`).
 */
const ASIDE = /\((?:含|包含|包括|内含|另含|附设|下设|下辖|辖|原)[^()]*\)/g;

function typeOf(text: string): SchoolType | null {
  const t = normaliseText(text).replace(ASIDE, "");
  return TYPE_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

/**
 * The education statistics' 学校（机构）类别 codes, as its export's 办学类型 column gives them:
 * 211 小学, 218 小学教学点, 311 初级中学, 312 九年一贯制学校, 321 职业初中, 341 完全中学,
 * 342 高级中学 (no compulsory stage: `other`, as the words 高级中学 read), 345 十二年一贯制学校,
 * 511–514 盲人 / 聋人 / 培智 / 其他特教学校.
 */
const TYPE_CODES: Readonly<Record<string, SchoolType>> = {
  "211": "primary",
  "218": "teaching_point",
  "311": "junior",
  "312": "nine_year",
  "321": "vocational",
  "341": "complete_middle",
  "342": "other",
  "345": "twelve_year",
  "511": "special",
  "512": "special",
  "513": "special",
  "514": "special",
};

/**
 * A school type from a type column (办学类型) value, e.g. 小学, 初级中学, 九年一贯制学校,
 * 十二年一贯制学校, 完全中学, 教学点, 其他特教学校, 职业高中学校, or a statistics code (TYPE_CODES);
 * null when unrecognised.
 *
 * @example typeFromText("其他特教学校") // "special"; typeFromText("218") // "teaching_point"
 */
export function typeFromText(text: string): SchoolType | null {
  const code = /^\s*(\d{3})\b/.exec(text)?.[1];
  if (code !== undefined && TYPE_CODES[code] !== undefined) return TYPE_CODES[code];
  return typeOf(text.replace(/不计校数/g, ""));
}

/**
 * A 乡镇中心校 (中心校, 中心学校, 白马镇中心学校): the township's central school, in county practice
 * its central 小学, though some teach 初中 too. Not in TYPE_WORDS: a 学段 or students of both stages
 * say what it is first (resolvedType); only then is it a 小学.
 *
 * @example isCenterSchool("白马镇中心校") // true; isCenterSchool("中心学校") // true; isCenterSchool("实验学校") // false
 */
export function isCenterSchool(text: string): boolean {
  return /中心(?:学)?校$/.test(normaliseText(text).replace(ASIDE, ""));
}

/** Kinds of school outside compulsory education the type words do not name: pre-school, adult and training schools, colleges. */
const OUT_OF_SCOPE = /幼儿园|幼稚园|幼教|学前|托儿|托育|早教|成人|培训|进修|夜校|业余|工读|专门学校|大学|学院|高中/;

/**
 * Whether a 办学类型 value TYPE_WORDS does not know names a school outside compulsory education
 * (幼儿园, 学前教育, 成人学校, 进修学校): such a row is `other` whatever its 学段 says, while an
 * unknown word that names no such kind (中心校, 民族学校) is read by its 学段.
 *
 * @example outOfScopeType("幼儿园") // true; outOfScopeType("民族学校") // false
 */
export function outOfScopeType(text: string): boolean {
  return OUT_OF_SCOPE.test(normaliseText(text).replace(ASIDE, ""));
}

/** A combined school's section suffix as written: `（小学部）`, `(初中部)`, `（小学）`, `小学部` (brackets full-width or not). */
const SECTION_SUFFIX = /\s*(?:[(（﹙](小学|初中)部?[)）﹚]|(小学|初中)部)$/;

/**
 * A combined school's section name split into the school as written and the stage its suffix
 * names; null when the name has no section suffix.
 *
 * @example splitSection(" 实验学校（小学部）") // { school: "实验学校", stage: "primary" }
 * @example splitSection("城关学校初中部") // { school: "城关学校", stage: "junior" }
 * @example splitSection("城关小学") // null
 */
export function splitSection(name: string): { readonly school: string; readonly stage: Stage } | null {
  const t = name.trim();
  const m = SECTION_SUFFIX.exec(t);
  const word = m?.[1] ?? m?.[2];
  if (m === null || word === undefined) return null;
  return { school: t.slice(0, m.index), stage: word === "小学" ? "primary" : "junior" };
}

/**
 * A section suffix of a combined school's name: `XX学校（小学部）` → primary, `（初中部）` → junior.
 *
 * @example sectionOfName("城关学校（初中部）") // "junior"
 */
export function sectionOfName(name: string): Stage | null {
  return splitSection(name)?.stage ?? null;
}

/** A combined school's senior part as its name ends: `（高中部）`, `(高中)`, `高中部`. */
const SENIOR_SUFFIX = /\s*(?:[(（﹙]高中部?[)）﹚]|高中部)$/;

/**
 * The school a senior-part name belongs to (`清溪二中（高中部）` → `清溪二中`), or null when the name
 * does not end in a senior suffix. A 完全中学's or 十二年一贯制's 高中部 row is its senior part
 * (rules.md §2 "Combined schools": out of scope, but weighted in the split of shared resources).
 *
 * @example seniorOfName("清溪第二中学（高中部）") // "清溪第二中学"; seniorOfName("高中部") // ""; seniorOfName("城关中学") // null
 */
export function seniorOfName(name: string): string | null {
  const t = name.trim();
  const m = SENIOR_SUFFIX.exec(t);
  return m === null ? null : t.slice(0, m.index);
}

/** A 学段 value or a bare line label naming the senior stage alone: 高中, 高中部, 高中段, 高级中学. */
const SENIOR_WORD = /^(?:高中|高级中学)(?:部|段|学段|部分)?$/;

/**
 * Whether a 学段 cell or a bare name says the senior stage only (SENIOR_WORD, after NFKC and
 * without spaces or trailing punctuation): `高中`, `高中部`, `高中段`, `高级中学`; not `初中、高中`.
 *
 * @example isSeniorText("高中部") // true; isSeniorText("初高中") // false
 */
export function isSeniorText(text: string): boolean {
  return SENIOR_WORD.test(normaliseText(text).replace(/[:.。!]+$/, ""));
}

/**
 * A school type from the name when no type column says it: a section name (`XX学校（小学部）`)
 * is a 九年一贯制 section (a 完全中学 when the name says so), a senior part (`XX中学（高中部）`) a
 * 完全中学's unless the name says 十二年一贯制, then the keywords of TYPE_WORDS
 * (…小学 → primary, …中学 / 初中 → junior, 教学点, 特殊教育, 职业…); null for a bare …学校.
 *
 * @example typeFromName("城关学校（小学部）") // "nine_year"; typeFromName("东关小学") // "primary"
 * @example typeFromName("清溪第二中学（高中部）") // "complete_middle"
 */
export function typeFromName(name: string): SchoolType | null {
  const senior = seniorOfName(name);
  if (senior !== null) return typeOf(senior) === "twelve_year" ? "twelve_year" : "complete_middle";
  const section = splitSection(name);
  if (section === null) return typeOf(name);
  const baseType = typeOf(section.school);
  if (hasSeniorStage(baseType)) return baseType;
  // The 初中部 of a senior school (实验高中（初中部）) is a 完全中学's junior section, not a 九年一贯制's.
  return baseType === "other" ? "complete_middle" : "nine_year";
}

/** A 学段 value that names the whole of a combined school: both stages (中小学, 小学、初中, 义务教育: a 小学's is its one stage) or a combined type word (九年一贯). */
const BOTH_STAGES = /中小学|小初|一贯|九年制|十二年制|完全中学|完中|小学.*(初中|初级中学|中学)|(初中|初级中学|中学).*小学|^义务教育(阶段|学段)?$/;

/**
 * A stage from a 学段 value (小学, 初中, 小学部…); null for a value naming both stages (中小学,
 * 小学、初中, 小学/初中, 九年一贯制): that row is the whole combined school, read as a row without
 * a 学段 column would be, not as its primary section with every shared area.
 *
 * @example stageFromText("初中部") // "junior"; stageFromText("小学/初中") // null
 */
export function stageFromText(text: string): Stage | null {
  const t = normaliseText(text);
  if (BOTH_STAGES.test(t)) return null;
  if (/小学/.test(t)) return "primary";
  return /初中|初级中学/.test(t) ? "junior" : null;
}

/** Whether a 学段 value names both compulsory stages (中小学, 小学、初中, 九年一贯制): the whole combined school. */
export function namesBothStages(text: string): boolean {
  return BOTH_STAGES.test(normaliseText(text)) || gradeStage(text) === "both";
}

const GRADE_DIGITS = "一二三四五六七八九";
/** Grades as a 学段 cell may give them: 七年级, 七至九年级, 1-6年级, 七、八年级 (list marks dropped by normaliseText), 初一…初三. */
const GRADES = /^([一二三四五六七八九1-9](?:[至到~\-和]?[一二三四五六七八九1-9])*)年级$/;
const JUNIOR_GRADE = /^初[一二三](?:年级)?$/;

/** The grades a GRADES match names; a range (七至九) by its ends, which alone decide its stages. */
function gradeNumbers(spec: string): number[] {
  return [...spec].flatMap((c) => (/\d/.test(c) ? [Number(c)] : GRADE_DIGITS.includes(c) ? [GRADE_DIGITS.indexOf(c) + 1] : []));
}

/**
 * The stage a grade names, "both" for grades of both stages (一至九年级: the whole school), null
 * when the text names no grade or no one stage. 六三制 has grades 1–6 in 小学 and 五四制 grades 6–9
 * in 初中, so grade 6 alone decides nothing: 1–6 (and any range within 1–5) is 小学, a range from 6
 * to 7–9 (五四制's 6-9年级) or grades from 7 are 初中, a range from 1 to 7 or beyond is both, and a lone
 * 六年级 or a range such as 5-9 gives no stage (初一…初三 is 初中).
 *
 * @example gradeStage("七年级") // "junior"; gradeStage("1-6年级") // "primary"; gradeStage("6-9年级") // "junior"
 * @example gradeStage("一至九年级") // "both"; gradeStage("六年级") // null
 */
export function gradeStage(text: string): Stage | "both" | null {
  const t = normaliseText(text);
  if (JUNIOR_GRADE.test(t)) return "junior";
  const spec = GRADES.exec(t)?.[1];
  if (spec === undefined) return null;
  const grades = gradeNumbers(spec);
  const [low, high] = [Math.min(...grades), Math.max(...grades)];
  if (low === 1 && high >= 7) return "both";
  if (low >= 7 || (low === 6 && high >= 7)) return "junior";
  return high <= 5 || (high === 6 && low < 6) ? "primary" : null;
}

/**
 * Whether a 学段 cell names grades that give no one stage (a lone 六年级: 小学 under 六三制, 初中
 * under 五四制; 5-9年级): the row is read by its name, type or sheet, and the cell said.
 *
 * @example ambiguousGrade("六年级") // true; ambiguousGrade("七年级") // false; ambiguousGrade("高中") // false
 */
export function ambiguousGrade(text: string): boolean {
  return GRADES.test(normaliseText(text)) && gradeStage(text) === null;
}

/** 学段 中学: the 初中 of a school without a senior stage; a 完全中学's or 十二年一贯制's may hold its 高中 too. */
const MIDDLE_SCHOOL = /^(中学|中学部|普通中学)$/;

/**
 * The stage a 学段 cell gives: its stage word (stageFromText), else the stage of the grade it names
 * (gradeStage: 七年级 → 初中), else 中学 as 初中 unless the row's type has a senior stage
 * (`seniorType`); null for both stages or none.
 *
 * @example stageOfCell("初中部") // "junior"; stageOfCell("七年级") // "junior"; stageOfCell("高中") // null
 * @example stageOfCell("中学") // "junior"; stageOfCell("中学", true) // null
 */
export function stageOfCell(text: string, seniorType = false): Stage | null {
  const named = stageFromText(text);
  const grade = named === null && !BOTH_STAGES.test(normaliseText(text)) ? gradeStage(text) : null;
  const read = named ?? (grade === "both" ? null : grade);
  return read ?? (!seniorType && MIDDLE_SCHOOL.test(normaliseText(text)) ? "junior" : null);
}

// The evidence items' answers as county reports word them (已落实, 健全, 未达到 …) besides 是 / 否 and the tick marks.
const YES = new Set(["是", "有", "√", "✓", "✔", "☑", "y", "yes", "true", "1", "达标", "合格", "已建立", "建立", "符合", "存在", "已达标", "计", "计校数", "达到", "已达到", "落实", "已落实", "健全", "完成", "已完成", "通过"]);
const NO = new Set(["否", "不是", "无", "×", "✗", "✘", "✕", "✖", "☒", "x", "n", "no", "false", "0", "未达标", "不达标", "不合格", "未建立", "不符合", "没有", "不存在", "不计", "不计校数", "未达到", "没达到", "达不到", "未落实", "不健全", "未完成", "未通过", "不通过", "未发现", "未发生", "没有发生", "无此情况", "无此类情况", "无此现象"]);

/**
 * A yes / no cell: 是 / 有 / 达标 / √ / 1 → true; 否 / 无 / 未达标 / × / 0 → false; anything else null.
 *
 * @example parseYesNo("未达标") // false
 */
export function parseYesNo(text: string): boolean | null {
  const t = normaliseText(text);
  if (YES.has(t)) return true;
  return NO.has(t) ? false : null;
}

/** How a yes / no value is negated in front of its word: 非民办, 不是县属, 不属于乡村, 不寄宿. */
const NEGATION = "(?:非|不是|不属于|不为|并非|否|不)";

/** Whether `t` is one of `words` negated, the word right after the negation (非营利性民办 is not 非民办). */
function negates(t: string, words: string): boolean {
  return new RegExp(`^${NEGATION}(?:${words})`).test(t);
}

/**
 * 办学性质 / 是否民办: 民办 (私立, 民营) → true; 公办 (公立), a negated 民办 (非民办, 不是民办) → false;
 * 是 / 否 as parseYesNo. A value that starts with one kind names it (公办民助 public, 民办公助 private).
 *
 * @example parsePrivate("非民办") // false
 * @example parsePrivate("非营利性民办") // true
 */
export function parsePrivate(text: string): boolean | null {
  const t = normaliseText(text);
  if (negates(t, "民办|私立|民营")) return false;
  if (negates(t, "公办|公立")) return true;
  if (/^(?:公办|公立)/.test(t)) return false;
  if (/民办|私立|民营/.test(t)) return true;
  return /公办|公立/.test(t) ? false : parseYesNo(t);
}

/** 隶属: 县级… → true; 市 / 省 / 中央 / 地级 / 企业 / 其他, a negated 县属 (非县属, 不是县属) → false. */
export function parseCountyRun(text: string): boolean | null {
  const t = normaliseText(text);
  if (/^(是|否)$/.test(t)) return parseYesNo(t);
  if (negates(t, "县")) return false;
  if (/县/.test(t)) return true;
  return /市|省|中央|部属|地级|企业|其他/.test(t) ? false : parseYesNo(t);
}

/**
 * 城乡分类: 乡村 / 农村 / 村 / 乡中心区 → true; 城区 / 镇区 / 县城 / 城乡结合区 / 镇乡结合区 / 特殊区域 →
 * false; a code of the national 统计用城乡划分代码, as the education statistics export gives it:
 * 1xx 城镇 (111 主城区, 112 城乡结合区, 121 镇中心区, 122 镇乡结合区, 123 特殊区域) → false, 2xx 乡村
 * (210 乡中心区, 220 村庄) → true; a negated 乡村 (非乡村, 不属于农村) → false, a negated 城区 / 镇区
 * unknown (it may be either of the other two).
 *
 * @example parseRural("220") // true; parseRural("121") // false; parseRural("乡中心区") // true
 */
export function parseRural(text: string): boolean | null {
  const t = normaliseText(text);
  // The code alone (220) or with its label (210乡中心区).
  if (/^[12]\d{2}(?!\d)/.test(t)) return t.startsWith("2");
  if (negates(t, "乡村|农村|村")) return false;
  if (negates(t, "城|镇")) return null;
  if (/乡村|农村|^村|^乡中心/.test(t)) return true;
  return /城区|城市|镇区|县城|城镇|^镇|城|特殊区域/.test(t) ? false : parseYesNo(t);
}

/** 寄宿制: 寄宿 → true, 走读 / 非寄宿 / 不是寄宿制 → false. */
export function parseBoarding(text: string): boolean | null {
  const t = normaliseText(text);
  if (negates(t, "寄宿") || /走读/.test(t)) return false;
  return /寄宿/.test(t) ? true : parseYesNo(t);
}

/** A year from `2008`, `2008年`, `2008.9`, `2008-09`; null otherwise. */
export function parseYear(text: string): number | null {
  const t = normaliseText(text).replace(/日$/, "").replace(/月$/, "");
  const m = /^(19\d{2}|20\d{2})(?:年(?:\d{1,2})?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)?$/.exec(t);
  return m ? Number(m[1]) : null;
}
