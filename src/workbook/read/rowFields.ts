import type { FieldKey, Fields, Issue, Sourced, Stage } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { ColumnRole, Part } from "./keys";
import { parseCellNumber, type NumberKind } from "./parseCellNumber";

const MEASURES: ReadonlySet<string> = new Set([
  "teachingArea",
  "indoorSportsArea",
  "sportsGroundArea",
  "sportsTotalArea",
  "equipmentValue",
  "musicRoomsArea",
  "artRoomsArea",
  "publicFunding",
  "trainingFunds",
]);

const INVALID_CODES = { formula_error: "read_formula_error", not_a_number: "read_not_a_number", negative: "read_negative" } as const;

/** Which of a row's columns feed one Fields object. */
export type FieldScope =
  /** A section row: that stage's columns, else the columns without a stage. */
  | { readonly kind: "section"; readonly stage: Stage }
  /** A whole combined school's shared numbers: columns without a stage. */
  | { readonly kind: "shared" }
  /** A whole combined school's per-stage numbers: that stage's columns only. */
  | { readonly kind: "stage"; readonly stage: Stage };

/**
 * The L1 numerator by stage (rules.md §2): 小学 专科及以上, 初中 本科及以上; from the degree
 * breakdown when the sheet has no such column. The first set whose columns all exist is used.
 */
const QUALIFIED_PARTS: Readonly<Record<Stage, readonly (readonly Part[])[]>> = {
  primary: [["associateUp"], ["bachelorUp", "associate"], ["graduate", "bachelor", "associate"], ["bachelor", "associate"]],
  junior: [["bachelorUp"], ["graduate", "bachelor"], ["bachelor"]],
};
/** L3 = 体育 + 音乐 + 美术 (+ an integrated 艺术 subject column). */
const PE_ART_PARTS: readonly (readonly Part[])[] = [["pe", "music", "art", "arts"], ["pe", "music", "art"], ["pe", "arts"]];

type Read = { readonly kind: "value"; readonly sourced: Sourced } | { readonly kind: "blank" } | { readonly kind: "invalid" };

/** One number cell of a row; an unreadable cell becomes an issue at its address. */
export function readNumberCell(grid: Grid, row: number, role: ColumnRole, issues: Issue[]): Read {
  const value = grid.values[row - grid.top]?.[role.column - grid.left] ?? null;
  const kind: NumberKind = MEASURES.has(role.key) ? "measure" : "count";
  const parsed = parseCellNumber(value, kind);
  const cell = qualified(grid.sheet, a1(row, role.column));
  if (parsed.status === "blank") return { kind: "blank" };
  if (parsed.status === "none") return { kind: "value", sourced: { value: 0, cell } };
  if (parsed.status === "number") return { kind: "value", sourced: { value: parsed.value * role.unitFactor, cell } };
  const code = INVALID_CODES[parsed.reason];
  issues.push(issueAt(code, "error", grid.sheet, row, role.column, { header: role.header, text: parsed.text }));
  return { kind: "invalid" };
}

function inScope(role: ColumnRole, scope: FieldScope): boolean {
  if (scope.kind === "shared") return role.stage === null;
  if (scope.kind === "stage") return role.stage === scope.stage;
  return role.stage === scope.stage || role.stage === null;
}

/** The roles of one key in scope, one per part, a stage's own column before a column without stage. */
function rolesByPart(roles: readonly ColumnRole[], key: FieldKey, scope: FieldScope): Map<Part | null, ColumnRole> {
  const out = new Map<Part | null, ColumnRole>();
  const ordered = roles.filter((r) => r.key === key && inScope(r, scope)).sort((a, b) => (a.stage === null ? 1 : 0) - (b.stage === null ? 1 : 0));
  for (const r of ordered) if (!out.has(r.part)) out.set(r.part, r);
  return out;
}

/** Parts add up; blank parts count as nothing when another part has a value (the statistics leave zeros blank). */
function sumParts(reads: readonly Read[]): Sourced | null {
  if (reads.some((r) => r.kind === "invalid")) return null;
  const values = reads.flatMap((r) => (r.kind === "value" ? [r.sourced] : []));
  if (values.length === 0) return null;
  return { value: values.reduce((a, s) => a + s.value, 0), cell: values[0]?.cell ?? null };
}

function partSets(key: FieldKey, scope: FieldScope): readonly (readonly Part[])[] {
  if (key === "peArtTeachers") return PE_ART_PARTS;
  if (key !== "qualifiedTeachers" || scope.kind === "shared") return [];
  return QUALIFIED_PARTS[scope.stage];
}

function readKey(grid: Grid, row: number, byPart: Map<Part | null, ColumnRole>, sets: readonly (readonly Part[])[], issues: Issue[]): Sourced | null {
  const direct = byPart.get(null);
  if (direct !== undefined) {
    const read = readNumberCell(grid, row, direct, issues);
    return read.kind === "value" ? read.sourced : null;
  }
  const set = sets.find((parts) => parts.every((p) => byPart.has(p)));
  if (set === undefined) return null;
  return sumParts(set.map((p) => readNumberCell(grid, row, byPart.get(p) as ColumnRole, issues)));
}

/**
 * The numbers of one row for one scope: each field from its column (万元 already × 10000), L1 and
 * L3 summed from their parts when the sheet has no column for them. A blank cell leaves the field
 * out; `—` / `无` give 0; an unreadable cell is an issue at its address and leaves the field out.
 */
export function rowFields(grid: Grid, row: number, roles: readonly ColumnRole[], scope: FieldScope, issues: Issue[]): Fields {
  const keys = [...new Set(roles.map((r) => r.key))] as FieldKey[];
  const out: Partial<Record<FieldKey, Sourced>> = {};
  for (const key of keys) {
    const byPart = rolesByPart(roles, key, scope);
    if (byPart.size === 0) continue;
    const value = readKey(grid, row, byPart, partSets(key, scope), issues);
    if (value !== null) out[key] = value;
  }
  return out;
}
