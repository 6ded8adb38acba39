import { missingTargetYear } from "../../profiles/missingTargetYear";
import { combinedStages } from "../../engine/splitShares";
import type { Area, CountyEvaluation, Evaluation, Issue, PassingShare, VetoResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import type { Lang } from "../../messages/types";
import type { SheetSpec, TableSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { commonNotes, rowsNotReadNote } from "./sheetNotes";
import { cell, makeTable, type CellInput } from "./tableDraft";
import { FORMAT, formatNumber } from "./formats";
import { formatKeepingSides } from "./decimalsKeepingSides";
import { areaReasonsText, withCaveats } from "./areaReasonsText";
import { resourcesCaveats } from "./cvCaveats";
import { hiddenRowsCaveats } from "./hiddenRowsCaveat";
import { estimatedPasses } from "./estimatedPasses";
import { unmatchedCounty, unmatchedCountyNote } from "./unmatchedCountyNote";
import { passRuleParams } from "./passRuleText";
import { shareRangeEnds } from "./shareRangeEnds";
import { shareRangeText } from "./shareRangeText";
import { targetCell, TARGET_COLUMN, TARGET_ROW } from "./targetCell";
import { inlineClauses, listText } from "../../messages/listText";
import { answerVerdict, byAnswer, countyLabel, verdictEmphasis, verdictLabel, type ByAnswer } from "./writeLabels";

type RuleParams = ReturnType<typeof passRuleParams>;

/** 汇总: per county each area's verdict with reasons, veto items, passing share against the target, recognition. */
export function summarySheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang } = context;
  return {
    name: message("out_sheet_summary", {}, lang),
    role: "summary",
    title: message("out_title_summary", {}, lang),
    notes: [...commonNotes(evaluation, context), ...rowsNotReadNote(context), ...countyUnnamedNote(evaluation, context), ...sectionCountNote(evaluation, lang)],
    tables: [verdictTable(evaluation, lang, passRuleParams(context.profile), context), passingTable(evaluation.counties, lang), vetoTable(evaluation.counties, lang)],
    freezeColumns: 1,
  };
}

/**
 * Rows without a county name are shown as 本县 (countyLabel): said once under the title, as the
 * name is the tool's, not the workbook's. Where no county was named at all, the name was not found;
 * where others were, the rows whose 县区 cell is blank (the reader's read_county_blank) are said
 * with their count, else some schools' name was not found.
 * @example a single county whose name was not found → ["未在标题或县区列中找到县名，表中称“本县”"]; every county named → []
 * @example 甲县, 乙县, 丙区 and one blank 县区 cell → ["县区为空的 1 行归入“本县”"]
 */
function countyUnnamedNote(evaluation: Evaluation, { issues, lang }: ResultContext): string[] {
  if (!evaluation.counties.some((c) => c.county === null)) return [];
  const name = countyLabel(null, lang);
  if (evaluation.counties.every((c) => c.county === null)) return [message("out_note_county_unnamed", { name }, lang)];
  const blank = issues.filter((i) => i.code === "read_county_blank").length;
  if (blank === 0) return [message("out_note_county_partly_unnamed", { name }, lang)];
  return [countMessage("out_note_county_blank", blank, { n: blank, name }, lang)];
}

/**
 * The share passing counts sections, so a nine- or twelve-year school in scope counts once per stage: said
 * under the title when there is one, as a target such as seed 000's "85%以上义务教育学校" reads
 * as counting schools (passingShare says why sections: the national method judges each section).
 * @example a 九年一贯制 school's two sections in scope → ["学校（学段）达标比例按学段计：…"]; no combined school → []
 */
function sectionCountNote(evaluation: Evaluation, lang: Lang): string[] {
  const combined = evaluation.counties.some((c) => c.sections.some((s) => s.included && combinedStages(s.type).length > 1));
  return combined ? [message("out_note_sections_counted", {}, lang)] : [];
}

function verdictTable(evaluation: Evaluation, lang: Lang, rule: RuleParams, context: ResultContext): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  return makeTable({
    name: "YZJH_Summary",
    caption: t("out_caption_verdicts"),
    columns: [
      { header: t("out_h_county"), numberFormat: null },
      { header: t("out_h_item"), numberFormat: null },
      { header: t("out_h_verdict"), numberFormat: null },
      { header: t("out_h_reason"), numberFormat: null, maxWidth: 50 },
    ],
    rows: evaluation.counties.flatMap((c) => countyVerdictRows(c, lang, rule, evaluation.year, context)),
    emptyText: t("out_none"),
  });
}

function countyVerdictRows(county: CountyEvaluation, lang: Lang, rule: RuleParams, year: number | null, context: ResultContext): CellInput[][] {
  const { profile, issues } = context;
  const front = context.frontEnd === undefined ? {} : { frontEnd: context.frontEnd };
  const name = countyLabel(county.county, lang);
  const rows: CellInput[][] = county.areas.map((a) => [
    name,
    message(`area_${a.area}`, {}, lang),
    cell(verdictLabel(a.verdict, lang), verdictEmphasis(a.verdict)),
    withCaveats(areaReasonsText(a, lang, rule, { county, profile, issues, ...front }), areaCaveats(county, a.area, issues, lang), lang),
  ]);
  rows.push([name, message("out_row_veto", {}, lang), ...vetoSummary(county, issues, lang)]);
  rows.push([name, message("out_row_passing", {}, lang), targetCell(county.passing, lang, TARGET_ROW), passingText(county, lang, missingTargetYear(profile, year))]);
  const recognised = cell(message(byAnswer(county.recognised, RECOGNISED), {}, lang), verdictEmphasis(answerVerdict(county.recognised)));
  rows.push([name, message("out_row_recognised", {}, lang), recognised, pendingVetoReason(county, lang)]);
  return rows;
}

/**
 * What an area's verdict stands on that its reasons do not say: 资源配置 the coefficients it was
 * judged without (the engine's caveats) and the school rows hidden or filtered out and not read
 * (hiddenRowsCaveats), any area an item met only on an estimate (estimatedPasses: G3 达标为估算，待核实),
 * and where items lacking figures may be the county's misspelt (unmatchedCountyNote).
 * The verdict stands; the 说明 says on what.
 */
function areaCaveats(county: CountyEvaluation, area: Area, issues: readonly Issue[], lang: Lang): string[] {
  const resources = area === "resources" ? [...resourcesCaveats(county, lang), ...hiddenRowsCaveats(county, issues, lang)] : [];
  return [...resources, ...estimatedPasses(area, county.items, lang), ...unmatchedCountyNote(county, area, issues, lang)];
}

/** The county recognition row's wording: recognised, not recognised, or pending. */
const RECOGNISED: ByAnswer<string> = { yes: "out_recognised_yes", no: "out_recognised_no", unknown: "out_recognised_pending" };

/**
 * Veto items as clauses: their names hold a 、 of their own (设置重点校、重点班), which a list separator
 * would split. Items not given while the figures list names a county the schools lack say where
 * that name is (unmatchedCounty), as the areas' rows do.
 */
function vetoSummary(county: CountyEvaluation, issues: readonly Issue[], lang: Lang): CellInput[] {
  const present = county.veto.filter((v) => v.present === true).map((v) => message(`veto_${v.code}`, {}, lang));
  if (present.length > 0) return [vetoStateCell(true, lang), message("out_veto_any", { items: inlineClauses(present, lang) }, lang)];
  const pending = pendingVetoText(county, issues, lang);
  if (pending === "") return [vetoStateCell(false, lang), ""];
  const unmatched = county.veto.some((v) => v.present === null && v.cell === null) ? unmatchedCounty(county.county, issues) : null;
  return [vetoStateCell(null, lang), withCaveats(pending, unmatched === null ? [] : [message("out_note_county_unmatched", { ...unmatched }, lang)], lang)];
}

/**
 * The veto items not yet assessed: those not given (未填报), those whose cell says the county has no
 * figure yet (暂无数据: read_figure_no_data at the cell), those whose answer is pending there (尚待核实:
 * 待核实 beside or apart from a 无), those left unanswered for a stage the county has schools of (学段未作答:
 * a blank stage cell, or / beside a 无) and those given but not read, with their cells (a cell on an item
 * 待评估 is a value set aside, pending or unanswered: withUnreadVetoCells, vetoResults); "" when none is
 * pending. A 待核实 or a blank cell read 填报值未能读取 ("value given not read"), which it was not (s52 R5).
 * @example B30 blank, B31 基本没有 → "未填报：设置重点校、重点班。填报值未能读取：有编不补、长期聘用编外教师（县级指标!B31，见“数据问题”）"
 * @example B2 暂无数据 → "暂无数据：违规择校（县级指标!B2）"
 * @example 违规择校 | 无 | (blank), a county with 初中 schools → "学段未作答：违规择校（县级指标!C2，见“数据问题”）"
 */
function pendingVetoText(county: CountyEvaluation, issues: readonly Issue[], lang: Lang): string {
  const pending = county.veto.filter((v) => v.present === null);
  const given = pending.filter((v) => v.cell !== null);
  // Each item's hold looked up once (vetoHoldKind reads every issue), not once per kind of hold.
  const heldBy = new Map(given.map((v) => [v, vetoHoldKind(v, issues)]));
  const clause = (code: string, items: readonly VetoResult[]) =>
    items.length === 0 ? "" : message(code, { items: inlineClauses(items.map((v) => message(`veto_${v.code}`, {}, lang)), lang), cells: listText(items.flatMap((v) => (v.cell === null ? [] : [v.cell])), lang) }, lang);
  const kinds = (["no_data", "pending", "unanswered", "not_read"] as const).map((kind) => clause(VETO_HOLD_CLAUSE[kind], given.filter((v) => heldBy.get(v) === kind)));
  const parts = [clause("out_veto_not_given", pending.filter((v) => v.cell === null)), ...kinds];
  return parts.filter((p) => p !== "").reduce((a, b) => (a === "" ? b : message("out_veto_pending_both", { notGiven: a, notRead: b }, lang)), "");
}

/** What holds a veto item given at a cell 待评估: see vetoHoldKind. */
type VetoHold = "no_data" | "pending" | "unanswered" | "not_read";

/** Each hold's clause on the 一票否决 row, in the order they are said. */
const VETO_HOLD_CLAUSE: Readonly<Record<VetoHold, string>> = { no_data: "out_veto_no_data", pending: "out_veto_pending", unanswered: "out_veto_unanswered", not_read: "out_veto_not_read" };

/** The issues saying a veto cell's answer is still pending (vetoHeld, vetoesPending) or a stage left unanswered (vetoHeld, vetoResults). */
const PENDING_CODES = new Set(["read_figure_veto_pending", "read_figure_veto_cell_undecided"]);
const UNANSWERED_CODES = new Set(["read_figure_veto_cell_blank", "county_figure_veto_stage_none"]);

/**
 * What holds a veto item 待评估 at its cell, by the issue there naming it: 暂无数据 (read_figure_no_data),
 * an answer pending (待核实: PENDING_CODES), a stage unanswered (a blank stage cell, / for a stage the county
 * has: UNANSWERED_CODES), else a value not read (见附件, 基本没有).
 * @example V_school_choice at 县级指标!C2, [read_figure_veto_cell_blank at 县级指标!C2 { countyItem: V_school_choice }] // "unanswered"
 */
function vetoHoldKind(veto: VetoResult, issues: readonly Issue[]): VetoHold {
  const own = issues.filter((i) => i.cell === veto.cell && i.params["countyItem"] === veto.code).map((i) => i.code);
  if (own.includes("read_figure_no_data")) return "no_data";
  if (own.some((c) => PENDING_CODES.has(c))) return "pending";
  return own.some((c) => UNANSWERED_CODES.has(c)) ? "unanswered" : "not_read";
}

/**
 * Why the county is 待评估 when every area is met and only veto items are pending: those items, the
 * 一票否决 row saying why each is; "" otherwise (the areas' rows say why).
 * @example all areas met, V_unfilled_posts pending → "尚待评估的一票否决项：有编不补、长期聘用编外教师（见“一票否决”一行）"
 */
function pendingVetoReason(county: CountyEvaluation, lang: Lang): string {
  if (county.recognised !== null || county.areas.some((a) => a.verdict !== "met")) return "";
  const pending = county.veto.filter((v) => v.present === null).map((v) => message(`veto_${v.code}`, {}, lang));
  return pending.length === 0 ? "" : message("out_recognised_pending_veto", { items: inlineClauses(pending, lang) }, lang);
}

/** A veto state in red (present), amber (not known) or green (declared absent), for one item or the county's items together. */
function vetoStateCell(present: boolean | null, lang: Lang): CellInput {
  if (present === null) return cell(message("out_veto_unknown", {}, lang), "warn");
  return present ? cell(message("out_veto_present", {}, lang), "bad") : cell(message("out_veto_absent", {}, lang), "good");
}

/**
 * The format of passing shares beside their targets: FORMAT.ratio, with the decimals that keep each
 * share on its side of its target (decimalsKeepingSides): 96 / 113 = 0.849558 shown as 85.0%
 * beside a target of 85.0% and 未达标 contradicts itself; "0.00%" shows 84.96%.
 */
function shareFormat(shares: readonly PassingShare[]): string {
  return formatKeepingSides(FORMAT.ratio, shares.map((p) => [p.share, p.target?.share]));
}

/** The share against its target; without one, naming the year the profile plans nothing for (2023 under a plan from 2024 on; null: it plans no year). */
function passingText(county: CountyEvaluation, lang: Lang, year: number | null): string {
  const p = county.passing;
  const share = p.share === null ? "—" : formatNumber(p.share, shareFormat([p]));
  const counted = { passing: p.passing, evaluated: p.evaluated, share };
  const none = year === null ? message("out_passing_text_no_target", counted, lang) : message("out_passing_text_no_target_year", { ...counted, year }, lang);
  const text = p.target ? message("out_passing_text", { ...counted, year: p.target.year, target: formatNumber(p.target.share, FORMAT.ratio) }, lang) : none;
  return inScopeText(p, lang) + text + unjudgedText(p, lang) + noStudentsText(p, lang);
}

/**
 * In-scope sections with no students, which the share leaves out (sectionCounts): said, so that the
 * count of schools here agrees with 学校达标, where they are listed as in scope and 无法评估.
 * @example 1 section with 0 students → "；另有 1 个在校生数为 0，无可评估，不计入"; none → ""
 */
function noStudentsText(p: PassingShare, lang: Lang): string {
  return p.noStudents === 0 ? "" : countMessage("out_passing_no_students", p.noStudents, { n: p.noStudents }, lang);
}

/**
 * With sections not judged, how many are in scope and how many were judged, ahead of the share:
 * 8 of 8 alone would read as the county's share while 6 more are unknown.
 * @example 8 judged, 6 unjudged → "参评 14 个学校（学段），已判定 8 个："; none unjudged → ""
 */
function inScopeText(p: PassingShare, lang: Lang): string {
  if (p.unjudged === 0) return "";
  return message("out_passing_in_scope", { total: p.inScope, evaluated: p.evaluated }, lang);
}

/**
 * The sections that could not be judged, and the range the share would lie in with them (all
 * failing … all passing), which is what leaves the target undecided (passingShare).
 * @example 1 of 1 passing, 4 unjudged → "；另有 4 所无法评估，计入后达标比例在 20.0% 至 100.0% 之间"
 */
function unjudgedText(p: PassingShare, lang: Lang): string {
  const ends = shareRangeEnds(p);
  return ends === null ? "" : countMessage("out_passing_unjudged", p.unjudged, { unjudged: p.unjudged, ...ends }, lang);
}

function passingTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  return makeTable({
    name: "YZJH_Passing",
    caption: t("out_caption_passing"),
    columns: [
      { header: t("out_h_county"), numberFormat: null },
      { header: t("out_h_in_scope"), numberFormat: FORMAT.count },
      { header: t("out_h_evaluated"), numberFormat: FORMAT.count },
      { header: t("out_h_passing"), numberFormat: FORMAT.count },
      { header: t("out_h_unjudged"), numberFormat: FORMAT.count },
      { header: t("out_h_share"), numberFormat: shareFormat(counties.map((c) => c.passing)) },
      { header: t("out_h_share_range"), numberFormat: null },
      { header: t("out_h_target_year"), numberFormat: FORMAT.count },
      { header: t("out_h_target_share"), numberFormat: FORMAT.ratio },
      { header: t("out_h_target_met"), numberFormat: null },
    ],
    rows: counties.map((c) => {
      const p = c.passing;
      const share = p.share === null ? null : cell(p.share, p.met === false ? "bad" : null);
      // Beside the share of those judged, where it lies once the unjudged count (shareRangeText), as the verdicts' row says.
      return [countyLabel(c.county, lang), p.inScope, p.evaluated, p.passing, p.unjudged, share, shareRangeText(p, lang), p.target?.year ?? null, p.target?.share ?? null, targetCell(p, lang, TARGET_COLUMN)];
    }),
    emptyText: t("out_none"),
  });
}

function vetoTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  const rows = counties.flatMap((c) =>
    c.veto.map((v): CellInput[] => {
      return [countyLabel(c.county, lang), message(`veto_${v.code}`, {}, lang), vetoStateCell(v.present, lang), v.cell ? cell(v.cell, null, v.cell) : null];
    }),
  );
  return makeTable({
    name: "YZJH_Veto",
    caption: t("out_caption_veto"),
    columns: [
      { header: t("out_h_county"), numberFormat: null },
      { header: t("out_h_veto"), numberFormat: null },
      { header: t("out_h_veto_state"), numberFormat: null },
      { header: t("out_h_cell"), numberFormat: null },
    ],
    rows,
    emptyText: t("out_none"),
  });
}
