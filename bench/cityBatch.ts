import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { XlsxWorkbookSource } from "../src/adapters/xlsx/XlsxWorkbookSource";
import { runEvaluate, type EvaluateDeps } from "../src/cli/runEvaluate";
import { evaluate } from "../src/engine/evaluate";
import { readWorkbook } from "../src/workbook/read/readWorkbook";
import { writeBureauWorkbook } from "./bureauWorkbook";
import { maxRssMB } from "./measure";

/** A batch over a city's workbooks, as `npm run evaluate -- 某市/` runs it. */
export interface CityBatchResult {
  readonly files: number;
  readonly sectionsPerFile: number;
  readonly exitCode: number;
  readonly totalMs: number;
  /** heapUsed after a full collection as each workbook starts (the first before any is read), MB. */
  readonly heapBeforeEachMB: readonly number[];
  /** heapUsed after a full collection once the overview is written, MB. */
  readonly heapAfterMB: number;
  readonly maxRssMB: number;
}

const MB = 1024 * 1024;

function collectedHeapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * `files` copies of one bureau workbook of `sections` sections, evaluated as one batch: whether the
 * heap stays flat from workbook to workbook (a batch holds one at a time and keeps only the
 * overview's figures of each) and what a city's run costs.
 */
export async function cityBatch(files: number, sections: number, dir: string): Promise<CityBatchResult> {
  const city = join(dir, "city");
  mkdirSync(city, { recursive: true });
  const one = join(dir, "county.xlsx");
  await writeBureauWorkbook(one, { sections, counties: 1 });
  for (let i = 1; i <= files; i++) copyFileSync(one, join(city, `县${String(i).padStart(2, "0")}.xlsx`));
  const heapBeforeEachMB: number[] = [];
  // The CLI's own pieces (src/cli/main.ts's defaultDeps), built here: main.ts runs itself when it is the bundle's entry.
  const deps: EvaluateDeps = {
    open: (path) => XlsxWorkbookSource.open(path),
    read: (source, options) => readWorkbook(source, options),
    evaluate,
    cwd: dir,
    samplePath: one,
    onProgress: (line) => void (line.startsWith("[") && heapBeforeEachMB.push(collectedHeapMB())),
  };
  const t0 = performance.now();
  const result = await runEvaluate([city, "--out", join(dir, "out")], deps);
  const totalMs = performance.now() - t0;
  return { files, sectionsPerFile: sections, exitCode: result.exitCode, totalMs, heapBeforeEachMB, heapAfterMB: collectedHeapMB(), maxRssMB: maxRssMB() };
}
