import { evaluate } from "../src/engine/evaluate";
import type { Evaluation } from "../src/engine/types";
import { builtInProfile } from "../src/profiles/resolveProfile";
import { floorPass } from "./floor";
import { generateInput, type BenchSize } from "./generate";
import { measureInTurn, measureRuns, reportToParent, type RunStats } from "./measure";
import { buildEngine, buildReferenceSheets, checkAgainstEngine, type ReferenceCheck } from "./spreadsheetReference";
import type { RoundTripResult } from "./workbookRoundTrip";

/**
 * Entry point of one measurement child process (started by run.ts with --expose-gc):
 * `child.ts engine|hf <sections> <counties>`, `child.ts roundtrip <sections> <dir>` or
 * `child.ts batch <files> <sections> <dir>`.
 * Prints one BENCH_RESULT line.
 */

export interface EngineChildResult {
  readonly engine: RunStats;
  /** evaluate, then every result object read (sections, per-school figures, item cells): what the result sheets cost on top. */
  readonly materialised: RunStats;
  readonly floor: RunStats;
  readonly records: number;
  readonly issues: number;
  readonly generateMs: number;
  readonly warmup: string;
}

export interface HfChildResult {
  readonly hf: RunStats;
  readonly cells: number;
  readonly formulas: number;
  readonly warmup: string;
  readonly check: ReferenceCheck;
}

const profile = builtInProfile();

/** Reads every result object that evaluate builds on demand; returns a count so that nothing is optimised away. */
function readEverything(evaluation: Evaluation): number {
  let n = 0;
  for (const county of evaluation.counties) {
    n += county.sections.length + county.schoolGuarantee.length;
    for (const item of county.items) n += item.cells.length;
  }
  return n;
}
/** Above this many sections one run takes long enough that a smaller input warms the JIT instead. */
const WARM_ON_SMALLER = 10_000;

async function engineChild(size: BenchSize): Promise<EngineChildResult> {
  const t0 = performance.now();
  const input = generateInput(size);
  const generateMs = performance.now() - t0;
  const big = size.sections > WARM_ON_SMALLER;
  const warm = big ? generateInput({ sections: WARM_ON_SMALLER, counties: 50 }) : null;
  for (let i = 0; warm !== null && i < 3; i++) evaluate(warm, profile);
  // Steady state on both sides: a small input is evaluated often enough for the JIT to finish optimising.
  // Engine and floor in turn, so that both meet the same drift of the machine's speed (see measureInTurn).
  const plan = { warmups: big ? 0 : 20, warmupMs: big ? 0 : 3_000, reps: big ? 5 : 31, budgetMs: 30_000 };
  const [engine, floor] = await measureInTurn(() => evaluate(input, profile), () => floorPass(input.records), plan, { warmups: 20, warmupMs: 1_000 });
  const materialised = await measureRuns(() => readEverything(evaluate(input, profile)), { warmups: big ? 0 : 3, reps: big ? 3 : 5, budgetMs: 30_000 });
  const { last: _read, ...materialisedStats } = materialised;
  return { engine, materialised: materialisedStats, floor, records: input.records.length, issues: evaluate(input, profile).issues.length, generateMs, warmup: big ? "three 10,000-section runs" : "runs of the same size for 3 s (at least 20)" };
}

async function hfChild(size: BenchSize): Promise<HfChildResult> {
  const input = generateInput(size);
  const sheets = buildReferenceSheets(input.records, profile);
  // Above 1,000 sections one build takes a minute: warm the JIT on a 1,000-section workbook instead.
  const warmSmall = size.sections > 1_000;
  if (warmSmall) buildEngine(buildReferenceSheets(generateInput({ sections: 1_000, counties: 10 }).records, profile)).destroy();
  const hf = await measureRuns(() => buildEngine(sheets), { warmups: warmSmall ? 0 : 1, reps: warmSmall ? 1 : 3, budgetMs: 30_000 }, (e) => e.destroy());
  const { last, ...hfStats } = hf;
  const cells = Object.values(sheets).reduce((n, rows) => n + rows.reduce((m, r) => m + r.length, 0), 0);
  const formulas = Object.values(sheets).reduce((n, rows) => n + rows.flat().filter((c) => typeof c === "string" && c.startsWith("=")).length, 0);
  const check = checkAgainstEngine(last, evaluate(input, profile));
  return { hf: hfStats, cells, formulas, warmup: warmSmall ? "one 1,000-section build" : "one build of the same size", check };
}

async function main(): Promise<void> {
  const [task, a, b] = process.argv.slice(2);
  const sections = Number(a);
  if (task === "engine") reportToParent(await engineChild({ sections, counties: Number(b) }));
  else if (task === "hf") reportToParent(await hfChild({ sections, counties: Number(b) }));
  else if (task === "batch" && b !== undefined && process.argv[5] !== undefined) {
    // `child.ts batch <files> <sections> <dir>`: loaded only here, as the round trip is.
    const { cityBatch } = await import("./cityBatch");
    reportToParent(await cityBatch(sections, Number(b), process.argv[5]));
  } else if (task === "roundtrip" && b !== undefined) {
    // Loaded only here, so that the engine and HyperFormula children do not carry exceljs and the reader.
    const { roundTrip } = await import("./workbookRoundTrip");
    reportToParent((await roundTrip(sections, b)) satisfies RoundTripResult);
  }
  else throw new Error(`usage: child.ts engine|hf <sections> <counties> | roundtrip <sections> <dir> | batch <files> <sections> <dir> (got ${process.argv.slice(2).join(" ")})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
