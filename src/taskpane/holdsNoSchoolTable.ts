import type { Issue } from "../engine/types";
import type { ColumnMapping } from "../workbook/read/readWorkbook";

/**
 * The reader's words for a sheet with no school table at all (readWorkbook's noHeader): it is
 * empty, nothing in it looks like a header, or its header names no school column (the county
 * figures, a contact list). A school table whose required column is not recognised
 * (read_missing_columns) or that has no rows yet (read_no_rows) is a school table all the same.
 */
// A range holding no school header (rangeNoHeader.ts) is said as such by the reader, the header outside it or nowhere.
const NO_SCHOOL_TABLE: ReadonlySet<string> = new Set(["read_sheets_empty", "read_no_header_texts", "read_no_header", "read_range_header_outside", "read_range_no_header"]);

/**
 * Whether a header lacking a required column recognises nothing a school table has but the name:
 * 名称 | 数值 (the county figures) is taken for a name column over values, whereas a school table
 * missing only its students (学校名称 | 办学类型 | 在籍人数 | 专任教师) has its type, teachers…
 * recognised beside the name. The rule counts the recognised columns' fields: none but `name`.
 */
function onlyName(mapping: ColumnMapping | undefined): boolean {
  return mapping !== undefined && mapping.columns.every((c) => c.field === "name");
}

/**
 * Whether a failed read of one sheet says it holds no school table, so that another sheet may be
 * read instead. Not when it holds one the reader could not fully read: the user, left on it, maps
 * the column the reader missed (2024学校 with 在籍人数 for 在校生数), rather than being moved to
 * another school sheet (last year's 2023学校) and evaluating that. A header whose only recognised
 * column is the name (名称 | 数值: onlyName) holds no school table, though the reader says it lacks
 * the students column.
 *
 * @example holdsNoSchoolTable({ issues: [{ code: "read_sheets_empty", … }] }) // true
 * @example holdsNoSchoolTable({ issues: [{ code: "read_missing_columns", … }], mapping }) // true for 名称 | 数值, false for 学校名称 | 办学类型 | 在籍人数
 */
export function holdsNoSchoolTable(read: { readonly issues: readonly Issue[]; readonly mapping?: ColumnMapping | undefined }): boolean {
  const { issues, mapping } = read;
  return issues.length > 0 && issues.every((i) => NO_SCHOOL_TABLE.has(i.code) || (i.code === "read_missing_columns" && onlyName(mapping)));
}
