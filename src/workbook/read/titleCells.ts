import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";

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
 * where a sheet states its year, county and stage (titleYear, sheetCounty, sheetStage). A cell
 * `joinsNext` calls a label (统计年度) is given with the value right of it (2024, a number or a text):
 * a label's value is read as one line with it.
 *
 * @example titleCells(gridOf([["某县2024年小学基本情况"], ["学校名称", "在校生数"]], { sheet: "小学" }), 1) // [{ row: 0, text: "某县2024年小学基本情况", cell: "小学!A1" }]
 * @example titleCells(gridOf([["统计年度", 2024], header]), 1, (t) => t.endsWith("年度")) // [{ row: 0, text: "统计年度2024", cell: "学校基本情况!A1" }]
 */
export function titleCells(grid: Grid, headerTop: number, joinsNext: (text: string) => boolean = () => false): TitleCell[] {
  const out: TitleCell[] = [];
  for (let row = grid.top; row < headerTop; row++) {
    const values = grid.values[row - grid.top] ?? [];
    for (const [i, v] of values.entries()) {
      if (typeof v === "string") out.push({ row, text: joinsNext(v) ? v + valueText(values[i + 1]) : v, cell: qualified(grid.sheet, a1(row, grid.left + i)) });
    }
  }
  return out;
}

/** A label's value as text: a number or a text, else nothing. */
function valueText(v: CellValue | undefined): string {
  return typeof v === "string" || typeof v === "number" ? String(v) : "";
}
