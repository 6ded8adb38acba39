import { batchPaths } from "./batchPaths";

describe("batchPaths", () => {
  it("names results after their workbooks in the output folder (out/ by default), the JSON in --json's folder", () => {
    expect(batchPaths(["/c/甲县.xlsx", "/c/乙县.xls"], null, "j", "/w")).toEqual({
      files: [
        { input: "/c/甲县.xlsx", label: "甲县", out: "/w/out/甲县-评估结果.xlsx", json: "/w/j/甲县.json" },
        { input: "/c/乙县.xls", label: "乙县", out: "/w/out/乙县-评估结果.xlsx", json: "/w/j/乙县.json" },
      ],
      overview: "/w/out/评估总览.xlsx",
      overviewJson: "/w/j/评估总览.json",
    });
  });

  it("tells same-named workbooks apart by their path from the folder they share (each county's folder holding 学校基本情况.xlsx)", () => {
    const paths = batchPaths(["/c/市/北山县/学校基本情况.xlsx", "/c/市/南湖区/2024/学校基本情况.xlsx", "/c/市/东城区.xlsx"], "结果", null, "/w");
    expect(paths).toMatchObject({
      files: [
        { label: "北山县/学校基本情况", out: "/w/结果/北山县-学校基本情况-评估结果.xlsx", json: null },
        { label: "南湖区/2024/学校基本情况", out: "/w/结果/南湖区-2024-学校基本情况-评估结果.xlsx" },
        { label: "东城区", out: "/w/结果/东城区-评估结果.xlsx" },
      ],
      overviewJson: null,
    });
  });

  it("tells apart same-named workbooks in sibling folders whose names share a beginning (/c/ab and /c/a)", () => {
    expect(batchPaths(["/c/ab/x.xlsx", "/c/a/x.xlsx"], null, null, "/w")).toMatchObject({ files: [{ label: "ab/x" }, { label: "a/x" }] });
  });

  it.each([
    [["r.xlsx", null], { option: "--out", value: "r.xlsx" }],
    [[null, "R.JSON"], { option: "--json", value: "R.JSON" }],
  ] as const)("refuses a file name for a batch's folder: %j", ([out, json], params) => {
    expect(batchPaths(["/c/a.xlsx", "/c/b.xlsx"], out, json, "/w")).toEqual({ code: "cli_err_batch_needs_folder", params });
  });
});
