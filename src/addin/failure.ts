import { CATALOGUE, message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { withoutClosingStop } from "./withoutClosingStop";

/** The steps of a run (runPipeline reports each as it starts). */
export type Step = "reading" | "evaluating" | "writing";

/** What the add-in was doing when something failed: a step of the run, or the pane's own; each has its catalogue text (addin_failed_…). */
type FailedStep = Step | "saving" | "navigating";

/** A failure during one step, carrying the error that caused it (the host's words are in its chain). */
export class StepFailure extends Error {
  constructor(
    readonly step: FailedStep,
    cause: unknown,
  ) {
    super(`${step} failed`, { cause });
    this.name = "StepFailure";
  }
}

/** Runs `work` as `step`: whatever it throws comes out as a StepFailure (an inner one is kept as it is). */
export async function during<T>(step: FailedStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StepFailure ? error : new StepFailure(step, error);
  }
}

function ownMessage(error: unknown): string | null {
  const text = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : error;
  return typeof text === "string" && text.trim() !== "" ? text : null;
}

/** An error and its causes, outermost first; at most ten, against a cause that loops back. */
export function causeChain(error: unknown): unknown[] {
  const chain = [error];
  for (let current = error; chain.length < 10 && typeof current === "object" && current !== null && "cause" in current; chain.push(current)) {
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * The innermost message of an error's `cause` chain: the host's own words (Office.js says what is
 * wrong in the user's language, e.g. that the workbook is protected) rather than the product's
 * English wrapper around them ("cannot read sheet 学校").
 *
 * @example innermostMessage(new Error("cannot read sheet 学校", { cause: new Error("InvalidArgument") })) // "InvalidArgument"
 */
export function innermostMessage(error: unknown): string {
  return causeChain(error).reduce<string>((text, e) => ownMessage(e) ?? text, ownMessage(error) ?? String(error));
}

/** The catalogue's words for the first error of the chain that carries a catalogue code and its params (the Office adapter's OfficeError does), else null. */
function catalogueDetail(error: unknown, lang: Lang): string | null {
  for (const current of causeChain(error)) {
    if (typeof current !== "object" || current === null) continue;
    const { code, params } = current as { code?: unknown; params?: unknown };
    if (typeof code === "string" && CATALOGUE.has(code) && typeof params === "object" && params !== null) return message(code, params as Record<string, string | number>, lang);
  }
  return null;
}

/**
 * A failure as the user reads it: the catalogue's words for the step that failed, with the detail
 * in the run's language where the error chain carries a catalogue code (OfficeError, with the
 * host's reason inside), else the innermost cause's message. An error from outside any step is a
 * plain 出错 / Error with its detail.
 *
 * @example failureText(new StepFailure("writing", new Error("protected")), "zh") // "写入结果工作表失败：protected"
 * @example failureText(new StepFailure("reading", new OfficeError("office_read_failed", { sheet: "学校", reason: "ItemNotFound" })), "zh") // "…：无法读取工作表“学校”（ItemNotFound）"
 */
export function failureText(error: unknown, lang: Lang): string {
  const code = error instanceof StepFailure ? `addin_failed_${error.step}` : "addin_error";
  const inner = error instanceof StepFailure ? error.cause : error;
  // The detail sits inside a sentence of ours: its own closing full stop would double ours.
  const detail = withoutClosingStop(catalogueDetail(inner, lang) ?? innermostMessage(inner));
  return message(code, { detail }, lang);
}
