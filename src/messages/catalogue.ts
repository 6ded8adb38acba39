import { ADDIN_ISSUE_MESSAGES } from "./addinIssueMessages";
import { ADDIN_MESSAGES } from "./addinMessages";
import { BUCKET_LABELS } from "./bucketLabels";
import { CLI_MESSAGES } from "./cliMessages";
import { ENGINE_MESSAGES } from "./engineMessages";
import { GUARANTEE_MESSAGES } from "./guaranteeMessages";
import { HELP_MESSAGES } from "./helpMessages";
import { LABELS } from "./labels";
import { inSentence } from "./inSentence";
import { clauseText, listText, SEPARATOR_MESSAGES } from "./listText";
import { needsText, pendingItemsText } from "./needsText";
import { neededHeadersText } from "./neededHeaders";
import { OFFICE_MESSAGES } from "./officeMessages";
import { PROFILE_MESSAGES } from "./profileMessages";
import { READER_MESSAGES } from "./readerMessages";
import { settingsText } from "./settingMeaning";
import { REASON_MESSAGES } from "./reasonMessages";
import { WRITER_MESSAGES } from "./writerMessages";
import type { FrontEnd, Lang, Message, MessageTable } from "./types";
import { OVERVIEW_NEEDS_MESSAGES } from "./overviewNeedsMessages";
import { readValueText } from "./readValueText";

/**
 * The one message catalogue: every user-facing text, keyed by code. Each area of the code keeps
 * its table in its own file; they are joined here, and a code defined twice is a programming error.
 */
const TABLES: readonly MessageTable[] = [LABELS, WRITER_MESSAGES, CLI_MESSAGES, GUARANTEE_MESSAGES, ENGINE_MESSAGES, ADDIN_MESSAGES, ADDIN_ISSUE_MESSAGES, READER_MESSAGES, OFFICE_MESSAGES, PROFILE_MESSAGES, SEPARATOR_MESSAGES, REASON_MESSAGES, BUCKET_LABELS, HELP_MESSAGES, OVERVIEW_NEEDS_MESSAGES];

function join(tables: readonly MessageTable[]): ReadonlyMap<string, Message> {
  const map = new Map<string, Message>();
  for (const table of tables) {
    for (const [code, message] of Object.entries(table)) {
      if (map.has(code)) throw new Error(`message code defined twice: ${code}`);
      map.set(code, message);
    }
  }
  return map;
}

export const CATALOGUE: ReadonlyMap<string, Message> = join(TABLES);

/**
 * The text for `code` in `lang` with `{name}` placeholders filled.
 * An unknown code returns the code itself, so that a missing entry is visible, never blank.
 * An issue that counts something carries the number as `params.count`: when it is 1 and the
 * catalogue has `<code>_one`, that singular form is taken. Issues are shown by their code and
 * params wherever they are listed (the issues sheet, the JSON, the pane, the CLI), so the one place
 * that sees every one of them chooses; a text the code builds itself says what it counts with
 * countMessage, whatever its number is called (`{n}` is not counted here: 全市合计's
 * “{rows} rows ({n} counties …)” takes its form from one of two numbers, and only its caller knows which).
 *
 * @example message("scope_small_teaching_point", { min: 50 }, "en") // "Teaching point under 50 students: out of scope"
 * @example message("read_hidden_rows_skipped", { sheet: "表", count: 1, rows: "3" }, "en") // "1 hidden or filtered-out school row of “表” was not read: row 3. To read it, unhide it or clear the filter in Excel (command line: --include-hidden)"
 * @example message("read_hidden_rows_skipped", { sheet: "表", count: 1, rows: "3" }, "en", "addin") // "… row 3. To read it, unhide it or clear the filter in Excel, and evaluate again"
 */
export function message(code: string, params: Readonly<Record<string, string | number>> = {}, lang: Lang = "zh", front: FrontEnd = "cli"): string {
  const own = frontCode(code, front);
  const one = `${own}_one`;
  const entry = CATALOGUE.get(params.count === 1 && CATALOGUE.has(one) ? one : own);
  if (!entry) return code;
  return entry[lang].replace(/\{(\w+)(?::(lower|lowerItems))?\}/g, (whole, name: string, lower: string | undefined) => {
    const v = params[name];
    const text = name in DERIVED ? DERIVED[name]?.(params, lang) : v === undefined ? undefined : paramText(name, v, lang);
    if (text === undefined) return unfilled(code, whole);
    return lower === undefined ? text : inSentence(text, lower === "lowerItems");
  });
}

/**
 * The code whose text `front` says for `code`: the add-in's own (`addin_<code>`, addinIssueMessages.ts)
 * where the text names the command line's ways and the add-in has its own, else the code itself.
 * @example frontCode("read_hidden_rows_skipped", "addin") // "addin_read_hidden_rows_skipped"; frontCode("read_no_rows", "addin") // "read_no_rows"
 */
function frontCode(code: string, front: FrontEnd): string {
  const own = `addin_${code}`;
  return front === "addin" && CATALOGUE.has(own) ? own : code;
}

/**
 * Placeholders filled from other params, not from one of their own: `{fieldHeader}` from the header
 * and field, `{fieldMap}` (the field as --map takes it: fieldMapText), `{stageColumn}` (a stage's header of the field: stageColumnText), `{pendingHeaders}` (a header recognised for each field lacked) from `pendingItems`,
 * `{itemTitle}` from the item code `item`, `{readValue}` (the number a text was read as, a percentage when typed as one: readValueText) from `value` and `text`, `{ofCounties}` (（甲县）, or nothing) from `counties`, `{settingNames}` (a 规则 row's names of the setting paths in `paths`: settingsText), and `{profileProblem}` — a profile's reason, by its code —
 * worded with the same params, as a reason may name more (profile_item_key_typo: the key meant);
 * `{fromRows}` from `first` and `last`, `{rowList}` and `{hiddenRowList}` from `rows` and `hiddenRows` (rows in a sentence, in the singular for one),
 * `{seniorRowList}` from `rows` (the senior high schools there, one or several).
 */
const DERIVED: Readonly<Record<string, (params: Readonly<Record<string, string | number>>, lang: Lang) => string | undefined>> = {
  fieldHeader: fieldHeaderText,
  profileProblem: (params, lang) => (params.profileProblem === undefined ? undefined : message(`profile_reason_${params.profileProblem}`, params, lang)),
  itemTitle: (params, lang) => (params.item === undefined ? undefined : itemTitle(String(params.item), lang)),
  pendingHeaders: (params, lang) => (params.pendingItems === undefined ? undefined : neededHeadersText(String(params.pendingItems), lang)),
  fieldMap: fieldMapText,
  stageColumn: stageColumnText,
  settingNames: (params, lang) => (params.paths === undefined ? undefined : settingsText(String(params.paths), lang)),
  readValue: (params, lang) => (params.value === undefined ? undefined : readValueText(params.value, params.text, lang)),
  // The rows a total is compared with (totalRowChecks): from `first` down to it, or, for a total above them, `first` to `last`.
  // Only first and last: message() would take a `_one` form for the issue's own count of columns.
  fromRows: (params, lang) => (params.first === undefined ? undefined : message(fromRowsCode(params), { first: params.first, ...(params.last === undefined ? {} : { last: params.last }) }, lang)),
  // Rows named in a sentence, “row 9” or “rows 9, 12–14” (read_row_list): `rows`, or a total's hidden rows `hiddenRows`.
  rowList: (params, lang) => rowListText(params.rows, lang),
  hiddenRowList: (params, lang) => rowListText(params.hiddenRows, lang),
  // The senior high schools a plain total may count or not (read_total_row_mismatch_open): `rows`, as the one school or the several.
  seniorRowList: (params, lang) => rowListText(params.rows, lang, "read_senior_row_list"),
  // The counties hidden school rows are of (read_hidden_rows_skipped's `counties`), after the sheet; nothing when not known.
  ofCounties: (params, lang) => (params.counties === undefined ? "" : lang === "zh" ? `（${String(params.counties)}）` : ` (${String(params.counties)})`),
};

/**
 * `{fromRows}`'s words: from row `first` down (a total under its rows), or rows `first`–`last` (a total above them, which says where they end).
 * @example fromRowsCode({ first: 5 }) // "read_rows_from"; fromRowsCode({ first: 5, last: 7 }) // "read_rows_span"; fromRowsCode({ first: 5, last: 5 }) // "read_rows_span_one"
 */
function fromRowsCode(params: Readonly<Record<string, string | number>>): string {
  if (params.last === undefined) return "read_rows_from";
  return params.last === params.first ? "read_rows_span_one" : "read_rows_span";
}

/**
 * Rows kept as rowRanges writes them (9, 12–14、20), named in a sentence: one row alone in the
 * singular (read_row_list_one), the list with the language's separator; `code` another list's words (read_senior_row_list). Undefined without rows.
 * @example rowListText("9", "en") // "row 9"; rowListText("9、12–14", "en") // "rows 9, 12–14"; rowListText("9", "zh") // "第 9 行"
 */
function rowListText(rows: string | number | undefined, lang: Lang, code = "read_row_list"): string | undefined {
  if (rows === undefined) return undefined;
  return message(/^\d+$/.test(String(rows)) ? `${code}_one` : code, { rows }, lang);
}

/**
 * `{stageColumn}`: a header the reader takes for the field of one stage (`params.field` of
 * `params.stage`), in Chinese in either language, as the sheet must write it: what a combined
 * school adds when it gives a teachers' number only for the whole school (combined_whole_school_only).
 * @example message("combined_whole_school_only", { field: "backboneTeachers", stage: "junior", … }, "en") // "…per-stage columns (e.g. 初中县级及以上骨干教师数)…"
 */
function stageColumnText(params: Readonly<Record<string, string | number>>): string | undefined {
  const [stage, field] = [CATALOGUE.get(`stage_${String(params.stage)}`), CATALOGUE.get(`field_${String(params.field)}`)];
  return stage === undefined || field === undefined ? undefined : `${stage.zh}${field.zh}`;
}

/**
 * `{fieldMap}`: the field (`params.field`, with `params.stage` when given) as `--map` takes it: by
 * its Chinese label in Chinese, by its key in English, where the label holds spaces the command
 * line would split.
 * @example message("read_column_near_field", { field: "teachingArea", stage: "primary", column: "N", … }, "zh") // "…--map 教学及辅助用房面积（小学）=N…"; in English "…--map teachingArea@primary=N…"
 */
function fieldMapText(params: Readonly<Record<string, string | number>>, lang: Lang): string | undefined {
  if (params.field === undefined) return undefined;
  const [field, stage] = [String(params.field), params.stage === undefined ? null : String(params.stage)];
  if (lang === "zh") return columnRoleLabel({ field, stage, part: null }, lang);
  return stage === null ? field : `${field}@${stage}`;
}

/**
 * An item code with its name: G3 alone, at the head of a line in a list of problems, reads as the
 * cell G3 (a header cell of most school sheets). A code without a name stays as it is.
 * @example itemTitle("G3", "zh") // "G3 音乐、美术专用教室"
 */
function itemTitle(code: string, lang: Lang): string {
  const name = CATALOGUE.get(`item_${code}`);
  return name === undefined ? code : `${code} ${name[lang]}`;
}

let strictParams = false;

/**
 * Makes a placeholder left unfilled a misuse error (true) or keeps it visible in the text (false,
 * the default: a missing parameter then shows rather than vanishing). For tests that render whole
 * workbooks and must find no text still holding "{name}".
 * @example throwOnUnfilled(true); message("scope_small_teaching_point", {}, "en") // throws: no parameter for {min}
 */
export function throwOnUnfilled(on: boolean): void {
  strictParams = on;
}

function unfilled(code: string, placeholder: string): string {
  if (strictParams) throw new Error(`message ${code}: no parameter for ${placeholder}`);
  return placeholder;
}

/**
 * The parameters `code`'s text in `lang` names (its `{name}` placeholders), so that a caller can
 * tell whether the params it holds fill it; none for an unknown code.
 * @example placeholdersOf("scope_small_teaching_point", "en") // ["min"]
 */
export function placeholdersOf(code: string, lang: Lang): string[] {
  const text = CATALOGUE.get(code)?.[lang] ?? "";
  return [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1] ?? "");
}

/**
 * `{fieldHeader}`: a column as the reader of the message can find it. In Chinese the header as the
 * sheet has it (`params.header`), which is what the user looks for; in English the field the reader
 * took the column for, by the label the 列对应关系 table gives it with its part, its stage after a
 * comma (read_field_stage: the header's brackets follow, and two pairs in a row read badly), and the
 * header in brackets, since a Chinese header alone does not say which field is meant. A column with
 * no recognised field (`params.field` absent or unknown: a county figure's row) keeps the header alone.
 * A county figure's row gives its item text as `params.item` instead of a header. Undefined without
 * either, so that the placeholder stays visible.
 * @example message("read_negative", { header: "初中在校生", field: "students", stage: "junior", text: "-5" }, "en") // "Students, junior secondary (初中在校生): -5 is negative; not read"
 */
function fieldHeaderText(params: Readonly<Record<string, string | number>>, lang: Lang): string | undefined {
  // A county figure's row is named by its item (read_figure_bad_value), a column by its header.
  const header = params.header ?? params.item;
  if (header === undefined) return undefined;
  const label = lang === "zh" ? null : readLabel(params, lang);
  return label === null ? oneLine(String(header)) : `${label} (${oneLine(String(header))})`;
}

/**
 * What the reader took a cell's column or row for: a school sheet's field (with its stage and part), or a county item (`countyItem`,
 * named by `itemLabel` where the row covers more than that code: a stage-less G7 row read for both stages); null when neither is known.
 */
function readLabel(params: Readonly<Record<string, string | number>>, lang: Lang): string | null {
  const { field, stage, part, itemLabel } = params;
  const countyItem = itemLabel ?? params.countyItem;
  if (field !== undefined && CATALOGUE.has(`field_${String(field)}`)) {
    const label = fieldPartLabel(String(field), part === undefined ? null : String(part), lang);
    return stage === undefined ? label : message("read_field_stage", { field: label, stageInText: stage }, lang);
  }
  const item = countyItem === undefined ? undefined : CATALOGUE.get(`county_${String(countyItem)}`);
  return item === undefined ? null : item[lang];
}

/**
 * A column's role as the 列对应关系 table names it: the field's label, with its part (本科…) and
 * stage; an unknown field by its key. One wording for the mapping table and `--map`; the data
 * issues' {fieldHeader} puts the stage after a comma instead (readLabel), as the header's brackets follow it.
 * @example columnRoleLabel({ field: "students", stage: "junior", part: null }, "en") // "Students (Junior secondary)"
 */
export function columnRoleLabel(role: { readonly field: string; readonly stage: string | null; readonly part: string | null }, lang: Lang): string {
  const field = fieldPartLabel(role.field, role.part, lang);
  return role.stage === null ? field : message("out_mapping_field_stage", { field, stage: role.stage }, lang);
}

/**
 * A field's label with its part (本科…), as the pane names it (addin_field_part); an unknown field by its key.
 * @example fieldPartLabel("qualifiedTeachers", "bachelor", "en") // "Teachers qualified above the required level: bachelor's degree"
 */
function fieldPartLabel(key: string, part: string | null, lang: Lang): string {
  const code = `field_${key}`;
  const own = CATALOGUE.has(code) ? message(code, {}, lang) : key;
  return part === null ? own : message("addin_field_part", { field: own, part: message(`addin_part_${part}`, {}, lang) }, lang);
}

/**
 * Parameters that hold a code (a field key, a stage, a school type, a verdict, a county or veto
 * item, the kind of value expected, why a profile setting was refused) are shown by their label, not the raw key; the first prefix
 * with a label wins. `indicator` stays a code (L1–L7): statisticians name the indicators by code,
 * and the full indicator titles would swamp one-line messages.
 */
const LABELLED_PARAMS: Readonly<Record<string, readonly string[]>> = {
  field: ["field_"],
  otherField: ["field_"],
  // A part of a field of parts (partFix.ts): 体育, 音乐美术合计.
  missingPart: ["addin_part_"],
  takenPart: ["addin_part_"],
  // A county figure's value in a message: a yes / no one by its word (true → 是), a number as it is.
  figureValue: ["figure_"],
  otherValue: ["figure_"],
  stage: ["stage_"],
  missingStage: ["stage_"],
  // A stage inside a sentence (read_field_stage): "junior secondary", not the heading form "Junior secondary".
  stageInText: ["read_stage_in_text_"],
  // The type a school of both stages would be given (read_single_stage_other_stage): 九年一贯制学校, or 十二年一贯制学校 for a 完全中学.
  wholeType: ["read_whole_type_"],
  type: ["type_"],
  countyVerdict: ["verdict_"],
  schoolVerdict: ["verdict_"],
  countyItem: ["county_", "veto_"],
  // The other part of a two-part item (read_figure_two_parts: 骨干教师占交流轮岗比例 beside the rotation rate).
  secondItem: ["county_", "veto_"],
  // An item by its name (G3 → 音乐、美术专用教室), beside its code.
  itemName: ["item_"],
  expected: ["kind_"],
  baseUnit: ["unit_"],
  // The unit a cell was typed in, when it does not fit its column (read_unit_mismatch: 20间 → rooms).
  typedUnit: ["unit_"],
};

/**
 * Parameters that hold a list: how their items are joined in the parameter (field keys and
 * indicator codes by commas, as issues keep codes; school names by 、, as they are Chinese) and the
 * label prefix of their items, if any. Shown item by item, labelled, with the list separator of the language.
 * @example message("read_columns_missing", { sheet: "表", fieldList: "students,teachingArea" }, "en") // "… no column for: Students, Teaching and auxiliary floor area; …"
 * @example message("guarantee_school_data_partial", { schools: "甲小学、乙小学", … }, "en") // "… (甲小学, 乙小学)"
 */
interface ListParam {
  readonly split: string | RegExp;
  readonly prefix: string | null;
  /** How an item reads in English, where it differs from the form the issue keeps. */
  readonly en?: (item: string) => string;
  /** How an item reads in either language (before `en`), where it differs from the form the issue keeps. */
  readonly each?: (item: string, lang: Lang) => string;
  /** Items that hold commas themselves (3,044 / 2,064) are joined as clauses (；, "; "), not as a list. */
  readonly clauses?: true;
}
const LIST_PARAMS: Readonly<Record<string, ListParam>> = {
  fieldList: { split: ",", prefix: "field_" },
  schools: { split: "、", prefix: null },
  // Sheets named each by itself (rangeNoHeader.ts), not run together as one name; quoted, as a sheet named alone is (a name may hold spaces), in curly quotes in either language, as every quoted name is.
  sheetList: { split: "、", prefix: null, each: (item) => `“${item}”` },
  // Sheet rows and runs of them (rowRanges: 7–12、14), 、 in Chinese, a comma in English; a bare count of rows stays as it is.
  rows: { split: "、", prefix: null },
  // Cell addresses, as the reader lists them (columnNotes.ts, rotationFigures.ts) before it knows the language.
  cells: { split: "、", prefix: null },
  // Codes (L1,L2), written with or without a space after the comma: one space in English, none around 、.
  indicators: { split: ",", prefix: null, each: (item) => item.trim() },
  // School sections, one per line as `school@stage` (missingColumnGroups.ts): a school's name may hold a 、 or a comma itself.
  sections: { split: "\n", prefix: null, each: sectionText },
  // Schools with the row of each, one per line as `school@row` or `school@sheet!row` (schoolPlaces.ts): a school's name may hold a 、 itself.
  schoolRows: { split: "\n", prefix: null, each: schoolRowText },
  // Paths, one per line: a file or folder name may hold a space, a comma or a 、 itself.
  paths: { split: "\n", prefix: null },
  folderPaths: { split: "\n", prefix: null },
  // Unread columns, one per line (列 and header): a header may hold a 、 or a comma itself. Chinese sets the quote against the letter (G“…”), English a space between (G “…”).
  // Split only before a column letter and its quote: a header that wraps (Alt+Enter) holds a line break itself.
  unreadColumns: { split: /\n(?=[A-Z]{1,3}“)/, prefix: null, each: (item) => oneLine(item), en: (item) => item.replace(/^([A-Z]+)“/, "$1 “") },
  // Bare degree columns left unread after a 教职工 column, and the teachers' degree columns L1 reads instead (read_bare_degrees_staff), written as unreadColumns.
  staffDegreeColumns: { split: /\n(?=[A-Z]{1,3}“)/, prefix: null, each: (item) => oneLine(item), en: (item) => item.replace(/^([A-Z]+)“/, "$1 “") },
  degreeColumns: { split: /\n(?=[A-Z]{1,3}“)/, prefix: null, each: (item) => oneLine(item), en: (item) => item.replace(/^([A-Z]+)“/, "$1 “") },
  // A total row's columns that disagree (totalIssue.ts, totalRowSides.ts, ownershipGroupIssue.ts), each `D“在校生数” 3,532 / 3,432`: its numbers hold commas, so clauses.
  totalColumns: { split: /\n(?=[A-Z]{1,3}“)/, prefix: null, each: (item) => oneLine(item), en: (item) => item.replace(/^([A-Z]+)“/, "$1 “"), clauses: true },
};

/**
 * A school section kept as `school@stage`, as a list names it: the school, its stage in brackets.
 * @example sectionText("城关小学@primary", "zh") // "城关小学（小学）"; in English "城关小学 (primary)"
 */
function sectionText(item: string, lang: Lang): string {
  const at = item.lastIndexOf("@");
  return at < 0 ? item : message("out_section_in_list", { school: item.slice(0, at), stage: item.slice(at + 1) }, lang);
}

/**
 * A school of a `schoolRows` list with its row (schoolRowItem): the row alone when on the sheet of
 * the note's cell, else with its sheet; a name without a row (none after its @) as it is.
 * @example schoolRowText("城关小学@5", "zh") // "城关小学（第5行）"; in English "城关小学 (row 5)"
 * @example schoolRowText("城关小学@学校综合表!5", "zh") // "城关小学（学校综合表 第5行）"
 */
function schoolRowText(item: string, lang: Lang): string {
  const at = item.lastIndexOf("@");
  if (at < 0) return item;
  const school = item.slice(0, at);
  const place = item.slice(at + 1);
  if (place === "") return school;
  const bang = place.lastIndexOf("!");
  if (bang < 0) return message("out_school_at_row", { school, row: place }, lang);
  return message("out_school_at_sheet_row", { school, sheet: place.slice(0, bang), row: place.slice(bang + 1) }, lang);
}

function listParamText(value: string | number, { split, prefix, en, each, clauses }: ListParam, lang: Lang): string {
  const items = String(value)
    .split(split)
    .map((item) => (each === undefined ? item : each(item, lang)))
    .map((item) => (lang === "en" && en !== undefined ? en(item) : item));
  // Codes may be written with a space after the comma, and an unknown one stays as written; names are shown as they are.
  const shown = prefix === null ? items : items.map((c) => c.trim()).filter((c) => c !== "").map((c) => labelInList(CATALOGUE.get(`${prefix}${c}`)?.[lang], c, lang));
  return clauses ? clauseText(shown, lang) : listText(shown, lang);
}

/**
 * A code's label in a list of labels, quoted when it holds the list separator itself, so that one
 * field does not read as two (未找到：县级及以上骨干教师数、“体育、艺术专任教师数”); text with no label
 * (an unknown code, or words a caller put there) as it is.
 * @example labelInList("体育、艺术专任教师数", "peArtTeachers", "zh") // "“体育、艺术专任教师数”"; labelInList(undefined, "学校名称、在校生数", "zh") // "学校名称、在校生数"
 */
function labelInList(label: string | undefined, item: string, lang: Lang): string {
  if (label === undefined) return item;
  return label.includes(SEPARATOR_MESSAGES.out_sep_list[lang]) ? `“${label}”` : label;
}

/**
 * A source row as a person reads it: `学校基本情况!12` (a sheet and a row, not a cell) is shown as
 * 学校基本情况 第12行 / 学校基本情况 row 12; anything else as given.
 * @example rowText("学校基本情况!12", "zh") // "学校基本情况 第12行"
 */
export function rowText(value: string, lang: Lang): string {
  const m = /^(.+)!(\d+)$/.exec(value);
  const entry = CATALOGUE.get("out_source_row");
  return m === null || entry === undefined ? value : entry[lang].replace("{sheet}", m[1] ?? "").replace("{row}", m[2] ?? "");
}

/**
 * Parameters that quote a header cell as the sheet has it (`{fieldHeader}` takes `header`): shown
 * on one line (oneLine). The unread columns' headers are made so item by item (LIST_PARAMS).
 */
const HEADER_PARAMS: ReadonlySet<string> = new Set(["header", "otherHeader", "overlapHeader"]);

/**
 * A header's text on one line: a header cell that wraps (Alt+Enter), or holds a tab, a
 * non-breaking or a full-width space, would otherwise break the message it is quoted in; each run
 * of whitespace becomes one space, none at either end.
 * @example oneLine("在校\n生数\u00a0（人）") // "在校 生数 （人）"
 */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function paramText(name: string, value: string | number, lang: Lang): string {
  if (name === "row" && typeof value === "string") return rowText(value, lang);
  if (HEADER_PARAMS.has(name)) return oneLine(String(value));
  // What an item left 待评估 lacks (needsParam): needs, their options and fields wanted together.
  if (name === "needs") return needsText(String(value), lang);
  if (name === "pendingItems") return pendingItemsText(String(value), lang);
  const list = LIST_PARAMS[name];
  if (list !== undefined) return listParamText(value, list, lang);
  const label = (LABELLED_PARAMS[name] ?? []).map((prefix) => CATALOGUE.get(`${prefix}${value}`)).find((l) => l !== undefined);
  return label ? label[lang] : String(value);
}
