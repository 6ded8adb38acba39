import { INDICATOR_CODES, STAGES, type IndicatorCode } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { FORMAT } from "./formats";
import type { OverviewShortfall } from "./overviewNeeds";
import type { OverviewRow } from "./overviewOrder";
import { countiesText, type CityTotals } from "./overviewTotals";
import { amountColumns } from "./shortfallsSheet";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { stageLabel } from "./writeLabels";

/** Where the amounts start: after 工作簿, 县区 and 学段. */
const FIRST_AMOUNT = 3;

/** The city's shortfalls per stage: each county row's added up (cityShortfalls), in a county's own shape. */
export type CityShortfall = OverviewShortfall;

/**
 * The county rows' shortfall totals added up per stage, in STAGES order: every row of the county
 * table counts, as in 全市合计 (a county in two workbooks twice, said in the 县区 cell; a workbook
 * not evaluated has none). A stage no county has is left out. Sums of the unrounded county figures.
 * @example cityShortfalls(甲县 小学 L1 3, 乙县 小学 L1 2 and 初中 L1 1) // [{ stage: "primary", byIndicator: { L1: 5, … } }, { stage: "junior", byIndicator: { L1: 1, … } }]
 */
export function cityShortfalls(rows: readonly OverviewRow[]): CityShortfall[] {
  const all = rows.flatMap((r) => r.county?.shortfalls ?? []);
  return STAGES.flatMap((stage): CityShortfall[] => {
    const of = all.filter((s) => s.stage === stage);
    if (of.length === 0) return [];
    const byIndicator = Object.fromEntries(INDICATOR_CODES.map((code) => [code, of.reduce((n, s) => n + s.byIndicator[code], 0)])) as Record<IndicatorCode, number>;
    return [{ stage, byIndicator, incomplete: of.reduce((n, s) => n + s.incomplete, 0) }];
  });
}

function columns(lang: Lang, rows: readonly (readonly CellInput[])[]): ColumnDraft[] {
  const t = (code: string): ColumnDraft => ({ header: message(code, {}, lang), numberFormat: null });
  return [t("out_h_file"), t("out_h_county"), t("out_h_stage"), ...amountColumns(lang, rows, FIRST_AMOUNT), { header: message("out_h_totals_incomplete", {}, lang), numberFormat: FORMAT.count }, { ...t("out_h_overview_remarks"), maxWidth: 40 }];
}

function amounts(s: OverviewShortfall, lang: Lang): CellInput[] {
  return [stageLabel(s.stage, lang), ...INDICATOR_CODES.map((code) => s.byIndicator[code]), cell(s.incomplete, s.incomplete > 0 ? "warn" : null), null];
}

/**
 * A county row's lines: one per stage, as its 缺口测算's 县域指标缺口合计 has them; a county with
 * no stage (no section in scope) one line saying so; a workbook not evaluated one line saying so,
 * no figure (its reason is in the county table).
 */
function countyRows({ entry, county }: OverviewRow, lang: Lang): CellInput[][] {
  const blank = Array.from({ length: INDICATOR_CODES.length + 2 }, () => null);
  if (!entry.outcome.ok) return [[entry.file, null, ...blank, cell(message("out_not_evaluated", {}, lang), "bad")]];
  const name = county === null ? null : countyName(county.county, lang);
  if (county === null || county.shortfalls.length === 0) return [[entry.file, name, ...blank, message("out_overview_needs_no_stage", {}, lang)]];
  return county.shortfalls.map((s) => [entry.file, name, ...amounts(s, lang)]);
}

function countyName(county: string | null, lang: Lang): string {
  return county ?? message("out_overview_county_unnamed", {}, lang);
}

/**
 * 各县区缺口（达到标准尚需）: what each county row still needs to standard per stage, the
 * figures of its own 缺口测算 (teachers, m², yuan, rooms, unrounded, each column with the decimals
 * that show a need as more than 0), in the county table's row order.
 */
export function overviewShortfallsTable(rows: readonly OverviewRow[], lang: Lang): TableSpec {
  const body = rows.flatMap((r) => countyRows(r, lang));
  return makeTable({ name: "YZJH_OverviewShortfalls", caption: message("out_caption_overview_shortfalls", {}, lang), columns: columns(lang, body), rows: body, emptyText: message("out_none", {}, lang) });
}

/**
 * 全市缺口合计: the county lines above added up per stage (cityShortfalls), in the same columns;
 * the 县区 cell says how many rows they are as 全市合计 does (countiesText), the 说明 cell how many
 * workbooks are left out for not being evaluated. Null when no county was evaluated (`totals`, the
 * batch's cityTotals, null).
 */
export function cityShortfallsTable(totals: CityTotals | null, rows: readonly OverviewRow[], lang: Lang): TableSpec | null {
  const city = cityShortfalls(rows);
  if (totals === null || city.length === 0) return null;
  const failed = totals.workbooksFailed === 0 ? null : countMessage("out_overview_needs_failed", totals.workbooksFailed, { n: totals.workbooksFailed }, lang);
  const body = city.map((s) => [message("out_overview_totals_scope", {}, lang), countiesText(totals, lang), ...amounts(s, lang).slice(0, -1), failed]);
  return makeTable({ name: "YZJH_OverviewShortfallTotals", caption: message("out_caption_overview_shortfall_totals", {}, lang), columns: columns(lang, body), rows: body, emptyText: message("out_none", {}, lang) });
}
