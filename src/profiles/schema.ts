import { z } from "zod";

/**
 * A rule profile: every threshold and switch the engine uses, as data (rules.md: "thresholds live
 * in rule profiles, never in code"). Objects are strict so that a mistyped key is an error.
 */

const ratio = z.number().min(0).max(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);
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

/** How a county-level item is judged from its figure. */
export const comparisonSchema = z.enum([
  "at_least", // figure ≥ threshold
  "below", // figure < threshold
  "at_most", // figure ≤ threshold
  "yes", // a yes / met judgement (evidence items)
]);

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
});

export const vetoItemSchema = z.strictObject({ code: z.string().regex(/^V_[a-z_]+$/) });

export const targetSchema = z.strictObject({ year: z.number().int().min(2000).max(2100), share: ratio });

export const fundingTierSchema = z.strictObject({
  /** Schools with fewer students than this… */
  below: positive,
  /** …are funded as if they had this many. */
  fundedAs: positive,
});

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Source documents, for the report. */
  sources: z.array(z.string()),

  standards: perStage(perIndicator),
  passRule: z.strictObject({
    /** Indicators that must be at or above standard (6 of 7). */
    minMet: z.number().int().min(0).max(7),
    /** The remaining ones must reach this share of their standard (0.85). */
    floorRatio: ratio,
  }),
  /**
   * A coefficient of variation's limit: above 0 and at most 1 (0.50 / 0.45), so that a limit typed
   * as a percentage (45 for 0.45) is refused rather than passing every county.
   */
  cvLimits: perStage(positive.max(1)),
  /** Limits of the older 基本均衡 综合差异系数, shown for reference only. */
  legacyCvLimits: perStage(positive.max(1)),

  scope: z.strictObject({
    teachingPointMinStudents: nonNegative,
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
      relaxedOld: z.strictObject({ builtBy: z.number().int(), musicArea: positive, artArea: positive }).nullable(),
      /** Relaxed areas for small rural schools whose largest class is under `largestClassBelow`. */
      relaxedSmallRural: z
        .strictObject({ largestClassBelow: positive, primary: positive, junior: positive })
        .nullable(),
    }),
    schoolSize: z.strictObject({
      single: positive, // 小学, 初中
      combined: positive, // 九年一贯制, 十二年一贯制 (compulsory stages)
      relaxedOld: z.strictObject({ builtBy: z.number().int(), single: positive, combined: positive }).nullable(),
    }),
    classSize: z.strictObject({ primary: positive, junior: positive, large: positive, superLarge: positive }),
    funding: z.strictObject({
      /** Per-student public-funding norm, yuan / year; null: the profile has none (item not assessed from school data). */
      norm: perStage(positive).nullable(),
      boardingExtra: nonNegative,
      /** Small-school tiers, in any order (the lowest `below` above a school's students applies). */
      tiers: z.array(fundingTierSchema),
      /** Whether the tiers apply only to rural schools and teaching points. */
      tiersRuralOnly: z.boolean(),
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
  targets: z.array(targetSchema),

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
