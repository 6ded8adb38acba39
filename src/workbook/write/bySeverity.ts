import type { Issue } from "../../engine/types";

const SEVERITY_ORDER: readonly Issue["severity"][] = ["error", "warning", "info"];

/**
 * Errors first, then warnings, then notes, each kept in the order found: how the task pane lists
 * them and the 数据问题 sheet writes them, so that an error is never below a screenful of notes.
 * The JSON report keeps the order found (toJsonReport): scripts read it by code, not by place.
 * @example bySeverity([info A, error B, warning C, error D]) // [B, D, C, A]
 */
export function bySeverity(issues: readonly Issue[]): Issue[] {
  return SEVERITY_ORDER.flatMap((severity) => issues.filter((i) => i.severity === severity));
}
