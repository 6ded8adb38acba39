import { INDICATOR_CODES, type CoefficientGroup, type Evaluation, type IndicatorStats, type Stage } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { countMessage } from "../../messages/countMessage";
import { listText } from "../../messages/listText";
import { flaggedCells, suspectCells } from "./suspectCells";
import type { SheetSpec, TableSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { commonNotes } from "./sheetNotes";
import { cell, makeTable, type CellInput } from "./tableDraft";
import { FORMAT, formatNumber } from "./formats";
import { formatKeepingSides, type Straddle } from "./decimalsKeepingSides";
import { indicatorCounts, type IndicatorCount } from "./indicatorCounts";
import { passRuleParams } from "./passRuleText";
import { l4DefinitionNote } from "./l4DefinitionNote";
import { answerVerdict, byAnswer, countyLabel, indicatorName, stageLabel, verdictEmphasis, type ByAnswer } from "./writeLabels";

const CV_COLUMN = 5;

/**
 * 差异系数: per county × stage two tables. First the coefficients, each indicator judged on its own
 * (rules.md §3), then the average of the seven as a labelled reference row without a verdict.
 * Then, right under it, how many sections meet each indicator, sit at the floor (85%) or fall below
 * it (rules.md §2), with the share meeting it: the table the add-in draws its
 * "schools passing per indicator" chart from. It sits here rather than on 汇总 because it has the
 * same county × stage grain as the coefficients, and 汇总 is per county only.
 */
export function coefficientsSheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang } = context;
  const flagged = flaggedCells(context.issues);
  const groups = evaluation.counties.flatMap((c, i) =>
    c.coefficients.map((g) => ({ g, i, counts: indicatorCounts(c.sections, g.stage), suspect: INDICATOR_CODES.map((code) => suspectCells(c.sections, g.stage, code, flagged)) })),
  );
  const { floor } = passRuleParams(context.profile);
  const tables = groups.flatMap(({ g, i, counts, suspect }) => [groupTable(g, suspect, i + 1, lang), countsTable(g, counts, i + 1, { lang, floor })]);
  const missingNote = groups.some(({ g }) => INDICATOR_CODES.some((code) => g.indicators[code].missing > 0)) ? [message("out_note_cv_missing", {}, lang)] : [];
  const suspectNote = groups.some(({ suspect }) => suspect.some((cells) => cells.length > 0)) ? [message("out_note_cv_suspect", {}, lang)] : [];
  return {
    name: message("out_sheet_coefficients", {}, lang),
    role: "coefficients",
    title: message("out_title_coefficients", {}, lang),
    notes: [...commonNotes(evaluation, context), ...l4DefinitionNote(context.profile, lang), limitsNote(evaluation, context), ...missingNote, ...suspectNote],
    tables: tables.length > 0 ? tables : [emptyTable(lang)],
    freezeColumns: 2,
  };
}

/**
 * The note stating each stage's CV limit (rules.md §3): from the profile, else from the
 * coefficients themselves (every indicator of a stage has the same limit), else a dash.
 */
function limitsNote(evaluation: Evaluation, context: ResultContext): string {
  const groups = evaluation.counties.flatMap((c) => c.coefficients);
  const limit = (stage: Stage): string => {
    const value = context.profile?.cvLimits[stage] ?? groups.find((g) => g.stage === stage)?.indicators.L1.limit;
    return value === undefined ? "—" : formatNumber(value, FORMAT.limit);
  };
  return message("out_note_average_cv", { primary: limit("primary"), junior: limit("junior") }, context.lang);
}

/**
 * The CV column's format: FORMAT.cv with the decimals that keep each indicator's CV on its side of
 * its limit (decimalsKeepingSides): 0.5004 shown as 0.500 beside a limit of 0.50 and 未达标
 * contradicts itself; "0.0000" shows 0.5004. The average CV (综合差异系数) is left out: its verdict
 * is 仅供参考 against an older limit, no judgement that its display could contradict.
 */
function cvFormat(group: CoefficientGroup): string {
  return formatKeepingSides(FORMAT.cv, INDICATOR_CODES.map((code): Straddle => [group.indicators[code].cv, group.indicators[code].limit]));
}

function columns(lang: Lang, cv: string = FORMAT.cv) {
  const t = (code: string) => message(code, {}, lang);
  return [
    { header: t("out_h_code"), numberFormat: null },
    { header: t("out_h_name"), numberFormat: null, maxWidth: 60 },
    { header: t("out_h_schools"), numberFormat: FORMAT.count },
    { header: t("out_h_mean"), numberFormat: FORMAT.yuanPrecise },
    { header: t("out_h_sd"), numberFormat: FORMAT.yuanPrecise },
    { header: t("out_h_cv"), numberFormat: cv },
    { header: t("out_h_limit"), numberFormat: FORMAT.limit },
    { header: t("out_h_met"), numberFormat: null },
  ];
}

/** Per indicator (in INDICATOR_CODES order): the flagged cells it rests on. */
type Suspect = readonly (readonly string[])[];

// How many sections lack each indicator is the engine's IndicatorStats.missing (schools = n + missing).
function groupTable(group: CoefficientGroup, suspect: Suspect, countyIndex: number, lang: Lang): TableSpec {
  const caption = message("out_caption_county_stage", { county: countyLabel(group.county, lang), stage: stageLabel(group.stage, lang) }, lang);
  const rows = INDICATOR_CODES.map((code, k) => indicatorRow(group.indicators[code], { missing: group.indicators[code].missing, suspect: suspect[k] ?? [] }, lang));
  rows.push(averageRow(group, lang));
  const limit = group.indicators.L1.limit;
  return makeTable({
    name: `YZJH_Coef_${countyIndex}_${group.stage}`,
    caption,
    columns: columns(lang, cvFormat(group)),
    rows,
    dataBars: [{ column: CV_COLUMN, max: limit }],
    emptyText: message("out_none", {}, lang),
  });
}

function indicatorRow(stats: IndicatorStats, doubts: Doubts, lang: Lang): CellInput[] {
  const emphasis = stats.met === false ? "bad" : null;
  const cv = stats.cv === null ? cell(message("out_cv_undefined", {}, lang), "warn") : cell(stats.cv, emphasis);
  return [stats.code, indicatorName(stats.code, lang), stats.n, stats.mean, stats.sd, cv, stats.limit, cvVerdict(stats.met, doubts, lang)];
}

/** What may move a coefficient: sections lacking the indicator's value, and flagged cells it rests on. */
interface Doubts {
  readonly missing: number;
  readonly suspect: readonly string[];
}

/** Flagged cells named in a verdict: a few, then how many more. */
const SUSPECT_SHOWN = 3;

/**
 * The CV verdict, saying how many sections lack the indicator's value and which cells it rests on
 * that the reader flagged as most likely wrong: either could move the coefficient, so a CV within
 * its limit is then amber, not green (an exceeded one stays red, but says why it may be).
 * @example cvVerdict(true, { missing: 2, suspect: [] }, "zh") // 达标（缺 2 校数据）, amber
 * @example cvVerdict(false, { missing: 0, suspect: ["学校基本情况!P23"] }, "zh") // 未达标（所依据的 学校基本情况!P23 很可能有误，请核对）, red
 */
function cvVerdict(met: boolean | null, { missing, suspect }: Doubts, lang: Lang): CellInput {
  const text = message(byAnswer(met, CV_VERDICT), {}, lang);
  if (missing === 0 && suspect.length === 0) return cell(text, verdictEmphasis(answerVerdict(met)));
  const lacks = missing === 0 ? "" : countMessage("out_cv_missing", missing, { n: missing }, lang);
  return cell(text + lacks + suspectText(suspect, lang), met === false ? "bad" : "warn");
}

function suspectText(suspect: readonly string[], lang: Lang): string {
  if (suspect.length === 0) return "";
  const cells = listText(suspect.slice(0, SUSPECT_SHOWN), lang);
  const more = suspect.length - SUSPECT_SHOWN;
  return more > 0 ? countMessage("out_cv_suspect_more", more, { cells, more }, lang) : message("out_cv_suspect", { cells }, lang);
}

/** Whether the CV is within its limit, worded to answer the column's header (判定 / Met: Yes / No). */
const CV_VERDICT: ByAnswer<string> = { yes: "out_cv_met", no: "out_cv_not_met", unknown: "out_cv_undefined" };

/**
 * The average CV's reference row. Its school count is left blank when some CV it averages is over
 * fewer sections (IndicatorStats.missing, marked 缺 n 校数据 on that CV's row): one count beside an
 * average of CVs over different sections would claim them all.
 */
function averageRow(group: CoefficientGroup, lang: Lang): CellInput[] {
  const t = (code: string) => message(code, {}, lang);
  const schools = INDICATOR_CODES.some((code) => group.indicators[code].missing > 0) ? null : group.schools;
  return [t("out_average_cv_code"), t("out_average_cv_label"), schools, null, null, cell(group.averageCv, "muted"), group.legacyLimit, cell(t("out_reference_only"), "muted")];
}

/** The count columns, worded as the 学校达标 flags (flagLabel) with the profile's floor. */
function countsColumns(lang: Lang, floor: string) {
  const t = (code: string) => message(code, { floor }, lang);
  return [
    { header: t("out_h_code"), numberFormat: null },
    { header: t("out_h_name"), numberFormat: null, maxWidth: 60 },
    { header: t("out_h_ind_evaluated"), numberFormat: FORMAT.count },
    { header: t("out_h_ind_met"), numberFormat: FORMAT.count },
    { header: t("out_h_ind_floor"), numberFormat: FORMAT.count },
    { header: t("out_h_ind_below"), numberFormat: FORMAT.count },
    { header: t("out_h_ind_share"), numberFormat: FORMAT.ratio },
  ];
}

function countsTable(group: CoefficientGroup, counts: readonly IndicatorCount[], countyIndex: number, { lang, floor }: { readonly lang: Lang; readonly floor: string }): TableSpec {
  const params = { county: countyLabel(group.county, lang), stage: stageLabel(group.stage, lang) };
  return makeTable({
    name: `YZJH_Met_${countyIndex}_${group.stage}`,
    caption: message("out_caption_indicator_counts", params, lang),
    columns: countsColumns(lang, floor),
    rows: counts.map((c) => countsRow(c, lang)),
    emptyText: message("out_none", {}, lang),
  });
}

/** Counts as numbers; below the floor in red, at the floor in amber; no share (not 0) when nothing was evaluated. */
function countsRow(c: IndicatorCount, lang: Lang): CellInput[] {
  const share = c.share === null ? cell(message("out_cv_undefined", {}, lang), "warn") : c.share;
  return [c.code, indicatorName(c.code, lang), c.evaluated, c.met, cell(c.floor, c.floor > 0 ? "warn" : null), cell(c.below, c.below > 0 ? "bad" : null), share];
}

function emptyTable(lang: Lang): TableSpec {
  return makeTable({ name: "YZJH_Coef", caption: null, columns: columns(lang), rows: [], emptyText: message("out_none", {}, lang) });
}
