import { seeded } from "../test/fixtures/data/random";

/**
 * A small seeded PRNG so that every benchmark run sees the same schools (mulberry32: 32-bit state,
 * fast, good enough for synthetic data; not for anything cryptographic).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Log-uniform in [min, max): school sizes are skewed (many small rural schools, few large town ones). */
  logUniform(min: number, max: number): number;
}

/** @example createRandom(1).int(1, 6) — the same value on every run. */
export function createRandom(seed: number): Random {
  // The same mulberry32 stream as the golden fixtures, with the distributions the bench needs.
  const { next } = seeded(seed);
  const uniform = (min: number, max: number): number => min + (max - min) * next();
  return {
    next,
    uniform,
    int: (min, max) => Math.floor(uniform(min, max + 1)),
    logUniform: (min, max) => Math.exp(uniform(Math.log(min), Math.log(max))),
  };
}
