import { message } from "../messages/catalogue";
import { profileReason } from "../messages/profileMessages";
import type { ProfileError } from "../profiles/ProfileError";
import type { Run } from "./Run";

/** A profile's (or a rule sheet's) problems under a heading line, each with its path or cell. */
export function reportProblems(headCode: string, error: ProfileError, run: Run): void {
  run.problem(headCode);
  for (const p of error.problems) run.problem("cli_err_profile_problem", { path: p.cell ?? (p.path || "/"), message: message(`profile_reason_${profileReason(p.code)}`, {}, run.lang) });
}
