import { outExtensionProblem, writeFailure } from "./outputProblem";

const shown = (path: string): string => path.replace("/w/", "");
const nodeError = (code: string | undefined, text: string): Error => Object.assign(new Error(text), code === undefined ? {} : { code });

describe("writeFailure: the message for a write that failed after the checks", () => {
  it.each([
    // Node's code → message code: a full disk or quota, a file or disk that refuses, anything else
    ["ENOSPC", "cli_err_out_disk_full"],
    ["EDQUOT", "cli_err_out_disk_full"],
    ["EACCES", "cli_err_out_no_access"],
    ["EPERM", "cli_err_out_no_access"],
    ["EBUSY", "cli_err_out_no_access"],
    ["EROFS", "cli_err_out_no_access"],
    ["EIO", "cli_err_write"],
    ["EXDEV", "cli_err_write"],
    [undefined, "cli_err_write"],
  ] as const)("%s → %s, naming the file as shown and Node's own words", (code, expected) => {
    const text = `${code ?? "no code"}: failed, write '/w/out/r.xlsx'`;
    expect(writeFailure(nodeError(code, text), "/w/out/r.xlsx", shown)).toEqual({ code: expected, params: { file: "out/r.xlsx", reason: text }, usage: false });
  });

  it("takes a thrown value that is not an Error (no code) for a plain write failure, its text as the reason", () => {
    expect(writeFailure("disk gone", "/w/r.json", shown)).toEqual({ code: "cli_err_write", params: { file: "r.json", reason: "disk gone" }, usage: false });
  });
});

describe("outExtensionProblem: a result workbook is named .xlsx", () => {
  it.each([
    ["/w/结果.xls", "结果.xlsx"],
    ["/w/结果.csv", "结果.xlsx"],
    ["/w/结果.xlsm", "结果.xlsx"],
    ["/w/out/结果", "out/结果.xlsx"],
    ["/w/2024.县.xlsx.bak", "2024.县.xlsx"],
    ["/w/2024.县", "2024.县.xlsx"],
  ])("refuses %s (exit 2), suggesting %s", (out, suggestion) => {
    expect(outExtensionProblem(out, shown)).toEqual({ code: "cli_err_out_extension", params: { file: out.replace("/w/", ""), suggestion }, usage: true });
  });

  it.each(["/w/结果.xlsx", "/w/结果.XLSX", "/w/2024.县.xlsx"])("takes %s", (out) => expect(outExtensionProblem(out, shown)).toBeNull());
});
