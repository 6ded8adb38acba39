import type { SchoolRecord, SchoolType, Stage } from "../../engine/types";
import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { metaText } from "./rowMeta";
import { hasSeniorStage, sectionOfName, stageOfCell } from "./schoolKind";
import { normaliseText } from "./text";
import { titleCells } from "./titleCells";

/** Words naming a school of both stages (九年一贯制, 十二年一贯制, 完全中学): a sheet of such schools, not a whole list (中小学, 全部学校). */
const COMBINED_KIND = /九年|十二年|一贯|完全中学|完中/;

/** Words naming both stages or a school of both (中小学, 九年一贯制, 完全中学): no stage sheet's name. */
const BOTH_STAGES = new RegExp(`中小学|${COMBINED_KIND.source}`);

/**
 * The one stage a sheet name or title names: 小学 → primary; 初中 / 初级中学 / 中学 → junior; null
 * when it names both (中小学, 小学和初中, 九年一贯制) or neither.
 *
 * @example stageNamed("2024年小学基本情况") // "primary"; stageNamed("初级中学") // "junior"; stageNamed("中小学情况") // null
 */
export function stageNamed(text: string): Stage | null {
  const t = normaliseText(text);
  if (BOTH_STAGES.test(t)) return null;
  const primary = /小学/.test(t);
  if (primary === /初中|中学/.test(t)) return null;
  return primary ? "primary" : "junior";
}

/** The stage the title lines above the header name, when they name one only. */
function titleStage(grid: Grid, band: HeaderBand): Stage | null {
  const stages = new Set(titleCells(grid, band.top).map((t) => stageNamed(t.text)).filter((s): s is Stage => s !== null));
  return stages.size === 1 ? ([...stages][0] ?? null) : null;
}

/**
 * The stage a school sheet is for, by what it says of itself: its name (`小学`, `初中学校`), else a
 * title above the header (`某县2024年初中学校基本情况表`); null when neither names one stage.
 *
 * @example sheetStage(grid named "初中", band) // "junior"
 */
export function sheetStage(grid: Grid, band: HeaderBand): Stage | null {
  return stageNamed(grid.sheet) ?? titleStage(grid, band);
}

/**
 * The stage a sheet's school rows are all of, when every row's type says it (no school of an
 * unknown type, whose stage is only a guess); null for an empty sheet or mixed stages.
 *
 * @example stageOfRows([{ stage: "junior", type: "junior" }, { stage: "junior", type: "nine_year" }]) // "junior"
 */
export function stageOfRows(records: readonly Pick<SchoolRecord, "stage" | "type">[]): Stage | null {
  const first = records[0]?.stage ?? null;
  return first !== null && records.every((r) => r.stage === first && r.type !== "other") ? first : null;
}

/** Types of a school of both stages. */
const COMBINED_TYPES: ReadonlySet<SchoolType> = new Set<SchoolType>(["nine_year", "twelve_year", "complete_middle"]);

/**
 * Whether a school sheet holds the schools of both stages (九年一贯制 / 完全中学 kept on a sheet of
 * their own beside the 小学 and 初中 sheets): its name or a title line above the header says so, or
 * every row's type is such a school and the rows are not all of one stage (a sheet of 九年一贯制
 * schools' 初中部 rows only is an 初中 sheet: stageOfRows). A list of all schools (`中小学`,
 * `全部学校`) is not one.
 *
 * @example combinedSheet(grid named "九年一贯制学校", band, []) // true; combinedSheet(grid named "全部学校", band, [{ stage: "primary", type: "primary" }]) // false
 */
export function combinedSheet(grid: Grid, band: HeaderBand, records: readonly Pick<SchoolRecord, "stage" | "type">[]): boolean {
  const named = [grid.sheet, ...titleCells(grid, band.top).map((t) => t.text)].some((t) => COMBINED_KIND.test(normaliseText(t)));
  return named || (records.length > 0 && records.every((r) => COMBINED_TYPES.has(r.type)) && stageOfRows(records) === null);
}

/** Types that are of one stage only. */
const ONE_STAGE: Partial<Record<SchoolType, Stage>> = { primary: "primary", teaching_point: "primary", junior: "junior" };

/**
 * The stage of a row on a stage sheet (小学 and 初中 on sheets of their own): what the row says —
 * its 学段 cell, a section name (`XX学校（初中部）`), a one-stage type — else the sheet's stage
 * (a 九年一贯制 school's row on the 小学 sheet holds its primary section).
 *
 * @example stageOnSheet(grid, row, roles, "城关学校", "nine_year", "junior") // "junior"
 */
export function stageOnSheet(grid: Grid, row: number, roles: readonly ColumnRole[], name: string, type: SchoolType, stage: Stage): Stage {
  const text = metaText(grid, row, roles, "stage");
  return (text === null ? null : stageOfCell(text, hasSeniorStage(type))) ?? sectionOfName(name) ?? ONE_STAGE[type] ?? stage;
}

/**
 * Whether a row on a stage sheet whose 学段 gives no stage takes the sheet's (stageOnSheet): its
 * name names no section and its type is of no one stage (a 九年一贯制 row on the 初中 sheet).
 *
 * @example stageFromSheet("金山学校", "nine_year") // true; stageFromSheet("城关小学", "primary") // false
 */
export function stageFromSheet(name: string, type: SchoolType): boolean {
  return sectionOfName(name) === null && ONE_STAGE[type] === undefined;
}
