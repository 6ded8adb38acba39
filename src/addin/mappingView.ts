import { FIELD_KEYS, STAGES, type Stage } from "../engine/types";
import { CATALOGUE, message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { columnLetters } from "../workbook/address";
import { META_KEYS, type Part } from "../workbook/read/keys";
import { fixKey, type FixRole } from "../workbook/read/matchColumns";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { headerAt, type FixHeaders } from "./fixHeaders";
import { mappingExtent } from "../workbook/read/mappingExtent";

/** One column of the data range as the pane lists it. */
export interface MappingRow {
  readonly column: number;
  /** Column letters, e.g. `D`. */
  readonly address: string;
  readonly header: string;
  /** What the reader takes the column for (field or meta key, stage, part), or null when it is not used. */
  readonly role: FixRole | null;
  /** Multiplier to the engine's unit: 10000 for a 万元 column, 1 otherwise. */
  readonly unitFactor: number;
  /** The unit the factor comes from as the sheet states it (万元, 万平方米, 亩), or null. */
  readonly unit: string | null;
}

export interface MappingView {
  readonly rows: readonly MappingRow[];
  readonly missing: readonly string[];
  /** The table read, from the header's first row to the last school row over the header's columns, e.g. `学校!A3:K40`. */
  readonly extent: string | null;
  /** 1-based sheet rows of the header. */
  readonly headerRows: { readonly first: number; readonly last: number } | null;
}

const EMPTY: MappingView = { rows: [], missing: [], extent: null, headerRows: null };

/**
 * The reader's ColumnMapping as rows for the pane, in sheet order: each recognised column with its
 * role and unit factor, each other header column as not used; plus where the table was read.
 *
 * @example mappingView({ sheet: "学校", headerRows: { top: 2, bottom: 2 }, dataRows: { top: 3, bottom: 39 }, columns: [{ column: 1, field: "students", stage: "junior", … }], unmatched: [{ column: 0, header: "序号" }], missing: [] })
 * // { rows: [{ column: 0, role: null, … }, { column: 1, role: { key: "students", stage: "junior", part: null }, … }], extent: "学校!A3:B40", headerRows: { first: 3, last: 3 } }
 */
export function mappingView(mapping: ColumnMapping | null): MappingView {
  if (mapping === null) return EMPTY;
  const matched = mapping.columns.map((c): MappingRow => {
    const role = { key: c.field, stage: c.stage, part: c.part } as FixRole;
    return { column: c.column, address: columnLetters(c.column), header: c.header, role, unitFactor: c.unitFactor, unit: c.unit };
  });
  const unused = mapping.unmatched.map((u): MappingRow => ({ column: u.column, address: columnLetters(u.column), header: u.header, role: null, unitFactor: 1, unit: null }));
  const rows = [...matched, ...unused].sort((a, b) => a.column - b.column);
  const headerRows = { first: mapping.headerRows.top + 1, last: mapping.headerRows.bottom + 1 };
  return { rows, missing: [...mapping.missing], extent: mappingExtent(mapping), headerRows };
}

/** Which field each part adds up to (rules.md §2: L1 from the degree breakdown, L2 from the levels, L3 from the subjects). */
const PART_FIELDS: Readonly<Record<Part, string>> = {
  associateUp: "qualifiedTeachers",
  bachelorUp: "qualifiedTeachers",
  graduate: "qualifiedTeachers",
  bachelor: "qualifiedTeachers",
  associate: "qualifiedTeachers",
  levelNational: "backboneTeachers",
  levelProvince: "backboneTeachers",
  levelCity: "backboneTeachers",
  levelCounty: "backboneTeachers",
  levelProvinceCity: "backboneTeachers",
  levelProvinceUp: "backboneTeachers",
  levelCityUp: "backboneTeachers",
  pe: "peArtTeachers",
  music: "peArtTeachers",
  art: "peArtTeachers",
  arts: "peArtTeachers",
  musicArt: "peArtTeachers",
};

/** A field option's value: its role key without a stage (the stage has a list of its own). */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

function keyLabel(key: string, lang: Lang): string {
  return CATALOGUE.has(`field_${key}`) ? message(`field_${key}`, {}, lang) : key;
}

/** What a column can be given, labelled in `lang`: each meta and field key, and each part of a sum after its field. */
export function fieldOptions(lang: Lang): FieldOption[] {
  return [...META_KEYS, ...FIELD_KEYS].flatMap((key) => {
    const parts = (Object.keys(PART_FIELDS) as Part[]).filter((p) => PART_FIELDS[p] === key);
    const own = { value: key, label: keyLabel(key, lang) };
    const partOptions = parts.map((part) => ({ value: fixKey({ key, stage: null, part }), label: message("addin_field_part", { field: key, part: message(`addin_part_${part}`, {}, lang) }, lang) }));
    return [own, ...partOptions];
  });
}

/** Whether a key can be per stage (numeric fields can; a school's name or type cannot). */
export function takesStage(key: string): boolean {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

/** The stage list of a row: none, then each stage. */
export function stageOptions(lang: Lang): { value: "" | Stage; label: string }[] {
  return [{ value: "" as const, label: message("addin_mapping_stage_none", {}, lang) }, ...STAGES.map((s) => ({ value: s, label: message(`stage_${s}`, {}, lang) }))];
}

/**
 * A unit factor as the pane shows it, with the unit the sheet states: 按万元读取（×10000）, 按万平方米读取（×10000）,
 * 按亩读取（×666.67） (10000 ÷ 15, to two decimals: the pane names the unit, the reader keeps the exact factor);
 * nothing for a column read as it is.
 *
 * @example unitText(10000, "万平方米", "zh") // "按万平方米读取（×10000）"
 * @example unitText(10000, "万元", "en") // "read in 万元 (×10000)"
 */
export function unitText(factor: number, unit: string | null, lang: Lang): string {
  if (factor === 1) return "";
  const shown = Math.round(factor * 100) / 100;
  return unit === null ? message("addin_mapping_unit_factor", { factor: shown }, lang) : message("addin_mapping_unit_stated", { unit, factor: shown }, lang);
}

/** The user's corrections: a column per role (fixKey), the columns set to not used, and the header each of those columns showed (fixHeaders.ts). */
export interface PaneFixes {
  readonly fixes: Readonly<Record<string, number>>;
  readonly ignored: readonly number[];
  /** Absent in settings saved before headers were kept (those fixes are applied unchecked); always given back by withFix and the like. */
  readonly headers?: FixHeaders;
}

/** The headers of the columns still fixed or ignored. */
function keptHeaders(headers: FixHeaders, fixes: Readonly<Record<string, number>>, ignored: readonly number[]): FixHeaders {
  const columns = new Set([...Object.values(fixes), ...ignored].map(String));
  return Object.fromEntries(Object.entries(headers).filter(([column]) => columns.has(column)));
}

/**
 * The corrections after the user chose `role` for `column` (null: not used), `header` being what
 * the column showed. A role lives in one column, so choosing it again elsewhere moves it; the
 * role's stage and part are part of it, so choosing 在校生数（小学） for one column leaves
 * 在校生数（初中） in its own.
 *
 * @example withFix({ fixes: { "students@primary": 3 }, ignored: [] }, 5, { key: "students", stage: "primary", part: null }, "小学生数") // { fixes: { "students@primary": 5 }, ignored: [], headers: { "5": "小学生数" } }
 * @example withFix({ fixes: {}, ignored: [] }, 4, null) // { fixes: {}, ignored: [4], headers: {} }
 */
export function withFix(current: PaneFixes, column: number, role: FixRole | null, header?: string): PaneFixes {
  const fixes: Record<string, number> = Object.fromEntries(Object.entries(current.fixes).filter(([, c]) => c !== column));
  let ignored = current.ignored.filter((c) => c !== column);
  if (role === null) ignored = [...ignored, column].sort((a, b) => a - b);
  else fixes[fixKey(role)] = column;
  const headers = header === undefined ? current.headers ?? {} : { ...current.headers, [String(column)]: header };
  return { fixes, ignored, headers: keptHeaders(headers, fixes, ignored) };
}

/** The corrections without those of `columns` (fixes chosen for headers that have moved away). */
export function withoutColumns(current: PaneFixes, columns: readonly number[]): PaneFixes {
  const fixes = Object.fromEntries(Object.entries(current.fixes).filter(([, c]) => !columns.includes(c)));
  const ignored = current.ignored.filter((c) => !columns.includes(c));
  return { fixes, ignored, headers: keptHeaders(current.headers ?? {}, fixes, ignored) };
}

/**
 * The corrections with the header of each fixed or ignored column that has none recorded (settings
 * saved before headers were kept) taken from `mapping`, a read the user has just evaluated.
 */
export function withHeadersFrom(current: PaneFixes, mapping: ColumnMapping): PaneFixes {
  const columns = [...Object.values(current.fixes), ...current.ignored];
  const found = Object.fromEntries(columns.map((c) => [String(c), headerAt(mapping, c)]));
  return { fixes: current.fixes, ignored: current.ignored, headers: keptHeaders({ ...found, ...current.headers }, current.fixes, current.ignored) };
}
