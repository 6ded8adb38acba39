import { parseCountyRun, parsePrivate } from "./schoolKind";
import { normaliseText } from "./text";

/** What a 举办者 (sponsor) value says: private or public, and whether the county runs the school (null: its level is not said). */
export interface SponsorReading {
  readonly private: boolean;
  readonly countyRun: boolean | null;
}

/** Levels of government above the county (中央, 省, 地 / 市): a school they sponsor is not county-run. */
const ABOVE_COUNTY = "中央|中央级|部属|省|省级|省属|自治区|地|地级|地区|地区级|地市|地市级|市|市级|市属|州|州级|盟";
/** The county and the townships in it (县级, 区县级, 乡镇): a school they sponsor is county-run. */
const COUNTY_OR_BELOW = "县|县级|县属|区|区级|区县|区县级|县区|县区级|旗|乡镇|乡|镇|街道";
/** The sponsoring body after its level: 教育部门, 其他部门, 政府. */
const BODY = "教育行政部门|教育部门|其他部门|部门|人民政府|政府";
const LEVELLED = new RegExp(`^(?:(${ABOVE_COUNTY})|(${COUNTY_OR_BELOW}))?(?:${BODY})$`);

/**
 * The public 举办者 categories without a level (the statistics export's 地方企业, 部队, 集体 …) and
 * whether the county runs such a school: enterprises, the army, the central ministries and a bare
 * 其他部门 (a non-education department's school: 林场, 水库) are not; 集体 and 乡镇 are (inside
 * the county); 事业单位 says nothing of the level.
 */
const BARE_KINDS: readonly (readonly [RegExp, boolean | null])[] = [
  [/^(?:教育部|中央部门|中央)$/, false],
  [/^(?:地方企业|企业|国有企业|国企|中央企业)$/, false],
  [/^(?:部队|军队)$/, false],
  [/^其他部门$/, false],
  [/^(?:集体|乡镇|乡|镇)$/, true],
  [/^事业单位$/, null],
];

/** A levelled body (县级教育部门, 地级其他部门, 中央部门); a bare 教育部门 / 部门 / 政府 has no level: null. */
function levelled(t: string): SponsorReading | null {
  const m = LEVELLED.exec(t);
  if (m === null) return null;
  if (m[1] !== undefined) return { private: false, countyRun: false };
  if (m[2] !== undefined) return { private: false, countyRun: true };
  return { private: false, countyRun: t === "其他部门" ? false : null };
}

function bareKind(t: string): SponsorReading | null {
  const kind = BARE_KINDS.find(([pattern]) => pattern.test(t));
  return kind === undefined ? null : { private: false, countyRun: kind[1] };
}

/**
 * 举办者 (the statistics export's 学校举办者) → private and county-run (rules.md §2 "Scope": both are
 * profile switches). 民办 (民办（非营利性）, 民办公助) → private, its level unsaid; 县级 / 区县级 /
 * 乡镇 教育部门 or 其他部门, 集体 → public, county-run; 中央 / 省级 / 地级 / 地市级 / 市级 bodies,
 * (地方)企业, 部队, a bare 其他部门 → public, not county-run; 教育部门 and 事业单位 without a level →
 * public, level unknown. Each may end in 办 (地方企业办). Anything else (合作办学, 教育局, 1) → null.
 *
 * @example parseSponsorText("地级教育部门") // { private: false, countyRun: false }
 * @example parseSponsorText("县级其他部门") // { private: false, countyRun: true }
 * @example parseSponsorText("民办") // { private: true, countyRun: null }
 */
export function parseSponsorText(text: string): SponsorReading | null {
  const t = normaliseText(text);
  if (/民办|私立|民营|公办|公立/.test(t)) {
    const isPrivate = parsePrivate(t);
    return isPrivate === null ? null : { private: isPrivate, countyRun: null };
  }
  const body = t.replace(/办$/, "");
  return levelled(body) ?? bareKind(body);
}

/**
 * 隶属关系 / 是否县属 → county-run: parseCountyRun (县级, 市级, 非县属, 是 / 否), else a sponsor
 * category written there (部队, 集体, 乡镇: parseSponsorText); null when neither says.
 *
 * @example parseOwnership("部队") // false; parseOwnership("县级") // true; parseOwnership("不详") // null
 */
export function parseOwnership(text: string): boolean | null {
  return parseCountyRun(text) ?? parseSponsorText(text)?.countyRun ?? null;
}
