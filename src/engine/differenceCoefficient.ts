import { indicatorValue } from "./indicatorMeta";

/** One section's contribution to a difference coefficient: its indicator numerator and its students. */
export interface CvPoint {
  readonly numerator: number;
  readonly students: number;
}

export interface CvResult {
  /** Points used (students > 0). */
  readonly n: number;
  /** Student-weighted mean; null when n = 0. */
  readonly mean: number | null;
  /** Student-weighted population standard deviation; 0 when n = 1 (one value does not spread), null when n = 0. */
  readonly sd: number | null;
  /** sd ÷ mean; null when n < 2 or the mean is 0. */
  readonly cv: number | null;
}

/**
 * The student-weighted mean X̄ = scale × Σ numerator_i ÷ Σ P_i: the ratio of the sums, exact,
 * without accumulated weights.
 * @example weightedMean(1, 1913, 302) // 6.334437 (WE-1)
 */
export function weightedMean(scale: number, totalNumerators: number, totalStudents: number): number {
  return (scale * totalNumerators) / totalStudents;
}

/**
 * One point's term of the variance, (P_i ÷ P)(x_i − X̄)² with x_i = scale × numerator_i ÷ P_i:
 * what the second pass over the points adds up.
 * @example varianceTerm(279, 45, 1, 1913 / 302, 302) // (45 ÷ 302) × (6.2 − 6.334437)² = 0.002693 (WE-1's first point)
 */
export function varianceTerm(numerator: number, students: number, scale: number, mean: number, totalStudents: number): number {
  return weightedSquare(students / totalStudents, indicatorValue(numerator, scale, students), mean);
}

/**
 * A point's term of the variance from its weight P_i ÷ P and its value x_i, w(x_i − X̄)²: for a
 * pass that has both at hand (coefficientGroups keeps the section's value and divides the weight
 * once per row).
 * @example weightedSquare(45 / 302, 6.2, 1913 / 302) // 0.002693 (WE-1's first point, as varianceTerm)
 */
export function weightedSquare(weight: number, value: number, mean: number): number {
  const deviation = value - mean;
  return weight * deviation * deviation;
}

/** Σ (P_i ÷ P) (x_i − X̄)², the second pass over the points. */
function weightedVariance(numerators: ArrayLike<number>, students: ArrayLike<number>, scale: number, mean: number, totalStudents: number): number {
  let sum = 0;
  for (let i = 0; i < numerators.length; i++) sum += varianceTerm(numerators[i] ?? 0, students[i] ?? 0, scale, mean, totalStudents);
  return sum;
}

/**
 * The result over `n` points from their weighted mean and variance (rules.md §3): no mean or SD
 * without points; one point's population SD is 0 (its one deviation from the mean is 0), but no CV
 * below 2 points and none for a mean of 0 — undefined, never 0.
 * @example cvResult(5, 6.334437, 10.652788) // { n: 5, mean: 6.334437, sd: 3.263861, cv: 0.515257 } (WE-1); cvResult(1, 4.2, NaN) // { n: 1, mean: 4.2, sd: 0, cv: null }
 */
export function cvResult(n: number, mean: number, variance: number): CvResult {
  // One literal, not one per case: coefficientGroups takes its fields apart at once, and three literals meeting there were built for every indicator of every county, where one is not built at all.
  const sd = n === 0 ? null : n < 2 ? 0 : Math.sqrt(variance);
  return { n, mean: n === 0 ? null : mean, sd, cv: sd === null || n < 2 || mean === 0 ? null : sd / mean };
}

function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] ?? 0;
  return sum;
}

/**
 * The difference coefficient (差异系数) of one indicator over the sections of one county and
 * stage (rules.md §3), student-weighted, population form:
 *
 *   x_i = scale × numerator_i ÷ P_i,  P = Σ P_i
 *   X̄ = Σ (P_i ÷ P) x_i = scale × Σ numerator_i ÷ P
 *   S = sqrt( Σ (P_i ÷ P) (x_i − X̄)² )
 *   CV = S ÷ X̄
 *
 * `scale` is 100 for the per-100 indicators (L1, L2, L3, L7) and 1 otherwise. The mean is taken
 * as the ratio of sums (exact, no accumulated weights) and the variance in a second pass, which
 * stays accurate when the values are large and close (L6 in yuan). Points with students ≤ 0 are
 * left out. One point: SD 0 and no CV (undefined below 2 sections, not 0); a mean of 0: no CV.
 *
 * @example WE-1 (rules.md §3): students 45, 37, 89, 76, 55; numerators 279, 137, 935, 160, 402 →
 * X̄ = 1913 ÷ 302 = 6.334437, S = 3.263861, CV = 0.515257 (an unweighted CV would give 0.4888).
 */
export function differenceCoefficient(points: readonly CvPoint[], scale = 1): CvResult {
  const used = points.filter((p) => p.students > 0);
  return weightedCv(
    used.map((p) => p.numerator),
    used.map((p) => p.students),
    scale,
  );
}

/**
 * differenceCoefficient over parallel columns (numerator_i, P_i), every P_i > 0. The engine
 * sums its points in place instead (coefficientGroups), with the same pieces in the same order.
 *
 * @example weightedCv([279, 137, 935, 160, 402], [45, 37, 89, 76, 55]).cv // 0.515257 (WE-1)
 */
export function weightedCv(numerators: ArrayLike<number>, students: ArrayLike<number>, scale = 1): CvResult {
  const n = numerators.length;
  const totalStudents = total(students);
  const mean = n === 0 ? NaN : weightedMean(scale, total(numerators), totalStudents);
  return cvResult(n, mean, n < 2 ? NaN : weightedVariance(numerators, students, scale, mean, totalStudents));
}
