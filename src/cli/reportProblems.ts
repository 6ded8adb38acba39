import { message } from "../messages/catalogue";
import { profileReason } from "../messages/profileMessages";
import type { ProfileError } from "../profiles/ProfileError";
import type { Run } from "./Run";

/** A profile's (or a rule sheet's) problems under a heading line (`headParams`: the file it names), each with its path or cell. */
export function reportProblems(headCode: string, error: ProfileError, run: Run, headParams: Readonly<Record<string, string>> = {}): void {
  run.problem(headCode, headParams);
  for (const p of error.problems) run.problem("cli_err_profile_problem", { path: p.cell ?? (p.path || "/"), message: message(`profile_reason_${profileReason(p.code)}`, p.params ?? {}, run.lang) });
}
