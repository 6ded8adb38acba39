import type { z } from "zod";
import type { ProfileProblem } from "./ProfileError";

/** How a profile's keys left out are worded: with `extends` a group set only in part, without it every setting. */
export type MissingKind = "profile_missing" | "profile_missing_standalone";

/**
 * One problem per zod issue, and per key for an unknown key (`standards.primary.L8`, not
 * `standards.primary`): the path itself then names what to correct, in any language.
 * @example toProblems(error of { cvLimits: { primary: 45 } }, data, "profile_missing") // [{ path: "cvLimits.primary", code: "profile_cv_limit_range", … }]
 */
export function toProblems(error: z.ZodError, data: unknown, missing: MissingKind): ProfileProblem[] {
  return error.issues.flatMap((i) => {
    const keys = i.code === "unrecognized_keys" ? i.keys.map((k) => [...i.path, k]) : [i.path];
    // A custom check's params (relaxationChecks: the two values compared) go to the reason's text.
    const params = i.code === "custom" && i.params !== undefined ? { params: i.params as Record<string, string> } : {};
    return keys.map((path) => numberAsText(i, data) ?? { path: path.map(String).join("."), code: problemCode(i, data, missing), message: i.message, cell: null, ...params });
  });
}

/**
 * The number a text in quotes stands for ("0.85", "6,080", "85%" → 0.85), or null when it reads as none.
 * @example textNumber("85%") // 0.85; textNumber("6,080") // 6080; textNumber("八十五") // null
 */
export function textNumber(text: string): number | null {
  const match = /^([+-]?\d+(?:\.\d+)?)(%?)$/.exec(text.trim().replace(/,/g, ""));
  if (match === null) return null;
  const n = Number(match[1]);
  // toPrecision keeps 0.85 from becoming 0.8500000000000001 when divided.
  return match[2] === "%" ? Number((n / 100).toPrecision(12)) : n;
}

/**
 * A number written in quotes, as a hand-edited copy of a profile has it ("share": "85%"): said
 * with the number to write instead, where "of the wrong kind" would leave the user to guess that
 * the quotes are the fault.
 */
function numberAsText(issue: z.core.$ZodIssue, data: unknown): ProfileProblem | null {
  if (issue.code !== "invalid_type" || issue.expected !== "number") return null;
  const value = valueAt(data, issue.path);
  const number = typeof value === "string" ? textNumber(value) : null;
  if (typeof value !== "string" || number === null) return null;
  return { path: issue.path.map(String).join("."), code: "profile_number_as_text", message: issue.message, cell: null, params: { text: value, number: String(number) } };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * The id's pattern is the one format a user meets: "the format is wrong" alone does not say which
 * format is right. A bound the schema words itself (profile_ratio_range…) keeps its own code. A
 * required key that is absent is "missing", not "of the wrong kind": setting one key of a group the
 * base leaves null (guarantee.funding.norm.primary alone) leaves its siblings unset, and a county
 * item given only its threshold under an `extends` that names no profile lacks its comparison and
 * unit, which "not one of the allowed values" would blame on the file.
 */
function problemCode(issue: z.core.$ZodIssue, data: unknown, missing: MissingKind): string {
  if (issue.code === "invalid_format" && issue.path.length === 1 && issue.path[0] === "id") return "profile_id_format";
  if (issue.message.startsWith("profile_")) return issue.message;
  // zod words an absent enum (a county item's comparison or unit) as invalid_value, not invalid_type.
  const absentKind = issue.code === "invalid_type" || issue.code === "invalid_value";
  return absentKind && valueAt(data, issue.path) === undefined ? missing : issue.code;
}
