import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";

/**
 * Timing and memory helpers. Every size runs in its own child process (so that peaks do not
 * accumulate across sizes); inside it each measured run starts from a collected heap and records
 * V8's heap before every GC, so the heap peak is exact up to the allocation that triggered a GC.
 */

const MB = 1024 * 1024;

/** @example median([3, 1, 2]) // 2; median([1, 2, 3, 4]) // 2.5 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

export interface RunStats {
  /** Median of the measured runs, ms. */
  readonly ms: number;
  readonly runs: readonly number[];
  /** heapUsed after a full GC just before the run, MB (input and code already loaded). */
  readonly heapBaseMB: number;
  /** Highest heapUsed seen during any measured run, MB. */
  readonly heapPeakMB: number;
  /** The child process's peak resident set so far, MB. */
  readonly maxRssMB: number;
  /**
   * Median of a second run made straight after each measured one, without a collection between
   * (measureInTurn only; null elsewhere): the same work with the code and data still in the CPU
   * caches, which says how much of a measured run the cold start after the collection takes.
   */
  readonly warmMs: number | null;
}

export interface RunPlan {
  readonly warmups: number;
  /** Keep warming up (beyond `warmups`) until this much time has gone, so that the JIT reaches its steady state on small inputs too. */
  readonly warmupMs?: number;
  readonly reps: number;
  /** Stop adding repetitions once the measured runs took this long (at least one run is made). */
  readonly budgetMs: number;
}

const MAX_WARMUPS = 2_000;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One run from a collected heap: its time, the heap before it and the peak during it. */
export async function measureOnce<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number; baseMB: number; peakMB: number }> {
  collect();
  const base = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const end = process.memoryUsage().heapUsed;
  const gcs = profiler.stop()?.statistics ?? [];
  const peak = gcs.reduce((p, gc) => Math.max(p, gc.beforeGC.heapStatistics.usedHeapSize), end);
  return { value, ms, baseMB: base / MB, peakMB: peak / MB };
}

/** Warm-up runs of `fn` by `plan` (its warmups, and on until warmupMs has gone), each value disposed of. */
async function warmUp<T>(fn: () => T | Promise<T>, plan: RunPlan, dispose: (value: T) => void = () => undefined): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < plan.warmups || (performance.now() - start < (plan.warmupMs ?? 0) && i < MAX_WARMUPS); i++) dispose(await fn());
}

/**
 * Warm-up runs, then repetitions within the budget; median time, the highest heap, and the last
 * run's value. `dispose` releases every other run's value before the next run starts.
 */
export async function measureRuns<T>(fn: () => T | Promise<T>, plan: RunPlan, dispose: (value: T) => void = () => undefined): Promise<RunStats & { last: T }> {
  await warmUp(fn, plan, dispose);
  const runs: number[] = [];
  let [base, peak] = [Infinity, 0];
  let last: T | undefined;
  const spent = (): number => runs.reduce((a, b) => a + b, 0);
  while (runs.length === 0 || (runs.length < plan.reps && spent() < plan.budgetMs)) {
    if (last !== undefined) dispose(last);
    const m = await measureOnce(fn);
    runs.push(m.ms);
    [base, peak, last] = [Math.min(base, m.baseMB), Math.max(peak, m.peakMB), m.value];
  }
  return { ms: median(runs), runs, heapBaseMB: base, heapPeakMB: peak, maxRssMB: maxRssMB(), warmMs: null, last: last as T };
}

/**
 * Two functions measured in turn — a b, b a, a b … (neither always first), each run from a
 * collected heap — after the warm-up of each (a's by `plan`, b's by `warmB`): the speed of a shared
 * machine drifts from second to second, and runs taken in turn meet the same drift, so their ratio
 * holds where two series taken one after the other do not. Rounds continue to `plan.reps` while
 * a's runs stay within the budget; each gets its stats. Only the figures of a run are kept, not
 * its value, so that no run's result weighs on the heap of the next. Each measured run is followed
 * at once by a second one, timed apart (RunStats.warmMs).
 */
export async function measureInTurn(a: () => unknown, b: () => unknown, plan: RunPlan, warmB: Pick<RunPlan, "warmups" | "warmupMs">): Promise<[RunStats, RunStats]> {
  await warmUp(a, plan);
  await warmUp(b, { ...warmB, reps: 0, budgetMs: 0 });
  const runs: [Run[], Run[]] = [[], []];
  const spent = (): number => runs[0].reduce((t, r) => t + r.ms, 0);
  for (let round = 0; round === 0 || (round < plan.reps && spent() < plan.budgetMs); round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) runs[which as 0 | 1].push(await measureTwice(which === 0 ? a : b));
  }
  return [statsOf(runs[0]), statsOf(runs[1])];
}

/** A measured run without its value, and the time of the run made straight after it. */
interface Run {
  readonly ms: number;
  readonly baseMB: number;
  readonly peakMB: number;
  readonly warmMs: number;
}

/** A run from a collected heap (measureOnce), then the same again at once, with nothing collected between. */
async function measureTwice(fn: () => unknown): Promise<Run> {
  const { ms, baseMB, peakMB } = await measureOnce(fn);
  const t0 = performance.now();
  await fn();
  return { ms, baseMB, peakMB, warmMs: performance.now() - t0 };
}

function statsOf(runs: readonly Run[]): RunStats {
  const times = runs.map((r) => r.ms);
  return { ms: median(times), runs: times, heapBaseMB: Math.min(...runs.map((r) => r.baseMB)), heapPeakMB: Math.max(...runs.map((r) => r.peakMB)), maxRssMB: maxRssMB(), warmMs: median(runs.map((r) => r.warmMs)) };
}

/** Peak resident set of this process, MB (resourceUsage reports kilobytes). */
export function maxRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const RESULT_PREFIX = "BENCH_RESULT ";

/** Prints a child's result on the line the parent looks for. */
export function reportToParent(result: unknown): void {
  console.log(RESULT_PREFIX + JSON.stringify(result));
}

export type ChildOutcome<T> = { readonly ok: true; readonly value: T; readonly wallMs: number } | { readonly ok: false; readonly reason: string; readonly wallMs: number };

/**
 * Runs `script` with `args` in a fresh Node process (same loader flags as this one, plus
 * --expose-gc), killing it after `timeoutMs`; returns the JSON it reported.
 */
export function runChild<T>(script: string, args: readonly string[], timeoutMs: number, maxHeapMB = 8192): ChildOutcome<T> {
  const t0 = performance.now();
  // A bundled (.cjs) child runs on plain node; a .ts child needs this process's tsx loader.
  const loader = script.endsWith(".ts") ? process.execArgv : [];
  const flags = [...loader, "--expose-gc", `--max-old-space-size=${maxHeapMB}`];
  const child = spawnSync(process.execPath, [...flags, script, ...args], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * MB,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const wallMs = performance.now() - t0;
  const line = child.stdout?.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (line !== undefined) return { ok: true, value: JSON.parse(line.slice(RESULT_PREFIX.length)) as T, wallMs };
  const why = child.error?.message ?? (child.signal !== null ? `killed by ${child.signal}` : `exit code ${String(child.status)}`);
  return { ok: false, reason: why, wallMs };
}
