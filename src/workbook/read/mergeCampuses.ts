import { schoolRecord } from "../../engine/schoolRecord";
import { STAGES, type BlankCells, type FieldKey, type Fields, type Issue, type SchoolRecord, type Sourced, type Stage } from "../../engine/types";
import type { CampusCell, RowRecord } from "./readSchoolRows";
import { isMainCampus, sameCampus } from "./campusColumn";
import { issueAtCell } from "./issue";
import { foldText } from "./text";
import { schoolOfSection } from "./rowParts";
import { townshipNames } from "./townshipNames";
import { campusNotes } from "./campusNotes";

/** Name endings that say what kind of school it is, not which one (for matching a campus to its school). */
const KIND_SUFFIX = /([(（][^)）]*[)）])?(九年一贯制学校|十二年一贯制学校|完全中学|初级中学|中心小学|中心学校|中心校|小学|中学|学校|初中|教学点)$/;
/** Fields that do not add up across campuses: the largest class is the larger one. */
const MAXIMA: ReadonlySet<FieldKey> = new Set<FieldKey>(["largestClass"]);

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

/**
 * The school a 不计校数 campus belongs to (rules.md §2 "Scope"): among the counted rows before it
 * in the same county and stage, the one whose full name the campus name starts with (the longest
 * such name), else the one whose name without its kind word (小学, 中学, 学校…) starts it; the
 * nearer row wins a tie. Returns the index in `accepted`, or -1.
 *
 * @example accepted ["城关小学", "实验小学"], campus "实验小学东校区" → 1
 */
export function parentIndex(accepted: readonly SchoolRecord[], campus: SchoolRecord): number {
  let best = -1;
  let bestScore = 0;
  accepted.forEach((parent, i) => {
    const score = compatible(parent, campus) ? prefixScore(parent, campus) : 0;
    if (score > 0 && score >= bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function addSourced(key: FieldKey, a: Sourced | undefined, b: Sourced | undefined): Sourced | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  // A maximum is one cell's value: it is cited where it stands (the parent's on a tie).
  if (MAXIMA.has(key)) return b.value > a.value ? b : a;
  // The cells either campus took as 0 stay named on the sum, whose parent's cell stands for them (Sourced.assumedZeros).
  const zeros = [...(a.assumedZeros ?? []), ...(b.assumedZeros ?? [])];
  return zeros.length === 0 ? { value: a.value + b.value, cell: a.cell } : { value: a.value + b.value, cell: a.cell, assumedZeros: zeros };
}

/** Field by field sum (largest class: the larger, at its own cell); a sum keeps the parent's cell as its address. */
export function addFields(a: Fields, b: Fields): Fields {
  const out: Partial<Record<FieldKey, Sourced>> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<FieldKey>) {
    const v = addSourced(key, a[key], b[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function addStageFields(a: SchoolRecord, b: SchoolRecord): Partial<Record<Stage, Fields>> | undefined {
  if (a.stageFields === undefined && b.stageFields === undefined) return undefined;
  const out: Partial<Record<Stage, Fields>> = {};
  for (const stage of ["primary", "junior"] as const) {
    const x = a.stageFields?.[stage];
    const y = b.stageFields?.[stage];
    if (x !== undefined || y !== undefined) out[stage] = addFields(x ?? {}, y ?? {});
  }
  return out;
}

/**
 * The blank cells of a merged school: a field still without a value after the sum keeps the
 * parent's cell (else the campus's); a field that one of the two gave has none — but for the
 * boarders, whose entry says a count was given and not read (a blank one is none, left out by
 * rowFields): the sum of the other's count is not the school's, so the entry stays.
 *
 * @example parent { backboneTeachers: "S!J7" }, campus 4 backbone teachers → {}
 * @example parent 100 boarders, campus { boardingStudents: "S!F8" } (约50) → { boardingStudents: "S!F8" }
 */
export function mergeBlankCells(fields: Fields, a: BlankCells | undefined, b: BlankCells | undefined): BlankCells {
  const out: BlankCells = {};
  for (const [key, cell] of Object.entries({ ...b, ...a }) as [FieldKey, string][]) if (fields[key] === undefined || key === "boardingStudents") out[key] = cell;
  return out;
}

function blankPart(fields: Fields, a: BlankCells | undefined, b: BlankCells | undefined): { blankCells?: BlankCells } {
  const cells = mergeBlankCells(fields, a, b);
  return Object.keys(cells).length > 0 ? { blankCells: cells } : {};
}

function mergeStageBlankCells(stageFields: Partial<Record<Stage, Fields>> | undefined, a: SchoolRecord, b: SchoolRecord): Pick<SchoolRecord, "stageBlankCells"> {
  const out: Partial<Record<Stage, BlankCells>> = {};
  for (const stage of ["primary", "junior"] as const) {
    const cells = blankPart(stageFields?.[stage] ?? {}, a.stageBlankCells?.[stage], b.stageBlankCells?.[stage]).blankCells;
    if (cells !== undefined) out[stage] = cells;
  }
  return Object.keys(out).length > 0 ? { stageBlankCells: out } : {};
}

function merged(parent: SchoolRecord, campus: SchoolRecord): SchoolRecord {
  const stageFields = addStageFields(parent, campus);
  const fields = addFields(parent.fields, campus.fields);
  const { blankCells: _b, stageBlankCells: _s, ...rest } = parent;
  const blanks = { ...blankPart(fields, parent.blankCells, campus.blankCells), ...mergeStageBlankCells(stageFields, parent, campus) };
  return schoolRecord(stageFields === undefined ? { ...rest, fields, ...blanks } : { ...rest, fields, stageFields, ...blanks });
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
  return { record: merged(school, row.record), issue };
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

/**
 * Merges 不计校数 campuses into their schools by adding their numbers (an orphan campus stays a
 * record of its own, with a warning), and rows of a kept school's name naming another campus in a
 * 校区 column (isOtherCampus: an info issue at the 校区 cell; an error and not added when its numbers
 * copy a campus already added, sameNumbers), then drops a row giving no 乡镇 for a name borne in two
 * or more 乡镇 (an error: which school is unknown) and a second row of the same
 * county + name + stage + 乡镇 (an error at its name cell; the first row is kept). A combined
 * school's whole-school row after its section rows is dropped with an error naming the first
 * section (the sections are read); a section row after its school's whole-school row, with an
 * error naming the whole row (sectionOfWholeIssue): the same school twice, whichever comes first;
 * each only
 * within one 乡镇 (findSchool: 乡镇 alike, or one of them blank), as for a plain duplicate. Schools of one name kept from different
 * townships are then named with their township (townshipNames); schools whose names differ only
 * by a campus ending are noted (campusNotes).
 */
export function mergeCampuses(rows: readonly RowRecord[]): { records: SchoolRecord[]; issues: Issue[] } {
  const records: SchoolRecord[] = [];
  const cells: string[] = [];
  const townships: (string | null)[] = [];
  const issues: Issue[] = [];
  // The first record of each name (county, name, stage) by 乡镇, as findSchool matches them: a scan per row would make large sheets quadratic.
  const firstName = firstOfSchool();
  // The first section read of each school (东山学校 on the 小学 sheet, 东山学校（初中部）) by 乡镇: its whole-school row on a 九年一贯制 sheet repeats it.
  const firstSection = firstOfSchool();
  // The first whole-school row of each school (东方学校 with its stages' columns) by 乡镇: a section row of it further down repeats it.
  const firstWhole = firstOfSchool();
  // The 校区 cells and rows of each kept record, the first its own: another campus of the same name is added to it.
  const campuses: KeptCampus[][] = [];
  // The 乡镇 written for each name (county, name, stage), for a row that gives none.
  const namedTownships = new Map<string, string[]>();
  for (const { record, nameCell, township, campus } of rows) {
    const parent = record.flags.notCounted === true ? parentIndex(records, record) : -1;
    const target = records[parent];
    if (target !== undefined) {
      records[parent] = merged(target, record);
      issues.push(issueAtCell("read_campus_merged", "info", nameCell, { name: record.name, parent: target.name, parentCell: cells[parent] ?? "" }));
      continue;
    }
    if (record.flags.notCounted === true) issues.push(issueAtCell("read_campus_orphan", "warning", nameCell, { name: record.name }));
    const name = nameKey(record);
    const town = foldText(township ?? "");
    const blank = town === "";
    const school = `${record.county ?? ""}|${foldText(schoolOfSection(record.name))}`;
    const sameName = findSchool(firstName, name, town);
    const wholeOf = sameName === undefined && record.stage === null ? findSchool(firstSection, school, town) : undefined;
    if (wholeOf !== undefined) {
      issues.push(issueAtCell("read_duplicate_whole_school", "error", nameCell, { name: record.name, first: cells[wholeOf] ?? "" }));
      continue;
    }
    const sectionOf = sameName === undefined && record.stage !== null ? findSchool(firstWhole, school, town) : undefined;
    if (sectionOf !== undefined) {
      issues.push(sectionOfWholeIssue(record.name, nameCell, records[sectionOf]?.name ?? "", cells[sectionOf] ?? ""));
      continue;
    }
    const townshipsOfName = namedTownships.get(name) ?? [];
    if (blank && townshipsOfName.length > 1) {
      issues.push(ambiguousIssue(record.name, nameCell, townshipsOfName, cells[sameName ?? -1] ?? ""));
      continue;
    }
    const first = sameName ?? -1;
    const [kept, keptCampuses] = [records[first], campuses[first] ?? []];
    if (kept !== undefined && campus !== undefined && isOtherCampus(keptCampuses.map((c) => c.cell), campus)) {
      const added = addCampus(kept, keptCampuses, { record, campus });
      records[first] = added.record;
      issues.push(added.issue);
      continue;
    }
    if (first >= 0) {
      issues.push(issueAtCell("read_duplicate_school", "error", nameCell, { name: record.name, first: cells[first] ?? "" }));
      continue;
    }
    addSchool(firstName, name, town, records.length);
    addSchool(record.stage === null ? firstWhole : firstSection, school, town, records.length);
    namedTownships.set(name, addTownship(townshipsOfName, township));
    records.push(record);
    campuses.push(campus === undefined ? [] : [{ cell: campus, record }]);
    cells.push(nameCell);
    townships.push(township ?? null);
  }
  const kept = records.map((record, i) => ({ record, nameCell: cells[i] ?? "", township: townships[i] ?? null }));
  const named = townshipNames(kept);
  return { records: named.records, issues: [...issues, ...campusNotes(kept), ...named.issues] };
}
