#!/usr/bin/env node
// The `uclint` executable (bundled to dist/cli.js). All behaviour lives in runCli and lint().
import { runCli } from './cli.js';
import { oneLine, streamSink } from './report/output.js';
import { printable } from './report/printable.js';

const stdout = streamSink(process.stdout);
// A reader that has gone is no reason to crash; what could not be said is lost either way.
process.stderr.on('error', () => {});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: stdout.write,
    stdoutClosed: stdout.closed,
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
  });
} catch (error) {
  // Exit code 1 means findings; anything that escapes is an internal error, in one line.
  process.stderr.write(`uclint: internal error: ${printable(oneLine(error))}\n`);
  process.exitCode = 2;
}
// The reader going away (`uclint | head`) is no failure; a write that failed otherwise is.
const failure = stdout.failure();
if (failure) {
  process.stderr.write(`uclint: ${failure.message}\n`);
  process.exitCode = 2;
}
