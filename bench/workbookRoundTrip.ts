import { statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { XlsxWorkbookSink } from "../src/adapters/xlsx/XlsxWorkbookSink";
import { XlsxWorkbookSource } from "../src/adapters/xlsx/XlsxWorkbookSource";
import { evaluate } from "../src/engine/evaluate";
import { builtInProfile } from "../src/profiles/resolveProfile";
import { readWorkbook } from "../src/workbook/read/readWorkbook";
import { buildResultSheets } from "../src/workbook/write/buildResultSheets";
import { writeBureauWorkbook } from "./bureauWorkbook";
import { maxRssMB, measureOnce } from "./measure";

/**
 * Read → evaluate → write of a bureau-like .xlsx, as the CLI does it: XlsxWorkbookSource.open,
 * readWorkbook, evaluate, buildResultSheets, XlsxWorkbookSink writeSheets + save. Times each
 * stage; the heap peak covers the whole pipeline.
 */

export interface StageTimes {
  readonly open: number;
  readonly read: number;
  readonly evaluate: number;
  readonly build: number;
  readonly write: number;
}

export interface RoundTripResult {
  readonly sections: number;
  /** Data rows in the input sheet (a combined school is two rows). */
  readonly rows: number;
  readonly records: number;
  readonly readIssues: number;
  /** Distinct reader issue codes and headers it did not map, to show that the generated workbook reads cleanly. */
  readonly readIssueCodes: readonly string[];
  readonly unmatchedHeaders: readonly string[];
  readonly stages: StageTimes;
  readonly totalMs: number;
  readonly heapBaseMB: number;
  readonly heapPeakMB: number;
  readonly maxRssMB: number;
  readonly inputMB: number;
}

const profile = builtInProfile();

/** One pass over `input`, writing `output`; stage times in ms and the number of records read. */
type PassResult = Pick<RoundTripResult, "stages" | "records" | "readIssues" | "readIssueCodes" | "unmatchedHeaders">;

async function pipeline(input: string, output: string): Promise<PassResult> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const source = await XlsxWorkbookSource.open(input);
  const open = lap();
  const read = await readWorkbook(source, {});
  if (!read.ok) throw new Error(`benchmark workbook not readable: ${read.issues.map((i) => i.code).join(", ")}`);
  const readMs = lap();
  const evaluation = evaluate(read.input, profile);
  const evaluateMs = lap();
  const issues = [...read.issues, ...evaluation.issues];
  const specs = buildResultSheets(evaluation, { issues, lang: "zh", profile, profileName: profile.name.zh, sourceName: "bench.xlsx" });
  const build = lap();
  const sink = new XlsxWorkbookSink({ sourceFile: null });
  await sink.writeSheets(specs);
  await sink.save(output);
  const stages = { open, read: readMs, evaluate: evaluateMs, build, write: lap() };
  const readIssueCodes = [...new Set(read.issues.map((i) => i.code))];
  return { stages, records: read.input.records.length, readIssues: read.issues.length, readIssueCodes, unmatchedHeaders: read.mapping.unmatched.map((u) => u.header) };
}

/** Generates the workbook for `sections` in `dir` (not timed), warms up on 500 sections, then measures one pass. */
export async function roundTrip(sections: number, dir: string): Promise<RoundTripResult> {
  const warm = join(dir, `warm-${sections}.xlsx`);
  await writeBureauWorkbook(warm, { sections: 500, counties: 1 });
  await pipeline(warm, join(dir, `warm-${sections}-out.xlsx`));
  const input = join(dir, `input-${sections}.xlsx`);
  const rows = await writeBureauWorkbook(input, { sections, counties: Math.max(1, Math.round(sections / 500)) });
  const m = await measureOnce(() => pipeline(input, join(dir, `output-${sections}.xlsx`)));
  return { sections, rows, ...m.value, totalMs: m.ms, heapBaseMB: m.baseMB, heapPeakMB: m.peakMB, maxRssMB: maxRssMB(), inputMB: statSync(input).size / 1024 / 1024 };
}
