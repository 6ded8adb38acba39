import { basename, dirname, extname } from "node:path";
import { sameCounty } from "../engine";
import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import { isTotalLabel } from "../workbook/read/totalLabel";

/** The issue (a note) that says a workbook's county was taken from its folder or file name. */
export const COUNTY_FROM_FOLDER = "cli_county_from_folder";

/** The issue (a warning) that says a batch's workbook names no county anywhere, nor does its path. */
export const COUNTY_UNNAMED = "cli_county_unnamed";

/**
 * The county a batch's workbook is filed under: its file's name (青石县.xlsx, 青石县2024年.xlsx) or
 * its folder's (青石县/七项指标统计表.xlsx), a name that begins with a county's name and level word.
 * A folder ending in 市 is taken for the city holding the counties, never for the county itself
 * (广元市/学校基本情况.xlsx: null; 某市/青石县.xlsx: 青石县): a prefecture and a county-level city
 * (广汉市) cannot be told apart by name. Where folder and file name two counties, nothing is left
 * to go by (青石县/白马县.xlsx: null). Spaces are dropped, as in 河口 县.
 * @example folderCounty("/某市/青石县/七项指标统计表.xlsx") // "青石县"; folderCounty("/某市/统计/学校综合表.xlsx") // null
 */
export function folderCounty(input: string): string | null {
  const [file, folder] = namedBy(input);
  if (file === null) return folder;
  return folder === null || sameCounty(folder, file) ? file : null;
}

/** The counties a path's file name and its folder's name give (null where one gives none), the city's folder (countyFolder) giving none. */
function namedBy(input: string): [file: string | null, folder: string | null] {
  return [countyName(basename(input, extname(input))), countyFolder(input)?.county ?? null];
}

/**
 * The path's folder as a name a county may be known by: its name, and the county it begins with
 * (null when none, 南湖/ or 统计/); null where the folder is the city's — its name begins with a
 * name ending in 市 and no county follows (广元市/, 广元市教育局/, 青州市2/; not 利州区/ nor
 * 广元市利州区/). The one rule of the batch's folders: folderCounty takes the county from it, and
 * the note on a workbook naming no county (batchNotes countyBegun) looks for a county's stem in its name.
 * @example countyFolder("/广元市教育局/学校.xlsx") // null; countyFolder("/广元市/利州区/学校.xlsx") // { name: "利州区", county: "利州区" }; countyFolder("/青州市/南湖/学校.xlsx") // { name: "南湖", county: null }
 */
export function countyFolder(input: string): { readonly name: string; readonly county: string | null } | null {
  const name = basename(dirname(input));
  const county = countyName(name);
  return county?.endsWith("市") === true ? null : { name, county };
}

/**
 * Every county a path names, by folderCounty's rule (its file's name first, then its folder's; one
 * where both name it), for a batch to point out a workbook holding another county's schools
 * (北山县-学校基本情况.xlsx holding 南湖区's): the one rule of which county a path names.
 * @example pathCounties("/某市/青石县/白马县.xlsx") // ["白马县", "青石县"]; pathCounties("/某市/东湖县2024年学校基本情况.xlsx") // ["东湖县"]
 */
export function pathCounties(input: string): string[] {
  const [file, folder] = namedBy(input);
  if (file !== null && folder !== null && sameCounty(file, folder)) return [file];
  return [file, folder].flatMap((c) => (c === null ? [] : [c]));
}

/** A county's name and level word at the start of a name (青石县2024年 → 青石县); not 全县 / 本区 nor a school district (第一学区) or a 工作区. */
const COUNTY_AT_START = /^([\u4e00-\u9fff]{1,10}?(?:自治县|自治旗|县|区|旗|市))/;
const NOT_A_COUNTY = /^(全|本|各|该|每)|(学|片|工作|校|社|小|园|景)区$|^(城|市|郊|老|新)区$/;

/**
 * One character and 市 followed by 区 or 市: a county-level name holding 市 (沙市区 of 荆州, 西市区 of 营口,
 * 新市区 of 乌鲁木齐, 津市市 of 常德), not a city's name, which has two characters or more before its 市
 * (荆州市区 is the city's own area). COUNTY_AT_START stops at the first 市, taking 沙市区 for 沙市.
 */
const ONE_CHARACTER_CITY = /^[\u4e00-\u9fff]市$/;
const LEVEL_AFTER_MARKET = /^[区市]/;

/**
 * The county-level name at the start of `joined` (COUNTY_AT_START), whole where it holds a 市
 * (ONE_CHARACTER_CITY: 沙市区, not 沙市); 市中区 and 市北区 are whole already (their 市 comes first).
 * @example countyAtStart("沙市区2024年") // "沙市区"; countyAtStart("荆州市沙市区") // "荆州市"
 */
function countyAtStart(joined: string): string | undefined {
  const found = COUNTY_AT_START.exec(joined)?.[1];
  if (found === undefined || !ONE_CHARACTER_CITY.test(found)) return found;
  return LEVEL_AFTER_MARKET.test(joined.slice(found.length)) ? joined.slice(0, found.length + 1) : found;
}

/** The county a name begins with; after a city's name, the county that follows it (广元市青川县学校 → 青川县, 荆州市沙市区 → 沙市区). */
function countyName(name: string): string | null {
  const joined = name.replace(/\s+/g, "");
  if (isTotalLabel(joined)) return null;
  const found = countyAtStart(joined);
  if (found === undefined || NOT_A_COUNTY.test(found)) return null;
  const after = found.endsWith("市") ? countyName(joined.slice(found.length)) : null;
  return after ?? found;
}

/** Whether the workbook names no county anywhere: no school row, title or county figure does. */
function namesNoCounty(input: EvaluationInput): boolean {
  return input.records.every((r) => r.county === null) && input.countyFigures.every((f) => f.county === null);
}

/** Whether the evaluation is of one workbook naming no county at all (namesNoCounty), with a county evaluated. */
function unnamedThroughout(evaluation: Evaluation, input: EvaluationInput): boolean {
  return namesNoCounty(input) && evaluation.counties.length > 0 && evaluation.counties.every((c) => c.county === null);
}

/**
 * The evaluation of a batch's workbook that names no county, nor does its file or folder name
 * (folderCounty null), with a warning first among its issues: in a city's overview it stands as
 * （未注明县区）, a row of its own counted apart from every county, and before this nothing said so
 * (南湖-补充.xlsx titled 南湖2024年…, beside 南湖区.xlsx, made "6 个县区" of a city of five).
 * A warning, not a note: the batch's operator sees it counted in the workbook's 数据警告.
 * @example withUnnamedWarning(evaluation of counties [null], input with no county).issues[0] // { code: "cli_county_unnamed", severity: "warning", cell: null, params: {} }
 */
export function withUnnamedWarning(evaluation: Evaluation, input: EvaluationInput): Evaluation {
  if (!unnamedThroughout(evaluation, input)) return evaluation;
  const warning: Issue = { code: COUNTY_UNNAMED, severity: "warning", cell: null, params: {} };
  return { ...evaluation, issues: [warning, ...evaluation.issues] };
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
  if (!unnamedThroughout(evaluation, input)) return evaluation;
  const named = <T extends { readonly county: string | null }>(items: readonly T[]): T[] => items.map((x) => ({ ...x, county }));
  const counties = evaluation.counties.map((c) => ({ ...c, county, sections: named(c.sections), coefficients: named(c.coefficients), schoolGuarantee: named(c.schoolGuarantee) }));
  const note: Issue = { code: COUNTY_FROM_FOLDER, severity: "info", cell: null, params: { county } };
  return { ...evaluation, counties, issues: [note, ...evaluation.issues] };
}
