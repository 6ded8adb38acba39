import { basename, extname, resolve } from "node:path";
import { ProfileError } from "../profiles/ProfileError";
import { BUILT_IN_PROFILES } from "../profiles/resolveProfile";
import { chooseProfile, ProfileChoiceError, type ChosenProfile } from "./chooseProfile";
import type { EvaluateDeps } from "./EvaluateDeps";
import { evaluateOne, type FilePaths } from "./evaluateOne";
import { expandInputs, RESULT_SUFFIX } from "./expandInputs";
import { langGiven, parseArgs, type ArgError, type CliArgs } from "./parseArgs";
import type { Lang } from "../messages/types";
import { reportProblems } from "./reportProblems";
import { errorText, EXIT, Run, type RunResult } from "./Run";
import { runBatch } from "./runBatch";

export type { EvaluateDeps, ReadOutcome, ReadRequest } from "./EvaluateDeps";
export { EXIT, type RunResult } from "./Run";

/**
 * `npm run evaluate -- <input.xlsx> [options]`: read, evaluate, write the result workbook (and the
 * JSON report). Nothing is written unless the input could be evaluated. Several inputs, or a
 * folder, make a batch (runBatch).
 */
export async function runEvaluate(argv: readonly string[], deps: EvaluateDeps): Promise<RunResult> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(parsed.error, parsed.lang, argv, deps);
  const run = new Run(parsed.args.lang, deps.onProgress);
  if (parsed.args.help) {
    run.stdout.push(run.t("cli_usage", { profiles: Object.keys(BUILT_IN_PROFILES).join(", ") }));
    return run.fail(EXIT.ok);
  }
  try {
    return await evaluateInputs(parsed.args, deps, run);
  } catch (cause) {
    run.err("cli_err_internal", { reason: errorText(cause) });
    return run.fail(EXIT.failed);
  }
}

/**
 * A command line refused, and the usage. A language it does not know (--lang fr) leaves the
 * reader's unknown: the usage in both, as the error itself is; so does an option it does not know
 * without a --lang (it may be a mistyped --lang), the error said in both too.
 */
function usageError(error: ArgError, lang: Lang, argv: readonly string[], deps: EvaluateDeps): RunResult {
  const run = new Run(lang, deps.onProgress);
  const unknown = error.code.startsWith("cli_err_unknown_option") && !langGiven(argv);
  const langs: readonly Lang[] = error.code === "cli_err_bad_lang" || unknown ? ["zh", "en"] : [lang];
  for (const each of unknown ? langs : [lang]) run.err(error.code, error.params, each);
  const profiles = Object.keys(BUILT_IN_PROFILES).join(", ");
  for (const each of langs) run.err("cli_usage", { profiles }, each);
  return run.fail(EXIT.usage);
}

async function evaluateInputs(args: CliArgs, deps: EvaluateDeps, run: Run): Promise<RunResult> {
  const inputs = await expandInputs(args.inputs, deps.cwd, deps.samplePath, args.recursive);
  if ("code" in inputs) {
    run.err(inputs.code, inputs.params);
    return run.fail(EXIT.usage);
  }
  const chosen = await profileOrReport(args.profile, deps.cwd, run);
  // A profile refused is a setting refused before anything is read or written, as a bad --range (1 is a batch with some workbooks failed).
  if (!chosen) return run.fail(EXIT.usage);
  const [only] = inputs.files;
  if (inputs.batch || only === undefined) return runBatch(args, chosen, inputs, deps, run);
  const outcome = await evaluateOne(args, chosen, pathsOf(only.path, args, deps), deps, run);
  return outcome.ok ? { exitCode: EXIT.ok, stdout: run.stdout, stderr: run.stderr } : run.fail(outcome.exitCode);
}

function pathsOf(input: string, args: CliArgs, deps: EvaluateDeps): FilePaths {
  const out = args.out ? resolve(deps.cwd, args.out) : resolve(deps.cwd, "out", basename(input, extname(input)) + RESULT_SUFFIX);
  return { input, out, json: args.json ? resolve(deps.cwd, args.json) : null };
}

async function profileOrReport(spec: string | null, cwd: string, run: Run): Promise<ChosenProfile | null> {
  try {
    return await chooseProfile(spec, cwd);
  } catch (error) {
    if (error instanceof ProfileChoiceError) run.problem(error.code, error.params);
    else if (error instanceof ProfileError) reportProblems("cli_err_profile", error, run, { file: spec ?? "" });
    else throw error;
    return null;
  }
}
