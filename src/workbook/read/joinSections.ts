import { SHARED_FIELDS } from "../../engine/indicatorMeta";
import { schoolRecord } from "../../engine/schoolRecord";
import type { BlankCells, FieldKey, Fields, Issue, SchoolRecord, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt, issueAtCell } from "./issue";
import type { ColumnRole } from "./keys";
import { mergeAt } from "./mergeIndex";
import { rowRanges } from "./rowRanges";
import { parseCellNumber } from "./parseCellNumber";
import { valueAt } from "./rowMeta";
import { cellText, foldText } from "./text";
import type { RowRecord } from "./readSchoolRows";
import { sameCampus } from "./campusColumn";
import { partOf, rowOf, schoolOfSection } from "./rowParts";
import { retypeJoined } from "./retypeJoined";
import { mergedNameNotSections, sectionsNamedIssue, sectionsUnderMergedName, sectionsUnderRepeatedName } from "./mergedNameSections";

/** The numbers the resource indicators take by stage (rules.md §2: teachers by the stage they teach). */
const PER_STAGE: ReadonlySet<FieldKey> = new Set<FieldKey>(["students", "qualifiedTeachers", "backboneTeachers", "peArtTeachers"]);
const SHARED: ReadonlySet<FieldKey> = new Set(SHARED_FIELDS);

/** A row that may start a school's group of rows: a section or senior part, counted as a school, with a name left once the suffix is dropped. */
function mayGroup(r: RowRecord): boolean {
  return partOf(r) !== null && r.record.flags.notCounted !== true && schoolOfSection(r.record.name) !== "";
}

/**
 * Whether `b` is another part of the school whose rows `group` holds: right under its last row, a
 * part the group lacks, the same county, counted, and the same name once the suffix is dropped
 * (城关学校（小学部） / 城关学校（初中部）, 二中（初中部） / 二中（高中部）, or one name merged over the rows).
 */
function joins(group: readonly RowRecord[], b: RowRecord): boolean {
  const [first, last] = [group[0], group[group.length - 1]];
  if (first === undefined || last === undefined || !mayGroup(b) || rowOf(b) !== rowOf(last) + 1) return false;
  if (group.some((r) => partOf(r) === partOf(b)) || b.record.county !== first.record.county) return false;
  return foldText(schoolOfSection(b.record.name)) === foldText(schoolOfSection(first.record.name));
}

/** The rows from `i` on that are parts of one school (joins): the row alone when it starts none. */
function groupAt(rows: readonly RowRecord[], i: number): RowRecord[] {
  const first = rows[i];
  if (first === undefined) return [];
  const group = [first];
  if (!mayGroup(first)) return group;
  for (let next = rows[i + 1]; next !== undefined && group.length < 3 && joins(group, next); next = rows[i + group.length]) group.push(next);
  return group;
}

/** A group that is one school's parts: both stages, a junior section with the senior part, or all three; a senior part beside a primary section alone is not. */
function isSchool(group: readonly RowRecord[]): boolean {
  const parts = new Set(group.map(partOf));
  return group.length >= 2 && (parts.has("junior") || !parts.has("senior"));
}

/** The field columns (without a stage) whose cell is one merged area over exactly `top`..`bottom`, by key. */
function mergedKeys(grid: Grid, roles: readonly ColumnRole[], top: number, bottom: number): Map<FieldKey, ColumnRole> {
  const out = new Map<FieldKey, ColumnRole>();
  for (const r of roles) {
    const box = r.stage === null && !out.has(r.key as FieldKey) ? mergeAt(grid, top, r.column) : undefined;
    if (box !== undefined && box.top === top && box.bottom === bottom) out.set(r.key as FieldKey, r);
  }
  return out;
}

function pick<T extends object>(from: T | undefined, keys: ReadonlySet<FieldKey>, keep: boolean): T {
  const out = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(from ?? {})) if (keys.has(k as FieldKey) === keep) out[k] = v;
  return out as T;
}

function nonEmpty(o: object): boolean {
  return Object.keys(o).length > 0;
}

/** The type of a school joined from its rows: 十二年一贯制 when a row says so or it has primary and senior parts, 完全中学 with a senior part, else 九年一贯制. */
function joinedType(group: readonly RowRecord[]): SchoolRecord["type"] {
  const parts = new Set(group.map(partOf));
  if (group.some((r) => r.record.type === "twelve_year") || (parts.has("primary") && parts.has("senior"))) return "twelve_year";
  return parts.has("senior") ? "complete_middle" : "nine_year";
}

/** The senior part's students as the school's `seniorStudents`, else the cell where they are missing. */
function seniorOf(senior: RowRecord | undefined): { fields: Fields; blankCells: BlankCells } {
  const students = senior?.record.fields.students;
  if (students !== undefined) return { fields: { seniorStudents: students }, blankCells: {} };
  const cell = senior?.record.blankCells?.students;
  return { fields: {}, blankCells: cell === undefined ? {} : { seniorStudents: cell } };
}

/**
 * A school's rows as one whole combined school, the form the engine splits (recordSections): the
 * merged values are the school's shared `fields`, each section row's other values its stage's
 * `stageFields`, and a senior part's students its `seniorStudents` (its other values are the senior
 * stage's, out of scope). A 十二年一贯制 stays one; 小学 and 初中 sections alone are a 九年一贯制, 初中 and
 * 高中 a 完全中学 (joinedType).
 */
function wholeSchool(group: readonly RowRecord[], keys: ReadonlySet<FieldKey>): SchoolRecord {
  const first = (group[0] as RowRecord).record;
  const stageFields: Partial<Record<Stage, Fields>> = {};
  const stageBlankCells: Partial<Record<Stage, BlankCells>> = {};
  for (const { record: r } of group.filter((g) => g.senior !== true)) {
    const stage = r.stage as Stage;
    stageFields[stage] = pick(r.fields, keys, false);
    const blanks = pick(r.blankCells, keys, false);
    if (nonEmpty(blanks)) stageBlankCells[stage] = blanks;
  }
  const senior = seniorOf(group.find((g) => g.senior === true));
  const blankCells = { ...pick(first.blankCells, keys, true), ...senior.blankCells };
  const { blankCells: _b, stageBlankCells: _s, ...rest } = first;
  const blanks = { ...(nonEmpty(blankCells) ? { blankCells } : {}), ...(nonEmpty(stageBlankCells) ? { stageBlankCells } : {}) };
  const fields = { ...pick(first.fields, keys, true), ...senior.fields };
  return schoolRecord({ ...rest, name: schoolOfSection(first.name), type: joinedType(group), stage: null, fields, stageFields, ...blanks });
}

/**
 * The issues of a joined group: one note at the first merged cell (said of the stages' rows, or with
 * the senior part among them), a warning at each merged per-stage count.
 */
function joinIssues(grid: Grid, top: number, name: string, merged: Map<FieldKey, ColumnRole>, withSenior: boolean): Issue[] {
  const roles = [...merged.values()].sort((a, b) => a.column - b.column);
  const first = roles[0];
  if (first === undefined) return [];
  const code = withSenior ? "read_parts_shared_merged" : "read_sections_shared_merged";
  const note = issueAt(code, "info", grid.sheet, top, first.column, { name, fieldList: roles.map((r) => r.key).join(",") });
  const perStage = roles.filter((r) => PER_STAGE.has(r.key as FieldKey)).map((r) => issueAt("read_sections_stage_value_merged", "warning", grid.sheet, top, r.column, { name, header: r.header }));
  return [note, ...perStage];
}

function blankAt(grid: Grid, row: number, column: number): boolean {
  return parseCellNumber(valueAt(grid, row, column), "measure").status === "blank";
}

/** A cell under a merged area: blank because the area keeps its value elsewhere (strayMerges says so). */
function inMerge(grid: Grid, row: number, column: number): boolean {
  return mergeAt(grid, row, column) !== undefined;
}

/**
 * A shared resource (areas, equipment, multimedia rooms) given on one row of a school and blank on
 * another, cells not merged: it may be the whole school's, but that is not guessed; a warning at
 * the blank cell says so, and the value stays with the row that gives it.
 */
function oneSectionOnly(grid: Grid, roles: readonly ColumnRole[], group: readonly RowRecord[], merged: ReadonlySet<FieldKey>): Issue[] {
  const issues: Issue[] = [];
  for (const role of roles) {
    const key = role.key as FieldKey;
    if (role.stage !== null || role.part !== null || !SHARED.has(key) || merged.has(key)) continue;
    for (const given of group) {
      const cell = qualified(grid.sheet, a1(rowOf(given), role.column));
      if (given.record.fields[key]?.cell !== cell) continue;
      for (const blank of group.filter((r) => r !== given && blankAt(grid, rowOf(r), role.column) && !inMerge(grid, rowOf(r), role.column))) {
        issues.push(issueAt("read_shared_value_one_section", "warning", grid.sheet, rowOf(blank), role.column, { name: blank.record.name, header: role.header, otherCell: cell }));
      }
    }
  }
  return issues;
}

/** A shared resource column (areas, equipment value, multimedia rooms): one number for the whole school. */
function sharedColumn(role: ColumnRole): boolean {
  return role.stage === null && role.part === null && SHARED.has(role.key as FieldKey);
}

/** The number a row's record took from `column` for `key` (undefined when it took none there). */
function valueIn(grid: Grid, r: RowRecord, key: FieldKey, column: number): number | undefined {
  const v = r.record.fields[key];
  return v !== undefined && v.cell === qualified(grid.sheet, a1(rowOf(r), column)) ? v.value : undefined;
}

/** Shared columns, not merged, that every row of a group fills: those with the same number (zero says nothing) and whether any differ. */
interface Repeats {
  readonly same: readonly ColumnRole[];
  readonly differ: boolean;
}

function repeats(grid: Grid, roles: readonly ColumnRole[], group: readonly RowRecord[], merged: ReadonlySet<FieldKey>): Repeats {
  const same: ColumnRole[] = [];
  let differ = false;
  for (const role of roles.filter((r) => sharedColumn(r) && !merged.has(r.key as FieldKey))) {
    const values = group.map((r) => valueIn(grid, r, role.key as FieldKey, role.column));
    if (values.some((v) => v === undefined)) continue;
    const x = values[0];
    if (values.some((v) => v !== x)) differ = true;
    else if (x !== 0) same.push(role);
  }
  return { same, differ };
}

/**
 * The issues of shared values typed again, at each later row's cell: read once for the whole school
 * when the group is joined by them, else each counted in full for every stage (other shared values differ).
 */
function repeatIssues(grid: Grid, group: readonly RowRecord[], same: readonly ColumnRole[], joined: boolean): Issue[] {
  const code = joined ? "read_sections_shared_repeated" : "read_sections_shared_repeated_partly";
  const [first, ...later] = group;
  if (first === undefined) return [];
  // Beside shared values that differ, a count alike on both rows (5 multimedia rooms each) is as
  // likely the sections' own as a copied total: only areas and money are too exact to coincide.
  const said = joined ? same : same.filter((r) => r.key !== "multimediaRooms");
  return later.flatMap((second) =>
    said.map((r) => {
      // The number as typed (120 under 万元), not as converted, so that the user finds it in the cell.
      const value = cellText(valueAt(grid, rowOf(second), r.column)) ?? "";
      const params = { name: schoolOfSection(first.record.name), header: r.header, value, otherCell: qualified(grid.sheet, a1(rowOf(first), r.column)) };
      return issueAt(code, "warning", grid.sheet, rowOf(second), r.column, params);
    }),
  );
}

/** Rows naming different campuses in a 校区 column (a blank one is the main campus). */
function otherCampuses(group: readonly RowRecord[]): boolean {
  const [a, ...rest] = group;
  return rest.some((b) => a?.campus !== undefined && b.campus !== undefined && !sameCampus(a.campus.text, b.campus.text));
}

/**
 * The shared keys a group is joined by: those merged over all its rows, and those typed with the same
 * number on each (a whole-school total copied onto each section row, which would otherwise count
 * twice) when no other shared value differs between the rows and the rows are not two campuses
 * (otherCampuses); issues for the repeated ones.
 */
function joinKeys(grid: Grid, roles: readonly ColumnRole[], group: readonly RowRecord[], merged: Map<FieldKey, ColumnRole>, issues: Issue[]): Map<FieldKey, ColumnRole> {
  // Two campuses are two sets of buildings: the same area on both is each one's own, not a total copied.
  if (otherCampuses(group)) return merged;
  const { same, differ } = repeats(grid, roles, group, new Set(merged.keys()));
  issues.push(...repeatIssues(grid, group, same, !differ));
  if (differ) return merged;
  const keys = new Map(merged);
  for (const r of same) keys.set(r.key as FieldKey, r);
  return keys;
}

/**
 * A merged value cell over rows that are not the rows of one joined school: the value stays with
 * the first row (the others read blank), which is said at the merged cell.
 */
function strayMerges(grid: Grid, roles: readonly ColumnRole[], rows: readonly RowRecord[], joined: ReadonlyMap<number, number>): Issue[] {
  const read = rows.map(rowOf).sort((a, b) => a - b);
  const issues: Issue[] = [];
  for (const m of grid.merges) {
    const covered = rowsWithin(read, m.top, m.bottom);
    const role = roles.find((r) => r.column >= m.left && r.column <= m.right);
    const ofPair = joined.get(m.top) === m.bottom;
    if (role === undefined || covered.length < 2 || ofPair || blankAt(grid, m.top, m.left)) continue;
    issues.push(issueAt("read_merged_across_rows", "warning", grid.sheet, m.top, m.left, { header: role.header, rows: rowRanges(covered) }));
  }
  return issues;
}

/** The rows of a sorted list within `top`..`bottom`: found by bisection, so every merge does not walk every row. */
function rowsWithin(sorted: readonly number[], top: number, bottom: number): number[] {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < top) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] ?? 0) <= bottom; i++) out.push(sorted[i] ?? 0);
  return out;
}

/**
 * A senior part's row left unjoined: out of scope, so no school of its own (its school's other rows
 * are read as they stand). A note when its rows each give their own shared values (`ownValues`:
 * nothing to merge); else a warning, for the rows may have been meant as one school's.
 */
function seniorAloneIssue(r: RowRecord, ownValues: boolean): Issue {
  const code = ownValues ? "read_senior_part_own_values" : "read_senior_part_alone";
  return issueAtCell(code, ownValues ? "info" : "warning", r.nameCell, { name: r.record.name });
}

/**
 * Whether an unjoined group is one school's rows that each give their own shared values: a shared
 * column filled on every row with numbers that differ (repeats), so no value is the whole school's.
 */
function ownSharedValues(grid: Grid, group: readonly RowRecord[], fieldRoles: readonly ColumnRole[]): boolean {
  return isSchool(group) && repeats(grid, fieldRoles, group, new Set()).differ;
}

/** The senior part of a joined school, said at its name cell: its students weigh in the split only. */
function seniorJoinedIssue(group: readonly RowRecord[], name: string): Issue[] {
  const senior = group.find((r) => r.senior === true);
  const first = group[0];
  if (senior === undefined || first === undefined) return [];
  const params = { text: senior.record.name, name, parentCell: first.nameCell, students: senior.record.fields.students?.value ?? "" };
  return [issueAtCell("read_senior_part", "info", senior.nameCell, params)];
}

/** A group's rows as they stand when not joined: its sections each a school, a senior part left out with a warning, or a note (seniorAloneIssue). */
function asTheyStand(group: readonly RowRecord[], out: RowRecord[], issues: Issue[], ownValues: boolean): void {
  for (const r of group) {
    if (r.senior === true) issues.push(seniorAloneIssue(r, ownValues));
    else out.push(r);
  }
}

/** The group as one school when its rows share values (joinKeys), else null; issues either way. */
function joinGroup(grid: Grid, group: readonly RowRecord[], fieldRoles: readonly ColumnRole[], issues: Issue[]): RowRecord | null {
  const [first, last] = [group[0], group[group.length - 1]];
  if (first === undefined || last === undefined || !isSchool(group)) return null;
  const merged = mergedKeys(grid, fieldRoles, rowOf(first), rowOf(last));
  issues.push(...oneSectionOnly(grid, fieldRoles, group, new Set(merged.keys())));
  const keys = joinKeys(grid, fieldRoles, group, merged, issues);
  if (keys.size === 0) return null;
  const name = schoolOfSection(first.record.name);
  const withSenior = group.some((r) => r.senior === true);
  issues.push(...joinIssues(grid, rowOf(first), name, merged, withSenior), ...seniorJoinedIssue(group, name));
  const record = wholeSchool(group, new Set(keys.keys()));
  retypeJoined(issues, grid.sheet, group.map(rowOf), record.type);
  return { ...first, record };
}

/**
 * Combined schools written as one row per part (XX学校（小学部） / XX学校（初中部）, XX中学（初中部） /
 * XX中学（高中部）, workbooks.md): a value cell merged over the rows is the whole school's shared
 * value, so the rows become one whole-school record whose shared values the engine splits by
 * weighted students (rules.md §2 "Combined schools"; WE-2), as for a combined school on one row; a
 * 完全中学's or 十二年一贯制's 高中部 row gives the senior students (seniorStudents) that weigh in the
 * split, and is never a section: left unjoined, it is left out with a warning (a note when each
 * row gives its own shared values: ownSharedValues). A shared value given
 * on one row only, not merged, is left as written with a warning at the blank cell (oneSectionOnly). A shared
 * value typed with the same number on every row is the whole school's too (joinKeys: a warning at each
 * later cell), unless another shared value differs between the rows (then each repeated cell is
 * warned of and the rows stay sections); any other value cell merged over several school rows is a warning.
 * A name cell merged over exactly a school's 小学 and 初中 rows names them as its sections first
 * (sectionsUnderMergedName: 实验学校 → 实验学校（小学部） / （初中部）, noted when they stay sections), so
 * that they are one school as named rows are; a name merged over other rows of both stages is warned of.
 * So does a bare name typed again on each stage's row (sectionsUnderRepeatedName: 河口学校 小学 / 初中).
 *
 * @example 实验学校（小学部） 600 students / （初中部） 400, 教学及辅助用房 6000 merged over both →
 * one nine_year record, fields.teachingArea 6000, stageFields { primary: 600, junior: 400 students }
 * @example the same 6000 typed on both rows instead (not merged) → the same record, and a warning at the second 6000
 * @example 二中（初中部） 800 / 二中（高中部） 700, 10 000 m² merged over both → one complete_middle record,
 * fields { teachingArea 10 000, seniorStudents 700 }, stageFields { junior: 800 students }
 */
export function joinSections(grid: Grid, rows: readonly RowRecord[], fieldRoles: readonly ColumnRole[], issues: Issue[]): RowRecord[] {
  const out: RowRecord[] = [];
  const joined = new Map<number, number>();
  // The top rows of names merged over one school's stage rows, read as its sections.
  const namedSections = new Set<number>();
  for (let i = 0; i < rows.length; ) {
    const found = groupAt(rows, i);
    i += Math.max(1, found.length);
    const merged = sectionsUnderMergedName(grid, found);
    if (merged !== null) namedSections.add(rowOf(found[0] as RowRecord));
    const sections = merged ?? sectionsUnderRepeatedName(grid, found);
    const group = sections ?? found;
    const school = joinGroup(grid, group, fieldRoles, issues);
    if (school === null) {
      if (sections !== null) issues.push(sectionsNamedIssue(sections, merged !== null ? "merged" : "repeated"));
      asTheyStand(group, out, issues, ownSharedValues(grid, group, fieldRoles));
      continue;
    }
    out.push(school);
    joined.set(rowOf(school), rowOf(group[group.length - 1] as RowRecord));
  }
  issues.push(...strayMerges(grid, fieldRoles, rows, joined), ...mergedNameNotSections(grid, rows, namedSections));
  return out;
}
