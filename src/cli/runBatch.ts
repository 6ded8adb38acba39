import { basename, dirname } from "node:path";
import { message } from "../messages/catalogue";
import { XlsxWorkbookSink } from "../adapters/xlsx/XlsxWorkbookSink";
import { overviewLine, overviewSheet, type OverviewEntry } from "../workbook/write/overviewSheet";
import { batchPaths } from "./batchPaths";
import type { ChosenProfile } from "./chooseProfile";
import type { EvaluateDeps } from "./EvaluateDeps";
import { evaluateOne, type FileOutcome, type FilePaths } from "./evaluateOne";
import type { Inputs } from "./expandInputs";
import type { CliArgs } from "./parseArgs";
import { EXIT, shownPath, type Run, type RunResult } from "./Run";

/**
 * A batch (several workbooks, or a folder of them — a city's counties): each workbook evaluated in
 * turn into its own result workbook in the output folder, one failing not stopping the others, then
 * 评估总览.xlsx beside them with a row per county. Exit status 1 when any workbook could not be
 * evaluated (its row in the overview says why).
 */
export async function runBatch(args: CliArgs, chosen: ChosenProfile, inputs: Inputs, deps: EvaluateDeps, run: Run): Promise<RunResult> {
  const paths = batchPaths(inputs.files, args.out, args.json, deps.cwd);
  if ("code" in paths) {
    run.err(paths.code, paths.params);
    return run.fail(EXIT.usage);
  }
  const shown = (p: string) => shownPath(deps.cwd, p);
  if (inputs.skipped.length > 0) run.err("cli_batch_skipped", { files: inputs.skipped.join("、") });
  const entries: OverviewEntry[] = [];
  for (const [i, file] of paths.files.entries()) {
    run.err("cli_batch_file", { index: i + 1, total: paths.files.length, file: shown(file.input) });
    run.stdout.push(run.t("cli_batch_heading", { file: shown(file.input) }));
    const outcome = await guarded(() => evaluateOne(args, chosen, file, deps, run), run);
    if (!outcome.ok) run.stdout.push(run.t("cli_batch_failed"));
    entries.push(overviewEntry(file, outcome));
  }
  const folders = [...new Set(paths.files.map((f) => shown(dirname(f.input)) || "."))];
  return finishBatch(entries, { path: paths.overview, folders }, chosen, run, shown);
}

/** One workbook's internal error is that workbook's failure, not the batch's end. */
async function guarded(evaluateFile: () => Promise<FileOutcome>, run: Run): Promise<FileOutcome> {
  try {
    return await evaluateFile();
  } catch (cause) {
    run.problem("cli_err_internal", { reason: cause instanceof Error ? cause.message : String(cause) });
    return { ok: false, exitCode: EXIT.failed, reasons: [run.problems.at(-1) ?? ""] };
  }
}

/** Names without folders: a batch's names are unique (batchPaths), the results lie beside the overview, and the folders are in its notes. */
function overviewEntry(file: FilePaths, outcome: FileOutcome): OverviewEntry {
  if (!outcome.ok) return { file: basename(file.input), outcome: { ok: false, reasons: outcome.reasons } };
  return { file: basename(file.input), outcome: { ok: true, evaluation: outcome.evaluation, issues: outcome.issues, result: basename(outcome.paths.out) } };
}

async function finishBatch(entries: readonly OverviewEntry[], overview: { path: string; folders: readonly string[] }, chosen: ChosenProfile, run: Run, shown: (p: string) => string): Promise<RunResult> {
  const { path, folders } = overview;
  const failed = entries.filter((e) => !e.outcome.ok).length;
  const sink = new XlsxWorkbookSink({ sourceFile: null, title: message("out_workbook_title", {}, run.lang) });
  await sink.writeSheets([overviewSheet(entries, { lang: run.lang, profileName: chosen.profile.name[run.lang], folders })]);
  try {
    await sink.save(path);
  } catch (error) {
    run.problem("cli_err_write", { file: shown(path), reason: error instanceof Error ? error.message : String(error) });
    return run.fail(EXIT.failed);
  }
  run.stdout.push("", run.t("cli_wrote_overview", { file: shown(path) }), overviewLine(entries.length, failed, run.lang));
  return run.fail(failed > 0 ? EXIT.failed : EXIT.ok);
}
