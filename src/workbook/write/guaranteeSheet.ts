import type { CountyEvaluation, Evaluation, ItemResult } from "../../engine/types";
import { figureGaps, type FigureGaps } from "./unreadFigures";
import { CATALOGUE, message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { CountyItem, Profile } from "../../profiles/schema";
import type { SheetSpec, TableSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { commonNotes } from "./sheetNotes";
import { FORMAT } from "./formats";
import { itemKind, partKind, type FigureKind } from "./figureKind";
import { listText } from "../../messages/listText";
import { countMessage } from "../../messages/countMessage";
import { cell, makeTable, numberIn, type CellInput, type ColumnDraft } from "./tableDraft";
import { formatKeepingSides } from "./decimalsKeepingSides";
import { verdictEmphasis, verdictLabel, yesNo } from "./writeLabels";
import { numericCountyItem } from "../../engine/guarantee/compare";
import { plainFormat } from "./countyFigureDisplay";
import { noFundingNorm, noFundingNormAdvice } from "./noFundingNorm";
import { withLeftOutRow } from "./leftOutRow";
import { unmatchedCountyCaption } from "./unmatchedCountyNote";

type Comparison = CountyItem["comparison"];

/** The places of the figure columns (columns), mirrored around the rule, from the first of them: one list for the row builder and the format that reads the rows back. */
const PAIR = ["plainFigure", "ratioFigure", "rule", "ratioThreshold", "plainThreshold"] as const;
/** The column of PAIR's first place: after 指标, 项目 and 领域. */
const FIRST_PAIR_COLUMN = 3;
const RATIO_FIGURE = FIRST_PAIR_COLUMN + PAIR.indexOf("ratioFigure");
const RATIO_THRESHOLD = FIRST_PAIR_COLUMN + PAIR.indexOf("ratioThreshold");

/** 政府保障与质量: one table per county with every guarantee, quality and recognition item and its sub-figures. */
export function guaranteeSheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang } = context;
  const many = evaluation.counties.length > 1;
  return {
    name: message("out_sheet_guarantee", {}, lang),
    role: "guarantee",
    title: message("out_title_guarantee", {}, lang),
    notes: commonNotes(evaluation, context),
    tables: evaluation.counties.map((c, i) => countyTable(c, i + 1, many || c.county !== null, context)),
    freezeColumns: 2,
  };
}

/**
 * Figures and thresholds take two pairs of columns: number formats belong to a column, and one
 * format cannot show a count of 14 schools as "14" and a rate of 0.97 as "97.0%". Counts, amounts
 * and levels go to the General pair (integers without decimals), ratios and G8's pay ratio
 * (figureKind's percentItem: 1.03 as 103.0%) to the percent pair. Each row fills one pair; the
 * cells keep the unrounded values. A plain figure of a county item takes a format of its own
 * (plainFormat): a level shown Ⅲ级, yuan with separators, a number in its threshold's decimals.
 *
 * Between figure and threshold stands the rule (要求: ≥, ≤ or <, the profile's comparison), so that
 * every row reads "figure rule threshold": Q9's 0.12 < 0.15 is a maximum, G13's 97.0% ≥ 95.0% a
 * minimum. One column of its own rather than the sign in the sub-figure's name: the threshold stays
 * a number (the percent format, decimalsKeepingSides), the 项目 column keeps the names a filter and
 * the other sheets use, main rows (R1, G9) have no sub-figure name to carry it, and a statistician
 * can filter the column for the maxima (≤, <). The pairs are mirrored around it — 数值 | 数值（%）|
 * 要求 | 标准（%）| 标准 — so the ratio rows, most of those with a threshold, read without a gap.
 */
function columns(lang: Lang, rows: readonly (readonly CellInput[])[]): ColumnDraft[] {
  const t = (code: string) => message(code, {}, lang);
  return [
    { header: t("out_h_code"), numberFormat: null },
    { header: t("out_h_item"), numberFormat: null, maxWidth: 50 },
    { header: t("out_h_area"), numberFormat: null },
    { header: t("out_h_figure"), numberFormat: null },
    { header: t("out_h_figure_ratio"), numberFormat: ratioFigureFormat(rows) },
    { header: t("out_h_rule"), numberFormat: null },
    { header: t("out_h_threshold_ratio"), numberFormat: FORMAT.ratio },
    { header: t("out_h_threshold"), numberFormat: null },
    { header: t("out_h_verdict"), numberFormat: null },
    { header: t("out_h_basis"), numberFormat: null },
    { header: t("out_h_failing"), numberFormat: null, maxWidth: 60 },
    { header: t("out_h_cell"), numberFormat: null },
  ];
}

/**
 * The format of the ratio figures: FORMAT.ratio with the decimals that keep each figure on its side
 * of the threshold beside it (decimalsKeepingSides): 2999 / 3000 shown as 100.0% beside 100.0% and
 * 未达标 contradicts itself; "0.00%" shows 99.97%. The General pair needs none: it shows ten digits.
 */
function ratioFigureFormat(rows: readonly (readonly CellInput[])[]): string {
  return formatKeepingSides(FORMAT.ratio, rows.map((row) => [numberIn(row[RATIO_FIGURE]), numberIn(row[RATIO_THRESHOLD])]));
}

/**
 * A part's figure and threshold: a county item's part against its own threshold (G11: rotation
 * ≥ 10%, backbone ≥ 20%), a yes / no part as 是 / 否 rather than the 1 / 0 the engine keeps;
 * counts of schools have no threshold.
 * @example partFigureCells("G15_left_behind_care", 1, national, "zh") // ["是", null, null, null, null]
 * @example partFigureCells("Q9_difference_rate", 0.12, national, "zh") // [0.12, null, "<", null, 0.15]
 */
function partFigureCells(key: string, value: number | null, profile: Profile | undefined, lang: Lang, answered = false): CellInput[] {
  const countyItem = profile?.countyItems[key];
  const yesOrNo = countyItem !== undefined && (countyItem.comparison === "yes" || countyItem.unit === "boolean");
  if (yesOrNo && value !== null) return [yesNo(value === 1, lang), null, null, null, null];
  const threshold = countyItem?.threshold ?? null;
  const kind = partKind(key, profile);
  const cells = figureCells(kind, answered ? null : value, threshold, ruleSign(countyItem?.comparison, threshold, lang), { item: countyItem, lang });
  // A part the county answered 是 / 否 (ItemResult.answeredParts) has no figure: its 1 / 0 is the answer, shown as such beside the standard.
  if (answered && value !== null) cells[PAIR.indexOf(kind === "ratio" ? "ratioFigure" : "plainFigure")] = yesNo(value === 1, lang);
  return cells;
}

/** The county item a plain figure belongs to, for its format (plainFormat), and the language of a level's name. */
interface PlainOf {
  readonly item: CountyItem | undefined;
  readonly lang: Lang;
}

/**
 * A figure, the rule and the threshold in the columns of their kind (columns: the pairs mirrored
 * around the rule). A plain figure and threshold take their county item's format (plainFormat):
 * Q9's difference rate 0.12 beside its limit 0.15 as "0.00", its level 3 shown Ⅲ级; the cells keep the numbers.
 */
function figureCells(kind: FigureKind, figure: number | null, threshold: number | null, rule: string | null, of?: PlainOf): CellInput[] {
  const ratio = kind === "ratio";
  const plain = (v: number | null): CellInput => (v === null || of === undefined ? v : cell(v, null, null, plainFormat(of.item, v, of.lang)));
  const at = { plainFigure: ratio ? null : plain(figure), ratioFigure: ratio ? figure : null, rule, ratioThreshold: ratio ? threshold : null, plainThreshold: ratio ? null : plain(threshold) };
  return PAIR.map((place) => at[place]);
}

/**
 * The sign of a comparison, as the engine applies it (compare.ts meets): none without a threshold
 * (a count of failing schools, a yes / no part) or when the profile does not say.
 * @example ruleSign("below", 0.15, "zh") // "<"; ruleSign("at_least", null, "zh") // null
 */
function ruleSign(comparison: Comparison | undefined, threshold: number | null, lang: Lang): string | null {
  if (threshold === null || comparison === undefined || comparison === "yes") return null;
  return message(`out_rule_${comparison}`, {}, lang);
}

/**
 * The comparison of an item's own threshold: that of the county item the engine took it from — the
 * item's one county figure, or from school data the county item its rates and shares are judged
 * by (G9, G12 ≥ 100%, Q4 ≥ 5%): both numericCountyItem. None without a threshold.
 * @example mainComparison(R1 with threshold 0.85, national) // "at_least"; mainComparison(G6 failing count, national) // undefined
 */
function mainComparison(item: ItemResult, profile: Profile | undefined): Comparison | undefined {
  if (item.threshold === null || profile === undefined) return undefined;
  return numericCountyItem(profile, item.code)?.[1].comparison;
}

/** A sub-figure's name: the catalogue's `out_part_<key>` or the county item's label when defined, else the key. */
function partLabel(code: string, key: string, lang: Lang): string {
  for (const candidate of [`out_part_${key}`, `county_${key}`, `county_${code}_${key}`]) {
    if (CATALOGUE.has(candidate)) return message(candidate, {}, lang);
  }
  return key;
}

/**
 * Whether a part only repeats its item's own figure: from school data G9, G12 and Q4 state their
 * county item's figure (the county rate, the lowest school's share) as the item's, and the part
 * under that county item's code holds the same number. A null part says something (that figure
 * is missing) even when the item's figure is null too, as a multi-part item's always is.
 * @example repeatsFigure(G9 from school data, figure 1, "G9_training_rate", 1, national) // true; (…, "schools_checked", 36, …) // false
 */
function repeatsFigure(item: ItemResult, key: string, value: number | null, profile: Profile | undefined): boolean {
  return value !== null && value === item.figure && profile?.countyItems[key]?.item === item.code;
}

/**
 * An item's name, saying when its figure is the lowest school's (the engine's figureOf: Q4 from
 * school data states the lowest of the schools' training-funds shares).
 * @example itemName(Q4 with figureOf "lowest_school", "zh") // "…（各校最低值）"
 */
function itemName(item: ItemResult, lang: Lang): string {
  const name = message(`item_${item.code}`, {}, lang);
  return item.figureOf === "lowest_school" ? message("out_item_lowest", { name }, lang) : name;
}

/**
 * What an item was judged from. G6 with nothing to judge it by under a profile without a
 * per-student funding norm (national-2017: each province sets its own) is said to lack the norm,
 * not the data: the school rows may well give their funding. An item from school data with cells
 * off the schools' sheets (`schoolSheets`) took some part from the county's figures (G7 judged
 * stage by stage, stagedItem.ts): both are named, as its link and sub-row show a county figure.
 * @example basisText(G6 not assessed, basis "none", { lang: "zh", profile: national, … }) // "规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准…（命令行 --profile sichuan-guanghan-2024，或任务窗格的“评估规则”）"; for the add-in (frontEnd "addin") "…或在任务窗格的“评估规则”中选用已设标准的内置规则…"
 * @example basisText(G7 school_data with cells [学校基本情况!Q9, 县级指标!B6], …, ["学校基本情况"]) // "学校数据、县级填报"
 */
function basisText(item: ItemResult, context: ResultContext, schoolSheets: ReadonlySet<string>): string {
  const { lang, profile } = context;
  if (noFundingNorm(item, profile)) return noFundingNormAdvice(lang, context.frontEnd);
  const offSchools = (ref: string | null) => ref !== null && schoolSheets.size > 0 && !schoolSheets.has(ref.slice(0, ref.lastIndexOf("!")));
  const mixed = item.basis === "school_data" && item.cells.some(offSchools);
  return message(mixed ? "out_basis_school_and_county" : `out_basis_${item.basis}`, {}, lang);
}

/**
 * The figure the main row shows: none for a count of failing schools that its 未达标学校数 row
 * states — under 数值, "学校规模 0" read as a school size of 0.
 * @example mainFigure(G4 with figure 0 and parts { schools_checked: 35, schools_failing: 0 }, shownKeys) // null
 */
function mainFigure(item: ItemResult, shownKeys: readonly string[]): number | null {
  const stated = item.figureOf === "failing_count" && shownKeys.includes("schools_failing") && item.parts["schools_failing"] === item.figure;
  return stated ? null : item.figure;
}

/** The county item of an item's own figure, for a plain figure's format; none for a count of failing schools. */
function mainPlainOf(item: ItemResult, profile: Profile | undefined, lang: Lang): PlainOf | undefined {
  if (item.figureOf === "failing_count" || profile === undefined) return undefined;
  return { item: numericCountyItem(profile, item.code)?.[1], lang };
}

/**
 * An item's verdict. G3 met while some schools' compliant rooms are estimated from their total area
 * (the part schools_rooms_estimated, roomsEstimateNote.ts: the most rooms there can be) is met only
 * if the estimate holds: said beside the verdict, in amber. The engine's verdict is unchanged.
 * @example verdictCell(G3 met with parts { schools_rooms_estimated: 25 }, "zh") // cell("达标（估算，待核实）", "warn")
 */
function verdictCell(item: ItemResult, lang: Lang): CellInput {
  const estimated = (item.parts["schools_rooms_estimated"] ?? 0) > 0;
  if (item.verdict === "met" && estimated) return cell(message("out_verdict_met_estimated", {}, lang), "warn");
  return cell(verdictLabel(item.verdict, lang), verdictEmphasis(item.verdict));
}

/**
 * An item's 依据 when its data were there but not read (their cells), read but giving no figure
 * (无法计算: G11 with 0 eligible teachers), its row there with no value (未填) or saying there is no
 * figure yet (暂无数据), or its columns are missing from the school sheet; null otherwise (无数据,
 * or the basis it was judged on).
 * @example missingBasis({ unread: [], uncomputed: ["县级指标!B11"], blank: [], noData: [], columnsMissingIn: null }, "zh") // "无法计算（县级指标!B11，见“数据问题”）"
 */
function missingBasis(gaps: FigureGaps, lang: Lang): string | null {
  if (gaps.unread.length > 0) return message("out_basis_not_read", { cells: gaps.unread.join("、") }, lang);
  if (gaps.uncomputed.length > 0) return message("out_basis_not_computed", { cells: gaps.uncomputed.join("、") }, lang);
  if (gaps.blank.length > 0) return message("out_basis_blank", { cells: gaps.blank.join("、") }, lang);
  if (gaps.noData.length > 0) return message("out_basis_no_data_yet", { cells: gaps.noData.join("、") }, lang);
  const sheet = gaps.columnsMissingIn;
  return sheet === null ? null : message("out_basis_no_columns", { sheet }, lang);
}

function itemRows(item: ItemResult, context: ResultContext, schoolSheets: ReadonlySet<string>): CellInput[][] {
  const { lang, profile, issues } = context;
  const gaps = figureGaps(item, issues);
  const own = item.cells.filter((c): c is string => c !== null);
  // An item 待评估 points at the cells its 依据 names (not read, not computed, blank), as a judged item at its own.
  const cells = own.length > 0 ? own : [...new Set([...gaps.unread, ...gaps.uncomputed, ...gaps.blank, ...gaps.noData])];
  const first = cells[0] ?? null;
  // A single part is the item's own figure, as is a part that repeats it; sub-rows only help
  // beside them. A sub-row keeps its item's code in the code column (filtering by G3 keeps the item
  // together) and names the sub-figure beside it: the engine's key (schools_checked) means nothing to a reader.
  const entries = Object.entries(item.parts);
  const shown = entries.length > 1 ? entries.filter(([key, value]) => !repeatsFigure(item, key, value, profile)) : [];
  const main: CellInput[] = [
    item.code,
    itemName(item, lang),
    message(`area_${item.area}`, {}, lang),
    ...figureCells(itemKind(item, profile), mainFigure(item, shown.map(([key]) => key)), item.threshold, ruleSign(mainComparison(item, profile), item.threshold, lang), mainPlainOf(item, profile, lang)),
    verdictCell(item, lang),
    missingBasis(gaps, lang) ?? basisText(item, context, schoolSheets),
    listText(item.failingSchools, lang),
    cells.length > 0 ? cell(cells.join(", "), null, first) : null,
  ];
  const parts = shown.map(([key, value]): CellInput[] => [item.code, partLabel(item.code, key, lang), null, ...partFigureCells(key, value, profile, lang, item.answeredParts?.[key] !== undefined)]);
  const school = figureSchoolRow(item, lang);
  return school === null ? [main, ...parts] : [main, school, ...parts];
}

/**
 * The sub-row naming the school whose value is the item's figure (ItemResult.figureSchool: Q4's
 * lowest share), under 数值, with its cells linked: a statistician checks the margin of a met item
 * too, and the 未达标学校 column names schools only when the item fails. Schools sharing that very
 * value are counted beside the first in sheet order rather than listed: at the lowest a tie is most
 * often many schools giving the same round figure (training funds set at exactly 5% of the budget,
 * or none at all), which a list would run to dozens in one cell, and the row's link can go to one
 * school only. Below the threshold they are all in 未达标学校 beside it anyway; the JSON report
 * gives each school's share (schoolGuarantee's trainingFundsShare). Null for an item without such a school.
 * @example figureSchoolRow(Q4 with figureSchool 杏花村教学点 at 学校基本情况!AC41, AB41, alone, "zh") // ["Q4", "最低值所在学校", null, "杏花村教学点", null × 7, link "学校基本情况!AC41, 学校基本情况!AB41"]
 * @example the same with schoolsWithValue 3 → "杏花村教学点（另有 2 所学校同值）"
 */
function figureSchoolRow(item: ItemResult, lang: Lang): CellInput[] | null {
  const school = item.figureSchool;
  if (school === undefined) return null;
  const others = school.schoolsWithValue - 1;
  const name = others > 0 ? countMessage("out_figure_school_tied", others, { school: school.name, others }, lang) : school.name;
  const cells = school.cells.filter((c): c is string => c !== null);
  const link = cells.length > 0 ? cell(cells.join(", "), null, cells[0] ?? null) : null;
  return [item.code, message("out_part_figure_school_lowest", {}, lang), null, name, null, null, null, null, null, null, null, link];
}

function countyTable(county: CountyEvaluation, index: number, captioned: boolean, context: ResultContext): TableSpec {
  const { lang } = context;
  const schoolSheets = new Set(county.sections.flatMap((s) => (s.source === null ? [] : [s.source.sheet])));
  const rows = withLeftOutRow(county, county.items.map((item) => itemRows(item, context, schoolSheets)), lang);
  return makeTable({
    name: `YZJH_Items_${index}`,
    caption: captioned ? unmatchedCountyCaption(county, context.issues, lang) : null,
    columns: columns(lang, rows),
    rows,
    emptyText: message("out_none", {}, lang),
  });
}
