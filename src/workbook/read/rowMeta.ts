import type { Issue, SchoolFlags, SchoolType, Stage } from "../../engine/types";
import type { CellValue, Grid } from "../types";
import { issueAt } from "./issue";
import { dateYear } from "./dateText";
import type { ColumnRole, MetaKey } from "./keys";
import { mergeAt } from "./mergeIndex";
import { hasSeniorStage, isSeniorText, parseBoarding, parsePrivate, parseRural, parseYear, parseYesNo, sectionOfName, seniorOfName, stageOfCell, typeFromName, typeFromText } from "./schoolKind";
import { cellText } from "./text";
import { parseOwnership, parseSponsorText, type SponsorReading } from "./sponsor";

/**
 * A cell's value as stored, null outside the grid; unlike textAt, a merged cell's other cells stay blank.
 * @example valueAt(grid whose C2 holds 1652, 1, 2) // 1652; valueAt(grid with A2:A3 merged, 2, 0) // null
 */
export function valueAt(grid: Grid, row: number, column: number): CellValue {
  return grid.values[row - grid.top]?.[column - grid.left] ?? null;
}

/**
 * A cell's value, the top-left one's when it lies under a merged area (a county, type or shared value merged over rows).
 * @example mergedValueAt(grid with " 青石县 " in A2 merged over A2:A3, 2, 0) // " 青石县 "
 */
export function mergedValueAt(grid: Grid, row: number, column: number): CellValue {
  const box = mergeAt(grid, row, column);
  return box === undefined ? valueAt(grid, row, column) : valueAt(grid, box.top, box.left);
}

/**
 * A cell's text in a data row (cellText: trimmed, null when blank); a vertically merged county or type cell reads its top-left value.
 * @example textAt(grid with " 青石县 " in A2 merged over A2:A3, 2, 0) // "青石县"
 */
export function textAt(grid: Grid, row: number, column: number): string | null {
  return cellText(mergedValueAt(grid, row, column));
}

/**
 * The column read as a meta field (学校名称, 县区, 办学类型 …), if the sheet has one.
 * @example metaRole([县区 A as county, 学校名称 B as name], "name") // the role of B; metaRole([], "name") // undefined
 */
export function metaRole(roles: readonly ColumnRole[], key: MetaKey): ColumnRole | undefined {
  return roles.find((r) => r.key === key);
}

/**
 * A row's text in a meta field's column (textAt), null when the sheet has no such column or the cell is blank.
 * @example metaText(grid with 青石县 in A2 merged over A2:A3, 2, [A as county], "county") // "青石县"; with no county role → null
 */
export function metaText(grid: Grid, row: number, roles: readonly ColumnRole[], key: MetaKey): string | null {
  const role = metaRole(roles, key);
  return role === undefined ? null : textAt(grid, row, role.column);
}

type FlagKey = "private" | "countyRun" | "rural" | "boarding" | "builtBy2016" | "builtBy2010";
const FLAG_PARSERS: Readonly<Record<FlagKey, (text: string) => boolean | null>> = {
  private: parsePrivate,
  countyRun: parseOwnership,
  rural: parseRural,
  boarding: parseBoarding,
  builtBy2016: parseYesNo,
  builtBy2010: parseYesNo,
};

function yearFlags(grid: Grid, row: number, roles: readonly ColumnRole[], issues: Issue[]): SchoolFlags {
  const role = metaRole(roles, "builtYear");
  const raw = role === undefined ? null : valueAt(grid, row, role.column);
  if (role === undefined || raw === null) return {};
  const year = raw instanceof Date ? dateYear(raw) : parseYear(cellText(raw) ?? "");
  if (year === null) {
    issues.push(issueAt("read_flag_unreadable", "warning", grid.sheet, row, role.column, { header: role.header, text: cellText(raw) ?? "" }));
    return {};
  }
  return { builtYear: year };
}

/** A column headed 举办者 that the user gave the private flag (`--map private=F`) is still read as a sponsor. */
const SPONSOR_HEADER = /举办者/;

/** The column of a flag other than 举办者's: 办学性质 for private, 隶属关系 for countyRun. */
function flagRole(roles: readonly ColumnRole[], key: FlagKey): ColumnRole | undefined {
  return roles.find((r) => r.key === key && !(key === "private" && SPONSOR_HEADER.test(r.header)));
}

/** A row's 举办者 cell and what it says (null: not a sponsor category). */
interface SponsorCell {
  readonly role: ColumnRole;
  readonly text: string;
  readonly reading: SponsorReading | null;
}

function sponsorCell(grid: Grid, row: number, roles: readonly ColumnRole[]): SponsorCell | null {
  const role = metaRole(roles, "sponsor") ?? roles.find((r) => r.key === "private" && SPONSOR_HEADER.test(r.header));
  const text = role === undefined ? null : textAt(grid, row, role.column);
  return role === undefined || text === null ? null : { role, text, reading: parseSponsorText(text) };
}

/** An unknown 办学性质 leaves the school public, which decides whether it is evaluated: the user is told so, or that 举办者 decided instead. */
function unreadableCode(key: FlagKey, sponsor: SponsorCell | null): string {
  if (key !== "private") return "read_flag_unreadable";
  return sponsor?.reading == null ? "read_private_unreadable" : "read_private_unreadable_sponsor_used";
}

function ownFlag(grid: Grid, row: number, key: FlagKey, role: ColumnRole, sponsor: SponsorCell | null, flags: Record<string, boolean | number>, issues: Issue[]): void {
  const text = textAt(grid, row, role.column);
  if (text === null) return;
  const value = FLAG_PARSERS[key](text);
  if (value !== null) flags[key] = value;
  else issues.push(issueAt(unreadableCode(key, sponsor), "warning", grid.sheet, row, role.column, { header: role.header, text, ...sponsorParams(sponsor) }));
}

function sponsorParams(sponsor: SponsorCell | null): Record<string, string> {
  return sponsor?.reading == null ? {} : { sponsorHeader: sponsor.role.header, sponsorText: sponsor.text };
}

/**
 * 举办者 where 办学性质 / 隶属关系 say nothing; where they say the opposite, theirs stands and both
 * cells are warned (the user is to correct one).
 */
function withSponsor(grid: Grid, row: number, roles: readonly ColumnRole[], sponsor: SponsorCell, flags: Record<string, boolean | number>, issues: Issue[]): void {
  const { role, text, reading } = sponsor;
  if (reading === null) {
    const code = flags.private === undefined ? "read_private_unreadable" : "read_sponsor_unreadable";
    issues.push(issueAt(code, "warning", grid.sheet, row, role.column, { header: role.header, text }));
    return;
  }
  for (const key of ["private", "countyRun"] as const) {
    const value = reading[key];
    const own = flags[key];
    if (value === null || own === value) continue;
    if (own === undefined) flags[key] = value;
    else issues.push(...conflictIssues(grid, row, flagRole(roles, key), key, sponsor));
  }
}

function conflictIssues(grid: Grid, row: number, first: ColumnRole | undefined, key: "private" | "countyRun", sponsor: SponsorCell): Issue[] {
  if (first === undefined) return [];
  const params = { header: first.header, text: textAt(grid, row, first.column) ?? "", sponsorHeader: sponsor.role.header, sponsorText: sponsor.text };
  const code = key === "private" ? "read_sponsor_private_conflict" : "read_sponsor_county_conflict";
  return [first.column, sponsor.role.column].map((column) => issueAt(code, "warning", grid.sheet, row, column, params));
}

/**
 * The yes / no facts of a row (民办 from 办学性质, 县属 from 隶属关系, either from 举办者 where those
 * are blank: withSponsor; 乡村, 寄宿制, 建成年份 (the engine compares it with the profile's relaxation
 * years), 不计校数). A value that is not recognisably yes or no is a warning at its cell and the flag
 * stays unknown.
 *
 * @example rowFlags(办学性质 blank | 举办者 地级教育部门) // { private: false, countyRun: false }
 */
export function rowFlags(grid: Grid, row: number, roles: readonly ColumnRole[], issues: Issue[]): SchoolFlags {
  const flags: Record<string, boolean | number> = { ...yearFlags(grid, row, roles, issues) };
  const sponsor = sponsorCell(grid, row, roles);
  for (const key of Object.keys(FLAG_PARSERS) as FlagKey[]) {
    const role = flagRole(roles, key);
    if (role !== undefined) ownFlag(grid, row, key, role, sponsor, flags, issues);
  }
  if (sponsor !== null) withSponsor(grid, row, roles, sponsor, flags, issues);
  if (isNotCounted(grid, row, roles)) flags.notCounted = true;
  return flags;
}

/**
 * A row not counted as a school (是否计校数 否, or 办学类型 saying 不计校数): a campus of a school counted elsewhere.
 * @example 是否计校数 “不计校数” → true; “计校数” → false
 */
export function isNotCounted(grid: Grid, row: number, roles: readonly ColumnRole[]): boolean {
  const counted = metaText(grid, row, roles, "counted");
  if (counted !== null && parseYesNo(counted) === false) return true;
  return /不计校数/.test(metaText(grid, row, roles, "type") ?? "");
}

/** A 办学类型 or 学段 cell of a row: where it is, what it says, and what the reader makes of it (null: not recognised). */
export interface StatedCell<T> {
  readonly column: number;
  readonly text: string;
  readonly value: T | null;
}

/** What a row says of its kind, read once: the type and 学段 cells, and the type and section its name says. */
export interface StatedKind {
  readonly typeCell: StatedCell<SchoolType> | null;
  readonly stageCell: StatedCell<Stage> | null;
  readonly nameType: SchoolType | null;
  readonly nameSection: Stage | null;
  /** The 学段 cell (高中) or the name's suffix (（高中部）) says the senior stage: a combined school's senior part (isSeniorPart). */
  readonly senior: boolean;
}

function statedCell<T>(grid: Grid, row: number, roles: readonly ColumnRole[], key: "type" | "stage", parse: (text: string) => T | null): StatedCell<T> | null {
  const role = metaRole(roles, key);
  const text = role === undefined ? null : textAt(grid, row, role.column);
  return role === undefined || text === null ? null : { column: role.column, text, value: parse(text) };
}

/**
 * The row's type and 学段 cells and its name, each read once for rowType, rowStage and kindConflicts.
 *
 * @example statedKind(row 城东学校（初中部） with 学段 小学) // { stageCell: { text: "小学", value: "primary", … }, nameType: "nine_year", nameSection: "junior", … }
 */
export function statedKind(grid: Grid, row: number, roles: readonly ColumnRole[], name: string): StatedKind {
  const typeCell = statedCell(grid, row, roles, "type", typeFromText);
  const nameType = typeFromName(name);
  // 学段 中学 is the 初中 unless the row's type may hold a 高中 as well (stageOfCell).
  const seniorType = hasSeniorStage(typeCell?.value ?? null) || hasSeniorStage(nameType);
  const stageCell = statedCell(grid, row, roles, "stage", (text) => stageOfCell(text, seniorType));
  return {
    typeCell,
    stageCell,
    nameType,
    nameSection: sectionOfName(name),
    senior: (stageCell !== null && isSeniorText(stageCell.text)) || seniorOfName(name) !== null,
  };
}

/**
 * Whether a row is the senior part (高中部) of a 完全中学 or 十二年一贯制: its 学段 or name says 高中
 * (StatedKind.senior) and its type has a senior stage. Such a row is no section (rules.md §2: the
 * senior part is out of scope); its students weigh in the split of the school's shared resources.
 *
 * @example isSeniorPart(清溪第二中学（高中部） | 完全中学) // true; isSeniorPart(城关中学（高中部） | 初级中学) // false
 */
export function isSeniorPart(stated: StatedKind, type: SchoolType): boolean {
  return stated.senior && hasSeniorStage(type);
}

/**
 * The school type: the type column, else the name; null when neither says.
 * @example rowType(城关学校（小学部） typed 小学) // "nine_year"; rowType(东关小学, no type cell) // "primary"
 */
export function rowType(stated: StatedKind): SchoolType | null {
  const fromColumn = stated.typeCell?.value ?? null;
  // A section name (XX学校（小学部）) under a plain 小学 / 初中 type value still belongs to a combined school.
  if (stated.nameType === "nine_year" && (fromColumn === "primary" || fromColumn === "junior")) return "nine_year";
  return fromColumn ?? stated.nameType;
}

/**
 * The stage of a row: the 学段 column, else a section suffix of the name, else the type
 * (小学 / 教学点 primary; 初中 / 职业 junior; others junior only when the name says 中学 / 初中).
 * Null for a whole combined school (九年一贯制, 十二年一贯制; a 完全中学 only when the sheet
 * has per-stage columns, else its numbers are its junior part's), and for a special school whose
 * 学段, name (培智小学, 特殊教育中学) and student columns (`studentStages`: the stages whose own
 * 在校生数 column gives it a number) name no stage: special schools often teach both, and the
 * engine then judges G7 at both stages' norms (specialFunding.ts specialStages) rather than at the
 * 小学 one a guess would pick.
 *
 * @example rowStage(县特殊教育学校, 学段 blank, "special") // null; rowStage(县培智小学, 学段 blank, "special") // "primary"
 */
export function rowStage(stated: StatedKind, name: string, type: SchoolType, hasStageColumns: boolean, studentStages: readonly Stage[] = []): Stage | null {
  const fromText = stated.stageCell?.value ?? null;
  const given = fromText ?? stated.nameSection;
  if (given !== null) return given;
  if (type === "nine_year" || type === "twelve_year") return null;
  if (type === "complete_middle") return hasStageColumns ? null : "junior";
  if (type === "junior" || type === "vocational") return "junior";
  if (type === "primary" || type === "teaching_point") return "primary";
  if (type === "special") return specialStageOfName(name) ?? (studentStages.length === 1 ? (studentStages[0] ?? null) : null);
  return /中学|初中/.test(name) ? "junior" : "primary";
}

/** The stage a special school's name says (县培智小学, 特殊教育中学, 启聪学校初中部 is the section suffix's); null for 县特殊教育学校. */
function specialStageOfName(name: string): Stage | null {
  if (/中学|初中/.test(name)) return "junior";
  return /小学/.test(name) ? "primary" : null;
}
