import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import type { BatchPaths } from "./batchPaths";
import { leftoverNotes } from "./leftoverResults";

const root = tempFolder("leftover-");

/** An output folder and a JSON folder holding `out` and `json` (names), and a batch of 甲县 (evaluated) and 丙县 (failed). */
function setup(out: readonly string[], json: readonly string[]): { paths: BatchPaths; outDir: string; jsonDir: string } {
  const dir = mkdtempSync(join(root, "b-"));
  const [outDir, jsonDir] = [join(dir, "out"), join(dir, "json")];
  mkdirSync(outDir);
  mkdirSync(jsonDir);
  out.forEach((n) => writeFileSync(join(outDir, n), "x"));
  json.forEach((n) => writeFileSync(join(jsonDir, n), "x"));
  const file = (name: string) => ({ input: `/in/${name}.xlsx`, label: name, shown: `${name}.xlsx`, out: join(outDir, `${name}-评估结果.xlsx`), json: join(jsonDir, `${name}.json`) });
  return { paths: { files: [file("甲县"), file("丙县")], overview: join(outDir, "评估总览.xlsx"), overviewJson: join(jsonDir, "评估总览.json"), notes: [] }, outDir, jsonDir };
}

describe("leftoverNotes", () => {
  it("names a failed workbook's earlier results, and this tool's other results the run did not write; never the user's own files", async () => {
    const out = ["甲县-评估结果.xlsx", "丙县-评估结果.xlsx", "评估总览.xlsx", "丁县-评估结果.xlsx", "甲县-评估结果 (1).xlsx", "评估总览 (1).xlsx", "我的笔记.xlsx", "丁县-评估结果.docx"];
    const json = ["甲县.json", "丙县.json", "评估总览.json", "丁县.json", "配置.json"];
    const { paths, outDir, jsonDir } = setup(out, json);
    const notes = await leftoverNotes(paths, [true, false], outDir, jsonDir, (p) => p.slice(root.length));
    const rel = (dir: string, n: string) => join(dir, n).slice(root.length);
    expect(notes).toEqual([
      { code: "cli_batch_stale_result", items: [rel(outDir, "丙县-评估结果.xlsx")] },
      { code: "cli_batch_stale_result", items: [rel(jsonDir, "丙县.json")] },
      ...[rel(outDir, "丁县-评估结果.xlsx"), rel(outDir, "甲县-评估结果 (1).xlsx"), rel(outDir, "评估总览 (1).xlsx"), rel(jsonDir, "丁县.json")].map((f) => ({ code: "cli_batch_leftover_result", items: [f] })),
    ]);
  });

  it("says of a workbook evaluated whose results could not be written that it was evaluated, not that it could not be", async () => {
    const { paths, outDir, jsonDir } = setup(["甲县-评估结果.xlsx", "丙县-评估结果.xlsx"], ["丙县.json"]);
    const notes = await leftoverNotes(paths, [true, false], outDir, jsonDir, (p) => p.slice(root.length), [false, true]);
    const rel = (dir: string, n: string) => join(dir, n).slice(root.length);
    expect(notes).toEqual([
      { code: "cli_batch_stale_unwritten", items: [rel(outDir, "丙县-评估结果.xlsx")] },
      { code: "cli_batch_stale_unwritten", items: [rel(jsonDir, "丙县.json")] },
    ]);
  });

  it("does not take a folder named like a result for an earlier result (before: 丁县-评估结果.xlsx/, a folder, listed as one)", async () => {
    const { paths, outDir, jsonDir } = setup(["甲县-评估结果.xlsx", "评估总览.xlsx", "戊县-评估结果.xlsx"], ["甲县.json", "评估总览.json"]);
    mkdirSync(join(outDir, "丁县-评估结果.xlsx"));
    mkdirSync(join(outDir, "评估总览 (2).xlsx"));
    mkdirSync(join(jsonDir, "戊县.json"));
    mkdirSync(join(jsonDir, "评估总览 (1).json"));
    // Only the file 戊县-评估结果.xlsx is a leftover; the folders are the user's.
    expect(await leftoverNotes(paths, [true, true], outDir, jsonDir, (p) => p.slice(root.length))).toEqual([{ code: "cli_batch_leftover_result", items: [join(outDir, "戊县-评估结果.xlsx").slice(root.length)] }]);
  });

  it("says nothing where the folders hold only this run's files, or cannot be read", async () => {
    const { paths, outDir, jsonDir } = setup(["甲县-评估结果.xlsx", "评估总览.xlsx"], ["甲县.json", "评估总览.json"]);
    expect(await leftoverNotes(paths, [true, false], outDir, jsonDir, (p) => p)).toEqual([]);
    expect(await leftoverNotes(paths, [true, true], join(root, "none"), null, (p) => p)).toEqual([]);
  });
});
