import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import type { ColumnRole } from "./keys";
import { columnNumberAt } from "./cellNumber";
import type { Classified } from "./rowKind";
import { textAt } from "./rowMeta";
import { foldText } from "./text";
import { headingCore, SIDE_WORDS } from "./headingRurality";
import { rowRanges } from "./rowRanges";
import { agrees, GRAND_TOTAL, mismatchWarning, summedColumns, type Mismatch } from "./totalAgrees";

/** A 城乡 side's label (headingCore, 其中 taken off): 城区, 农村学校, 镇区小计, 乡村合计; its side's words (SIDE_WORDS, the headings' list) captured. */
const SIDE_LABEL = new RegExp(`^(${SIDE_WORDS.join("|")})(?:义务教育)?(?:学校|中小学校?)?(?:小计|合计)?$`);
/** What each side's words cover: the city, the towns, the countryside (农村 is all but the city, 城镇 the city and towns); a word not here covers nothing, so sides naming it are not checked (coverOnce). */
const COVERS: Readonly<Record<string, string>> = { 城区: "c", 主城区: "c", 县城: "c", 城镇: "ct", 镇区: "t", 乡村: "r", 农村: "tr" };

/** What the check needs of a sheet's pass. */
export interface SidesInput {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly nameColumn: number;
  readonly fieldRoles: readonly ColumnRole[];
}

interface Line {
  readonly row: number;
  readonly column: number;
  readonly label: string;
}

/**
 * The 城乡 sides standing right under a grand total (合计 | 城区 | 镇区 | 乡村, 合计 | 城区 | 农村,
 * bare or 其中：城区) added up column by column against it: sides that cover the county once between
 * them (城区 + 镇区 + 乡村, 城区 + 农村, 城镇 + 乡村) are its parts, and their sum is the grand total.
 * Which schools each side counts the check cannot always tell (sorted by 学段, a side's schools are
 * not together), but the parts must add up whatever they count: a 城区 leaving out its last school,
 * a 农村 forgetting its 村小 or a 城区 copying 农村 (R3 of s49, t8–t10) all break it. Columns where
 * the total or a side is blank are not checked; sides that do not cover the county once (城区 and
 * 乡村 alone, 城区 twice) are not checked, as they need not add up.
 * @example 合计 6475 | 城区 3300 | 农村 1575 → issues: read_total_row_sides_mismatch_few at the 城区 row, C 6,475 / 4,875; checked: both rows; adding: none
 */
export function checkSides(input: SidesInput): SidesChecked {
  const groups = sideGroups(input);
  const rowsOf = (chosen: typeof groups) => new Set(chosen.flatMap(({ sides }) => sides.map((side) => side.row)));
  return {
    issues: groups.flatMap(({ grand, sides, off }) => (off.length === 0 ? [] : [sidesIssue(input, grand, sides, off)])),
    checked: rowsOf(groups),
    adding: rowsOf(groups.filter(({ off }) => off.length === 0)),
  };
}

/** What checkSides finds on a sheet, from one pass over its lines. */
export interface SidesChecked {
  /** The warnings of sides that do not add up to their grand total. */
  readonly issues: Issue[];
  /**
   * The rows of every side checked, whether they add up or not: such a side agreeing with no run of
   * consecutive schools is not known to be wrong, as its schools need not stand together (sorted by
   * 学段: R3 of s49, t2), and whether the sides add up is said apart.
   */
  readonly checked: ReadonlySet<number>;
  /**
   * The rows of the sides that add up in every column checked: parts that add up to the whole are
   * consistent whichever rows each counts, so totalRowChecks says nothing of the run each agrees with
   * (or of its agreeing with none) — a right 合计 | 城区 | 农村 would otherwise get a note per side.
   */
  readonly adding: ReadonlySet<number>;
}

/** Each grand total with the sides right under it that cover the county once, and the columns where they do not add up to it. */
function sideGroups(input: SidesInput): { grand: Line; sides: Line[]; off: Mismatch[] }[] {
  const lines = [...input.kinds].filter(([, c]) => c.kind !== "blank" && c.kind !== "note").sort(([a], [b]) => a - b);
  const columns = summedColumns(input.fieldRoles).sort((a, b) => a.column - b.column);
  return lines.flatMap(([row, c], i) => {
    const grand = labelLine(input, row, c);
    if (grand === null || !GRAND_TOTAL.test(foldText(grand.label))) return [];
    const sides = sidesAfter(input, lines, i + 1);
    if (!coverOnce(sides.map((side) => sideWords(side.label) ?? ""))) return [];
    return [{ grand, sides, off: columns.flatMap((role) => offColumn(input.grid, role, grand.row, sides)) }];
  });
}

/** The row's label and its column, for a total or a breakdown row (其中：城区); null for any other. */
function labelLine({ grid, nameColumn }: SidesInput, row: number, c: Classified): Line | null {
  if (c.kind !== "total" && c.kind !== "breakdown") return null;
  const column = c.labelColumn ?? nameColumn;
  return { row, column, label: textAt(grid, row, column) ?? "" };
}

/** The side rows right after line `from`, in order, up to the first line that is not one. */
function sidesAfter(input: SidesInput, lines: readonly (readonly [number, Classified])[], from: number): Line[] {
  const sides: Line[] = [];
  for (let k = from; k < lines.length; k++) {
    const [row, c] = lines[k] ?? [-1, { kind: "blank" } as Classified];
    const line = labelLine(input, row, c);
    if (line === null || sideWords(line.label) === null) break;
    sides.push(line);
  }
  return sides;
}

/**
 * The side a label names (城区, 镇区, 农村 …), its 其中 and numbering taken off; null for any other label.
 * @example sideWords("其中：城区") // "城区"; sideWords("农村学校") // "农村"; sideWords("乡镇学校") // null
 */
export function sideWords(label: string): string | null {
  const core = headingCore(foldText(label).replace(/^其中[:：]?/, ""));
  return SIDE_LABEL.exec(core)?.[1] ?? null;
}

/** Whether the sides cover the city, the towns and the countryside each once, two sides at least. @example coverOnce(["城区", "农村"]) // true; coverOnce(["城区", "乡村"]) // false */
function coverOnce(sides: readonly string[]): boolean {
  const covered = sides.map((side) => COVERS[side] ?? "").join("");
  return sides.length >= 2 && covered.length === 3 && [...covered].sort().join("") === "crt";
}

/** The column's grand total and the sides' sum when both are known and disagree (beyond half a unit); else nothing. */
function offColumn(grid: Grid, role: ColumnRole, grandRow: number, sides: readonly Line[]): Mismatch[] {
  const total = columnNumberAt(grid, grandRow, role);
  const parts = sides.map((side) => columnNumberAt(grid, side.row, role));
  if (total === null || parts.some((part) => part === null)) return [];
  const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  return agrees(total, sum) ? [] : [{ role, total, sum }];
}

/** The warning at the first side's label: the grand total, the sides, the columns (total / sides added up). */
function sidesIssue(input: SidesInput, grand: Line, sides: readonly Line[], off: readonly Mismatch[]): Issue {
  const [first] = sides;
  const place = { row: grand.row + 1, label: grand.label, rows: rowRanges(sides.map((side) => side.row)), sideLabels: sides.map((side) => side.label).join(" / ") };
  return mismatchWarning("read_total_row_sides_mismatch", off, { sheet: input.grid.sheet, row: first?.row ?? grand.row, column: first?.column ?? grand.column }, place);
}
