import type { Grid } from "../types";
import { titleCells } from "./titleCells";

/**
 * A year as a title writes it: 2024年 / 2024 年度 / 2024年秋季 / 2024学年初 (the statistics taken at
 * the start of the school year that begins in autumn 2024: that year's data; its late part names
 * none, LATE_TERM), with the character before it
 * (group 1) so that one inside a longer number (12024年, 1.2024年) can be told apart — not with a
 * lookbehind, which Safari before 16.4 cannot parse: the whole bundle would fail on a Mac.
 */
const YEAR = /([\d.])?(20\d{2})\s*学?年/g;
/** "2023-2024学年", "2023—2024年", "2023/2024学年" (／ folds to / under NFKC): a school year spans two calendar years, so it names neither alone. */
const SPAN = /(20\d{2})\s*[-–—~～至到/]\s*(20\d{2})/;
/** The digits of a year written in Chinese numerals: 二〇二四年, 二零二四年 (〇 and 零 both stand for 0). */
const CHINESE_DIGITS = "〇一二三四五六七八九";
const CHINESE_YEAR = /二[〇零○][〇零○一二三四五六七八九]{2}(?=\s*(?:学?年|[-–—~～至到/]\s*二[〇零○]))/g;
/** A full date, 2025年1月15日 / 2025年01月15号: the day a form was filled in, not the year of its data. */
const DATE = /20\d{2}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*[日号]/g;
/**
 * Words that open a filing or as-of line (填报单位 / 填报日期 / 填表人 / 制表 / 统计时间 / 截至 …):
 * what follows them tells when the form was filled in or what day its data stop, not its year.
 * 填报 / 填表 / 制表 open one only at the start, after a space or punctuation (group 1), or before
 * a colon: inside a title's 办学条件填报表（2024年度） they name the form. 截至 / 截止 anywhere:
 * 某县截至2024年底… tells the day the data stop, which may be of either year it closes (null).
 */
const FILING = /(^|[\s\p{P}\p{S}])(?:填报|填表|制表)(?!年度)|(?:填报|填表|制表)(?!年度)[^\s:]{0,4}:|日期|截至|截止|统计时间/u;
/**
 * A year after the label naming it (统计年度：2024, （年度：2024）, 填报年度：2024年, 评估年度, 学年度),
 * with 年 added where the year has none, so that it reads as 2024年 does; not one a span goes on
 * from (学年度：2023-2024 names none), nor 2024年度 2025 (the 年度 of a year before it is no label).
 * 填报年度 names the year reported on: FILING does not cut there (unlike at 填报日期).
 */
const LABELLED = /((?:^|[^\d\s])\s*年度\s*:?\s*)(20\d{2})(?![\d.年]|\s*[-–—~～至到/]\s*20\d{2})/g;
/** A cell that is a year's label only (统计年度, 填报年度：): the year is in the cell right of it. */
const LABEL_CELL = /(?:^|[^\d\s])\s*年度\s*:?\s*$/;
/**
 * What a year cites rather than dates (落实2017年督导评估办法, 2012年标准, 2019年文件 / 通知 / 意见):
 * the words after it, up to a few characters on. Not 标准化 (2024年标准化建设 is that year's work).
 */
const CITED = /^[^\d\s\p{P}]{0,6}?(?:办法|标准(?!化)|文件|通知|意见|要点|计划|方案)/u;
/**
 * A school year's late part (2024学年末, 2024学年度第二学期, 2024学年下学期 / 春季): spring or summer of
 * the next calendar year, so "2024学年" there names no single year (the latest target stands in, said
 * so) — read as 2024 it would answer to an earlier, more lenient target.
 */
const LATE_TERM = /^[\s\p{P}]{0,2}[^\d\s\p{P}]{0,2}?[\s\p{P}]{0,2}(?:末|第二学期|下学期|春)/u;

/** What a title says of the year of its data, and where. */
export interface TitleYear {
  readonly year: number;
  /** The cell it was read from (`Sheet!A1`), or null when it came from the sheet's name. */
  readonly cell: string | null;
}

/**
 * A text as far as it can name the year of the data: Chinese-numeral years as digits (NFKC folds
 * full-width ones), dates taken out, and cut before a filing or as-of word.
 *
 * @example titleText("某县二〇二四年统计表 填报日期：2025年1月15日") // "某县2024年统计表 "
 */
export function titleText(text: string): string {
  const folded = text.normalize("NFKC").replace(CHINESE_YEAR, (y) => [...y.replace(/[零○]/g, "〇")].map((c) => CHINESE_DIGITS.indexOf(c)).join(""));
  const dated = folded.replace(LABELLED, "$1$2年").replace(DATE, "");
  const filing = FILING.exec(dated);
  return filing === null ? dated : dated.slice(0, filing.index + (filing[1]?.length ?? 0));
}

/** Whether a year match is a school year's late part (LATE_TERM): only a 学年 is, 2025年春季 names 2025. */
function lateTerm(m: RegExpExecArray | RegExpMatchArray, text: string): boolean {
  return m[0].includes("学") && LATE_TERM.test(text.slice((m.index ?? 0) + m[0].length));
}

/**
 * The distinct years a text names; a school-year span names both of its years, unless the text
 * dates it in the autumn of its first year (2024-2025学年度（2024年9月）: the statistics at the start
 * of the school year, as 2024学年初 is); a year a document is cited by (CITED) names none.
 */
function yearsIn(text: string): number[] {
  const t = titleText(text);
  const span = SPAN.exec(t);
  const dates = [...t.matchAll(YEAR)].filter((m) => m[1] === undefined && !CITED.test(t.slice(m.index + m[0].length)) && !lateTerm(m, t));
  const years = span === null ? dates.map((m) => m[2]) : autumnOf(t, span[1] ?? "") ? [span[1]] : [span[1], span[2]];
  return [...new Set(years.map(Number))];
}

/** Whether a text dates something in the autumn of `year` (2024年9月 … 12月, 2024年秋季, 2024.9, 2024/10). */
function autumnOf(text: string, year: string): boolean {
  const month = "(?:0?9|1[0-2])";
  return new RegExp(`${year}\\s*年\\s*(?:${month}|九|十|十一|十二)\\s*月|${year}\\s*年\\s*秋|${year}\\s*[./]\\s*${month}(?!\\d)`).test(text);
}

/** The first row above the header row `headerTop` whose text cells name a year: the years they name, and the first such cell. */
function firstTitleLine(grid: Grid, headerTop: number): { years: number[]; cell: string | null } | null {
  const hits = titleCells(grid, headerTop, (text) => LABEL_CELL.test(text.normalize("NFKC"))).map((c) => ({ ...c, years: yearsIn(c.text) })).filter((h) => h.years.length > 0);
  const first = hits[0];
  if (first === undefined) return null;
  return { years: [...new Set(hits.filter((h) => h.row === first.row).flatMap((h) => h.years))], cell: first.cell };
}

/**
 * The year of a school sheet's data as its title states it — "某县2024年义务教育学校基本情况表",
 * "某县二〇二四年…" — from the topmost row above the header that names a year, else from the
 * sheet's name: the year whose target the share of schools passing answers to (rules.md §8), when
 * the user gives none. Dates and filing or as-of lines (填报单位：… 填报日期：2025年1月15日,
 * 截至2023年12月31日, 统计时间) are not titles: a form for 2024 is filled in early 2025. Null when
 * nothing names a year, or when that row names two (a 2023–2024 school year, 2023年 and 2024年):
 * then the caller keeps its own default rather than choose.
 *
 * @example titleYear(gridOf([["某县2024年义务教育学校基本情况表"], ["学校名称", "在校生数"]]), 1) // { year: 2024, cell: "学校基本情况!A1" }
 * @example titleYear(gridOf([["某县学校基本情况表"], ["填报日期：2025年1月15日"], header]), 2) // null
 * @example titleYear(gridOf([["2023-2024学年学校基本情况"], header]), 1) // null (2023/2024学年 too)
 * @example titleYear(gridOf([["某县统计表"], ["统计年度", 2024], header]), 2) // { year: 2024, cell: "学校基本情况!A2" } (a label's year: LABELLED)
 */
export function titleYear(grid: Grid, headerTop: number): TitleYear | null {
  const line = firstTitleLine(grid, headerTop) ?? { years: yearsIn(grid.sheet), cell: null };
  const year = line.years[0];
  return year !== undefined && line.years.length === 1 ? { year, cell: line.cell } : null;
}

/**
 * The year a sheet's name states when its title states another (sheet 2023年 titled
 * 某县2024年…): the title is read, and the name that disagrees must be said, not passed over.
 * Null when they agree, or either states none.
 *
 * @example nameYearDiffers(sheet "2023年" titled "某县2024年…", { year: 2024, cell: "2023年!A1" }) // 2023
 */
export function nameYearDiffers(sheet: string, year: TitleYear | null): number | null {
  const named = yearsIn(sheet);
  if (year === null || year.cell === null || named.length !== 1) return null;
  return named[0] === year.year ? null : (named[0] ?? null);
}

/**
 * The one year a sheet's name states (2023年县级指标 → 2023), or null for none or several.
 * @example sheetNameYear("2023年县级指标") // 2023; sheetNameYear("县级指标") // null
 */
export function sheetNameYear(sheet: string): number | null {
  const years = yearsIn(sheet);
  return years.length === 1 ? (years[0] ?? null) : null;
}
