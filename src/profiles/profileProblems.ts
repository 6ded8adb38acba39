import { z } from "zod";
import { slipOf } from "./mistypedItems";
import type { ProfileProblem } from "./ProfileError";
import { profileSchema } from "./schema";

/** How a profile's keys left out are worded: with `extends` a group set only in part, without it every setting. */
export type MissingKind = "profile_missing" | "profile_missing_standalone";

/**
 * One problem per zod issue, and per key for an unknown key (`standards.primary.L8`, not
 * `standards.primary`): the path itself then names what to correct, in any language.
 * @example toProblems(error of { cvLimits: { primary: 45 } }, data, "profile_missing") // [{ path: "cvLimits.primary", code: "profile_cv_limit_range", … }]
 */
export function toProblems(error: z.ZodError, data: unknown, missing: MissingKind): ProfileProblem[] {
  const problems = error.issues.flatMap((i) => (i.code === "unrecognized_keys" ? unknownKeys(i) : [oneProblem(i, data, missing)]));
  // The key a slip was meant for is then missing, which the slip's own problem already says; a
  // slip of extends (extend) leaves every setting missing, a screenful that would bury the slip.
  const meant = problems.flatMap((p) => (p.code === "profile_key_typo" ? [p.path.replace(/[^.]*$/, p.params?.suggestion ?? "")] : []));
  if (meant.includes("extends")) return problems.filter((p) => p.code !== missing);
  return problems.filter((p) => !(p.code === missing && meant.includes(p.path)));
}

function oneProblem(issue: z.core.$ZodIssue, data: unknown, missing: MissingKind): ProfileProblem {
  // A custom check's params (relaxationChecks: the two values compared) go to the reason's text.
  const params = issue.code === "custom" && issue.params !== undefined ? { params: issue.params as Record<string, string> } : {};
  return numberAsText(issue, data) ?? { path: issue.path.map(String).join("."), code: problemCode(issue, data, missing), message: issue.message, cell: null, ...params };
}

/**
 * One problem per unknown key, naming the key of the same object it is a slip of (boardingExtar →
 * boardingExtra, primray → primary) when one is: "check the spelling" alone leaves the user to
 * find which of the group's keys was meant.
 */
function unknownKeys(issue: z.core.$ZodIssue & { code: "unrecognized_keys" }): ProfileProblem[] {
  // The schema's keys: a group the base leaves null (guarantee.funding.norm) has none in the data.
  // extends is taken off before the schema sees the profile, so the root's keys lack it.
  const known = [...schemaKeys(profileSchema, issue.path), ...(issue.path.length === 0 ? ["extends"] : [])];
  return issue.keys.map((key) => {
    const path = [...issue.path, key].map(String).join(".");
    const suggestion = slipOf(key, known);
    if (suggestion === null) return { path, code: issue.code, message: issue.message, cell: null };
    return { path, code: "profile_key_typo", message: `${issue.message}: ${suggestion}?`, cell: null, params: { suggestion } };
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
  const path = issue.path.map(String).join(".");
  // "50%" for a number of students (fundedAs) is no 0.5: the percentage itself is the slip, and which number was meant is the user's to say.
  if (value.trim().endsWith("%") && !takesShare(issue.path, data)) return { path, code: "profile_percent_not_share", message: issue.message, cell: null, params: { text: value } };
  return { path, code: "profile_number_as_text", message: issue.message, cell: null, params: { text: value, number: String(number) } };
}

/** County-item units whose threshold a percentage may stand for: a share, or a plain number that is a ratio or rate (G8 教师工资比 1 = 100%, Q9 校际差异率 0.15 = 15%). */
const PERCENT_UNITS: readonly unknown[] = ["ratio", "number"];

/**
 * Whether the setting at `path` is a share, which a percentage may stand for: a number the schema
 * bounds at 1 (floorRatio, a target's share, a CV limit) or a county item's threshold whose unit
 * is "ratio" or "number" (the pay ratio, a difference rate); not a count or amount (fundedAs,
 * single, musicArea, a yuan threshold, a monitoring level).
 * @example takesShare(["passRule", "floorRatio"], data) // true; takesShare(["guarantee", "funding", "tiers", 0, "fundedAs"], data) // false
 */
export function takesShare(path: readonly PropertyKey[], data: unknown): boolean {
  if (path[0] === "countyItems" && path[path.length - 1] === "threshold") return PERCENT_UNITS.includes(valueAt(data, [...path.slice(0, -1), "unit"]));
  const leaf = schemaAt(profileSchema, path);
  return leaf instanceof z.ZodNumber && (leaf.maxValue ?? Infinity) <= 1;
}

/**
 * The keys of the object the schema expects at `path` (through nullables, arrays and records); none where it expects no object.
 * @example schemaKeys(profileSchema, ["guarantee", "funding", "norm"]) // ["primary", "junior"]
 */
export function schemaKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const type = schemaAt(schema, path);
  return type instanceof z.ZodObject ? Object.keys(type.shape as Record<string, z.ZodType>) : [];
}

/** The type the schema expects at `path`, through nullables, optionals and defaults; undefined where it expects nothing. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let type: z.ZodType | undefined = schema;
  for (let i = 0; type !== undefined && i <= path.length; i++) {
    while (type instanceof z.ZodNullable || type instanceof z.ZodOptional || type instanceof z.ZodDefault) type = (type as z.ZodNullable<z.ZodType>).unwrap() as z.ZodType;
    if (i === path.length) break;
    type = childType(type, path[i]);
  }
  return type;
}

function childType(type: z.ZodType, key: PropertyKey | undefined): z.ZodType | undefined {
  if (type instanceof z.ZodObject) return (type.shape as Record<string, z.ZodType | undefined>)[String(key)];
  if (type instanceof z.ZodArray) return type.element as z.ZodType;
  if (type instanceof z.ZodRecord) return type.valueType as z.ZodType;
  return undefined;
}

/**
 * The value at `path` in parsed JSON (through objects and arrays); undefined where the data does not write it.
 * @example valueAt({ guarantee: { funding: { tiers: [{ below: 100 }] } } }, ["guarantee", "funding", "tiers", 0, "below"]) // 100
 */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
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
