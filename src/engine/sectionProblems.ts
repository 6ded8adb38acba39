import { needsIndoor, type NumeratorProblem } from "./numerators";
import type { SectionInput, SectionProblem } from "./sectionInput";
import { STAGES, type BlankCells, type CellRef, type FieldKey, type IndicatorCode, type Issue, type Sourced } from "./types";

/**
 * Where a missing field belongs: its blank cell. L5 with nothing given is reported as missing its
 * total (numerators.ts); a sheet without a total column but with a blank ground-area cell is
 * really missing the ground area, so that field and cell are named instead. Cell null when the
 * sheet has no column for it (the column mapping already lists it).
 *
 * An area held back because the indoor sports area is unknown (usableRecord gives it the indoor
 * cell as its blank cell) is really missing the indoor area: that field is named, not the area
 * that was given.
 *
 * @example missingAt("sportsTotalArea", { sportsGroundArea: "S!P20" }) // { field: "sportsGroundArea", cell: "S!P20" }
 * @example missingAt("teachingArea", { teachingArea: "S!O12", indoorSportsArea: "S!O12" }) // { field: "indoorSportsArea", cell: "S!O12" }
 */
export function missingAt(field: FieldKey, blank: BlankCells): { field: FieldKey; cell: CellRef } {
  const named = field === "sportsTotalArea" && blank[field] === undefined && blank.sportsGroundArea !== undefined ? "sportsGroundArea" : field;
  const cell = blank[named];
  if (cell === undefined) return { field, cell: null };
  // Whichever areas the profile holds back, they are among these, and only they carry the indoor cell.
  const heldForIndoor = needsIndoor(true).some(([, area]) => area === named) && cell === blank.indoorSportsArea;
  return { field: heldForIndoor ? "indoorSportsArea" : named, cell };
}

/**
 * Why a section's student count cannot be a denominator: missing, negative or zero. Null when it
 * can, and when it was held back by a problem already reported (e.g. no per-stage data).
 */
export function studentsProblem(input: SectionInput): SectionProblem | null {
  const students: Sourced | undefined = input.fields.students;
  if (students === undefined) {
    if (input.withheld.includes("students")) return null;
    return { code: "missing_students", severity: "error", blocking: true, cell: input.blankCells.students ?? null, params: { field: "students" } };
  }
  if (students.value < 0) return { code: "negative_value", severity: "error", blocking: true, cell: students.cell, params: { field: "students", value: students.value } };
  if (students.value === 0) return { code: "zero_students", severity: "warning", blocking: true, cell: students.cell, params: {} };
  return null;
}

/**
 * A missing field whose value stands in a column read for the other stage only
 * (SectionInput.unreadStageCells), with that cell; L5 missing its total is missing the ground area
 * when that is what stands there (as missingAt names it). Null when there is no such cell.
 * @example unreadAt("sportsTotalArea", { sportsGroundArea: "S!P31" }) // { field: "sportsGroundArea", cell: "S!P31" }
 */
export function unreadAt(field: FieldKey, unread: BlankCells | undefined): { field: FieldKey; cell: string } | null {
  const named = field === "sportsTotalArea" && unread?.[field] === undefined ? "sportsGroundArea" : field;
  const cell = unread?.[named];
  return cell === undefined ? null : { field: named, cell };
}

/**
 * A missing field without a blank cell whose value stands unread in a column of the other stage
 * (unreadAt): said at that cell, with the column's stage (the section's other one), not as "no
 * value" — the column mapping or the header is the cause, said once at the column's header by the reader.
 * @example 第一初级中学 (初中) L5, P31 24788 in a column mapped as 小学 → missing_numerator_stage_column at S!P31 { column: "P", stageInText: "primary" }
 */
function stageColumnProblem(code: IndicatorCode, field: FieldKey, input: SectionInput): SectionProblem | null {
  const at = unreadAt(field, input.unreadStageCells);
  if (at === null) return null;
  const column = /!\$?([A-Z]+)/.exec(at.cell)?.[1] ?? "";
  const stageInText = STAGES.find((s) => s !== input.stage) ?? input.stage;
  return { code: "missing_numerator_stage_column", severity: "error", blocking: true, cell: at.cell, params: { indicator: code, field: at.field, column, stageInText } };
}

/**
 * A numerator problem as a section problem; null when its field was held back (already
 * explained). A missing part is reported at its blank cell (missingAt), else at the cell where it
 * stands unread in a column of the other stage (stageColumnProblem).
 */
export function numeratorProblem(code: IndicatorCode, p: NumeratorProblem, input: SectionInput): SectionProblem | null {
  if (p.code === "missing_numerator" && input.withheld.includes(p.field)) return null;
  const { field, cell } = p.code === "missing_numerator" ? missingAt(p.field, input.blankCells) : p;
  if (p.code === "missing_numerator" && cell === null) return stageColumnProblem(code, p.field, input) ?? missingProblem(code, field);
  const params = p.value === null ? { indicator: code, field } : { indicator: code, field, value: p.value };
  return { code: p.code, severity: "error", blocking: true, cell, params };
}

/** A missing field without a cell: the sheet has no column for it (the column mapping already lists it). */
function missingProblem(code: IndicatorCode, field: FieldKey): SectionProblem {
  return { code: "missing_numerator", severity: "error", blocking: true, cell: null, params: { indicator: code, field } };
}

/** The row a section came from, as `Sheet!12`, for messages; "—" when it has none. */
export function rowRef(input: Pick<SectionInput, "source">): string {
  return input.source === null ? "—" : `${input.source.sheet}!${input.source.row}`;
}

/** A section problem as an Issue naming the school, stage and source row. */
export function toIssue(p: SectionProblem, input: SectionInput): Issue {
  const params = { school: input.name, stage: input.stage, section: input.id, row: rowRef(input), ...p.params };
  return { code: p.code, severity: p.severity, cell: p.cell, params };
}
