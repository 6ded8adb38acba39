import { appendAll } from "../appendAll";
import type { CellRef, FieldKey, FigureSchool, Issue, ItemResult } from "../types";
import type { CountyItem } from "../../profiles/schema";
import { keptShape } from "../keptShape";
import { meets } from "./compare";
import { areaOf } from "./itemCodes";
import { checkCells, checkValue, hasCells, statusAt, TEACHER, TEACHER_COUNTS, teacherCountCells, type CheckTable } from "./checkTable";
import { fieldCells, namedSchools, placeRecords, type SchoolPlaces } from "./schoolPlaces";
import { CHECKED_ITEMS, STATUS } from "./checkStatus";
import { withIssuesOf, type WithIssues } from "./schoolCheck";

/**
 * The fields whose cells show a school's data for each item: where a note naming the school points
 * (schoolCell: the first blank one, else the first given), and the cells of a lowest-school figure
 * (figureSchoolOf: Q4's training funds, then public funding).
 */
const ITEM_FIELDS: Readonly<Record<string, readonly FieldKey[]>> = {
  G3: ["musicRoomsArea", "musicRooms", "artRoomsArea", "artRooms"],
  G4: ["students"],
  G5: ["classes", "largestClass"],
  G6: ["publicFunding", "students", "boardingStudents"],
  G7: ["publicFunding", "students"],
  Q4: ["trainingFunds", "publicFunding"],
  G9: ["trainedTeachers", "teachers"],
  G12: ["certifiedTeachers", "teachers"],
};

/**
 * Some counted schools could not be checked. When others fail, the item is already not met on the
 * schools checked (…_failing); otherwise it falls back to the county's figure, or is not assessed.
 * Listed at the first such school's cell for the item (the one lacking data, ITEM_FIELDS), each
 * school with its row (namedSchools): looked up for these schools only, when the note is made.
 */
function partialIssue(code: string, table: CheckTable, unknown: readonly number[], places: SchoolPlaces | undefined, failing = false): Issue {
  const named = namedSchools(places, namesOf(table, unknown), unknown, { fields: ITEM_FIELDS[code] ?? [], blankFirst: true });
  return { code: failing ? "guarantee_school_data_partial_failing" : "guarantee_school_data_partial", severity: "warning", cell: named.cell, params: { item: code, missing: unknown.length, schools: named.schools, schoolRows: named.schoolRows } };
}

/** The failing schools' cells of one item, in school order (index loops: they also run before the JIT has optimised them, when for-of allocates per step). A second pass rather than a list of the failing schools: on the fast path no check has cells. */
function failingCells(table: CheckTable, item: number): CellRef[] {
  const cells: CellRef[] = [];
  // A table the fast path filled alone has no cells to look for.
  if (!hasCells(table)) return cells;
  for (let s = 0; s < table.size; s++) if (statusOfCounted(table, s, item) === STATUS.FAIL) appendAll(cells, checkCells(table, s, item));
  return cells;
}

/** The check table's columns, one per checked item: typed 6, so that a seventh item, which columnTallies does not write out, fails to compile. */
const SIX: 6 = CHECKED_ITEMS.length;

/** How an every-school item states its figure: the number of failing schools, or the lowest school value against a threshold. */
export type EverySchoolFigure = { readonly kind: "failing" } | { readonly kind: "lowest"; readonly countyCode: string; readonly threshold: number | null };

/** The parts of an every-school item, built without a spread (a spread gives each result a hidden class of its own); a key from the profile keeps its shape (keptShape). */
function everySchoolParts(how: EverySchoolFigure, low: number | null, checked: number, failing: number, unknown: number): Record<string, number | null> {
  if (how.kind === "failing") return { schools_checked: checked, schools_failing: failing, schools_unknown: unknown };
  const parts: Record<string, number | null> = {};
  parts[how.countyCode] = low;
  parts.schools_checked = checked;
  parts.schools_failing = failing;
  parts.schools_unknown = unknown;
  return keptShape(how, parts);
}

function namesOf(table: CheckTable, schools: readonly number[]): string[] {
  const names: string[] = [];
  for (let f = 0; f < schools.length; f++) names.push(table.names[schools[f] ?? 0] ?? "");
  return names;
}

/** The lowest figure of an item's checks (lowestOf), the first school with it (a check-table row; -1 when the figure is not a number) and how many have it. */
interface Lowest {
  readonly low: number;
  readonly first: number;
  readonly count: number;
}

/**
 * The lowest figure of the counted schools' checks of an item, with the first school in sheet order
 * that has it and how many do (ties: the same number exactly); null when none has one. A figure
 * that is not a number makes it NaN, whatever its place (as Math.min over them all), and names no
 * school. One pass for the figure and its school, so that naming the school costs the county nothing more.
 * @example shares 6%, 4%, 4% → { low: 0.04, first: 1, count: 2 }
 */
function lowestOf(table: CheckTable, item: number): Lowest | null {
  let low = Infinity;
  let first = -1;
  let count = 0;
  let notNumber = false;
  for (let s = 0; s < table.size; s++) {
    if (table.counted[s] !== 1 || statusAt(table, s, item) === STATUS.NONE) continue;
    const value = checkValue(table, s, item);
    if (value === null) continue;
    if (value < low) {
      low = value;
      first = s;
      count = 1;
    } else if (value === low) count++;
    else if (Number.isNaN(value)) notNumber = true;
  }
  if (first < 0 && !notNumber) return null;
  return notNumber ? { low: NaN, first: -1, count: 0 } : { low, first, count };
}

/**
 * An item every school must meet (G3–G7, Q4), judged from the checks in column `item` of the
 * schools that count: met when none fails, not met when any does. Null — the caller falls back
 * to the county's figure — when no school could be checked; not assessed (pendingItem, which a
 * county figure that judges the item overrides) when some could not and none of the others fails
 * (those left unchecked could still fail; the issue names them). With failures
 * and some unchecked schools the verdict is already not met, and the figure only what the checked
 * schools show: the number failing is a lower bound, Q4's lowest share an upper one.
 * rules.md §4 items 3–7 and §5 item 4 ("every school").
 *
 * @example 12 schools, 2 over the size cap → { verdict: "not_met", figure: 2, failingSchools: [...] }
 */
export function everySchoolItem(code: string, table: CheckTable, item: number, how: EverySchoolFigure, places?: SchoolPlaces): WithIssues<ItemResult | null> {
  return withIssuesOf((issues) => everySchoolItemInto(code, table, item, how, issues, places));
}

/**
 * everySchoolItem with its issue appended to `issues` rather than returned beside the item: no
 * object wrapping each item of every county (evaluateCountyAreas).
 * @example 12 schools, 2 over the size cap → { verdict: "not_met", figure: 2, … }, issues unchanged
 */
export function everySchoolItemInto(code: string, table: CheckTable, item: number, how: EverySchoolFigure, issues: Issue[], places?: SchoolPlaces, tally: ColumnTally = columnTallies(table)[item] ?? emptyTally()): ItemResult | null {
  const { checked, failing, unknown } = tally;
  if (unknown === checked) return null;
  if (unknown > 0) issues.push(partialIssue(code, table, unknownRows(table, item), places, failing.length > 0));
  return everySchoolResult(code, table, item, how, checked, failing, unknown, places);
}

/** What the counted schools' checks of one column of the check table come to (columnTallies): how many were checked, the failing ones' names in school order, and how many are unknown. */
export interface ColumnTally {
  readonly checked: number;
  readonly failing: string[];
  readonly unknown: number;
}

/** A ColumnTally while columnTallies counts into it. */
interface Tallying {
  checked: number;
  readonly failing: string[];
  unknown: number;
}

function emptyTally(): Tallying {
  return { checked: 0, failing: [], unknown: 0 };
}

/**
 * Every column's tally (ColumnTally) in one pass over the table, school by school: what each
 * every-school item is judged from (everySchoolItemInto). A pass per item read each school's row
 * six times, and for the items no school is checked on (G6, G7 under a profile without funding
 * norms) to find nothing. The unknown schools are only counted: their rows are looked for
 * (unknownRows) only when the item names them, which it does not when every school is unknown
 * (Q4 where no school gives its training funds). The six columns are written out, their counts in
 * locals: a loop over the columns, with a tally object per column, reloaded the status array and
 * the tally for every check (TurboFan reloads them in every iteration), ≈ 300 instructions a school.
 * @example two counted schools, G4 pass and fail, G5 unknown and pass → G4 { checked: 2, failing: [second's name], unknown: 0 }, G5 { checked: 2, failing: [], unknown: 1 }, G6 { checked: 0, … }
 */
export function columnTallies(table: CheckTable): ColumnTally[] {
  const { counted, status, names } = table;
  const t0 = emptyTally(), t1 = emptyTally(), t2 = emptyTally(), t3 = emptyTally(), t4 = emptyTally(), t5 = emptyTally();
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
  let u0 = 0, u1 = 0, u2 = 0, u3 = 0, u4 = 0, u5 = 0;
  for (let s = 0, at = 0; s < table.size; s++, at += SIX) {
    if (counted[s] !== 1) continue;
    const a0 = status[at] ?? 0, a1 = status[at + 1] ?? 0, a2 = status[at + 2] ?? 0, a3 = status[at + 3] ?? 0, a4 = status[at + 4] ?? 0, a5 = status[at + 5] ?? 0;
    if (a0 !== STATUS.NONE) {
      c0++;
      u0 += tallied(a0, t0.failing, names, s);
    }
    if (a1 !== STATUS.NONE) {
      c1++;
      u1 += tallied(a1, t1.failing, names, s);
    }
    if (a2 !== STATUS.NONE) {
      c2++;
      u2 += tallied(a2, t2.failing, names, s);
    }
    if (a3 !== STATUS.NONE) {
      c3++;
      u3 += tallied(a3, t3.failing, names, s);
    }
    if (a4 !== STATUS.NONE) {
      c4++;
      u4 += tallied(a4, t4.failing, names, s);
    }
    if (a5 !== STATUS.NONE) {
      c5++;
      u5 += tallied(a5, t5.failing, names, s);
    }
  }
  return [counts(t0, c0, u0), counts(t1, c1, u1), counts(t2, c2, u2), counts(t3, c3, u3), counts(t4, c4, u4), counts(t5, c5, u5)];
}

/** One checked school's status `code` into its column's tally (columnTallies): its name added to `failing` when it fails; 1 when it is unknown, else 0. */
function tallied(code: number, failing: string[], names: readonly string[], s: number): number {
  if (code === STATUS.FAIL) failing.push(names[s] ?? "");
  return code === STATUS.UNKNOWN ? 1 : 0;
}

/** `tally` with its counts, kept in locals while columnTallies counted, set. */
function counts(tally: Tallying, checked: number, unknown: number): ColumnTally {
  tally.checked = checked;
  tally.unknown = unknown;
  return tally;
}

/** The counted schools (check-table rows) whose check in column `item` is unknown, in school order. */
function unknownRows(table: CheckTable, item: number): number[] {
  const rows: number[] = [];
  for (let s = 0; s < table.size; s++) if (statusOfCounted(table, s, item) === STATUS.UNKNOWN) rows.push(s);
  return rows;
}

/**
 * An every-school item once some school was checked (everySchoolItem): not assessed while unchecked
 * schools could still fail and none of the others does (pendingItem), else met or not met with the
 * failing schools. Apart from everySchoolItem so that the tally of the schools and the item it
 * yields read separately.
 * @example G4, 12 checked, 2 failing, none unknown → { verdict: "not_met", figure: 2, parts: { schools_checked: 12, schools_failing: 2, schools_unknown: 0 } }
 */
function everySchoolResult(code: string, table: CheckTable, item: number, how: EverySchoolFigure, checked: number, failing: string[], unknown: number, places: SchoolPlaces | undefined): ItemResult {
  const threshold = how.kind === "lowest" ? how.threshold : null;
  const figureOf = how.kind === "lowest" ? "lowest_school" : "failing_count";
  if (unknown > 0 && failing.length === 0) return pendingItem(code, threshold, figureOf, [], everySchoolParts(how, null, checked, 0, unknown));
  const lowest = how.kind === "lowest" ? lowestOf(table, item) : null;
  const low = lowest === null ? null : lowest.low;
  const result: ItemResult = {
    code,
    area: areaOf(code),
    verdict: failing.length > 0 ? "not_met" : "met",
    figure: how.kind === "lowest" ? low : failing.length,
    threshold,
    basis: "school_data",
    figureOf,
    failingSchools: failing,
    cells: failingCells(table, item),
    parts: everySchoolParts(how, low, checked, failing.length, unknown),
  };
  return lowest === null || lowest.first < 0 ? result : withFigureSchool(result, figureSchoolOf(code, table, item, lowest, places));
}

/**
 * The school whose value is an item's lowest figure (lowestOf), its cells, and how many schools
 * have that very value. The cells are looked up for this school only (the fast path keeps none):
 * its rows' cells of the item's fields (ITEM_FIELDS: for Q4 training funds, then public funding), as
 * the reference path's check has them; without places, the check's own cells.
 * @example figureSchoolOf("Q4", table, CHECK.Q4, { low: 0.0554, first: 1, count: 1 }, places) // { name: "杏花村教学点", cells: [its 培训经费 and 公用经费 cells], schoolsWithValue: 1 }
 */
function figureSchoolOf(code: string, table: CheckTable, item: number, { first, count }: Lowest, places: SchoolPlaces | undefined): FigureSchool {
  const fields = ITEM_FIELDS[code];
  const cells = places === undefined || fields === undefined ? [...checkCells(table, first, item)] : fieldCells(placeRecords(places, first), fields);
  return { name: table.names[first] ?? "", cells, schoolsWithValue: count };
}

/**
 * The item with the school of its figure added last (ItemResult.figureSchool). Written out rather
 * than spread, in ItemResult's order.
 */
function withFigureSchool(item: ItemResult, school: FigureSchool): ItemResult {
  const { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells, parts } = item;
  return { code, area, verdict, figure, threshold, basis, figureOf, failingSchools, cells, parts, figureSchool: school };
}

/**
 * An item the school data leave open: some counted schools lack the data and nothing known decides
 * it. Not assessed, from school data, with the counts as parts — said as "no data" it read as if no
 * school had any, where most had. The county's own figure, when it judges the item, decides instead
 * (evaluateCountyAreas).
 * @example G3 with 14 schools, 2 lacking room areas, none short → { verdict: "not_assessed", basis: "school_data", parts: { schools_checked: 14, schools_failing: 0, schools_unknown: 2 } }
 */
function pendingItem(code: string, threshold: number | null, figureOf: ItemResult["figureOf"], failingSchools: string[], parts: Record<string, number | null>, cells: CellRef[] = [], verdict: "not_assessed" | "not_met" = "not_assessed"): ItemResult {
  return { code, area: areaOf(code), verdict, figure: null, threshold, basis: "school_data", figureOf, failingSchools, cells, parts };
}

/** A check's status when its school counts for the items; NONE otherwise. */
function statusOfCounted(table: CheckTable, s: number, item: number): number {
  return table.counted[s] === 1 ? statusAt(table, s, item) : STATUS.NONE;
}

/**
 * A county rate from school data (G9 training, G12 certificates): Σ numerators ÷ Σ denominators
 * (teacher count column `count` over all teachers) over the schools that count, judged by the
 * county item's comparison; schools whose own rate fails are listed. When some school lacks the
 * counts there is no county rate (a partial sum is none): not met if a school fails a 100% rate,
 * else not assessed, which a county figure that judges the item overrides (partialRate); null
 * (fall back to the county's figure) when every school lacks them or there are no teachers at all.
 * rules.md §4 items 9 and 12.
 *
 * @example certified 40 + 30 of teachers 40 + 31 → 70 ÷ 71 = 0.98592 < 1: not_met, failing the second school
 */
export function rateItem(code: string, table: CheckTable, count: number, numeric: [string, CountyItem], places?: SchoolPlaces): WithIssues<ItemResult | null> {
  return withIssuesOf((issues) => rateItemInto(code, table, count, numeric, issues, places));
}

/**
 * rateItem with its issue appended to `issues` rather than returned beside the item, as
 * everySchoolItemInto.
 * @example certified 40 + 30 of teachers 40 + 31 → { verdict: "not_met", figure: 0.98592, … }, issues unchanged
 */
export function rateItemInto(code: string, table: CheckTable, count: number, numeric: [string, CountyItem], issues: Issue[], places?: SchoolPlaces): ItemResult | null {
  const tally = rateTally(table, count, numeric[1]);
  const { rows, unknown } = tally;
  if (unknown.length === rows) return null;
  if (unknown.length > 0) return partialRate(code, table, count, numeric, { rows, unknown, places, failing: tally.failing }, issues);
  return tally.den <= 0 ? null : rateResult(code, table, count, numeric, rows, tally.num / tally.den, tally.failing);
}

/** What a rate item is judged from (rateTally): the counted schools, those lacking the counts, the sums of the others' counts, and those whose own rate fails. */
interface RateTally {
  readonly rows: number;
  readonly unknown: number[];
  readonly num: number;
  readonly den: number;
  readonly failing: number[];
}

/**
 * The counted schools of a rate (teacher count column `count` over all teachers) in one pass:
 * how many, the rows lacking either count, Σ counts and Σ teachers of the others (summed in school
 * order, as the sums by hand do) and the rows whose own rate fails `countyItem` (schools with
 * teachers only). A pass for the sums and another for the failing schools read every row twice.
 * The counts are read in place (teacherCount would box each one it hands back).
 * @example certified 40 + 30 of teachers 40 + 31, ≥ 100% → { rows: 2, unknown: [], num: 70, den: 71, failing: [1] }
 */
function rateTally(table: CheckTable, count: number, countyItem: CountyItem): RateTally {
  const unknown: number[] = [];
  const failing: number[] = [];
  let rows = 0;
  let num = 0;
  let den = 0;
  const { counted, teacher } = table;
  for (let s = 0; s < table.size; s++) {
    if (counted[s] !== 1) continue;
    rows++;
    if (!countsGiven(table, s, count)) {
      unknown.push(s);
      continue;
    }
    const n = teacher[s * TEACHER_COUNTS + count] ?? 0;
    const d = teacher[s * TEACHER_COUNTS + TEACHER.teachers] ?? 0;
    num += n;
    den += d;
    if (d > 0 && meets(n / d, countyItem) === false) failing.push(s);
  }
  return { rows, unknown, num, den, failing };
}

/**
 * A rate item every counted school gave its counts for (rateItem): the county rate judged by the
 * county item, with the schools whose own rate fails. Apart from rateItem so that the summing pass
 * and the item it yields read separately.
 * @example G12 ≥ 100%, rate 70 ÷ 71 = 0.98592, 2 schools, the second 30 of 31 → { verdict: "not_met", figure: 0.98592, failingSchools: [the second], parts: { schools_checked: 2, schools_failing: 1 } }
 */
function rateResult(code: string, table: CheckTable, count: number, numeric: [string, CountyItem], rows: number, rate: number, failing: readonly number[]): ItemResult {
  const [countyCode, countyItem] = numeric;
  return {
    code,
    area: areaOf(code),
    verdict: verdictOf(meets(rate, countyItem)),
    figure: rate,
    threshold: countyItem.threshold,
    basis: "school_data",
    figureOf: "rate",
    failingSchools: namesOf(table, failing),
    cells: rateCells(table, failing, count),
    parts: rateParts(numeric, countyCode, rate, rows, failing.length),
  };
}

/**
 * An item's verdict from a comparison that may not be judgeable (meets gives null).
 * @example verdictOf(true) // "met"; verdictOf(false) // "not_met"; verdictOf(null) // "not_assessed"
 */
function verdictOf(ok: boolean | null): ItemResult["verdict"] {
  return ok === null ? "not_assessed" : ok ? "met" : "not_met";
}

/**
 * A rate some schools' counts are missing from: no county rate (a partial sum is none), with the
 * schools counted, failing on their own and lacking the counts. Not met all the same when a school
 * fails a rate of at least 100% (G9, G12): the reader refuses a count above the school's teachers,
 * so the county reaches 100% only if every school does, whatever the missing ones hold. Otherwise
 * not assessed (pendingItem). Its issue is appended to `issues`.
 * @example G12 ≥ 100%: 40 of 40, 79 of 80, a school without counts → not met, failing the second: (119 + x) ÷ (120 + d) < 1 for any x ≤ d
 */
function partialRate(code: string, table: CheckTable, count: number, numeric: [string, CountyItem], schools: PartialSchools, issues: Issue[]): ItemResult {
  const { rows, unknown, failing } = schools;
  const [countyCode, countyItem] = numeric;
  const parts: Record<string, number | null> = {};
  parts[countyCode] = null;
  parts.schools_checked = rows;
  parts.schools_failing = failing.length;
  parts.schools_unknown = unknown.length;
  const cells = rateCells(table, failing, count);
  const failed = failing.length > 0 && countyItem.comparison === "at_least" && countyItem.threshold !== null && countyItem.threshold >= 1;
  issues.push(partialIssue(code, table, unknown, schools.places, failed));
  return pendingItem(code, countyItem.threshold, "rate", namesOf(table, failing), parts, cells, failed ? "not_met" : "not_assessed");
}

/** A rate's counted schools (partialRate): how many, those lacking the counts and those whose own rate fails (check-table rows), and where they are. */
interface PartialSchools {
  readonly rows: number;
  readonly unknown: readonly number[];
  readonly failing: readonly number[];
  readonly places: SchoolPlaces | undefined;
}

/** Whether school `s` has both its count `count` and its teachers (teacherCount gives neither as null). */
function countsGiven(table: CheckTable, s: number, count: number): boolean {
  return table.teacherGiven[s * TEACHER_COUNTS + count] === 1 && table.teacherGiven[s * TEACHER_COUNTS + TEACHER.teachers] === 1;
}

/** Each failing school's numerator cells, then its denominator cells. */
function rateCells(table: CheckTable, failing: readonly number[], count: number): CellRef[] {
  const cells: CellRef[] = [];
  for (let f = 0; f < failing.length; f++) {
    const s = failing[f] ?? 0;
    appendAll(cells, teacherCountCells(table, s, count));
    appendAll(cells, teacherCountCells(table, s, TEACHER.teachers));
  }
  return cells;
}

/** The parts of a rate item, its shape kept for `anchor` (keptShape). */
function rateParts(anchor: object, countyCode: string, rate: number, checked: number, failing: number): Record<string, number | null> {
  const parts: Record<string, number | null> = {};
  parts[countyCode] = rate;
  parts.schools_checked = checked;
  parts.schools_failing = failing;
  return keptShape(anchor, parts);
}
