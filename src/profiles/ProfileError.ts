/** One problem in a profile: where (a path such as `standards.primary.L1`, or a 规则 sheet cell) and what. */
export interface ProfileProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly cell: string | null;
  /** What the reason's text names besides the path (an unknown parent's id and the built-in ones). */
  readonly params?: Readonly<Record<string, string>>;
}

/** A profile that cannot be used. Carries every problem at once, not just the first. */
export class ProfileError extends Error {
  readonly problems: readonly ProfileProblem[];

  constructor(problems: readonly ProfileProblem[], options?: { cause?: unknown }) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("; "), options);
    this.name = "ProfileError";
    this.problems = problems;
  }
}
