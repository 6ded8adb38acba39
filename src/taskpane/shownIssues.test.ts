import type { Issue } from "../engine/types";
import { shownIssues } from "./shownIssues";

const issue = (code: string, n: number): Issue => ({ code, severity: "error", cell: `学校!J${n}`, params: {} });
const many = (code: string, count: number, from = 2) => Array.from({ length: count }, (_, i) => issue(code, from + i));
/** The lines as text: the issue's cell, or "+N" for a kind's rest. */
const text = (r: ReturnType<typeof shownIssues>) => r.lines.map((l) => ("more" in l ? `+${l.more}` : `${l.issue.code}@${l.issue.cell}`));

describe("shownIssues", () => {
  it("shows 3,000 issues of one kind as its first few and a count, and the kinds after them", () => {
    const issues = [...many("missing", 3000), issue("warn", 1), issue("note", 1)];
    const r = shownIssues(issues, 3, 50);
    expect(text(r)).toEqual(["missing@学校!J2", "missing@学校!J3", "missing@学校!J4", "+2997", "warn@学校!J1", "note@学校!J1"]);
    expect(r.rest).toBe(0);
  });

  it("counts a kind's rest after its last shown even when its issues are not together", () => {
    const issues = [issue("a", 1), issue("b", 1), issue("a", 2), issue("a", 3)];
    expect(text(shownIssues(issues, 1, 50))).toEqual(["a@学校!J1", "+2", "b@学校!J1"]);
  });

  it("adds no count for a kind with no more than shown (exactly perKind)", () => {
    expect(text(shownIssues(many("a", 3), 3, 50))).toEqual(["a@学校!J2", "a@学校!J3", "a@学校!J4"]);
  });

  it("stops at max issue lines, and counts every issue it leaves out past them", () => {
    // 60 kinds of one issue each: 50 shown, 10 left.
    const issues = Array.from({ length: 60 }, (_, i) => issue(`k${i}`, 1));
    const r = shownIssues(issues, 5, 50);
    expect(r.lines).toHaveLength(50);
    expect(r.rest).toBe(10);
  });

  it("counts a kind cut off by max in the rest, not on a line of its own", () => {
    // 2 kinds of 4: max 3 shows a1 a2 +2, then b1; b's other 3 are the rest.
    const issues = [...many("a", 4), ...many("b", 4)];
    const r = shownIssues(issues, 2, 3);
    expect(text(r)).toEqual(["a@学校!J2", "a@学校!J3", "+2", "b@学校!J2"]);
    expect(r.rest).toBe(3);
  });

  it("shows none for no issues, and one issue as it is", () => {
    expect(shownIssues([], 5, 50)).toEqual({ lines: [], rest: 0 });
    expect(text(shownIssues([issue("a", 1)], 5, 50))).toEqual(["a@学校!J1"]);
  });
});
