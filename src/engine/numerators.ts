import type { CellRef, FieldKey, Fields, IndicatorCode, Sourced } from "./types";

/** Why a numerator could not be formed; each `code` is an issue code of the message catalogue. */
export interface NumeratorProblem {
  readonly kind: "problem";
  readonly code: "missing_numerator" | "negative_value" | "indoor_exceeds_teaching_area";
  readonly field: FieldKey;
  /** The offending value (negative input, or the negative difference after the deduction). */
  readonly value: number | null;
  readonly cell: CellRef;
}

export interface NumeratorValue {
  readonly kind: "value";
  readonly value: number;
  /** Cells of the parts the numerator was formed from. */
  readonly cells: readonly CellRef[];
}

export type NumeratorOutcome = NumeratorValue | NumeratorProblem;

/** An indicator that needs the indoor sports rooms, and the area of its numerator held back with them. */
export type IndoorNeed = readonly [IndicatorCode, FieldKey];

const BOTH_AREAS: readonly IndoorNeed[] = [
  ["L4", "teachingArea"],
  ["L5", "sportsGroundArea"],
];
const GROUND_ONLY: readonly IndoorNeed[] = [["L5", "sportsGroundArea"]];

/**
 * The areas whose indicator needs the indoor sports rooms (rules.md §2 "Indoor sports rooms"):
 * L5 adds them to the ground area; L4 deducts them when the profile says so. When the indoor area
 * is there but unknown, these are held back rather than used without it, which would count the
 * indoor rooms as 0 (usableRecord).
 *
 * @example needsIndoor(true) // [["L4", "teachingArea"], ["L5", "sportsGroundArea"]]; needsIndoor(false) // [["L5", "sportsGroundArea"]]
 */
export function needsIndoor(l4Deducts: boolean): readonly IndoorNeed[] {
  return l4Deducts ? BOTH_AREAS : GROUND_ONLY;
}

/** The one field that is an indicator's numerator, for the indicators that have one. */
export const SINGLE_FIELD: Readonly<Record<Exclude<IndicatorCode, "L4" | "L5">, FieldKey>> = {
  L1: "qualifiedTeachers",
  L2: "backboneTeachers",
  L3: "peArtTeachers",
  L6: "equipmentValue",
  L7: "multimediaRooms",
};

function problem(code: NumeratorProblem["code"], field: FieldKey, value: number | null, cell: CellRef): NumeratorProblem {
  return { kind: "problem", code, field, value, cell };
}

/** A field as a numerator part: missing and negative inputs are problems, never 0. */
function part(fields: Fields, field: FieldKey): NumeratorOutcome {
  const f = fields[field];
  if (f === undefined) return problem("missing_numerator", field, null, null);
  if (f.value < 0) return problem("negative_value", field, f.value, f.cell);
  return { kind: "value", value: f.value, cells: [f.cell] };
}

function sum(a: NumeratorValue, b: NumeratorValue): NumeratorValue {
  return { kind: "value", value: a.value + b.value, cells: [...a.cells, ...b.cells] };
}

/**
 * L4 numerator: 教学及辅助用房 minus 室内体育用房 when the profile deducts it and the indoor area
 * is given (rules.md §2 "Indoor sports rooms"), so that no m² counts in both L4 and L5.
 *
 * @example teachingNumerator({ teachingArea: 3000 m², indoorSportsArea: 400 m² }, true) // 2600 m²
 */
export function teachingNumerator(fields: Fields, deductIndoor: boolean): NumeratorOutcome {
  const gross = part(fields, "teachingArea");
  // Nothing to deduct when the indoor area is not given.
  if (gross.kind === "problem" || !deductIndoor || fields.indoorSportsArea === undefined) return gross;
  const indoor = part(fields, "indoorSportsArea");
  if (indoor.kind === "problem") return indoor;
  const net = gross.value - indoor.value;
  // The issue gives the excess (indoor − teaching, positive): the message says "by" how much.
  if (net < 0) return problem("indoor_exceeds_teaching_area", "teachingArea", -net, fields.teachingArea?.cell ?? null);
  return { kind: "value", value: net, cells: [...gross.cells, ...indoor.cells] };
}

/**
 * L5 numerator (rules.md §2). Order of preference:
 * 1. outdoor ground + indoor sports rooms, when both are given (the rule for workbooks with an
 *    indoor column: the same indoor m² that L4 deducts must count here). A total given as well is
 *    only cross-checked (see sportsTotalMismatch);
 * 2. the total 体育运动场馆面积, when given (it already includes halls);
 * 3. the outdoor ground alone, when there is no indoor column and no total.
 *
 * @example sportsNumerator({ sportsGroundArea: 2400, indoorSportsArea: 400 }) // 2800 m²
 */
export function sportsNumerator(fields: Fields): NumeratorOutcome {
  const { sportsGroundArea: ground, indoorSportsArea: indoor, sportsTotalArea: total } = fields;
  const source = sportsSource(ground !== undefined, indoor !== undefined, total !== undefined);
  if (source === "parts") {
    const [g, i] = [part(fields, "sportsGroundArea"), part(fields, "indoorSportsArea")];
    if (g.kind === "problem") return g;
    return i.kind === "problem" ? i : sum(g, i);
  }
  if (source === "total") return part(fields, "sportsTotalArea");
  if (source === "ground") return part(fields, "sportsGroundArea");
  return problem("missing_numerator", indoor !== undefined ? "sportsGroundArea" : "sportsTotalArea", null, null);
}

/** Where the L5 numerator comes from, by sportsNumerator's order of preference. */
export type SportsSource = "parts" | "total" | "ground" | "none";

/**
 * Which of the given sports areas L5 is formed from (rules.md §2): ground + indoor when both are
 * given, else the total, else the ground alone. The one statement of that order, for the object
 * path (sportsNumerator) and the fast path, which has only numbers.
 *
 * @example sportsSource(true, true, true) // "parts"; sportsSource(true, false, true) // "total"; sportsSource(false, true, false) // "none"
 */
export function sportsSource(ground: boolean, indoor: boolean, total: boolean): SportsSource {
  if (ground && indoor) return "parts";
  if (total) return "total";
  // Without indoor rooms (else "parts"), the ground is all the sports area there is.
  return ground ? "ground" : "none";
}

/** How far, in m², a stated sports total may be from ground + indoor before the workbook contradicts itself. */
export const SPORTS_TOTAL_TOLERANCE = 1;

/**
 * The total and the parts of the sports area when both are given and disagree by more than 1 m²
 * (the parts are used, rules.md §2 "Indoor sports rooms"; the user should know the workbook
 * contradicts itself). Null otherwise.
 *
 * @example sportsTotalMismatch({ sportsGroundArea: 2400, indoorSportsArea: 400, sportsTotalArea: 3000 }) // { total: 3000 m², parts: 2800 }
 */
export function sportsTotalMismatch(fields: Fields): { total: Sourced; parts: number } | null {
  const { sportsGroundArea: ground, indoorSportsArea: indoor, sportsTotalArea: total } = fields;
  if (ground === undefined || indoor === undefined || total === undefined) return null;
  const parts = ground.value + indoor.value;
  return totalContradicts(total.value, parts) ? { total, parts } : null;
}

/**
 * Whether a stated sports total contradicts ground + indoor: more than SPORTS_TOTAL_TOLERANCE
 * apart (an absent total, NaN, contradicts nothing). Shared by both paths.
 * @example totalContradicts(3000, 2800) // true; totalContradicts(2800, 2800.4) // false
 */
export function totalContradicts(total: number, parts: number): boolean {
  return Math.abs(total - parts) > SPORTS_TOTAL_TOLERANCE;
}

/**
 * The numerator of one indicator for a section (rules.md §2 table). Missing or negative inputs
 * give a problem, never a silent 0.
 *
 * @example indicatorNumerator("L1", { qualifiedTeachers: 18 }, true) // { kind: "value", value: 18 }
 */
export function indicatorNumerator(code: IndicatorCode, fields: Fields, deductIndoor: boolean): NumeratorOutcome {
  if (code === "L4") return teachingNumerator(fields, deductIndoor);
  if (code === "L5") return sportsNumerator(fields);
  return part(fields, SINGLE_FIELD[code]);
}
