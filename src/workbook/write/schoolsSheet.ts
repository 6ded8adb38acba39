import { INDICATOR_CODES, type Evaluation, type IndicatorCode, type IndicatorResult, type IndicatorStatus, type Issue, type SectionResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { Emphasis, SheetSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { commonNotes, rowsNotReadNote } from "./sheetNotes";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { FORMAT, formatNumber, shortfallUnit, valueFormat, withDecimals, writtenDecimals } from "./formats";
import { formatKeepingSides, type Straddle } from "./decimalsKeepingSides";
import type { Profile } from "../../profiles/schema";
import { clauseText, listText, noteText } from "../../messages/listText";
import { countyLabel, flagLabel, sourceLink, sourceText, stageLabel, yesNo } from "./writeLabels";
import { passRuleParams } from "./passRuleText";
import { l4DefinitionNote } from "./l4DefinitionNote";
import { assumedZeroCells, indicatorKey } from "./suspectCells";
import { unlistedReasons } from "./unlistedReasons";
import { refusedColumns, type RefusedColumns } from "./refusedColumns";
import { reasonText, refusedCells } from "./refusedReason";
import { sharedCauses } from "./sharedCauses";

/** Column of the first indicator value; each indicator takes a value and a flag column. */
export const FIRST_INDICATOR_COLUMN = 7;

/** 学校达标: one row per section read, in scope or not, with each indicator's value and flag and the pass result. */
export function schoolsSheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang } = context;
  const sections = evaluation.counties.flatMap((c) => c.sections);
  const min = context.profile?.scope.teachingPointMinStudents ?? "—";
  const issues = issuesBySection(evaluation.issues);
  const { floor } = passRuleParams(context.profile);
  const zeros = assumedZeroCells(context.issues);
  const refused = refusedCells(context.issues);
  const columns = refusedColumns(context.issues);
  return {
    name: message("out_sheet_schools", {}, lang),
    role: "schools",
    title: message("out_title_schools", {}, lang),
    notes: [...commonNotes(evaluation, context), ...rowsNotReadNote(context), message("out_note_schools", { floor }, lang), ...l4DefinitionNote(context.profile, lang), ...standardsNote(context)],
    tables: [
      makeTable({
        name: "YZJH_Schools",
        caption: null,
        columns: schoolColumns(sections, context),
        rows: sections.map((s) => sectionRow(s, { lang, min, floor, zeros, refused, columns }, issues.get(s.id) ?? [])),
        emptyText: message("out_none", {}, lang),
      }),
    ],
    freezeColumns: 2,
  };
}

/**
 * The standards each value is judged against, per stage, beside the values (workbooks.md: each
 * indicator's value, standard and flag), from the profile used, each with its unit (rules.md §2);
 * none without a profile.
 * @example national-2017, zh → "标准（小学 / 初中）：L1 4.2 / 5.3（人/百名学生）；…；L4 4.5 / 5.8（㎡/生）；…；低于标准但不低于其 85% 为“达85%未达标”。" (the floor from the profile: 80% after a 规则 sheet set passRule.floorRatio = 0.8)
 */
function standardsNote(context: ResultContext): string[] {
  const { profile, lang } = context;
  if (profile === undefined) return [];
  const list = clauseText(INDICATOR_CODES.map((code) => standardText(code, profile, lang)), lang);
  return [message("out_note_standards", { list, floor: passRuleParams(profile).floor }, lang)];
}

/**
 * One indicator's standards with its unit. The unit is what its shortfall is counted in
 * (shortfallUnit: teachers, rooms, m², yuan) per 100 students for L1–L3 and L7, per student for
 * L4–L6 (rules.md §2 "Unit").
 * @example standardText("L7", national, "zh") // "L7 2.3 / 2.4（间/百名学生）"; standardText("L6", national, "en") // "L6 2,000 / 2,500 yuan per student"
 */
function standardText(code: IndicatorCode, profile: Profile, lang: Lang): string {
  const shown = (stage: "primary" | "junior") => standardFigure(profile.standards[stage][code]);
  const unit = message(`out_standard_unit_${shortfallUnit(code)}`, {}, lang);
  return message("out_note_standard", { code, primary: shown("primary"), junior: shown("junior"), unit }, lang);
}

/**
 * A standard as the profile states it: its own decimals, thousands grouped, not padded to the two
 * decimals of the value columns (2,000.00 and 1.00 claim a precision the standard does not have).
 * @example standardFigure(2000) // "2,000"; standardFigure(4.2) // "4.2"; standardFigure(1) // "1"
 */
function standardFigure(value: number): string {
  return formatNumber(value, withDecimals("#,##0", writtenDecimals(value)));
}

/**
 * An indicator's value column: its unit's format, with the decimals that keep every value on its
 * side of its stage's standard and of the 85% line (decimalsKeepingSides), from the profile: 4.199
 * shown as 4.20 beside a standard of 4.20 and 低于标准 contradicts itself. Without a profile the
 * standards are not stated, and the unit's format stays. Out-of-scope sections are left out: they
 * are not judged, so no verdict beside them could be contradicted.
 * @example valueColumnFormat("L1", [a primary section with L1 4.199], national) // "0.000" (4.199, not 4.20)
 */
function valueColumnFormat(code: IndicatorCode, sections: readonly SectionResult[], profile: Profile | undefined): string | null {
  if (profile === undefined) return valueFormat(code);
  const pairs = sections.filter((s) => s.included).flatMap((s): Straddle[] => {
    const value = s.indicators[code]?.value;
    const standard = profile.standards[s.stage][code];
    return [[value, standard], [value, standard * profile.passRule.floorRatio]];
  });
  return formatKeepingSides(valueFormat(code), pairs);
}

function schoolColumns(sections: readonly SectionResult[], context: ResultContext): ColumnDraft[] {
  const { lang, profile } = context;
  const t = (code: string, params: Record<string, string> = {}) => message(code, params, lang);
  const indicatorColumns = INDICATOR_CODES.flatMap((code): ColumnDraft[] => [
    { header: t("out_h_value", { code }), numberFormat: valueColumnFormat(code, sections, profile) },
    { header: t("out_h_flag", { code }), numberFormat: null },
  ]);
  return [
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_school"), numberFormat: null },
    { header: t("out_h_stage"), numberFormat: null },
    { header: t("out_h_type"), numberFormat: null },
    { header: t("out_h_students"), numberFormat: FORMAT.count },
    { header: t("out_h_included"), numberFormat: null },
    { header: t("out_h_exclusion"), numberFormat: null },
    ...indicatorColumns,
    { header: t("out_h_met_count"), numberFormat: FORMAT.count },
    { header: t("out_h_pass"), numberFormat: null },
    { header: t("out_h_note"), numberFormat: null, maxWidth: 60 },
    { header: t("out_h_source"), numberFormat: null },
  ];
}

function statusEmphasis(status: IndicatorStatus): Emphasis | null {
  if (status === "below") return "bad";
  return status === "floor" ? "warn" : null;
}

/**
 * Out-of-scope sections keep their values for reference, greyed, but no flag: they are not judged
 * (the JSON report gives them no indicators), and 达标 or red there would read as a verdict that
 * counts. A flag not met names the cells read as 0 it rests on (`zeros`), as the 差异系数
 * verdict names a flagged cell: filling one in may change the verdict.
 * @example flag of L3 below 85% resting on blank H12 → "低于85%（所依据的 学校基本情况!H12 未填数字，已按 0 计，请核对）"
 */
function indicatorCells(result: IndicatorResult | undefined, included: boolean, { lang, floor }: RowTexts, zeros: readonly string[]): CellInput[] {
  if (!result) return [null, null];
  if (!included) return [cell(result.value, "muted"), null];
  const emphasis = statusEmphasis(result.status);
  const rests = zeros.length === 0 ? "" : message("out_flag_assumed_zero", { cells: listText(zeros, lang) }, lang);
  return [cell(result.value, emphasis), cell(flagLabel(result.status, lang, floor) + rests, emphasis)];
}

function passCell(section: SectionResult, lang: Lang): CellInput {
  if (!section.included) return null;
  if (section.pass === null) return cell(message("out_not_evaluable", {}, lang), "warn");
  // Failed by the indicators it has although some are missing: a fail, still marked incomplete.
  if (!section.evaluable && !section.pass) return cell(message("out_fail_incomplete", {}, lang), "bad");
  return section.pass ? cell(message("out_pass", {}, lang), "good") : cell(message("out_fail", {}, lang), "bad");
}

/** The evaluation's issues by the section they name (params.section), in their order. */
function issuesBySection(issues: readonly Issue[]): Map<string, Issue[]> {
  const bySection = new Map<string, Issue[]>();
  for (const issue of issues) {
    const section = issue.params.section;
    if (typeof section !== "string") continue;
    const own = bySection.get(section);
    if (own === undefined) bySection.set(section, [issue]);
    else own.push(issue);
  }
  return bySection;
}

/**
 * Why the section is not evaluable, each reason as the data-problems sheet words it: from the
 * section's own issues, whose params say which indicator and which field (a code alone would leave
 * "{field}" in the text); a reason without such an issue (an out-of-scope section raises none) is
 * worded from the section itself (unlistedReasons). A value the reader refused is said to be not
 * used, at its cell (reasonText), not to be missing. One cause that leaves several indicators
 * uncomputed is said once, naming them all (sharedCauses).
 */
function notes(section: SectionResult, { lang, refused, columns }: RowTexts, own: readonly Issue[]): string {
  const params = { school: section.name, stage: section.stage, section: section.id, row: section.source ? `${section.source.sheet}!${section.source.row}` : "" };
  const parts = section.notEvaluable.flatMap((code) => {
    const raised = sharedCauses(own.filter((issue) => issue.code === code), lang);
    return raised.length > 0 ? raised.map((issue) => reasonText(issue, refused, lang, columns)) : unlistedReasons(code, section, params, lang);
  });
  if (section.split) parts.push(message("out_split_note", { share: formatNumber(section.split.share, FORMAT.ratio) }, lang));
  return noteText(parts, lang);
}

/** What every row's texts need: the language, the teaching-point minimum, the floor as a percent (passRuleParams), the cells read as 0 (assumedZeroCells), the cells refused (refusedCells), the columns refused whole (refusedColumns). */
interface RowTexts {
  readonly lang: Lang;
  readonly min: number | string;
  readonly floor: string;
  readonly zeros: ReadonlyMap<string, readonly string[]>;
  readonly refused: ReadonlySet<string>;
  readonly columns: RefusedColumns;
}

function sectionRow(section: SectionResult, texts: RowTexts, own: readonly Issue[]): CellInput[] {
  const { lang, min, zeros } = texts;
  const exclusion = section.exclusion ? message(`scope_${section.exclusion}`, { min }, lang) : null;
  return [
    countyLabel(section.county, lang),
    section.name,
    stageLabel(section.stage, lang),
    message(`type_${section.type}`, {}, lang),
    section.students,
    cell(yesNo(section.included, lang), section.included ? null : "muted"),
    exclusion,
    ...INDICATOR_CODES.flatMap((code) => indicatorCells(section.indicators[code], section.included, texts, zeros.get(indicatorKey(section.id, code)) ?? [])),
    // No count for an out-of-scope section, as no verdict: a count of 6/7 beside a blank verdict read as a judgement.
    section.included ? section.metCount : null,
    passCell(section, lang),
    notes(section, texts, own),
    cell(sourceText(section.source, lang), null, sourceLink(section.source)),
  ];
}
