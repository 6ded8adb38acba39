import { SHARED_FIELDS } from "../../engine/indicatorMeta";
import { schoolRecord } from "../../engine/schoolRecord";
import type { BlankCells, FieldKey, Fields, Issue, SchoolRecord, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { mergeAt } from "./mergeIndex";
import { parseCellNumber } from "./parseCellNumber";
import { valueAt } from "./rowMeta";
import { splitSection } from "./schoolKind";
import { cellText, foldText } from "./text";
import type { RowRecord } from "./readSchoolRows";
import { sameCampus } from "./campusColumn";

/** The numbers the resource indicators take by stage (rules.md §2: teachers by the stage they teach). */
const PER_STAGE: ReadonlySet<FieldKey> = new Set<FieldKey>(["students", "qualifiedTeachers", "backboneTeachers", "peArtTeachers"]);
const SHARED: ReadonlySet<FieldKey> = new Set(SHARED_FIELDS);

/** A name without its section suffix, as written (splitSection): `实验学校（小学部）` → `实验学校`; another name trimmed. */
export function schoolOfSection(name: string): string {
  return splitSection(name)?.school ?? name.trim();
}

function rowOf(r: RowRecord): number {
  return (r.record.source?.row ?? 0) - 1;
}

/**
 * Two rows that are the two sections of one school: adjacent on the sheet, one primary and one
 * junior, the same county, counted as schools, and the same name once the section suffix is
 * dropped (城关学校（小学部） / 城关学校（初中部）, or one name merged over both rows).
 */
function sections(a: RowRecord, b: RowRecord): boolean {
  const [x, y] = [a.record, b.record];
  if (x.stage === null || y.stage === null || x.stage === y.stage || x.county !== y.county) return false;
  if (x.flags.notCounted === true || y.flags.notCounted === true || rowOf(b) !== rowOf(a) + 1) return false;
  return foldText(schoolOfSection(x.name)) === foldText(schoolOfSection(y.name)) && schoolOfSection(x.name) !== "";
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

/**
 * The two section rows as one whole combined school, the form the engine splits (recordSections):
 * the merged values are the school's shared `fields`, each row's other values its stage's
 * `stageFields`. A 十二年一贯制 stays one; any other pair of 小学 and 初中 sections is a 九年一贯制.
 */
function wholeSchool(first: SchoolRecord, second: SchoolRecord, keys: ReadonlySet<FieldKey>): SchoolRecord {
  const stageFields: Partial<Record<Stage, Fields>> = {};
  const stageBlankCells: Partial<Record<Stage, BlankCells>> = {};
  for (const r of [first, second]) {
    const stage = r.stage as Stage;
    stageFields[stage] = pick(r.fields, keys, false);
    const blanks = pick(r.blankCells, keys, false);
    if (nonEmpty(blanks)) stageBlankCells[stage] = blanks;
  }
  const blankCells = pick(first.blankCells, keys, true);
  const type = first.type === "twelve_year" || second.type === "twelve_year" ? "twelve_year" : "nine_year";
  const { blankCells: _b, stageBlankCells: _s, ...rest } = first;
  const blanks = { ...(nonEmpty(blankCells) ? { blankCells } : {}), ...(nonEmpty(stageBlankCells) ? { stageBlankCells } : {}) };
  return schoolRecord({ ...rest, name: schoolOfSection(first.name), type, stage: null, fields: pick(first.fields, keys, true), stageFields, ...blanks });
}

/** The issues of a joined pair: one note at the first merged cell, a warning at each merged per-stage count. */
function joinIssues(grid: Grid, top: number, name: string, merged: Map<FieldKey, ColumnRole>): Issue[] {
  const roles = [...merged.values()].sort((a, b) => a.column - b.column);
  const first = roles[0];
  if (first === undefined) return [];
  const note = issueAt("read_sections_shared_merged", "info", grid.sheet, top, first.column, { name, fieldList: roles.map((r) => r.key).join(",") });
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
 * A shared resource (areas, equipment, multimedia rooms) given on one section row and blank on
 * the other, cells not merged: it may be the whole school's, but that is not guessed; a warning at
 * the blank cell says so, and the value stays with the row that gives it.
 */
function oneSectionOnly(grid: Grid, roles: readonly ColumnRole[], pair: readonly [RowRecord, RowRecord], merged: ReadonlySet<FieldKey>): Issue[] {
  const issues: Issue[] = [];
  for (const role of roles) {
    const key = role.key as FieldKey;
    if (role.stage !== null || role.part !== null || !SHARED.has(key) || merged.has(key)) continue;
    for (const [given, blank] of [pair, [pair[1], pair[0]]] as const) {
      const cell = qualified(grid.sheet, a1(rowOf(given), role.column));
      if (given.record.fields[key]?.cell !== cell) continue;
      if (blankAt(grid, rowOf(blank), role.column) && !inMerge(grid, rowOf(blank), role.column)) issues.push(issueAt("read_shared_value_one_section", "warning", grid.sheet, rowOf(blank), role.column, { name: blank.record.name, header: role.header, otherCell: cell }));
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

/** Shared columns, not merged, that both rows fill: those with the same number (zero says nothing) and whether any differ. */
interface Repeats {
  readonly same: readonly ColumnRole[];
  readonly differ: boolean;
}

function repeats(grid: Grid, roles: readonly ColumnRole[], pair: readonly [RowRecord, RowRecord], merged: ReadonlySet<FieldKey>): Repeats {
  const same: ColumnRole[] = [];
  let differ = false;
  for (const role of roles.filter((r) => sharedColumn(r) && !merged.has(r.key as FieldKey))) {
    const [x, y] = pair.map((r) => valueIn(grid, r, role.key as FieldKey, role.column));
    if (x === undefined || y === undefined) continue;
    if (x !== y) differ = true;
    else if (x !== 0) same.push(role);
  }
  return { same, differ };
}

/**
 * The issues of shared values typed twice, at the second row's cell: read once for the whole school
 * when the pair is joined by them, else each counted in full for both stages (other shared values differ).
 */
function repeatIssues(grid: Grid, pair: readonly [RowRecord, RowRecord], same: readonly ColumnRole[], joined: boolean): Issue[] {
  const code = joined ? "read_sections_shared_repeated" : "read_sections_shared_repeated_partly";
  const [first, second] = pair;
  // Beside shared values that differ, a count alike on both rows (5 multimedia rooms each) is as
  // likely the sections' own as a copied total: only areas and money are too exact to coincide.
  const said = joined ? same : same.filter((r) => r.key !== "multimediaRooms");
  return said.map((r) => {
    // The number as typed (120 under 万元), not as converted, so that the user finds it in the cell.
    const value = cellText(valueAt(grid, rowOf(second), r.column)) ?? "";
    const params = { name: schoolOfSection(first.record.name), header: r.header, value, otherCell: qualified(grid.sheet, a1(rowOf(first), r.column)) };
    return issueAt(code, "warning", grid.sheet, rowOf(second), r.column, params);
  });
}

/** Rows naming different campuses in a 校区 column (a blank one is the main campus). */
function otherCampuses([a, b]: readonly [RowRecord, RowRecord]): boolean {
  return a.campus !== undefined && b.campus !== undefined && !sameCampus(a.campus.text, b.campus.text);
}

/**
 * The shared keys a pair is joined by: those merged over both rows, and those typed with the same
 * number on both (a whole-school total copied onto each section row, which would otherwise count
 * twice) when no other shared value differs between the rows and the rows are not two campuses
 * (otherCampuses); issues for the repeated ones.
 */
function joinKeys(grid: Grid, roles: readonly ColumnRole[], pair: readonly [RowRecord, RowRecord], issues: Issue[]): Map<FieldKey, ColumnRole> {
  const merged = mergedKeys(grid, roles, rowOf(pair[0]), rowOf(pair[1]));
  // Two campuses are two sets of buildings: the same area on both is each one's own, not a total copied.
  if (otherCampuses(pair)) return merged;
  const { same, differ } = repeats(grid, roles, pair, new Set(merged.keys()));
  issues.push(...repeatIssues(grid, pair, same, !differ));
  if (differ) return merged;
  const keys = new Map(merged);
  for (const r of same) keys.set(r.key as FieldKey, r);
  return keys;
}

/**
 * A merged value cell over rows that are not the two sections of one school: the value stays with
 * the first row (the others read blank), which is said at the merged cell.
 */
function strayMerges(grid: Grid, roles: readonly ColumnRole[], rows: readonly RowRecord[], joined: ReadonlySet<number>): Issue[] {
  const read = rows.map(rowOf).sort((a, b) => a - b);
  const issues: Issue[] = [];
  for (const m of grid.merges) {
    const covered = rowsWithin(read, m.top, m.bottom);
    const role = roles.find((r) => r.column >= m.left && r.column <= m.right);
    const ofPair = joined.has(m.top) && m.bottom === m.top + 1;
    if (role === undefined || covered.length < 2 || ofPair || blankAt(grid, m.top, m.left)) continue;
    issues.push(issueAt("read_merged_across_rows", "warning", grid.sheet, m.top, m.left, { header: role.header, rows: covered.map((r) => r + 1).join(", ") }));
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
 * Combined schools written as two section rows (XX学校（小学部） / XX学校（初中部）, workbooks.md):
 * a value cell merged over both rows is the whole school's shared value, so the pair becomes one
 * whole-school record whose shared values the engine splits by weighted students (rules.md §2
 * "Combined schools"; WE-2), as for a combined school on one row. A shared value given on one row
 * only, not merged, is left as written with a warning at the blank cell (oneSectionOnly). A shared
 * value typed with the same number on both rows is the whole school's too (joinKeys: a warning at the
 * second cell), unless another shared value differs between the rows (then each repeated cell is
 * warned of and the rows stay sections); any other value cell merged over several school rows is a warning.
 *
 * @example 实验学校（小学部） 600 students / （初中部） 400, 教学及辅助用房 6000 merged over both →
 * one nine_year record, fields.teachingArea 6000, stageFields { primary: 600, junior: 400 students }
 * @example the same 6000 typed on both rows instead (not merged) → the same record, and a warning at the second 6000
 */
export function joinSections(grid: Grid, rows: readonly RowRecord[], fieldRoles: readonly ColumnRole[], issues: Issue[]): RowRecord[] {
  const out: RowRecord[] = [];
  const joined = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const [a, b] = [rows[i], rows[i + 1]];
    if (a === undefined) continue;
    if (b === undefined || !sections(a, b)) {
      out.push(a);
      continue;
    }
    const merged = mergedKeys(grid, fieldRoles, rowOf(a), rowOf(b));
    issues.push(...oneSectionOnly(grid, fieldRoles, [a, b], new Set(merged.keys())));
    const keys = joinKeys(grid, fieldRoles, [a, b], issues);
    if (keys.size === 0) {
      out.push(a);
      continue;
    }
    issues.push(...joinIssues(grid, rowOf(a), schoolOfSection(a.record.name), merged));
    out.push({ ...a, record: wholeSchool(a.record, b.record, new Set(keys.keys())) });
    joined.add(rowOf(a));
    i++;
  }
  issues.push(...strayMerges(grid, fieldRoles, rows, joined));
  return out;
}
