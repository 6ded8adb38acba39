import type { FieldKey, Fields, Issue, SchoolRecord, Sourced } from "../../engine/types";
import { a1, cellColumn, columnLetters, qualified, splitReference } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt, issueAtCell } from "./issue";
import type { ColumnRole } from "./keys";
import { analysePath } from "./matchHeaderPath";
import { resolveUnit } from "./units";
import type { UnreadColumn } from "./withoutColumns";
import { studentsInDoubt } from "./studentsBeyondClasses";

/**
 * Money columns measured against a per-student standard: L6 equipment (2000 / 2500 yuan per
 * student, rules.md §2) and public funding (norms of 600–1040 yuan per student, rules.md §4 item
 * 6). Training funds are judged as a share of public funding, so their size alone says nothing.
 */
const PER_STUDENT_MONEY: readonly FieldKey[] = ["equipmentValue", "publicFunding"];

/**
 * The unit a per-student figure of `key` is given in (the issues' `baseUnit`): money per student
 * in 元, everything else checked here (areas) in m².
 * @example baseUnitOf("publicFunding") // "yuan"; baseUnitOf("teachingArea") // "m2"
 */
export function baseUnitOf(key: FieldKey): "yuan" | "m2" {
  return PER_STUDENT_MONEY.includes(key) ? "yuan" : "m2";
}

/** Areas measured per student: L4 and L5's (rules.md §2, standards 4.5–10.2 m² per student). */
const PER_STUDENT_AREAS: readonly FieldKey[] = ["teachingArea", "indoorSportsArea", "sportsGroundArea", "sportsTotalArea"];
/**
 * The areas every school has several m² of per student: teaching rooms (classrooms alone are over
 * 1 m² a student) and the grounds. Not the indoor sports rooms, which many schools have little of.
 */
const LARGE_AREAS: readonly FieldKey[] = ["teachingArea", "sportsGroundArea", "sportsTotalArea"];

/**
 * Below this many yuan per student (the schools' median), a money column read as 元 looks like
 * 万元. It is a hundredth of the lowest of those standards (600 yuan of public funding; L6 asks
 * 2000), far below what any school really has, while 万元 read as 元 comes out 10⁴ too small
 * (2000 yuan → 0.2): a 万元 column lands under it unless its schools average over 200 000 yuan
 * per student.
 */
export const LOOKS_LIKE_WAN_BELOW_YUAN = 20;

/**
 * Above this many yuan per student (the median), a money column converted from 万元 or 千元 looks
 * as if it already was in 元: 400 times L6's highest standard (2500), beyond any school's
 * equipment, while 元 taken for 万元 comes out 10⁴ too large (2500 yuan → 25 000 000).
 */
export const LOOKS_UNCONVERTED_ABOVE_YUAN = 1_000_000;

/**
 * Below this many m² per student (the median), an area read as m² looks like 亩 or 万平方米:
 * under a quarter of the lowest standard (4.5 m² of teaching rooms, rules.md §2), less than the
 * classrooms alone take, while 亩 read as m² comes out 667 times too small (8 m² → 0.012) and
 * 万平方米 10 000 times: such a column lands under it unless its schools have over 667 m² each.
 */
export const LOOKS_LIKE_MU_BELOW_M2 = 1;

/**
 * Above this many m² per student (the median), an area converted from 亩 (× 666.67) or 万平方米
 * looks as if it already was in m²: about 100 times L5's highest standard (10.2), beyond the
 * grounds of all but the tiniest schools, while m² taken for 亩 comes out 667 times too large
 * (8 m² → 5333).
 */
export const LOOKS_UNCONVERTED_ABOVE_M2 = 1000;

function sumOf(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((v): v is number => v !== undefined);
  return given.length === 0 ? undefined : given.reduce((a, b) => a + b, 0);
}

/** A field of a record: a section's own, or a combined school's whole figure, else the sum of its stages'. */
function wholeValue(record: SchoolRecord, key: FieldKey): number | undefined {
  const own = record.fields[key]?.value;
  if (own !== undefined || record.stageFields === undefined) return own;
  const stages: readonly (Fields | undefined)[] = Object.values(record.stageFields);
  return sumOf(stages.map((f) => f?.[key]?.value));
}

/** The median, so that a few schools with nothing or with a typo do not decide. */
function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Check {
  readonly code: string;
  readonly keys: readonly FieldKey[];
  /** Which columns of those keys the check is about, by their unit factor. */
  readonly factor: (f: number) => boolean;
  readonly implausible: (perStudent: number, key: FieldKey) => boolean;
  /** The threshold the message names ({limit}), when it names one. */
  readonly limit?: number;
}

/** The area checks: warnings, the column kept. Money whose unit its values contradict is not read at all (unreadMoneyColumns). */
const CHECKS: readonly Check[] = [
  { code: "read_area_unit_suspect", keys: LARGE_AREAS, factor: (f) => f === 1, implausible: (v) => v < LOOKS_LIKE_MU_BELOW_M2, limit: LOOKS_LIKE_MU_BELOW_M2 },
  { code: "read_unit_converted_suspect", keys: PER_STUDENT_AREAS, factor: (f) => f !== 1, implausible: (v) => v > LOOKS_UNCONVERTED_ABOVE_M2 },
];

/**
 * Whether a money column states its unit nowhere: no unit in its header, none on a unit line
 * (resolveUnit's `assumed`, said as read_unit_assumed). A header or line saying 元 is the user's word.
 *
 * @example unitUnstated(教学仪器设备值, no unit line) // true; unitUnstated(教学仪器设备值（元）) // false
 */
function unitUnstated(role: ColumnRole, band: HeaderBand): boolean {
  const path = band.columns.find((c) => c.column === role.column)?.path ?? [role.header];
  return resolveUnit(role.key, analysePath(path).unit, band.unitLine).assumed;
}

/** Why a money column is not read: its unit stated nowhere, stated 元, or stated 万元 / 千元, each contradicted by its values. */
/** The codes of a money column left unread whole for its unit, at its header (the writers name that header for its cells: refusedColumns). */
export const UNREAD_MONEY_CODES = ["read_money_unit_unstated", "read_money_unit_suspect", "read_money_unit_already_yuan"] as const;
export type UnreadMoneyCode = (typeof UNREAD_MONEY_CODES)[number];

/** A money column not to be read: a unit (stated or not) its values per student contradict. */
export interface UnreadMoney {
  readonly column: number;
  readonly key: FieldKey;
  /** That median, in yuan per student. */
  readonly perStudent: number;
  readonly code: UnreadMoneyCode;
  /** The unit the column states and was converted from (万元), for read_money_unit_already_yuan. */
  readonly unit?: string;
}

/**
 * Each value of `key` a record holds per student, with its cell: a section's own (or a combined
 * school's whole figure over all its students), else each stage's over that stage's students.
 */
function cellsPerStudent(record: SchoolRecord, key: FieldKey): { perStudent: number; cell: string | null }[] {
  return withStudents(record, key).flatMap(({ v, students }) => (v.value > 0 ? [{ perStudent: v.value / students, cell: v.cell }] : []));
}

/** Each value of `key` a record holds with the students it is spread over (more than 0): its own and the whole school's, else each stage's and that stage's. */
function withStudents(record: SchoolRecord, key: FieldKey): { v: Sourced; students: number }[] {
  const own = record.fields[key];
  const pairs = own !== undefined ? [{ v: own, students: wholeValue(record, "students") }] : Object.values(record.stageFields ?? {}).map((f) => ({ v: f?.[key], students: f?.students?.value }));
  return pairs.flatMap(({ v, students }) => (v !== undefined && students !== undefined && students > 0 ? [{ v, students }] : []));
}

/**
 * The cells where a record gives `key` as a typed 0 (not a blank or a dash the reader took as 0:
 * those carry assumedZeros and are said by the assumed-zero warnings), with students to spread it over.
 */
function typedZeroCells(record: SchoolRecord, key: FieldKey): string[] {
  return withStudents(record, key).flatMap(({ v }) => (v.value === 0 && (v.assumedZeros ?? []).length === 0 && v.cell !== null ? [v.cell] : []));
}

/**
 * The values of `key` per student (cellsPerStudent) grouped by their cell's column, once: each
 * column is judged on its own cells (a 初中 column in 万元 beside a 小学 one in 元), by the
 * unread-column error and by the header warnings alike.
 */
function perStudentByColumn(records: readonly SchoolRecord[], key: FieldKey): ReadonlyMap<number, readonly number[]> {
  const out = new Map<number, number[]>();
  for (const record of records) {
    for (const { perStudent, cell } of cellsPerStudent(record, key)) {
      const column = cell === null ? null : cellColumn(cell);
      if (column === null) continue;
      const list = out.get(column);
      if (list === undefined) out.set(column, [perStudent]);
      else list.push(perStudent);
    }
  }
  return out;
}

/**
 * Why a money column's median per student `m` says its unit is wrong, or null: read as 元 (stated
 * or not) under LOOKS_LIKE_WAN_BELOW_YUAN, 万元 by all appearance; converted from 万元 / 千元 over
 * LOOKS_UNCONVERTED_ABOVE_YUAN, 元 already by all appearance.
 *
 * @example moneyUnitContradiction(role 教学仪器设备值（万元）, 22 000 000, band) // "read_money_unit_already_yuan"
 */
function moneyUnitContradiction(role: ColumnRole, m: number, band: HeaderBand): UnreadMoneyCode | null {
  if (role.unitFactor !== 1) return m > LOOKS_UNCONVERTED_ABOVE_YUAN ? "read_money_unit_already_yuan" : null;
  if (!(m < LOOKS_LIKE_WAN_BELOW_YUAN)) return null;
  return unitUnstated(role, band) ? "read_money_unit_unstated" : "read_money_unit_suspect";
}

/**
 * The money columns whose own values' median per student contradicts the unit they are read in
 * (moneyUnitContradiction): 万元 read as 元 (250 for 1000 students, 0.25 元 a student, a
 * ten-thousandth of L6's 2000 元), whether the unit was stated nowhere or stated 元, or 元 converted
 * from a stated 万元 (22 000 000 元 a student). Read so they would fail or pass every school by a
 * factor of 10⁴: their values are not used (readWorkbook leaves them out, the indicators needing
 * them are not evaluable), and the error at the header says how to state the right unit. Each
 * column is judged on its own cells: a 初中 column beside a 小学 one in 元 is not hidden by the
 * other's millions.
 *
 * @example 教学仪器设备值 (no unit) 230, 180, 240 for 1000, 800, 900 students → [that column, 0.23, read_money_unit_unstated]
 */
export function unreadMoneyColumns(records: readonly SchoolRecord[], roles: readonly ColumnRole[], band: HeaderBand): UnreadMoney[] {
  return PER_STUDENT_MONEY.flatMap((key) => {
    const byColumn = perStudentByColumn(records, key);
    return roles.flatMap((role) => {
      const m = role.key === key ? median(byColumn.get(role.column) ?? []) : null;
      const code = m === null ? null : moneyUnitContradiction(role, m, band);
      if (m === null || code === null) return [];
      return [{ column: role.column, key, perStudent: m, code, ...(code === "read_money_unit_already_yuan" ? { unit: role.unit ?? "万元" } : {}) }];
    });
  });
}

/** The error at the header of a money column not read (unreadMoneyColumns), saying which unit its values look like and how to state it. */
function unreadIssue(u: UnreadMoney, roles: readonly ColumnRole[], band: HeaderBand): Issue {
  const headerRow = headerRowOf(band, u.column);
  const header = roles.find((r) => r.column === u.column)?.header ?? "";
  const params = { column: columnLetters(u.column), header, field: u.key, perStudent: Number(u.perStudent.toPrecision(2)), baseUnit: "yuan", headerCell: qualified(band.sheet, a1(headerRow, u.column)), ...(u.unit === undefined ? {} : { unit: u.unit }) };
  return issueAt(u.code, "error", band.sheet, headerRow, u.column, params);
}

/** A check's warnings at the header of each column of `key` whose own median per student (byColumn) it finds implausible. */
function checkIssues(check: Check, key: FieldKey, byColumn: ReadonlyMap<number, readonly number[]>, roles: readonly ColumnRole[], band: HeaderBand): Issue[] {
  return roles.flatMap((role) => {
    if (role.key !== key || !check.factor(role.unitFactor)) return [];
    const m = median(byColumn.get(role.column) ?? []);
    if (m === null || !check.implausible(m, key)) return [];
    const headerRow = headerRowOf(band, role.column);
    const baseUnit = baseUnitOf(key);
    const params = { column: columnLetters(role.column), header: role.header, field: key, perStudent: Number(m.toPrecision(2)), baseUnit, ...(check.limit === undefined ? {} : { limit: check.limit }) };
    return issueAt(check.code, "warning", band.sheet, headerRow, role.column, params);
  });
}

/**
 * How far from the column's median a school's value per student lies before its cell is said to
 * be in another unit: 10⁴ (元 typed into a 万元 column, or 万元 into 元) and 667 (m² into 亩) are
 * both beyond it, while real schools differ by a few times, rarely by 100.
 */
export const CELL_OUTLIER_FACTOR = 300;
/**
 * How far below the median a school's value per student lies before its cell is warned of as a
 * slip (9.5 typed for 95 万元: a tenth), its value kept: real schools' equipment and areas per
 * student lie within a few times of each other (the sample county's lowest L4, L5 and L6 are over
 * 0.6 of their medians, test/fixtures/unequal.xlsx, unequal on purpose, 0.31), while a slipped
 * digit is a tenth.
 */
export const CELL_LOW_FACTOR = 5;
/** Fewer schools than this give no median worth comparing one school with. */
const MIN_SCHOOLS_FOR_MEDIAN = 3;

/**
 * The factor a cell's column was read with: the role of its key in the cell's column, else the one
 * factor all columns of the key share; null when unknown (no roles given, or columns of two units).
 */
function cellFactor(roles: readonly ColumnRole[], key: FieldKey, cell: string): number | null {
  const column = cellColumn(cell);
  const ofKey = roles.filter((r) => r.key === key);
  const own = ofKey.find((r) => r.column === column);
  const factors = new Set(ofKey.map((r) => r.unitFactor));
  return own?.unitFactor ?? (factors.size === 1 ? ([...factors][0] ?? null) : null);
}

/**
 * Which way a cell lies from the median, as the issue names it: a value far below it in a column
 * read in the base unit (元, m²) looks typed in the larger unit (万元 into 元, 亩 into m²); far above
 * it in a converted column (万元, 亩), typed in the base unit (元 into 万元); otherwise the direction
 * alone is said (too small / too large: a slipped digit or another unit).
 *
 * @example outlierCode("equipmentValue", true, 1) // "read_value_outlier_wan_in_yuan" (168.5 in a 元 column of millions)
 */
export function outlierCode(key: FieldKey, small: boolean, factor: number | null): string {
  const money = PER_STUDENT_MONEY.includes(key);
  if (small && factor === 1) return money ? "read_value_outlier_wan_in_yuan" : "read_value_outlier_mu_in_m2";
  if (!small && factor !== null && factor !== 1) return money ? "read_value_outlier_yuan_in_wan" : "read_value_outlier_m2_in_mu";
  return small ? "read_value_outlier_small" : "read_value_outlier_large";
}

/** The unit a column was read in, as the sheet states it (万元, 亩; 元 or 平方米 unconverted), for the message. */
function columnUnit(roles: readonly ColumnRole[], key: FieldKey, factor: number | null): string {
  if (factor === 1) return PER_STUDENT_MONEY.includes(key) ? "元" : "平方米";
  const role = roles.find((r) => r.key === key && r.unitFactor === factor && r.unit !== undefined);
  return role?.unit ?? (PER_STUDENT_MONEY.includes(key) ? "万元" : "亩");
}

/**
 * A cell's sheet and column as one key, to tell a column's cells from another's.
 *
 * @example sheetColumn("学校!Q5") // "学校!16"; sheetColumn("Q5") // null
 */
function sheetColumn(cell: string): string | null {
  const sheet = splitReference(cell)?.sheet;
  const column = cellColumn(cell);
  return sheet === undefined || column === null ? null : `${sheet}!${column}`;
}

/**
 * One school's values per student, each with the cell it stands in (cellsPerStudent: its own, or
 * a combined school's per-stage columns over each stage's students; never a sum of stages).
 */
function ownPerStudent(record: SchoolRecord, key: FieldKey): { value: number; cell: string }[] {
  return cellsPerStudent(record, key).flatMap(({ perStudent, cell }) => (cell === null ? [] : [{ value: perStudent, cell }]));
}

/**
 * The cell codes that name a money unit slip: 元 typed into a 万元 column, 万元 into a 元 one. Money
 * slips by 10⁴, far beyond CELL_OUTLIER_FACTOR, and no school has 300 times another's yuan per
 * student, so such a value is the column's unit contradicted, as unreadMoneyColumns' are: an error,
 * not used. An area's slip (亩 / m², 667) is not as sure — a 教学点 of a few pupils on a village's
 * grounds, a city school with next to no grounds — and, like the area header checks, stays a warning.
 */
const MONEY_SLIP_CODES: ReadonlySet<string> = new Set(["read_value_outlier_yuan_in_wan", "read_value_outlier_wan_in_yuan"]);

/**
 * Issues at single cells of a money or area column whose value per student is CELL_OUTLIER_FACTOR
 * times the median of the schools' or more (or that much smaller): one school typed in another
 * unit (2 600 000 in a 万元 column) decides the county's coefficient, unlike the column-wide slips
 * the header checks catch. A money cell under a fifth of the median (CELL_LOW_FACTOR: a slipped digit,
 * 9.5 for 95 万元) is warned of too, its value kept (belowMedianIssue), and so is one typed 0 (zeroIssue, beside any
 * school with a value above 0, a median or not); an area is not, its real spread being wider and a 0 real (no grounds). Said at the cell, with the direction the numbers show (outlierCode: 万元
 * typed into a 元 column is not 元 typed into a 万元 one); `roles` give the columns' units (none: the
 * direction alone is said). A money unit slip (MONEY_SLIP_CODES) is an error and its value is not
 * used (unreadMoneyCells); the others are warnings, the value kept. Cells of `saidColumns`
 * (sheetColumn keys) are left out, their column's slip already said at its header, and so are the
 * rows whose students are in doubt (studentsInDoubt), their students' cell said instead.
 *
 * @example 教学仪器设备值（万元） 260, 300, 280 and 2 600 000 for schools of about 1000 → read_value_outlier_yuan_in_wan (error) at the last cell
 */
export function cellOutlierIssues(records: readonly SchoolRecord[], roles: readonly ColumnRole[] = [], saidColumns: ReadonlySet<string> = new Set()): Issue[] {
  // A row whose students its classes cannot hold has its students' cell said (checkFields): its resources per student would blame the wrong cells.
  const trusted = records.filter((r) => !studentsInDoubt(r));
  return [...PER_STUDENT_MONEY, ...LARGE_AREAS].flatMap((key) => {
    const values = trusted.flatMap((r) => ownPerStudent(r, key)).filter((v) => !saidColumns.has(sheetColumn(v.cell) ?? ""));
    const m = values.length < MIN_SCHOOLS_FOR_MEDIAN ? null : median(values.map((v) => v.value));
    // Money only: a school without grounds is real. Said with or without a median (too few values above 0 for one).
    const money = PER_STUDENT_MONEY.includes(key);
    const zeros = money && values.length > 0 ? zeroCells(trusted, key, saidColumns).map((cell) => zeroIssue(cell, m, key)) : [];
    if (m === null || m <= 0) return zeros;
    const off = values.filter((v) => v.value >= m * CELL_OUTLIER_FACTOR || v.value * CELL_OUTLIER_FACTOR <= m);
    // Money only: an area's real spread reaches a tenth of the median (an old town-centre school with 1.2 m² of grounds a pupil against 10.7).
    const low = money ? values.filter((v) => v.value * CELL_LOW_FACTOR < m && !off.includes(v)) : [];
    return [...off.map((v) => unitSlipIssue(v, m, key, roles)), ...low.map((v) => belowMedianIssue(v, m, key)), ...zeros];
  });
}

/** The cells of `key` typed 0 (typedZeroCells) outside the columns already said at their header. */
function zeroCells(records: readonly SchoolRecord[], key: FieldKey, saidColumns: ReadonlySet<string>): string[] {
  return records.flatMap((r) => typedZeroCells(r, key)).filter((cell) => !saidColumns.has(sheetColumn(cell) ?? ""));
}

/**
 * The warning at a money cell typed 0 among schools whose median per student `m` is above 0: no
 * fraction of the median (belowMedianIssue's 1/times would be 1/∞, and no digit slipped), but
 * most likely a 0 put for a value not known — a school with no equipment or no funding at all is
 * none the statistics count — and it fails the school on its own. Read as 0, as typed (the reader
 * never makes a typed number missing); the cell is named, to be filled in or left blank.
 * The median is of the values above 0 (a 0 says nothing of the column's unit), with 3 schools or more;
 * with fewer (3 schools, one of them 0) the 0 is said all the same, without a median (read_value_zero_no_median).
 *
 * @example zeroIssue("学校!C4", 2193.75, "equipmentValue") // read_value_zero (warning) { field: "equipmentValue", median: 2190, baseUnit: "yuan" }
 * @example zeroIssue("学校!C4", null, "equipmentValue") // read_value_zero_no_median (warning) { field: "equipmentValue" }
 */
function zeroIssue(cell: string, m: number | null, key: FieldKey): Issue {
  if (m === null) return issueAtCell("read_value_zero_no_median", "warning", cell, { field: key });
  return issueAtCell("read_value_zero", "warning", cell, { field: key, median: Number(m.toPrecision(3)), baseUnit: baseUnitOf(key) });
}

/** The issue at a cell CELL_OUTLIER_FACTOR times from the median `m`: in another unit, by the direction the numbers show (outlierCode). */
function unitSlipIssue(v: { value: number; cell: string }, m: number, key: FieldKey, roles: readonly ColumnRole[]): Issue {
  const factor = cellFactor(roles, key, v.cell);
  const baseUnit = baseUnitOf(key);
  const params = { field: key, perStudent: Number(v.value.toPrecision(3)), median: Number(m.toPrecision(3)), baseUnit, unit: columnUnit(roles, key, factor) };
  const code = outlierCode(key, v.value < m, factor);
  return issueAtCell(code, MONEY_SLIP_CODES.has(code) ? "error" : "warning", v.cell, params);
}

/**
 * The warning at a cell under a fifth of the median `m` (CELL_LOW_FACTOR), the value kept as typed:
 * a slipped digit (9.5 for 95 万元: 211 元 a student against 2500) fails the school on its own,
 * so the cell that decides it is named. `times` is how many times smaller, rounded (2500 / 211.1 → 12).
 *
 * @example belowMedianIssue({ value: 211.11, cell: "学校!P7" }, 2500, "equipmentValue") // read_value_below_median (warning) { perStudent: 211, median: 2500, times: 12 }
 */
function belowMedianIssue(v: { value: number; cell: string }, m: number, key: FieldKey): Issue {
  const baseUnit = baseUnitOf(key);
  const params = { field: key, perStudent: Number(v.value.toPrecision(3)), median: Number(m.toPrecision(3)), baseUnit, times: Math.round(m / v.value) };
  return issueAtCell("read_value_below_median", "warning", v.cell, params);
}

/**
 * The cells whose value is not to be used: those a money unit slip is said at (MONEY_SLIP_CODES),
 * for withoutColumns to leave out, each kept as a blank cell so that what needs it is not evaluable.
 *
 * @example unreadMoneyCells([read_value_outlier_yuan_in_wan at 学校!M4 { field: equipmentValue }]) // [{ sheet: 学校, column: 12, key: equipmentValue, cell: 学校!M4 }]
 */
export function unreadMoneyCells(issues: readonly Issue[]): UnreadColumn[] {
  return issues.flatMap((i) => {
    const sheet = i.cell === null ? undefined : splitReference(i.cell)?.sheet;
    const column = i.cell === null ? null : cellColumn(i.cell);
    if (!MONEY_SLIP_CODES.has(i.code) || i.cell === null || sheet === undefined || column === null) return [];
    return [{ sheet, column, key: i.params.field as FieldKey, cell: i.cell }];
  });
}

/**
 * Issues at the header cell of money and area columns whose schools' median per student is off
 * by about the factor of a unit. A money column (unreadMoneyColumns: read as 元 under
 * LOOKS_LIKE_WAN_BELOW_YUAN, or converted from 万元 over LOOKS_UNCONVERTED_ABOVE_YUAN) is an error
 * and left out, never rescaled on a guess: the user states the unit. An area is a warning and kept:
 * read as m² under LOOKS_LIKE_MU_BELOW_M2 (most likely 亩 or 万平方米), converted from 亩 over
 * LOOKS_UNCONVERTED_ABOVE_M2 (most likely already m²).
 *
 * @example 教学仪器设备值（元） 250 for 1000 students (250 万元 meant) → 0.25 yuan per student → read_money_unit_suspect (error) at the header cell
 */
export function unitPlausibilityIssues(records: readonly SchoolRecord[], roles: readonly ColumnRole[], band: HeaderBand, unread: readonly UnreadMoney[] = unreadMoneyColumns(records, roles, band)): Issue[] {
  // A column not read is said once, as not read; the checks are of the columns read.
  const read = roles.filter((r) => !unread.some((u) => u.column === r.column));
  // Each key's values grouped by column once, for every check of it.
  const byKey = new Map([...new Set(CHECKS.flatMap((c) => c.keys))].map((key) => [key, perStudentByColumn(records, key)] as const));
  const columnWide = [...unread.map((u) => unreadIssue(u, roles, band)), ...CHECKS.flatMap((check) => check.keys.flatMap((key) => checkIssues(check, key, byKey.get(key) ?? new Map(), read, band)))];
  // A column-wide slip already said: its cells would be said again; the other columns' cells are still checked.
  const said = new Set(columnWide.flatMap((i) => (i.cell === null ? [] : [sheetColumn(i.cell) ?? ""])));
  return [...columnWide, ...cellOutlierIssues(records, roles, said)];
}
