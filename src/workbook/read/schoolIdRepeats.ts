import { sameCounty } from "../../engine/countyFigures";
import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { campusBase } from "./campusNotes";
import type { HeaderBand } from "./findHeader";
import { issueAtCell } from "./issue";
import { schoolOfSection } from "./rowParts";
import type { RowRecord } from "./readSchoolRows";
import { valueAt } from "./rowMeta";
import { cellText, foldText, normaliseText } from "./text";

/**
 * A school's ID column as the statistics name it: 学校标识码 (10 digits), 学校（机构）代码, 学校编码.
 * Narrower than aliases' CODE_HEADER on purpose: a 行政区划代码 or 城乡分类代码 is a code many schools share.
 */
const ID_HEADER = /标识码|学校(?:\(机构\))?代码|机构代码|学校编码/;

/** The sheet's school ID column: the first header cell that names one; null when none does. */
function idColumn(band: HeaderBand): number | null {
  return band.columns.find((c) => c.path.some((p) => ID_HEADER.test(normaliseText(p))))?.column ?? null;
}

/** A row whose ID was met first: its name cell, name and county. */
interface FirstRow {
  readonly row: RowRecord;
  readonly stem: string;
}

/**
 * A name as the school it belongs to: without a section or senior suffix (schoolOfSection), a
 * campus ending (campusBase: 实验小学西校区 → 实验小学, the campus note's own rule) or a bracketed
 * aside (城南小学（含分校） → 城南小学), folded; a campus, section or 高中部 row shares its school's ID.
 */
function stemOf(name: string): string {
  const school = foldText(schoolOfSection(name));
  return campusBase(school) ?? school.replace(/\(.*$/, "");
}

/** A code, not a placeholder (—, 无, 0, 暂无): at least 6 digits (学校标识码 has 10, a 统一社会信用代码 18 characters). */
function isCode(id: string): boolean {
  return (id.match(/\d/g)?.length ?? 0) >= 6;
}

/**
 * Two rows of one school: one county, and one name stem starting the other's (城南小学, 城南小学北校区,
 * 实验小学东校区 / 西校区); the duplicate-name check and the section and campus joins and notes deal
 * with those. A 教学点 of the county giving a school's code is its 中心校's: teaching points
 * without a code of their own commonly report their central school's, so that is no repeat either.
 */
function sameSchool(a: FirstRow, b: FirstRow): boolean {
  if (!sameCounty(a.row.record.county ?? "", b.row.record.county ?? "")) return false;
  if (isPoint(a.row) || isPoint(b.row)) return true;
  return a.stem.startsWith(b.stem) || b.stem.startsWith(a.stem);
}

const isPoint = (row: RowRecord): boolean => row.record.type === "teaching_point";

/**
 * One school ID (学校标识码: a code, not a placeholder such as — or 无) on two rows of a sheet that
 * are not one school's parts: a warning at the later row's ID cell naming the first row's name
 * cell, name and county. An ID is one school, so
 * one of the two rows is wrong — a school copied under a second county would give that county a
 * verdict — but which one is not known: both are kept. Rows of one county whose names are one
 * school's (sameSchool) are left to the duplicate-name error and to the section and campus joins,
 * so that a row gets one issue. One pass with a map: linear in the rows.
 *
 * @example 城南小学 | 3144000079 | 东湖县 (row 7), 城南小学 | 3144000079 | 西湖县 (row 22) → read_school_id_repeated at B22 { first: A7 }
 */
export function schoolIdRepeats(grid: Grid, band: HeaderBand, rows: readonly RowRecord[]): Issue[] {
  const column = idColumn(band);
  if (column === null) return [];
  // The first school and the first 教学点 per code, apart: a 教学点 met first would take every later school for its 中心校 (sameSchool).
  const [schools, points] = [new Map<string, FirstRow>(), new Map<string, FirstRow>()];
  const issues: Issue[] = [];
  for (const row of rows) {
    const sheetRow = (row.record.source?.row ?? 0) - 1;
    const id = cellText(valueAt(grid, sheetRow, column));
    if (id === null || sheetRow < 0 || !isCode(id)) continue;
    const key = foldText(id);
    const here: FirstRow = { row, stem: stemOf(row.record.name) };
    const first = schools.get(key) ?? points.get(key);
    if (first !== undefined && !sameSchool(first, here)) issues.push(repeatIssue(qualified(grid.sheet, a1(sheetRow, column)), id, first.row, row));
    const own = isPoint(row) ? points : schools;
    if (!own.has(key)) own.set(key, here);
  }
  return issues;
}

/**
 * The warning, naming both rows' counties when they differ; without them when they are one (or not
 * given: a county from the sheet's title is given to the records later, the same for all, so it
 * would show as empty brackets).
 */
function repeatIssue(cell: string, id: string, first: RowRecord, row: RowRecord): Issue {
  const params = { id, name: row.record.name, first: first.nameCell, firstName: first.record.name };
  const [county, firstCounty] = [row.record.county, first.record.county];
  if (county === null || firstCounty === null || sameCounty(county, firstCounty)) return issueAtCell("read_school_id_repeated_one_county", "warning", cell, params);
  return issueAtCell("read_school_id_repeated", "warning", cell, { ...params, county, firstCounty });
}
