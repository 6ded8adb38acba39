import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import { CATALOGUE } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { ProfileError } from "../profiles/ProfileError";
import { builtInProfile, resolveProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import { parseRange } from "../workbook/address";
import type { RoleFixes } from "../workbook/read/matchColumns";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { SheetSpec, WorkbookSink, WorkbookSource } from "../workbook/types";
import type { ResultContext } from "../workbook/write/ResultContext";
import { mappingLines } from "../cli/mappingLines";
import type { AddinSettings } from "./addinSettings";
import { during } from "./failure";
import { changedColumnIssues, changedColumns } from "./fixHeaders";

/** The reader's options and result, as far as the add-in uses them. */
export interface ReadRequest {
  sheet?: string;
  range?: string;
  mapping?: RoleFixes;
}
export type ReadOutcome =
  | {
      readonly ok: true;
      readonly input: EvaluationInput;
      /** Null only from a stand-in reader; the reader always gives its mapping. */
      readonly mapping: ColumnMapping | null;
      readonly issues: readonly Issue[];
      readonly ruleOverride: unknown;
      readonly ruleSheet?: string | null;
      readonly figuresSheet?: string | null;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The host-free pieces, injected (the pane wires the real ones; tests may stub them). */
export interface PipelineDeps {
  readonly read: (source: WorkbookSource, options: ReadRequest) => Promise<ReadOutcome>;
  readonly evaluate: (input: EvaluationInput, profile: Profile) => Evaluation;
  readonly build: (evaluation: Evaluation, context: ResultContext) => SheetSpec[];
}

/** The settings the user confirmed, in the pane's language. */
export interface PipelineRequest extends AddinSettings {
  readonly lang: Lang;
  /** The workbook's file name, for the result notes (as the CLI gives its input's). */
  readonly sourceName?: string;
}

export type Step = "reading" | "evaluating" | "writing";

export type PipelineResult =
  | { readonly ok: true; readonly evaluation: Evaluation; readonly issues: readonly Issue[]; readonly sheetNames: readonly string[]; readonly profile: Profile; readonly read: Extract<ReadOutcome, { ok: true }> }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The reader's options for a request: only what is set; no sheet lets the reader find the school sheet. */
export function readRequest(request: Pick<PipelineRequest, "sheet" | "range" | "fixes" | "ignored">): ReadRequest {
  const options: ReadRequest = request.sheet === "" ? {} : { sheet: request.sheet };
  if (request.range !== null) options.range = request.range;
  if (Object.keys(request.fixes).length > 0 || request.ignored.length > 0) options.mapping = { roles: { ...request.fixes }, ignore: [...request.ignored] };
  return options;
}

/**
 * Reads as the request says, after checking what the user typed: a range that is not A1 notation
 * (`A1:B`) is a problem to show, not an exception from deep inside Excel. A read that throws is a
 * StepFailure of "reading".
 */
export async function readChecked(source: WorkbookSource, deps: Pick<PipelineDeps, "read">, request: ReadRequest): Promise<ReadOutcome> {
  if (request.range !== undefined && parseRange(request.range) === null) {
    return { ok: false, issues: [{ code: "addin_range_invalid", severity: "error", cell: null, params: { range: request.range } }] };
  }
  return during("reading", () => deps.read(source, request));
}

/** The chosen built-in profile with the workbook's 规则 sheet on top (as the CLI's withOverride). */
export function profileFor(profileId: string, override: unknown): Profile {
  const base = builtInProfile(profileId);
  if (override === null || override === undefined) return base;
  if (typeof override !== "object" || Array.isArray(override)) {
    throw new ProfileError([{ path: "", code: "profile_override", message: "the rule sheet is not a set of settings", cell: null }]);
  }
  return resolveProfile({ extends: base.id, ...override });
}

/** The catalogue's words for a profile problem (zod's issue codes, the resolver's profile_…), never the validator's English message. */
function profileIssueCode(problemCode: string): string {
  const code = problemCode === "profile_override" ? "addin_profile_override" : `addin_profile_${problemCode}`;
  return CATALOGUE.has(code) ? code : "addin_profile_invalid";
}

function profileIssues(error: ProfileError): Issue[] {
  return error.problems.map((p) => ({ code: profileIssueCode(p.code), severity: "error", cell: p.cell, params: { path: p.path || "/" } }));
}

/**
 * Read → evaluate → build → write, exactly as the CLI does for a file (same context for the
 * sheet builder), so that the add-in's sheets equal the CLI's for the same data. Data problems
 * come back as issues; a failure throws a StepFailure naming the step (failure.ts). A column fix
 * whose column no longer holds the header it was chosen for stops the run (fixHeaders.ts): its
 * data moved, and applying it would read another column without a word.
 */
export async function runPipeline(source: WorkbookSource, sink: WorkbookSink, request: PipelineRequest, deps: PipelineDeps, onStep: (step: Step) => void = () => undefined): Promise<PipelineResult> {
  onStep("reading");
  const read = await readChecked(source, deps, readRequest(request));
  if (!read.ok) return { ok: false, issues: read.issues };
  // Fixes name columns by position: after a column was inserted or deleted they would read other data.
  const changed = changedColumns(request.headers, read.mapping);
  if (changed.length > 0 && read.mapping !== null) return { ok: false, issues: changedColumnIssues("addin_saved_fix_column_changed", changed, read.mapping) };
  let profile: Profile;
  try {
    profile = profileFor(request.profileId, read.ruleOverride);
  } catch (error) {
    if (error instanceof ProfileError) return { ok: false, issues: profileIssues(error) };
    throw error;
  }
  onStep("evaluating");
  const input = request.year === null ? read.input : { ...read.input, year: request.year };
  const evaluation = await during("evaluating", async () => deps.evaluate(input, profile));
  const issues = [...read.issues, ...evaluation.issues];
  const { lang } = request;
  const named = request.sourceName ? { sourceName: request.sourceName } : {};
  const context: ResultContext = { issues, lang, profile, profileName: profile.name[lang], mapping: mappingLines(read.mapping, lang), ...named };
  onStep("writing");
  const sheetNames = await during("writing", async () => sink.writeSheets(deps.build(evaluation, context)));
  return { ok: true, evaluation, issues, sheetNames, profile, read };
}
