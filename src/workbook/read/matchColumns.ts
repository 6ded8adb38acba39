import type { FieldKey, Issue } from "../../engine/types";
import { columnLetters } from "../address";
import type { HeaderBand } from "./findHeader";
import { issueOf } from "./issue";
import type { ColumnKey, ColumnRole } from "./keys";
import { matchHeaderPath } from "./matchHeaderPath";

/** User fixes from the task pane: a column (0-based sheet column) for a field or meta key. */
export type ColumnFixes = Partial<Record<ColumnKey, number>>;

export interface MatchedColumns {
  readonly roles: readonly ColumnRole[];
  readonly unmatched: readonly { readonly column: number; readonly header: string }[];
  /** Keys the evaluation needs that no column provides. */
  readonly missing: readonly string[];
  readonly issues: readonly Issue[];
}

const MONEY: ReadonlySet<ColumnKey> = new Set<ColumnKey>(["equipmentValue", "publicFunding", "trainingFunds"]);
const UNIT_FACTORS: Readonly<Record<string, number>> = { 万元: 10000, 千元: 1000, 元: 1 };

/** Keys the resource indicators need (rules.md §2); `sportsTotalArea` stands for either way of giving L5. */
export const EXPECTED_KEYS: readonly string[] = [
  "name",
  "students",
  "qualifiedTeachers",
  "backboneTeachers",
  "peArtTeachers",
  "teachingArea",
  "sportsTotalArea",
  "equipmentValue",
  "multimediaRooms",
];

function unitFromLine(unitLine: string | null): string | null {
  if (unitLine === null) return null;
  if (unitLine.includes("万元")) return "万元";
  if (unitLine.includes("千元")) return "千元";
  return unitLine.includes("元") ? "元" : null;
}

/** ×10000 for 万元 (header first, then the unit line above the header); money without a unit is read as 元 and said so. */
function unitFactor(key: ColumnKey, unit: string | null, band: HeaderBand, header: string, column: number, issues: Issue[]): number {
  if (!MONEY.has(key)) return 1;
  const stated = (unit !== null && unit in UNIT_FACTORS ? unit : null) ?? unitFromLine(band.unitLine);
  if (stated === null) issues.push(issueOf("read_unit_assumed", "info", { column: columnLetters(column), header }));
  return UNIT_FACTORS[stated ?? "元"] ?? 1;
}

function roleKey(role: Pick<ColumnRole, "key" | "stage" | "part">): string {
  return `${role.key}|${role.stage ?? ""}|${role.part ?? ""}`;
}

function autoRoles(band: HeaderBand, issues: Issue[]): { roles: ColumnRole[]; unmatched: { column: number; header: string }[] } {
  const roles: ColumnRole[] = [];
  const unmatched: { column: number; header: string }[] = [];
  for (const { column, path } of band.columns) {
    const header = path.join("/");
    const hit = matchHeaderPath(path);
    const first = hit === null ? undefined : roles.find((r) => roleKey(r) === roleKey(hit));
    if (hit === null || first !== undefined) {
      unmatched.push({ column, header });
      if (first !== undefined) issues.push(issueOf("read_duplicate_column", "warning", { column: columnLetters(column), header, first: columnLetters(first.column) }));
      continue;
    }
    roles.push({ column, key: hit.key, stage: hit.stage, part: hit.part, header, unitFactor: unitFactor(hit.key, hit.unit, band, header, column, issues) });
  }
  return { roles, unmatched };
}

function applyFixes(band: HeaderBand, auto: ColumnRole[], fixes: ColumnFixes, issues: Issue[]): ColumnRole[] {
  let roles = auto;
  for (const [key, column] of Object.entries(fixes) as [ColumnKey, number | undefined][]) {
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0) {
      issues.push(issueOf("read_mapping_bad_column", "error", { field: key, column: String(column) }));
      continue;
    }
    const path = band.columns.find((c) => c.column === column)?.path ?? [];
    const header = path.join("/");
    const unit = matchHeaderPath(path)?.unit ?? null;
    roles = roles.filter((r) => r.key !== key && r.column !== column);
    roles.push({ column, key, stage: null, part: null, header, unitFactor: unitFactor(key, unit, band, header, column, issues) });
  }
  return roles.sort((a, b) => a.column - b.column);
}

function missingKeys(roles: readonly ColumnRole[]): string[] {
  const present = new Set<string>(roles.map((r) => r.key));
  const sports: readonly FieldKey[] = ["sportsTotalArea", "sportsGroundArea", "indoorSportsArea"];
  if (sports.some((k) => present.has(k))) present.add("sportsTotalArea");
  return EXPECTED_KEYS.filter((k) => !present.has(k));
}

/**
 * Gives each header column its meaning from the alias table (aliases.ts): field or meta key,
 * per-stage marker, part of a sum (L1 degrees, L3 subjects) and unit factor (万元 → 10000).
 * A second column with the same meaning is left unmatched with a warning. `fixes` (the user's
 * corrections) replace whatever was recognised for that key or in that column.
 *
 * @example a header `学校名称 | 在校生数 | 教学仪器设备资产值(万元)` → name A, students B, equipmentValue C ×10000
 */
export function matchColumns(band: HeaderBand, fixes: ColumnFixes = {}): MatchedColumns {
  const issues: Issue[] = [];
  const auto = autoRoles(band, issues);
  const roles = applyFixes(band, auto.roles, fixes, issues);
  const used = new Set(roles.map((r) => r.column));
  const unmatched = band.columns.filter((c) => !used.has(c.column)).map((c) => ({ column: c.column, header: c.path.join("/") }));
  return { roles, unmatched, missing: missingKeys(roles), issues };
}
