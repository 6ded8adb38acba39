import { summaryLines } from "./summaryLines";
import type { Evaluation, Issue } from "../engine/types";

const NO_COUNTIES: Evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
const issue = (severity: Issue["severity"]): Issue => ({ code: "x", severity, cell: null, params: {} });

describe("summaryLines: the count of data issues", () => {
  it("errors and warnings, the notes left out when there are none", () => {
    expect(summaryLines(NO_COUNTIES, [issue("error"), issue("warning"), issue("warning")], "zh")).toEqual(["数据问题：1 个错误、2 个警告（详见“数据问题”表）"]);
  });
  it("the notes counted too when there are any, as the 数据问题 sheet lists them", () => {
    const issues = [issue("warning"), issue("info"), issue("info"), issue("info")];
    expect(summaryLines(NO_COUNTIES, issues, "zh")).toEqual(["数据问题：0 个错误、1 个警告、3 条提示（详见“数据问题”表）"]);
    expect(summaryLines(NO_COUNTIES, issues, "en")).toEqual(["Data issues: errors 0, warnings 1, notes 3 (see the Data issues sheet)"]);
  });
  it("no issues at all", () => {
    expect(summaryLines(NO_COUNTIES, [], "zh")).toEqual(["数据问题：0 个错误、0 个警告（详见“数据问题”表）"]);
  });
});
