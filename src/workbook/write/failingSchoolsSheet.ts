import { rowText, message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import { clauseText, listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import { qualified } from "../address";
import type { SheetSpec } from "../types";
import { FORMAT } from "./formats";
import type { FailingSection } from "./overviewNeeds";
import { overviewRows, type OverviewRow } from "./overviewOrder";
import { ownCost, planRowText } from "./sharedBuilds";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { flagLabel, stageLabel } from "./writeLabels";

/** A failing section with the workbook it was read from, the county row it belongs to and what its texts need. */
interface Listed {
  readonly file: string;
  readonly county: string | null;
  readonly section: FailingSection;
  readonly floor: string;
  /** The result workbook beside the overview: the link opens it at the section's row (which is null when it was not written this run, evaluatedEntry). */
  readonly result: string;
}

/** Every failing section of the county rows, in their order (overviewRows: by county, then each workbook's input order). */
function listed(rows: readonly OverviewRow[]): Listed[] {
  return rows.flatMap(({ entry, county }) => {
    const o = entry.outcome;
    if (!o.ok || county === null) return [];
    return county.failing.map((section) => ({ file: entry.file, county: county.county, section, floor: o.floor, result: o.result }));
  });
}

/**
 * The indicators not met as the county's 学校达标 flags them, those below the floor first.
 * @example flagsText({ below: ["L7"], atFloor: ["L4", "L5"] }, "85%", "zh") // "低于85%：L7；达85%未达标：L4、L5"
 */
export function flagsText(section: Pick<FailingSection, "below" | "atFloor">, floor: string, lang: Lang): string {
  const part = (status: "below" | "floor", codes: readonly string[]) => (codes.length === 0 ? [] : [message("out_failing_flags", { flag: flagLabel(status, lang, floor), codes: listText(codes, lang) }, lang)]);
  return clauseText([...part("below", section.below), ...part("floor", section.atFloor)], lang);
}

/** The way to pass as 缺口测算 words it; none where data are missing (its needs are not all known), said so. */
function planCell(section: FailingSection, floor: string, lang: Lang): CellInput {
  if (section.plan !== null) return planRowText(section.plan, section.shared ?? [], lang, floor);
  return section.incomplete ? cell(message("out_failing_no_plan_incomplete", {}, lang), "warn") : null;
}

/** The section's row on its result's 学校达标, a link opening that workbook there; blank where it has none (the result not written). */
function placeCell(item: Listed, lang: Lang): CellInput {
  const { row } = item.section;
  if (row === null) return null;
  const sheet = message("out_sheet_schools", {}, lang);
  return cell(rowText(`${sheet}!${row}`, lang), null, { file: item.result, at: qualified(sheet, `$A$${row}`) });
}

function rowOf(item: Listed, lang: Lang): CellInput[] {
  const { section, floor } = item;
  const verdict = cell(message(section.incomplete ? "out_fail_incomplete" : "out_fail", {}, lang), "bad");
  const county = item.county ?? message("out_overview_county_unnamed", {}, lang);
  return [item.file, county, section.school, stageLabel(section.stage, lang), verdict, flagsText(section, floor, lang), planCell(section, floor, lang), section.plan === null ? null : ownCost(section.plan.totalCost, section.shared ?? []), placeCell(item, lang)];
}

function columns(lang: Lang): ColumnDraft[] {
  const t = (code: string, maxWidth?: number): ColumnDraft => ({ header: message(code, {}, lang), numberFormat: null, ...(maxWidth === undefined ? {} : { maxWidth }) });
  return [t("out_h_file"), t("out_h_county"), t("out_h_school"), t("out_h_stage"), t("out_h_pass"), t("out_h_failing_flags", 30), t("out_h_plan", 50), { header: message("out_h_plan_cost", {}, lang), numberFormat: FORMAT.yuan }, t("out_h_failing_place")];
}

/**
 * 未达标学校: every failing school section of the city (学校结论 未达标, with or without 数据不全), by
 * county then in each workbook's input order — the indicators not met as its county's 学校达标 flags
 * them, and the way to pass as its 缺口测算 words it (the floor of the profile it was evaluated
 * under), with a link to its row on the county's 学校达标 where the result was written. Nothing is
 * capped: a city of thousands of failing sections lists them all.
 */
export function failingSchoolsSheet(rows: readonly OverviewRow[], lang: Lang): SheetSpec {
  const items = listed(rows);
  const body = items.map((item) => rowOf(item, lang));
  return {
    name: message("out_sheet_failing_schools", {}, lang),
    role: "schools",
    title: message("out_title_failing_schools", {}, lang),
    notes: [countNote(items.length, lang), message("out_note_failing_links", {}, lang)],
    tables: [makeTable({ name: "YZJH_OverviewFailing", caption: null, columns: columns(lang), rows: body, emptyText: message("out_none", {}, lang) })],
    freezeColumns: 3,
  };
}

/** How many sections the sheet lists and in what order; with none, that none fails. @example countNote(0, "en") // "No school section fails."; countNote(1, "en") // "1 school section fails, by county, then in each workbook's order." */
function countNote(n: number, lang: Lang): string {
  return n === 0 ? message("out_note_failing_none", {}, lang) : countMessage("out_note_failing_count", n, { n }, lang);
}

/** The sheet for a batch's workbooks (overviewRows' order). */
export function failingSchoolsOf(entries: Parameters<typeof overviewRows>[0], lang: Lang): SheetSpec {
  return failingSchoolsSheet(overviewRows(entries), lang);
}
