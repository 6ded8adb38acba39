import { a1, qualified } from "../address";
import type { Grid } from "../types";

/** A text cell above a sheet's header: a title line's piece. */
export interface TitleCell {
  /** 0-based sheet row. */
  readonly row: number;
  readonly text: string;
  /** Its address, `Sheet!A1`. */
  readonly cell: string;
}

/**
 * The text cells of the rows above the header row `headerTop`, top row first and left to right:
 * where a sheet states its year, county and stage (titleYear, sheetCounty, sheetStage).
 *
 * @example titleCells(gridOf([["某县2024年小学基本情况"], ["学校名称", "在校生数"]], { sheet: "小学" }), 1) // [{ row: 0, text: "某县2024年小学基本情况", cell: "小学!A1" }]
 */
export function titleCells(grid: Grid, headerTop: number): TitleCell[] {
  const out: TitleCell[] = [];
  for (let row = grid.top; row < headerTop; row++) {
    for (const [i, v] of (grid.values[row - grid.top] ?? []).entries()) {
      if (typeof v === "string") out.push({ row, text: v, cell: qualified(grid.sheet, a1(row, grid.left + i)) });
    }
  }
  return out;
}
