import { isIncluded, isJudged, type SectionTable } from "../table/sectionTable";

/** What the county's verdicts need of its sections, counted once (countyVerdict). */
export interface SectionCounts {
  /** In scope and decided (isJudged): evaluable, or failed by the indicators it has. */
  readonly judged: number;
  /** Judged and passing the per-school rule. */
  readonly passing: number;
  /** In scope with students (or an unknown count: an unknown count is not 0) but not judged. */
  readonly unjudged: number;
  /** In scope with 0 students: nothing to judge (rules.md §3 leaves them out of the coefficients too), counted apart so that texts can say so. */
  readonly noStudents: number;
}

/**
 * The sections of a county classified once for the passing share (rules.md §8) and the 资源配置
 * verdict (rules.md §1–3): judged, of which passing, and in scope with students yet unjudged.
 * In-scope sections with no students have nothing to judge and count apart (`noStudents`). A section missing
 * indicators whose others already fail it is decided (pass 0) and counts as failing, not unjudged:
 * no value of the missing ones could change it.
 *
 * @example 3 judged of which 2 pass, 1 in scope with students but not evaluable, 1 excluded → { judged: 3, passing: 2, unjudged: 1, noStudents: 0 }
 * @example 2 passing, 1 not evaluable yet failed by what it has → { judged: 3, passing: 2, unjudged: 0, noStudents: 0 }
 */
export function sectionCounts(table: SectionTable): SectionCounts {
  let [judged, passing, unjudged, noStudents] = [0, 0, 0, 0];
  for (let row = 0; row < table.size; row++) {
    if (isJudged(table, row)) {
      judged++;
      if (table.pass[row] === 1) passing++;
    } else if (isIncluded(table, row)) {
      if (table.students[row] === 0) noStudents++;
      else unjudged++;
    }
  }
  return { judged, passing, unjudged, noStudents };
}
