import { message } from "../../messages/catalogue";
import type { OfficeFailure } from "../../messages/officeMessages";

type Params = Readonly<Record<string, string | number>>;

/** The host's own words for a failure: an OfficeExtension.Error's code and message, or whatever was thrown. */
export function hostReason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Excel could not do what the add-in asked (a protected workbook, a sheet gone, the host
 * unavailable). The message says what failed, in English, with the host's reason; `code` and
 * `params` give it in either language through the catalogue; `cause` keeps the host's error.
 */
export class OfficeError extends Error {
  readonly code: OfficeFailure;
  readonly params: Params;

  constructor(code: OfficeFailure, params: Params, options?: { cause?: unknown }) {
    super(message(code, params, "en"), options);
    this.name = "OfficeError";
    this.code = code;
    this.params = params;
  }

  /**
   * `error` as an OfficeError with `code`, `params` and the host's reason, the error as cause; an
   * OfficeError from deeper down is already specific and is returned as it is.
   *
   * @example OfficeError.from("office_row_too_large", hostError) // OfficeError("A result row exceeds … (RequestPayloadSizeLimitExceeded: …)")
   */
  static from(code: OfficeFailure, error: unknown, params: Params = {}): OfficeError {
    if (error instanceof OfficeError) return error;
    return new OfficeError(code, { ...params, reason: hostReason(error) }, { cause: error });
  }
}

/**
 * Runs `step`; a failure becomes an OfficeError with `code`, the step's `params`, the host's
 * reason and the failure as cause (OfficeError.from).
 *
 * @example await officeStep("office_list_failed", {}, () => run(...)) // throws OfficeError("Could not list the worksheets (…)")
 */
export async function officeStep<T>(code: OfficeFailure, params: Params, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw OfficeError.from(code, error, params);
  }
}
