import type { Issue, Severity } from "../../engine/types";
import { a1, qualified } from "../address";

/** An Issue at a sheet cell (0-based row and column), or with no cell when `row` is null. */
export function issueAt(
  code: string,
  severity: Severity,
  sheet: string,
  row: number | null,
  column: number,
  params: Readonly<Record<string, string | number>> = {},
): Issue {
  return { code, severity, cell: row === null ? null : qualified(sheet, a1(row, column)), params };
}

/** An Issue at a cell already addressed (`Sheet!A1`), or with none when `cell` is null. */
export function issueAtCell(code: string, severity: Severity, cell: string | null, params: Readonly<Record<string, string | number>> = {}): Issue {
  return { code, severity, cell, params };
}

/** An Issue about the workbook or a sheet as a whole. */
export function issueOf(code: string, severity: Severity, params: Readonly<Record<string, string | number>> = {}): Issue {
  return { code, severity, cell: null, params };
}

type NumberAsTextParams = {
  readonly header: string;
  readonly text: string;
  readonly value: number;
  readonly field?: string;
  readonly stage?: string;
  readonly part?: string;
};

/**
 * A school row's number typed as text (`"300"`, `１２００`), read and said at info level at its
 * cell, since Excel's own SUM skips such a cell (the sheet's 合计 may then disagree). The column
 * adds the field it was read as (`field`, and `stage` / `part` when it has them), which the English
 * text names beside the header. Two or more in one column are said once by readWorkbook
 * (columnNotes: read_numbers_as_text). The county figures do not say it: nothing adds them up
 * (valueOf.ts textReadIssues).
 *
 * @example numberAsTextIssue("学校基本情况", 1, 1, { header: "在校生数", field: "students", text: "1200", value: 1200 }) // at 学校基本情况!B2
 */
export function numberAsTextIssue(sheet: string, row: number, column: number, params: NumberAsTextParams): Issue {
  return issueAt("read_number_as_text", "info", sheet, row, column, params);
}
