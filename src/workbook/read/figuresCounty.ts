import { sameCounty } from "../../engine/countyFigures";
import type { Grid } from "../types";
import { countyNamed, type NamedCounty } from "./sheetCounty";
import { titleCells } from "./titleCells";

/** Where a figures sheet's place name ends and what it holds begins (南湖县指标, 北山县县级指标, 南湖县政府保障程度): countyNamed knows a school table's words, not these. */
const FIGURES_WORDS = /县级|指标|政府|保障|质量|社会认可|评估|监测|优质均衡/;

/** A title or name for all of a city's counties (某市2024年各县区…, 全市县级指标): it names no one county, though it starts with a county-level 某市. */
const CITY_WIDE = /各县|各区|县区|区县|全市|各地/;

/**
 * The county a figures sheet's title line or name names, or null: the place before its figures
 * words (南湖县指标 → 南湖县, 南湖县2024年政府保障与教育质量指标 → 南湖县), read as a school sheet's is
 * (countyNamed). `undefined` for a text naming a city's counties (CITY_WIDE): no county, and no
 * other text of the sheet is looked at.
 *
 * @example placeOf("南湖县指标") // "南湖县"; placeOf("县级指标") // null; placeOf("某市2024年各县区指标") // undefined
 */
export function placeOf(text: string): string | null | undefined {
  if (CITY_WIDE.test(text)) return undefined;
  const cut = text.search(FIGURES_WORDS);
  return countyNamed(cut < 0 ? text : text.slice(0, cut));
}

/** A city's name (青州市, 某市): a county-level city only when a school county is so named (广汉市). */
const CITY_END = /市$/;

/**
 * The county one title line or name gives beside the school counties `schools`: its place when a
 * school county is it; else a school county named anywhere in it (青州市…指标（北山县） → 北山县);
 * else null for a city none of them is (青州市…, 青州市教育局…: a city's template), or its place
 * (南湖县: another county's). `undefined` for a city's counties (placeOf).
 *
 * @example textCounty("青州市2024年指标（北山县）", ["北山县"]) // "北山县"; textCounty("青州市教育局县级指标", ["北山县"]) // null; textCounty("南湖县指标", ["北山县"]) // "南湖县"
 */
function textCounty(text: string, schools: readonly string[]): string | null | undefined {
  const place = placeOf(text);
  if (place === undefined || (place !== null && schools.some((s) => sameCounty(s, place)))) return place;
  const named = schools.find((s) => text.includes(s));
  if (named !== undefined) return named;
  return place !== null && CITY_END.test(place) ? null : place;
}

/**
 * The county a figures sheet names, as a school sheet's (sheetCounty) and a figures sheet's year
 * (figuresYear) are read: the first title line above `firstRow` (its 项目 | 数值 header, or its first
 * item) naming one, else the sheet's name (cell null); null when neither names one, or a title
 * names a city's counties (某市2024年各县区…). Its figures are that county's only (workbooks.md:
 * figures naming another county than the schools' are not used for it). Read beside the school
 * counties `schools` (textCounty): a city none of them is names no county, so its figures apply as
 * a sheet naming none does; a county-level city that is one of them (广汉市) is that county.
 *
 * @example figuresCounty(gridOf([["南湖县2024年政府保障与教育质量指标"], ["项目", "数值"]], { sheet: "县级指标" }), 1) // { county: "南湖县", cell: "县级指标!A1" }
 * @example figuresCounty(gridOf([["项目", "数值"]], { sheet: "南湖县指标" }), 0) // { county: "南湖县", cell: null }
 * @example figuresCounty(gridOf([["青州市2024年指标（北山县）"], ["项目", "数值"]], { sheet: "县级指标" }), 1, ["北山县"]) // { county: "北山县", cell: "县级指标!A1" }
 */
export function figuresCounty(grid: Grid, firstRow: number, schools: readonly string[] = []): NamedCounty | null {
  for (const { text, cell } of titleCells(grid, firstRow)) {
    const place = textCounty(text, schools);
    if (place === undefined) return null;
    if (place !== null) return { county: place, cell };
  }
  const named = textCounty(grid.sheet, schools);
  return named === undefined || named === null ? null : { county: named, cell: null };
}
