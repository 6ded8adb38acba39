import { basename, dirname, resolve } from "node:path";
import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import { overviewReport } from "../report/overviewReport";
import { XlsxWorkbookSink } from "../adapters/xlsx/XlsxWorkbookSink";
import { evaluatedEntry, type OverviewEntry } from "../workbook/write/overviewEntry";
import { passRuleParams } from "../workbook/write/passRuleText";
import { overviewLine, overviewSheet, unwrittenCount } from "../workbook/write/overviewSheet";
import { cityTotals } from "../workbook/write/overviewTotals";
import { failingSchoolsOf } from "../workbook/write/failingSchoolsSheet";
import { fileCountyNotes, noteText, sameCountyNotes, unnamedCountyNotes, yearNotes } from "./batchNotes";
import { batchPaths, type BatchFile, type BatchPaths } from "./batchPaths";
import { batchCity } from "./batchCity";
import { batchSources, relativeReason, sourcePaths } from "./batchSources";
import { otherBatch, sourcesRecord } from "./batchOwner";
import { foreignOutputProblem, foreignOutputs } from "./foreignOutputs";
import type { ChosenProfile } from "./chooseProfile";
import type { EvaluateDeps } from "./EvaluateDeps";
import { COUNTY_FROM_FOLDER, COUNTY_UNNAMED, folderCounty, withFolderCounty, withUnnamedWarning } from "./folderCounty";
import { evaluateOne, saveOrReport, writeJson, type FileOutcome } from "./evaluateOne";
import type { InputNote, Inputs } from "./expandInputs";
import { leftoverNotes } from "./leftoverResults";
import { outputFolderProblem, type WriteProblem } from "./outputProblem";
import { saveAsXlsxFormat } from "./saveAsXlsx";
import { summaryLines } from "./summaryLines";
import type { Output } from "./writeAll";
import type { CliArgs } from "./parseArgs";
import { errorText, EXIT, shownPath, type Run, type RunResult } from "./Run";

/**
 * A batch (several workbooks, or a folder of them — a city's counties): each workbook evaluated in
 * turn into its own result workbook in the output folder, one failing not stopping the others, then
 * 评估总览.xlsx beside them with a row per county (and 评估总览.json with `--json`). Exit status 1
 * when any workbook could not be evaluated, or its result not written (its row in the overview says why).
 */
export async function runBatch(args: CliArgs, chosen: ChosenProfile, inputs: Inputs, deps: EvaluateDeps, run: Run): Promise<RunResult> {
  const paths = batchPaths(inputs.files, args.out, args.json, deps.cwd);
  if ("code" in paths) {
    run.err(paths.code, paths.params);
    return run.fail(EXIT.usage);
  }
  const shown = (p: string) => shownPath(deps.cwd, p);
  const sources = sourcePaths(args.inputs, deps.cwd);
  const refused =
    (await foldersProblem(args, paths, shown)) ??
    (await otherBatchProblem(paths, sources, shown, run)) ??
    foreignOutputProblem(await foreignOutputs(paths), shown, (items) => listText(items, run.lang), (code, params) => run.t(code, params));
  if (refused) {
    run.err(refused.code, refused.params);
    return run.fail(refused.usage ? EXIT.usage : EXIT.failed);
  }
  const notes = [...inputs.notes, ...paths.notes].map((n) => noteText(n, run));
  for (const note of notes) run.err("cli_note_line", { text: note });
  const entries: OverviewEntry[] = [];
  const named: InputNote[] = [];
  const unnamed: BatchFile[] = [];
  for (const [i, file] of paths.files.entries()) {
    run.err("cli_batch_file", { index: i + 1, total: paths.files.length, file: shown(file.input) });
    run.stdout.push(run.t("cli_batch_heading", { file: shown(file.input) }));
    const outcome = await guarded(() => evaluateFile(args, chosen, file, fileDeps(deps, file), run), run);
    if (!outcome.ok) run.stdout.push(...failedLines(outcome, run));
    entries.push(overviewEntry(file, outcome, shown(file.input)));
    named.push(...folderCountyNotes(file, outcome));
    if (issuesOf(outcome).some((i) => i.code === COUNTY_UNNAMED)) unnamed.push(file);
  }
  const doubts = [...named, ...unnamedCountyNotes(unnamed, entries), ...sameCountyNotes(entries), ...fileCountyNotes(entries, paths.files), ...(await batchLeftovers(args, paths, entries, deps.cwd, shown))].map((n) => noteText(n, run));
  doubts.push(...yearNotes(entries, chosen.profile.targets.length > 0, run));
  for (const note of doubts) run.err("cli_note_line", { text: note });
  return finishBatch(entries, paths, [...notes, ...doubts], chosen, run, { folders: await batchSources(args.inputs, deps.cwd), sources, city: await batchCity(args.inputs, deps.cwd), shown });
}

/** A spreadsheet this tool cannot read (a CSV, an .ods …) is that workbook's failure with the advice to save it as .xlsx; any other is evaluated. */
async function evaluateFile(args: CliArgs, chosen: ChosenProfile, file: BatchFile, deps: EvaluateDeps, run: Run): Promise<FileOutcome> {
  const format = saveAsXlsxFormat(file.input);
  if (format === null) return evaluateOne(args, chosen, file, deps, run, true);
  run.problem("cli_err_save_as_xlsx", { file: shownPath(deps.cwd, file.input), format });
  return { ok: false, exitCode: EXIT.failed, reasons: run.problems.slice(-1) };
}

/** The results in the output folders that this run did not write (leftoverNotes). */
function batchLeftovers(args: CliArgs, paths: BatchPaths, entries: readonly OverviewEntry[], cwd: string, shown: (p: string) => string): Promise<InputNote[]> {
  const jsonDir = paths.overviewJson === null ? null : dirname(paths.overviewJson);
  const unwritten = entries.map((e) => e.outcome.ok && e.outcome.notWritten !== undefined);
  return leftoverNotes(paths, entries.map((e, i) => e.outcome.ok && unwritten[i] !== true), resolve(cwd, args.out ?? "out"), jsonDir, shown, unwritten);
}

/** An output folder that cannot hold the results, said once before any county is read (it used to fail every county in turn, and then call the results it had written stale). */
async function foldersProblem(args: CliArgs, paths: BatchPaths, shown: (p: string) => string): Promise<WriteProblem | null> {
  const out = await outputFolderProblem("--out", args.out ?? "out", dirname(paths.overview), shown);
  if (out !== null || args.json === null || paths.overviewJson === null) return out;
  return outputFolderProblem("--json", args.json, dirname(paths.overviewJson), shown);
}

/**
 * An overview in --out (or --json) written by a batch over other folders (another city's): this batch
 * would overwrite it and its same-named results, and call its other results leftovers of this run.
 * Refused before anything is read (exit 2), naming the folder holding it, the option that chose it and
 * the folders it read; the same folders again run as before.
 */
async function otherBatchProblem(paths: BatchPaths, sources: readonly string[], shown: (p: string) => string, run: Run): Promise<WriteProblem | null> {
  const other = await otherBatch(paths.overview, paths.overviewJson, sources);
  if (other === null) return null;
  const code = other.option === "--out" ? "cli_err_batch_other_source" : "cli_err_batch_other_source_json";
  return { code, params: { out: shown(dirname(other.overview)), sources: listText(other.sources.map(shown), run.lang) }, usage: true };
}

/**
 * A workbook that names no county, filed in a county's folder (青石县/七项指标统计表.xlsx), is
 * evaluated as that county (withFolderCounty): in a city's batch the folder is the one word on
 * which county it is. Where its path names none either, it is warned of (withUnnamedWarning): its
 * row stands apart from every county's. Here, not in the reader, because only a batch sorts
 * workbooks by county; one workbook evaluated alone keeps 本县.
 */
function fileDeps(deps: EvaluateDeps, file: BatchFile): EvaluateDeps {
  const county = folderCounty(file.input);
  if (county === null) return { ...deps, evaluate: (input, profile) => withUnnamedWarning(deps.evaluate(input, profile), input) };
  return { ...deps, evaluate: (input, profile) => withFolderCounty(deps.evaluate(input, profile), input, county) };
}

/** The issues of a workbook evaluated, its result written or not; none for one not evaluated. */
function issuesOf(outcome: FileOutcome): readonly Issue[] {
  const evaluation = outcome.ok ? outcome.evaluation : outcome.unwritten?.evaluation;
  return evaluation?.issues ?? [];
}

/** A workbook given its folder's county, said in the overview's notes as its results say it among their issues. */
function folderCountyNotes(file: BatchFile, outcome: FileOutcome): InputNote[] {
  const issue = issuesOf(outcome).find((i) => i.code === COUNTY_FROM_FOLDER);
  return issue === undefined ? [] : [{ code: "cli_batch_county_from_folder", items: [file.shown, String(issue.params["county"] ?? "")] }];
}

/** One workbook's internal error is that workbook's failure, not the batch's end. */
async function guarded(evaluateFile: () => Promise<FileOutcome>, run: Run): Promise<FileOutcome> {
  try {
    return await evaluateFile();
  } catch (cause) {
    run.problem("cli_err_internal", { reason: errorText(cause) });
    return { ok: false, exitCode: EXIT.failed, reasons: [run.problems.at(-1) ?? ""] };
  }
}

/**
 * Each input by the name batchPaths gives it to show; the results lie beside the overview, and the
 * folders are in its notes. A workbook evaluated whose result could not be written keeps its
 * counties, with why the result is not there (they count in the city's totals: the evaluation stands).
 */
function overviewEntry(file: BatchFile, outcome: FileOutcome, typed: string): OverviewEntry {
  const name = file.shown;
  if (outcome.ok) {
    const places = outcome.written === undefined ? undefined : { floor: passRuleParams(outcome.written.profile).floor, schoolsRow: outcome.written.schoolsRow };
    return evaluatedEntry(name, outcome.evaluation, outcome.issues, basename(outcome.paths.out), undefined, places);
  }
  const reasons = outcome.reasons.map((r) => relativeReason(r, typed, name));
  if (outcome.unwritten === undefined) return { file: name, outcome: { ok: false, reasons } };
  const places = { floor: passRuleParams(outcome.unwritten.profile).floor };
  return evaluatedEntry(name, outcome.unwritten.evaluation, outcome.unwritten.issues, basename(file.out), reasons, places);
}

/** stdout's lines for a workbook not written: not evaluated, or evaluated (its verdicts) with its result not written. */
function failedLines(outcome: Extract<FileOutcome, { ok: false }>, run: Run): string[] {
  const { unwritten } = outcome;
  if (unwritten === undefined) return [run.t("cli_batch_failed")];
  return [run.t("cli_batch_unwritten"), ...summaryLines(unwritten.evaluation, unwritten.issues, run.lang, unwritten.profile)];
}

async function finishBatch(entries: readonly OverviewEntry[], paths: BatchPaths, notes: readonly string[], chosen: ChosenProfile, run: Run, where: { folders: readonly string[]; sources: readonly string[]; city: string | null; shown: (p: string) => string }): Promise<RunResult> {
  const failed = entries.filter((e) => !e.outcome.ok).length;
  const unwritten = unwrittenCount(entries);
  const { folders, city, shown } = where;
  const profileName = chosen.profile.name[run.lang];
  const sink = new XlsxWorkbookSink({ sourceFile: null, title: message("out_workbook_title", {}, run.lang) });
  // Worked out once, for 评估总览's 全市合计 and 全市缺口合计 and for its JSON.
  const totals = cityTotals(entries);
  await sink.writeSheets([overviewSheet(entries, { lang: run.lang, profileName, profileFile: chosen.file, folders, notes, city, totals }), failingSchoolsOf(entries, run.lang)]);
  // Read back by the next batch into this folder (otherBatchProblem).
  sink.workbook.description = sourcesRecord(where.sources);
  const outputs: Output[] = [{ path: paths.overview, write: (p) => sink.save(p) }];
  const json = paths.overviewJson;
  if (json !== null) {
    const report = overviewReport(entries, { profile: chosen.profile.id, profileName, profileFile: chosen.file, lang: run.lang, notes, sources: where.sources, totals });
    outputs.push({ path: json, write: (p) => writeJson(p, report) });
  }
  if (!(await saveOrReport(outputs, shown, run))) return run.fail(EXIT.failed);
  run.stdout.push("", run.t("cli_wrote_overview", { file: shown(paths.overview) }));
  if (json !== null) run.stdout.push(run.t("cli_wrote_json", { file: shown(json) }));
  run.stdout.push(overviewLine(entries.length, failed, run.lang, unwritten));
  return run.fail(failed + unwritten > 0 ? EXIT.failed : EXIT.ok);
}
