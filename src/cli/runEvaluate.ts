import { promises as fs } from "node:fs";
import { basename, dirname, extname, relative, resolve } from "node:path";
import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { profileReason } from "../messages/profileMessages";
import type { Lang } from "../messages/types";
import { ProfileError } from "../profiles/ProfileError";
import { BUILT_IN_PROFILES } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import { toJsonReport } from "../report/toJsonReport";
import type { RoleFixes } from "../workbook/read/matchColumns";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { withYear } from "../workbook/read/withYear";
import type { WorkbookSource } from "../workbook/types";
import { buildResultSheets } from "../workbook/write/buildResultSheets";
import { XlsxOpenError, type XlsxOpenFailure } from "../adapters/xlsx/XlsxOpenError";
import { XlsxWorkbookSink } from "../adapters/xlsx/XlsxWorkbookSink";
import { withOverride } from "../profiles/withOverride";
import { chooseProfile, ProfileChoiceError, type ChosenProfile } from "./chooseProfile";
import { mappingLines } from "./mappingLines";
import { parseArgs, type CliArgs } from "./parseArgs";
import { summaryLines } from "./summaryLines";

/** What the command needs of the reader: the shape of readWorkbook's result that it uses. */
export type ReadOutcome =
  | { readonly ok: true; readonly input: EvaluationInput; readonly mapping: ColumnMapping | null; readonly issues: readonly Issue[]; readonly ruleOverride: unknown }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface ReadRequest {
  sheet?: string;
  range?: string;
  includeHidden?: boolean;
  mapping?: RoleFixes;
}

/** The pieces the command is made of, injected so that tests run it in-process. */
export interface EvaluateDeps {
  readonly open: (path: string) => Promise<WorkbookSource>;
  readonly read: (source: WorkbookSource, options: ReadRequest) => Promise<ReadOutcome>;
  readonly evaluate: (input: EvaluationInput, profile: Profile) => Evaluation;
  /** Working directory for relative paths and the default `out/` folder. */
  readonly cwd: string;
  /** The bundled sample used when no input is given. */
  readonly samplePath: string;
  /** Called with each stderr line as it happens (progress on large files); optional. */
  readonly onProgress?: (line: string) => void;
}

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
}

/** Exit codes: 0 evaluated (even with data issues), 1 could not evaluate, 2 bad command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class Run {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  constructor(
    readonly lang: Lang,
    private readonly onProgress?: (line: string) => void,
  ) {}
  t(code: string, params: Readonly<Record<string, string | number>> = {}): string {
    return message(code, params, this.lang);
  }
  err(code: string, params: Readonly<Record<string, string | number>> = {}): void {
    const line = this.t(code, params);
    this.stderr.push(line);
    this.onProgress?.(line);
  }
  fail(exitCode: number): RunResult {
    return { exitCode, stdout: this.stdout, stderr: this.stderr };
  }
}

/**
 * `npm run evaluate -- <input.xlsx> [options]`: read, evaluate, write the result workbook (and the
 * JSON report). Nothing is written unless the input could be evaluated.
 */
export async function runEvaluate(argv: readonly string[], deps: EvaluateDeps): Promise<RunResult> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const run = new Run(parsed.lang, deps.onProgress);
    run.err(parsed.error.code, parsed.error.params);
    run.err("cli_usage", { profiles: Object.keys(BUILT_IN_PROFILES).join(", ") });
    return run.fail(EXIT.usage);
  }
  const run = new Run(parsed.args.lang, deps.onProgress);
  if (parsed.args.help) {
    run.stdout.push(run.t("cli_usage", { profiles: Object.keys(BUILT_IN_PROFILES).join(", ") }));
    return run.fail(EXIT.ok);
  }
  try {
    return await evaluateFile(parsed.args, deps, run);
  } catch (cause) {
    run.err("cli_err_internal", { reason: cause instanceof Error ? cause.message : String(cause) });
    return run.fail(EXIT.failed);
  }
}

interface Paths {
  readonly input: string;
  readonly out: string;
  readonly json: string | null;
}

function pathsOf(args: CliArgs, deps: EvaluateDeps): Paths {
  const input = resolve(deps.cwd, args.input ?? deps.samplePath);
  const out = args.out ? resolve(deps.cwd, args.out) : resolve(deps.cwd, "out", `${basename(input, extname(input))}-评估结果.xlsx`);
  return { input, out, json: args.json ? resolve(deps.cwd, args.json) : null };
}

/** A path as the user would type it: relative under the working directory, absolute elsewhere. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

function readRequest(args: CliArgs): ReadRequest {
  const request: ReadRequest = {};
  if (args.sheet !== null) request.sheet = args.sheet;
  if (args.range !== null) request.range = args.range;
  if (args.includeHidden) request.includeHidden = true;
  if (args.mapping !== null) request.mapping = args.mapping;
  return request;
}

async function evaluateFile(args: CliArgs, deps: EvaluateDeps, run: Run): Promise<RunResult> {
  const paths = pathsOf(args, deps);
  const shown = (p: string) => shownPath(deps.cwd, p);
  if (paths.out === paths.input || paths.json === paths.input) {
    run.err("cli_err_same_file", { file: shown(paths.input) });
    return run.fail(EXIT.usage);
  }
  const chosen = await profileOrReport(args.profile, run);
  if (!chosen) return run.fail(EXIT.failed);
  run.err("cli_reading", { file: shown(paths.input) });
  const source = await openOrReport(deps, paths.input, shown(paths.input), run);
  if (!source) return run.fail(EXIT.failed);
  const read = await deps.read(source, readRequest(args));
  if (!read.ok) {
    run.err("cli_err_not_evaluable", { file: shown(paths.input) });
    for (const issue of read.issues) run.err("cli_issue_line", issueParams(issue, run));
    return run.fail(EXIT.failed);
  }
  run.err("cli_read_done", { records: read.input.records.length, figures: read.input.countyFigures.length });
  const profile = overrideOrReport(chosen, read.ruleOverride, run);
  if (!profile) return run.fail(EXIT.failed);
  return finish(args, deps, run, paths, { ...read, profile });
}

function issueParams(issue: Issue, run: Run): Record<string, string> {
  return { severity: run.t(`out_severity_${issue.severity}`), cell: issue.cell ? `${issue.cell} ` : "", message: run.t(issue.code, issue.params) };
}

async function profileOrReport(spec: string | null, run: Run): Promise<ChosenProfile | null> {
  try {
    return await chooseProfile(spec);
  } catch (error) {
    if (error instanceof ProfileChoiceError) run.err(error.code, error.params);
    else if (error instanceof ProfileError) reportProblems("cli_err_profile", error, run);
    else throw error;
    return null;
  }
}


function reportProblems(headCode: string, error: ProfileError, run: Run): void {
  run.err(headCode);
  for (const p of error.problems) run.err("cli_err_profile_problem", { path: p.cell ?? (p.path || "/"), message: message(`profile_reason_${profileReason(p.code)}`, {}, run.lang) });
}

function overrideOrReport(chosen: ChosenProfile, override: unknown, run: Run): Profile | null {
  try {
    const profile = withOverride(chosen.profile, override, chosen.lookup);
    if (override !== null && override !== undefined) run.err("cli_rule_sheet");
    return profile;
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    reportProblems("cli_err_rule_sheet", error, run);
    return null;
  }
}

/** What the user reads for each reason a workbook cannot be opened (the error's own message is English, for logs). */
const OPEN_FAILURE_CODES: Readonly<Record<XlsxOpenFailure, string>> = {
  not_found: "cli_err_input_missing",
  no_access: "cli_err_no_access",
  not_xlsx: "cli_err_not_xlsx",
  unreadable: "cli_err_corrupt",
};

async function openOrReport(deps: EvaluateDeps, path: string, shown: string, run: Run): Promise<WorkbookSource | null> {
  try {
    return await deps.open(path);
  } catch (error) {
    if (error instanceof XlsxOpenError) run.err(OPEN_FAILURE_CODES[error.reason], { file: shown });
    else run.err("cli_err_unreadable", { file: shown, reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

interface Evaluated {
  readonly input: EvaluationInput;
  readonly mapping: ColumnMapping | null;
  readonly issues: readonly Issue[];
  readonly profile: Profile;
}

async function finish(args: CliArgs, deps: EvaluateDeps, run: Run, paths: Paths, read: Evaluated): Promise<RunResult> {
  const { lang } = args;
  run.err("cli_evaluating", { profile: read.profile.name[lang] });
  const { input, issues: readIssues } = withYear(read, args.year);
  const evaluation = deps.evaluate(input, read.profile);
  const sections = evaluation.counties.reduce((n, c) => n + c.sections.length, 0);
  run.err("cli_evaluated", { sections, counties: evaluation.counties.length });
  const issues = [...readIssues, ...evaluation.issues];
  const sourceName = basename(paths.input);
  const report = paths.json ? toJsonReport(evaluation, { issues, lang, profile: read.profile, mapping: read.mapping, source: sourceName }) : null;
  const context = { issues, lang, profile: read.profile, profileName: read.profile.name[lang], mapping: mappingLines(read.mapping, lang), sourceName };
  const sink = new XlsxWorkbookSink({ sourceFile: relative(dirname(paths.out), paths.input), title: message("out_workbook_title", {}, lang) });
  await sink.writeSheets(buildResultSheets(evaluation, context));
  const shown = (p: string) => shownPath(deps.cwd, p);
  run.err("cli_writing", { file: shown(paths.out) });
  if (!(await saveOrReport(() => sink.save(paths.out), shown(paths.out), run))) return run.fail(EXIT.failed);
  run.stdout.push(run.t("cli_wrote_workbook", { file: shown(paths.out) }));
  if (paths.json && report) {
    const json = paths.json;
    const write = async () => {
      await fs.mkdir(dirname(json), { recursive: true });
      await fs.writeFile(json, `${JSON.stringify(report, null, 2)}\n`, "utf8");
    };
    if (!(await saveOrReport(write, shown(json), run))) return run.fail(EXIT.failed);
    run.stdout.push(run.t("cli_wrote_json", { file: shown(json) }));
  }
  run.stdout.push(...summaryLines(evaluation, issues, lang));
  return { exitCode: EXIT.ok, stdout: run.stdout, stderr: run.stderr };
}

async function saveOrReport(save: () => Promise<void>, file: string, run: Run): Promise<boolean> {
  try {
    await save();
    return true;
  } catch (error) {
    run.err("cli_err_write", { file, reason: error instanceof Error ? error.message : String(error) });
    return false;
  }
}
