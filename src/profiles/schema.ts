import { z } from "zod";
import { classSizeProblems, sizeProblems, tierProblems, type OrderProblem } from "./relaxationChecks";

/**
 * A rule profile: every threshold and switch the engine uses, as data (rules.md: "thresholds live
 * in rule profiles, never in code"). Objects are strict so that a mistyped key is an error.
 */

/**
 * A bound's error carries the catalogue code that says the allowed range (profile_reason_…), so
 * that 85 for 0.85 reads "between 0 and 1: write 0.85", not "too large" (problemCode reads it).
 */
const ratio = z.number().min(0, "profile_ratio_range").max(1, "profile_ratio_range");
const positive = z.number().positive("profile_positive");
const nonNegative = z.number().min(0, "profile_not_negative");
/** The year old buildings were built by: 16 for 2016 would relax no school. */
const builtBy = z.number().int("profile_built_by_year").min(1900, "profile_built_by_year").max(2100, "profile_built_by_year");
const cvLimit = z.number().positive("profile_cv_limit_range").max(1, "profile_cv_limit_range");
/** Yuan per unit; absent or null: no price. */
const unitCost = positive.nullable().default(null);
const perIndicator = z.strictObject({
  L1: positive,
  L2: positive,
  L3: positive,
  L4: positive,
  L5: positive,
  L6: positive,
  L7: positive,
});
const perStage = <T extends z.ZodType>(t: T) => z.strictObject({ primary: t, junior: t });

/** Adds relaxationChecks' problems as issues; the code is the message, as for the bounds above, and the values go in params. */
function addOrderProblems(problems: readonly OrderProblem[], ctx: z.RefinementCtx): void {
  for (const p of problems) ctx.addIssue({ code: "custom", message: p.code, path: [...p.path], params: p.params });
}

/** How a county-level item is judged from its figure. */
export const comparisonSchema = z.enum([
  "at_least", // figure ≥ threshold
  "below", // figure < threshold
  "at_most", // figure ≤ threshold
  "yes", // a yes / met judgement (evidence items)
]);

/**
 * Why a threshold does not fit its unit, as a catalogue code; null when it fits. A ratio typed as
 * a percentage (85 for 0.85) would fail every county, a negative amount pass every one.
 * @example thresholdProblem(85, "ratio") // "profile_ratio_range"; thresholdProblem(0.85, "ratio") // null
 */
export function thresholdProblem(threshold: number | null, unit: string): string | null {
  if (threshold === null) return null;
  if (unit === "ratio") return threshold >= 0 && threshold <= 1 ? null : "profile_ratio_range";
  if (unit === "level") return threshold >= 1 && threshold <= 4 ? null : "profile_level_range";
  if (unit === "yuan" || unit === "number") return threshold >= 0 ? null : "profile_not_negative";
  return null;
}

/** One county-level figure the profile knows (a line of the 项目 | 数值 sheet). */
export const countyItemSchema = z.strictObject({
  /** The guarantee / quality / recognition item it belongs to, e.g. `G8`, `Q9`, `R1`. */
  item: z.string().regex(/^[GQR]\d+$/),
  comparison: comparisonSchema,
  threshold: z.number().nullable(),
  /**
   * "ratio": 0..1 (95% or 0.95 in the sheet); "number": as written; "boolean": 是 / 否; "yuan": an
   * amount in yuan (6080, 6,080元/生, 0.608万元); "level": a quality-monitoring level 1–4 (3, Ⅲ, Ⅲ级以上).
   */
  unit: z.enum(["ratio", "number", "boolean", "yuan", "level"]),
}).superRefine((item, ctx) => {
  const code = thresholdProblem(item.threshold, item.unit);
  if (code !== null) ctx.addIssue({ code: "custom", message: code, path: ["threshold"], input: item.threshold });
});

export const vetoItemSchema = z.strictObject({ code: z.string().regex(/^V_[a-z_]+$/) });

export const targetSchema = z.strictObject({ year: z.number().int("profile_year_range").min(2000, "profile_year_range").max(2100, "profile_year_range"), share: ratio });

/**
 * The yearly targets, each year once: a year given twice (a typo for the next year) would be judged
 * by whichever came first, so the later one is refused at its year (`targets.2.year`).
 *
 * @example targetsSchema.safeParse([{ year: 2024, share: 0.85 }, { year: 2024, share: 0.9 }]).error.issues[0].path // [1, "year"]
 */
export const targetsSchema = z.array(targetSchema).superRefine((targets, ctx) => {
  targets.forEach((t, i) => {
    if (targets.findIndex((u) => u.year === t.year) < i) ctx.addIssue({ code: "custom", message: "profile_target_year_twice", path: [i, "year"], input: t.year });
  });
});

export const fundingTierSchema = z.strictObject({
  /** Schools with fewer students than this… */
  below: positive,
  /** …are funded as if they had this many. */
  fundedAs: positive,
});

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.strictObject({ zh: z.string().min(1, "profile_not_empty"), en: z.string().min(1, "profile_not_empty") }),
  /** Source documents, for the report. */
  sources: z.array(z.string()),

  standards: perStage(perIndicator),
  passRule: z.strictObject({
    /** Indicators that must be at or above standard (6 of 7). */
    minMet: z.number().int("profile_min_met").min(0, "profile_min_met").max(7, "profile_min_met"),
    /** The remaining ones must reach this share of their standard (0.85). */
    floorRatio: ratio,
  }),
  /**
   * A coefficient of variation's limit: above 0 and at most 1 (0.50 / 0.45), so that a limit typed
   * as a percentage (45 for 0.45) is refused rather than passing every county.
   */
  cvLimits: perStage(cvLimit),
  /** Limits of the older 基本均衡 综合差异系数, shown for reference only. */
  legacyCvLimits: perStage(cvLimit),

  scope: z.strictObject({
    teachingPointMinStudents: z.number().int("profile_student_count").min(0, "profile_student_count"),
    excludeSpecial: z.boolean(),
    excludeVocational: z.boolean(),
    includePrivate: z.boolean(),
    includeNonCountyRun: z.boolean(),
  }),

  /** Weights per student for splitting shared resources of combined schools (rules.md §2). */
  splitWeights: z.strictObject({
    nine_year: z.strictObject({ primary: positive, junior: positive }),
    twelve_year: z.strictObject({ primary: positive, junior: positive, senior: positive }),
    complete_middle: z.strictObject({ junior: positive, senior: positive }),
  }),
  /** L4 = 教学及辅助用房 − 室内体育用房 when the indoor area is given on its own. */
  l4DeductsIndoorSports: z.boolean(),

  guarantee: z.strictObject({
    rooms: z.strictObject({
      classesPerRoom: positive,
      musicArea: positive,
      artArea: positive,
      /** Relaxed areas for schools planned and built in or before `builtBy`; null: no relaxation. */
      relaxedOld: z.strictObject({ builtBy, musicArea: positive, artArea: positive }).nullable(),
      /** Relaxed areas for small rural schools whose largest class is under `largestClassBelow`. */
      relaxedSmallRural: z
        .strictObject({ largestClassBelow: positive, primary: positive, junior: positive })
        .nullable(),
    }),
    schoolSize: z.strictObject({
      single: positive, // 小学, 初中
      combined: positive, // 九年一贯制, 十二年一贯制 (compulsory stages)
      relaxedOld: z.strictObject({ builtBy, single: positive, combined: positive }).nullable(),
    }).superRefine((size, ctx) => addOrderProblems(sizeProblems(size), ctx)),
    classSize: z
      .strictObject({ primary: positive, junior: positive, large: positive, superLarge: positive })
      .superRefine((size, ctx) => addOrderProblems(classSizeProblems(size), ctx)),
    funding: z.strictObject({
      /** Per-student public-funding norm, yuan / year; null: the profile has none (item not assessed from school data). */
      norm: perStage(positive).nullable(),
      boardingExtra: nonNegative,
      /** Small-school tiers, in any order (the lowest `below` above a school's students applies). */
      tiers: z.array(fundingTierSchema).superRefine((tiers, ctx) => addOrderProblems(tierProblems(tiers), ctx)),
      /** Whether the tiers apply only to rural schools and teaching points. */
      tiersRuralOnly: z.boolean(),
      /**
       * Whether the norm is for public schools only (seed 000: “确保公办小学生均公用经费标准…”), so
       * that a school whose 办学性质 says 民办 is not judged on G6; one whose 办学性质 is not given is.
       * Defaults to true, so that a whole profile file written before the key existed still loads.
       */
      publicOnly: z.boolean().default(true),
    }),
  }),

  /**
   * County-level figures and evidence items (guarantee, quality, recognition), keyed by a stable
   * code such as `G8_pay_ratio` that the message catalogue labels. Each item's threshold lives
   * here once, whether the engine computes the figure from school data or takes the county's.
   */
  countyItems: z.record(z.string().regex(/^[A-Z]\d+_[a-z0-9_]+$/), countyItemSchema),
  vetoItems: z.array(vetoItemSchema),
  /** Planned share of schools passing, by year. */
  targets: targetsSchema,

  /**
   * Unit costs for choosing the cheapest way to pass (yuan per teacher, per m², per room; L6 is
   * already in yuan). Either way a plan needing no less of every kind and more of one than another
   * is never chosen (cheapestPassPlan); among the rest, null: the largest relative gap. A cost left
   * out is null (a 规则 sheet may give unitCosts.teacher alone): plans needing it are not priced,
   * and the choice falls back to the largest relative gap, as the 缺口测算 note says.
   */
  unitCosts: z
    .strictObject({
      teacher: unitCost,
      teachingAreaM2: unitCost,
      sportsAreaM2: unitCost,
      multimediaRoom: unitCost,
    })
    .nullable(),
});

export type Profile = z.infer<typeof profileSchema>;
export type CountyItem = z.infer<typeof countyItemSchema>;

/** A deep-partial override of a profile, for `extends` and the 规则 sheet. */
export type ProfileOverride = { readonly [K in keyof Profile]?: unknown } & {
  readonly extends?: string;
};
