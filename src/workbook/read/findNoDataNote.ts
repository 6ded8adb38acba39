import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { noDataMarks, zeroMarks } from "./noDataMarks";
import type { NoneMark } from "./parseCellNumber";
import { cellText } from "./text";

/** Two notes of a sheet that give one mark opposite meanings; the mark keeps its default reading (0). */
export interface NoteContradiction {
  readonly mark: NoneMark;
  /** The first note making the mark mean no data ("1.无数据填“—”"). */
  readonly missingCell: string;
  /** The first note making it mean none, a zero ("2.没有的填“—”"). */
  readonly zeroCell: string;
}

/** What a sheet's notes say the ways of writing "nothing" mean. */
export interface NoDataNote {
  /**
   * The marks read as no data (made so by a note, and made a zero by none), each with the cell of
   * the first note that makes it so, e.g. dash → `学校基本情况!A26` (a merged note: its top-left cell).
   */
  readonly marks: ReadonlyMap<NoneMark, string>;
  readonly contradictions: readonly NoteContradiction[];
}

/** Each mark's first cell among the note cells, by what `meaning` says of each text. */
type FirstCells = Map<NoneMark, string>;

function record(into: FirstCells, marks: ReadonlySet<NoneMark>, cell: string): void {
  for (const mark of marks) if (!into.has(mark)) into.set(mark, cell);
}

/**
 * What the sheet's notes say (noDataMarks, zeroMarks), among the rows `isNoteRow` accepts: the
 * school rows are left out, so that a school's own cell is never taken for a note, while a title,
 * the header and 填表说明 / 备注 lines above or below the data are searched. A mark one note makes
 * no data and another a zero ("1.无数据填“—”" and "2.没有的填“—”") keeps its default reading and
 * is listed as a contradiction. Null when no note makes any mark mean no data.
 *
 * @example findNoDataNote(gridOf([["学校名称", "在校生数"], ["一小", 300], ["3.无数据填“—”"]]), (r) => r !== 1) // { marks: {dash → "学校基本情况!A3"}, contradictions: [] }
 */
export function findNoDataNote(grid: Grid, isNoteRow: (row: number) => boolean): NoDataNote | null {
  const missing: FirstCells = new Map();
  const zero: FirstCells = new Map();
  for (const [i, values] of grid.values.entries()) {
    if (!isNoteRow(grid.top + i)) continue;
    for (const [j, value] of values.entries()) {
      const text = cellText(value);
      if (text === null) continue;
      const cell = qualified(grid.sheet, a1(grid.top + i, grid.left + j));
      record(missing, noDataMarks(text), cell);
      record(zero, zeroMarks(text), cell);
    }
  }
  if (missing.size === 0) return null;
  const contradictions = [...missing].flatMap(([mark, missingCell]) => {
    const zeroCell = zero.get(mark);
    return zeroCell === undefined ? [] : [{ mark, missingCell, zeroCell }];
  });
  return { marks: new Map([...missing].filter(([mark]) => !zero.has(mark))), contradictions };
}
