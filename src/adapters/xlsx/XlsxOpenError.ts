/**
 * Why a workbook file could not be opened: missing; not to be opened for reading (no permission, a
 * folder); not an .xlsx file (an .xls, a CSV, or an encrypted workbook, which Excel stores in the
 * old compound format); or unreadable as .xlsx (corrupt, truncated).
 */
export type XlsxOpenFailure = "not_found" | "no_access" | "not_xlsx" | "unreadable";

/**
 * An input workbook that cannot be opened. The message (English, for logs) names the file;
 * `cause` keeps the underlying error. What the user reads comes from the catalogue by `reason`.
 */
export class XlsxOpenError extends Error {
  readonly reason: XlsxOpenFailure;
  readonly path: string;

  constructor(reason: XlsxOpenFailure, path: string, detail: string, options?: { cause?: unknown }) {
    super(`${path}: ${detail}`, options);
    this.name = "XlsxOpenError";
    this.reason = reason;
    this.path = path;
  }
}
