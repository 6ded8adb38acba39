import type { Issue } from "../../engine/types";
import { issueCountsText } from "./issueCountsText";

const issue = (severity: Issue["severity"]): Issue => ({ code: "x", severity, cell: null, params: {} });

describe("issueCountsText", () => {
  it("counts each severity, singular for 1 in English", () => {
    const issues = [issue("error"), issue("warning"), issue("warning"), issue("info")];
    expect(issueCountsText(issues, "en", true)).toBe("1 error, 2 warnings, 1 note");
    expect(issueCountsText(issues, "zh", false)).toBe("1 个错误、2 个警告、1 条提示");
  });
  it("no issues: the notes shown as 0 only when asked for", () => {
    expect([issueCountsText([], "zh", true), issueCountsText([], "zh", false), issueCountsText([], "en", false)]).toEqual(["0 个错误、0 个警告、0 条提示", "0 个错误、0 个警告", "0 errors, 0 warnings"]);
  });
});
