import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import type { FrontEnd, Lang } from "../messages/types";
import { overrideEntries, type OverrideEntry } from "../profiles/overrideEntries";
import { ProfileError } from "../profiles/ProfileError";
import type { Profile } from "../profiles/schema";
import { withOverride } from "../profiles/withOverride";
import { fitRuleSettings } from "../workbook/read/fitRuleSettings";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { withYear } from "../workbook/read/withYear";
import { mappingLines } from "../workbook/write/mappingLines";
import type { ResultContext } from "../workbook/write/ResultContext";
import { runIssues } from "./assumedZeroIssues";
import { itemColumnIssues } from "./itemColumnIssues";
import { withRefusedColumnCaveats } from "./refusedColumnCaveats";
import { withUnreadVetoCells } from "./unreadVetoCells";
import { withoutUnheldBlankCells } from "./unheldBlankCells";

/** What a read gives the evaluation: its input and issues, its column mapping (null: a stand-in reader's) and its 规则 sheet's override (null: none). */
export interface ReadForEvaluation {
  readonly input: EvaluationInput;
  readonly issues: readonly Issue[];
  readonly mapping: ColumnMapping | null;
  readonly ruleOverride: unknown;
}

/** How a front end evaluates a read: the profile, the year the user chose (null: the read one), the language and the source's name for the notes. */
export interface EvaluateRequest {
  readonly profile: Profile;
  readonly year: number | null;
  readonly lang: Lang;
  /** The workbook's file name for the notes; omitted when the front end does not know it. */
  readonly sourceName?: string;
  /** The file the profile was read from (the command line's --profile file.json), named beside its name; omitted for a built-in one. */
  readonly profileFile?: string;
  /** The engine (the add-in's wrapped as its "evaluating" step, hence possibly later). */
  readonly evaluate: (input: EvaluationInput, profile: Profile) => Evaluation | Promise<Evaluation>;
  /** The front end the sheets are written for, whose texts they say (message's `front`); the command line's when omitted. */
  readonly frontEnd?: FrontEnd;
}

/** The evaluation, the issues the run lists, the 规则 sheet's settings and the sheet builder's context. */
export interface EvaluatedRead {
  readonly evaluation: Evaluation;
  readonly issues: Issue[];
  readonly ruleOverrides: readonly OverrideEntry[];
  readonly context: ResultContext;
}

/**
 * The steps both front ends take between reading and writing, so that the add-in's sheets equal the
 * CLI's for the same data: the year the user chose laid over the read (withYear), the evaluation,
 * the run's issues (runIssues: the reader's, then the engine's), and the context the result sheets
 * are built with (mapping lines and profile name in `lang`, the 规则 sheet's settings).
 *
 * @example await evaluateRead({ input: { year: 2024, … }, issues: [read_year_from_title], mapping: null, ruleOverride: null }, { profile, year: 2025, lang: "zh", evaluate })
 * // { evaluation: (of year 2025), issues: [...evaluation's], ruleOverrides: [], context: { issues, lang: "zh", profile, profileName: profile.name.zh, mapping: [], ruleOverrides: [] } }
 */
export async function evaluateRead(read: ReadForEvaluation, request: EvaluateRequest): Promise<EvaluatedRead> {
  const { profile, lang } = request;
  const { input, issues: yearIssues } = withYear(read, request.year, profile);
  const evaluated = await request.evaluate(input, profile);
  // A blank stage cell beside a veto's 无 is said only where it held the item: a county with sections of that stage.
  const readIssues = withoutUnheldBlankCells(yearIssues, evaluated);
  // A veto value set aside by the reader is pointed at (withUnreadVetoCells), as an evidence item's is.
  // So is a column refused whole for its unit, where a CV lacks every value for that (withRefusedColumnCaveats).
  const evaluation = withRefusedColumnCaveats(withUnreadVetoCells(evaluated, readIssues), readIssues);
  const listed = [...runIssues(readIssues, input, evaluation, profile), ...itemColumnIssues(read.mapping, evaluation, profile)];
  const ruleOverrides = overrideEntries(read.ruleOverride);
  const named = { ...(request.sourceName === undefined ? {} : { sourceName: request.sourceName }), ...(request.profileFile === undefined ? {} : { profileFile: request.profileFile }) };
  const front = request.frontEnd === undefined ? {} : { frontEnd: request.frontEnd };
  const context: ResultContext = { issues: listed, lang, profile, profileName: profile.name[lang], mapping: mappingLines(read.mapping, lang), ruleOverrides, ...named, ...front };
  return { evaluation, issues: listed, ruleOverrides, context };
}

/**
 * A profile with a 规则 sheet's settings laid over it — with the settings kept (`override`) and the
 * rows refused against that profile, each at its cell (`issues`) — or the ProfileError saying why
 * it cannot be (each front end says it its own way).
 */
export type OverriddenProfile = { readonly ok: true; readonly profile: Profile; readonly override: unknown; readonly issues: readonly Issue[] } | { readonly ok: false; readonly error: ProfileError };

/**
 * `base` with the 规则 sheet's override (withOverride) once each row `base` refuses is left out
 * (fitRuleSettings), a ProfileError answered rather than thrown;
 * any other error is a bug and is thrown on. `lookup` resolves `extends` (a file profile's own id).
 *
 * @example overriddenProfile(builtInProfile("national-2017"), { cvLimits: { primary: 0.45 } }) // { ok: true, profile: (cvLimits.primary 0.45) }
 * @example overriddenProfile(builtInProfile("national-2017"), [1, 2]) // { ok: false, error: ProfileError [profile_override] }
 */
export function overriddenProfile(base: Profile, override: unknown, lookup?: (id: string) => unknown): OverriddenProfile {
  try {
    // Checked against the profile chosen, not national-2017: a norm Sichuan completes is kept, a row it refuses is said at its cell.
    const fitted = fitRuleSettings(base, override, lookup);
    return { ok: true, profile: withOverride(base, fitted.override, lookup), override: fitted.override, issues: fitted.issues };
  } catch (error) {
    if (error instanceof ProfileError) return { ok: false, error };
    throw error;
  }
}
