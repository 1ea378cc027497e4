/**
 * Fuzz campaign over every loader, with the properties the jest tests check at a fixed seed
 * (`__tests__/helpers/loader-properties.ts`): arbitrary and mutated real input never throws,
 * stays under a per-input time bound, and gives only ranges inside the file; zone records
 * print and read back the same.
 *
 * Each loader runs in a child process, in batches of a few seconds with seeds derived from
 * `--seed`, so a hang can be stopped: the child is killed when it goes silent, and the batch
 * is replayed writing each input to disk before loading it, which leaves the hanging input.
 * Counterexamples (shrunk by fast-check) are written under `--out`, never into the repository.
 *
 * Usage: npm run fuzz -- [--seconds 600] [--per-loader] [--seed N] [--loader zone,sdp]
 *                        [--bound-ms 1000] [--hang-seconds 30] [--out DIR]
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { LOADER_SUBJECTS, LoaderStats, REPO_ROOT, checkLoader, inputArbitrary, subjectNamed } from '../__tests__/helpers/loader-properties.js';
import type { LoaderInput } from '../__tests__/helpers/loader-properties.js';

const SCRIPT = fileURLToPath(import.meta.url);
/** Longest batch: the unit of progress reports, and of replay after a hang. */
const BATCH_MS = 5000;
/** Counterexamples kept per loader; more failures are counted, not written. */
const KEPT_FAILURES = 20;

interface WorkerTask {
  loader: string;
  seed: number;
  seconds: number;
  boundMs: number;
  out: string;
  /** Replay one batch seed, writing each input before loading it (after a hang). */
  replay?: number;
}

type WorkerMessage =
  | { type: 'start'; seed: number }
  | { type: 'batch'; seed: number; runs: number; slowestMs: number; totalMs: number }
  | { type: 'failure'; seed: number; path: string; error: string; file?: string }
  | { type: 'slowest'; ms: number; file: string }
  | { type: 'done' };

/** A seed per loader and batch, so loaders and batches explore different inputs from one `--seed`. */
function batchSeed(seed: number, loader: string, batch: number): number {
  let h = seed ^ 0x9e3779b9;
  for (const c of `${loader}#${batch}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** Writes an input as the loader got it: bytes as they are, text as UTF-8 and, when UTF-8 cannot hold it (lone surrogates), as JSON too. */
function writeInput(file: string, input: LoaderInput): string {
  writeFileSync(file, input);
  if (typeof input === 'string' && Buffer.from(input, 'utf8').toString('utf8') !== input) writeFileSync(file + '.json', JSON.stringify(input));
  return file;
}

// ---------------------------------------------------------------------------------------
// Child: one loader.

function runWorker(task: WorkerTask): void {
  const send = (message: WorkerMessage) => process.send!(message);
  const subject = subjectNamed(task.loader);
  const samples = subject.samples();
  const arbitrary = inputArbitrary(subject, samples);
  const stats = new LoaderStats();
  const replayFile = path.join(task.out, `${task.loader}-replay.input`);
  let failures = 0;
  const end = Date.now() + task.seconds * 1000;
  for (let batch = 0; task.replay !== undefined || Date.now() < end; batch++) {
    const seed = task.replay ?? batchSeed(task.seed, task.loader, batch);
    send({ type: 'start', seed });
    const before = stats.runs;
    const beforeMs = stats.totalMs;
    const property = fc.property(arbitrary, (input) => {
      if (task.replay !== undefined) writeInput(replayFile, input);
      checkLoader(subject, input, task.boundMs, stats);
    });
    // A replay reaches the input that hung within the batch's time (writing files slows it a little).
    const limit = task.replay !== undefined ? 10 * BATCH_MS : Math.max(100, Math.min(BATCH_MS, end - Date.now()));
    const details = fc.check(property, { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: limit, markInterruptAsFailure: false });
    // A failure counts even when the batch's time ran out while shrinking it: an input over the time
    // bound is exactly the kind that uses the batch's time up, and must not go unreported.
    if (details.failed) {
      failures++;
      const error = String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance);
      const base = path.join(task.out, `${task.loader}-${seed}-${details.counterexamplePath?.replace(/:/g, '_')}`);
      const file = failures <= KEPT_FAILURES && details.counterexample ? writeInput(`${base}.input`, details.counterexample[0]) : undefined;
      if (file) writeFileSync(`${base}.txt`, `loader: ${task.loader}\nseed: ${seed}\npath: ${details.counterexamplePath}\n\n${error}\n`);
      send({ type: 'failure', seed, path: details.counterexamplePath ?? '', error, file });
    }
    // Shrinking re-runs the property: only the runs of the search count as generated inputs.
    send({ type: 'batch', seed, runs: details.numRuns, slowestMs: stats.slowestMs, totalMs: stats.totalMs - beforeMs });
    stats.runs = before + details.numRuns;
    if (task.replay !== undefined) break;
  }
  if (stats.slowestMs > 0) send({ type: 'slowest', ms: stats.slowestMs, file: writeInput(path.join(task.out, `${task.loader}-slowest.input`), stats.slowestInput) });
  send({ type: 'done' });
}

// ---------------------------------------------------------------------------------------
// Parent: the campaign.

interface LoaderReport {
  loader: string;
  runs: number;
  seconds: number;
  failures: Array<{ seed: number; path: string; error: string; file?: string }>;
  slowestMs: number;
  slowestFile?: string;
  hang?: { seed: number; file: string };
}

/** Runs one child to its end; resolves with what it reported, or with the batch it was in when it went silent. */
function runChild(task: WorkerTask, hangSeconds: number, report: LoaderReport): Promise<{ hungIn?: number }> {
  return new Promise((resolve) => {
    const child = fork(SCRIPT, ['--worker', JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let lastSeed = batchSeed(task.seed, task.loader, 0);
    let watchdog: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        child.kill('SIGKILL');
        resolve({ hungIn: task.replay ?? lastSeed });
      }, hangSeconds * 1000 + BATCH_MS * 2);
    };
    arm();
    child.on('message', (message: WorkerMessage) => {
      arm();
      if (message.type === 'start') lastSeed = message.seed;
      else if (message.type === 'batch') {
        report.runs += message.runs;
        report.slowestMs = Math.max(report.slowestMs, message.slowestMs);
      } else if (message.type === 'done') child.disconnect();
      else if (message.type === 'failure') report.failures.push(message);
      else if (message.type === 'slowest') report.slowestFile = message.file;
    });
    child.on('exit', (code) => {
      clearTimeout(watchdog);
      if (code !== 0 && code !== null) report.failures.push({ seed: lastSeed, path: '', error: `the fuzz process exited with code ${code} (out of memory or a crash outside the property)` });
      resolve({});
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      worker: { type: 'string' },
      seconds: { type: 'string', default: '60' },
      'per-loader': { type: 'boolean', default: false },
      seed: { type: 'string' },
      loader: { type: 'string' },
      'bound-ms': { type: 'string', default: '1000' },
      'hang-seconds': { type: 'string', default: '30' },
      out: { type: 'string' },
    },
  });
  if (values.worker) return runWorker(JSON.parse(values.worker) as WorkerTask);

  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const loaders = values.loader ? values.loader.split(',').map((name) => subjectNamed(name.trim()).name) : LOADER_SUBJECTS.map((s) => s.name);
  const seconds = Number(values.seconds) / (values['per-loader'] ? 1 : loaders.length);
  const out = path.resolve(values.out ?? path.join(tmpdir(), `uclint-fuzz-${seed}`));
  if (out === REPO_ROOT || out.startsWith(REPO_ROOT + path.sep)) throw new Error(`--out ${out} is inside the repository; counterexamples go outside it`);
  mkdirSync(out, { recursive: true });
  const boundMs = Number(values['bound-ms']);
  const hangSeconds = Number(values['hang-seconds']);
  console.log(`fuzz: seed ${seed}, ${seconds.toFixed(0)} s per loader, bound ${boundMs} ms per input, counterexamples in ${out}`);

  const reports: LoaderReport[] = [];
  for (const loader of loaders) {
    const report: LoaderReport = { loader, runs: 0, seconds: 0, failures: [], slowestMs: 0 };
    const started = Date.now();
    const task: WorkerTask = { loader, seed, seconds, boundMs, out };
    const { hungIn } = await runChild(task, hangSeconds, report);
    report.seconds = (Date.now() - started) / 1000;
    if (hungIn !== undefined) {
      // Replay the batch writing each input first: when it hangs again, the file holds the input.
      await runChild({ ...task, replay: hungIn }, hangSeconds, { ...report, failures: [] });
      report.hang = { seed: hungIn, file: path.join(out, `${loader}-replay.input`) };
    }
    reports.push(report);
    console.log(line(report));
  }
  const total = reports.reduce((sum, r) => sum + r.runs, 0);
  const totalSeconds = reports.reduce((sum, r) => sum + r.seconds, 0);
  console.log(`total: ${total.toLocaleString('en')} inputs in ${totalSeconds.toFixed(0)} s (${Math.round(total / totalSeconds).toLocaleString('en')}/s)`);
  const failed = reports.filter((r) => r.failures.length > 0 || r.hang);
  for (const r of failed) {
    if (r.hang) console.log(`\n${r.loader}: HANG in batch seed ${r.hang.seed}; the input is ${r.hang.file}`);
    for (const f of r.failures.slice(0, KEPT_FAILURES)) console.log(`\n${r.loader}: seed ${f.seed} path ${f.path}${f.file ? `\n  counterexample: ${f.file}` : ''}\n  ${f.error.split('\n').join('\n  ')}`);
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
}

function line(r: LoaderReport): string {
  const rate = Math.round(r.runs / r.seconds);
  return `${r.loader.padEnd(12)} ${r.runs.toLocaleString('en').padStart(10)} runs  ${String(rate).padStart(6)}/s  failures ${r.failures.length}${r.hang ? ' + hang' : ''}  slowest ${r.slowestMs.toFixed(1)} ms${r.slowestFile ? ` (${r.slowestFile})` : ''}`;
}

await main();
