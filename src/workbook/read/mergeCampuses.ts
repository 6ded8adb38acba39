import { STAGES, type FieldKey, type Fields, type Issue, type SchoolRecord } from "../../engine/types";
import type { CampusCell, RowRecord } from "./readSchoolRows";
import { isMainCampus, sameCampus } from "./campusColumn";
import { issueAtCell } from "./issue";
import { foldText } from "./text";
import { schoolOfSection } from "./rowParts";
import { townshipNames } from "./townshipNames";
import { campusNotes } from "./campusNotes";
import { mergedRecord } from "./mergedRecord";

/** Name endings that say what kind of school it is, not which one (for matching a campus to its school). */
const KIND_SUFFIX = /([(（][^)）]*[)）])?(九年一贯制学校|十二年一贯制学校|完全中学|初级中学|中心小学|中心学校|中心校|小学|中学|学校|初中|教学点)$/;

function stem(name: string): string {
  return foldText(name).replace(KIND_SUFFIX, "");
}

function compatible(parent: SchoolRecord, campus: SchoolRecord): boolean {
  const sameStage = parent.stage === null || campus.stage === null || parent.stage === campus.stage;
  return parent.county === campus.county && sameStage && parent.flags.notCounted !== true;
}

/** How well a school's name heads the campus name: its full name (best), its stem (≥ 2 characters), or not at all (0). */
function prefixScore(parent: SchoolRecord, campus: SchoolRecord): number {
  const c = foldText(campus.name);
  if (c.startsWith(foldText(parent.name))) return 1000 + foldText(parent.name).length;
  const s = stem(parent.name);
  return s.length >= 2 && c.startsWith(s) ? s.length : 0;
}

/** A campus of 乡镇 `campus` may belong to a school of 乡镇 `parent` when they are alike or either is not given (folded). */
function sameTownship(parent: string | null | undefined, campus: string | undefined): boolean {
  return !parent || !campus || foldText(parent) === foldText(campus);
}

/**
 * The school a 不计校数 campus belongs to (rules.md §2 "Scope"): among the counted rows before it
 * in the same county, stage and 乡镇 (when both give one: two 中心小学 of 甲乡 and 乙乡 are two
 * schools), the one whose full name the campus name starts with (the longest such name), else the
 * one whose name without its kind word (小学, 中学, 学校…) starts it; the nearer row wins a tie.
 * `townships` are the accepted rows' 乡镇, index by index. Returns the index in `accepted`, or -1.
 *
 * @example accepted ["城关小学", "实验小学"], campus "实验小学东校区" → 1
 */
export function parentIndex(accepted: readonly SchoolRecord[], campus: SchoolRecord, place: { readonly townships?: readonly (string | null)[]; readonly township?: string | undefined } = {}): number {
  let best = -1;
  let bestScore = 0;
  accepted.forEach((parent, i) => {
    const score = compatible(parent, campus) && sameTownship(place.townships?.[i], place.township) ? prefixScore(parent, campus) : 0;
    if (score > 0 && score >= bestScore) [best, bestScore] = [i, score];
  });
  return best;
}


/**
 * Whether a row of a kept school's name is another campus of it (rules.md §2 "Scope": a campus
 * belongs to its school): both sheets give a 校区 column and the row's campus is none read yet for
 * that school. A blank 校区 is a campus of its own (the main one) beside a named one, so two blank
 * ones, a blank and 本部 (sameCampus: one main campus), or a row without the column, repeat the school.
 *
 * @example kept campuses ["北校区"], row 南校区 → true; row 北校区 → false; row without a 校区 column → false
 */
export function isOtherCampus(kept: readonly CampusCell[], campus: CampusCell | undefined): boolean {
  return campus !== undefined && kept.length > 0 && kept.every((c) => !sameCampus(c.text, campus.text));
}

function nonZero(fields: Fields): number {
  return Object.values(fields).filter((f) => f !== undefined && f.value !== 0).length;
}

/** Every field on either record is on both with the same value (cells aside). */
function sameFields(a: Fields, b: Fields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<FieldKey>;
  return [...keys].every((k) => a[k] !== undefined && a[k].value === b[k]?.value);
}

/**
 * Two rows giving numbers, every one of them (per stage too) the same, at least two of them other
 * than 0: a row copied and only its 校区 changed, not a second campus to add (two campuses alike in
 * every count are far rarer than a copy, and adding a copy would double the school unseen). One
 * number alike, or zeros alike, is too little to call a copy.
 *
 * @example 一小 北校区 500 students, 30 teachers; 一小 南校区 500, 30 → true; 南校区 500, 31 → false
 */
export function sameNumbers(a: SchoolRecord, b: SchoolRecord): boolean {
  return nonZero(a.fields) + STAGES.reduce((n, s) => n + nonZero(a.stageFields?.[s] ?? {}), 0) >= 2 && sameFields(a.fields, b.fields) && STAGES.every((s) => sameFields(a.stageFields?.[s] ?? {}, b.stageFields?.[s] ?? {}));
}

/** Same county, name and stage; with the township (FirstOfSchool) two 中心小学 of different townships are two schools. */
function nameKey(record: SchoolRecord): string {
  return `${record.county ?? ""}|${foldText(record.name)}|${record.stage ?? "whole"}`;
}

/** A campus row added to the school read first, said at the row's 校区 cell; a first row with a blank 校区 (or 本部…) is the main campus, said so rather than as “”. */
function campusIssue(name: string, campus: CampusCell | undefined, kept: readonly CampusCell[]): Issue {
  const parent = kept[0];
  const code = isMainCampus(parent?.text ?? "") ? "read_campus_rows_merged_main" : "read_campus_rows_merged";
  return issueAtCell(code, "info", campus?.cell ?? null, { name, campus: campus?.text ?? "", parentCampus: parent?.text ?? "", parentCell: parent?.cell ?? "" });
}

/** A campus added to a kept school: its 校区 cell and its own row's numbers (sameNumbers compares a later row with them). */
interface KeptCampus {
  readonly cell: CampusCell;
  readonly record: SchoolRecord;
}

/** A campus row whose numbers repeat a campus already added: an error at its 校区 cell, the row not read; a copy of the main campus is said as such, in the message's own language. */
function copiedIssue(name: string, campus: CampusCell, other: CampusCell): Issue {
  const code = isMainCampus(other.text) ? "read_campus_rows_copied_main" : "read_campus_rows_copied";
  return issueAtCell(code, "error", campus.cell, { name, campus: campus.text, otherCampus: other.text, otherCell: other.cell });
}

/**
 * A campus row added to its school (`kept` grows by it), or, when its numbers copy a campus already
 * added (sameNumbers), the school as it was: the issue saying which.
 */
function addCampus(school: SchoolRecord, kept: KeptCampus[], row: { readonly record: SchoolRecord; readonly campus: CampusCell }): { record: SchoolRecord; issue: Issue } {
  const copy = kept.find((c) => sameNumbers(c.record, row.record));
  if (copy !== undefined) return { record: school, issue: copiedIssue(row.record.name, row.campus, copy.cell) };
  const issue = campusIssue(row.record.name, row.campus, kept.map((c) => c.cell));
  kept.push({ cell: row.campus, record: row.record });
  return { record: mergedRecord(school, row.record), issue };
}

/** The 乡镇 written for kept schools of one name, each once (folded), as written. */
function addTownship(list: string[], township: string | undefined): string[] {
  const t = township ?? "";
  return t === "" || list.some((x) => foldText(x) === foldText(t)) ? list : [...list, t];
}

/** A row giving no 乡镇 for a name that schools of two or more 乡镇 bear: which one is meant is unknown. */
function ambiguousIssue(name: string, nameCell: string, townships: readonly string[], first: string): Issue {
  return issueAtCell("read_school_township_ambiguous", "error", nameCell, { name, townships: townships.join("、"), first });
}

/**
 * A section row (东方学校（小学部）) of a school whose whole-school row was read before it, its stages
 * with it: the same school again, as a plain duplicate is (README "Values": duplicate school names are
 * errors at their cell), so an error at the row's name cell naming the whole row, the row not read.
 */
function sectionOfWholeIssue(name: string, nameCell: string, school: string, first: string): Issue {
  return issueAtCell("read_duplicate_school_section", "error", nameCell, { name, school, first });
}

/**
 * The first record of each school (its name without a section suffix) or of each name (nameKey),
 * told apart by 乡镇: two 中心学校 of 甲乡 and 乙乡 are two schools, one of them written whole and
 * the other as 学部 rows. One rule for plain duplicates and for a school's sections (findSchool).
 */
interface FirstOfSchool {
  /** By county | school | folded 乡镇 ("" when the row gave none). */
  readonly own: Map<string, number>;
  /** By county | school, whatever the 乡镇. */
  readonly any: Map<string, number>;
}

function firstOfSchool(): FirstOfSchool {
  return { own: new Map(), any: new Map() };
}

/**
 * The school's first record a row of that school repeats, as for a plain duplicate: a row giving a
 * 乡镇 matches that 乡镇's record or one given without; a row giving none, the first in any 乡镇.
 *
 * @example 中心学校 kept in 甲乡; row 中心学校（小学部） of 乙乡 → undefined; of 甲乡, or without a 乡镇 → its index
 */
function findSchool(index: FirstOfSchool, school: string, township: string): number | undefined {
  return township === "" ? index.any.get(school) : (index.own.get(`${school}|${township}`) ?? index.own.get(`${school}|`));
}

function addSchool(index: FirstOfSchool, school: string, township: string, at: number): void {
  if (!index.own.has(`${school}|${township}`)) index.own.set(`${school}|${township}`, at);
  if (!index.any.has(school)) index.any.set(school, at);
}

/** What mergeCampuses keeps while it reads the rows: one state, so that each rule is a function of it and the row. */
interface MergeState {
  /** The records kept so far; `cells`, `townships` and `campuses` go with them index by index. */
  readonly records: SchoolRecord[];
  /** Each kept record's name cell. */
  readonly cells: string[];
  /** Each kept record's 乡镇 as written (null when its row gave none). */
  readonly townships: (string | null)[];
  readonly issues: Issue[];
  /** The first record of each name (county, name, stage) by 乡镇, as findSchool matches them: a scan per row would make large sheets quadratic. */
  readonly firstName: FirstOfSchool;
  /** The first section read of each school (东山学校 on the 小学 sheet, 东山学校（初中部）) by 乡镇: its whole-school row on a 九年一贯制 sheet repeats it. */
  readonly firstSection: FirstOfSchool;
  /** The first whole-school row of each school (东方学校 with its stages' columns) by 乡镇: a section row of it further down repeats it. */
  readonly firstWhole: FirstOfSchool;
  /** The 校区 cells and rows of each kept record, the first its own: another campus of the same name is added to it. */
  readonly campuses: KeptCampus[][];
  /** The 乡镇 written for each name (county, name, stage), for a row that gives none. */
  readonly namedTownships: Map<string, string[]>;
}

/** The state before the first row: nothing kept, no issue. */
function mergeState(): MergeState {
  return { records: [], cells: [], townships: [], issues: [], firstName: firstOfSchool(), firstSection: firstOfSchool(), firstWhole: firstOfSchool(), campuses: [], namedTownships: new Map() };
}

/** A counted row's keys into the state's indexes, worked out once for every rule after the campus merge. */
interface RowKeys {
  /** nameKey: county | name | stage. */
  readonly name: string;
  /** The row's 乡镇, folded ("" when it gave none). */
  readonly town: string;
  /** County | the school's name without a section suffix (schoolOfSection). */
  readonly school: string;
  /** The first record of the row's name that the row repeats (findSchool), if any. */
  readonly sameName: number | undefined;
}

/** The keys of a row, so that the rules agree on which school it names. */
function rowKeys(state: MergeState, record: SchoolRecord, township: string | undefined): RowKeys {
  const name = nameKey(record);
  const town = foldText(township ?? "");
  const school = `${record.county ?? ""}|${foldText(schoolOfSection(record.name))}`;
  return { name, town, school, sameName: findSchool(state.firstName, name, town) };
}

/**
 * Merges a 不计校数 campus into its school by adding its numbers (parentIndex; an info issue at its
 * name cell); an orphan campus stays a record of its own, with a warning, and goes on to the other rules.
 */
function mergeIntoParent(state: MergeState, { record, nameCell, township }: RowRecord): boolean {
  if (record.flags.notCounted !== true) return false;
  const parent = parentIndex(state.records, record, { townships: state.townships, township });
  const target = state.records[parent];
  if (target === undefined) {
    state.issues.push(issueAtCell("read_campus_orphan", "warning", nameCell, { name: record.name }));
    return false;
  }
  state.records[parent] = mergedRecord(target, record);
  state.issues.push(issueAtCell("read_campus_merged", "info", nameCell, { name: record.name, parent: target.name, parentCell: state.cells[parent] ?? "" }));
  return true;
}

/**
 * A combined school's whole-school row after its section rows is dropped with an error naming the
 * first section (the sections are read): the same school twice; only within one 乡镇 (findSchool:
 * 乡镇 alike, or one of them blank), as for a plain duplicate.
 */
function dropWholeAfterSections(state: MergeState, { record, nameCell }: RowRecord, keys: RowKeys): boolean {
  const wholeOf = keys.sameName === undefined && record.stage === null ? findSchool(state.firstSection, keys.school, keys.town) : undefined;
  if (wholeOf === undefined) return false;
  state.issues.push(issueAtCell("read_duplicate_whole_school", "error", nameCell, { name: record.name, first: state.cells[wholeOf] ?? "" }));
  return true;
}

/**
 * A section row after its school's whole-school row is dropped with an error naming the whole row
 * (sectionOfWholeIssue): the same school twice, whichever comes first; only within one 乡镇
 * (findSchool), as for a plain duplicate.
 */
function dropSectionAfterWhole(state: MergeState, { record, nameCell }: RowRecord, keys: RowKeys): boolean {
  const sectionOf = keys.sameName === undefined && record.stage !== null ? findSchool(state.firstWhole, keys.school, keys.town) : undefined;
  if (sectionOf === undefined) return false;
  state.issues.push(sectionOfWholeIssue(record.name, nameCell, state.records[sectionOf]?.name ?? "", state.cells[sectionOf] ?? ""));
  return true;
}

/** Drops a row giving no 乡镇 for a name borne in two or more 乡镇 (an error: which school is unknown). */
function dropAmbiguousTownship(state: MergeState, { record, nameCell }: RowRecord, keys: RowKeys): boolean {
  const townships = state.namedTownships.get(keys.name) ?? [];
  if (keys.town !== "" || townships.length <= 1) return false;
  state.issues.push(ambiguousIssue(record.name, nameCell, townships, state.cells[keys.sameName ?? -1] ?? ""));
  return true;
}

/**
 * Adds a row of a kept school's name naming another campus in a 校区 column to that school
 * (isOtherCampus: an info issue at the 校区 cell; an error and not added when its numbers copy a
 * campus already added, sameNumbers).
 */
function addOtherCampus(state: MergeState, { record, campus }: RowRecord, keys: RowKeys): boolean {
  const first = keys.sameName ?? -1;
  const [kept, keptCampuses] = [state.records[first], state.campuses[first] ?? []];
  if (kept === undefined || campus === undefined || !isOtherCampus(keptCampuses.map((c) => c.cell), campus)) return false;
  const added = addCampus(kept, keptCampuses, { record, campus });
  state.records[first] = added.record;
  state.issues.push(added.issue);
  return true;
}

/** Drops a second row of the same county + name + stage + 乡镇 (an error at its name cell; the first row is kept). */
function dropDuplicate(state: MergeState, { record, nameCell }: RowRecord, keys: RowKeys): boolean {
  if (keys.sameName === undefined) return false;
  state.issues.push(issueAtCell("read_duplicate_school", "error", nameCell, { name: record.name, first: state.cells[keys.sameName] ?? "" }));
  return true;
}

/** Keeps a row no rule took: a school of its own, indexed so that later rows can repeat or join it. */
function keepRow(state: MergeState, { record, nameCell, township, campus }: RowRecord, keys: RowKeys): void {
  const at = state.records.length;
  addSchool(state.firstName, keys.name, keys.town, at);
  addSchool(record.stage === null ? state.firstWhole : state.firstSection, keys.school, keys.town, at);
  state.namedTownships.set(keys.name, addTownship(state.namedTownships.get(keys.name) ?? [], township));
  state.records.push(record);
  state.campuses.push(campus === undefined ? [] : [{ cell: campus, record }]);
  state.cells.push(nameCell);
  state.townships.push(township ?? null);
}

/** The rules after the campus merge, in the order they are tried: the first that takes a row ends it. */
const ROW_RULES: readonly ((state: MergeState, row: RowRecord, keys: RowKeys) => boolean)[] = [dropWholeAfterSections, dropSectionAfterWhole, dropAmbiguousTownship, addOtherCampus, dropDuplicate];

/** One row through the rules in order, kept when none takes it. */
function takeRow(state: MergeState, row: RowRecord): void {
  if (mergeIntoParent(state, row)) return;
  const keys = rowKeys(state, row.record, row.township);
  if (!ROW_RULES.some((rule) => rule(state, row, keys))) keepRow(state, row, keys);
}

/**
 * The kept schools: those of one name kept from different townships are named with their township
 * (townshipNames); schools whose names differ only by a campus ending are noted (campusNotes).
 */
function keptSchools(state: MergeState): { records: SchoolRecord[]; issues: Issue[] } {
  const kept = state.records.map((record, i) => ({ record, nameCell: state.cells[i] ?? "", township: state.townships[i] ?? null }));
  const named = townshipNames(kept);
  return { records: named.records, issues: [...state.issues, ...campusNotes(kept), ...named.issues] };
}

/**
 * Merges 不计校数 campuses into their schools (mergeIntoParent), then, row by row, drops a combined
 * school's whole-school row after its sections (dropWholeAfterSections) and a section row after its
 * whole-school row (dropSectionAfterWhole), a row giving no 乡镇 for a name borne in two or more 乡镇
 * (dropAmbiguousTownship), adds another campus of a kept school named in a 校区 column
 * (addOtherCampus), drops a second row of the same school (dropDuplicate) and keeps the rest;
 * finally names and notes the kept schools (keptSchools).
 */
export function mergeCampuses(rows: readonly RowRecord[]): { records: SchoolRecord[]; issues: Issue[] } {
  const state = mergeState();
  for (const row of rows) takeRow(state, row);
  return keptSchools(state);
}
