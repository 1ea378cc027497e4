#!/usr/bin/env node
/**
 * Runs the built CLI (dist/cli.js) over every file under a directory of inputs nobody
 * wrote for uclint, a few hundred files a run, and says what went wrong:
 *
 *   node scripts/corpus-check.mjs <dir> [--chunk 300] [--timeout 120] [--slow 2] [--json out.json]
 *
 * Each run lints one chunk of files (copied as hard links, or copies, into a scratch
 * directory so the run sees a directory as a user's would). Reported: exit codes other
 * than 0 and 1, anything on standard error, runs over the time bound, loader
 * `internal-error` and `uclint/rule-crash` findings, files a format claims by name
 * (`.zone`, `.pem`, `.ovpn`, `.sdp`, `.reg`, ...: the formats' own patterns, from the bundle)
 * that the report neither lists nor has a finding for, and findings whose line or column is past the end of their file. Chunks slower
 * than `--slow` seconds a file on average, or over the timeout, are split in halves
 * down to single files, so the slowest files are named with their own time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const CLI = path.join(DIST, 'cli.js');
/** The format whose names claim a file, whatever its content (docs/formats.md), from the bundle's registry. */
const { formatClaimingName } = await import(pathToFileURL(path.join(DIST, 'api.js')).href);

function parseArguments(argv) {
  const options = { chunk: 300, timeout: 120, slow: 2, json: undefined, directory: undefined };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    switch (argv[i]) {
      case '--chunk': options.chunk = Number(value()); break;
      case '--timeout': options.timeout = Number(value()); break;
      case '--slow': options.slow = Number(value()); break;
      case '--json': options.json = value(); break;
      default:
        if (argv[i].startsWith('-') || options.directory) usage();
        options.directory = argv[i];
    }
  }
  if (!options.directory || !(options.chunk > 0) || !(options.timeout > 0) || !(options.slow > 0)) usage();
  return options;
}

function usage() {
  process.stderr.write('usage: node scripts/corpus-check.mjs <dir> [--chunk 300] [--timeout 120] [--slow 2] [--json out.json]\n');
  process.exit(2);
}

function listFiles(directory, prefix = '') {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(path.join(directory, entry.name), relative);
      return entry.isFile() ? [relative] : [];
    });
}

/** Lines of a file as the loaders split them (LF, CRLF or a lone CR), decoded by its byte-order mark as uclint decodes it. */
function linesOf(buffer) {
  let text;
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) text = buffer.subarray(2).toString('utf16le');
  else if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) text = Buffer.from(buffer.subarray(2, 2 + ((buffer.length - 2) & ~1))).swap16().toString('utf16le');
  else text = buffer.toString('utf8');
  return text.split(/\r\n|\r|\n/);
}

/** Lints `files` (relative to `source`) in a scratch tree of their own; what happened and how long it took. */
function lint(source, files, options) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'uclint-corpus-'));
  const tree = path.join(scratch, 'tree');
  try {
    for (const file of files) {
      const target = path.join(tree, file);
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        linkSync(path.join(source, file), target);
      } catch {
        copyFileSync(path.join(source, file), target);
      }
    }
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [CLI, 'tree', '--format', 'json', '--now', '2026-01-01'], {
      cwd: scratch,
      encoding: 'utf8',
      timeout: options.timeout * 1000,
      maxBuffer: 1024 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Files of no kind uclint reads, alone: the CLI says so and exits 2, which here is no fault.
    if (run.status === 2 && /^uclint: no files to lint: /.test(run.stderr ?? '')) {
      return { status: 0, signal: null, stderr: '', seconds, report: { files: [], findings: [] }, timedOut: false };
    }
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      report = undefined;
    }
    return { status: run.status, signal: run.signal, stderr: run.stderr ?? '', seconds, report, timedOut: run.error?.code === 'ETIMEDOUT' };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** What is wrong with one run over `files`. */
function problemsOf(source, files, run, options) {
  const problems = [];
  const where = files.length === 1 ? files[0] : `${files.length} files from ${files[0]}`;
  if (run.timedOut) problems.push({ kind: 'timeout', where, detail: `over ${run.seconds.toFixed(1)} s` });
  else if (files.length === 1 && run.seconds > options.slow) problems.push({ kind: 'slow', where, detail: `${run.seconds.toFixed(2)} s` });
  else if (run.status !== 0 && run.status !== 1) problems.push({ kind: 'exit', where, detail: `exit code ${run.status ?? run.signal}` });
  if (run.stderr.trim()) problems.push({ kind: 'stderr', where, detail: run.stderr.trim().split('\n').slice(0, 3).join(' | ') });
  if (!run.report) {
    if (!run.timedOut) problems.push({ kind: 'no-report', where, detail: 'standard output is not a JSON report' });
    return problems;
  }
  const reported = new Set([...run.report.files.map((f) => f.file), ...run.report.findings.map((f) => f.file)]);
  for (const file of files) {
    if (formatClaimingName(path.basename(file)) !== undefined && !reported.has(`tree/${file}`)) problems.push({ kind: 'not-reported', where: file, detail: 'neither listed nor given a finding' });
  }
  const lines = new Map();
  for (const finding of run.report.findings) {
    if (finding.ruleId === 'uclint/rule-crash' || finding.messageId?.endsWith('/internal-error')) {
      problems.push({ kind: 'crash', where: finding.file.replace(/^tree\//, ''), detail: `${finding.ruleId} ${finding.message}` });
    }
    const file = finding.file.replace(/^tree\//, '');
    if (!files.includes(file)) continue;
    if (!lines.has(file)) lines.set(file, linesOf(readFileSync(path.join(source, file))));
    const text = lines.get(file);
    // A column may stand just past the end of its line (a missing value); never further.
    const outside = finding.line < 1 || finding.line > text.length || finding.column < 1 || finding.column > text[finding.line - 1].length + 1;
    if (outside) problems.push({ kind: 'position', where: file, detail: `${finding.line}:${finding.column} ${finding.messageId ?? finding.ruleId} (the file has ${text.length} lines)` });
  }
  return problems;
}

/**
 * Lints the files as one run; when that run is slow or failed, lints each half on its
 * own, down to single files. Returns the runs that were not split further.
 */
function check(source, files, options) {
  const run = lint(source, files, options);
  const slow = run.timedOut || run.seconds > options.slow * Math.max(1, files.length / 50);
  const failed = run.timedOut || (run.status !== 0 && run.status !== 1) || run.stderr.trim() !== '';
  if (files.length > 1 && (slow || failed)) {
    const half = Math.ceil(files.length / 2);
    return [...check(source, files.slice(0, half), options), ...check(source, files.slice(half), options)];
  }
  return [{ files, run, problems: problemsOf(source, files, run, options) }];
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const source = path.resolve(options.directory);
  if (!statSync(source).isDirectory()) usage();
  const files = listFiles(source);
  const results = [];
  for (let start = 0; start < files.length; start += options.chunk) {
    const chunk = files.slice(start, start + options.chunk);
    for (const result of check(source, chunk, options)) {
      results.push(result);
      const r = result.run;
      process.stderr.write(`${result.files.length === 1 ? result.files[0] : `${result.files.length} files`}: exit ${r.status ?? r.signal}, ${r.seconds.toFixed(2)} s, ${result.problems.length} problems\n`);
    }
  }
  const exitCodes = {};
  for (const { run } of results) exitCodes[run.timedOut ? 'timeout' : String(run.status)] = (exitCodes[run.timedOut ? 'timeout' : String(run.status)] ?? 0) + 1;
  const singles = results.filter((r) => r.files.length === 1).sort((a, b) => b.run.seconds - a.run.seconds);
  const summary = {
    directory: options.directory,
    files: files.length,
    runs: results.length,
    exitCodes,
    seconds: Number(results.reduce((sum, r) => sum + r.run.seconds, 0).toFixed(2)),
    listed: results.reduce((sum, r) => sum + (r.run.report?.files.length ?? 0), 0),
    findings: results.reduce((sum, r) => sum + (r.run.report?.findings.length ?? 0), 0),
    slowest: singles.slice(0, 5).map((r) => ({ file: r.files[0], seconds: Number(r.run.seconds.toFixed(2)) })),
    problems: results.flatMap((r) => r.problems),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (options.json) writeFileSync(options.json, JSON.stringify({ ...summary, runs: results.map((r) => ({ files: r.files, status: r.run.status, seconds: r.run.seconds })) }, null, 2));
  process.exitCode = summary.problems.length ? 1 : 0;
}

main();
