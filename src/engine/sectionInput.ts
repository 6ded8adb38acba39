import type { BlankCells, CellRef, FieldKey, Fields, SchoolFlags, SectionResult, Severity } from "./types";

/** A data problem found while forming or evaluating a section, before it becomes an Issue. */
export interface SectionProblem {
  readonly code: string;
  readonly severity: Severity;
  /** Whether the problem makes the section not evaluable. */
  readonly blocking: boolean;
  readonly cell: CellRef;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One school section ready to evaluate: a record as is, or one stage of a split combined school. */
export interface SectionInput extends Pick<SectionResult, "id" | "recordId" | "name" | "county" | "type" | "stage" | "split" | "source"> {
  /** The section's own numbers; shared fields of a split school already multiplied by its share. */
  readonly fields: Fields;
  /** Where the section's missing fields would be: the stage's own blank cells over the record's shared ones. */
  readonly blankCells: BlankCells;
  /** The cells of the section's values in columns read for the other stage only (SchoolRecord.unreadStageCells): where a missing field stands unread. */
  readonly unreadStageCells?: BlankCells;
  readonly flags: SchoolFlags;
  /** Problems found while forming the section (e.g. a split share that cannot be computed). */
  readonly problems: readonly SectionProblem[];
  /** Fields held back by those problems: their absence is already explained, so it is not reported again. */
  readonly withheld: readonly FieldKey[];
}
