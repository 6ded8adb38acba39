import type { CellValue } from "../types";
import { parseCellNumber } from "./parseCellNumber";
import { normaliseText } from "./text";

/** Which head count of G11 a row gives: the teachers rotated, or the teachers eligible for rotation. */
export type RotationCountKind = "rotated" | "eligible";

/** A count is named as one (人数, 教师数, 总数, （人）); a name with 比 / 率 / 占 is a rate, one with 骨干 is the backbone item's. */
const COUNT_NAME = /人数|教师数|总数|\((人|名)\)|数$/;
const NOT_A_COUNT = /骨干|比|率|占/;
const ELIGIBLE = /符合|应交流|应轮岗|满足|具备|条件/;

/**
 * Whether an item name gives one of the two head counts G11's rotation rate is made of
 * (rules.md §4 item 11: rotation ≥ 10% of eligible teachers), or null. The rotated count's name
 * also matches G11_rotation_rate (交流轮岗), so it is taken out before: 45 teachers is not 4500%.
 *
 * @example rotationCountKind("交流轮岗教师人数（人）") // "rotated"
 * @example rotationCountKind("符合交流条件教师总数（人）") // "eligible"
 * @example rotationCountKind("教师交流轮岗比例") // null
 */
export function rotationCountKind(name: string): RotationCountKind | null {
  const t = normaliseText(name);
  if (!/交流|轮岗/.test(t) || NOT_A_COUNT.test(t) || !COUNT_NAME.test(t)) return null;
  return ELIGIBLE.test(t) ? "eligible" : "rotated";
}

/**
 * A head count as written or stored as text (45, "45", "３８０"); null when blank (not given);
 * not ok for a percent, a word or a formula error, which is no count.
 *
 * @example readCount("45") // { ok: true, value: 45 }
 */
export function readCount(v: CellValue): { readonly ok: true; readonly value: number } | { readonly ok: false } | null {
  const parsed = parseCellNumber(v, "count");
  if (parsed.status === "blank") return null;
  return parsed.status === "number" && !parsed.percent ? { ok: true, value: parsed.value } : { ok: false };
}

/** One row giving a head count, its value read (readCount). */
export interface CountRow {
  readonly kind: RotationCountKind;
  readonly value: number;
}

/** What the counts of a sheet give: the rate, or why there is none. */
export type RotationOutcome<R extends CountRow> =
  | { readonly kind: "rate"; readonly rotated: R; readonly eligible: R; readonly rate: number }
  | { readonly kind: "missing"; readonly given: R; readonly missing: RotationCountKind }
  | { readonly kind: "no_eligible" | "inconsistent"; readonly rotated: R; readonly eligible: R }
  | { readonly kind: "several" };

function pairOutcome<R extends CountRow>(rotated: R, eligible: R): RotationOutcome<R> {
  if (eligible.value === 0) return { kind: "no_eligible", rotated, eligible };
  if (rotated.value < 0 || eligible.value < 0 || rotated.value > eligible.value) return { kind: "inconsistent", rotated, eligible };
  return { kind: "rate", rotated, eligible, rate: rotated.value / eligible.value };
}

/**
 * G11's rotation rate from the two head counts (rules.md §4 item 11): teachers rotated ÷ teachers
 * eligible. Without one of them, with 0 eligible (no rate, never Infinity), more rotated than
 * eligible or a negative count, or a count given twice, the outcome says why there is no rate;
 * null when no count is given.
 *
 * @example rotationRate([{ kind: "rotated", value: 45 }, { kind: "eligible", value: 380 }]) // { kind: "rate", rate: 0.1184210… (45 / 380), … }
 */
export function rotationRate<R extends CountRow>(rows: readonly R[]): RotationOutcome<R> | null {
  const rotated = rows.filter((r) => r.kind === "rotated");
  const eligible = rows.filter((r) => r.kind === "eligible");
  if (rotated.length > 1 || eligible.length > 1) return { kind: "several" };
  const [r, e] = [rotated[0], eligible[0]];
  if (r !== undefined && e !== undefined) return pairOutcome(r, e);
  if (r !== undefined) return { kind: "missing", given: r, missing: "eligible" };
  return e === undefined ? null : { kind: "missing", given: e, missing: "rotated" };
}
