import type { BlankCells, FieldKey, Fields, SchoolRecord, Stage } from "../../engine/types";
import { schoolRecord } from "../../engine/schoolRecord";
import { cellPlace } from "../address";

/** A column of a sheet whose values are not to be used, and the field read from it; with `cell`, that one cell of it only. */
export interface UnreadColumn {
  readonly sheet: string;
  readonly column: number;
  readonly key: FieldKey;
  /** The one cell not to be used (`学校!M4`: 元 typed into a 万元 column), as the record's field names it. */
  readonly cell?: string;
}

/** Whether a cell address (`学校基本情况!I3`, `'学校 表'!I3`) lies in a sheet's column (is the one cell, when one is named). */
function inColumn(cell: string | null, { sheet, column, cell: only }: UnreadColumn): boolean {
  if (only !== undefined) return cell === only;
  const place = cellPlace(cell);
  return place?.sheet === sheet && place.column === column;
}

/** Fields without those read from `unread`, and the cells they stood in (as blank cells: the engine says them missing there). */
function dropFrom(fields: Fields, blank: BlankCells | undefined, unread: readonly UnreadColumn[]): { fields: Fields; blank: BlankCells | undefined } {
  const out: Fields = { ...fields };
  const cells: BlankCells = { ...blank };
  let changed = false;
  for (const u of unread) {
    const cell = fields[u.key]?.cell ?? null;
    if (cell === null || !inColumn(cell, u)) continue;
    delete out[u.key];
    cells[u.key] = cell;
    changed = true;
  }
  return changed ? { fields: out, blank: cells } : { fields, blank };
}

/** A combined school's per-stage fields without those of `unread`, with their cells as blank. */
function dropStages(r: SchoolRecord, unread: readonly UnreadColumn[]): Pick<SchoolRecord, "stageFields" | "stageBlankCells"> {
  if (r.stageFields === undefined) return r.stageBlankCells === undefined ? {} : { stageBlankCells: r.stageBlankCells };
  const fields: Partial<Record<Stage, Fields>> = {};
  const blanks: Partial<Record<Stage, BlankCells>> = { ...r.stageBlankCells };
  for (const [stage, own] of Object.entries(r.stageFields) as [Stage, Fields][]) {
    const dropped = dropFrom(own, r.stageBlankCells?.[stage], unread);
    fields[stage] = dropped.fields;
    if (dropped.blank !== undefined) blanks[stage] = dropped.blank;
  }
  return Object.keys(blanks).length === 0 ? { stageFields: fields } : { stageFields: fields, stageBlankCells: blanks };
}

/**
 * Records without the values read from columns whose numbers are not to be used (a money column
 * of no stated unit that looks like 万元: unreadMoneyColumns), or from single cells (元 typed into a
 * 万元 column: unreadMoneyCells), each such cell kept as a blank cell
 * so that what needs it is "not evaluable" at that cell, never computed from a wrong number or 0.
 *
 * @example withoutColumns([一小 { equipmentValue: 230 at 学校!I3 }], [{ sheet: "学校", column: 8, key: "equipmentValue" }]) // 一小 without equipmentValue, blankCells { equipmentValue: "学校!I3" }
 */
export function withoutColumns(records: readonly SchoolRecord[], unread: readonly UnreadColumn[]): readonly SchoolRecord[] {
  if (unread.length === 0) return records;
  return records.map((r) => {
    const own = dropFrom(r.fields, r.blankCells, unread);
    const { blankCells: _old, stageFields: _sf, stageBlankCells: _sb, ...rest } = r;
    return schoolRecord({ ...rest, fields: own.fields, ...(own.blank === undefined ? {} : { blankCells: own.blank }), ...dropStages(r, unread) });
  });
}
