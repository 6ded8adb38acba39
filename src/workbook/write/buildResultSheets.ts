import type { Evaluation } from "../../engine/types";
import type { SheetSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { coefficientsSheet } from "./coefficientsSheet";
import { guaranteeSheet } from "./guaranteeSheet";
import { issuesSheet } from "./issuesSheet";
import { schoolsSheet } from "./schoolsSheet";
import { shortfallsSheet } from "./shortfallsSheet";
import { summarySheet } from "./summarySheet";

export type { MappingLine, ResultContext } from "./ResultContext";

/**
 * The result sheets, in the order a statistician reads them: summary, coefficients, per-school
 * flags, shortfalls, guarantee and quality, data issues. Host-free: adapters render the specs.
 */
export function buildResultSheets(evaluation: Evaluation, context: ResultContext): SheetSpec[] {
  return [summarySheet, coefficientsSheet, schoolsSheet, shortfallsSheet, guaranteeSheet, issuesSheet].map((build) => build(evaluation, context));
}
