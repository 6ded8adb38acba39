import type { Issue } from "../../engine/types";
import { a1, parseRange, qualified, rangeAddress } from "../address";
import type { Box, Grid, WorkbookSource } from "../types";
import type { HeaderBand } from "./findHeader";
import { issueAtCell } from "./issue";
import type { ColumnFixes } from "./matchColumns";
import { headerOutside } from "./rangeNoHeader";
import { stacked } from "./titleAbove";

/** A range of school rows under a sheet's header, read as if the range took in the header. */
export interface UnderHeader {
  /** The sheet of the header, and the range read: from the header's first row to the range's last, over the range's columns. */
  readonly sheet: string;
  readonly range: string;
  /** A source that gives, for `range` of `sheet`, the header's rows over the range's, the rows between left blank. */
  readonly source: WorkbookSource;
  /** Said with the read (read_range_header_above): the header taken, and how many rows were selected. */
  readonly issue: Issue;
}

/**
 * The school rows of `range` (a selection of data rows, A5:AJ20) read under the school header of
 * the first of `sheets` whose header lies above it (rows 3–4 of 学校基本情况), over columns the range
 * shares with it: "evaluate only these schools" is an Excel selection of their rows, and the
 * reader knows where their header is. Null when no sheet has a header above the range (it is
 * above, beside or inside the header): the range is refused as before (rangeNoHeader).
 *
 * @example underHeader(source, ["学校基本情况"], "A5:AJ20", fixesOf) // { sheet: "学校基本情况", range: "A3:AJ20", issue: read_range_header_above { headerRows: "3–4", header: "A3:AJ4", count: 16 }, source }
 */
export async function underHeader(source: WorkbookSource, sheets: readonly string[], range: string, fixesOf: (sheet: string) => ColumnFixes): Promise<UnderHeader | null> {
  const box = parseRange(range);
  if (box === null) return null;
  for (const sheet of sheets) {
    const band = await headerOutside(source, sheet, fixesOf(sheet));
    if (band !== null && isUnder(box, band)) return underBand(source, band, box, range);
  }
  return null;
}

/** Whether `box` starts under the header and shares a column with it. */
function isUnder(box: Box, band: HeaderBand): boolean {
  const columns = band.columns.map((c) => c.column);
  return box.top > band.bottom && box.left <= Math.max(...columns) && box.right >= Math.min(...columns);
}

/** The read of `box` under `band`: the range grown up to the header, and the source that stacks the two. */
function underBand(source: WorkbookSource, band: HeaderBand, box: Box, range: string): UnderHeader {
  const grown = rangeAddress({ ...box, top: band.top });
  const header = rangeAddress({ ...box, top: band.top, bottom: band.bottom });
  const stackedSource: WorkbookSource = {
    ...source,
    readSheet: async (name, asked) => (name === band.sheet && asked === grown ? stackedRows(await source.readSheet(name, header), await source.readSheet(name, range)) : source.readSheet(name, asked)),
  };
  const headerRows = band.top === band.bottom ? `${band.top + 1}` : `${band.top + 1}–${band.bottom + 1}`;
  const params = { range, sheet: band.sheet, headerRows, header, count: box.bottom - box.top + 1 };
  const issue = issueAtCell("read_range_header_above", "info", qualified(band.sheet, a1(band.top, box.left)), params);
  return { sheet: band.sheet, range: grown, source: stackedSource, issue };
}

/** The header's rows over the selected ones, the rows between them blank (never read as schools). */
function stackedRows(header: Grid, rows: Grid): Grid {
  // A grid read from a range keeps its own left: the header's read over the same columns lines up with it.
  return { ...stacked(header, rows), cellsLeftOut: [...(header.cellsLeftOut ?? []), ...(rows.cellsLeftOut ?? [])] };
}
