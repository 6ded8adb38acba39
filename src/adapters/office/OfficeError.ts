import { OFFICE_MESSAGES, type OfficeFailure } from "../../messages/officeMessages";

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
    super(OFFICE_MESSAGES[code].en.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)), options);
    this.name = "OfficeError";
    this.code = code;
    this.params = params;
  }
}

/**
 * Runs `step`; a failure becomes an OfficeError with `code`, the step's `params`, the host's
 * reason and the failure as cause. An OfficeError from deeper down is already specific and passes.
 *
 * @example await officeStep("office_list_failed", {}, () => run(...)) // throws OfficeError("Could not list the worksheets (…)")
 */
export async function officeStep<T>(code: OfficeFailure, params: Params, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OfficeError) throw error;
    throw new OfficeError(code, { ...params, reason: hostReason(error) }, { cause: error });
  }
}
