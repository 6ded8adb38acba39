import { z } from "zod";

/**
 * The JSON report's contract (workbooks.md, "The machine-readable report"): the fields the
 * acceptance checks read are required and typed; extra fields are allowed (loose objects).
 */
const num = z.number().refine(Number.isFinite, "finite number");
const nullableNum = num.nullable();
const stage = z.enum(["primary", "junior"]);

export const reportIndicatorSchema = z.looseObject({
  value: nullableNum,
  standard: nullableNum,
  met: z.boolean().nullable(),
  shortfall: nullableNum,
});

const indicatorCodes = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const;
const perIndicator = <T extends z.ZodType>(t: T) => z.looseObject(Object.fromEntries(indicatorCodes.map((c) => [c, t])) as Record<(typeof indicatorCodes)[number], T>);

export const reportSchoolSchema = z.looseObject({
  name: z.string(),
  county: z.string().nullable(),
  stage,
  included: z.boolean(),
  students: nullableNum,
  /** All seven for a section in scope; empty for one out of scope. */
  indicators: z.union([perIndicator(reportIndicatorSchema), z.strictObject({})]),
  /** The indicators known to be met; null only out of scope, where nothing is judged. */
  metCount: num.int().min(0).max(7).nullable(),
  pass: z.boolean().nullable(),
}).refine((s) => !s.included || s.metCount !== null, { message: "a section in scope has a metCount", path: ["metCount"] });

export const reportCoefficientSchema = z.looseObject({
  county: z.string().nullable(),
  stage,
  schools: num.int().min(0),
  indicators: perIndicator(
    z.looseObject({ mean: nullableNum, sd: nullableNum, cv: nullableNum, limit: num, met: z.boolean().nullable() }),
  ),
});

export const reportIssueSchema = z.looseObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  severity: z.enum(["error", "warning"]),
  message: z.string().min(1),
  cell: z.string().nullable(),
});

export const reportSchema = z.looseObject({
  profile: z.string().min(1),
  schools: z.array(reportSchoolSchema),
  coefficients: z.array(reportCoefficientSchema),
  issues: z.array(reportIssueSchema),
});

export type ReportContract = z.infer<typeof reportSchema>;
