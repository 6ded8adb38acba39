import { needsIndoor, type NumeratorProblem } from "./numerators";
import type { SectionInput, SectionProblem } from "./sectionInput";
import type { BlankCells, CellRef, FieldKey, IndicatorCode, Issue, Sourced } from "./types";

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
 * A numerator problem as a section problem; null when its field was held back (already
 * explained). A missing part is reported at its blank cell (missingAt).
 */
export function numeratorProblem(code: IndicatorCode, p: NumeratorProblem, input: SectionInput): SectionProblem | null {
  if (p.code === "missing_numerator" && input.withheld.includes(p.field)) return null;
  const { field, cell } = p.code === "missing_numerator" ? missingAt(p.field, input.blankCells) : p;
  const params = p.value === null ? { indicator: code, field } : { indicator: code, field, value: p.value };
  return { code: p.code, severity: "error", blocking: true, cell, params };
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
