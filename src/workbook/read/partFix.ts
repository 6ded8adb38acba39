import type { Issue, Stage } from "../../engine/types";
import { columnLetters } from "../address";
import { bareSubject } from "./bareSubjects";
import { headerRowOf, type HeaderBand, type HeaderColumn } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnKey, ColumnRole, Part } from "./keys";
import { matchHeaderPath } from "./matchHeaderPath";
import type { FixRole } from "./matchColumns";
import { PE_ART_PARTS } from "./rowFields";

/**
 * A fix giving the whole of L3 (体育、艺术专任教师数) to a column whose header names one of its
 * subjects (体育, 体育教师, 音乐美术): read as that part, so that the other parts (音乐美术) are still
 * added and L3 is not PE teachers alone; said at the column's header. A subject's header is never
 * the L3 total, unlike a level or degree column (省市级, 本科) that a bureau may use for the whole of
 * L2 or L1: those fixes stand as given, and the parts they drop are said (read_fix_drops_part).
 *
 * @example header 体育 (E), fix peArtTeachers → E → { key: "peArtTeachers", part: "pe" }, read_fix_whole_on_part at E1
 */
export function partOfFixedColumn(band: HeaderBand, role: FixRole, column: number, issues: Issue[]): FixRole {
  const own = band.columns.find((c) => c.column === column);
  if (own === undefined || role.part !== null || role.key !== "peArtTeachers") return role;
  const part = partNamed(own, role.key);
  if (part === null) return role;
  const params = { column: columnLetters(column), header: own.path.join("/"), field: role.key, takenPart: part };
  issues.push(issueAt("read_fix_whole_on_part", "warning", band.sheet, headerRowOf(band, column), column, params));
  return { ...role, part };
}

/** The part of `key` a header names: by its aliases (体育教师), else as a bare subject (体育); null for another field's header. */
function partNamed(own: HeaderColumn, key: ColumnKey): Part | null {
  const matched = matchHeaderPath(own.path);
  if (matched === null) return bareSubject(own)?.part ?? null;
  return matched.key === key ? matched.part : null;
}

/** The L3 part a set of read parts lacks most plainly: 体育, else the arts (音乐美术), else 音乐 or 美术 of a pair. */
function missingPeArtPart(parts: ReadonlySet<Part | null>): Part {
  if (!parts.has("pe")) return "pe";
  if (parts.has("music") && !parts.has("art")) return "art";
  return parts.has("art") && !parts.has("music") ? "music" : "musicArt";
}

/**
 * L3 read from parts (rules.md §2 L3: 体育 + 音乐 + 美术) when the parts read make no whole set
 * (rowFields.ts PE_ART_PARTS) and no column gives the field itself: every school would miss L3
 * (or, mapped by hand, count one part only), so the part still needed is said at the first part's
 * header, with how to map it. Each stage is tested on its own parts and those without a stage, as
 * rowFields reads a stage's row (小学体育 + 小学音乐美术 leave 初中体育 alone). Nothing when no part
 * is read at all (read_columns_missing says that).
 *
 * @example 学校名称 | 学生数 | 体育教师 → read_parts_incomplete at C1 (missingPart musicArt)
 * @example 小学体育教师 (E) | 小学音乐美术教师 | 初中体育教师 (G) → read_parts_incomplete at G1 only
 */
export function partGapIssues(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const l3 = roles.filter((r) => r.key === "peArtTeachers");
  const staged = [...new Set(l3.flatMap((r) => (r.stage === null ? [] : [r.stage])))];
  return staged.length === 0 ? stageGapIssues(band, l3, null) : staged.flatMap((stage) => stageGapIssues(band, l3.filter((r) => r.stage === stage || r.stage === null), stage));
}

/**
 * The read_parts_incomplete of one stage's L3 parts (partGapIssues), said at the stage's first part;
 * of a stage (read_parts_incomplete_stage), naming it and the `--map` key the command line takes
 * for that stage's part (as matchColumns' fixKey writes it, not imported: matchColumns imports this file; peArtTeachers@junior#musicArt), as a label would name no stage.
 */
function stageGapIssues(band: HeaderBand, l3: readonly ColumnRole[], stage: Stage | null): Issue[] {
  const first = l3.find((r) => r.stage !== null) ?? l3[0];
  if (first === undefined || l3.some((r) => r.part === null)) return [];
  const parts = new Set(l3.map((r) => r.part));
  if (PE_ART_PARTS.some((set) => set.every((p) => parts.has(p)))) return [];
  const missingPart = missingPeArtPart(parts);
  const params = { column: columnLetters(first.column), header: first.header, field: first.key, missingPart };
  const row = headerRowOf(band, first.column);
  if (stage === null) return [issueAt("read_parts_incomplete", "warning", band.sheet, row, first.column, params)];
  const staged = { ...params, stage, mapKey: `${first.key}@${stage}#${missingPart}` };
  return [issueAt("read_parts_incomplete_stage", "warning", band.sheet, row, first.column, staged)];
}
