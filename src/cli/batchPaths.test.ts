import { basename, extname } from "node:path";
import { batchPaths } from "./batchPaths";

/** An input as expandInputs gives it: named directly (label: its name), or found in a folder (label given). */
const f = (path: string, label = basename(path, extname(path))) => ({ path, label });
const pairs = (paths: ReturnType<typeof batchPaths>) => ("files" in paths ? paths.files.map((x) => [x.shown, x.out.slice("/w/out/".length)]) : []);

describe("batchPaths", () => {
  it("names results after their workbooks in the output folder (out/ by default), the JSON in --json's folder", () => {
    expect(batchPaths([f("/c/甲县.xlsx"), f("/c/乙县.xls")], null, "j", "/w")).toEqual({
      files: [
        { input: "/c/甲县.xlsx", label: "甲县", shown: "甲县.xlsx", out: "/w/out/甲县-评估结果.xlsx", json: "/w/j/甲县.json" },
        { input: "/c/乙县.xls", label: "乙县", shown: "乙县.xls", out: "/w/out/乙县-评估结果.xlsx", json: "/w/j/乙县.json" },
      ],
      overview: "/w/out/评估总览.xlsx",
      overviewJson: "/w/j/评估总览.json",
      notes: [],
    });
  });

  it("keeps the path a workbook was found under (each county's folder), joined by - in the result's name", () => {
    const paths = batchPaths([f("/c/市/北山县/学校基本情况.xlsx", "北山县/学校基本情况"), f("/c/市/南湖区/2024/学校.xlsx", "南湖区/2024/学校"), f("/c/市/东城区.xlsx")], "结果", null, "/w");
    expect(paths).toMatchObject({
      files: [
        { label: "北山县/学校基本情况", out: "/w/结果/北山县-学校基本情况-评估结果.xlsx", json: null },
        { label: "南湖区/2024/学校", out: "/w/结果/南湖区-2024-学校-评估结果.xlsx" },
        { label: "东城区", out: "/w/结果/东城区-评估结果.xlsx" },
      ],
      overviewJson: null,
    });
  });

  it("tells apart same-named workbooks named directly by their path from the folder they share, also where folder names share a beginning (/c/ab and /c/a)", () => {
    expect(batchPaths([f("/c/ab/x.xlsx"), f("/c/a/x.xlsx"), f("/c/y.xlsx")], null, null, "/w")).toMatchObject({ files: [{ label: "ab/x" }, { label: "a/x" }, { label: "y" }] });
  });

  it("keeps a workbook's result name beside a copy of it sent as CSV or .xls, which gets the extension", () => {
    expect(pairs(batchPaths([f("/c/西河县.csv"), f("/c/西河县.xlsx"), f("/c/西河县.xls")], null, null, "/w")).map(([, out]) => out)).toEqual(["西河县-csv-评估结果.xlsx", "西河县-评估结果.xlsx", "西河县-xls-评估结果.xlsx"]);
    // Two of the name without one .xlsx to keep it: each takes its extension, as before.
    expect(pairs(batchPaths([f("/c/东山县.xlsm"), f("/c/东山县.csv")], null, null, "/w")).map(([, out]) => out)).toEqual(["东山县-xlsm-评估结果.xlsx", "东山县-csv-评估结果.xlsx"]);
  });

  it("never gives two workbooks one result file, and shows each by its real name: 北山县.xlsx beside 北山县.xlsm, 甲/学校 beside 甲-学校, A县 beside a县", () => {
    // Before: both 北山县 wrote out/北山县-评估结果.xlsx, the second over the first.
    expect(pairs(batchPaths([f("/c/北山县.xlsx"), f("/c/北山县.xlsm")], null, null, "/w"))).toEqual([
      ["北山县.xlsx", "北山县-评估结果.xlsx"],
      ["北山县.xlsm", "北山县-xlsm-评估结果.xlsx"],
    ]);
    // Same extension: a number, the file in the subfolder taking it, the one above keeping its name (before: 甲-学校.xlsx-1 and -3, shown as files that do not exist).
    expect(pairs(batchPaths([f("/c/甲/学校.xlsx", "甲/学校"), f("/c/乙/学校.xlsx", "乙/学校"), f("/c/甲-学校.xlsx", "甲-学校")], null, null, "/w"))).toEqual([
      ["甲/学校.xlsx", "甲-学校-2-评估结果.xlsx"],
      ["乙/学校.xlsx", "乙-学校-评估结果.xlsx"],
      ["甲-学校.xlsx", "甲-学校-评估结果.xlsx"],
    ]);
    // Named directly from two folders: the path from the folder they share, in the name and in what is shown.
    expect(pairs(batchPaths([f("/c/A县.xlsx"), f("/d/a县.xlsx")], null, null, "/w"))).toEqual([
      ["c/A县.xlsx", "c-A县-评估结果.xlsx"],
      ["d/a县.xlsx", "d-a县-评估结果.xlsx"],
    ]);
  });

  it("keeps a top-level workbook's result name whatever its subfolders hold: the one in a subfolder is numbered, and that is said", () => {
    const top = f("/c/北山县-学校基本情况.xlsx");
    const alone = batchPaths([top, f("/c/青松县.xlsx")], null, null, "/w");
    // --recursive adds the subfolder's workbooks, found first (北山县/ sorts before 北山县-…), and two same-named ones deeper still.
    const walked = batchPaths([f("/c/二〇二四/北山县/学校基本情况.xlsx", "二〇二四/北山县/学校基本情况"), f("/c/北山县/学校基本情况.xlsx", "北山县/学校基本情况"), top, f("/c/北山县/学校基本情况-2.xlsx", "北山县/学校基本情况-2"), f("/c/青松县.xlsx")], null, null, "/w");
    const outs = (paths: ReturnType<typeof batchPaths>) => ("files" in paths ? paths.files.map((x) => x.out.slice("/w/out/".length)) : []);
    expect(outs(alone)).toEqual(["北山县-学校基本情况-评估结果.xlsx", "青松县-评估结果.xlsx"]);
    expect(outs(walked)).toEqual([
      "二〇二四-北山县-学校基本情况-评估结果.xlsx",
      // 北山县-学校基本情况-2 is taken by a file that has that name itself: the next number.
      "北山县-学校基本情况-3-评估结果.xlsx",
      "北山县-学校基本情况-评估结果.xlsx",
      "北山县-学校基本情况-2-评估结果.xlsx",
      "青松县-评估结果.xlsx",
    ]);
    expect("notes" in alone ? alone.notes : null).toEqual([]);
    expect("notes" in walked ? walked.notes : null).toEqual([{ code: "cli_batch_result_numbered", items: ["北山县/学校基本情况.xlsx", "北山县-学校基本情况-3-评估结果.xlsx", "北山县-学校基本情况.xlsx"] }]);
  });

  it("numbers same-depth workbooks in order, the first keeping its name, and says each one numbered", () => {
    const paths = batchPaths([f("/c/甲/学校.xlsx", "甲/学校"), f("/c/甲-学校.xlsx", "甲-学校"), f("/c/甲/学校.XLSX", "甲/学校")], null, null, "/w");
    // 甲/学校.xlsx and 甲/学校.XLSX: the extension tells them apart only in case, which a Windows disk ignores.
    expect("files" in paths ? paths.files.map((x) => x.out.slice("/w/out/".length)) : []).toEqual(["甲-学校-2-评估结果.xlsx", "甲-学校-评估结果.xlsx", "甲-学校-3-评估结果.xlsx"]);
    expect("notes" in paths ? paths.notes.map((n) => n.items) : []).toEqual([
      ["甲/学校.xlsx", "甲-学校-2-评估结果.xlsx", "甲-学校.xlsx"],
      ["甲/学校.XLSX", "甲-学校-3-评估结果.xlsx", "甲-学校.xlsx"],
    ]);
  });

  it.each([
    [["r.xlsx", null], { option: "--out", value: "r.xlsx" }],
    [[null, "R.JSON"], { option: "--json", value: "R.JSON" }],
  ] as const)("refuses a file name for a batch's folder: %j", ([out, json], params) => {
    expect(batchPaths([f("/c/a.xlsx"), f("/c/b.xlsx")], out, json, "/w")).toEqual({ code: "cli_err_batch_needs_folder", params });
  });
});
