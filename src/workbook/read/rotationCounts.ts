import type { CellValue } from "../types";
import { parseCellNumber } from "./parseCellNumber";
import { normaliseText } from "./text";

/** Which head count of G11 a row gives: the teachers rotated, the teachers eligible for rotation, or the backbone teachers among those rotated. */
export type RotationCountKind = "rotated" | "eligible" | "backbone";

/** A count is named as one (人数, 教师数, 总数, （人）); a name with 比 / 率 / 占 is a rate. */
const COUNT_NAME = /人数|教师数|总数|\((人|名)\)|数$/;
const NOT_A_COUNT = /比|率|占/;
const ELIGIBLE = /符合|应交流|应轮岗|满足|具备|条件/;

/**
 * Whether an item name gives one of the head counts G11 is made of (rules.md §4 item 11:
 * rotation ≥ 10% of eligible teachers, backbone teachers ≥ 20% of those rotated), or null. The
 * counts' names also match G11_rotation_rate / G11_backbone_rotation (交流轮岗, 骨干), so they are
 * taken out before: 45 teachers is not 4500%. Eligible backbone teachers are neither count.
 *
 * @example rotationCountKind("交流轮岗教师人数（人）") // "rotated"
 * @example rotationCountKind("符合交流条件教师总数（人）") // "eligible"
 * @example rotationCountKind("骨干教师交流轮岗人数（人）") // "backbone"
 * @example rotationCountKind("教师交流轮岗比例") // null
 */
export function rotationCountKind(name: string): RotationCountKind | null {
  const t = normaliseText(name);
  if (!/交流|轮岗/.test(t) || NOT_A_COUNT.test(t) || !COUNT_NAME.test(t)) return null;
  if (t.includes("骨干")) return ELIGIBLE.test(t) ? null : "backbone";
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

/** What the backbone count of a county gives: the share of backbone teachers among those rotated, or why there is none. */
export type BackboneOutcome<R extends CountRow> =
  | { readonly kind: "share"; readonly backbone: R; readonly rotated: R; readonly share: number }
  | { readonly kind: "rotated_missing"; readonly backbone: R }
  | { readonly kind: "no_rotated" | "inconsistent"; readonly backbone: R; readonly rotated: R }
  | { readonly kind: "several" };

/**
 * G11's backbone share from two head counts (rules.md §4 item 11: backbone teachers ≥ 20% of
 * those rotated): backbone teachers rotated ÷ teachers rotated. Without the rotated count, with
 * none rotated (no share, never NaN), more backbone than rotated or a negative count, or a count
 * given twice, the outcome says why there is no share; null when no backbone count is given.
 *
 * @example backboneShare([{ kind: "backbone", value: 12 }, { kind: "rotated", value: 45 }]) // { kind: "share", share: 0.2666… (12 / 45), … }
 */
export function backboneShare<R extends CountRow>(rows: readonly R[]): BackboneOutcome<R> | null {
  const backbone = rows.filter((r) => r.kind === "backbone");
  const rotated = rows.filter((r) => r.kind === "rotated");
  const [b, r] = [backbone[0], rotated[0]];
  if (b === undefined) return null;
  if (backbone.length > 1 || rotated.length > 1) return { kind: "several" };
  if (r === undefined) return { kind: "rotated_missing", backbone: b };
  if (r.value === 0) return { kind: "no_rotated", backbone: b, rotated: r };
  if (b.value < 0 || r.value < 0 || b.value > r.value) return { kind: "inconsistent", backbone: b, rotated: r };
  return { kind: "share", backbone: b, rotated: r, share: b.value / r.value };
}
