import { INDICATOR_CODES, type CoefficientGroup, type IndicatorCode } from "../../engine/types";
import { parseCvReason } from "../../engine/verdict/cvReason";
import { resourcesReasons, vetoReasons, type OverviewCounty, type OverviewEntry } from "./overviewEntry";
import { message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import { clauseText, inlineClauses, listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { SheetSpec, TableSpec } from "../types";
import { FORMAT } from "./formats";
import { formatKeepingSides, type Straddle } from "./decimalsKeepingSides";
import { shareRangeCell } from "./shareRangeText";
import { targetCell, TARGET_COLUMN } from "./targetCell";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { answerVerdict, byAnswer, indicatorName, stageLabel, verdictEmphasis, verdictLabel } from "./writeLabels";
import { commonPending, withoutCommon } from "./commonPending";
import { resourcesCaveats, uncomputedText } from "./cvCaveats";
import { estimatedPassTexts } from "./estimatedPasses";
import { hiddenRowsTexts } from "./hiddenRowsCaveat";
import { overviewRows, type OverviewRow } from "./overviewOrder";
import { commonYear, overviewTitle } from "./overviewTitle";
import { cityTotals, totalsRow, type CityTotals } from "./overviewTotals";
import { cityShortfallsTable, overviewShortfallsTable } from "./overviewNeedsTables";
import { profileNote } from "./profileNote";

export type { OverviewCounty, OverviewEntry } from "./overviewEntry";

export interface OverviewContext {
  readonly lang: Lang;
  readonly profileName: string;
  /** The profile file, when the profile was read from one (--profile 文件): named with it, as each county's 汇总 names it. */
  readonly profileFile?: string | null;
  /** The folders the workbooks came from. */
  readonly folders: readonly string[];
  /** What the batch left out or found doubtful (skipped files, a county in two workbooks), as sentences. */
  readonly notes: readonly string[];
  /** The city, named in the title: the folder's name when the user gave one folder; absent or null otherwise. */
  readonly city?: string | null;
  /** The city's totals (cityTotals of `entries`), when the caller has them: a batch works them out once for the sheet and its JSON. Absent: worked out here. */
  readonly totals?: CityTotals | null;
}

const AREAS = ["resources", "guarantee", "quality", "recognition"] as const;

/**
 * 评估总览: a batch over a city's workbooks. One row per county of each workbook (a city list holds
 * several): its four areas, passing share against its target, recognition; a workbook that could
 * not be evaluated keeps its row, with the reason, so that no county drops out of the city's
 * picture unseen; a county's rows together, the workbooks not evaluated last (overviewRows). Under
 * it 全市合计, then the notes — below, not under the title, as they grow with the batch (one per
 * doubtful workbook) and everything above the table's header is frozen. Then what each county
 * still needs to standard per stage, as its 缺口测算 totals it, and the city's sum (各县区缺口,
 * 全市缺口合计). Last, each county's difference coefficients per stage beside their limits.
 */
export function overviewSheet(entries: readonly OverviewEntry[], context: OverviewContext): SheetSpec {
  const { lang } = context;
  const failed = entries.filter((e) => !e.outcome.ok).length;
  const rows = overviewRows(entries);
  const common = commonPending(countiesOf(entries));
  const cityFigures = context.totals === undefined ? cityTotals(entries) : context.totals;
  const totals = totalsRow(cityFigures, commonYear(entries), lang);
  const columns = countyColumns(rows, lang);
  return {
    name: message("out_sheet_overview", {}, lang),
    role: "summary",
    title: overviewTitle(entries, context.city ?? null, lang),
    notes: [
      profileNote(context.profileName, context.profileFile, lang),
      message("out_note_source", { source: listText(context.folders, lang) }, lang),
      overviewLine(entries.length, failed, lang, unwrittenCount(entries)),
      message("out_overview_cv_codes", { list: listText(INDICATOR_CODES.map((code) => `${code} ${indicatorName(code, lang)}`), lang) }, lang),
      ...itemLegend(entries, lang),
      ...commonPendingNote(common, countiesOf(entries), lang),
      ...perWorkbookNote(entries, lang),
      ...context.notes,
    ],
    tables: [countyTable(rows, columns, common, lang), ...(totals === null ? [] : [totalsTable(totals, columns, lang)]), ...needsTables(cityFigures, rows, lang), coefficientTable(rows, lang)],
    notesAfterTable: totals === null ? 0 : 1,
    freezeColumns: 2,
  };
}

/** What each county row still needs to standard (its 缺口测算's totals), then the city's sum of them, when any county was evaluated. */
function needsTables(totals: CityTotals | null, rows: readonly OverviewRow[], lang: Lang): TableSpec[] {
  const city = cityShortfallsTable(totals, rows, lang);
  return [overviewShortfallsTable(rows, lang), ...(city === null ? [] : [city])];
}

/** The pending items most counties share, once, with how many hold them all (commonPending). @example (["G1", "G2", "G11"], 3 counties, 2 holding them) // ["共同待评估项目（2/3 个县区均待评估，共 3 项，表中不逐一列出）：G1、G2、G11"] */
function commonPendingNote(common: readonly string[], counties: readonly OverviewCounty[], lang: Lang): string[] {
  if (common.length === 0) return [];
  const shared = counties.filter((c) => withoutCommon(c.itemsPending, common).common).length;
  return [message("out_overview_common_pending", { shared, counties: counties.length, n: common.length, list: listText(common, lang) }, lang)];
}

/** How many workbooks were evaluated but their results not written. */
export function unwrittenCount(entries: readonly OverviewEntry[]): number {
  return entries.filter((e) => e.outcome.ok && e.outcome.notWritten !== undefined).length;
}

/** Every county of the workbooks evaluated. */
function countiesOf(entries: readonly OverviewEntry[]): OverviewCounty[] {
  return entries.flatMap((e) => (e.outcome.ok ? e.outcome.counties : []));
}

function countyTable(rows: readonly OverviewRow[], columns: readonly ColumnDraft[], common: readonly string[], lang: Lang): TableSpec {
  return makeTable({ name: "YZJH_Overview", caption: message("out_caption_overview_counties", {}, lang), columns, rows: rows.map((r) => rowCells(r, common, lang)), emptyText: message("out_none", {}, lang) });
}

/** 全市合计 in the county table's columns (totalsRow), as a table of its own: a sort of the county table leaves it where it is. */
function totalsTable(row: readonly CellInput[], columns: readonly ColumnDraft[], lang: Lang): TableSpec {
  return makeTable({ name: "YZJH_OverviewTotals", caption: message("out_caption_overview_totals", {}, lang), columns, rows: [row], emptyText: message("out_none", {}, lang) });
}

function countyColumns(rows: readonly OverviewRow[], lang: Lang): ColumnDraft[] {
  const t = (code: string) => message(code, {}, lang);
  const count = (code: string): ColumnDraft => ({ header: t(code), numberFormat: FORMAT.count });
  const ratio = (code: string): ColumnDraft => ({ header: t(code), numberFormat: FORMAT.ratio });
  // Each share keeps its side of its target (decimalsKeepingSides): 84.96%, not 85.0%, beside 85.0% missed.
  const shares = rows.flatMap((r): Straddle[] => (r.county === null ? [] : [[r.county.passing.share, r.county.passing.target?.share]]));
  return [
    { header: t("out_h_file"), numberFormat: null },
    { header: t("out_h_county"), numberFormat: null },
    count("out_h_year"),
    ...AREAS.map((a) => ({ header: t(`area_${a}`), numberFormat: null })),
    count("out_h_in_scope"),
    count("out_h_passing"),
    count("out_h_unjudged"),
    { header: t("out_h_share"), numberFormat: formatKeepingSides(FORMAT.ratio, shares) },
    { header: t("out_h_share_range"), numberFormat: null },
    count("out_h_target_year"),
    ratio("out_h_target_share"),
    { header: t("out_h_target_met"), numberFormat: null },
    { header: t("out_h_recognised"), numberFormat: null },
    { header: t("out_h_items_not_met"), numberFormat: null, maxWidth: 30 },
    { header: t("out_h_items_pending"), numberFormat: null, maxWidth: 30 },
    { header: t("out_h_overview_remarks"), numberFormat: null, maxWidth: 40 },
    count("out_h_errors"),
    count("out_h_warnings"),
    { header: t("out_h_result_or_reason"), numberFormat: null, maxWidth: 50 },
  ];
}

/**
 * The workbook's issue counts on every row of its counties, said in the notes to be per workbook
 * (perWorkbookNote). Not on the first row only: the others' blanks read as "no error" under a
 * filter or a sort. Not merged either: the table is an Excel table, which takes no merged cells.
 */
function rowCells({ entry, county }: OverviewRow, common: readonly string[], lang: Lang): CellInput[] {
  const o = entry.outcome;
  const blank = (n: number): null[] => Array.from({ length: n }, () => null);
  if (!o.ok) return [entry.file, ...blank(2 + AREAS.length + 8), cell(message("out_not_evaluated", {}, lang), "bad"), ...blank(5), o.reasons.join("\n")];
  // The result lies beside the overview (runBatch): a link by its name opens it.
  const tail = [o.errors, o.warnings, resultCell(o.result, o.notWritten, lang)];
  if (county === null) return [entry.file, null, o.year, ...blank(AREAS.length + 12), ...tail];
  return [entry.file, countyName(county.county, lang), o.year, ...countyCells(county, common, lang), ...tail];
}

/**
 * The result workbook as a link by its name, or, where it could not be written, that and why: a
 * link would open an earlier run's file, or none. @example resultCell("甲县-评估结果.xlsx", ["无法写入 …"], "zh") // "评估结果未能写入 甲县-评估结果.xlsx：无法写入 …" (red)
 */
function resultCell(result: string, notWritten: readonly string[] | undefined, lang: Lang): CellInput {
  if (notWritten === undefined) return cell(result, null, { file: result });
  return cell(message("out_overview_not_written", { file: result, reasons: notWritten.join("\n") }, lang), "bad");
}

/** Which workbooks repeat their counts on several rows, so that a column sum counts each once. @example one workbook 某市.xlsx of 3 counties → ["数据错误、数据警告按工作簿计数：某市.xlsx 含多个县区，…"] */
function perWorkbookNote(entries: readonly OverviewEntry[], lang: Lang): string[] {
  const files = entries.filter((e) => e.outcome.ok && e.outcome.counties.length > 1).map((e) => e.file);
  return files.length === 0 ? [] : [message("out_overview_counts_per_workbook", { files: listText(files, lang) }, lang)];
}

/** A county the workbook does not name: among a city's counties “本县” would say nothing, so the row says it is not named (the workbook column tells which). */
function countyName(county: string | null, lang: Lang): string {
  return county ?? message("out_overview_county_unnamed", {}, lang);
}

const RECOGNISED = { yes: "out_recognised_yes", no: "out_recognised_no", unknown: "out_recognised_pending" } as const;

function countyCells(county: OverviewCounty, common: readonly string[], lang: Lang): CellInput[] {
  const areas = AREAS.map((area) => {
    const verdict = county.areas.find((a) => a.area === area)?.verdict ?? "not_assessed";
    return cell(verdictLabel(verdict, lang), verdictEmphasis(verdict));
  });
  const p = county.passing;
  // A share over the judged sections only, with some not judged, is amber: the county's share may be lower.
  const share = p.share === null ? null : cell(p.share, p.met === false ? "bad" : p.unjudged > 0 ? "warn" : null);
  const recognised = cell(message(byAnswer(county.recognised, RECOGNISED), {}, lang), verdictEmphasis(answerVerdict(county.recognised)));
  return [...areas, p.inScope, p.passing, p.unjudged, share, shareRangeCell(p, lang), p.target?.year ?? null, p.target?.share ?? null, targetCell(p, lang, TARGET_COLUMN), recognised, ...followUps(county, common, lang), remarksCell(county, lang)];
}

/**
 * What a 达标 stands on that no column says: the coefficients 资源配置 was judged without
 * (resourcesCaveats, as the county's 汇总 says them) — 达标 beside one junior school otherwise
 * reads as proven —, the school rows a filter hid and left unread (hiddenRowsTexts: 资源配置 stands on
 * the rows read only), and the items met only on an estimate (G3 达标为估算，待核实), which a city
 * would otherwise report upward as met.
 */
function remarksCell(county: OverviewCounty, lang: Lang): CellInput {
  const estimated = estimatedPassTexts(county.estimatedPasses, lang);
  const caveats = [...resourcesCaveats(county, lang), ...hiddenRowsTexts(county.hiddenRows, lang), ...estimated];
  return caveats.length === 0 ? null : cell(inlineClauses(caveats, lang), "warn");
}

/**
 * What a city follows up county by county: what is not met, then what is not yet assessed — each
 * led by the veto items (vetoReasons: one present refuses recognition alone, and with every area
 * met nothing else would explain 不予认定), then 资源配置's reasons in short words (学校达标、小学 L3
 * 差异系数), then the items by code (G6、Q1).
 */
function followUps(county: OverviewCounty, common: readonly string[], lang: Lang): CellInput[] {
  const resources = resourcesReasons(county);
  const veto = vetoReasons(county);
  const notMet = [...vetoText(veto.present, lang), ...resources.notMet.map((r) => resourcesLabel(r, lang)), ...county.itemsNotMet];
  const items = withoutCommon(county.itemsPending, common);
  const shared = items.common ? [message("out_overview_common_pending_cell", { n: common.length }, lang)] : [];
  const pending = [...pendingVetoText(veto.pending, county.veto.length, lang), ...resources.pending.map((r) => resourcesLabel(r, lang)), ...shared, ...items.rest];
  return [notMet.length === 0 ? null : cell(listText(notMet, lang), "bad"), pending.length === 0 ? null : cell(listText(pending, lang), "warn")];
}

/**
 * The veto items not yet assessed: by name, or, where none of the profile's is assessed (no county
 * figures read), counted, as six names on every such row buried the rest of the list.
 * @example pendingVetoText(["V_key_schools"], 6, "zh") // ["一票否决（设置重点校、重点班）"]; pendingVetoText(six codes, 6, "zh") // ["一票否决（全部 6 项）"]
 */
function pendingVetoText(codes: readonly string[], all: number, lang: Lang): string[] {
  if (codes.length < 2 || codes.length < all) return vetoText(codes, lang);
  return [message("out_overview_veto_all", { n: codes.length }, lang)];
}

/** Veto items by name, bracketed as one entry: their names hold a 、 of their own. @example vetoText(["V_key_schools", "V_falsified_data"], "zh") // ["一票否决（设置重点校、重点班；弄虚作假）"] */
function vetoText(codes: readonly string[], lang: Lang): string[] {
  if (codes.length === 0) return [];
  return [message("out_overview_veto", { items: inlineClauses(codes.map((code) => message(`veto_${code}`, {}, lang)), lang) }, lang)];
}

const RESOURCES_LABELS: Readonly<Record<string, string>> = {
  sections_failing: "out_overview_sections_failing",
  sections_not_evaluable: "out_overview_sections_not_evaluable",
  sections_none_evaluable: "out_overview_sections_none_evaluable",
  stage_missing_primary: "out_overview_stage_missing_primary",
  stage_missing_junior: "out_overview_stage_missing_junior",
};

/**
 * A 资源配置 reason code (areaVerdicts.ts) in a cell's few words; a code it does not know stays as it is.
 * @example resourcesLabel("L3_primary_cv", "zh") // "小学 L3 差异系数"; resourcesLabel("sections_failing", "en") // "School sections not passing (pass rule)"
 */
function resourcesLabel(code: string, lang: Lang): string {
  const cv = parseCvReason(code);
  if (cv) return message("out_overview_cv_over", { indicator: cv.code, stage: cv.stage }, lang);
  const label = RESOURCES_LABELS[code];
  return label === undefined ? code : message(label, {}, lang);
}

/**
 * An indicator's CV column: FORMAT.cv with the decimals that keep each CV on its side of its own
 * limit (decimalsKeepingSides): 0.5004 shown as 0.500 beside 0.500 and in red reads as a contradiction.
 */
function cvFormat(code: IndicatorCode, groups: readonly CoefficientGroup[]): string {
  return formatKeepingSides(FORMAT.cv, groups.map((g): Straddle => [g.indicators[code].cv, g.indicators[code].limit]));
}

/**
 * The names of the item codes the county table lists (G6、Q1 …), in the items' order: a city
 * statistician follows them up by name, and the codes alone are the profile's shorthand. Only those
 * that appear, so that a city whose counties miss two items reads two names, not twenty-four.
 * @example itemLegend(entries with G6 not met and Q1 pending, "zh") // ["项目代码：G6 公用经费…；Q1 初中三年巩固率"]
 */
function itemLegend(entries: readonly OverviewEntry[], lang: Lang): string[] {
  const codes = new Set(entries.flatMap((e) => (e.outcome.ok ? e.outcome.counties.flatMap((c) => [...c.itemsNotMet, ...c.itemsPending]) : [])));
  if (codes.size === 0) return [];
  // Names hold a 、 of their own (音乐、美术专用教室): the clause separator keeps them apart.
  const named = [...codes].sort(byItemOrder).map((code) => `${code} ${message(`item_${code}`, {}, lang)}`);
  return [message("out_overview_item_codes", { list: clauseText(named, lang) }, lang)];
}

/** G before Q before R, then by number (G2 before G10). @example ["Q1", "G10", "G2"].sort(byItemOrder) // ["G2", "G10", "Q1"] */
function byItemOrder(a: string, b: string): number {
  const rank = (code: string) => "GQR".indexOf(code[0] ?? "") * 100 + Number(code.slice(1));
  return rank(a) - rank(b);
}

/** Each county's coefficients per stage: the CV of every indicator (red above its limit) and how many are within it. */
function coefficientTable(order: readonly OverviewRow[], lang: Lang): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  const groups = order.flatMap((r) => r.county?.coefficients ?? []);
  const columns: ColumnDraft[] = [
    { header: t("out_h_file"), numberFormat: null },
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_stage"), numberFormat: null },
    { header: t("out_h_schools"), numberFormat: FORMAT.count },
    { header: t("out_h_limit"), numberFormat: FORMAT.cv },
    // The codes alone, named in the sheet's notes: seven full names made every column 14 wide and cut them off.
    ...INDICATOR_CODES.map((code) => ({ header: code, numberFormat: cvFormat(code, groups) })),
    { header: t("out_h_cv_within"), numberFormat: null },
  ];
  const rows = order.flatMap((r) => (r.county === null ? [] : r.county.coefficients.map((g) => coefficientRow(r.entry.file, g, lang))));
  return makeTable({ name: "YZJH_OverviewCv", caption: t("out_caption_overview_cv"), columns, rows, emptyText: t("out_none") });
}

/**
 * One group's row: each CV (red over its limit; amber computed without some sections' values, as
 * the county's 差异系数 sheet says 缺 n 校数据), then how many are within their limit, with the
 * indicators lacking values named. `missing` per indicator in INDICATOR_CODES order.
 */
function coefficientRow(file: string, group: CoefficientGroup, lang: Lang): CellInput[] {
  const stats = INDICATOR_CODES.map((code) => group.indicators[code]);
  // The sections lacking each indicator's value (IndicatorStats.missing), as the county's 差异系数 sheet says 缺 n 校数据.
  const missing = stats.map((s) => s.missing);
  const lacking = (k: number) => (missing[k] ?? 0) > 0;
  // 不可计算 as the county's 差异系数 sheet says it: a blank read as data missing.
  const cvs = stats.map((s, k) => (s.cv === null ? cell(message("out_cv_undefined", {}, lang), "warn") : cell(s.cv, s.met === false ? "bad" : lacking(k) ? "warn" : null)));
  const within = stats.filter((s) => s.met === true).length;
  const emphasis = stats.some((s) => s.met === false) ? "bad" : within === stats.length && !missing.some((n) => n > 0) ? "good" : "warn";
  const summary = stats.every((s) => s.met === null) ? cell(uncomputedText(group, lang), "warn") : cell(withinText(`${within}/${stats.length}`, missing, lang), emphasis);
  const limits = new Set(stats.map((x) => x.limit));
  const [limit] = limits;
  return [file, countyName(group.county, lang), stageLabel(group.stage, lang), group.schools, limits.size === 1 ? (limit ?? null) : null, ...cvs, summary];
}

/**
 * How many CVs are within their limit, and which lack some sections' values and how many (the
 * county sheet's 缺 n 校数据): a bare 7/7 read as judged on every school.
 * @example withinText("7/7", [1, 2, 0, 0, 0, 0, 0], "zh") // "7/7（L1 缺 1 校、L2 缺 2 校数据）"
 */
function withinText(within: string, missing: readonly number[], lang: Lang): string {
  const items = INDICATOR_CODES.flatMap((code, k) => ((missing[k] ?? 0) > 0 ? [message("out_overview_cv_missing_item", { code, n: missing[k] ?? 0 }, lang)] : []));
  return items.length === 0 ? within : message("out_overview_cv_missing", { within, items: listText(items, lang) }, lang);
}

/**
 * The overview's line for stdout: how many workbooks were evaluated, and of those how many results could not be written.
 * @example overviewLine(3, 1, "zh") // "共 3 个工作簿：2 个已评估，1 个未能评估"; overviewLine(3, 0, "zh", 1) // "共 3 个工作簿：3 个已评估，0 个未能评估；其中 1 个的评估结果未能写入"
 */
export function overviewLine(files: number, failed: number, lang: Lang, unwritten = 0): string {
  const line = countMessage("out_overview_counts", files, { files, evaluated: files - failed, failed }, lang);
  return unwritten === 0 ? line : line + countMessage("out_overview_counts_unwritten", unwritten, { n: unwritten }, lang);
}
