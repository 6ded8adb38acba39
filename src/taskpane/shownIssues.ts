import type { Issue } from "../engine/types";

/** A line of the pane's issues list: an issue, or how many more of one kind the list leaves to the 数据问题 sheet. */
export type ShownLine = { readonly issue: Issue } | { readonly more: number };

/** The lines shown and how many issues the list leaves out past its last line. */
export interface ShownIssues {
  readonly lines: readonly ShownLine[];
  readonly rest: number;
}

/**
 * The lines of the pane's issues list (`issues` in the order shown): at most `perKind` of one
 * code, the others of that code counted on a line after its last shown, and at most `max` issue
 * lines in all. 3,000 rows lacking the same column would otherwise fill the list with one kind
 * and hide the warning below them; the 数据问题 sheet lists every one.
 *
 * @example shownIssues([a1, a2, a3, b1], 2, 50) // { lines: [{ issue: a1 }, { issue: a2 }, { more: 1 }, { issue: b1 }], rest: 0 }
 */
export function shownIssues(issues: readonly Issue[], perKind: number, max: number): ShownIssues {
  const total = countByCode(issues);
  const seen = new Map<string, number>();
  const lines: ShownLine[] = [];
  let counted = 0;
  for (const issue of issues) {
    const n = (seen.get(issue.code) ?? 0) + 1;
    seen.set(issue.code, n);
    if (n > perKind || counted === max) continue;
    lines.push({ issue });
    counted += 1;
    const more = (total.get(issue.code) ?? 0) - perKind;
    if (n === perKind && more > 0) lines.push({ more });
  }
  return { lines, rest: issues.length - lines.reduce((sum, line) => sum + ("more" in line ? line.more : 1), 0) };
}

function countByCode(issues: readonly Issue[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const issue of issues) total.set(issue.code, (total.get(issue.code) ?? 0) + 1);
  return total;
}
