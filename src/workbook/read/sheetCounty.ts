import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import { titleCells } from "./titleCells";
import { titleText } from "./titleYear";

/** A leading year (`2024年甲县…`, `2024年度…`): titles name the county after it as often as before it. */
const LEADING_YEAR = /^20\d{2}年度?/;

/** Where a title's place name ends and what the sheet holds begins: a year, the stage, the kind of table. */
const AFTER_PLACE = /\d|小学|初中|中学|义务|学校|九年|十二年|教育|基本|统计|情况|数据|汇总|名单|一览/;

/** A county-level place ends so; 市 stands for a county-level city (`某市2024年…`). */
const COUNTY_END = /(?:县|区|旗|市)$/;

/** Levels above a county, ending where the county's own name starts (`某省某市甲县` → 甲县); not 州 alone, which ends city names (广州市). */
const ABOVE_COUNTY = /省|自治区|市|自治州|盟|地区/g;

/** Words ending in 县 / 区 / 市 that name a part of a county or all of it, not a county: 城区小学, 学区, 全县. */
const NOT_A_COUNTY = new Set(["城区", "学区", "片区", "校区", "园区", "市区", "郊区", "社区", "山区", "景区", "辖区", "镇区", "县区", "区县", "全县", "本县", "各县", "全区", "本区", "各区", "全市", "本市", "各市", "城市"]);
/** A part of a county by its ending (中心城区, 新城区, 城关学区, 东片区): not a county, whatever its first characters. */
const PART_END = /(?:城区|学区|片区|校区|园区|镇区|辖区)$/;
/** A zone named by its kind alone (开发区, 经开区, 高新区, 新区): many cities have one, so it tells no county apart. */
const BARE_ZONE = /^(?:(?:经济技术|经济|高新技术产业|高新技术|高新)?开发区|经开区|高新区|新区)$/;
/** A county followed by a part of it (甲县城区, 甲县第一学区): the county is what comes before the part. */
const COUNTY_THEN_PART = /^(.+?[县旗市])(?:第?[一二三四五六七八九十\d]+)?(?:城区|学区|片区)/;

/** A township (乡 / 镇 / 街道 / 苏木) after the county in a township's own title (`白沙县城关镇2024年…`). */
const TOWNSHIP_END = /(?:镇|乡|街道|苏木)$/;
/** Where a county's name can end inside a longer place. */
const COUNTY_CHAR = /[县旗市区]/;

/**
 * The place without a township after its county: `白沙县城关镇` → 白沙县, `某市甲县新市镇` → 某市甲县
 * (the last county ending that leaves a township of at least two characters, so 新市镇's 市 is not taken);
 * unchanged when there is no township (`城关镇` stays, and names no county).
 */
function beforeTownship(place: string): string {
  const suffix = TOWNSHIP_END.exec(place)?.[0];
  if (suffix === undefined) return place;
  // The township's own name keeps at least two characters before its 镇 / 乡 / 街道 (市桥街道, 县城镇).
  for (let end = place.length - suffix.length - 3; end >= 1; end--) {
    if (COUNTY_CHAR.test(place.charAt(end))) return place.slice(0, end + 1);
  }
  return place;
}

/** The place a text starts with: its leading Chinese characters up to the year, stage or kind of table; a Chinese-numeral year (二〇二四年) read as digits. */
function placeHead(text: string): string {
  const t = titleText(text).replace(/\s+/g, "").replace(LEADING_YEAR, "");
  const head = /^\p{Script=Han}*/u.exec(t)?.[0] ?? "";
  const cut = head.search(AFTER_PLACE);
  return cut < 0 ? head : head.slice(0, cut);
}

/**
 * The county a sheet name or title line starts with: `甲县小学` → 甲县, `某县2024年小学基本情况` → 某县,
 * `2024年乙县初中学校统计表` → 乙县, `二〇二四年甲县…` → 甲县, `某省某市甲县…` → 甲县, `某市2024年…` → 某市,
 * `甲县城区初中` → 甲县, `白沙县城关镇2024年…` → 白沙县 (a township after the county); null for none (`小学`, `2024年小学`, `城区小学`, `中心城区`, `城关学区`, `开发区`,
 * `全县学校`, `Sheet1`).
 *
 * @example countyNamed("甲县2024年小学基本情况") // "甲县"; countyNamed("城区小学") // null
 */
export function countyNamed(text: string): string | null {
  const place = beforeTownship(placeHead(text));
  const head = COUNTY_THEN_PART.exec(place)?.[1] ?? place;
  if (!COUNTY_END.test(head)) return null;
  const above = [...head.slice(0, -1).matchAll(ABOVE_COUNTY)].at(-1);
  const county = above === undefined ? head : head.slice((above.index ?? 0) + above[0].length);
  return county.length < 2 || NOT_A_COUNTY.has(county) || PART_END.test(county) || BARE_ZONE.test(county) ? null : county;
}

/** A zone or new district (高新技术产业开发区, 某某新区, 工业园区): often written short (高新区), so its name may not match another sheet's. */
const ZONE_END = /(?:开发区|高新区|经开区|新区|园区|试验区|示范区|管理区)$/;

/**
 * Whether two sheets' county names are two counties for sure: not one name starting the other
 * (某县 / 某县教育局 …), and both plainly counties, not zones whose names are written many ways.
 *
 * @example otherCounty("甲县", "乙县") // true; otherCounty("高新区", "高新技术产业开发区") // false
 */
export function otherCounty(a: string, b: string): boolean {
  return !a.startsWith(b) && !b.startsWith(a) && !ZONE_END.test(a) && !ZONE_END.test(b);
}

/** The county a sheet says it holds, and the cell it says it in (null: the sheet's name). */
export interface NamedCounty {
  readonly county: string;
  readonly cell: string | null;
}

/** The first title line above the header that names a county, with its address. */
function titleCounty(grid: Grid, band: HeaderBand): NamedCounty | null {
  for (const { text, cell } of titleCells(grid, band.top)) {
    const county = countyNamed(text);
    if (county !== null) return { county, cell };
  }
  return null;
}

/**
 * The county a school sheet names, as titleYear reads the year: its title
 * (`甲县2024年小学基本情况` above the header), else its name (`乙县初中`); null when neither names one.
 * Two sheets naming different counties are two counties' data, not one county's school list.
 *
 * @example sheetCounty(gridOf([["甲县2024年小学基本情况"], ["学校名称", "在校生数"]], { sheet: "小学" }), band) // { county: "甲县", cell: "小学!A1" }
 */
export function sheetCounty(grid: Grid, band: HeaderBand): NamedCounty | null {
  const named = countyNamed(grid.sheet);
  return titleCounty(grid, band) ?? (named === null ? null : { county: named, cell: null });
}
