import { basename, dirname, extname } from "node:path";
import { hasLevelWord, sameCounty } from "../engine/countyFigures";
import type { Evaluation, EvaluationInput, Issue } from "../engine/types";

/** The issue (a note) that says a workbook's county was taken from its folder or file name. */
export const COUNTY_FROM_FOLDER = "cli_county_from_folder";

/**
 * The county a batch's workbook is filed under: its file's name (青石县.xlsx) or its folder's
 * (青石县/七项指标统计表.xlsx), where it ends in a county's level word. Where both name one and
 * differ, a folder ending in 市 is the city holding the county (某市/青石县.xlsx: 青石县); otherwise
 * nothing is left to go by (青石县/白马县.xlsx: null). Spaces are dropped, as in 河口 县.
 * @example folderCounty("/某市/青石县/七项指标统计表.xlsx") // "青石县"; folderCounty("/某市/统计/学校综合表.xlsx") // null
 */
export function folderCounty(input: string): string | null {
  const folder = countyName(basename(dirname(input)));
  const file = countyName(basename(input, extname(input)));
  if (file === null) return folder;
  return folder === null || sameCounty(folder, file) || folder.endsWith("市") ? file : null;
}

function countyName(name: string): string | null {
  const joined = name.replace(/\s+/g, "");
  return hasLevelWord(joined) ? joined : null;
}

/** Whether the workbook names no county anywhere: no school row, title or county figure does. */
function namesNoCounty(input: EvaluationInput): boolean {
  return input.records.every((r) => r.county === null) && input.countyFigures.every((f) => f.county === null);
}

/**
 * The evaluation of a workbook that names no county at all, told the county its folder names: a
 * city's overview would otherwise show （未注明县区） and its result sheets 本县, with the folder saying
 * which county it is. Renamed in the evaluation, not in the reading, so that the engine judges
 * what the workbook says and every writer (result sheets, JSON, stdout) shows one name; a note
 * among its issues says where the name came from. Any workbook that names a county is left alone.
 * @example withFolderCounty(evaluation of counties [null], input with no county, "青石县").counties[0].county // "青石县"
 */
export function withFolderCounty(evaluation: Evaluation, input: EvaluationInput, county: string): Evaluation {
  if (!namesNoCounty(input) || evaluation.counties.length === 0 || !evaluation.counties.every((c) => c.county === null)) return evaluation;
  const named = <T extends { readonly county: string | null }>(items: readonly T[]): T[] => items.map((x) => ({ ...x, county }));
  const counties = evaluation.counties.map((c) => ({ ...c, county, sections: named(c.sections), coefficients: named(c.coefficients), schoolGuarantee: named(c.schoolGuarantee) }));
  const note: Issue = { code: COUNTY_FROM_FOLDER, severity: "info", cell: null, params: { county } };
  return { ...evaluation, counties, issues: [note, ...evaluation.issues] };
}
