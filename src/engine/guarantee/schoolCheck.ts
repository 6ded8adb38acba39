import type { CellRef, Issue, Stage } from "../types";
import { shortfallStatus, statusName, type CheckStatus } from "./checkStatus";

/** One school's finding for one item. */
export interface SchoolCheck {
  readonly school: string;
  readonly status: CheckStatus;
  /** The school's own figure (rooms short, students over the cap, a share…); null when unknown. */
  readonly value: number | null;
  readonly cells: readonly CellRef[];
  /** The stages the check speaks for, for an item the county gives a figure of per stage (G7); absent for the others. */
  readonly stages?: readonly Stage[];
}

/** The result of a per-school computation together with the data problems it met. */
export interface WithIssues<T> {
  readonly value: T;
  readonly issues: readonly Issue[];
}

/** The issues of a result that has none: one frozen list for all, rather than a new empty one per result (a county's items and their parts return dozens). */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * What a computation that appends its issues to a list (the county's, on the hot path: no object
 * wraps each item) gives as a value beside its issues, for a caller that wants them apart — the
 * one way from an `…Into` function to its WithIssues form.
 *
 * @example withIssuesOf((issues) => { issues.push(issue); return 3; }) // { value: 3, issues: [issue] }; none pushed → issues NO_ISSUES
 */
export function withIssuesOf<T>(compute: (issues: Issue[]) => T): WithIssues<T> {
  const issues: Issue[] = [];
  const value = compute(issues);
  return { value, issues: issues.length > 0 ? issues : NO_ISSUES };
}

/**
 * The name of shortfallStatus: fail when the amount short is positive, pass when it is 0, unknown
 * when it is unknown or not a number.
 * @example statusOfShortfall(130) // "fail"; statusOfShortfall(0) // "pass"; statusOfShortfall(null) // "unknown"
 */
export function statusOfShortfall(short: number | null): CheckStatus {
  return statusName(shortfallStatus(short));
}

/** A warning about one school's data. */
export function schoolIssue(code: string, cell: CellRef, params: Readonly<Record<string, string | number>>): Issue {
  return { code, severity: "warning", cell, params };
}
