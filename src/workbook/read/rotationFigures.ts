import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { issueAt, numberAsTextIssue } from "./issue";
import { isNoCachedResult } from "./noCachedResult";
import { groupByCounty } from "./groupByCounty";
import { backboneShare, readCount, rotationCountKind, rotationRate, type BackboneOutcome, type CountRow, type RotationOutcome } from "./rotationCounts";
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

/** Counts not used: a backbone count beside a backbone share given as such, any other beside a rotation rate given (or a count given twice). */
function unused(grid: Grid, rows: readonly ReadCount[]): Issue[] {
  return rows.map((r) => issueAt(r.kind === "backbone" ? "read_figure_rotation_backbone_count" : "read_figure_rotation_count", "info", grid.sheet, r.cell.row, r.cell.column, { item: r.cell.text }));
}

const NOTHING: Read = { figures: [], issues: [] };

function warning(grid: Grid, code: string, r: ReadCount, params: Readonly<Record<string, string | number>>): Read {
  return { figures: [], issues: [issueAt(code, "warning", grid.sheet, r.cell.row, r.cell.column, { item: r.cell.text, ...params })] };
}

/** The figure and issues of one county's rotation rate (rotationRate); "several" is the caller's. */
function said(grid: Grid, outcome: RotationOutcome<ReadCount>): Read {
  const issue = (code: string, r: ReadCount, params: Readonly<Record<string, string | number>>): Read => warning(grid, code, r, params);
  switch (outcome.kind) {
    case "rate": {
      const { rotated, eligible, rate } = outcome;
      const figure = { county: rotated.cell.county, code: "G11_rotation_rate", value: rate, cell: ref(grid, rotated.cell), cells: [ref(grid, rotated.cell), ref(grid, eligible.cell)] };
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
      return NOTHING;
  }
}

/** The figure and issues of one county's backbone share (backboneShare); "several" is the caller's. */
function saidShare(grid: Grid, outcome: BackboneOutcome<ReadCount>): Read {
  switch (outcome.kind) {
    case "share": {
      const { backbone, rotated, share } = outcome;
      const figure = { county: backbone.cell.county, code: "G11_backbone_rotation", value: share, cell: ref(grid, backbone.cell), cells: [ref(grid, backbone.cell), ref(grid, rotated.cell)] };
      const params = { item: backbone.cell.text, rotatedCell: ref(grid, rotated.cell), value: Math.round(share * 10000) / 10000 };
      return { figures: [figure], issues: [issueAt("read_figure_rotation_backbone_computed", "info", grid.sheet, backbone.cell.row, backbone.cell.column, params)] };
    }
    case "rotated_missing":
      return warning(grid, "read_figure_rotation_backbone_rotated_missing", outcome.backbone, {});
    case "no_rotated":
      return warning(grid, "read_figure_rotation_no_rotated", outcome.rotated, { backboneCell: ref(grid, outcome.backbone.cell) });
    case "inconsistent":
      return warning(grid, "read_figure_rotation_backbone_inconsistent", outcome.backbone, { backbone: outcome.backbone.value, rotated: outcome.rotated.value, rotatedCell: ref(grid, outcome.rotated.cell) });
    case "several":
      return NOTHING;
  }
}

/** Whether a count is of no use to the county: its figure is given as such (the rotated count still serves a backbone share computed beside a given rate). */
function idle(row: ReadCount, rows: readonly ReadCount[], hasRate: boolean, hasShare: boolean): boolean {
  if (row.kind === "eligible") return hasRate;
  if (row.kind === "backbone") return hasShare;
  return hasRate && (hasShare || !rows.some((r) => r.kind === "backbone"));
}

/**
 * One county's counts: the rate and the backbone share from them, or why there is none; a count
 * given twice leaves both to figures given as such; nothing more after an unreadable count (already said).
 */
function countyFigures(grid: Grid, cells: readonly CountCell[], noteColumn: number | null, given: (code: string) => boolean): Read {
  const out: Read = { figures: [], issues: [] };
  const counts = cells.map((c) => countOf(grid, c, noteColumn, out));
  const rows = counts.filter((c): c is ReadCount => c !== null && c !== "bad");
  if (counts.includes("bad")) return out;
  const [hasRate, hasShare] = [given("G11_rotation_rate"), given("G11_backbone_rotation")];
  const rate = hasRate ? null : rotationRate(rows);
  const share = hasShare ? null : backboneShare(rows);
  if (rate?.kind === "several" || share?.kind === "several") return { figures: [], issues: [...out.issues, ...unused(grid, rows)] };
  const results = [rate === null ? NOTHING : said(grid, rate), share === null ? NOTHING : saidShare(grid, share)];
  const idleRows = rows.filter((r) => idle(r, rows, hasRate, hasShare));
  return { figures: results.flatMap((r) => r.figures), issues: [...out.issues, ...results.flatMap((r) => r.issues), ...unused(grid, idleRows)] };
}

/**
 * G11's rotation rate from two head counts (交流轮岗教师人数（人） | 45, 符合交流条件教师总数（人） |
 * 380 → 45 / 380 = 0.1184…) and its backbone share (骨干教师交流轮岗人数（人） | 12 → 12 / 45 =
 * 0.2666…), rules.md §4 item 11, county by county (groupByCounty), each at its numerator's cell
 * with both counts' cells (`cells`) and said with the denominator's cell, as payFigures does for
 * G8. A county's figure given as such (`given(county, code)`) is kept and the counts only it
 * would use are said not to be used; one count without its partner, a zero denominator, or a
 * numerator above its denominator is a warning and no figure. A count is never a rate itself
 * (45 is not 4500%).
 *
 * @example rotationFigures(grid, [rotated B2 "45", eligible B3 380], null, () => false) // figures [{ code: "G11_rotation_rate", value: 0.1184…, cell: "县级指标!B2", cells: ["县级指标!B2", "县级指标!B3"] }]
 */
export function rotationFigures(grid: Grid, cells: readonly CountCell[], noteColumn: number | null, given: (county: string | null, code: string) => boolean): Read {
  const reads = groupByCounty(cells).map(([county, own]) => countyFigures(grid, own, noteColumn, (code) => given(county, code)));
  return { figures: reads.flatMap((r) => r.figures), issues: reads.flatMap((r) => r.issues) };
}
