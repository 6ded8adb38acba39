import type { Issue } from "../engine/types";

/**
 * The reader's words for a sheet with no school table at all (readWorkbook's noHeader): it is
 * empty, nothing in it looks like a header, or its header names no school column (the county
 * figures, a contact list). A school table whose required column is not recognised
 * (read_missing_columns) or that has no rows yet (read_no_rows) is a school table all the same.
 */
const NO_SCHOOL_TABLE: ReadonlySet<string> = new Set(["read_sheets_empty", "read_no_header_texts", "read_no_header"]);

/**
 * Whether a failed read of one sheet says it holds no school table, so that another sheet may be
 * read instead. Not when it holds one the reader could not fully read: the user, left on it, maps
 * the column the reader missed (2024学校 with 在籍人数 for 在校生数), rather than being moved to
 * another school sheet (last year's 2023学校) and evaluating that.
 *
 * @example holdsNoSchoolTable([{ code: "read_sheets_empty", … }]) // true
 * @example holdsNoSchoolTable([{ code: "read_missing_columns", … }]) // false
 */
export function holdsNoSchoolTable(issues: readonly Issue[]): boolean {
  return issues.length > 0 && issues.every((i) => NO_SCHOOL_TABLE.has(i.code));
}
