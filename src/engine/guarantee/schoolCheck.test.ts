import { NO_ISSUES, withIssuesOf } from "./schoolCheck";
import type { Issue } from "../types";

const issue: Issue = { code: "music_rooms_area_missing", severity: "warning", cell: "S!F5", params: { school: "甲小学" } };

describe("withIssuesOf", () => {
  it("gives the computed value beside the issues it appended, in order", () => {
    const other: Issue = { ...issue, cell: "S!F6" };
    expect(withIssuesOf((issues) => (issues.push(issue, other), 3))).toEqual({ value: 3, issues: [issue, other] });
  });
  it("gives the one shared empty list when none was appended, and keeps a null value as null", () => {
    const result = withIssuesOf(() => null);
    expect(result.value).toBeNull();
    expect(result.issues).toBe(NO_ISSUES);
  });
});
