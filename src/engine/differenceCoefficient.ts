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
  /** Student-weighted population standard deviation; null when n < 2. */
  readonly sd: number | null;
  /** sd ÷ mean; null when n < 2 or the mean is 0. */
  readonly cv: number | null;
}

/** Σ (P_i ÷ P) (x_i − X̄)², the second pass over the points. */
function weightedVariance(numerators: ArrayLike<number>, students: ArrayLike<number>, scale: number, mean: number, totalStudents: number): number {
  let sum = 0;
  for (let i = 0; i < numerators.length; i++) {
    const p = students[i] ?? 0;
    const deviation = ((numerators[i] ?? 0) * scale) / p - mean;
    sum += (p / totalStudents) * deviation * deviation;
  }
  return sum;
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
 * left out. Fewer than 2 points: no SD and no CV (undefined, not 0); a mean of 0: no CV.
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
 * differenceCoefficient over parallel columns (numerator_i, P_i), every P_i > 0: the form the
 * engine uses, so that no point object is built per section.
 *
 * @example weightedCv([279, 137, 935, 160, 402], [45, 37, 89, 76, 55]).cv // 0.515257 (WE-1)
 */
export function weightedCv(numerators: ArrayLike<number>, students: ArrayLike<number>, scale = 1): CvResult {
  const n = numerators.length;
  const totalStudents = total(students);
  if (n === 0) return { n: 0, mean: null, sd: null, cv: null };
  const mean = (scale * total(numerators)) / totalStudents;
  if (n < 2) return { n, mean, sd: null, cv: null };
  const sd = Math.sqrt(weightedVariance(numerators, students, scale, mean, totalStudents));
  return { n, mean, sd, cv: mean === 0 ? null : sd / mean };
}
