import type { CellRef, CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { issueAt, issueAtCell } from "./issue";
import { isNoCachedResult } from "./noCachedResult";
import { dateText } from "./dateText";
import { groupByCounty } from "./groupByCounty";
import { roundForDisplay } from "../write/formats";
import { addStages, backboneShare, readCount, rotationRate, type AddedCount, type BackboneOutcome, type RotationCountKind, type RotationOutcome, type StageRow } from "./rotationCounts";
import { valueInNote } from "./valueInNote";
import { valueAt } from "./rowMeta";

/** A row of the figures sheet giving a head count of G11 (its kind: rotationCountKind, of the sub-item alone under a merged parent name), with its value cell. */
export interface CountCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly kind: RotationCountKind;
  readonly county: string | null;
}

/** A count cell read; value null when blank, kept so that a stage left blank can be named (addStages). */
interface ReadCount extends StageRow {
  readonly cell: CountCell;
  readonly name: string;
}

/** A county's count: one row, or the rows of its stages added up (addStages). */
type Count = AddedCount<ReadCount>;

interface Read {
  readonly figures: CountyFigure[];
  readonly issues: Issue[];
}

/** A cell as Excel shows it: a formula error as `#DIV/0!`. */
function shown(v: CellValue): string {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return v instanceof Date ? dateText(v) : String(v ?? "");
}

function ref(grid: Grid, cell: CountCell): string {
  return qualified(grid.sheet, a1(cell.row, cell.column));
}

/** The first row of a count: where it is said. */
function head(count: Count): CountCell {
  return (count.parts[0] as ReadCount).cell;
}

/** Every cell of a count (two for a count by stage). */
function refs(grid: Grid, count: Count): string[] {
  return count.parts.map((p) => ref(grid, p.cell));
}

/** A count's cells or names as said: `县级指标!C2 + 县级指标!C3` for a count by stage. */
function joined(parts: readonly string[]): string {
  return parts.join(" + ");
}

function itemOf(count: Count): string {
  return joined(count.parts.map((p) => p.name));
}

/** A count cell read (readCount); value null when blank (given, no value), "bad" when unreadable, said when it must be; a count stored as text (“45”) is read without a note, as the county sheet's figures are (valueOf.ts textReadIssues). */
function countOf(grid: Grid, cell: CountCell, noteColumn: number | null, out: Read): ReadCount | "bad" {
  const raw = valueAt(grid, cell.row, cell.column);
  const blank = { kind: cell.kind, value: null, cell, name: cell.text };
  if (isNoCachedResult(raw)) return (out.issues.push(issueAt("read_formula_no_result", "info", grid.sheet, cell.row, cell.column, { header: cell.text })), blank);
  const count = readCount(raw);
  if (count === null) {
    const noted = valueInNote(grid, cell.row, cell.column, noteColumn, cell.text);
    if (noted !== null) out.issues.push(noted);
    return blank;
  }
  if (!count.ok) {
    out.issues.push(issueAt("read_figure_bad_value", "error", grid.sheet, cell.row, cell.column, { item: cell.text, text: shown(raw), expected: "number" }));
    return "bad";
  }
  return { kind: cell.kind, value: count.value, cell, name: cell.text };
}

/** Counts not used: a backbone count beside a backbone share given as such, any other beside a rotation rate given. */
function unused(grid: Grid, rows: readonly Count[]): Issue[] {
  return rows.flatMap((r) => r.parts).map((p) => issueAt(p.kind === "backbone" ? "read_figure_rotation_backbone_count" : "read_figure_rotation_count", "info", grid.sheet, p.cell.row, p.cell.column, { item: p.name }));
}

/** A count of one kind given more than once (not split by stage): no figure can be made of it, so a warning at each. */
function severalIssues(grid: Grid, rows: readonly Count[]): Issue[] {
  return rows.map((r) => {
    const others = rows.filter((o) => o.kind === r.kind && o !== r).flatMap((o) => refs(grid, o));
    return issueAt("read_figure_rotation_several", "warning", grid.sheet, head(r).row, head(r).column, { item: itemOf(r), cells: others.join("、") });
  });
}

const NOTHING: Read = { figures: [], issues: [] };

/**
 * The county item a count's warning leaves 待评估 (its `countyItem`), so that the result names the
 * cell and says the figure could not be computed (unreadFigures.ts uncomputedCells), not 无数据.
 */
const RATE = { countyItem: "G11_rotation_rate" } as const;
const SHARE = { countyItem: "G11_backbone_rotation" } as const;

function warning(grid: Grid, code: string, r: Count, params: Readonly<Record<string, string | number>>): Read {
  return { figures: [], issues: [issueAt(code, "warning", grid.sheet, head(r).row, head(r).column, { item: itemOf(r), ...params })] };
}

/** A rate or ratio shown in a message, to four decimals as Excel rounds (roundForDisplay). @example rounded(2 / 3) // 0.6667 */
export function rounded(value: number): number {
  return roundForDisplay(value, 4);
}

/**
 * Two counts of other stages (one split by stage with a stage blank, or naming one stage beside a
 * count of both): a warning at the blank stage's cell, or the first count's when none is blank.
 */
function uneven(grid: Grid, a: Count, b: Count): Read {
  const [short, other] = a.blank.length === 0 && b.blank.length > 0 ? [b, a] : [a, b];
  const at = short.blank[0]?.cell ?? head(short);
  const params = { item: at.text, otherCell: joined(refs(grid, other)) };
  return { figures: [], issues: [issueAt("read_figure_rotation_stages_uneven", "warning", grid.sheet, at.row, at.column, params)] };
}

/** The figure and issues of one county's rotation rate (rotationRate); "several" is the caller's. */
function said(grid: Grid, outcome: RotationOutcome<Count>): Read {
  switch (outcome.kind) {
    case "rate": {
      const { rotated, eligible, rate } = outcome;
      const figure = { county: head(rotated).county, code: "G11_rotation_rate", value: rate, cell: ref(grid, head(rotated)), cells: [...refs(grid, rotated), ...refs(grid, eligible)] };
      const params = { item: itemOf(rotated), eligibleCell: joined(refs(grid, eligible)), value: rounded(rate) };
      return { figures: [figure], issues: [issueAt("read_figure_rotation_rate_computed", "info", grid.sheet, head(rotated).row, head(rotated).column, params)] };
    }
    case "missing":
      return warning(grid, `read_figure_rotation_${outcome.missing}_missing`, outcome.given, RATE);
    case "no_eligible":
      return warning(grid, "read_figure_rotation_no_eligible", outcome.eligible, { ...RATE, rotatedCell: joined(refs(grid, outcome.rotated)) });
    case "uneven":
      return uneven(grid, outcome.rotated, outcome.eligible);
    case "inconsistent":
      return warning(grid, "read_figure_rotation_inconsistent", outcome.rotated, { ...RATE, rotated: outcome.rotated.value, eligible: outcome.eligible.value, eligibleCell: joined(refs(grid, outcome.eligible)) });
    case "several":
      return NOTHING;
  }
}

/** The figure and issues of one county's backbone share (backboneShare); "several" is the caller's. */
function saidShare(grid: Grid, outcome: BackboneOutcome<Count>): Read {
  switch (outcome.kind) {
    case "share": {
      const { backbone, rotated, share } = outcome;
      const figure = { county: head(backbone).county, code: "G11_backbone_rotation", value: share, cell: ref(grid, head(backbone)), cells: [...refs(grid, backbone), ...refs(grid, rotated)] };
      const params = { item: itemOf(backbone), rotatedCell: joined(refs(grid, rotated)), value: rounded(share) };
      return { figures: [figure], issues: [issueAt("read_figure_rotation_backbone_computed", "info", grid.sheet, head(backbone).row, head(backbone).column, params)] };
    }
    case "rotated_missing":
      return warning(grid, "read_figure_rotation_backbone_rotated_missing", outcome.backbone, SHARE);
    case "no_rotated":
      return warning(grid, "read_figure_rotation_no_rotated", outcome.rotated, { ...SHARE, backboneCell: joined(refs(grid, outcome.backbone)) });
    case "uneven":
      return uneven(grid, outcome.backbone, outcome.rotated);
    case "inconsistent":
      return warning(grid, "read_figure_rotation_backbone_inconsistent", outcome.backbone, { ...SHARE, backbone: outcome.backbone.value, rotated: outcome.rotated.value, rotatedCell: joined(refs(grid, outcome.rotated)) });
    case "several":
      return NOTHING;
  }
}

/** Whether a count is of no use to the county: its figure is given as such (the rotated count still serves a backbone share computed beside a given rate). */
function idle(row: Count, rows: readonly Count[], hasRate: boolean, hasShare: boolean): boolean {
  if (row.kind === "eligible") return hasRate;
  if (row.kind === "backbone") return hasShare;
  return hasRate && (hasShare || !rows.some((r) => r.kind === "backbone"));
}

/**
 * How far a rate given as such may be from the one its counts give and still be the same rate
 * rounded: half a percentage point, as a rate is written to a whole percent at the coarsest (45 /
 * 380 = 11.84% written 12%); a rate written with more digits is closer still. A tiny margin keeps
 * 12.5% written 13% (exactly half a point) within it despite floating point.
 */
export const GIVEN_RATE_TOLERANCE = 0.005 + 1e-9;

/** A figure given as such that its counts contradict beyond rounding (GIVEN_RATE_TOLERANCE): kept, and a warning at it naming the counts' cells. */
function differs(figure: GivenFigure | undefined, computed: number | null, code: string, cells: Readonly<Record<string, string>>): Issue[] {
  if (figure === undefined || computed === null || typeof figure.value !== "number" || Math.abs(figure.value - computed) <= GIVEN_RATE_TOLERANCE) return [];
  return [issueAtCell(code, "warning", figure.cell, { item: figure.item, given: rounded(figure.value), computed: rounded(computed), ...cells })];
}

/** A county's figure given as such on the sheet, with its item's name as written. */
export interface GivenFigure {
  readonly value: number | boolean;
  readonly cell: CellRef;
  readonly item: string;
}

/** The rate and share the counts give beside figures given as such, warned where they differ (differs). */
function checkGiven(grid: Grid, rows: readonly Count[], rateGiven: GivenFigure | undefined, shareGiven: GivenFigure | undefined): Issue[] {
  const rate = rateGiven === undefined ? null : rotationRate(rows);
  const share = shareGiven === undefined ? null : backboneShare(rows);
  const rateIssues = rate?.kind === "rate" ? differs(rateGiven, rate.rate, "read_figure_rotation_rate_differs", { rotatedCell: joined(refs(grid, rate.rotated)), eligibleCell: joined(refs(grid, rate.eligible)) }) : [];
  const shareIssues = share?.kind === "share" ? differs(shareGiven, share.share, "read_figure_rotation_backbone_differs", { backboneCell: joined(refs(grid, share.backbone)), rotatedCell: joined(refs(grid, share.rotated)) }) : [];
  return [...rateIssues, ...shareIssues];
}

/** Principals' counts (交流轮岗校长人数): not teachers, so in no figure; said where a value is given. */
function principals(grid: Grid, cells: readonly CountCell[]): Issue[] {
  return cells.filter((c) => c.kind === "principal" && readCount(valueAt(grid, c.row, c.column)) !== null).map((c) => issueAt("read_figure_rotation_principal", "info", grid.sheet, c.row, c.column, { item: c.text }));
}

/**
 * One county's counts: counts by stage added up (addStages), then the rate and the backbone share
 * from them, or why there is none; a count given twice is warned at each and makes no figure;
 * nothing more after an unreadable count (already said).
 */
function countyFigures(grid: Grid, cells: readonly CountCell[], noteColumn: number | null, given: (code: string) => GivenFigure | undefined): Read {
  const out: Read = { figures: [], issues: principals(grid, cells) };
  const counts = cells.filter((c) => c.kind !== "principal").map((c) => countOf(grid, c, noteColumn, out));
  if (counts.includes("bad")) return out;
  const rows = addStages(counts.filter((c): c is ReadCount => c !== "bad"));
  const [rateGiven, shareGiven] = [given("G11_rotation_rate"), given("G11_backbone_rotation")];
  const [hasRate, hasShare] = [rateGiven !== undefined, shareGiven !== undefined];
  const rate = hasRate ? null : rotationRate(rows);
  const share = hasShare ? null : backboneShare(rows);
  const results = [rate === null ? NOTHING : said(grid, rate), share === null ? NOTHING : saidShare(grid, share)];
  const idleRows = rows.filter((r) => idle(r, rows, hasRate, hasShare));
  const several = rows.filter((r) => !idleRows.includes(r) && rows.some((o) => o !== r && o.kind === r.kind));
  const issues = [...out.issues, ...checkGiven(grid, rows, rateGiven, shareGiven), ...results.flatMap((r) => r.issues), ...severalIssues(grid, several), ...unused(grid, idleRows)];
  return { figures: results.flatMap((r) => r.figures), issues };
}

/**
 * G11's rotation rate from two head counts (交流轮岗教师人数（人） | 45, 符合交流条件教师总数（人） |
 * 380 → 45 / 380 = 0.1184…) and its backbone share (骨干教师交流轮岗人数（人） | 12 → 12 / 45 =
 * 0.2666…), rules.md §4 item 11, county by county (groupByCounty), each at its numerator's cell
 * with both counts' cells (`cells`) and said with the denominator's cell, as payFigures does for
 * G8. Counts split by stage are added up (addStages); counts of other stages (a stage left blank)
 * make no figure and a warning at the blank cell; principals' counts are left out, and said.
 * A county's figure given as such (`given(county, code)`) is kept, the counts only it would use
 * are said not to be used, and a warning says when they give another value beyond rounding
 * (GIVEN_RATE_TOLERANCE); one count without its partner, a count given twice, a zero denominator,
 * or a numerator above its denominator is a warning and no figure. A count is never a rate itself
 * (45 is not 4500%).
 *
 * @example rotationFigures(grid, [rotated B2 "45", eligible B3 380], null, () => undefined) // figures [{ code: "G11_rotation_rate", value: 0.1184…, cell: "县级指标!B2", cells: ["县级指标!B2", "县级指标!B3"] }]
 */
export function rotationFigures(grid: Grid, cells: readonly CountCell[], noteColumn: number | null, given: (county: string | null, code: string) => GivenFigure | undefined): Read {
  const reads = groupByCounty(cells).map(([county, own]) => countyFigures(grid, own, noteColumn, (code) => given(county, code)));
  return { figures: reads.flatMap((r) => r.figures), issues: reads.flatMap((r) => r.issues) };
}
