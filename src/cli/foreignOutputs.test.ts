import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbookSink } from "../adapters/xlsx/XlsxWorkbookSink";
import { tempFolder } from "../testing/tempFolder";
import type { BatchPaths } from "./batchPaths";
import { message } from "../messages/catalogue";
import { foreignOutputProblem, foreignOutputs } from "./foreignOutputs";

/** A workbook a user made (Excel, WPS or a script of the bureau's): its author is theirs. */
async function usersWorkbook(path: string, creator = "青州市教育局"): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.addWorksheet("各县汇总").getCell("A1").value = "县区";
  await wb.xlsx.writeFile(path);
}

/** A workbook this tool wrote (an earlier run's result or overview). */
async function ourWorkbook(path: string): Promise<void> {
  const sink = new XlsxWorkbookSink({ sourceFile: null });
  sink.workbook.addWorksheet("汇总");
  await sink.save(path);
}

/** What Excel's 检查文档 ("Remove personal information") leaves of our result: the same workbook, no author and no last-modified-by. */
async function authorRemoved(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const core = await zip.file("docProps/core.xml")!.async("string");
  zip.file("docProps/core.xml", core.replace(/<dc:creator>[^<]*<\/dc:creator>/u, "").replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/u, ""));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}

/** Batch paths in `out` (and `json`) for workbooks 甲县 and 乙县, as batchPaths would name them. */
function pathsIn(out: string, json: string | null): BatchPaths {
  const file = (stem: string) => ({ input: `/data/${stem}.xlsx`, out: join(out, `${stem}-评估结果.xlsx`), json: json === null ? null : join(json, `${stem}.json`), label: stem, shown: `${stem}.xlsx` });
  return { files: [file("甲县"), file("乙县")], overview: join(out, "评估总览.xlsx"), overviewJson: json === null ? null : join(json, "评估总览.json"), notes: [] };
}

describe("foreignOutputs", () => {
  it("names the user's own files where the batch writes, not an earlier run's results, and not paths where nothing is yet", async () => {
    const cwd = tempFolder("foreign-");
    const [out, json] = [join(cwd, "out"), join(cwd, "json")];
    mkdirSync(out);
    mkdirSync(json);
    await usersWorkbook(join(out, "评估总览.xlsx"));
    await ourWorkbook(join(out, "甲县-评估结果.xlsx"));
    await usersWorkbook(join(out, "乙县-评估结果.xlsx"));
    writeFileSync(join(json, "甲县.json"), '{\n  "profile": "national-2017",\n  "profileName": "国家标准"\n}');
    writeFileSync(join(json, "乙县.json"), '{ "县区": "乙县", "备注": "手工整理" }');
    // 评估总览.json is not there: nothing to overwrite.
    expect(await foreignOutputs(pathsIn(out, json))).toEqual([
      { path: join(out, "评估总览.xlsx"), why: "author", author: "青州市教育局" },
      { path: join(out, "乙县-评估结果.xlsx"), why: "author", author: "青州市教育局" },
      { path: join(json, "乙县.json"), why: "json" },
    ]);
  });

  it("takes a file that is no readable workbook for the user's (a CSV saved under the result's name), and a folder there for none", async () => {
    const cwd = tempFolder("foreign-");
    writeFileSync(join(cwd, "评估总览.xlsx"), "县区,达标\n甲县,是\n");
    mkdirSync(join(cwd, "甲县-评估结果.xlsx"));
    expect(await foreignOutputs(pathsIn(cwd, null))).toEqual([{ path: join(cwd, "评估总览.xlsx"), why: "unreadable" }]);
  });

  it("does not call a result of ours someone else's when its author was removed or it was left half written: it says it cannot tell", async () => {
    const cwd = tempFolder("foreign-");
    await ourWorkbook(join(cwd, "甲县-评估结果.xlsx"));
    await authorRemoved(join(cwd, "甲县-评估结果.xlsx"));
    await ourWorkbook(join(cwd, "乙县-评估结果.xlsx"));
    const whole = readFileSync(join(cwd, "乙县-评估结果.xlsx"));
    writeFileSync(join(cwd, "乙县-评估结果.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await foreignOutputs(pathsIn(cwd, null))).toEqual([
      { path: join(cwd, "甲县-评估结果.xlsx"), why: "no_author" },
      { path: join(cwd, "乙县-评估结果.xlsx"), why: "unreadable" },
    ]);
  });

  it("names an author as the user typed it: XML escapes undone once, an author who typed an escape keeps it", async () => {
    const cwd = tempFolder("foreign-");
    await usersWorkbook(join(cwd, "评估总览.xlsx"), "A&B <教研室>");
    await usersWorkbook(join(cwd, "甲县-评估结果.xlsx"), "R&amp;D");
    expect(await foreignOutputs(pathsIn(cwd, null))).toEqual([
      { path: join(cwd, "评估总览.xlsx"), why: "author", author: "A&B <教研室>" },
      { path: join(cwd, "甲县-评估结果.xlsx"), why: "author", author: "R&amp;D" },
    ]);
  });

  it("finds none in an empty output folder or one holding only this tool's files", async () => {
    const cwd = tempFolder("foreign-");
    expect(await foreignOutputs(pathsIn(join(cwd, "none"), null))).toEqual([]);
    await ourWorkbook(join(cwd, "评估总览.xlsx"));
    await ourWorkbook(join(cwd, "乙县-评估结果.xlsx"));
    expect(await foreignOutputs(pathsIn(cwd, null))).toEqual([]);
  });
});

describe("foreignOutputProblem", () => {
  const shown = (p: string) => p.replace("/w/", "");
  const list = (items: readonly string[]) => items.join("、");

  it("refuses the batch before anything is read (exit 2) naming each file with what is known of it, and how many", () => {
    const t = (code: string, params: Record<string, string>) => message(code, params, "zh");
    const files = [
      { path: "/w/out/评估总览.xlsx", why: "author" as const, author: "青州市教育局" },
      { path: "/w/out/甲县-评估结果.xlsx", why: "no_author" as const },
    ];
    expect(foreignOutputProblem(files, shown, list, t)).toEqual({
      code: "cli_err_batch_foreign_output",
      params: { files: "out/评估总览.xlsx（作者为“青州市教育局”）、out/甲县-评估结果.xlsx（未记作者，可能已用“检查文档”删除）", count: 2 },
      usage: true,
    });
  });

  it("says in English that the tool cannot tell, not that it did not write them", () => {
    const t = (code: string, params: Record<string, string>) => message(code, params, "en");
    const problem = foreignOutputProblem([{ path: "/w/out/乙县-评估结果.xlsx", why: "unreadable" }], shown, list, t)!;
    expect(message(problem.code, problem.params, "en")).toBe(
      "Where this run writes its results there is 1 file this tool cannot tell it wrote: out/乙县-评估结果.xlsx (it does not open as an .xlsx workbook: perhaps half written, or of another format). " +
        "This run would overwrite it, so nothing was written. If it is an earlier result that may be replaced, move or delete it first; otherwise choose another folder with --out (--json for the JSON reports)",
    );
  });

  it("lets the batch go when there is none", () => {
    expect(foreignOutputProblem([], shown, list, () => "")).toBeNull();
  });
});
