import type { Issue } from "../../engine/types";
import { ProfileError, type ProfileProblem } from "../../profiles/ProfileError";
import { withEntries } from "../../profiles/overrideEntries";
import { a1, qualified } from "../address";
import { resolveProfile, DEFAULT_PROFILE_ID } from "../../profiles/resolveProfile";
import type { CellValue, Grid } from "../types";
import { issueAt } from "./issue";
import { parseCellNumber } from "./parseCellNumber";
import { parseYesNo } from "./schoolKind";
import { schemaLeaf, type LeafKind } from "./schemaPath";
import { cellText, normaliseText } from "./text";
import { profileReason } from "../../messages/profileMessages";

/**
 * The codes of a 规则 sheet entry left out: an unknown path, a value of the wrong kind, one the
 * profile rejects, one without the rest of its group. Each is listed on 数据问题 as an error,
 * 已忽略, and the run goes on with the profile's own setting (the pane counts them: resultNotes).
 */
export const RULE_ENTRY_IGNORED: ReadonlySet<string> = new Set(["read_rule_unknown_path", "read_rule_bad_value", "read_rule_invalid", "read_rule_incomplete"]);

/** Sheet names that hold rule settings. */
export const RULE_SHEET = /^(规则|规则设置|规则设定|评估规则|rules?)$/i;
const HEADER = /^(路径|参数|设置项|规则项|path|项目|规则)$/i;
const NULL_WORDS = /^(null|无|空|不适用)$/i;

interface Setting {
  readonly path: string;
  readonly value: unknown;
  readonly row: number;
  readonly valueColumn: number;
}

type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

function convertJson(text: string): Converted {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A cell converted to what the profile path holds: numbers (95% → 0.95), 是 / 否, text, JSON; 无 / null for nullable paths. */
export function convertSetting(v: CellValue, leaf: LeafKind): Converted {
  const text = cellText(v) ?? "";
  if (leaf.nullable && NULL_WORDS.test(text.trim())) return { ok: true, value: null };
  if (leaf.kind === "number") {
    const p = parseCellNumber(v, "ratio");
    if (p.status === "number") return { ok: true, value: p.value };
    return typeof v === "number" && Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  }
  if (leaf.kind === "boolean") {
    const b = typeof v === "boolean" ? v : parseYesNo(text);
    return b === null ? { ok: false } : { ok: true, value: b };
  }
  if (leaf.kind === "string") return text !== "" && (leaf.options === null || leaf.options.includes(text.trim())) ? { ok: true, value: text.trim() } : { ok: false };
  return convertJson(text);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".").map((k) => k.trim());
  let node = target;
  keys.slice(0, -1).forEach((k) => {
    const next = node[k];
    node = (typeof next === "object" && next !== null && !Array.isArray(next) ? next : (node[k] = {})) as Record<string, unknown>;
  });
  node[keys[keys.length - 1] ?? ""] = value;
}

function overrideOf(settings: readonly Setting[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of settings) setPath(out, s.path, s.value);
  return out;
}

function commonPrefix(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The setting a profile problem path comes from: the one sharing the longest leading part of the path. */
function culprit(settings: readonly Setting[], problemPath: string): Setting | undefined {
  return [...settings].sort((a, b) => commonPrefix(b.path, problemPath) - commonPrefix(a.path, problemPath))[0];
}

/** The issue for one rejected setting: the keys its group still lacks, or why its value is refused. */
function rejection(sheet: string, s: Setting, problems: readonly ProfileProblem[]): Issue {
  const missing = problems.filter((p) => p.code === "profile_missing").map((p) => p.path);
  const other = problems.find((p) => p.code !== "profile_missing");
  if (other === undefined && missing.length > 0) return issueAt("read_rule_incomplete", "error", sheet, s.row, s.valueColumn, { path: s.path, paths: missing.join("\n") });
  // The reason as the catalogue words it (profile_reason_…), never the validator's English.
  return issueAt("read_rule_invalid", "error", sheet, s.row, s.valueColumn, { path: s.path, profileProblem: profileReason(other?.code ?? "invalid") });
}

/** Problems by the setting they come from (culprit). */
function byCulprit(settings: readonly Setting[], problems: readonly ProfileProblem[]): Map<Setting, ProfileProblem[]> {
  const out = new Map<Setting, ProfileProblem[]>();
  for (const p of problems) {
    const s = culprit(settings, p.path);
    if (s !== undefined) out.set(s, [...(out.get(s) ?? []), p]);
  }
  return out;
}

/** Settings the profile accepts: each rejected one becomes an issue at its value cell and is dropped, until the rest resolve. */
function validated(sheet: string, settings: Setting[], issues: Issue[]): Setting[] {
  let kept = settings;
  while (kept.length > 0) {
    try {
      resolveProfile({ extends: DEFAULT_PROFILE_ID, ...overrideOf(kept) });
      return kept;
    } catch (error) {
      if (!(error instanceof ProfileError)) throw new Error("rule sheet validation failed", { cause: error });
      const bad = byCulprit(kept, error.problems);
      for (const [s, problems] of bad) issues.push(rejection(sheet, s, problems));
      kept = kept.filter((s) => !bad.has(s));
    }
  }
  return kept;
}

function settingOf(grid: Grid, row: number, issues: Issue[]): Setting | null {
  const cells = (grid.values[row - grid.top] ?? []).map((v, i) => ({ v, c: grid.left + i })).filter((x) => cellText(x.v) !== null);
  const [pathCell, valueCell] = cells;
  if (pathCell === undefined || HEADER.test(normaliseText(cellText(pathCell.v) ?? ""))) return null;
  const path = (cellText(pathCell.v) ?? "").normalize("NFKC").replace(/\s+/g, "");
  const leaf = schemaLeaf(path);
  if (leaf === null) {
    issues.push(issueAt("read_rule_unknown_path", "error", grid.sheet, row, pathCell.c, { path }));
    return null;
  }
  const converted = valueCell === undefined ? { ok: false as const } : convertSetting(valueCell.v, leaf);
  const valueColumn = valueCell?.c ?? pathCell.c + 1;
  if (!converted.ok) {
    issues.push(issueAt("read_rule_bad_value", "error", grid.sheet, row, valueColumn, { path, text: cellText(valueCell?.v) ?? "", expected: leaf.kind }));
    return null;
  }
  return { path, value: converted.value, row, valueColumn };
}

/**
 * A 规则 sheet (rows 路径 | 值, e.g. `cvLimits.primary | 0.45`, `scope.includePrivate | 否`) as a
 * nested profile override. Values are converted by the path's type in the profile schema; an
 * unknown path, a value of the wrong kind, or one the profile rejects (checked by resolving
 * `{ extends: "national-2017", ...override }`) is an error at its cell and left out; so is one
 * that sets a key of a group the profile leaves null without the group's other keys
 * (read_rule_incomplete names them). overrideEntries(override) lists the settings kept with their cells.
 *
 * @example rows cvLimits.primary | 0.45 → { cvLimits: { primary: 0.45 } }
 */
export function readRuleSheet(grid: Grid): { override: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  const settings: Setting[] = [];
  for (let row = grid.top; row < grid.top + grid.values.length; row++) {
    const s = settingOf(grid, row, issues);
    if (s !== null) settings.push(s);
  }
  const kept = validated(grid.sheet, settings, issues);
  const entries = kept.map((s) => ({ path: s.path, value: s.value, cell: qualified(grid.sheet, a1(s.row, s.valueColumn)) }));
  // Where each setting came from travels with the override (overrideEntries), for the notes and the report.
  return { override: withEntries(overrideOf(kept), entries), issues };
}
