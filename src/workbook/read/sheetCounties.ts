import { schoolRecord } from "../../engine/schoolRecord";
import type { Issue } from "../../engine/types";
import { headerCell, type SheetRead } from "./pickSchoolSheets";
import { issueAtCell } from "./issue";
import type { RowRecord } from "./readSchoolRows";

/** One read_county_from_title per county taken, at the title naming it (else the sheet's header), naming the sheet that names it. */
function countyIssues(reads: readonly SheetRead[]): Issue[] {
  const said = new Map<string, Issue>();
  for (const r of reads) {
    const named = r.county ?? null;
    if (named === null || said.has(named.county)) continue;
    const sheet = reads.find((o) => o.candidate.title.county === named)?.candidate ?? r.candidate;
    said.set(named.county, issueAtCell("read_county_from_title", "info", named.cell ?? headerCell(sheet), { county: named.county, sheet: sheet.grid.sheet }));
  }
  return [...said.values()];
}

/** Whether a sheet's schools take the county its titles name: one is named, and no row names its own (no county column, or all its cells blank). */
function takesTitleCounty(read: SheetRead): boolean {
  return (read.county ?? null) !== null && read.rows.rows.every((r) => r.record.county === null);
}

/** A sheet's rows, of its titles' county when takesTitleCounty. */
function rowsOfCounty(read: SheetRead): readonly RowRecord[] {
  const county = read.county?.county;
  if (county === undefined || !takesTitleCounty(read)) return read.rows.rows;
  return read.rows.rows.map((r) => ({ ...r, record: schoolRecord({ ...r.record, county }) }));
}

/**
 * The rows of the sheets read, the schools of a sheet whose rows name no county of the county its
 * titles (or names) name (某县2024年义务教育学校基本情况 → 某县; a sheet's county group:
 * pickSchoolSheets), said at the title, so that reports and the county figures of a city list name
 * the county rather than “本县”; a sheet whose rows carry a county column keeps its own. A city
 * workbook with a sheet per county gives each sheet's schools their own county before schools of
 * one name are told apart (mergeCampuses: 城关一小 of 北山县 and of 南湖县 are two schools).
 *
 * @example sheetCounties([学校基本情况 titled 示例县2024年… (一小, county null)]) // 一小 of 示例县, read_county_from_title at 学校基本情况!A1
 * @example sheetCounties([北山县 (城关一小), 南湖县 (城关一小)]) // 城关一小 of 北山县, 城关一小 of 南湖县; a note at each title
 */
export function sheetCounties(reads: readonly SheetRead[]): { rows: RowRecord[]; issues: Issue[] } {
  return { rows: reads.flatMap(rowsOfCounty), issues: countyIssues(reads.filter(takesTitleCounty)) };
}
