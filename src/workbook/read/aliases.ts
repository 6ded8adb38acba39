import { CLASS_BUCKETS, MERGED_CLASS_BUCKETS } from "../../engine/types";
import { bucketLeaf } from "./classBucketHeader";
import type { ColumnKey, Part } from "./keys";

/**
 * How a header names a column (workbooks.md "What bureaus already keep"). Patterns are regular
 * expression sources matched against normalised header segments (normaliseText: full-width folded,
 * spaces and `、` removed, a leading `其中：` / `#` dropped), after the unit `(万元)` and a stage
 * marker (`小学…`, `…(初中)`, a `小学` group) have been taken off.
 *
 * - `leaf`: the column's own (lowest) header segment must match;
 * - `within`: some segment above it must match (a group label such as 专任教师 over 合计);
 * - `not`: no segment of the path may match.
 *
 * The first entry that matches wins, so specific entries come before general ones.
 */
export interface ColumnAlias {
  readonly key: ColumnKey;
  readonly part?: Part;
  readonly leaf: string;
  readonly within?: string;
  readonly not?: string;
  /** Only when the header states a unit that fits the key: a bare 仪器设备 is its value only under （万元）. */
  readonly needsUnit?: boolean;
}

/** A leaf naming its group's own number (专任教师/合计, 骨干教师/人数), as a regular expression's source. */
export const TOTAL = "^(合计|计|总计|小计|总数|人数|数量)$";
const TEACHER_GROUP = "专任教师|教师数|学历|授课|课程|学科";
/**
 * `（含室内体育用房）` and its older words (体育馆, 风雨操场): the area counts the indoor sports rooms.
 * On 教学及辅助用房 the statistics' own definition (rules.md §2 L4), so the same column; on 运动场地
 * the outdoor ground plus the indoor rooms, which is L5's total (rules.md §2 L5). No other header
 * takes it.
 */
const WITH_INDOOR = "\\((含|包含|包括)(室内体育用房|体育用房|室内体育馆|体育馆|风雨操场|室内运动场馆?)\\)";
/** 县级及以上 as bureaus write it (the level of a backbone teacher's recognition). */
const COUNTY_UP = "县级(及)?以上|县级及县级以上|县(级)?以上";
/** A group over backbone teachers: 骨干教师, 骨干教师数, 县级及以上骨干教师 (not a 校级 one). */
const BACKBONE_GROUP = `^(${COUNTY_UP})?骨干(教师)?(数|人数)?$`;
/** A column of one recognition level under a backbone group (省级) or naming it (省级骨干教师数). */
function backboneLevel(level: string): { leaf: string; within?: string; not: string }[] {
  return [
    { leaf: `^(${level})(骨干)?(教师)?(数|人数)?$`, within: "骨干", not: "交流|轮岗|校级" },
    { leaf: `^(${level})骨干(教师)?(数|人数)?$`, not: "交流|轮岗" },
  ];
}
/** The integrated arts subject over music and art (艺术 over 音乐 | 美术), not any label starting 艺术 (艺术团). */
const ARTS_GROUP = "^艺术(\\((音乐美术|美术音乐)\\))?(专任)?(教师)?(数|人数)?$";
/** Music and art as one subject group, as a header names them: 音乐美术, 美术音乐, 音美, 音乐和美术. */
const MUSIC_ART = "(音乐(和|与|及)?美术|美术(和|与|及)?音乐|音美)";
/** The group of the PE and arts teachers: 体育艺术教师 over 体育 | 音乐 | 美术. */
const PE_ART_GROUP = "^(体育(和|与|及)?艺术|体艺|音体美|体音美)(\\((美术音乐|音乐美术)\\))?(专任)?(教师)?(数|人数)?$";

/** A row number's header (序号, 编号): no figure of a school. */
export const ROW_NUMBER_HEADER = "^(序号|编号)$";
/**
 * A row number's header as typed over a column of serials, short forms too (序, No.; normaliseText'd:
 * lower case): a column no lower header label stands under, in which a block heading may be typed
 * (findHeader's isHeadingLine, labelledColumns). The one spelling of both.
 * @example SERIAL_HEADER.test(normaliseText(" No. ")) // true; SERIAL_HEADER.test("片区") // false
 */
export const SERIAL_HEADER = /^(序号|编号|序|no\.?)$/;
/**
 * A code's header (学校标识码, 学校代码, 学校编码, 行政区划代码, 统一社会信用代码): an identifier, no
 * figure. The one rule of DERIVED_HEADER and unmatchedHeaders' NO_FIGURE; schoolIdRepeats' ID_HEADER
 * is narrower on purpose (the school's own code only: a 行政区划代码 is every school's of a county).
 */
export const CODE_HEADER = "(代码|标识码|编码)$";

/**
 * Headers of computed indicators and shares, row numbers and codes: never a raw number the reader
 * needs. The 城乡分类代码 (111 … 220) is the exception: it is how the statistics export gives the rurality.
 */
export const DERIVED_HEADER = `生均|每百名|百名学生|差异系数|占比|比例|达标率|达标值|标准值|^标准$|率$|${ROW_NUMBER_HEADER}|^(?!城乡(分类)?代码$).*${CODE_HEADER}`;

/**
 * A degree part's headers that say they count teachers' degrees: a 学历 or 毕业 word after the degree,
 * or 专任教师（中） before it.
 *
 * @example degreeLeaves("研究生", "graduate") fits 研究生学历, 研究生毕业, 专任教师中研究生, 专任教师中研究生学历人数
 */
function degreeLeaves(degree: string, part: "graduate" | "bachelor" | "associate"): ColumnAlias[] {
  const tail = "(的)?(专任)?(教师)?(数|人数)?$";
  return [
    { key: "qualifiedTeachers", part, leaf: `^(专任教师中?)?(${degree})(毕业)?学历${tail}|^(专任教师中?)?(${degree})毕业${tail}` },
    { key: "qualifiedTeachers", part, leaf: `^专任教师中?(${degree})(毕业)?(学历)?${tail}` },
  ];
}

export const COLUMN_ALIASES: readonly ColumnAlias[] = [
  // Identity.
  { key: "name", leaf: "^(学校|单位|机构|学校\\(机构\\)|学校机构)?(名称|全称)$|^校名$|^学校$" },
  // An aside in brackets after the name header (学校名称（全称）, 学校名称（盖章）) still names the school.
  { key: "name", leaf: "^(学校|单位|机构)(名称|全称)\\([^()]+\\)$" },
  { key: "county", leaf: "^(统计三级|县区|区县|县市区|县\\(市区\\)|县\\(区\\)|县\\(市\\)|所属县区|所在县区|县别|县名|县区名称|区县名称|所属区县|县\\(市区\\)名称)$" },
  { key: "township", leaf: "^(所在|所属)?(乡镇|乡镇\\(街道\\)|乡镇街道|镇街|镇|乡镇\\(场\\)|学区)(名称)?$" },
  { key: "type", leaf: "^(办学类型|学校类型|学校类别|学校办别|类型|类别)$" },
  { key: "stage", leaf: "^(学段|学部|所属学段)$" },
  { key: "counted", leaf: "^(是否)?计(入)?校数$" },
  { key: "private", leaf: "^(办学性质|是否民办|民办|公办民办|公民办|举办性质)$" },
  // The statistics export's 举办者 (县级教育部门 / 地方企业 / 民办 …): its own key, read beside 办学性质 and 隶属关系 (rowMeta withSponsor, sponsor.ts).
  { key: "sponsor", leaf: "^(学校)?举办者(类型|类别)?$" },
  { key: "countyRun", leaf: "^(是否县属|县属|是否县管|县管|隶属关系|学校隶属|隶属)$" },
  { key: "rural", leaf: "^(城乡分类|城乡类型|城乡|城乡属性|所在地类型|是否乡村|乡村学校|是否农村|农村学校|是否乡村学校|城乡分类代码|城乡代码)$" },
  { key: "boarding", leaf: "^(是否寄宿制|寄宿制学校|是否寄宿制学校|寄宿制)$" },
  { key: "builtYear", leaf: "^(学校)?(建成|建校|建设|竣工|始建)(年份|年度|时间|年代|日期)$" },
  { key: "builtBy2016", leaf: "2016年(及)?(以前|之前|前)(规划)?建(成|设)" },
  { key: "builtBy2010", leaf: "2010年(及)?(以前|之前|前)建(成|设)" },

  // Students and classes (boarders and seniors first: their headers also say 学生 / 在校生).
  { key: "boardingStudents", leaf: "^寄宿(生|学生)(数|人数)?$" },
  { key: "boardingStudents", leaf: TOTAL, within: "^寄宿(生|学生)" },
  { key: "seniorStudents", leaf: "^高中(在校生|在校学生|学生|生)(数|人数)?$" },
  { key: "students", leaf: "^(在校生|在校学生|学生|在籍学生|生|在校生总)(数|人数|总数)?(合计)?$", not: "寄宿|随迁|留守|残疾|少数民族|毕业|招生|随班" },
  { key: "students", leaf: TOTAL, within: "^(在校生|在校学生|学生)(数|人数|总数)?$", not: "寄宿|随迁|留守|残疾|少数民族|毕业|招生" },
  // The ten buckets of the statistics, and the merged ones of bureau forms (56-65人, 56人及以上: their own fields).
  ...CLASS_BUCKETS.map((b) => ({ key: b.key, leaf: bucketLeaf(b.min, b.max) })),
  ...MERGED_CLASS_BUCKETS.map((b) => ({ key: b.key, leaf: bucketLeaf(b.min, b.max) })),
  { key: "largestClass", leaf: "^最大班额(人数)?$|^(最大|最多)班(级)?(人数|学生数|额)$" },
  { key: "classes", leaf: "^(班级|教学班|班)(数|个数|总数)?$" },
  { key: "classes", leaf: TOTAL, within: "^(班级|班数|教学班|班额)" },

  // L1: 小学 专科及以上, 初中 本科及以上, or the degree breakdown; or a column that says it directly.
  // 专任教师中高于规定学历（人）: the teachers' group named before the subset, in one header.
  { key: "qualifiedTeachers", leaf: "^(专任教师中?)?(具有|具备)?(高于规定学历|高一级学历|高学历|超过规定学历)(的)?(专任)?(教师)?(数|人数)?$" },
  { key: "qualifiedTeachers", part: "associateUp", leaf: "^(专任教师中?)?(专科|大专)(及|以)?以上(学历)?(专任)?(教师)?(数|人数)?$" },
  // 学历达标教师（专科及以上）: the bracket says which degrees count, here the primary L1 numerator.
  { key: "qualifiedTeachers", part: "associateUp", leaf: "^学历达标(专任)?(教师)?(数|人数)?\\((专科|大专)(及|以)?以上(学历)?\\)$" },
  { key: "qualifiedTeachers", part: "bachelorUp", leaf: "^(专任教师中?)?本科(及|以)?以上(学历)?(专任)?(教师)?(数|人数)?$" },
  { key: "qualifiedTeachers", part: "graduate", leaf: "^(研究生|研究生毕业)(学历)?$", within: TEACHER_GROUP },
  { key: "qualifiedTeachers", part: "bachelor", leaf: "^(本科|本科毕业|大学本科)(学历)?$", within: TEACHER_GROUP },
  { key: "qualifiedTeachers", part: "associate", leaf: "^(专科|专科毕业|大专|大学专科)(学历)?$", within: TEACHER_GROUP },
  // The same parts where the header itself says they are teachers' degrees (研究生学历, 本科毕业, 专任教师中专科):
  // nothing else on a school sheet is so named. A bare 研究生 / 本科 / 专科 is read only beside a teacher column (bareDegrees.ts).
  ...degreeLeaves("研究生", "graduate"),
  ...degreeLeaves("本科|大学本科", "bachelor"),
  ...degreeLeaves("专科|大专|大学专科", "associate"),

  // L2.
  { key: "backboneTeachers", leaf: `^(${COUNTY_UP})?骨干(教师)?(数|人数)?$`, not: "交流|轮岗" },
  // The level in brackets after the name: 骨干教师（县级及以上）.
  { key: "backboneTeachers", leaf: `^骨干(教师)?(数|人数)?\\((${COUNTY_UP})\\)(数|人数)?$`, not: "交流|轮岗" },
  // Under a backbone group: the county-up column (骨干教师/县级及以上), the total (骨干教师数/合计;
  // left unread by backboneTotalsToSkip beside a county-up column, or when a 校级 / 乡镇级 column beside
  // it says the total counts lower levels too), and the levels that add up to it (骨干教师/省级 | 市级 |
  // 县级, rules.md §2).
  { key: "backboneTeachers", leaf: `^(${COUNTY_UP})$`, within: BACKBONE_GROUP, not: "交流|轮岗" },
  { key: "backboneTeachers", leaf: TOTAL, within: BACKBONE_GROUP, not: "交流|轮岗" },
  // Merged upper levels (keys.ts LEVEL_COVERS) before the single ones: 省市级, 省、市级 (the 、 is
  // normalised away), 省级和市级; 省级及以上; 市级及以上, 地市级以上.
  ...backboneLevel("省市级|省市|省市两级|省级市级|省(级)?(和|及|与)市级").map((a) => ({ key: "backboneTeachers" as const, part: "levelProvinceCity" as const, ...a })),
  ...backboneLevel("省(级|部级)?(及)?以上").map((a) => ({ key: "backboneTeachers" as const, part: "levelProvinceUp" as const, ...a })),
  ...backboneLevel("(地)?市(级|州级)?(及)?以上").map((a) => ({ key: "backboneTeachers" as const, part: "levelCityUp" as const, ...a })),
  ...backboneLevel("国家级|国家|全国").map((a) => ({ key: "backboneTeachers" as const, part: "levelNational" as const, ...a })),
  ...backboneLevel("省级|省|省部级").map((a) => ({ key: "backboneTeachers" as const, part: "levelProvince" as const, ...a })),
  ...backboneLevel("市级|地市级|市州级|州级|地级|市").map((a) => ({ key: "backboneTeachers" as const, part: "levelCity" as const, ...a })),
  ...backboneLevel("县级|县区级|区县级|县\\(区\\)级|县\\(市区\\)级|区级|县").map((a) => ({ key: "backboneTeachers" as const, part: "levelCounty" as const, ...a })),

  // L3: a total, or PE + music + art (+ an integrated 艺术 subject) from the subject breakdown.
  { key: "peArtTeachers", leaf: "^(体育(和|与|及)?艺术|体艺|音体美|体音美|体育音乐美术|体育美术音乐)(\\((美术音乐|音乐美术)\\))?(专任)?(教师)?(数|人数)?$" },
  { key: "peArtTeachers", part: "pe", leaf: "^(体育与健康|体育和健康|体育)(专任)?(教师)?(数)?$", within: `${TEACHER_GROUP}|${PE_ART_GROUP}` },
  { key: "peArtTeachers", part: "pe", leaf: "^体育(专任)?教师(数|人数)?$" },
  { key: "peArtTeachers", part: "music", leaf: "^音乐(专任)?(教师)?(数)?$", within: `${TEACHER_GROUP}|${ARTS_GROUP}|${PE_ART_GROUP}` },
  { key: "peArtTeachers", part: "music", leaf: "^音乐(专任)?教师(数|人数)?$" },
  { key: "peArtTeachers", part: "art", leaf: "^美术(专任)?(教师)?(数)?$", within: `${TEACHER_GROUP}|${ARTS_GROUP}|${PE_ART_GROUP}` },
  { key: "peArtTeachers", part: "art", leaf: "^美术(专任)?教师(数|人数)?$" },
  // Music and art teachers counted in one column (音乐美术教师, 音美教师; 、 is dropped before matching).
  { key: "peArtTeachers", part: "musicArt", leaf: `^${MUSIC_ART}(专任)?(教师)?(数|人数)?$`, within: `${TEACHER_GROUP}|${PE_ART_GROUP}` },
  { key: "peArtTeachers", part: "musicArt", leaf: `^${MUSIC_ART}(专任)?教师(数|人数)?$` },
  // The statistics export's integrated subject: 艺术（音乐、美术）.
  { key: "peArtTeachers", part: "arts", leaf: "^艺术(\\((音乐美术|美术音乐)\\))?(专任)?(教师)?(数)?$", within: `${TEACHER_GROUP}|${PE_ART_GROUP}` },
  { key: "peArtTeachers", part: "arts", leaf: "^艺术(专任)?教师(数|人数)?$" },

  // Teachers (after the breakdowns, whose totals also say 合计).
  { key: "certifiedTeachers", leaf: "(持证|教师资格)", not: "率|比例" },
  { key: "trainedTeachers", leaf: "360学时|完成.*培训", not: "率|比例|经费" },
  { key: "teachers", leaf: "^专任教师(数|人数|总数|合计)?$" },
  { key: "teachers", leaf: TOTAL, within: "^专任教师(数|人数)?$", not: "学历|课程|授课|学科|职称|年龄|骨干|持证|培训" },

  // Buildings and grounds (the indoor sports rooms before the teaching area that contains them).
  { key: "indoorSportsArea", leaf: "^(室内体育用房|室内体育馆|体育馆|风雨操场|室内运动场馆?|室内体育场馆)(面积|建筑面积)?$" },
  { key: "teachingArea", leaf: `^教学(及|和)?辅助用房(面积|建筑面积)?(合计|小计)?(${WITH_INDOOR})?$` },
  // 教学及教辅用房, 教学用房及辅助用房: the same 教学及辅助用房 of the statistics, worded out.
  { key: "teachingArea", leaf: `^(教学(及|和)教辅用房|教学用房(及|和)(教学)?辅助用房)(面积|建筑面积)?(合计|小计)?(${WITH_INDOOR})?$` },
  { key: "teachingArea", leaf: "^(合计|计|小计|面积)$", within: "^教学(及|和)?辅助用房" },
  // 体育运动场(馆)面积 of the statistics export: the grounds and the halls, brackets as normalised (full-width folded).
  { key: "sportsTotalArea", leaf: "^(体育运动场馆|体育场馆|运动场馆|体育运动场地及场馆|(体育运动|体育|运动)场(地)?\\(馆\\))(总)?(面积)?$" },
  // 运动场地面积（含室内体育用房）: the ground with the indoor rooms already in it (WITH_INDOOR).
  { key: "sportsTotalArea", leaf: `^(运动场地|运动场|体育运动场地|体育场地|操场)(面积)?${WITH_INDOOR}$` },
  { key: "sportsGroundArea", leaf: "^(运动场地|运动场|体育运动场地|体育场地|室外运动场地?|田径场|操场)(面积)?$" },

  // Equipment and rooms.
  { key: "equipmentValue", leaf: "^(教学)?仪器设备(资产)?(总)?(值|价值|总值|资产值|金额)$" },
  { key: "equipmentValue", leaf: "^(教学)?仪器设备(资产)?$", needsUnit: true },
  { key: "multimediaRooms", leaf: "^(网络)?多媒体教室(数|间数|数量)?$|^网络多媒体$" },
  // 班班通: a classroom with networked multimedia teaching equipment, the statistics' 网络多媒体教室.
  { key: "multimediaRooms", leaf: "^班班通(教室)?(数|间数|数量)?$" },
  { key: "musicRoomsCompliant", leaf: "^音乐(专用)?(教)?室(面积)?达标(数|间数)?$" },
  // 面积达标的音乐专用教室数: the field's own label (the pane's list, --map, the messages that ask for the column).
  { key: "musicRoomsCompliant", leaf: "^(面积)?达标(的)?音乐(专用)?(教)?室(数|间数)?$" },
  { key: "musicRoomsCompliant", leaf: "^(达标|符合标准|面积达标)(数|间数|的)?$", within: "^音乐(专用)?(教)?室" },
  { key: "musicRoomsArea", leaf: "^音乐(专用)?(教)?室(总)?(使用|建筑)?面积$" },
  { key: "musicRoomsArea", leaf: "^(总)?(使用|建筑)?面积$", within: "^音乐(专用)?(教)?室" },
  { key: "musicRooms", leaf: "^音乐(专用)?(教)?室(数|间数|个数|数量)?$" },
  { key: "musicRooms", leaf: "^(间数|个数|数量|间|数)$", within: "^音乐(专用)?(教)?室" },
  { key: "artRoomsCompliant", leaf: "^美术(专用)?(教)?室(面积)?达标(数|间数)?$" },
  { key: "artRoomsCompliant", leaf: "^(面积)?达标(的)?美术(专用)?(教)?室(数|间数)?$" },
  { key: "artRoomsCompliant", leaf: "^(达标|符合标准|面积达标)(数|间数|的)?$", within: "^美术(专用)?(教)?室" },
  { key: "artRoomsArea", leaf: "^美术(专用)?(教)?室(总)?(使用|建筑)?面积$" },
  { key: "artRoomsArea", leaf: "^(总)?(使用|建筑)?面积$", within: "^美术(专用)?(教)?室" },
  { key: "artRooms", leaf: "^美术(专用)?(教)?室(数|间数|个数|数量)?$" },
  { key: "artRooms", leaf: "^(间数|个数|数量|间|数)$", within: "^美术(专用)?(教)?室" },

  // Funding.
  { key: "trainingFunds", leaf: "^(教师)?培训经费(支出|总额|金额|实际支出)?$" },
  { key: "publicFunding", leaf: "^(实际)?(拨付|下达|到位|安排|实拨)?(的)?公用经费(拨款|支出|总额|金额|实拨数|拨付数)?$" },
];

/** Group labels that mark a header row even though they are not a column's own name. */
export const HEADER_GROUP_WORDS = "^(在校生|专任教师|校舍|占地面积|教学及辅助用房|班额|固定资产|学生|教师|办学条件|专用教室)";
