import type { IndicatorCode, Issue, SectionResult, Stage } from "../../engine/types";

/**
 * Whether an issue says its cell's value is most likely wrong (a unit slip, a figure far from
 * every other school's): the reader still reads such a value, as leaving it out would be a guess
 * too, so the results that rest on it must say so.
 */
const flagsValue = (issue: Issue): boolean => issue.code.startsWith("read_value_outlier_");

/** The cells the reader flagged as most likely wrong, for suspectCells. */
export function flaggedCells(issues: readonly Issue[]): ReadonlySet<string> {
  return new Set(issues.flatMap((issue) => (flagsValue(issue) && issue.cell !== null ? [issue.cell] : [])));
}

/**
 * The flagged cells one stage's coefficient of `code` rests on: the cells of every in-scope
 * section's value of that indicator (numerator parts and students) that the reader flagged, in
 * the sections' order, each once.
 * @example suspectCells(sections, "primary", "L5", new Set(["学校基本情况!P23"])) // ["学校基本情况!P23"] when a primary school's L5 used P23
 */
export function suspectCells(sections: readonly SectionResult[], stage: Stage, code: IndicatorCode, flagged: ReadonlySet<string>): string[] {
  if (flagged.size === 0) return [];
  const cells = sections.flatMap((s) => (s.included && s.stage === stage ? (s.indicators[code]?.cells ?? []) : []));
  return [...new Set(cells.filter((c): c is string => c !== null && flagged.has(c)))];
}

/** The warnings that an indicator not met rests on a cell read as 0 (src/report/assumedZeroIssues.ts). */
const ZERO_CODES: ReadonlySet<string> = new Set(["read_blank_part_not_met", "read_dash_not_met"]);

/** The key of one section's indicator in assumedZeroCells. */
export const indicatorKey = (section: string, code: IndicatorCode): string => `${section}\u0000${code}`;

/**
 * The cells read as 0 (a blank part, a dash) that each section's indicator not met rests on, as
 * the warnings at those cells say: by indicatorKey, in the issues' order, each once.
 * @example assumedZeroCells([read_blank_part_not_met at S!H12 for S!12#junior L3]) // Map { indicatorKey("S!12#junior", "L3") → ["S!H12"] }
 */
export function assumedZeroCells(issues: readonly Issue[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const { code, cell, params } of issues) {
    if (!ZERO_CODES.has(code) || cell === null || typeof params.section !== "string") continue;
    const key = indicatorKey(params.section, String(params.indicator) as IndicatorCode);
    const own = out.get(key) ?? [];
    if (!own.includes(cell)) out.set(key, [...own, cell]);
  }
  return out;
}
