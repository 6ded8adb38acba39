import type { Issue } from "../../engine/types";
import { a1, parseRange, qualified, rangeAddress } from "../address";
import type { Grid, WorkbookSource } from "../types";
import type { HeaderBand } from "./findHeader";
import { issueAtCell, issueOf } from "./issue";
import type { ColumnFixes } from "./matchColumns";
import { candidateOf } from "./pickSheets";

/** The fields without which a header is no school header (readWorkbook's REQUIRED_KEYS). */
const REQUIRED: readonly string[] = ["name", "students"];

/**
 * Why a range given by the user (`--range`, the pane's range) holds no school header: it is empty
 * in every sheet searched; or a sheet's header lies outside it (rows 3–4 above C10:F20), said with
 * a range that takes it in; or no sheet searched has one at all. Each sheet is named by itself
 * (`sheetList`, joined by 、), not the sheets run together as one name.
 *
 * @example a header in rows 2–3 of 学校基本情况, range B5:C6 → read_range_header_outside at 学校基本情况!A2 { headerRows: "2–3", suggestion: "A2:C6" }
 */
export async function rangeNoHeader(source: WorkbookSource, grids: readonly Grid[], range: string, fixesOf: (sheet: string) => ColumnFixes): Promise<Issue> {
  const sheetList = grids.map((g) => g.sheet).join("、");
  if (grids.every((g) => g.values.every((row) => row.every((v) => v === null)))) return emptyRange(grids, range, sheetList);
  for (const grid of grids) {
    const band = await headerOutside(source, grid.sheet, fixesOf(grid.sheet));
    if (band !== null) return headerOutsideIssue(band, range);
  }
  return issueOf("read_range_no_header", "error", { range, sheetList });
}

/** An empty range: at its first cell when one sheet was searched, else naming each sheet. */
function emptyRange(grids: readonly Grid[], range: string, sheetList: string): Issue {
  const [only, ...others] = grids;
  if (only !== undefined && others.length === 0) return issueAtCell("read_range_empty", "error", qualified(only.sheet, range.split(":")[0] ?? "A1"), { range, sheet: only.sheet });
  return issueOf("read_range_empty_sheets", "error", { range, sheetList });
}

/** The school header a whole sheet has (name and students recognised), or null. */
export async function headerOutside(source: WorkbookSource, sheet: string, fixes: ColumnFixes): Promise<HeaderBand | null> {
  const c = candidateOf(await source.readSheet(sheet), fixes);
  return c === null || REQUIRED.some((k) => c.matched.missing.includes(k)) ? null : c.band;
}

/** The header's rows (`3–4`, or `3`), and the range grown to take in the header band. */
function headerOutsideIssue(band: HeaderBand, range: string): Issue {
  const columns = band.columns.map((c) => c.column);
  const [left, right] = [Math.min(...columns), Math.max(...columns)];
  const box = parseRange(range) ?? { top: band.top, left, bottom: band.bottom, right };
  const grown = { top: Math.min(box.top, band.top), left: Math.min(box.left, left), bottom: Math.max(box.bottom, band.bottom), right: Math.max(box.right, right) };
  const headerRows = band.top === band.bottom ? `${band.top + 1}` : `${band.top + 1}–${band.bottom + 1}`;
  const params = { range, sheet: band.sheet, headerRows, suggestion: rangeAddress(grown) };
  return issueAtCell("read_range_header_outside", "error", qualified(band.sheet, a1(band.top, left)), params);
}
