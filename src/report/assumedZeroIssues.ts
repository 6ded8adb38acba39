import type { AssumedZero, Evaluation, EvaluationInput, Fields, IndicatorResult, Issue, SchoolRecord, SectionResult } from "../engine/types";
import { cellColumn, columnLetters, splitReference } from "../workbook/address";
import { issueAtCell } from "../workbook/read/issue";
import type { Profile } from "../profiles/schema";
import { listedIssues } from "./listedIssues";
import { withProfileParams } from "./profileParams";

/** The warning for each kind of assumed zero that an indicator not met rests on. */
const NOT_MET_CODES: Readonly<Record<AssumedZero["kind"], string>> = { blank: "read_blank_part_not_met", dash: "read_dash_not_met" };

/** Every field of a record, the whole school's and each stage's. */
function allFields(record: SchoolRecord): Fields[] {
  return [record.fields, ...Object.values(record.stageFields ?? {})];
}

/**
 * The cells read as 0, by the cell that stands for the value they are part of (Sourced.cell, the
 * one an indicator's `cells` names), each once.
 * Built once per run (runIssues) for both the warnings and the notes.
 * @example zerosByValueCell([a record whose L3 at 学校!I12 took 学校!H12 as 0]) // Map { "学校!I12" → [H12] }
 */
export function zerosByValueCell(records: readonly SchoolRecord[]): Map<string, AssumedZero[]> {
  const out = new Map<string, AssumedZero[]>();
  for (const fields of records.flatMap(allFields)) {
    for (const sourced of Object.values(fields)) {
      if (sourced?.assumedZeros === undefined || sourced.cell === null) continue;
      const own = out.get(sourced.cell) ?? [];
      out.set(sourced.cell, [...own, ...sourced.assumedZeros.filter((z) => !own.some((o) => o.cell === z.cell))]);
    }
  }
  return out;
}

/** A cell's address without its sheet or `$` signs: `'学校 表'!$H$12` → `H12`. */
const addressOf = (cell: string): string => (splitReference(cell)?.address ?? cell).replace(/\$/g, "");

/**
 * The warning at a cell read as 0, naming its column by its header and a dash by its text. Not by
 * {fieldHeader}: its `stage` is the section's here, which a whole-school column's label must not take.
 */
function warning(section: SectionResult, result: IndicatorResult, zero: AssumedZero): Issue {
  // `at`: the cell with its sheet, said as a cell (单元格 学校!L7), which a bare L7 beside an indicator code is not read as.
  const params = { school: section.name, stage: section.stage, indicator: result.code, header: zero.header, address: addressOf(zero.cell), at: zero.cell.replace(/\$/g, ""), section: section.id };
  return issueAtCell(NOT_MET_CODES[zero.kind], "warning", zero.cell, zero.text === undefined ? params : { ...params, text: zero.text });
}

/**
 * The fields an indicator subtracts (rules.md §2 L4: 教学及辅助用房 − 室内体育用房). L4 cites the
 * indoor cell only when the profile deducts it (l4DeductsIndoorSports, numerators.ts needsIndoor),
 * so among L4's cells it is always the subtracted part. A 0 there can only raise the value: a real
 * figure would lower it, never turn a not-met L4 into met, so no warning is due (L5 adds the same
 * cell and keeps its own).
 */
const SUBTRACTED: Readonly<Record<string, readonly string[]>> = { L4: ["indoorSportsArea"] };

/** The assumed zeros one indicator's value rests on, in its cells' order, each once; none of a part it subtracts. */
function zerosOf(result: IndicatorResult, byCell: ReadonlyMap<string, readonly AssumedZero[]>): AssumedZero[] {
  const subtracted = SUBTRACTED[result.code] ?? [];
  const zeros = result.cells.flatMap((c) => (c === null ? [] : (byCell.get(c) ?? []))).filter((z) => !subtracted.includes(z.field));
  return zeros.filter((z, i) => zeros.findIndex((o) => o.cell === z.cell) === i);
}

/**
 * A warning at each cell read as 0 (a blank part beside given parts, a dash) that an in-scope
 * section's indicator not met (below standard, at 85% or below) rests on: that 0 may be what
 * fails the school. A met indicator needs none: a larger value would not change its verdict.
 * @example assumedZeroWarnings(石桥镇中学 L3 2 ÷ 380, zerosByValueCell([体育 H12 blank])) // [read_blank_part_not_met at H12]
 */
export function assumedZeroWarnings(evaluation: Evaluation, byCell: ReadonlyMap<string, readonly AssumedZero[]>): Issue[] {
  if (byCell.size === 0) return [];
  const sections = evaluation.counties.flatMap((c) => c.sections).filter((s) => s.included);
  return sections.flatMap((s) =>
    Object.values(s.indicators).flatMap((r) => (r.status === "met" ? [] : zerosOf(r, byCell).map((z) => warning(s, r, z)))),
  );
}

/**
 * A cell's sheet and column however it is written (`学校!$H$12`, `'学校'!H3` → `学校!H`), so one
 * column's cells make one note; the cell itself when it names no sheet and column.
 */
function columnKey(cell: string): string {
  const sheet = splitReference(cell)?.sheet;
  const column = cellColumn(cell);
  return sheet === undefined || column === null ? cell : `${sheet}!${columnLetters(column)}`;
}

/** The blank parts (not dashes) by column: each column's first one and its cells' addresses, each once (a cell read for two stages, `$H$5` and `H5`). */
function blanksByColumn(byCell: ReadonlyMap<string, readonly AssumedZero[]>): Map<string, { first: AssumedZero; cells: Set<string> }> {
  const byColumn = new Map<string, { first: AssumedZero; cells: Set<string> }>();
  for (const zero of [...byCell.values()].flat()) {
    if (zero.kind !== "blank") continue;
    const key = columnKey(zero.cell);
    const column = byColumn.get(key) ?? { first: zero, cells: new Set<string>() };
    byColumn.set(key, column);
    column.cells.add(addressOf(zero.cell));
  }
  return byColumn;
}

/**
 * One info note per column whose blank cells were counted as 0 beside given parts (L1's degrees,
 * L2's levels, L3's subjects): at its first such cell, with how many there are, so that a
 * statistics export leaving 研究生 blank in 800 rows gives one note, not 800. A dash is left out:
 * it has its own note at its cell (read_dash_as_zero).
 * @example blankPartNotes(zerosByValueCell([体育 blank at H3 and H5])) // [read_blank_part_as_zero at H3, count 2]
 */
export function blankPartNotes(byCell: ReadonlyMap<string, readonly AssumedZero[]>): Issue[] {
  return [...blanksByColumn(byCell).values()].map(({ first, cells }) => {
    const part = first.part === undefined ? {} : { part: first.part };
    return issueAtCell("read_blank_part_as_zero", "info", first.cell, { header: first.header, field: first.field, ...part, count: cells.size });
  });
}

/**
 * The issues a run lists and counts (listedIssues): the reader's with the notes on blank parts
 * counted as 0, then the engine's with the warnings on indicators not met that rest on a cell
 * read as 0. Both front ends (the CLI, the task pane) list these. The reader's that state a value of
 * the rule profile quote `profile`'s, the one the run used (withProfileParams): the reader does not know it.
 * @example runIssues(readIssues, input, evaluation, profile) // [...readIssues, read_blank_part_as_zero …, ...evaluation.issues, read_blank_part_not_met …]
 */
export function runIssues(reader: readonly Issue[], input: EvaluationInput, evaluation: Evaluation, profile: Profile): Issue[] {
  const byCell = zerosByValueCell(input.records);
  return listedIssues([...withProfileParams(reader, profile), ...blankPartNotes(byCell)], [...evaluation.issues, ...assumedZeroWarnings(evaluation, byCell)]);
}
