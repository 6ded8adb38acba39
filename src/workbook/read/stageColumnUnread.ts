import type { BlankCells, Issue, SchoolRecord, Stage } from "../../engine/types";
import { a1, columnLetters, qualified } from "../address";
import type { Grid } from "../types";
import { cellNumber } from "./cellNumber";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { saysNoRemark } from "./noRemark";
import { valueAt } from "./rowMeta";

/**
 * Whether a section of `stage` reads nothing of `role`'s field but `role`, a column of another
 * stage: no column of the field is the stage's own or without a stage. Such a column (运动场地面积
 * given 小学 in the column mapping, or headed 小学教学仪器设备值) is never read on that stage's rows,
 * whatever they hold.
 * @example loneFor(P 运动场地面积 as 小学, [P], "junior") // true; beside a 初中运动场地面积 column, false
 */
export function loneFor(role: ColumnRole, roles: readonly ColumnRole[], stage: Stage): boolean {
  if (role.part !== null || role.stage === null || role.stage === stage) return false;
  return !roles.some((r) => r.key === role.key && (r.stage === stage || r.stage === null));
}

/**
 * The number a cell of `role` holds as the reader would read it (a number stored as text, 24788㎡:
 * cellNumber), for the message to quote: a bare number with thousands, one typed with its own unit
 * as the cell shows it (the unit is part of what the user wrote there); null when blank, a dash or
 * no number (约2000).
 * @example numberIn(grid whose D2 holds 24788, 1, D) // "24,788"; holding "24788㎡" → "24788㎡"
 */
export function numberIn(grid: Grid, row: number, role: ColumnRole): string | null {
  const value = valueAt(grid, row, role.column);
  const read = cellNumber(value, role);
  if (read.status !== "number") return null;
  return read.unit === null ? read.typed.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(value).trim();
}

/**
 * The text of a cell of `role` in the row that holds what no number is read from (约5, -5, #N/A), or null:
 * not 暂无 / 暂无数据, which say none as a blank does (saysNoRemark, as a county sheet's 备注 reads them).
 * One test for the other stage's cell of a single-stage row, whether it keeps the row from its 合计
 * (rowFields' otherStageGiven) or is warned of (kindConflicts), so that both pass over the same cells.
 * @example unreadableText(grid whose F2 holds "约5", 1, F) // "约5"; holding "暂无", 12 or nothing → null
 */
export function unreadableText(grid: Grid, row: number, role: ColumnRole): string | null {
  const value = valueAt(grid, row, role.column);
  const read = cellNumber(value, role);
  return read.status === "invalid" && !(typeof value === "string" && saysNoRemark(value)) ? read.text : null;
}

/**
 * The cells of a `stage` section row holding a number in a column read for another stage only
 * (loneFor), by field: a value stands there and is not read, so the engine names that cell when
 * the field is missing, not a blank one it cannot find (missing_numerator_stage_column).
 * @example unreadStageCells(row 31 初中 with P31 = 24788, [P 运动场地面积 as 小学], "junior") // { sportsGroundArea: "学校基本情况!P31" }
 */
export function unreadStageCells(grid: Grid, row: number, roles: readonly ColumnRole[], stage: Stage): BlankCells {
  const out: BlankCells = {};
  for (const role of loneRoles(roles, stage)) {
    if (out[role.key as keyof BlankCells] === undefined && numberIn(grid, row, role) !== null) out[role.key as keyof BlankCells] = qualified(grid.sheet, a1(row, role.column));
  }
  return out;
}

// The columns loneFor a stage, found once per sheet's roles rather than on every row (each a search of all the roles).
const LONE = new WeakMap<readonly ColumnRole[], Map<Stage, readonly ColumnRole[]>>();

/** The columns of `roles` that are loneFor `stage`, found once per roles array. @example loneRoles([P 运动场地面积 as 小学], "junior") // [P] */
export function loneRoles(roles: readonly ColumnRole[], stage: Stage): readonly ColumnRole[] {
  let byStage = LONE.get(roles);
  if (byStage === undefined) LONE.set(roles, (byStage = new Map()));
  let lone = byStage.get(stage);
  if (lone === undefined) byStage.set(stage, (lone = roles.filter((role) => loneFor(role, roles, stage))));
  return lone;
}

/** The section rows of another stage than `role`'s that hold a number in its column, each with the number. */
function unreadRows(grid: Grid, role: ColumnRole, roles: readonly ColumnRole[], records: readonly SchoolRecord[]): { row: number; value: string }[] {
  return records.flatMap((record) => {
    const row = (record.source?.row ?? 0) - 1;
    if (record.stage === null || row < 0 || !loneRoles(roles, record.stage).includes(role)) return [];
    const value = numberIn(grid, row, role);
    return value === null ? [] : [{ row, value }];
  });
}

/**
 * A column read for one stage only (the user gave it that stage in the column mapping, or its
 * header names the stage) while rows of the other stage hold numbers in it: said once, at the
 * column's header cell, with how many rows and the first of them, as the cause of each of those
 * sections' missing field (the engine says each at its cell). Without it the user sees only that
 * the 初中 schools lack 运动场地面积, though P31 holds 24 788.
 * @example P 运动场地面积 mapped as 小学, 13 初中 rows filled (P31 24788 first) → read_stage_column_unread_mapped at P3 { count: 13, firstCell: "P31", value: "24,788" }
 */
export function stageColumnUnreadIssues(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], records: readonly SchoolRecord[]): Issue[] {
  return roles.flatMap((role) => {
    const rows = role.stage === null || role.part !== null ? [] : unreadRows(grid, role, roles, records);
    const first = rows[0];
    if (first === undefined || role.stage === null) return [];
    const headerRow = band.columns.find((c) => c.column === role.column)?.headerRow ?? band.top;
    const code = role.byHand === true ? "read_stage_column_unread_mapped" : "read_stage_column_unread_header";
    const rowStage: Stage = role.stage === "primary" ? "junior" : "primary";
    const params = { column: columnLetters(role.column), header: role.header, field: role.key, stageInText: role.stage, missingStage: rowStage, count: rows.length, firstCell: a1(first.row, role.column), value: first.value };
    return [issueAt(code, "warning", grid.sheet, headerRow, role.column, params)];
  });
}
