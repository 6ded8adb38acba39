import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expandInputs } from "./expandInputs";

function folder(names: readonly string[]): string {
  const cwd = mkdtempSync(join(tmpdir(), "inputs-"));
  mkdirSync(join(cwd, "市"));
  for (const name of names) writeFileSync(join(cwd, "市", name), "x");
  return cwd;
}

describe("expandInputs", () => {
  it("takes no input as the sample, and one file as a single run", async () => {
    expect(await expandInputs([], "/w", "/s/sample.xlsx")).toEqual({ files: ["/s/sample.xlsx"], batch: false, skipped: [] });
    expect(await expandInputs(["县.xlsx"], "/w", "/s/sample.xlsx")).toEqual({ files: ["/w/县.xlsx"], batch: false, skipped: [] });
  });

  it("takes a folder's workbooks in pinyin order, skipping lock files, earlier results, other files and subfolders", async () => {
    const cwd = folder(["乙县.xlsx", "安县.XLSX", "~$乙县.xlsx", "乙县-评估结果.xlsx", "评估总览.xlsx", "说明.docx", "旧.xls"]);
    mkdirSync(join(cwd, "市", "子.xlsx"));
    const found = await expandInputs(["市"], cwd, "");
    expect(found).toEqual({ files: [join(cwd, "市", "安县.XLSX"), join(cwd, "市", "乙县.xlsx")], batch: true, skipped: ["~$乙县.xlsx", "评估总览.xlsx", "乙县-评估结果.xlsx"] });
  });

  it("makes several inputs a batch, each file once", async () => {
    const cwd = folder(["甲.xlsx"]);
    expect(await expandInputs(["市/甲.xlsx", "市", "./市/甲.xlsx"], cwd, "")).toEqual({ files: [join(cwd, "市", "甲.xlsx")], batch: true, skipped: [] });
  });

  it("refuses a folder without a workbook", async () => {
    const cwd = folder(["~$甲.xlsx"]);
    expect(await expandInputs(["市"], cwd, "")).toEqual({ code: "cli_err_folder_empty", params: { folder: "市" } });
  });
});
