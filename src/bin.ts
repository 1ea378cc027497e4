#!/usr/bin/env node
// The `uclint` executable (bundled to dist/cli.js). All behaviour lives in runCli and lint().
import module from 'node:module';
import { VERSION } from './version.js';

// The runtime's on-disk cache of compiled code (Node 22.1 and later): later runs skip compiling the bundle.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Asked before the rest of uclint is loaded: a version check costs what starting Node does.
  process.stdout.write(`${VERSION}\n`);
} else {
  await run(argv);
}

async function run(args: string[]): Promise<void> {
  const [{ runCli }, { oneLine, streamSink }, { printable }] = await Promise.all([import('./cli.js'), import('./report/output.js'), import('./report/printable.js')]);
  const stdout = streamSink(process.stdout);
  // A reader that has gone is no reason to crash; what could not be said is lost either way.
  process.stderr.on('error', () => {});

  try {
    process.exitCode = await runCli(args, {
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
}
