import { sheetsReadLine } from "./sheetsReadLine";
import { promises as fs } from "node:fs";
import { basename, dirname, extname, relative } from "node:path";
import type { Evaluation, Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import type { Profile } from "../profiles/schema";
import { evaluateRead, overriddenProfile, type OverriddenProfile, type ReadForEvaluation } from "../report/evaluateRead";
import { toJsonReport } from "../report/toJsonReport";
import type { SheetSpec, WorkbookSource } from "../workbook/types";
import { sheetLayout } from "../workbook/write/sheetLayout";
import { buildResultSheets } from "../workbook/write/buildResultSheets";
import { XlsxOpenError, type XlsxOpenFailure } from "../adapters/xlsx/XlsxOpenError";
import { XlsxWorkbookSink } from "../adapters/xlsx/XlsxWorkbookSink";
import { overrideEntries } from "../profiles/overrideEntries";
import type { ChosenProfile } from "./chooseProfile";
import type { EvaluateDeps, ReadRequest } from "./EvaluateDeps";
import type { CliArgs } from "./parseArgs";
import { reportProblems } from "./reportProblems";
import { errorText, EXIT, shownPath, type Run } from "./Run";
import { figuresOfOtherYear } from "../report/figuresOfOtherYear";
import { ignoredRequired } from "./ignoredRequired";
import { mapSheetsMissing } from "./mapSheetsMissing";
import { missingColumnsAdvice } from "./missingColumnsAdvice";
import { outExtensionProblem, outputProblem, writeFailure, type WriteProblem } from "./outputProblem";
import { sameFile, samePlace } from "./sameFile";
import { summaryLines } from "./summaryLines";
import { NODE_WRITE_IO, OutputWriteError, writeAll, type Output, type WriteIo } from "./writeAll";

/** Where one workbook is read from and its results go (absolute paths). */
export interface FilePaths {
  readonly input: string;
  readonly out: string;
  readonly json: string | null;
  /** How the results name the input (数据来源, the JSON's source), where its file name alone would not do: in a batch its path from the folder given (北山县/学校基本情况.xlsx). */
  readonly shown?: string;
}

/** One workbook evaluated and written, or the exit code and the lines that say why not. */
export type FileOutcome =
  | { readonly ok: true; readonly evaluation: Evaluation; readonly issues: readonly Issue[]; readonly paths: FilePaths; readonly written?: WrittenResult }
  | { readonly ok: false; readonly exitCode: number; readonly reasons: readonly string[]; readonly unwritten?: Unwritten };

/** What a batch's overview needs of the result written: the profile used (its floor), and where 学校达标's first section row is (1-based), for links to it. */
export interface WrittenResult {
  readonly profile: Profile;
  readonly schoolsRow: number | null;
}

/** A workbook evaluated whose results could not be written (the failure's reasons say why): a batch's overview still shows its counties. */
export interface Unwritten {
  readonly evaluation: Evaluation;
  readonly issues: readonly Issue[];
  /** The profile it was evaluated under (its targets decide how a missing target is said). */
  readonly profile: Profile;
}

/**
 * Reads, evaluates and writes one workbook: the result workbook (and the JSON report) at `paths`,
 * the verdict lines on stdout. Nothing is written unless the workbook could be evaluated. With
 * `evaluateUnwritable` (a batch), a result that cannot be written there (no access) is said and the
 * workbook still evaluated, unwritten, so that its counties keep their place in the overview.
 */
export async function evaluateOne(args: CliArgs, chosen: ChosenProfile, paths: FilePaths, deps: EvaluateDeps, run: Run, evaluateUnwritable = false): Promise<FileOutcome> {
  const from = run.problems.length;
  const failed = (exitCode: number, unwritten?: Unwritten): FileOutcome => ({ ok: false, exitCode, reasons: run.problems.slice(from), ...(unwritten === undefined ? {} : { unwritten }) });
  const shown = (p: string) => shownPath(deps.cwd, p);
  const refused = inBatch(await pathsProblem(paths, shown), evaluateUnwritable);
  if (refused) {
    run.problem(refused.code, refused.params);
    if (refused.usage || !evaluateUnwritable) return failed(refused.usage ? EXIT.usage : EXIT.failed);
  }
  run.err("cli_reading", { file: shown(paths.input) });
  const source = await openOrReport(deps, paths.input, shown(paths.input), run);
  if (!source) return failed(EXIT.failed);
  const sheets = await source.sheetNames();
  // A warning, not a refusal: in a batch one --map may be meant for the sheets of some workbooks only.
  for (const sheet of mapSheetsMissing(args.mapping, sheets)) run.err("cli_map_sheet_missing", { sheet, file: shown(paths.input), sheets: listText(sheets.map((s) => `“${s}”`), run.lang) });
  const read = await deps.read(source, readRequest(args));
  if (!read.ok) {
    run.problem("cli_err_not_evaluable", { file: shown(paths.input) });
    for (const issue of read.issues) run.problem("cli_issue_line", issueParams(issue, run));
    const ignored = await ignoredRequired(read, readRequest(args), (r) => deps.read(source, r));
    for (const c of ignored) run.problem("cli_ignored_required", { ...c, field: run.t(`field_${c.field}`) });
    // An ignored column is the answer when there is one; else which columns could hold the field, and how to say so.
    const advice = ignored.length === 0 ? missingColumnsAdvice(read, run.lang) : null;
    if (advice !== null) run.problem(advice.code, advice.params);
    return failed(EXIT.failed);
  }
  run.err("cli_read_done", { records: read.input.records.length, figures: read.input.countyFigures.length });
  sheetsReadLine(run, read.input.records, read.figuresSheets ?? null, { sheet: args.sheet, range: args.range, othersUnread: read.issues.some((i) => i.code === "read_other_school_sheets"), figuresOtherYear: figuresOfOtherYear(read.issues) });
  echoOptionIssues(read.issues, run);
  const overridden = overrideOrReport(chosen, read.ruleOverride, run);
  if (!overridden) return failed(EXIT.failed);
  // The 规则 sheet's rows the chosen profile refuses are said with the read's issues, at their cells.
  const fitted = { ...read, ruleOverride: overridden.override, issues: [...read.issues, ...overridden.issues] };
  const written = await finish(args, deps, run, paths, { ...fitted, profile: overridden.profile, profileFile: chosen.file }, refused === null);
  return "ok" in written ? written : failed(EXIT.failed, written);
}

/**
 * Why the results cannot go where the command line puts them, found before anything is read:
 * over the input (also through a link, or a name in other case where the disk ignores case),
 * --out and --json one file, a place that cannot be written (outputProblem), or a workbook not named .xlsx.
 */
async function pathsProblem(paths: FilePaths, shown: (p: string) => string): Promise<WriteProblem | null> {
  const outputs = paths.json === null ? [paths.out] : [paths.out, paths.json];
  for (const output of outputs) if (await sameFile(output, paths.input)) return { code: "cli_err_same_file", params: { file: shown(paths.input) }, usage: true };
  if (paths.json !== null && (await samePlace(paths.out, paths.json))) return { code: "cli_err_out_is_json", params: { file: shown(paths.out) }, usage: true };
  for (const output of outputs) {
    const problem = await outputProblem(output, shown);
    if (problem) return problem;
  }
  return outExtensionProblem(paths.out, shown);
}

/**
 * In a batch a folder where a county's result goes (its name taken by a folder the user made) is
 * no misuse of --out, which names the batch's folder: the result cannot be written there, and the
 * workbook is evaluated all the same, as for a result without write access.
 */
function inBatch(problem: WriteProblem | null, batch: boolean): WriteProblem | null {
  if (problem === null || !batch || problem.code !== "cli_err_out_folder") return problem;
  return { code: "cli_err_batch_out_folder", params: problem.params, usage: false };
}

function readRequest(args: CliArgs): ReadRequest {
  const request: ReadRequest = {};
  if (args.sheet !== null) request.sheet = args.sheet;
  if (args.range !== null) request.range = args.range;
  if (args.includeHidden) request.includeHidden = true;
  if (args.mapping !== null) request.mapping = args.mapping;
  if (args.year !== null) request.year = args.year;
  return request;
}

/** The reader's words on a column the command line named (--map onto an empty column, --ignore of one with nothing in it), echoed on stderr. */
const OPTION_ISSUES: ReadonlySet<string> = new Set(["read_mapping_empty_column", "read_ignore_empty_column"]);

/** A --map or --ignore that found an empty column is the command line's own slip: said where it was typed, not only in 数据问题 (cell first, as cli_issue_line). */
function echoOptionIssues(issues: readonly Issue[], run: Run): void {
  for (const issue of issues.filter((i) => OPTION_ISSUES.has(i.code))) {
    const { cell, message } = issueParams(issue, run);
    run.err("cli_note_line", { text: `${cell}${message}` });
  }
}

function issueParams(issue: Issue, run: Run): Record<string, string> {
  return { severity: run.t(`out_severity_${issue.severity}`), cell: issue.cell ? `${issue.cell} ` : "", message: run.t(issue.code, issue.params) };
}

function overrideOrReport(chosen: ChosenProfile, override: unknown, run: Run): Extract<OverriddenProfile, { ok: true }> | null {
  const overridden = overriddenProfile(chosen.profile, override, chosen.lookup);
  if (!overridden.ok) {
    reportProblems("cli_err_rule_sheet", overridden.error, run);
    return null;
  }
  // A 规则 sheet all of whose rows were refused (each said at its cell) changed nothing: not "applied".
  if (overrideEntries(overridden.override).length > 0) run.err("cli_rule_sheet");
  return overridden;
}

/** What the user reads for each reason a workbook cannot be opened (the error's own message is English, for logs). */
const OPEN_FAILURE_CODES: Readonly<Record<XlsxOpenFailure, string>> = {
  not_found: "cli_err_input_missing",
  no_access: "cli_err_no_access",
  not_xlsx: "cli_err_not_xlsx",
  unreadable: "cli_err_corrupt",
};

/**
 * The message for a workbook that cannot be opened; one not in the .xlsx format whose name says
 * what it is (.csv, .xls) is said to be that, rather than among the things it might be.
 * @example openFailureCode("not_xlsx", "县/学校.csv") // "cli_err_not_xlsx_csv"; openFailureCode("not_xlsx", "学校.xlsx") // "cli_err_not_xlsx"
 */
function openFailureCode(reason: XlsxOpenFailure, path: string): string {
  const ext = extname(path).toLowerCase();
  if (reason === "not_xlsx" && (ext === ".csv" || ext === ".xls")) return `cli_err_not_xlsx_${ext.slice(1)}`;
  return OPEN_FAILURE_CODES[reason];
}

async function openOrReport(deps: EvaluateDeps, path: string, shown: string, run: Run): Promise<WorkbookSource | null> {
  // A file of no bytes (a download or copy cut short) is not an old .xls or a CSV, as the format check would call it.
  if (await fs.stat(path).then((s) => s.isFile() && s.size === 0, () => false)) {
    run.problem("cli_err_empty_file", { file: shown });
    return null;
  }
  try {
    return await deps.open(path);
  } catch (error) {
    if (error instanceof XlsxOpenError) run.problem(openFailureCode(error.reason, path), { file: shown });
    else run.problem("cli_err_unreadable", { file: shown, reason: errorText(error) });
    return null;
  }
}

/** A read with the profile its 规则 sheet's override (ruleOverride, null: none) adjusted. */
type Evaluated = ReadForEvaluation & { readonly profile: Profile; readonly profileFile: string | null };

/**
 * What the evaluation covered: the sections read, those in scope and those judged. The sections
 * read alone (39 on the sample) overstated it beside 37 in scope, and on the messy fixture 14
 * beside 8 judged.
 * The number of counties is `count`, so that the catalogue takes cli_evaluated_one for one county.
 * @example evaluatedCounts(sample) // { sections: 39, inScope: 37, judged: 37, count: 1 }
 */
function evaluatedCounts(evaluation: Evaluation): Record<string, number> {
  const sum = (of: (c: Evaluation["counties"][number]) => number) => evaluation.counties.reduce((n, c) => n + of(c), 0);
  return { sections: sum((c) => c.sections.length), inScope: sum((c) => c.passing.inScope), judged: sum((c) => c.passing.evaluated), count: evaluation.counties.length };
}

/** Evaluates and writes (unless `write` is false: its place was refused); the evaluation alone when a file could not be written (said on stderr). */
async function finish(args: CliArgs, deps: EvaluateDeps, run: Run, paths: FilePaths, read: Evaluated, write: boolean): Promise<FileOutcome | Unwritten> {
  const { lang } = args;
  run.err("cli_evaluating", { profile: read.profile.name[lang] });
  // A city's county folders each hold a 学校基本情况.xlsx: its name alone would say the same of every county.
  const sourceName = paths.shown ?? basename(paths.input);
  const file = read.profileFile === null ? {} : { profileFile: read.profileFile };
  const { evaluation, issues, ruleOverrides, context } = await evaluateRead(read, { profile: read.profile, year: args.year, lang, sourceName, evaluate: deps.evaluate, ...file });
  run.err("cli_evaluated", evaluatedCounts(evaluation));
  if (!write) return { evaluation, issues, profile: read.profile };
  const sink = new XlsxWorkbookSink({ sourceFile: relative(dirname(paths.out), paths.input), title: message("out_workbook_title", {}, lang) });
  const sheets = buildResultSheets(evaluation, context);
  await sink.writeSheets(sheets);
  const shown = (p: string) => shownPath(deps.cwd, p);
  run.err("cli_writing", { file: shown(paths.out) });
  const outputs: Output[] = [{ path: paths.out, write: (p) => sink.save(p) }];
  const json = paths.json;
  if (json !== null) {
    const report = toJsonReport(evaluation, { issues, lang, profile: read.profile, mapping: read.mapping, source: sourceName, ruleOverrides, ...file });
    outputs.push({ path: json, write: (p) => writeJson(p, report) });
  }
  // Both or neither: a JSON report that cannot be written leaves no result workbook saying 结果已写入.
  if (!(await saveOrReport(outputs, shown, run))) return { evaluation, issues, profile: read.profile };
  run.stdout.push(run.t("cli_wrote_workbook", { file: shown(paths.out) }));
  if (json !== null) run.stdout.push(run.t("cli_wrote_json", { file: shown(json) }));
  run.stdout.push(...summaryLines(evaluation, issues, lang, read.profile));
  return { ok: true, evaluation, issues, paths, written: { profile: read.profile, schoolsRow: schoolsFirstRow(sheets) } };
}

/**
 * The 1-based row of the first section on the result's 学校达标 (its one table's first data row,
 * as sheetLayout places it for both sinks); null without that sheet.
 * @example schoolsFirstRow(sample's sheets) // 10 (title 1, notes 2–7, blank 8, header 9)
 */
export function schoolsFirstRow(sheets: readonly SheetSpec[]): number | null {
  const spec = sheets.find((s) => s.role === "schools");
  const table = spec === undefined ? undefined : sheetLayout(spec).tables[0];
  return table === undefined ? null : table.firstDataRow + 1;
}

/** Writes a JSON report, its folder made if needed. */
export async function writeJson(path: string, report: unknown): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  await fs.writeFile(path, `${JSON.stringify(report, null, 2)}\n`, "utf8");
}

/**
 * Writes all the outputs or none (writeAll); a failure is said in the run's language, naming the
 * file, and answered false; on success each folder made for them is said (已新建文件夹). An earlier
 * result that could not be put back is named with the file
 * it now is, so that the user can rename it back.
 */
export async function saveOrReport(outputs: readonly Output[], shown: (p: string) => string, run: Run, io: WriteIo = NODE_WRITE_IO): Promise<boolean> {
  try {
    // A folder made for a result is said: a mistyped one would otherwise stand unseen beside the one meant.
    for (const folder of await writeAll(outputs, io)) run.stdout.push(run.t("cli_made_folder", { folder: shown(folder) }));
    return true;
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    const problem = (await outputProblem(error.path, shown)) ?? writeFailure(error.cause, error.path, shown);
    run.problem(problem.code, problem.params);
    for (const { target, backup, newLeft } of error.stranded) run.problem(newLeft ? "cli_err_backup_kept_new_left" : "cli_err_backup_kept", { file: shown(target), backup: shown(backup) });
    return false;
  }
}
