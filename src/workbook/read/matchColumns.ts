import { hiddenColumnsRead } from "./hiddenColumnsRead";
import { FIELD_KEYS, STAGES, type FieldKey, type Issue, type Stage } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand, type HeaderColumn } from "./findHeader";
import { issueAt, issueOf } from "./issue";
import { META_KEYS, PARTS, type ColumnKey, type ColumnRole, type Part } from "./keys";
import { analysePath, matchHeaderPath } from "./matchHeaderPath";
import { backboneLevelGaps } from "./backboneLevelGaps";
import { partOverlaps } from "./partOverlaps";
import { mergedBucketIssues, unusableMergedBuckets } from "./mergedBucketIssues";
import { backboneTotalsToSkip } from "./backboneTotalsToSkip";
import { bareSubjectRoles } from "./bareSubjects";
import { bareDegreeRoles, staffDegreeIssues } from "./bareDegrees";
import { partGapIssues, partOfFixedColumn } from "./partFix";
import { resolveUnit, unitFactorOf, unitOfLine } from "./units";
import { isPerStudentHeader, perStudentIssues } from "./perStudentIssues";
import { unsupportedUnitIssues } from "./unsupportedUnitIssues";
import { seniorEvidence, wholeStudentsColumn } from "./wholeStudents";
import type { Grid } from "../types";
import { emptyFixColumn } from "./emptyFixColumn";

/**
 * User fixes from the task pane. `roles`: a 0-based sheet column per role, keyed by fixKey — field
 * or meta key with the column's stage and part (`students@junior`, `qualifiedTeachers#bachelor`),
 * so that fixing one per-stage column leaves its sibling for the other stage alone. `ignore`:
 * columns to leave unused even when recognised. `bySheet`: a sheet's own fixes, on top of these for
 * that sheet only (`--map 初中!教学仪器设备值=R`: the 初中 sheet's columns sit elsewhere; sheetFixes).
 */
export interface RoleFixes {
  readonly roles?: Readonly<Record<string, number>>;
  readonly ignore?: readonly number[];
  readonly bySheet?: Readonly<Record<string, RoleFixes>>;
}

/** RoleFixes, or a plain field → column record (as saved by earlier versions): roles without stage or part, each standing for the whole field as it did then. */
export type ColumnFixes = RoleFixes | Readonly<Partial<Record<ColumnKey, number>>>;

/** What a fix gives a column: a key, with a stage and a part where it has them. */
export type FixRole = Pick<ColumnRole, "key" | "stage" | "part">;

/**
 * The key of a role in RoleFixes.roles.
 * @example fixKey({ key: "students", stage: "junior", part: null }) // "students@junior"
 * @example fixKey({ key: "qualifiedTeachers", stage: null, part: "bachelor" }) // "qualifiedTeachers#bachelor"
 */
export function fixKey(role: FixRole): string {
  return `${role.key}${role.stage === null ? "" : `@${role.stage}`}${role.part === null ? "" : `#${role.part}`}`;
}

const COLUMN_KEYS: ReadonlySet<string> = new Set<string>([...META_KEYS, ...FIELD_KEYS]);
const FIELDS: ReadonlySet<string> = new Set<string>(FIELD_KEYS);

/** The role a fixKey names, or null when it names none (stages and parts go with numeric fields only). @example parseFixKey("students@primary") // { key: "students", stage: "primary", part: null } */
export function parseFixKey(text: string): FixRole | null {
  const m = /^(\w+)(?:@(\w+))?(?:#(\w+))?$/.exec(text);
  const [key, stage, part] = [m?.[1], m?.[2] ?? null, m?.[3] ?? null];
  if (key === undefined || !COLUMN_KEYS.has(key)) return null;
  if ((stage !== null || part !== null) && !FIELDS.has(key)) return null;
  if (stage !== null && !(STAGES as readonly string[]).includes(stage)) return null;
  if (part !== null && !(PARTS as readonly string[]).includes(part)) return null;
  return { key: key as ColumnKey, stage: stage as Stage | null, part: part as Part | null };
}

function isRoleFixes(fixes: ColumnFixes): fixes is RoleFixes {
  return "roles" in fixes || "ignore" in fixes;
}

function roleFixes(fixes: ColumnFixes): { roles: Readonly<Record<string, number | undefined>>; ignore: readonly number[] } {
  if (isRoleFixes(fixes)) return { roles: fixes.roles ?? {}, ignore: fixes.ignore ?? [] };
  return { roles: fixes, ignore: [] };
}

export interface MatchedColumns {
  readonly roles: readonly ColumnRole[];
  readonly unmatched: readonly { readonly column: number; readonly header: string }[];
  /** Keys the evaluation needs that no column provides. */
  readonly missing: readonly string[];
  readonly issues: readonly Issue[];
}


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

/** The unit text resolveUnit took `factor` from: the header's own unit when it fits, else the unit line's; none for ×1. */
function unitText(key: ColumnKey, unit: string | null, unitLine: string | null, factor: number): { unit?: string } {
  if (factor === 1) return {};
  const stated = unit !== null && unitFactorOf(key, unit) !== null ? unit : unitOfLine(key, unitLine);
  return stated === null ? {} : { unit: stated };
}

/**
 * The unit line's unit for a column when it differs from the unit its header states, or null:
 * `教学仪器设备值（万元）` under `单位：人、平方米、元` gives 元. The header's own unit is read (it
 * is the column's, the line the table's), but the two cannot both be right, so it is said.
 *
 * @example lineUnitDiffering("equipmentValue", "万元", "单位：人、平方米、元") // "元"; lineUnitDiffering("equipmentValue", "万元", "单位：万元") // null
 */
export function lineUnitDiffering(key: ColumnKey, headerUnit: string | null, unitLine: string | null): string | null {
  const own = headerUnit === null ? null : unitFactorOf(key, headerUnit);
  const line = unitOfLine(key, unitLine);
  if (own === null || line === null) return null;
  return unitFactorOf(key, line) === own ? null : line;
}

/** A unit as a message names it: `㎡`, folded to m2 for matching, as 平方米. */
function shownUnit(unit: string): string {
  return unit === "m2" ? "平方米" : unit;
}

/** ×10000 for 万元 (header first, then the unit line above the header), with the unit's text; money without a unit is read as 元 and said so, a unit line disagreeing with the header too. */
function unitFactor(key: ColumnKey, unit: string | null, band: HeaderBand, header: string, column: number, issues: Issue[]): { unitFactor: number; unit?: string } {
  const { factor, assumed } = resolveUnit(key, unit, band.unitLine);
  const headerRow = headerRowOf(band, column);
  if (assumed) issues.push(issueAt("read_unit_assumed", "info", band.sheet, headerRow, column, { column: columnLetters(column), header }));
  const line = lineUnitDiffering(key, unit, band.unitLine);
  if (line !== null && unit !== null) issues.push(issueAt("read_unit_line_differs", "warning", band.sheet, headerRow, column, { column: columnLetters(column), header, unit: shownUnit(unit), lineUnit: shownUnit(line), unitLine: band.unitLine ?? "" }));
  return { unitFactor: factor, ...unitText(key, unit, band.unitLine, factor) };
}

function roleKey(role: Pick<ColumnRole, "key" | "stage" | "part">): string {
  return `${role.key}|${role.stage ?? ""}|${role.part ?? ""}`;
}

/** A second column of the same meaning, not used, at its header cell; a hidden one beside a visible one (an old copy the user does not see) is named so. */
function duplicateIssue(band: HeaderBand, own: HeaderColumn, first: ColumnRole, hidden: ReadonlySet<number>): Issue {
  const params = { column: columnLetters(own.column), header: own.path.join("/"), first: columnLetters(first.column) };
  const code = hidden.has(own.column) && !hidden.has(first.column) ? "read_duplicate_column_hidden" : "read_duplicate_column";
  return issueAt(code, "warning", band.sheet, own.headerRow, own.column, params);
}

/** The header's columns, those the user sees first (a stable sort): of two columns of the same meaning the visible one is read. */
function visibleFirst(band: HeaderBand, hidden: ReadonlySet<number>): HeaderColumn[] {
  return [...band.columns].sort((a, b) => Number(hidden.has(a.column)) - Number(hidden.has(b.column)));
}

/** `skip`: columns not to read whatever their header says (backbone totals that are not L2's number). */
function autoRoles(band: HeaderBand, issues: Issue[], hidden: ReadonlySet<number>, skip: ReadonlySet<number>): { roles: ColumnRole[]; unmatched: { column: number; header: string }[] } {
  const roles: ColumnRole[] = [];
  const unmatched: { column: number; header: string }[] = [];
  for (const own of visibleFirst(band, hidden)) {
    const { column, path } = own;
    const header = path.join("/");
    const hit = skip.has(column) ? null : matchHeaderPath(path);
    const first = hit === null ? undefined : roles.find((r) => roleKey(r) === roleKey(hit));
    if (hit === null || first !== undefined) {
      unmatched.push({ column, header });
      if (first !== undefined) issues.push(duplicateIssue(band, own, first, hidden));
      continue;
    }
    roles.push({ column, key: hit.key, stage: hit.stage, part: hit.part, header, ...unitFactor(hit.key, hit.unit, band, header, column, issues) });
  }
  const byColumn = (a: { column: number }, b: { column: number }) => a.column - b.column;
  return { roles: roles.sort(byColumn), unmatched: unmatched.sort(byColumn) };
}

function fixedRole(band: HeaderBand, role: FixRole, column: number, issues: Issue[]): ColumnRole {
  const path = band.columns.find((c) => c.column === column)?.path ?? [];
  const header = path.join("/");
  // The user's choice stands, but a per-student value read as a total is said: every sum over it would be wrong.
  if (FIELDS.has(role.key) && isPerStudentHeader(path)) issues.push(issueAt("read_fix_per_student", "warning", band.sheet, headerRowOf(band, column), column, { column: columnLetters(column), header, field: role.key }));
  // A header the aliases do not know still states its unit: 设备值（万元） is 万元 whatever the user calls it.
  const unit = analysePath(path).unit;
  return { column, ...role, header, ...unitFactor(role.key, unit, band, header, column, issues), byHand: true };
}

/**
 * Whether a fix takes the place of a recognised role. A fix for the whole field and all stages
 * (`students`, as every version before per-stage fixes saved them, and the pane's “all stages”)
 * replaces each column of that field, whatever its stage or part — otherwise a recognised
 * 小学在校生数 would still be read before it and the fix do nothing; a narrower fix replaces its
 * own role (`students@junior` leaves 小学在校生数 alone).
 */
function replacedBy(fix: FixRole, auto: ColumnRole): boolean {
  if (auto.key !== fix.key) return false;
  return (fix.stage === null && fix.part === null) || roleKey(auto) === roleKey(fix);
}

/**
 * Whether the reader takes `other` before the fixed role `fix` for some stage (rowFields.ts
 * rolesByPart, readKey): a stage's own column before one for all stages, a whole field before its
 * parts. Such a fix is then not read there, which the user must be told.
 */
function readBefore(other: ColumnRole, fix: ColumnRole): boolean {
  if (other.key !== fix.key || other.column === fix.column) return false;
  if (other.part === fix.part) return fix.stage === null && other.stage !== null;
  return other.part === null && (fix.stage === null || other.stage === null || other.stage === fix.stage);
}

/** A fixed column another column of its field is read before, at the fixed column's header cell. */
function shadowedFixIssues(band: HeaderBand, fixed: readonly ColumnRole[], roles: readonly ColumnRole[]): Issue[] {
  return fixed.flatMap((fix) =>
    roles.filter((other) => readBefore(other, fix)).map((other) => {
      const headerRow = headerRowOf(band, fix.column);
      return issueAt("addin_mapping_fix_shadowed", "warning", band.sheet, headerRow, fix.column, { column: columnLetters(fix.column), field: fix.key, other: columnLetters(other.column) });
    }),
  );
}

/**
 * Part columns (省市级, 县级; 本科; 体育) that a fix of their whole field in another column took
 * the place of, each at its header cell. The fix stands — the user said that column is the field's
 * number, and adding the parts to it would count them twice if it is their total — but a part
 * that was being added up must not drop out unsaid: if the fixed column holds one part only (a
 * level the reader did not know), the sum is now short of the others, and the user is told to
 * give that column its part instead. Not for a part the user ignored or gave another role.
 *
 * @example 县级及以上骨干教师 over 省市级 (N) | 县级 (O), fix backboneTeachers → N: read_fix_drops_part at O4 (field backboneTeachers, fixColumn N)
 */
function droppedPartIssues(band: HeaderBand, auto: readonly ColumnRole[], fixed: readonly ColumnRole[], roles: readonly ColumnRole[], ignore: readonly number[]): Issue[] {
  const used = new Set(roles.map((r) => r.column));
  return auto.flatMap((part) => {
    if (part.part === null || used.has(part.column) || ignore.includes(part.column)) return [];
    const whole = fixed.find((f) => f.part === null && replacedBy(f, part));
    if (whole === undefined) return [];
    const params = { column: columnLetters(part.column), header: part.header, field: part.key, fixColumn: columnLetters(whole.column) };
    return [issueAt("read_fix_drops_part", "warning", band.sheet, headerRowOf(band, part.column), part.column, params)];
  });
}

/**
 * Ignored columns lose what was recognised in them; each fixed role then replaces the recognised
 * roles it stands for (replacedBy), whatever its column held and an earlier fix in that column. A
 * fix another column is still read before is reported, never silently left unread. A fix naming a
 * column with nothing under the header (emptyFixColumn) is said once at that column's header cell
 * and not read: the field is then missing as a whole (one line, not an error per school), and
 * what it replaced stays replaced, as the user said that column was not the field's. A fix onto
 * the column whose header already says that field (headedAs) is no slip and is read as it stands.
 */
function applyFixes(band: HeaderBand, auto: ColumnRole[], fixes: ColumnFixes, issues: Issue[], grid: Grid | null): ColumnRole[] {
  const { roles: wanted, ignore } = roleFixes(fixes);
  let kept = auto.filter((r) => !ignore.includes(r.column));
  let fixed: ColumnRole[] = [];
  for (const [text, column] of Object.entries(wanted)) {
    if (column === undefined) continue;
    const named = parseFixKey(text);
    if (named === null || !Number.isInteger(column) || column < 0) {
      issues.push(issueOf("read_mapping_bad_column", "error", { field: text, column: String(column) }));
      continue;
    }
    const role = partOfFixedColumn(band, named, column, issues);
    kept = kept.filter((r) => !replacedBy(role, r) && r.column !== column);
    fixed = fixed.filter((r) => r.column !== column);
    if (emptyFixColumn(grid, band, column) && !headedAs(auto, role, column)) issues.push(issueAt("read_mapping_empty_column", "error", band.sheet, headerRowOf(band, column), column, { field: role.key, column: columnLetters(column), sheet: band.sheet, row: headerRowOf(band, column) + 1 }));
    else fixed = [...fixed, fixedRole(band, role, column, issues)];
  }
  const roles = [...kept, ...fixed].sort((a, b) => a.column - b.column);
  issues.push(...shadowedFixIssues(band, fixed, roles), ...droppedPartIssues(band, auto, fixed, roles, ignore), ...emptyIgnoreIssues(band, ignore, grid));
  return roles;
}

/**
 * Whether the column's own header was already recognised as the fixed field (--map 公用经费=AH onto
 * 公用经费（万元）): the fix names the right column, not a slip of the letter, so an empty column is
 * read as it would be without the fix (its blank cells said as such), not dropped as unread with its
 * header then listed as matching no field.
 * @example headedAs([{ column: 33, key: "publicFunding", stage: null, … }], { key: "publicFunding", stage: null, … }, 33) // true
 */
function headedAs(auto: readonly ColumnRole[], role: { readonly key: ColumnRole["key"]; readonly stage: ColumnRole["stage"] }, column: number): boolean {
  return auto.some((r) => r.column === column && r.key === role.key && r.stage === role.stage);
}

/**
 * An ignored column with neither a header nor anything under it (--ignore ZZ for Z): ignoring it
 * changes nothing, so the column the user meant is still read; said once per sheet at its header cell.
 * @example emptyIgnoreIssues(band of 学校名称 | 在校生数, [701], grid) // [read_ignore_empty_column at ZZ1 { column: "ZZ", sheet, row: 1 }]
 */
function emptyIgnoreIssues(band: HeaderBand, ignore: readonly number[], grid: Grid | null): Issue[] {
  const headed = new Set(band.columns.map((c) => c.column));
  return [...new Set(ignore)]
    .filter((column) => !headed.has(column) && emptyFixColumn(grid, band, column))
    .map((column) => issueAt("read_ignore_empty_column", "info", band.sheet, band.top, column, { column: columnLetters(column), sheet: band.sheet, row: band.top + 1 }));
}

/**
 * A students column headed as the whole school's (在校生数（合计）, （全校）: wholeStudentsColumn),
 * read as the students unless the sheet has senior students (seniorEvidence: a 高中在校生数 column,
 * a 完全中学 / 十二年一贯制 / 高级中学 row, a 高中 学段). A 完全中学's whole-school count includes its
 * senior students while L1–L7 divide by the compulsory ones (rules.md §2, "being that section's
 * 在校生数"), so there it is left unread and said at its header, for the user to map by hand if
 * it holds none; a plain 小学 sheet's 在校生数（合计） is its students. Decided here, per sheet, since
 * one header cannot tell (matchHeaderPath stays per header), before `missing` decides whether the
 * sheet can be read at all.
 *
 * @example 学校名称 | 办学类型 | 在校生数（合计）; 一小 | 小学 | 300 → students C
 * @example 学校名称 | 办学类型 | 在校生数（全校）; 一中 | 完全中学 | 1200 → not read, read_students_whole_senior at C1 (cell B2)
 */
function withWholeStudents(band: HeaderBand, roles: ColumnRole[], ignore: readonly number[], grid: Grid | null, issues: Issue[]): ColumnRole[] {
  const own = wholeStudentsColumn(band, roles, ignore);
  if (own === null) return roles;
  const header = own.path.join("/");
  const senior = seniorEvidence(grid, band, roles);
  if (senior !== null) {
    issues.push(issueAt("read_students_whole_senior", "warning", band.sheet, own.headerRow, own.column, { column: columnLetters(own.column), header, ...senior }));
    return roles;
  }
  const role: ColumnRole = { column: own.column, key: "students", stage: null, part: null, header, ...unitFactor("students", analysePath(own.path).unit, band, header, own.column, issues) };
  return [...roles, role].sort((a, b) => a.column - b.column);
}

/**
 * The EXPECTED_KEYS no role provides (any way of giving L5 counts for sportsTotalArea).
 * @example missingKeys([name, students, sportsGroundArea]) // ["qualifiedTeachers", "backboneTeachers", "peArtTeachers", "teachingArea", "equipmentValue", "multimediaRooms"]
 */
export function missingKeys(roles: readonly ColumnRole[]): string[] {
  const present = new Set<string>(roles.map((r) => r.key));
  const sports: readonly FieldKey[] = ["sportsTotalArea", "sportsGroundArea", "indoorSportsArea"];
  if (sports.some((k) => present.has(k))) present.add("sportsTotalArea");
  return EXPECTED_KEYS.filter((k) => !present.has(k));
}

/**
 * Gives each header column its meaning from the alias table (aliases.ts): field or meta key,
 * per-stage marker, part of a sum (L1 degrees, L3 subjects) and unit factor (万元 → 10000).
 * A backbone total that is not L2's number (one counting 校级 / 乡镇级 teachers, or beside a
 * 县级及以上 column) is left unread first (backboneTotalsToSkip), so that the column read instead is
 * not taken for its duplicate; a breakdown of levels that cannot add up to L2 is said at its group
 * (backboneLevelGaps), and a level column a whole set of others already counts is said unread
 * (partOverlaps); a merged class-size bucket (56-65人) is read as its own field, unless no chain of
 * the stage's bucket columns from 0 to ∞ passes through it: then it is left unread and said at its
 * header (mergedBucketIssues). A bare subject header (体育 | 音乐美术) beside a teacher column is
 * read as its L3 part (bareSubjectRoles); bare degrees after a 教职工 column are the staff's, left unread
 * and said (staffDegreeIssues). A second column with the same meaning is left unmatched with a warning; of a
 * hidden and a visible one (`hiddenColumns`, 0-based sheet columns) the visible one is read; a hidden column read is noted (hiddenColumnsRead). `fixes` (the user's
 * corrections) replace whatever was recognised for that role (key, stage and part; a fix of a whole
 * field for all stages, each column of that field) or in that column, and leave the columns they
 * ignore unused.
 *
 * @example a header `学校名称 | 在校生数 | 教学仪器设备资产值(万元)` → name A, students B, equipmentValue C ×10000
 */
export function matchColumns(band: HeaderBand, fixes: ColumnFixes = {}, hiddenColumns: readonly number[] = [], grid: Grid | null = null): MatchedColumns {
  const issues: Issue[] = [];
  const skip = backboneTotalsToSkip(band, issues, new Set(roleFixes(fixes).ignore));
  const hidden = new Set(hiddenColumns);
  const found = autoRoles(band, issues, hidden, skip);
  const subjects = bareSubjectRoles(band, found.roles, found.unmatched.map((u) => u.column), hidden);
  const auto = bareDegreeRoles(band, subjects, found.unmatched.map((u) => u.column), hidden);
  const matched = withWholeStudents(band, applyFixes(band, auto, fixes, issues, grid), roleFixes(fixes).ignore, grid, issues);
  const unusable = unusableMergedBuckets(matched);
  const roles = matched.filter((r) => !unusable.includes(r));
  issues.push(...backboneLevelGaps(band, roles), ...partOverlaps(band, roles), ...mergedBucketIssues(band, roles), ...partGapIssues(band, roles), ...staffDegreeIssues(band, roles));
  issues.push(...hiddenColumnsRead(band, roles, hidden));
  const used = new Set(roles.map((r) => r.column));
  const unmatched = band.columns.filter((c) => !used.has(c.column)).map((c) => ({ column: c.column, header: c.path.join("/") }));
  const missing = missingKeys(roles);
  issues.push(...perStudentIssues(band, missing));
  // Said first, as the header's own: once the roles are known, so that a field read from another column is not asked for (unsupportedUnitIssues).
  return { roles, unmatched, missing, issues: [...unsupportedUnitIssues(band, roles), ...issues] };
}
