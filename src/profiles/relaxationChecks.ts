/**
 * Settings that must stand on the right side of another (rules.md §4 items 4, 5 and 6): a relaxation
 * only lowers a requirement, a tier only raises the students a school is funded for, 大班额 starts
 * above the class-size caps and 超大班额 above 大班额 (classSizeProblems). A hand-edited
 * profile with one on the wrong side loads and gives wrong verdicts without a word — an old
 * school's cap of 1500 under the standard's 2000 fails the schools the relaxation was for, a tier
 * funding 80 students as 50 pays small schools less than their own students. A relaxed room area
 * above the standard is not refused: requiredRoomArea takes the least area that applies, and a
 * file that lowers the standard under the area its base relaxes to never wrote that area.
 */

/** One setting on the wrong side of another: where, why (a catalogue code), and both values. */
export interface OrderProblem {
  readonly path: readonly (string | number)[];
  readonly code: "profile_relaxed_cap_below" | "profile_tier_funded_below" | "profile_large_class_not_over_cap" | "profile_super_large_not_over_large";
  readonly params: Readonly<Record<string, string>>;
}

interface SchoolSize {
  readonly single: number;
  readonly combined: number;
  readonly relaxedOld: { readonly single: number; readonly combined: number } | null;
}

/**
 * An old school's size cap under the standard's: sizeCap takes it as it is, so the relaxation would tighten.
 * @example sizeProblems({ single: 2000, combined: 2500, relaxedOld: { single: 1500, combined: 3000 } }) // [{ path: ["relaxedOld", "single"], … }]
 */
export function sizeProblems(size: SchoolSize): OrderProblem[] {
  const old = size.relaxedOld;
  if (old === null) return [];
  return (["single", "combined"] as const)
    .filter((key) => old[key] > 0 && old[key] < size[key])
    .map((key) => {
      const params = { value: String(old[key]), standard: String(size[key]), standardPath: `guarantee.schoolSize.${key}` };
      return { path: ["relaxedOld", key], code: "profile_relaxed_cap_below", params };
    });
}

/**
 * A tier funding a school as fewer students than its bound (below 100 funded as 50): schools of
 * 50 to 99 students would be funded for fewer than they have.
 * @example tierProblems([{ below: 100, fundedAs: 100 }, { below: 300, fundedAs: 30 }]) // [{ path: [1, "fundedAs"], params: { value: "30", below: "300" } … }]
 */
export function tierProblems(tiers: readonly { readonly below: number; readonly fundedAs: number }[]): OrderProblem[] {
  return tiers.flatMap((t, i) => {
    if (!(t.fundedAs > 0 && t.fundedAs < t.below)) return [];
    return [{ path: [i, "fundedAs"], code: "profile_tier_funded_below" as const, params: { value: String(t.fundedAs), below: String(t.below) } }];
  });
}

interface ClassSize {
  readonly primary: number;
  readonly junior: number;
  readonly large: number;
  readonly superLarge: number;
}

/**
 * Class-size thresholds out of their order (rules.md §4 item 5): 大班额 must start above both
 * stages' caps, and 超大班额 above 大班额. Otherwise the engine would say what cannot be: a school
 * whose 大班额 classes are within the cap judged G5 met beside them, or more 超大班额 classes
 * than 大班额 ones (each count is of classes at its size or more). A 小学 cap above the 初中 one is
 * unusual but each stage is judged on its own, so it is not refused.
 * @example classSizeProblems({ primary: 45, junior: 50, large: 50, superLarge: 66 }) // [{ path: ["large"], code: "profile_large_class_not_over_cap", params: { value: "50", cap: "50", capPath: "guarantee.classSize.junior" } }]
 */
export function classSizeProblems(size: ClassSize): OrderProblem[] {
  const capKey = size.junior >= size.primary ? "junior" : "primary";
  const problems: OrderProblem[] = [];
  if (size.large > 0 && size.large <= size[capKey]) {
    problems.push({ path: ["large"], code: "profile_large_class_not_over_cap", params: { value: String(size.large), cap: String(size[capKey]), capPath: `guarantee.classSize.${capKey}` } });
  }
  if (size.superLarge > 0 && size.superLarge <= size.large) {
    problems.push({ path: ["superLarge"], code: "profile_super_large_not_over_large", params: { value: String(size.superLarge), large: String(size.large) } });
  }
  return problems;
}
