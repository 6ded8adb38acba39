import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import type { Lang } from "../messages/types";
import { ProfileError } from "../profiles/ProfileError";
import { builtInProfile, resolveProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { SheetSpec, WorkbookSink, WorkbookSource } from "../workbook/types";
import type { ResultContext } from "../workbook/write/ResultContext";
import { mappingLines } from "../cli/mappingLines";
import type { AddinSettings } from "./addinSettings";

/** The reader's options and result, as far as the add-in uses them. */
export interface ReadRequest {
  sheet?: string;
  range?: string;
  mapping?: Readonly<Record<string, number>>;
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

/** The reader's options for a request: only what is set. */
export function readRequest(request: Pick<PipelineRequest, "sheet" | "range" | "fixes">): ReadRequest {
  const options: ReadRequest = { sheet: request.sheet };
  if (request.range !== null) options.range = request.range;
  if (Object.keys(request.fixes).length > 0) options.mapping = request.fixes;
  return options;
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

function profileIssues(error: ProfileError): Issue[] {
  return error.problems.map((p) => ({ code: "addin_profile_invalid", severity: "error", cell: p.cell, params: { path: p.path || "/", reason: p.message } }));
}

/**
 * Read → evaluate → build → write, exactly as the CLI does for a file (same context for the
 * sheet builder), so that the add-in's sheets equal the CLI's for the same data.
 */
export async function runPipeline(source: WorkbookSource, sink: WorkbookSink, request: PipelineRequest, deps: PipelineDeps, onStep: (step: Step) => void = () => undefined): Promise<PipelineResult> {
  onStep("reading");
  const read = await deps.read(source, readRequest(request));
  if (!read.ok) return { ok: false, issues: read.issues };
  let profile: Profile;
  try {
    profile = profileFor(request.profileId, read.ruleOverride);
  } catch (error) {
    if (error instanceof ProfileError) return { ok: false, issues: profileIssues(error) };
    throw error;
  }
  onStep("evaluating");
  const input = request.year === null ? read.input : { ...read.input, year: request.year };
  const evaluation = deps.evaluate(input, profile);
  const issues = [...read.issues, ...evaluation.issues];
  const { lang } = request;
  const named = request.sourceName ? { sourceName: request.sourceName } : {};
  const context: ResultContext = { issues, lang, profile, profileName: profile.name[lang], mapping: mappingLines(read.mapping, lang), ...named };
  onStep("writing");
  const sheetNames = await sink.writeSheets(deps.build(evaluation, context));
  return { ok: true, evaluation, issues, sheetNames, profile, read };
}
