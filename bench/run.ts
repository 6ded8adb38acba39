import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { EngineChildResult, HfChildResult } from "./child";
import type { BenchSize } from "./generate";
import { bundleChild } from "./bundleChild";
import { runChild, type ChildOutcome } from "./measure";
import { fmt, table } from "./report";
import type { RoundTripResult } from "./workbookRoundTrip";
import type { CityBatchResult } from "./cityBatch";

/**
 * `npm run bench`: the engine against the FLOOR (summing the input) and the SPREADSHEET reference
 * (the same evaluation as bureau formulas in HyperFormula), per size, each in its own child
 * process; then read → evaluate → write of bureau-like .xlsx files. Prints tables and writes
 * out/bench-results.json.
 */

const SIZES: readonly BenchSize[] = [
  { sections: 100, counties: 2 },
  { sections: 1_000, counties: 10 },
  { sections: 10_000, counties: 50 },
  { sections: 100_000, counties: 200 },
];
/** HyperFormula above this many sections is skipped unless BENCH_HF_MAX raises it (see hfSkipReason). */
const HF_MAX_SECTIONS = Number(process.env.BENCH_HF_MAX ?? 10_000);
const ROUND_TRIP_SECTIONS = [5_000, 10_000, 20_000];
/** A city's batch: this many county workbooks of this many sections each (npm run evaluate -- 某市/). */
const CITY_BATCH = { files: 8, sections: 2_000 } as const;
/** BENCH_TSX=1 measures through tsx (as `npm run evaluate` runs) instead of the bundle (as the add-in ships). */
const VIA_TSX = process.env.BENCH_TSX === "1";
const CHILD = VIA_TSX ? join(__dirname, "child.ts") : bundleChild(join(__dirname, "child.ts"), join(__dirname, "..", "out", "bench", "child.cjs"));
const MINUTE = 60_000;
const OUT = join(__dirname, "..", "out", "bench-results.json");

interface SizeResult {
  readonly size: BenchSize;
  readonly engine: ChildOutcome<EngineChildResult>;
  readonly hf: ChildOutcome<HfChildResult> | { readonly ok: false; readonly reason: string; readonly wallMs: 0 };
}

/** Why HyperFormula is not run at a size, projected from the largest size it did run at. */
function hfSkipReason(size: BenchSize, done: readonly SizeResult[]): string | null {
  if (size.sections <= HF_MAX_SECTIONS) return null;
  const ref = [...done].reverse().find((d) => d.hf.ok);
  if (ref === undefined || !ref.hf.ok) return `above BENCH_HF_MAX=${HF_MAX_SECTIONS}`;
  // SUMIFS / COUNTIFS / SUMPRODUCT per county × stage × indicator each scan the whole column: rows × counties.
  const factor = (size.sections / ref.size.sections) * (size.counties / ref.size.counties);
  const projected = (ref.hf.value.hf.ms * factor) / MINUTE;
  return `skipped: formula work grows with rows × counties (${factor}× the ${ref.size.sections}-section workbook), projected ≈ ${fmt(projected, 0)} min and ≈ ${fmt((ref.hf.value.hf.heapPeakMB * size.sections) / ref.size.sections / 1024, 1)} GB heap; set BENCH_HF_MAX=${size.sections} to try`;
}

function measureSize(size: BenchSize, done: readonly SizeResult[]): SizeResult {
  console.log(`… ${size.sections} sections / ${size.counties} counties: engine + floor`);
  const engine = runChild<EngineChildResult>(CHILD, ["engine", String(size.sections), String(size.counties)], 10 * MINUTE);
  const skip = hfSkipReason(size, done);
  if (skip !== null) return { size, engine, hf: { ok: false, reason: skip, wallMs: 0 } };
  console.log(`… ${size.sections} sections: HyperFormula`);
  const hf = runChild<HfChildResult>(CHILD, ["hf", String(size.sections), String(size.counties)], 8 * MINUTE);
  return { size, engine, hf };
}

/** One line of the main table, as numbers (the JSON) before formatting (stdout). */
interface Summary {
  readonly sections: number;
  readonly counties: number;
  readonly engineMs: number | null;
  readonly floorMs: number | null;
  readonly engineOverFloor: number | null;
  /** Engine and floor run again straight after a measured run (no collection between): see RunStats.warmMs. */
  readonly engineWarmMs: number | null;
  readonly floorWarmMs: number | null;
  readonly warmEngineOverFloor: number | null;
  readonly materialisedMs: number | null;
  readonly hfMs: number | null;
  readonly hfOverEngine: number | null;
  readonly engineHeapPeakMB: number | null;
  readonly engineHeapDeltaMB: number | null;
  readonly engineMaxRssMB: number | null;
  readonly hfHeapPeakMB: number | null;
  readonly hfMaxRssMB: number | null;
  readonly cvMaxDiff: number | null;
  readonly hfSkipped: string | null;
}

function summarise(r: SizeResult): Summary {
  const e = r.engine.ok ? r.engine.value : null;
  const h = r.hf.ok ? r.hf.value : null;
  const ratio = (a: number | undefined, b: number | undefined): number | null => (a !== undefined && b !== undefined ? a / b : null);
  return {
    sections: r.size.sections, counties: r.size.counties, engineMs: e?.engine.ms ?? null, floorMs: e?.floor.ms ?? null,
    engineOverFloor: ratio(e?.engine.ms, e?.floor.ms), engineWarmMs: e?.engine.warmMs ?? null, floorWarmMs: e?.floor.warmMs ?? null,
    warmEngineOverFloor: ratio(e?.engine.warmMs ?? undefined, e?.floor.warmMs ?? undefined), materialisedMs: e?.materialised.ms ?? null, hfMs: h?.hf.ms ?? null, hfOverEngine: ratio(h?.hf.ms, e?.engine.ms),
    engineHeapPeakMB: e?.engine.heapPeakMB ?? null, engineHeapDeltaMB: e ? e.engine.heapPeakMB - e.engine.heapBaseMB : null,
    engineMaxRssMB: e?.engine.maxRssMB ?? null, hfHeapPeakMB: h?.hf.heapPeakMB ?? null, hfMaxRssMB: h?.hf.maxRssMB ?? null,
    cvMaxDiff: h?.check.maxCvDiff ?? null, hfSkipped: r.hf.ok ? null : r.hf.reason,
  };
}

function sizeRow(s: Summary): (string | number | null)[] {
  const times = (x: number | null): string => (x === null ? "—" : `${fmt(x, 1)}×`);
  return [
    s.sections, s.counties, fmt(s.engineMs, 1), fmt(s.floorMs, 2), times(s.engineOverFloor), fmt(s.materialisedMs, 0), s.hfMs === null ? "skipped" : fmt(s.hfMs, 0),
    times(s.hfOverEngine), fmt(s.engineHeapPeakMB, 0), fmt(s.engineHeapDeltaMB, 0), fmt(s.engineMaxRssMB, 0), fmt(s.hfHeapPeakMB, 0), fmt(s.hfMaxRssMB, 0),
  ];
}

function printSizes(results: readonly SizeResult[]): void {
  const headers = ["sections", "counties", "engine ms", "floor ms", "engine/floor", "+ all objects ms", "HF ms", "HF/engine", "eng heap peak MB", "eng heap Δ MB", "eng maxRSS MB", "HF heap peak MB", "HF maxRSS MB"];
  console.log(`\nEngine vs FLOOR vs SPREADSHEET (median; target engine/floor ≤ 3×, HF/engine ≫ 1)\n${table(headers, results.map((r) => sizeRow(summarise(r))))}`);
  for (const r of results) {
    if (r.engine.ok) {
      const { engine, floor, warmup, records, issues } = r.engine.value;
      console.log(`  ${r.size.sections}: engine runs ${engine.runs.map((x) => fmt(x, 1)).join(", ")} ms (warm-up: ${warmup}); floor runs ${floor.runs.length}; ${records} records, ${issues} issues`);
      const warm = summarise(r);
      console.log(`  ${r.size.sections}: run again at once, caches warm (no collection before): engine ${fmt(warm.engineWarmMs, 2)} ms, floor ${fmt(warm.floorWarmMs, 3)} ms, engine/floor ${fmt(warm.warmEngineOverFloor, 1)}×`);
    } else console.log(`  ${r.size.sections}: engine FAILED (${r.engine.reason})`);
    if (r.hf.ok) {
      const { check, cells, formulas, hf, warmup } = r.hf.value;
      const agree = check.maxCvDiff <= 1e-9 ? "OK" : "MISMATCH";
      console.log(`  ${r.size.sections}: HyperFormula ${cells} cells (${formulas} formulas), runs ${hf.runs.map((x) => fmt(x, 0)).join(", ")} ms, warm-up: ${warmup}; CV check ${agree}: ${check.compared} CVs, max |Δ| ${check.maxCvDiff.toExponential(2)}; passing sections HF ${check.passingHf} / engine ${check.passingEngine}`);
    } else console.log(`  ${r.size.sections}: HyperFormula ${r.hf.reason}`);
  }
}

function roundTripRow(r: ChildOutcome<RoundTripResult>, sections: number): (string | number | null)[] {
  if (!r.ok) return [sections, `FAILED: ${r.reason}`];
  const v = r.value;
  const perK = ((v.heapPeakMB - v.heapBaseMB) / v.rows) * 1000;
  return [sections, v.rows, fmt(v.stages.open, 0), fmt(v.stages.read, 0), fmt(v.stages.evaluate, 0), fmt(v.stages.build, 0), fmt(v.stages.write, 0), fmt(v.totalMs, 0), fmt(v.heapPeakMB, 0), fmt(v.heapPeakMB - v.heapBaseMB, 0), fmt(perK, 1), fmt(v.maxRssMB, 0), fmt((v.maxRssMB / v.rows) * 1000, 1)];
}

function printRoundTrips(results: readonly ChildOutcome<RoundTripResult>[]): void {
  const headers = ["sections", "rows", "open ms", "readWorkbook ms", "evaluate ms", "build ms", "write+save ms", "total ms", "heap peak MB", "heap Δ MB", "Δ MB/1k rows", "maxRSS MB", "RSS MB/1k rows"];
  console.log(`\nRead → evaluate → write (.xlsx via exceljs; one run after a 500-section warm-up)\n${table(headers, results.map((r, i) => roundTripRow(r, ROUND_TRIP_SECTIONS[i] ?? 0)))}`);
  for (const r of results) {
    if (!r.ok) continue;
    const v = r.value;
    const codes = v.readIssueCodes.length > 0 ? v.readIssueCodes.join(", ") : "none";
    console.log(`  ${v.sections}: ${fmt(v.inputMB, 1)} MB input, ${v.rows} rows → ${v.records} records; reader issues ${v.readIssues} (${codes}); unmapped headers: ${v.unmatchedHeaders.join(", ") || "none"}`);
  }
}

function printCityBatch(r: ChildOutcome<CityBatchResult>): void {
  console.log(`\nA city at once (npm run evaluate -- 某市/): ${CITY_BATCH.files} workbooks of ${CITY_BATCH.sections} sections`);
  if (!r.ok) return void console.log(`  FAILED: ${r.reason}`);
  const v = r.value;
  const heaps = v.heapBeforeEachMB.map((x) => fmt(x, 0)).join(", ");
  const growth = (v.heapBeforeEachMB.at(-1) ?? 0) - (v.heapBeforeEachMB[1] ?? 0);
  console.log(`  exit ${v.exitCode}; total ${fmt(v.totalMs / 1000, 1)} s (${fmt(v.totalMs / v.files / 1000, 2)} s a workbook); maxRSS ${fmt(v.maxRssMB, 0)} MB`);
  console.log(`  heap after a collection as each workbook starts: ${heaps} MB (from the second to the last: ${growth >= 0 ? "+" : ""}${fmt(growth, 1)} MB); after the overview: ${fmt(v.heapAfterMB, 0)} MB`);
}

function main(): void {
  const t0 = performance.now();
  console.log(`Benchmark on Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}); engine ${VIA_TSX ? "through tsx (BENCH_TSX=1)" : "bundled by esbuild, as shipped"}`);
  const sizes: SizeResult[] = [];
  for (const size of SIZES) sizes.push(measureSize(size, sizes));
  const dir = mkdtempSync(join(tmpdir(), "yzjh-bench-"));
  const trips = ROUND_TRIP_SECTIONS.map((n) => {
    console.log(`… read → evaluate → write, ${n} sections`);
    return runChild<RoundTripResult>(CHILD, ["roundtrip", String(n), dir], 8 * MINUTE);
  });
  console.log(`… a city at once, ${CITY_BATCH.files} × ${CITY_BATCH.sections} sections`);
  const batch = runChild<CityBatchResult>(CHILD, ["batch", String(CITY_BATCH.files), String(CITY_BATCH.sections), dir], 8 * MINUTE);
  rmSync(dir, { recursive: true, force: true });
  printSizes(sizes);
  printRoundTrips(trips);
  printCityBatch(batch);
  const totalMs = performance.now() - t0;
  console.log(`\nTotal ${fmt(totalMs / 1000, 0)} s. JSON: ${OUT}`);
  mkdirSync(join(OUT, ".."), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ node: process.version, cores: availableParallelism(), engineBuild: VIA_TSX ? "tsx" : "bundle", totalMs, summary: sizes.map(summarise), sizes, roundTrips: trips.map((t, i) => ({ sections: ROUND_TRIP_SECTIONS[i], ...t })), cityBatch: { ...CITY_BATCH, ...batch } }, null, 2));
}

main();
