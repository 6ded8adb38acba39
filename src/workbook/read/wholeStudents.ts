import { a1, qualified } from "../address";
import type { Grid } from "../types";
import type { HeaderBand, HeaderColumn } from "./findHeader";
import type { ColumnRole } from "./keys";
import { aliasOfPath } from "./matchHeaderPath";
import { metaRole, statedKind, textAt } from "./rowMeta";
import { SENIOR_SCHOOL, hasSeniorStage, isSeniorText } from "./schoolKind";
import { isNoteText } from "./noteText";
import { cellText, normaliseText } from "./text";

/** Where a sheet shows senior students, and what that cell says. */
interface SeniorEvidence {
  readonly cell: string;
  readonly text: string;
}

/**
 * The first column headed as the whole school's students with no stage (在校生数（全校）,
 * （合计）, （总）, （小计）: matchHeaderPath leaves it unread, analysePath says `whole`) that no
 * role uses, none ignores, and no plain 在校生数 column stands beside; null when there is none.
 */
export function wholeStudentsColumn(band: HeaderBand, roles: readonly ColumnRole[], ignore: readonly number[]): HeaderColumn | null {
  if (roles.some((r) => r.key === "students" && r.stage === null)) return null;
  const used = new Set([...roles.map((r) => r.column), ...ignore]);
  return band.columns.find((c) => !used.has(c.column) && isWholeStudents(c.path)) ?? null;
}

function isWholeStudents(path: readonly string[]): boolean {
  const found = aliasOfPath(path);
  return found !== null && found.alias.key === "students" && found.info.whole === true && found.info.stage === null;
}


/**
 * Where the sheet shows senior students: a 高中在校生数 column (its header cell), else the first
 * school row whose type (cell, else name) is 完全中学, 十二年一贯制 or 高级中学, or whose 学段 /
 * name says 高中 (StatedKind.senior); null when nothing does. `grid` null: the header alone.
 *
 * @example seniorEvidence(grid [学校名称 | 办学类型 | 在校生数（全校）; 一中 | 完全中学 | 1200], …) // { cell: "学校基本情况!B2", text: "完全中学" }
 */
export function seniorEvidence(grid: Grid | null, band: HeaderBand, roles: readonly ColumnRole[]): SeniorEvidence | null {
  const senior = roles.find((r) => r.key === "seniorStudents");
  if (senior !== undefined) return { cell: qualified(band.sheet, a1(band.columns.find((c) => c.column === senior.column)?.headerRow ?? band.top, senior.column)), text: senior.header };
  if (grid === null) return null;
  for (let row = band.dataTop; row < grid.top + grid.values.length; row++) {
    // A note under the table ("注：完全中学只填义务教育阶段学生", "本表不含高级中学") names a kind of school, not one on the sheet.
    if (isNoteRow(grid, row) || isLoneText(grid, row)) continue;
    const found = seniorRow(grid, row, roles);
    if (found !== null) return found;
  }
  return null;
}

/** A row of a school with senior students, at the cell that says so (its type, 学段 or name; a bare 高中 line label too). */
function seniorRow(grid: Grid, row: number, roles: readonly ColumnRole[]): SeniorEvidence | null {
  const nameRole = metaRole(roles, "name");
  const name = nameRole === undefined ? "" : (textAt(grid, row, nameRole.column) ?? "");
  const stated = statedKind(grid, row, roles, name);
  const at = (column: number, text: string) => ({ cell: qualified(grid.sheet, a1(row, column)), text });
  const { typeCell, stageCell } = stated;
  if (typeCell !== null && (hasSeniorStage(typeCell.value) || SENIOR_SCHOOL.test(normaliseText(typeCell.text)))) return at(typeCell.column, typeCell.text);
  if (stageCell !== null && isSeniorText(stageCell.text)) return at(stageCell.column, stageCell.text);
  const untyped = (typeCell?.value ?? null) === null;
  const byName = stated.senior || isSeniorText(name) || (untyped && (hasSeniorStage(stated.nameType) || /高级中学/.test(name)));
  return byName && nameRole !== undefined ? at(nameRole.column, name) : null;
}

/** A row whose first text opens a note (注 / 说明 / 填表人 …), whatever follows it in other cells. */
function isNoteRow(grid: Grid, row: number): boolean {
  const first = (grid.values[row - grid.top] ?? []).find((v) => cellText(v) !== null);
  return first !== undefined && isNoteText(cellText(first) ?? "");
}

/** A row of one text and nothing else (a note without 注 or 说明, "本表不含高级中学", merged across the row or not); a school's row holds more. */
function isLoneText(grid: Grid, row: number): boolean {
  const filled = (grid.values[row - grid.top] ?? []).filter((v) => cellText(v) !== null);
  return filled.length === 1 && typeof filled[0] === "string";
}

