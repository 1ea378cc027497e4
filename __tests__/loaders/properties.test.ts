/**
 * Every loader against the shared properties (`__tests__/helpers/loader-properties.ts`): its
 * real samples, arbitrary input and mutated samples never throw, stay under the per-input time
 * bound, and give only ranges inside the file; zone records print and read back the same.
 * Fixed seed 20261121, 600 runs per loader; `npm run fuzz` runs the same properties for longer.
 */
import fc from 'fast-check';
import { LOADER_SUBJECTS, LoaderStats, TEST_TIME_BOUND_MS, checkLoader, loaderProperty } from '../helpers/loader-properties.js';

const SEED = 20261121;
const RUNS = 600;

describe.each(LOADER_SUBJECTS.map((subject) => [subject.name, subject] as const))('%s loader: properties', (_name, subject) => {
  const samples = subject.samples();

  it('reads every real sample within the bound and with ranges inside the file', () => {
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) checkLoader(subject, sample, TEST_TIME_BOUND_MS);
  });

  it('arbitrary and mutated input never throws, stays under the time bound and inside the file', () => {
    const stats = new LoaderStats();
    fc.assert(loaderProperty(subject, samples, TEST_TIME_BOUND_MS, stats), { seed: SEED, numRuns: RUNS });
    expect(stats.runs).toBeGreaterThanOrEqual(RUNS);
    expect(stats.slowestMs).toBeLessThan(TEST_TIME_BOUND_MS);
  });
});
