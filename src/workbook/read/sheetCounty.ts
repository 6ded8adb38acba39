import { a1, qualified } from "../address";
import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";

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

/** The place a text starts with: its leading Chinese characters up to the year, stage or kind of table. */
function placeHead(text: string): string {
  const t = text.normalize("NFKC").replace(/\s+/g, "").replace(LEADING_YEAR, "");
  const head = /^\p{Script=Han}*/u.exec(t)?.[0] ?? "";
  const cut = head.search(AFTER_PLACE);
  return cut < 0 ? head : head.slice(0, cut);
}

/**
 * The county a sheet name or title line starts with: `甲县小学` → 甲县, `某县2024年小学基本情况` → 某县,
 * `2024年乙县初中学校统计表` → 乙县, `某省某市甲县…` → 甲县, `某市2024年…` → 某市; null for none
 * (`小学`, `2024年小学`, `城区小学`, `全县学校`, `Sheet1`).
 *
 * @example countyNamed("甲县2024年小学基本情况") // "甲县"; countyNamed("城区小学") // null
 */
export function countyNamed(text: string): string | null {
  const head = placeHead(text);
  if (!COUNTY_END.test(head)) return null;
  const above = [...head.slice(0, -1).matchAll(ABOVE_COUNTY)].at(-1);
  const county = above === undefined ? head : head.slice((above.index ?? 0) + above[0].length);
  return county.length < 2 || NOT_A_COUNTY.has(county) ? null : county;
}

/** The county a sheet says it holds, and the cell it says it in (null: the sheet's name). */
export interface NamedCounty {
  readonly county: string;
  readonly cell: string | null;
}

/** The first title line above the header that names a county, with its address. */
function titleCounty(grid: Grid, band: HeaderBand): NamedCounty | null {
  for (let row = grid.top; row < band.top; row++) {
    const values = grid.values[row - grid.top] ?? [];
    for (const [i, v] of values.entries()) {
      const county = typeof v === "string" ? countyNamed(v) : null;
      if (county !== null) return { county, cell: qualified(grid.sheet, a1(row, grid.left + i)) };
    }
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
