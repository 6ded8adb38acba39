import { evaluateRead, overriddenProfile } from "../report/evaluateRead";
import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import { profileReason } from "../messages/profileMessages";
import type { Lang } from "../messages/types";
import type { ProfileError } from "../profiles/ProfileError";
import { builtInProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import type { OverrideEntry } from "../profiles/overrideEntries";
import { beyondSheet, cellRange, parseRange } from "../workbook/address";
import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import type { SheetSpec, WorkbookSink, WorkbookSource, WriteTurn } from "../workbook/types";
import type { ResultContext } from "../workbook/write/ResultContext";
import { savedRuleIssues, type AddinSettings } from "./addinSettings";
import { during, type Step } from "./failure";
import { changedColumnIssues, changedColumns } from "./fixHeaders";
import { knownRead, type KnownRead } from "./knownRead";
import { withNewerYearNote } from "./newerYearSheet";
import { keptRenamed, writtenSheets, type KeptRenamed, type WrittenSheet } from "./writtenSheets";

/** What a run reports as it goes: its steps, and "queued" while its write waits for an earlier one (WorkbookSink's onTurn). */
export type RunProgress = Step | WriteTurn;

/** The host-free pieces, injected (the pane wires the real ones; tests may stub them). */
export interface PipelineDeps {
  readonly read: (source: WorkbookSource, options: ReadOptions) => Promise<ReadResult>;
  readonly evaluate: (input: EvaluationInput, profile: Profile) => Evaluation;
  readonly build: (evaluation: Evaluation, context: ResultContext) => SheetSpec[];
}

/** The settings the user confirmed, in the pane's language. */
export interface PipelineRequest extends AddinSettings {
  readonly lang: Lang;
  /** The workbook's file name, for the result notes (as the CLI gives its input's). */
  readonly sourceName?: string;
}

export type PipelineResult =
  | {
      readonly ok: true;
      readonly evaluation: Evaluation;
      readonly issues: readonly Issue[];
      readonly sheetNames: readonly string[];
      readonly profile: Profile;
      /** The settings the workbook's 规则 sheet laid over the profile, as the sheets' notes list them. */
      readonly ruleOverrides?: readonly OverrideEntry[];
      /** Each result sheet's role with the name it was built with and the one it got (another beside a sheet of that name that stays). */
      readonly written?: readonly WrittenSheet[];
      /** The earlier result sheets the write replaced (SheetsWritten.replaced); absent or empty: none, as on a first run. */
      readonly replaced?: readonly string[];
      /** Earlier results the user renamed, kept and not updated, each with this run's sheet of its role (keptRenamed); absent or empty: none. */
      readonly keptRenamed?: readonly KeptRenamed[];
      readonly read: Extract<ReadResult, { ok: true }>;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The reader's options for a request: only what is set; no sheet lets the reader find the school sheet. */
export function readRequest(request: Pick<PipelineRequest, "sheet" | "range" | "fixes" | "ignored"> & { readonly year?: number | null }): ReadOptions {
  const options: ReadOptions = request.sheet === "" ? {} : { sheet: request.sheet };
  if (request.range !== null) options.range = request.range;
  // The pane's 评估年度: county figures of another year are left out.
  if (typeof request.year === "number") options.year = request.year;
  if (Object.keys(request.fixes).length > 0 || request.ignored.length > 0) options.mapping = { roles: { ...request.fixes }, ignore: [...request.ignored] };
  return options;
}

/**
 * Reads as the request says, after checking what the user typed: whole columns or rows (`A:Z`)
 * are read as the cells they cover; a range that is not A1 notation (`A1:B`) is a problem to show,
 * not an exception from deep inside Excel. A read that throws is a
 * StepFailure of "reading".
 */
export async function readChecked(source: WorkbookSource, deps: Pick<PipelineDeps, "read">, request: ReadOptions): Promise<ReadResult> {
  // A sheet the user chose is read as chosen, with a word when the reader would have read a later year's (withNewerYearNote).
  const read = (options: ReadOptions) => during("reading", async () => withNewerYearNote(source, deps.read, options, await deps.read(source, options)));
  if (request.range === undefined) return read(request);
  // Whole columns and rows (A:Z, 3:50) as Excel writes them, as the cells they cover.
  const range = cellRange(request.range);
  const problem = rangeProblem(range);
  if (problem !== null) return { ok: false, issues: [{ code: problem, severity: "error", cell: null, params: { range: request.range } }] };
  return read({ ...request, range });
}

/** Why a range typed (as cellRange gives it) cannot be read: not A1 notation, or past the sheet's last column or row; null when it can. */
function rangeProblem(range: string): string | null {
  const box = parseRange(range);
  if (box === null) return "addin_range_invalid";
  const beyond = beyondSheet(box);
  return beyond === null ? null : beyond === "column" ? "addin_range_column_beyond" : "addin_range_row_beyond";
}

/** Each problem of the profile the 规则 sheet makes, in the catalogue's words for it (profileReason), never the validator's English. */
function profileIssues(error: ProfileError): Issue[] {
  return error.problems.map((p) => ({ code: "addin_rule_sheet_problem", severity: "error", cell: p.cell, params: { ...p.params, path: p.path || "/", profileProblem: profileReason(p.code) } }));
}

/**
 * Read → evaluate → build → write, exactly as the CLI does for a file (same context for the
 * sheet builder), so that the add-in's sheets equal the CLI's for the same data. Data problems
 * come back as issues; a failure throws a StepFailure naming the step (failure.ts). A column fix
 * whose column no longer holds the header it was chosen for stops the run (fixHeaders.ts): its
 * data moved, and applying it would read another column without a word. `known` is a read the
 * caller has just made of the sheets as they are (the pane's check before it evaluates): used
 * instead of reading and parsing again when it was read with the request's options (knownRead).
 */
export async function runPipeline(source: WorkbookSource, sink: WorkbookSink, request: PipelineRequest, deps: PipelineDeps, onStep: (step: RunProgress) => void = () => undefined, known?: KnownRead): Promise<PipelineResult> {
  const unknown = savedRuleIssues(request);
  if (unknown.length > 0) return { ok: false, issues: unknown };
  onStep("reading");
  const options = readRequest(request);
  const read = knownRead(known, options) ?? (await readChecked(source, deps, options));
  if (!read.ok) return { ok: false, issues: read.issues };
  // Fixes name columns by position: after a column was inserted or deleted they would read other data.
  const changed = changedColumns(request.headers, read.mapping);
  if (changed.length > 0) return { ok: false, issues: changedColumnIssues("addin_saved_fix_column_changed", changed, read.mapping) };
  const overridden = overriddenProfile(builtInProfile(request.profileId), read.ruleOverride);
  if (!overridden.ok) return { ok: false, issues: profileIssues(overridden.error) };
  const { profile } = overridden;
  // The 规则 sheet's rows the chosen profile refuses are said with the read's issues, at their cells, as the CLI says them.
  const fitted = { ...read, ruleOverride: overridden.override, issues: [...read.issues, ...overridden.issues] };
  onStep("evaluating");
  // The pane's year control, not the CLI's --year, is how the add-in's user chooses another year.
  const evaluate = (input: EvaluationInput, p: Profile) => during("evaluating", async () => deps.evaluate(input, p));
  const named = request.sourceName ? { sourceName: request.sourceName } : {};
  const { evaluation, issues, ruleOverrides, context } = await evaluateRead(fitted, { profile, year: request.year, lang: request.lang, evaluate, frontEnd: "addin", ...named });
  onStep("writing");
  const { specs, done } = await during("writing", async () => {
    const built = deps.build(evaluation, context);
    return { specs: built, done: await sink.writeSheets(built, onStep) };
  });
  const written = writtenSheets(specs, done);
  const renamed = keptRenamed(written, done.renamed ?? []);
  return { ok: true, evaluation, issues, sheetNames: done.names, profile, ruleOverrides, written, replaced: done.replaced, ...(renamed.length === 0 ? {} : { keptRenamed: renamed }), read };
}
