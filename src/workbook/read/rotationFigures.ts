import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { issueAt, numberAsTextIssue } from "./issue";
import { isNoCachedResult } from "./noCachedResult";
import { readCount, rotationCountKind, rotationRate, type CountRow, type RotationOutcome } from "./rotationCounts";
import { valueInNote } from "./valueInNote";

/** A row of the figures sheet whose name may give a head count of G11, with its value cell. */
export interface CountCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly county: string | null;
}

interface ReadCount extends CountRow {
  readonly cell: CountCell;
}

interface Read {
  readonly figures: CountyFigure[];
  readonly issues: Issue[];
}

function at(grid: Grid, cell: CountCell): CellValue {
  return grid.values[cell.row - grid.top]?.[cell.column - grid.left] ?? null;
}

/** A cell as Excel shows it: a formula error as `#DIV/0!`. */
function shown(v: CellValue): string {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? "");
}

function ref(grid: Grid, cell: CountCell): string {
  return qualified(grid.sheet, a1(cell.row, cell.column));
}

/** A count cell read (readCount); null when blank or unreadable, said when it must be. */
function countOf(grid: Grid, cell: CountCell, noteColumn: number | null, out: Read): ReadCount | null | "bad" {
  const kind = rotationCountKind(cell.text);
  const raw = at(grid, cell);
  if (kind === null) return null;
  if (isNoCachedResult(raw)) return (out.issues.push(issueAt("read_formula_no_result", "info", grid.sheet, cell.row, cell.column, { header: cell.text })), null);
  const count = readCount(raw);
  if (count === null) {
    const noted = valueInNote(grid, cell.row, cell.column, noteColumn, cell.text);
    if (noted !== null) out.issues.push(noted);
    return null;
  }
  if (!count.ok) {
    out.issues.push(issueAt("read_figure_bad_value", "error", grid.sheet, cell.row, cell.column, { item: cell.text, text: shown(raw), expected: "number" }));
    return "bad";
  }
  if (typeof raw === "string") out.issues.push(numberAsTextIssue(grid.sheet, cell.row, cell.column, { header: cell.text, text: raw, value: count.value }));
  return { kind, value: count.value, cell };
}

function unused(grid: Grid, rows: readonly ReadCount[]): Issue[] {
  return rows.map((r) => issueAt("read_figure_rotation_count", "info", grid.sheet, r.cell.row, r.cell.column, { item: r.cell.text }));
}

/** The figure and issues of one county's outcome (rotationRate). */
function said(grid: Grid, outcome: RotationOutcome<ReadCount>, rows: readonly ReadCount[]): Read {
  const issue = (code: string, r: ReadCount, params: Readonly<Record<string, string | number>>): Read => ({ figures: [], issues: [issueAt(code, "warning", grid.sheet, r.cell.row, r.cell.column, { item: r.cell.text, ...params })] });
  switch (outcome.kind) {
    case "rate": {
      const { rotated, eligible, rate } = outcome;
      const figure = { county: rotated.cell.county, code: "G11_rotation_rate", value: rate, cell: ref(grid, rotated.cell) };
      const params = { item: rotated.cell.text, eligibleCell: ref(grid, eligible.cell), value: Math.round(rate * 10000) / 10000 };
      return { figures: [figure], issues: [issueAt("read_figure_rotation_rate_computed", "info", grid.sheet, rotated.cell.row, rotated.cell.column, params)] };
    }
    case "missing":
      return issue(`read_figure_rotation_${outcome.missing}_missing`, outcome.given, {});
    case "no_eligible":
      return issue("read_figure_rotation_no_eligible", outcome.eligible, { rotatedCell: ref(grid, outcome.rotated.cell) });
    case "inconsistent":
      return issue("read_figure_rotation_inconsistent", outcome.rotated, { rotated: outcome.rotated.value, eligible: outcome.eligible.value, eligibleCell: ref(grid, outcome.eligible.cell) });
    case "several":
      return { figures: [], issues: unused(grid, rows) };
  }
}

/** One county's counts: the rate from them, or why there is none; nothing more after an unreadable count (already said). */
function countyFigures(grid: Grid, cells: readonly CountCell[], noteColumn: number | null, hasRate: boolean): Read {
  const out: Read = { figures: [], issues: [] };
  const counts = cells.map((c) => countOf(grid, c, noteColumn, out));
  const rows = counts.filter((c): c is ReadCount => c !== null && c !== "bad");
  if (counts.includes("bad")) return out;
  if (hasRate) return { figures: [], issues: [...out.issues, ...unused(grid, rows)] };
  const outcome = rotationRate(rows);
  if (outcome === null) return out;
  const result = said(grid, outcome, rows);
  return { figures: result.figures, issues: [...out.issues, ...result.issues] };
}

/**
 * G11's rotation rate from two head counts (交流轮岗教师人数（人） | 45, 符合交流条件教师总数（人） |
 * 380 → 45 / 380 = 0.1184…, rules.md §4 item 11), county by county, at the rotated count's cell
 * and said with the eligible count's cell, as payFigures does for G8. A county whose rate is
 * given as such (`hasRate`) keeps it and its counts are said not to be used; one count alone, no
 * eligible teacher, or more rotated than eligible is a warning and no rate. A count is never the
 * rate itself (45 is not 4500%).
 *
 * @example rotationFigures(grid, [rotated B2 "45", eligible B3 380], null, () => false) // figures [{ code: "G11_rotation_rate", value: 0.1184…, cell: "县级指标!B2" }]
 */
export function rotationFigures(grid: Grid, cells: readonly CountCell[], noteColumn: number | null, hasRate: (county: string | null) => boolean): Read {
  const counties = [...new Set(cells.map((c) => c.county))];
  const reads = counties.map((county) => countyFigures(grid, cells.filter((c) => c.county === county), noteColumn, hasRate(county)));
  return { figures: reads.flatMap((r) => r.figures), issues: reads.flatMap((r) => r.issues) };
}
