import type { CountyEvaluation, SchoolGuarantee, SectionResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText, noteText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { atLeast, hasShortfall, isLowerBound, type ShortKey } from "./atLeast";
import { classFloorNote } from "./classFloorNote";
import type { ClassSizeParams } from "./classSizeParams";
import { atLeastFormat, FORMAT } from "./formats";
import { fundingFloorNote } from "./fundingFloorNote";
import { roomsFloorNote } from "./roomsFloorNote";
import { roomsAreaNote } from "./roomsAreaNote";
import { fundingProrationNote } from "./fundingProrationNote";
import { fundedStudentsNote } from "./fundedStudentsNote";
import { fundingBoardingNote } from "./fundingBoardingNote";
import { specialFundingNote } from "./specialFundingNote";
import type { Profile } from "../../profiles/schema";
import { cell, makeTable, numberIn, type CellInput } from "./tableDraft";
import { needsFormat } from "./needsFormat";
import { noGapNote } from "./noGapNote";
import { countyLabel } from "./writeLabels";

const GUARANTEE_KEYS = ["musicRoomsShort", "artRoomsShort", "studentsOverCap", "sizeCap", "classesOverCap", "largeClasses", "superLargeClasses", "fundingShortfall"] as const;
const FUNDING_COLUMN = 3 + GUARANTEE_KEYS.indexOf("fundingShortfall");
const CLASS_KEYS: readonly ShortKey[] = ["classesOverCap", "largeClasses", "superLargeClasses"];

/**
 * One shortfall of a school's row: in red, but one that is only a lower bound (atLeast) in amber, as
 * the full gap is not known — a count so shown as “≥ 1”, the number 1 with atLeastFormat, so that a
 * SUM over the column still counts it: a class count (rules.md §4 item 5: a largest class over the
 * cap says at least one class is) or rooms short (§4 item 3: compliant rooms estimated from the
 * total area are the most there can be).
 */
function shortfallCell(g: SchoolGuarantee, key: ShortKey, lang: Lang): CellInput {
  const v = g[key];
  if (v === null) return v;
  if (atLeast(g, key)) return cell(v, "warn", null, key === "fundingShortfall" ? null : atLeastFormat(lang));
  // A class count bounded at 0 is unknown (G5 counts the school as lacking data): blank like any other.
  if (CLASS_KEYS.includes(key) && isLowerBound(g, key)) return null;
  return v > 0 ? cell(v, "bad") : v;
}

/** What a school's 说明 draws on besides the school: the profile's class sizes and funding tiers, and the county's sections. */
interface RowSource {
  readonly sizes: ClassSizeParams;
  readonly profile: Profile | undefined;
  readonly sections: readonly SectionResult[];
}

/**
 * A school's row, its 说明 at the end saying that a school listed for its funding alone has no gap
 * (noGapNote), why G6 does not judge it (a 民办 school:
 * fundingExempt), why a shortfall is only a lower bound (roomsFloorNote, classFloorNote, fundingFloorNote) and how a combined school was judged: the room area of its
 * stages applied (roomsAreaNote), its funding split by stage (fundingProrationNote), the
 * students its funding counts where a tier raised them (fundedStudentsNote), and the extra for its
 * boarders (fundingBoardingNote); a special-education school's G7 worked out (specialFundingNote).
 */
function guaranteeRow(g: SchoolGuarantee, lang: Lang, { sizes, profile, sections }: RowSource): CellInput[] {
  const values = GUARANTEE_KEYS.map((k) => (k === "sizeCap" ? g.sizeCap : shortfallCell(g, k, lang)));
  const exempt = g.fundingExempt === null ? null : message("out_funding_exempt_note", {}, lang);
  const funding = [exempt, fundingProrationNote(g, lang), fundedStudentsNote(g, sections, profile, lang), fundingBoardingNote(g, lang), fundingFloorNote(g, lang), specialFundingNote(g, lang)];
  // First, so that a row listed only for its funding is read as no gap before its tier is.
  const notes = [noGapNote(g, lang), roomsAreaNote(g, lang), roomsFloorNote(g, lang), classFloorNote(g, lang, sizes), ...funding].filter((n): n is string => n !== null);
  return [countyLabel(g.county, lang), g.name, message(`type_${g.type}`, {}, lang), ...values, notes.length === 0 ? null : noteText(notes, lang)];
}

/**
 * Whether a school has a row: short of something, or funded as other students than it has (a
 * small-school tier, rules.md §4 item 6), short or not — 60 students funded as 100 meets 80 000 yuan
 * only as 100, and the reader checks the requirement by the count its 说明 gives (fundedStudentsNote,
 * fundingProrationNote for a combined school split by stage) — or not judged on G6 (a 民办
 * school, fundingExempt), so that its blank 公用经费缺口 says why.
 */
function isListed(g: SchoolGuarantee, lang: Lang, source: RowSource): boolean {
  if (hasShortfall(g) || g.fundingProration !== null || g.fundingExempt !== null) return true;
  return fundedStudentsNote(g, source.sections, source.profile, lang) !== null;
}

/**
 * 缺口测算's table of the schools' guarantee shortfalls (rules.md §4 items 3–6, §7), one row per
 * school short of something, funded as other students than it has, or not judged on G6 (isListed); the large-class
 * columns named by the profile's sizes (`sizes`: classSizeParams), the funding tiers in the 说明
 * from `profile` (fundedStudentsNote).
 */
export function guaranteeShortfallsTable(counties: readonly CountyEvaluation[], lang: Lang, sizes: ClassSizeParams, profile?: Profile): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  const count = (code: string) => ({ header: message(code, sizes, lang), numberFormat: FORMAT.count });
  const rowsOf = (source: RowSource, schools: readonly SchoolGuarantee[]) => schools.filter((g) => isListed(g, lang, source)).map((g) => guaranteeRow(g, lang, source));
  const rows = counties.flatMap((c) => rowsOf({ sizes, profile, sections: c.sections }, c.schoolGuarantee));
  // A gap of 0.4 yuan shown as 0 would say the school lacks nothing (needsFormat); after 县区, 学校, 类型 and the seven counts.
  const funding = needsFormat(FORMAT.yuan, rows.map((row) => numberIn(row[FUNDING_COLUMN])));
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
      { header: t("out_h_funding_short"), numberFormat: funding },
      { header: t("out_h_guarantee_note"), numberFormat: null, maxWidth: 50 },
    ],
    rows,
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
