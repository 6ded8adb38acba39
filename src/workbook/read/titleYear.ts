import { a1, qualified } from "../address";
import type { Grid } from "../types";

/** A year as a title writes it: 2024年 / 2024 年度 / 2024年秋季; not part of a longer number, not a 学年 span. */
const YEAR = /(?<![\d.])(20\d{2})\s*年/g;
/** "2023-2024学年", "2023—2024年": a school year spans two calendar years, so it names neither alone. */
const SPAN = /20\d{2}\s*[-–—~～至到]\s*20\d{2}/;

/** What a title says of the year of its data, and where. */
export interface TitleYear {
  readonly year: number;
  /** The cell it was read from (`Sheet!A1`), or null when it came from the sheet's name. */
  readonly cell: string | null;
}

/** The years a text names (none when it spans a school year). */
function yearsIn(text: string): number[] {
  if (SPAN.test(text)) return [];
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** Each text cell above the header row `headerTop`, with its address. */
function titleCells(grid: Grid, headerTop: number): { text: string; cell: string }[] {
  const out: { text: string; cell: string }[] = [];
  for (let row = grid.top; row < headerTop; row++) {
    const values = grid.values[row - grid.top] ?? [];
    values.forEach((v, c) => {
      if (typeof v === "string" && v.trim() !== "") out.push({ text: v, cell: qualified(grid.sheet, a1(row, grid.left + c)) });
    });
  }
  return out;
}

/**
 * The year of a school sheet's data as its title states it — "某县2024年义务教育学校基本情况表" —
 * from the rows above the header, else from the sheet's name: the year whose target the share of
 * schools passing answers to (rules.md §8), when the user gives none. Null when nothing names a
 * year, or when two different years are named (a 2023–2024 school year, a title and a note that
 * disagree): then the caller keeps its own default rather than choose.
 *
 * @example titleYear(gridOf([["某县2024年义务教育学校基本情况表"], ["学校名称", "在校生数"]]), 1) // { year: 2024, cell: "学校基本情况!A1" }
 * @example titleYear(gridOf([["2023-2024学年学校基本情况"], header]), 1) // null
 */
export function titleYear(grid: Grid, headerTop: number): TitleYear | null {
  const found = titleCells(grid, headerTop).flatMap(({ text, cell }) => yearsIn(text).map((year) => ({ year, cell })));
  const named = found.length > 0 ? found : yearsIn(grid.sheet).map((year) => ({ year, cell: null }));
  const first = named[0];
  return first !== undefined && named.every((n) => n.year === first.year) ? first : null;
}
