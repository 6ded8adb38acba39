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

/** An Issue about the workbook or a sheet as a whole. */
export function issueOf(code: string, severity: Severity, params: Readonly<Record<string, string | number>> = {}): Issue {
  return { code, severity, cell: null, params };
}
