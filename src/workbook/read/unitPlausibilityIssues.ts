import type { FieldKey, Fields, Issue, SchoolRecord } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";

/**
 * Money columns measured against a per-student standard: L6 equipment (2000 / 2500 yuan per
 * student, rules.md §2) and public funding (norms of 600–1040 yuan per student, rules.md §4 item
 * 6). Training funds are judged as a share of public funding, so their size alone says nothing.
 */
const PER_STUDENT_MONEY: readonly FieldKey[] = ["equipmentValue", "publicFunding"];

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

/** A school's value per student, when it has both, more than zero (a school without any says nothing of the unit). */
function perStudent(record: SchoolRecord, key: FieldKey): number[] {
  const value = wholeValue(record, key);
  const students = wholeValue(record, "students");
  return value !== undefined && students !== undefined && value > 0 && students > 0 ? [value / students] : [];
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

const CHECKS: readonly Check[] = [
  { code: "read_money_unit_suspect", keys: PER_STUDENT_MONEY, factor: (f) => f === 1, implausible: (v) => v < LOOKS_LIKE_WAN_BELOW_YUAN },
  { code: "read_area_unit_suspect", keys: LARGE_AREAS, factor: (f) => f === 1, implausible: (v) => v < LOOKS_LIKE_MU_BELOW_M2, limit: LOOKS_LIKE_MU_BELOW_M2 },
  {
    code: "read_unit_converted_suspect",
    keys: [...PER_STUDENT_MONEY, ...PER_STUDENT_AREAS],
    factor: (f) => f !== 1,
    implausible: (v, key) => v > (PER_STUDENT_MONEY.includes(key) ? LOOKS_UNCONVERTED_ABOVE_YUAN : LOOKS_UNCONVERTED_ABOVE_M2),
  },
];

function checkIssues(check: Check, key: FieldKey, records: readonly SchoolRecord[], roles: readonly ColumnRole[], band: HeaderBand): Issue[] {
  const columns = roles.filter((r) => r.key === key && check.factor(r.unitFactor));
  const m = columns.length === 0 ? null : median(records.flatMap((r) => perStudent(r, key)));
  if (m === null || !check.implausible(m, key)) return [];
  return columns.map((role) => {
    const headerRow = headerRowOf(band, role.column);
    const baseUnit = PER_STUDENT_MONEY.includes(key) ? "yuan" : "m2";
    const params = { column: columnLetters(role.column), header: role.header, field: key, perStudent: Number(m.toPrecision(2)), baseUnit, ...(check.limit === undefined ? {} : { limit: check.limit }) };
    return issueAt(check.code, "warning", band.sheet, headerRow, role.column, params);
  });
}

/**
 * Warnings at the header cell of money and area columns whose schools' median per student is off
 * by about the factor of a unit: a money column read as 元 under LOOKS_LIKE_WAN_BELOW_YUAN (most
 * likely 万元), a teaching or ground area read as m² under LOOKS_LIKE_MU_BELOW_M2 (most likely 亩
 * or 万平方米), a column converted from 万元 / 亩 over LOOKS_UNCONVERTED_ABOVE_YUAN / _M2 (most
 * likely already in 元 / m²). The numbers are kept as read, never rescaled on a guess: the user
 * states the unit.
 *
 * @example 教学仪器设备值 250 for 1000 students (250 万元 meant) → 0.25 yuan per student → read_money_unit_suspect at the header cell
 */
export function unitPlausibilityIssues(records: readonly SchoolRecord[], roles: readonly ColumnRole[], band: HeaderBand): Issue[] {
  return CHECKS.flatMap((check) => check.keys.flatMap((key) => checkIssues(check, key, records, roles, band)));
}
