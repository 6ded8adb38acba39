import { promises as fs } from "node:fs";
import { basename, dirname } from "node:path";
import { hasLevelWord, sameCounty } from "../engine/countyFigures";
import { message } from "../messages/catalogue";
import { clauseText, listText } from "../messages/listText";
import { overviewReport } from "../report/overviewReport";
import { XlsxWorkbookSink } from "../adapters/xlsx/XlsxWorkbookSink";
import { evaluatedEntry, type OverviewEntry } from "../workbook/write/overviewEntry";
import { overviewLine, overviewSheet } from "../workbook/write/overviewSheet";
import { batchPaths, type BatchFile, type BatchPaths } from "./batchPaths";
import type { ChosenProfile } from "./chooseProfile";
import type { EvaluateDeps } from "./EvaluateDeps";
import { COUNTY_FROM_FOLDER, folderCounty, withFolderCounty } from "./folderCounty";
import { evaluateOne, saveOrReport, writeJson, type FileOutcome } from "./evaluateOne";
import type { InputNote, Inputs } from "./expandInputs";
import { outputFolderProblem, type WriteProblem } from "./outputProblem";
import type { Output } from "./writeAll";
import type { CliArgs } from "./parseArgs";
import { errorText, EXIT, shownPath, type Run, type RunResult } from "./Run";

/**
 * A batch (several workbooks, or a folder of them — a city's counties): each workbook evaluated in
 * turn into its own result workbook in the output folder, one failing not stopping the others, then
 * 评估总览.xlsx beside them with a row per county (and 评估总览.json with `--json`). Exit status 1
 * when any workbook could not be evaluated (its row in the overview says why).
 */
export async function runBatch(args: CliArgs, chosen: ChosenProfile, inputs: Inputs, deps: EvaluateDeps, run: Run): Promise<RunResult> {
  const paths = batchPaths(inputs.files, args.out, args.json, deps.cwd);
  if ("code" in paths) {
    run.err(paths.code, paths.params);
    return run.fail(EXIT.usage);
  }
  const shown = (p: string) => shownPath(deps.cwd, p);
  const refused = await foldersProblem(args, paths, shown);
  if (refused) {
    run.err(refused.code, refused.params);
    return run.fail(refused.usage ? EXIT.usage : EXIT.failed);
  }
  const notes = inputs.notes.map((n) => noteText(n, run));
  for (const note of notes) run.err("cli_note_line", { text: note });
  const entries: OverviewEntry[] = [];
  const named: InputNote[] = [];
  for (const [i, file] of paths.files.entries()) {
    run.err("cli_batch_file", { index: i + 1, total: paths.files.length, file: shown(file.input) });
    run.stdout.push(run.t("cli_batch_heading", { file: shown(file.input) }));
    const outcome = await guarded(() => evaluateOne(args, chosen, file, fileDeps(deps, file), run), run);
    if (!outcome.ok) run.stdout.push(run.t("cli_batch_failed"));
    entries.push(overviewEntry(file, outcome));
    named.push(...folderCountyNotes(file, outcome));
  }
  const doubts = [...named, ...sameCountyNotes(entries), ...fileCountyNotes(entries), ...(await staleResultNotes(paths, entries, shown))].map((n) => noteText(n, run));
  doubts.push(...yearNotes(entries, run));
  for (const note of doubts) run.err("cli_note_line", { text: note });
  return finishBatch(entries, paths, [...notes, ...doubts], chosen, run, shown);
}

/** An output folder that cannot hold the results, said once before any county is read (it used to fail every county in turn, and then call the results it had written stale). */
async function foldersProblem(args: CliArgs, paths: BatchPaths, shown: (p: string) => string): Promise<WriteProblem | null> {
  const out = await outputFolderProblem("--out", args.out ?? "out", dirname(paths.overview), shown);
  if (out !== null || args.json === null || paths.overviewJson === null) return out;
  return outputFolderProblem("--json", args.json, dirname(paths.overviewJson), shown);
}

function noteText(note: InputNote, run: Run): string {
  const [first = "", ...rest] = note.items;
  if (note.code === "cli_batch_same_county") return run.t(note.code, { county: first, items: listText(rest, run.lang) });
  if (note.code === "cli_batch_county_not_file" || note.code === "cli_batch_county_from_folder") return run.t(note.code, { file: first, county: rest[0] ?? "" });
  return run.t(note.code, { items: listText(note.items, run.lang) });
}

/**
 * A workbook that names no county, filed in a county's folder (青石县/七项指标统计表.xlsx), is
 * evaluated as that county (withFolderCounty): in a city's batch the folder is the one word on
 * which county it is. Here, not in the reader, because only a batch sorts workbooks by county;
 * one workbook evaluated alone keeps 本县.
 */
function fileDeps(deps: EvaluateDeps, file: BatchFile): EvaluateDeps {
  const county = folderCounty(file.input);
  if (county === null) return deps;
  return { ...deps, evaluate: (input, profile) => withFolderCounty(deps.evaluate(input, profile), input, county) };
}

/** A workbook given its folder's county, said in the overview's notes as its results say it among their issues. */
function folderCountyNotes(file: BatchFile, outcome: FileOutcome): InputNote[] {
  const issue = outcome.ok ? outcome.evaluation.issues.find((i) => i.code === COUNTY_FROM_FOLDER) : undefined;
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

/** Each input by the name batchPaths gives it to show; the results lie beside the overview, and the folders are in its notes. */
function overviewEntry(file: BatchFile, outcome: FileOutcome): OverviewEntry {
  const name = file.shown;
  if (!outcome.ok) return { file: name, outcome: { ok: false, reasons: outcome.reasons } };
  return evaluatedEntry(name, outcome.evaluation, outcome.issues, basename(outcome.paths.out));
}

/**
 * A county named in two workbooks is a workbook sent twice or a county misnamed: either way the
 * city's picture is wrong, and it is said. Names are compared as the county figures compare them
 * (sameCounty: 北山 is 北山县).
 */
function sameCountyNotes(entries: readonly OverviewEntry[]): InputNote[] {
  const groups: { county: string; files: Set<string> }[] = [];
  for (const e of entries) {
    const counties = e.outcome.ok ? e.outcome.counties.flatMap((c) => (c.county === null ? [] : [c.county])) : [];
    for (const county of counties) {
      const group = groups.find((g) => sameCounty(g.county, county)) ?? groups[groups.push({ county, files: new Set() }) - 1];
      group?.files.add(e.file);
    }
  }
  return groups.filter((g) => g.files.size > 1).map((g) => ({ code: "cli_batch_same_county", items: [g.county, ...g.files] }));
}

/** A workbook that failed this time beside its result (or JSON report) of an earlier run: that file is not this run's, and it is said. */
async function staleResultNotes(paths: BatchPaths, entries: readonly OverviewEntry[], shown: (p: string) => string): Promise<InputNote[]> {
  const failed = paths.files.filter((_, i) => entries[i]?.outcome.ok === false).flatMap((f) => (f.json === null ? [f.out] : [f.out, f.json]));
  const stale = await Promise.all(failed.map((file) => fs.stat(file).then(() => shown(file), () => null)));
  return stale.flatMap((file) => (file === null ? [] : [{ code: "cli_batch_stale_result", items: [file] }]));
}

/**
 * Workbooks judged against different years' targets (some titles name a year, some none, which
 * takes the profile's latest): each county's share answers to its own target, and the overview would
 * set them side by side without a word. Said, with the workbooks per year, pointing to --year. Only
 * workbooks with a yearly target count: under a profile without targets (national-2017 leaves them
 * to the provinces) the year judges nothing, and a note about it would send readers after nothing.
 */
function yearNotes(entries: readonly OverviewEntry[], run: Run): string[] {
  const byYear = new Map<number | null, string[]>();
  for (const e of entries) if (e.outcome.ok && e.outcome.counties.some((c) => c.passing.target !== null)) byYear.set(e.outcome.year, [...(byYear.get(e.outcome.year) ?? []), e.file]);
  if (byYear.size < 2) return [];
  const groups = [...byYear].map(([year, files]) => run.t(year === null ? "cli_batch_year_none" : "cli_batch_year_group", { year: year ?? "", files: listText(files, run.lang) }));
  return [run.t("cli_batch_years_differ", { groups: clauseText(groups, run.lang) })];
}

/** The county names a workbook's file or folder names carry: 南湖区 in 南湖区.xlsx or 南湖区/学校基本情况.xlsx (spaces dropped, as in 河口 县). */
function namedInFile(file: string): string[] {
  return file.replace(/\.[^./]+$/, "").split("/").map((part) => part.replace(/\s+/g, "")).filter(hasLevelWord);
}

/**
 * A workbook of one county whose file or folder names another (南湖区.xlsx holding 青山县's schools):
 * a county sent the wrong sheet, or the rows name a wrong county; said, as the overview would
 * otherwise show 青山县 twice and 南湖区 not at all without a word.
 */
function fileCountyNotes(entries: readonly OverviewEntry[]): InputNote[] {
  const notes: InputNote[] = [];
  for (const e of entries) {
    const counties = e.outcome.ok ? e.outcome.counties.map((c) => c.county) : [];
    const [county] = counties;
    const named = namedInFile(e.file);
    if (counties.length !== 1 || county === null || county === undefined || named.length === 0) continue;
    if (!named.some((n) => sameCounty(n, county))) notes.push({ code: "cli_batch_county_not_file", items: [e.file, county] });
  }
  return notes;
}

async function finishBatch(entries: readonly OverviewEntry[], paths: BatchPaths, notes: readonly string[], chosen: ChosenProfile, run: Run, shown: (p: string) => string): Promise<RunResult> {
  const failed = entries.filter((e) => !e.outcome.ok).length;
  const folders = [...new Set(paths.files.map((f) => shown(dirname(f.input))))];
  const profileName = chosen.profile.name[run.lang];
  const sink = new XlsxWorkbookSink({ sourceFile: null, title: message("out_workbook_title", {}, run.lang) });
  await sink.writeSheets([overviewSheet(entries, { lang: run.lang, profileName, folders, notes })]);
  const outputs: Output[] = [{ path: paths.overview, write: (p) => sink.save(p) }];
  const json = paths.overviewJson;
  if (json !== null) {
    const report = overviewReport(entries, { profile: chosen.profile.id, profileName, lang: run.lang, notes });
    outputs.push({ path: json, write: (p) => writeJson(p, report) });
  }
  if (!(await saveOrReport(outputs, shown, run))) return run.fail(EXIT.failed);
  run.stdout.push("", run.t("cli_wrote_overview", { file: shown(paths.overview) }));
  if (json !== null) run.stdout.push(run.t("cli_wrote_json", { file: shown(json) }));
  run.stdout.push(overviewLine(entries.length, failed, run.lang));
  return run.fail(failed > 0 ? EXIT.failed : EXIT.ok);
}
