/** Why a workbook file could not be opened: missing, not an .xlsx file, or unreadable (corrupt, locked, encrypted). */
export type XlsxOpenFailure = "not_found" | "not_xlsx" | "unreadable";

/** An input workbook that cannot be opened. The message names the file; `cause` keeps the underlying error. */
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
