import { INDICATOR_CODES, type ClassCountsLowerBound, type CountyEvaluation, type Evaluation, type FundingLowerBound, type SchoolGuarantee, type SectionResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { SheetSpec, TableSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { commonNotes } from "./sheetNotes";
import { lacksIndicator } from "./lacksIndicator";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { FORMAT, shortfallFormat, shortfallUnit } from "./formats";
import { passPlanText } from "./passPlanText";
import { passRuleParams } from "./passRuleText";
import { countMessage } from "../../messages/countMessage";
import { clauseText, listText } from "../../messages/listText";
import { classFloorNote, isClassFloor, type ClassCountKey } from "./classFloorNote";
import { isRoomsFloor, roomsFloorNote } from "./roomsFloorNote";
import { countyLabel, stageLabel } from "./writeLabels";
import { planTotalsTable } from "./planTotalsTable";
import { fundingTotalsTable } from "./fundingTotalsTable";

const UNIT_HEADER = { teachers: "out_h_short_teachers", rooms: "out_h_short_rooms", area: "out_h_short_area", yuan: "out_h_short_yuan" } as const;

/** 缺口测算: what each failing or short section still needs (rules.md §7), a way to pass, and per-school guarantee shortfalls. */
export function shortfallsSheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang } = context;
  const { floor } = passRuleParams(context.profile);
  return {
    name: message("out_sheet_shortfalls", {}, lang),
    role: "shortfalls",
    title: message("out_title_shortfalls", {}, lang),
    notes: [...commonNotes(evaluation, context), message("out_note_shortfalls", { floor }, lang), ...costNote(evaluation.counties, lang), ...incompleteNote(evaluation.counties, lang)],
    tables: tablesOf(evaluation.counties, lang, floor),
    freezeColumns: 2,
  };
}

/**
 * The sections' table, the county totals to standard and what the ways to pass need, the schools'
 * guarantee shortfalls and, where any was computed, their public-funding totals.
 */
function tablesOf(counties: readonly CountyEvaluation[], lang: Lang, floor: string): TableSpec[] {
  const funding = fundingTotalsTable(counties, lang);
  const tables = [sectionTable(counties, lang, floor), totalsTable(counties, lang), planTotalsTable(counties, lang), guaranteeTable(counties, lang)];
  return funding === null ? tables : [...tables, funding];
}

/**
 * How many plans shown have no estimated cost (the profile lacks a unit cost one needs), whose
 * 估算费用 cells are blank so that a SUM over the column stays a sum, partial as this says.
 * @example the sample under national-2017 (no unit costs): 城关第三小学 (454.5 m²), 河口乡中心小学 (1 room),
 * 河口乡中学 (1 teacher) and 龙泉学校（初中部） (43 625 yuan and 1 room) → 4; a plan needing yuan alone is priced
 */
export function unpricedPlans(counties: readonly CountyEvaluation[]): number {
  return counties.reduce((n, c) => n + c.sections.filter((s) => isShort(s) && s.passPlan !== null && s.passPlan.totalCost === null).length, 0);
}

/**
 * Why some 估算费用 cells are blank, with their count, and how those plans were chosen instead:
 * without a price for what they need, by dominance or the largest gap (cheapestPassPlan, rules.md §7).
 */
function costNote(counties: readonly CountyEvaluation[], lang: Lang): string[] {
  const n = unpricedPlans(counties);
  return n === 0 ? [] : [countMessage("out_note_plans_unpriced", n, { n }, lang), message("out_note_plan_no_cost", {}, lang)];
}

/**
 * How many in-scope sections with students (or an unknown count) lack some indicator: the county
 * totals add only the shortfalls that could be computed, so theirs are missing from them.
 * @example 2 sections, one without L6 → 1; a section with 0 students needs nothing and is not counted
 */
export function incompleteSections(counties: readonly CountyEvaluation[]): number {
  const lacks = (s: SectionResult) => INDICATOR_CODES.some((code) => lacksIndicator(s, code));
  return counties.reduce((n, c) => n + c.sections.filter(lacks).length, 0);
}

function incompleteNote(counties: readonly CountyEvaluation[], lang: Lang): string[] {
  const n = incompleteSections(counties);
  return n === 0 ? [] : [countMessage("out_note_totals_incomplete", n, { n }, lang)];
}

/** In scope and evaluable with a shortfall or failing, or failed by what it has although data are missing (its needs so far are real). */
function isShort(section: SectionResult): boolean {
  if (!section.included) return false;
  if (!section.evaluable) return section.pass === false;
  return section.pass === false || Object.values(section.indicators).some((r) => r.shortfall > 0);
}

function amountColumns(lang: Lang): ColumnDraft[] {
  return INDICATOR_CODES.map((code) => ({ header: message(UNIT_HEADER[shortfallUnit(code)], { code }, lang), numberFormat: shortfallFormat(code) }));
}

function sectionColumns(lang: Lang, floor: string): ColumnDraft[] {
  const t = (code: string) => message(code, { floor }, lang);
  return [
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_school"), numberFormat: null },
    { header: t("out_h_stage"), numberFormat: null },
    { header: t("out_h_pass"), numberFormat: null },
    ...amountColumns(lang),
    { header: t("out_h_relaxed"), numberFormat: null },
    { header: t("out_h_plan"), numberFormat: null, maxWidth: 50 },
    { header: t("out_h_plan_cost"), numberFormat: FORMAT.yuan },
  ];
}

function sectionRow(section: SectionResult, lang: Lang, floor: string): CellInput[] {
  const fail = section.evaluable ? "out_fail" : "out_fail_incomplete";
  const pass = section.pass ? message("out_pass", {}, lang) : cell(message(fail, {}, lang), "bad");
  const amounts = INDICATOR_CODES.map((code) => {
    const r = section.indicators[code];
    if (!r) return null;
    return cell(r.shortfall, r.status === "below" ? "bad" : r.status === "floor" ? "warn" : null);
  });
  const plan = section.passPlan;
  return [countyLabel(section.county, lang), section.name, stageLabel(section.stage, lang), pass, ...amounts, plan?.relaxed ?? null, plan ? passPlanText(plan, lang, floor) : null, plan?.totalCost ?? null];
}

/** `floor`: the profile's floor as a percent (passRuleParams), for the relaxed column's header and the plans. */
function sectionTable(counties: readonly CountyEvaluation[], lang: Lang, floor: string): TableSpec {
  return makeTable({
    name: "YZJH_Shortfalls",
    caption: message("out_caption_section_shortfalls", {}, lang),
    columns: sectionColumns(lang, floor),
    rows: counties.flatMap((c) => c.sections.filter(isShort).map((s) => sectionRow(s, lang, floor))),
    emptyText: message("out_none", {}, lang),
  });
}

/**
 * The county totals per stage, in a table of their own: inside the sections' table a 合计 row
 * would be sorted and filtered among the schools, and summed again by a SUBTOTAL over the column.
 */
function totalsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  const label = (code: string): ColumnDraft => ({ header: message(code, {}, lang), numberFormat: null });
  return makeTable({
    name: "YZJH_ShortfallTotals",
    caption: message("out_caption_shortfall_totals", {}, lang),
    columns: [label("out_h_county"), label("out_h_stage"), ...amountColumns(lang)],
    rows: counties.flatMap((c) => totalsRows(c, lang)),
    emptyText: message("out_none", {}, lang),
  });
}

function totalsRows(county: CountyEvaluation, lang: Lang): CellInput[][] {
  const name = countyLabel(county.county, lang);
  return county.shortfallTotals.map((t) => [name, stageLabel(t.stage, lang), ...INDICATOR_CODES.map((code) => t.byIndicator[code])]);
}

const GUARANTEE_KEYS = ["musicRoomsShort", "artRoomsShort", "studentsOverCap", "sizeCap", "classesOverCap", "largeClasses", "superLargeClasses", "fundingShortfall"] as const;
const SHORT_KEYS = GUARANTEE_KEYS.filter((k) => k !== "sizeCap");

function hasGuaranteeShortfall(g: SchoolGuarantee): boolean {
  return SHORT_KEYS.some((k) => (g[k] ?? 0) > 0);
}

/**
 * The number format that shows a count n as out_at_least says it (“≥ n”) while the cell keeps the
 * number, so that a SUM, 小计 or pivot over the column still counts the school (Excel skips text):
 * the message's text around `{n}` quoted, as Excel takes literal text in a format. A `"` in that
 * text, which a quoted literal cannot hold, is written `\"`.
 * @example atLeastFormat("zh") // '"≥ "0' (1 shows as “≥ 1”); atLeastFormat("en") // '"≥ "0'
 */
export function atLeastFormat(lang: Lang): string {
  const [before = "", after = ""] = message("out_at_least", {}, lang).split("{n}");
  return formatLiteral(before) + FORMAT.count + formatLiteral(after);
}

/** Text as a literal of a number format. @example formatLiteral('至少 "') // '"至少 "\\"'; formatLiteral("") // "" */
export function formatLiteral(text: string): string {
  return text.split('"').map((part) => (part === "" ? "" : `"${part}"`)).join('\\"');
}

/**
 * A school's row: each shortfall in red, but one that is only a lower bound in amber, as the full
 * gap is not known — a count so shown as “≥ 1”, the number 1 with atLeastFormat: a class count
 * (rules.md §4 item 5: a largest class over the cap says at least one class is) or rooms short
 * (§4 item 3: compliant rooms estimated from the total area are the most there can be, isRoomsFloor) —
 * and the 说明 at the end says why (roomsFloorNote, classFloorNote, fundingFloorNote).
 */
function guaranteeRow(g: SchoolGuarantee, lang: Lang): CellInput[] {
  const floor = g.fundingShortfallLowerBound;
  const values = GUARANTEE_KEYS.map((k) => {
    const v = g[k];
    // "At least 0" says nothing: such a count is unknown, blank like any other (G5 lists the school as lacking data).
    if (k !== "sizeCap" && v !== null && isClassFloor(g, k)) return v > 0 ? cell(v, "warn", null, atLeastFormat(lang)) : null;
    if (k !== "sizeCap" && v !== null && isRoomsFloor(g, k)) return cell(v, "warn", null, atLeastFormat(lang));
    if (k === "sizeCap" || v === null || v <= 0) return v;
    return cell(v, k === "fundingShortfall" && floor !== null ? "warn" : "bad");
  });
  const classFloor = knownClassFloor(g);
  const notes = [roomsFloorNote(g, lang), classFloor === null ? null : classFloorNote(classFloor, lang), floor === null ? null : fundingFloorNote(floor, lang)];
  const note = notes.filter((n): n is string => n !== null);
  return [countyLabel(g.county, lang), g.name, message(`type_${g.type}`, {}, lang), ...values, note.length === 0 ? null : clauseText(note, lang)];
}

/** The class counts that are lower bounds above 0 (a bound of 0 is shown blank, unknown), or null when none is. */
function knownClassFloor(g: SchoolGuarantee): ClassCountsLowerBound | null {
  const bound = g.classCountsLowerBound;
  if (bound === null) return null;
  const above = (k: ClassCountKey) => bound[k] && (g[k] ?? 0) > 0;
  const kept = { ...bound, classesOverCap: above("classesOverCap"), largeClasses: above("largeClasses"), superLargeClasses: above("superLargeClasses") };
  return kept.classesOverCap || kept.largeClasses || kept.superLargeClasses ? kept : null;
}

/**
 * Why a school's public-funding shortfall is only a lower bound (rules.md §4 item 6), in a few words;
 * students not split by stage (stagesUnsplit) alone, or after the other reasons.
 * @example fundingFloorNote({ ruralFunded: 500, boardersUncounted: false }, "zh") // "公用经费缺口为下限：若为农村学校（按 500 人核定）缺口更大"
 * @example fundingFloorNote({ ruralFunded: null, boardersUncounted: false, stagesUnsplit: true }, "zh") // "公用经费缺口为下限：在校生数未分学段，全部按较低学段的标准测算"
 */
export function fundingFloorNote(floor: FundingLowerBound, lang: Lang): string {
  const others = otherFloorNote(floor, lang);
  if (floor.stagesUnsplit !== true) return others ?? "";
  return others === null ? message("out_funding_floor_stages", {}, lang) : others + message("out_funding_floor_stages_also", {}, lang);
}

/** The note of an unstated rurality and of boarders not given; null when neither is a reason. */
function otherFloorNote({ ruralFunded, boardersUncounted }: FundingLowerBound, lang: Lang): string | null {
  if (ruralFunded === null) return boardersUncounted ? message("out_funding_floor_boarders", {}, lang) : null;
  return message(boardersUncounted ? "out_funding_floor_both" : "out_funding_floor_rural", { funded: ruralFunded }, lang);
}

function guaranteeTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  const count = (code: string) => ({ header: t(code), numberFormat: FORMAT.count });
  return makeTable({
    name: "YZJH_SchoolGuarantee",
    caption: t("out_caption_guarantee_shortfalls"),
    columns: [
      { header: t("out_h_county"), numberFormat: null },
      { header: t("out_h_school"), numberFormat: null },
      { header: t("out_h_type"), numberFormat: null },
      count("out_h_music_short"),
      count("out_h_art_short"),
      count("out_h_over_cap"),
      count("out_h_size_cap"),
      count("out_h_classes_over"),
      count("out_h_large"),
      count("out_h_super_large"),
      { header: t("out_h_funding_short"), numberFormat: FORMAT.yuan },
      { header: t("out_h_guarantee_note"), numberFormat: null, maxWidth: 50 },
    ],
    rows: counties.flatMap((c) => c.schoolGuarantee.filter(hasGuaranteeShortfall).map((g) => guaranteeRow(g, lang))),
    emptyText: guaranteeEmptyText(counties.flatMap((c) => c.schoolGuarantee), lang),
  });
}

/** The checks behind the table's columns, each named as the sheet's readers know it. */
const GUARANTEE_CHECKS = [
  { label: "out_check_rooms", keys: ["musicRoomsShort", "artRoomsShort"] },
  { label: "out_check_size", keys: ["studentsOverCap"] },
  { label: "out_check_classes", keys: ["classesOverCap", "largeClasses", "superLargeClasses"] },
  { label: "out_check_funding", keys: ["fundingShortfall"] },
] as const;

/**
 * The schools whose values tell whether a check was made. 公用经费 here is G6, the ordinary schools'
 * 生均公用经费 (rules.md §4 item 6): a special-education school's funding fields carry G7 instead,
 * computed even where the profile has no G6 norm (national-2017), so its 0 must not make G6 look
 * checked for schools it was never computed for. The other checks apply to ordinary schools only,
 * and a special school's values for them are always null.
 */
function schoolsCheckedFor(label: (typeof GUARANTEE_CHECKS)[number]["label"], schools: readonly SchoolGuarantee[]): readonly SchoolGuarantee[] {
  return label === "out_check_funding" ? schools.filter((g) => g.type !== "special") : schools;
}

/**
 * What an empty table means: “（无）” read as “no school short of anything” where the workbook gave
 * no room, class-size or funding columns (or the profile no funding norm) and nothing was computed.
 * So the text names the checks made and those not, whose reasons the guarantee sheet gives. A check
 * counts as made when it was computed for at least one ordinary school it applies to (schoolsCheckedFor);
 * schools whose data are incomplete are counted on the guarantee sheet, not here.
 * @example guaranteeEmptyText(schools with sizes only, "zh") // "（已测算的学校规模均无缺口；音乐美术教室、班额、公用经费未测算，原因见“政府保障与质量”表）"
 */
export function guaranteeEmptyText(schools: readonly SchoolGuarantee[], lang: Lang): string {
  const made = (check: (typeof GUARANTEE_CHECKS)[number]) => schoolsCheckedFor(check.label, schools).some((g) => check.keys.some((k) => g[k] !== null));
  const names = (done: boolean) => GUARANTEE_CHECKS.filter((c) => made(c) === done).map((c) => message(c.label, {}, lang));
  const [checked, unchecked] = [names(true), names(false)];
  if (unchecked.length === 0) return message("out_guarantee_none_short", {}, lang);
  const params = { checked: listText(checked, lang), unchecked: listText(unchecked, lang), sheet: message("out_sheet_guarantee", {}, lang) };
  return message(checked.length === 0 ? "out_guarantee_none_checked" : "out_guarantee_some_checked", params, lang);
}
