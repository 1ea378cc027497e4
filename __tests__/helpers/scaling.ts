/**
 * Near-linear work, checked without a clock threshold: the same work is timed on an input of
 * `size` and on one `factor` times larger, in this process, and the ratio of the two times
 * must stay well under `factor²` (what quadratic work gives). Load on the machine slows both
 * runs alike; the small run is the best of three after a warm-up and the large the best of
 * two, so one pause (another process, a garbage collection) in either cannot decide the ratio.
 */
import { expect } from '@jest/globals';

export interface ScalingOptions {
  /** How much larger the second input is (default 8: linear work takes 8 times as long, quadratic 64). */
  factor?: number;
  /** The largest ratio of the two times accepted, as a multiple of `factor` (default 3). */
  slack?: number;
}

/** Builds the input outside the timing, then times `run` on it. */
export interface ScaledWork<T> {
  input: (size: number) => T;
  run: (input: T) => unknown;
}

function timed<T>(work: ScaledWork<T>, size: number): number {
  const input = work.input(size);
  const start = process.hrtime.bigint();
  work.run(input);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Asserts that `work` grows about linearly from `size` to `factor * size`. */
export function expectNearLinear<T>(work: ScaledWork<T>, size: number, options: ScalingOptions = {}): void {
  const factor = options.factor ?? 8;
  const slack = options.slack ?? 3;
  timed(work, Math.max(1, Math.floor(size / 4)));
  const small = Math.min(timed(work, size), timed(work, size), timed(work, size));
  const large = Math.min(timed(work, size * factor), timed(work, size * factor));
  // A floor of five milliseconds keeps a tiny small run (all in the young generation, before any
  // collection) from making any large run look quadratic.
  const ratio = large / Math.max(small, 5);
  expect(Math.round(ratio * 10) / 10).toBeLessThanOrEqual(factor * slack);
}
