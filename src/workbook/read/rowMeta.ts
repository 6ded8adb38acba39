import type { Issue, SchoolFlags, SchoolType, Stage } from "../../engine/types";
import type { CellValue, Grid } from "../types";
import { issueAt } from "./issue";
import { dateYear } from "./dateText";
import type { ColumnRole, MetaKey } from "./keys";
import { mergeAt } from "./mergeIndex";
import { hasSeniorStage, isSeniorText, parseBoarding, parseCountyRun, parsePrivate, parseRural, parseSponsor, parseYear, parseYesNo, sectionOfName, seniorOfName, stageOfCell, typeFromName, typeFromText } from "./schoolKind";
import { cellText } from "./text";

/** A cell's value as stored, null outside the grid; unlike textAt, a merged cell's other cells stay blank. */
export function valueAt(grid: Grid, row: number, column: number): CellValue {
  return grid.values[row - grid.top]?.[column - grid.left] ?? null;
}

/** A cell's text in a data row; a vertically merged county or type cell reads its top-left value. */
export function textAt(grid: Grid, row: number, column: number): string | null {
  const box = mergeAt(grid, row, column);
  const [r, c] = box ? [box.top, box.left] : [row, column];
  return cellText(valueAt(grid, r, c));
}

export function metaRole(roles: readonly ColumnRole[], key: MetaKey): ColumnRole | undefined {
  return roles.find((r) => r.key === key);
}

export function metaText(grid: Grid, row: number, roles: readonly ColumnRole[], key: MetaKey): string | null {
  const role = metaRole(roles, key);
  return role === undefined ? null : textAt(grid, row, role.column);
}

type FlagKey = "private" | "countyRun" | "rural" | "boarding" | "builtBy2016" | "builtBy2010";
const FLAG_PARSERS: Readonly<Record<FlagKey, (text: string) => boolean | null>> = {
  private: parsePrivate,
  countyRun: parseCountyRun,
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

/** A 举办者 column (the statistics export's sponsor field) says 民办 in its own words (教育部门, 集体 …): it is read by parseSponsor. */
const SPONSOR_HEADER = /举办者/;

function parserOf(key: FlagKey, role: ColumnRole): (text: string) => boolean | null {
  return key === "private" && SPONSOR_HEADER.test(role.header) ? parseSponsor : FLAG_PARSERS[key];
}

/** An unknown 办学性质 leaves the school public, which decides whether it is evaluated: the user is told so. */
function unreadableCode(key: FlagKey): string {
  return key === "private" ? "read_private_unreadable" : "read_flag_unreadable";
}

/**
 * The yes / no facts of a row (民办 from 办学性质 or 举办者, 县属, 乡村, 寄宿制, 建成年份 (the engine compares it with the profile's relaxation years),
 * 不计校数). A value that is not recognisably yes or no is a warning at its cell and the flag
 * stays unknown.
 */
export function rowFlags(grid: Grid, row: number, roles: readonly ColumnRole[], issues: Issue[]): SchoolFlags {
  const flags: Record<string, boolean | number> = { ...yearFlags(grid, row, roles, issues) };
  for (const key of Object.keys(FLAG_PARSERS) as FlagKey[]) {
    const role = metaRole(roles, key);
    const text = role === undefined ? null : textAt(grid, row, role.column);
    if (role === undefined || text === null) continue;
    const value = parserOf(key, role)(text);
    if (value === null) issues.push(issueAt(unreadableCode(key), "warning", grid.sheet, row, role.column, { header: role.header, text }));
    else flags[key] = value;
  }
  if (isNotCounted(grid, row, roles)) flags.notCounted = true;
  return flags;
}

function isNotCounted(grid: Grid, row: number, roles: readonly ColumnRole[]): boolean {
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

/** The school type: the type column, else the name; null when neither says. */
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
