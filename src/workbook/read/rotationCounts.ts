import type { CellValue } from "../types";
import { parseCellNumber } from "./parseCellNumber";
import { normaliseText } from "./text";

/**
 * Which head count of G11 a row gives: the teachers rotated, the teachers eligible for rotation,
 * the backbone teachers among those rotated, or principals (rotated or eligible), who are not
 * teachers and count for neither (rules.md §4 item 11 counts teachers).
 */
export type RotationCountKind = "rotated" | "eligible" | "backbone" | "principal";

/** A count is named as one (人数, 人次, 教师数, 总数, （人）); a name with 比 / 率 / 占 is a rate. */
const COUNT_NAME = /人数|人次|教师数|总数|\((人|名|人次)\)|数$/;
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
 * @example rotationCountKind("交流轮岗教师人次") // "rotated"
 * @example rotationCountKind("交流轮岗校长人数") // "principal"
 * @example rotationCountKind("教师交流轮岗比例") // null
 */
export function rotationCountKind(name: string): RotationCountKind | null {
  const t = normaliseText(name);
  if (!/交流|轮岗/.test(t) || NOT_A_COUNT.test(t) || !COUNT_NAME.test(t)) return null;
  if (t.includes("校长") && !t.includes("教师")) return "principal";
  if (t.includes("骨干")) return ELIGIBLE.test(t) ? null : "backbone";
  return ELIGIBLE.test(t) ? "eligible" : "rotated";
}

/** A head count's unit after its number (380人, 45 人次, 45名): the number is the count. */
const HEAD_UNIT = /(\d)\s*(人次|人|名)\s*$/;

/**
 * A head count as written or stored as text (45, "45", "３８０", "380人"); null when blank (not given);
 * not ok for a percent, a word or a formula error, which is no count.
 *
 * @example readCount("45") // { ok: true, value: 45 }
 */
export function readCount(v: CellValue): { readonly ok: true; readonly value: number } | { readonly ok: false } | null {
  const parsed = parseCellNumber(typeof v === "string" ? v.normalize("NFKC").replace(HEAD_UNIT, "$1") : v, "count");
  if (parsed.status === "blank") return null;
  return parsed.status === "number" && !parsed.percent ? { ok: true, value: parsed.value } : { ok: false };
}

/** One row giving a head count, its value read (readCount). */
export interface CountRow {
  readonly kind: RotationCountKind;
  readonly value: number;
  /** The stages the count covers (stageCoverage); ALL_STAGES when not said. */
  readonly stages?: string;
}

/** A count of the whole county: not split by stage, or split into both 小学 and 初中. */
export const ALL_STAGES = "小学+初中";

/** Whether two counts are of the same teachers' stages, so that one may be divided by the other. */
function sameStages(a: CountRow, b: CountRow): boolean {
  return (a.stages ?? ALL_STAGES) === (b.stages ?? ALL_STAGES);
}

/** What the counts of a sheet give: the rate, or why there is none. */
export type RotationOutcome<R extends CountRow> =
  | { readonly kind: "rate"; readonly rotated: R; readonly eligible: R; readonly rate: number }
  | { readonly kind: "missing"; readonly given: R; readonly missing: RotationCountKind }
  | { readonly kind: "no_eligible" | "inconsistent" | "uneven"; readonly rotated: R; readonly eligible: R }
  | { readonly kind: "several" };

function pairOutcome<R extends CountRow>(rotated: R, eligible: R): RotationOutcome<R> {
  if (!sameStages(rotated, eligible)) return { kind: "uneven", rotated, eligible };
  if (eligible.value === 0) return { kind: "no_eligible", rotated, eligible };
  if (rotated.value < 0 || eligible.value < 0 || rotated.value > eligible.value) return { kind: "inconsistent", rotated, eligible };
  return { kind: "rate", rotated, eligible, rate: rotated.value / eligible.value };
}

/**
 * G11's rotation rate from the two head counts (rules.md §4 item 11): teachers rotated ÷ teachers
 * eligible. Without one of them, with counts of other stages (30 rotated in 小学 ÷ 380 eligible in
 * 小学 and 初中 is no rate: "uneven"), with 0 eligible (no rate, never Infinity), more rotated than
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
  | { readonly kind: "no_rotated" | "inconsistent" | "uneven"; readonly backbone: R; readonly rotated: R }
  | { readonly kind: "several" };

/**
 * G11's backbone share from two head counts (rules.md §4 item 11: backbone teachers ≥ 20% of
 * those rotated): backbone teachers rotated ÷ teachers rotated. Without the rotated count, with
 * counts of other stages ("uneven"), with none rotated (no share, never NaN), more backbone than rotated or a negative count, or a count
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
  if (!sameStages(b, r)) return { kind: "uneven", backbone: b, rotated: r };
  if (r.value === 0) return { kind: "no_rotated", backbone: b, rotated: r };
  if (b.value < 0 || r.value < 0 || b.value > r.value) return { kind: "inconsistent", backbone: b, rotated: r };
  return { kind: "share", backbone: b, rotated: r, share: b.value / r.value };
}

/** A stage a count's name is split by: 小学 / 初中, with or without brackets or 阶段 / 学段. */
const STAGE = /\(?(小学|初中)(阶段|学段)?\)?/g;

/** The one stage a name gives and the name without it; stage null when it gives none or several. */
function stageOf(name: string): { stage: string | null; rest: string } {
  const t = normaliseText(name);
  const stages = [...t.matchAll(STAGE)].map((m) => m[1] ?? "");
  return { stage: stages.length === 1 ? (stages[0] ?? null) : null, rest: t.replace(STAGE, "") };
}

/** Counts of one kind added up: their sum, the rows it came from, the stage rows left blank, and the stages it covers. */
export interface AddedCount<R extends StageRow> extends CountRow {
  readonly parts: readonly R[];
  readonly blank: readonly R[];
  readonly stages: string;
}

/** A row of a count as read: its value null when the cell is blank (given, no value). */
export interface StageRow {
  readonly kind: RotationCountKind;
  readonly value: number | null;
  readonly name: string;
}

/** Whether rows of one kind are a count split by stage: each names one stage, no stage twice, and the names agree but for it. */
function splitByStage(rows: readonly { readonly name: string }[]): boolean {
  const split = rows.map((r) => stageOf(r.name));
  const stages = split.map((s) => s.stage);
  return rows.length > 1 && !stages.includes(null) && new Set(stages).size === stages.length && new Set(split.map((s) => s.rest)).size === 1;
}

/**
 * The stages rows with a value cover: ALL_STAGES for a row naming none or for both 小学 and 初中,
 * else the one stage named.
 * @example stageCoverage([{ name: "交流轮岗教师人数（小学）" }]) // "小学"
 */
function stageCoverage(rows: readonly { readonly name: string }[]): string {
  const stages = new Set(rows.map((r) => stageOf(r.name).stage ?? ALL_STAGES));
  return stages.has(ALL_STAGES) || stages.size > 1 ? ALL_STAGES : [...stages].join("+");
}

function given<R extends StageRow>(rows: readonly R[]): (R & { readonly value: number })[] {
  return rows.filter((r): r is R & { readonly value: number } => r.value !== null);
}

/** One row on its own (not split by stage). */
function alone<R extends StageRow>(r: R & { readonly value: number }): AddedCount<R> {
  return { kind: r.kind, value: r.value, parts: [r], blank: [], stages: stageCoverage([r]) };
}

/**
 * Counts of one kind given by stage (交流轮岗教师人数 | 小学 | 30, | 初中 | 15) added up into the
 * county's count (45), as the county's rate is of all its teachers (rules.md §4 item 11); rows of a
 * kind that are not so split stay each on its own (a count given twice: rotationRate's "several"),
 * blank ones dropped. A stage left blank (| 初中 | blank) is no 0: the count covers the other stage
 * only (stages "小学"), so rotationRate / backboneShare make nothing of it beside a count of both
 * ("uneven"), and the blank row is kept (blank) to be named.
 *
 * @example addStages([rotated 30 "…（小学）", rotated 15 "…（初中）"]) // [{ kind: "rotated", value: 45, parts: [both], blank: [], stages: ALL_STAGES }]
 * @example addStages([rotated 30 "…（小学）", rotated null "…（初中）"]) // [{ kind: "rotated", value: 30, parts: [小学], blank: [初中], stages: "小学" }]
 */
export function addStages<R extends StageRow>(rows: readonly R[]): AddedCount<R>[] {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds.flatMap((kind) => {
    const own = rows.filter((r) => r.kind === kind);
    const parts = given(own);
    if (!splitByStage(own) || parts.length === 0) return parts.map(alone);
    return [{ kind, value: parts.reduce((sum, r) => sum + r.value, 0), parts, blank: own.filter((r) => r.value === null), stages: stageCoverage(parts) }];
  });
}
