import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { issueAt, numberAsTextIssue } from "./issue";
import { itemUnit, matchCountyItem, type ItemUnit } from "./matchCountyItem";
import { analysePath, matchAlias } from "./matchHeaderPath";
import { isNoCachedResult } from "./noCachedResult";
import { parseCellNumber, percentToFraction, toBaseUnit } from "./parseCellNumber";
import { parseLevel } from "./parseLevel";
import { textAt } from "./rowMeta";
import { parseYesNo } from "./schoolKind";
import { stripYuan } from "./stripYuan";
import { cellText, normaliseText } from "./text";

export interface CountyFigures {
  readonly figures: readonly CountyFigure[];
  readonly issues: readonly Issue[];
}

interface Layout {
  readonly headerRow: number | null;
  readonly itemColumn: number | null;
  readonly valueColumn: number | null;
  readonly countyColumn: number | null;
  readonly unitColumn: number | null;
  /** The value header says %, so a bare 95 of a ratio item means 95%. */
  readonly percentHeader: boolean;
}

const ITEM_HEADER = /^(项目|指标|内容|名称|评估项目|指标名称|项目名称|评估内容|评估指标|监测指标)$/;
const VALUE_HEADER = /^(数值|值|数据|结果|填报值|实际值|完成值|达成值|完成情况|情况|评估结果|县域数值|指标值)/;
const NO_LAYOUT: Layout = { headerRow: null, itemColumn: null, valueColumn: null, countyColumn: null, unitColumn: null, percentHeader: false };

function columns(grid: Grid): number[] {
  return Array.from({ length: grid.values[0]?.length ?? 0 }, (_, i) => grid.left + i);
}

function findColumn(grid: Grid, row: number, test: (t: string) => boolean): number | null {
  return columns(grid).find((c) => test(normaliseText(cellText(grid.values[row - grid.top]?.[c - grid.left]) ?? ""))) ?? null;
}

/** The 项目 | 数值 header row (with optional 县区 and 单位 columns) in the top 10 rows. */
function layoutOf(grid: Grid): Layout {
  for (let row = grid.top; row < grid.top + Math.min(10, grid.values.length); row++) {
    const itemColumn = findColumn(grid, row, (t) => ITEM_HEADER.test(t));
    const valueColumn = findColumn(grid, row, (t) => VALUE_HEADER.test(t));
    if (itemColumn === null || valueColumn === null) continue;
    const valueText = cellText(grid.values[row - grid.top]?.[valueColumn - grid.left]) ?? "";
    const countyColumn = findColumn(grid, row, (t) => matchAlias(analysePath([t]).segments)?.key === "county");
    const unitColumn = findColumn(grid, row, (t) => /^(单位|计量单位)$/.test(t));
    return { headerRow: row, itemColumn, valueColumn, countyColumn, unitColumn, percentHeader: /%|百分/.test(valueText.normalize("NFKC")) };
  }
  return NO_LAYOUT;
}

type Converted = { readonly ok: true; readonly value: number | boolean } | { readonly ok: false; readonly reason: string } | null;

function toBoolean(v: CellValue): Converted {
  if (typeof v === "boolean") return { ok: true, value: v };
  if (typeof v === "number" && (v === 0 || v === 1)) return { ok: true, value: v === 1 };
  const yes = parseYesNo(cellText(v) ?? "");
  return yes === null ? { ok: false, reason: "not_yes_no" } : { ok: true, value: yes };
}

function toLevel(v: CellValue): Converted {
  const level = parseLevel(v);
  return level === null ? { ok: false, reason: "not_a_level" } : { ok: true, value: level };
}

/**
 * A figure's value by its unit: ratios as fractions (`95%` → 0.95, `0.95` stays; a bare `95` is
 * read as 95% only when it is above 1 and the value header, the unit column or the item name says
 * %, otherwise it is kept and the engine reports a ratio above 1); yes / no items from 是 / 否 /
 * 有 / 无 / 达标 / 未达标; amounts in yuan with their unit typed or not (`6,080元/生`, `0.608万元`,
 * or 万元 in the row's 单位 column: stripYuan); monitoring levels as 1–4 (`Ⅲ级`: parseLevel).
 * Blank → null (not given). A formula without a stored result (noCachedResult.ts) is the caller's
 * to say and skip (figureOf), before it comes here.
 */
export function convertFigure(v: CellValue, unit: ItemUnit, percentContext: boolean, unitText = ""): Converted {
  if (v === null || (typeof v === "string" && v.trim() === "")) return null;
  if (unit === "boolean") return toBoolean(v);
  if (unit === "level") return toLevel(v);
  const money = unit === "yuan" ? stripYuan(v, unitText) : { value: v, factor: 1 };
  const parsed = parseCellNumber(money.value, "ratio");
  if (parsed.status === "blank") return null;
  if (parsed.status === "none") return { ok: false, reason: "none" };
  if (parsed.status === "invalid") return { ok: false, reason: parsed.reason };
  if (unit === "yuan") return parsed.percent ? { ok: false, reason: "not_a_number" } : { ok: true, value: toBaseUnit(parsed.value, money.factor) };
  const scaled = unit === "ratio" && !parsed.percent && parsed.value > 1 && percentContext ? percentToFraction(parsed.value) : parsed.value;
  return { ok: true, value: scaled };
}

interface ItemRow {
  readonly row: number;
  readonly itemColumn: number;
  readonly valueColumn: number;
  readonly code: string | null;
  readonly text: string;
}

function itemRow(grid: Grid, row: number, layout: Layout): ItemRow | null {
  const cells = columns(grid).map((c) => ({ c, t: cellText(grid.values[row - grid.top]?.[c - grid.left]) }));
  const itemCell = layout.itemColumn !== null ? cells.find((x) => x.c === layout.itemColumn) : cells.find((x) => x.t !== null && matchCountyItem(x.t) !== null);
  if (itemCell?.t === null || itemCell === undefined) return null;
  const valueColumn = layout.valueColumn ?? cells.find((x) => x.c > itemCell.c && x.t !== null && x.c !== layout.countyColumn)?.c;
  if (valueColumn === undefined) return null;
  return { row, itemColumn: itemCell.c, valueColumn, code: matchCountyItem(itemCell.t ?? ""), text: itemCell.t ?? "" };
}

function unitTextOf(grid: Grid, item: ItemRow, layout: Layout): string {
  return layout.unitColumn === null ? "" : (textAt(grid, item.row, layout.unitColumn) ?? "");
}

function percentContext(grid: Grid, item: ItemRow, layout: Layout): boolean {
  return layout.percentHeader || /%|百分/.test(`${unitTextOf(grid, item, layout)}${item.text}`.normalize("NFKC"));
}

/** A cell as Excel shows it: a formula error as `#DIV/0!`, a date as `2024-05-01`. */
function shownText(v: CellValue): string {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return cellText(v) ?? "";
}

/** A figure typed as text and read as a number: a number stored as text, or one written with its unit or as a numeral (6,080元/生, Ⅲ级以上), said with what it was read as. */
function textReadIssue(sheet: string, item: ItemRow, text: string, value: number): Issue {
  const params = { header: item.text, text, value };
  if (parseCellNumber(text, "ratio").status === "number") return numberAsTextIssue(sheet, item.row, item.valueColumn, params);
  return issueAt("read_figure_read_as", "info", sheet, item.row, item.valueColumn, params);
}

function figureOf(grid: Grid, item: ItemRow, layout: Layout, issues: Issue[]): CountyFigure | null {
  const code = item.code;
  const unit = code === null ? null : itemUnit(code);
  const raw = grid.values[item.row - grid.top]?.[item.valueColumn - grid.left] ?? null;
  if (code === null || unit === null) {
    if (cellText(raw) !== null) issues.push(issueAt("read_figure_unknown_item", "info", grid.sheet, item.row, item.itemColumn, { item: item.text }));
    return null;
  }
  // Excel saves `=IF(…,"",…)` showing nothing without a result: not given, and said so.
  if (isNoCachedResult(raw)) {
    issues.push(issueAt("read_formula_no_result", "info", grid.sheet, item.row, item.valueColumn, { header: item.text }));
    return null;
  }
  const converted = convertFigure(raw, unit, percentContext(grid, item, layout), `${unitTextOf(grid, item, layout)} ${item.text}`);
  if (converted === null) return null;
  if (!converted.ok) {
    issues.push(issueAt("read_figure_bad_value", "error", grid.sheet, item.row, item.valueColumn, { item: item.text, text: shownText(raw), expected: unit }));
    return null;
  }
  if (typeof raw === "string" && typeof converted.value === "number") issues.push(textReadIssue(grid.sheet, item, raw, converted.value));
  const county = layout.countyColumn === null ? null : textAt(grid, item.row, layout.countyColumn);
  return { county, code, value: converted.value, cell: qualified(grid.sheet, a1(item.row, item.valueColumn)) };
}

/**
 * County-level figures from a 项目 | 数值 sheet (optionally with 县区 and 单位 columns; without a
 * header, each row's first recognised item name and the next filled cell to its right). Items are
 * recognised by name (countyItemAliases.ts). Returns null when the sheet names fewer than two
 * known items and has no 项目 | 数值 header (it is then not a figures sheet). A number typed as
 * text (`12%`, `０．９２`) is read and noted at info level, as on the school sheet.
 *
 * @example rows 项目 | 数值; 初中三年巩固率 | 96% → { code: "Q1_consolidation", value: 0.96, cell: "县级指标!B2" }
 */
export function readCountyFigures(grid: Grid): CountyFigures | null {
  const layout = layoutOf(grid);
  const items: ItemRow[] = [];
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; row < grid.top + grid.values.length; row++) {
    const item = itemRow(grid, row, layout);
    if (item !== null) items.push(item);
  }
  const known = items.filter((i) => i.code !== null).length;
  if (known < 2 && !(layout.headerRow !== null && known >= 1)) return null;
  const issues: Issue[] = [];
  const figures = items.flatMap((i) => figureOf(grid, i, layout, issues) ?? []);
  return { figures, issues };
}
