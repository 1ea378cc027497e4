#!/usr/bin/env node
import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  oneLine,
  printable,
  runCli,
  streamSink
} from "./chunks/chunk-DQUZWIQY.js";

// src/bin.ts
var stdout = streamSink(process.stdout);
process.stderr.on("error", () => {
});
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: stdout.write,
    stdoutClosed: stdout.closed,
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env
  });
} catch (error) {
  process.stderr.write(`uclint: internal error: ${printable(oneLine(error))}
`);
  process.exitCode = 2;
}
var failure = stdout.failure();
if (failure) {
  process.stderr.write(`uclint: ${failure.message}
`);
  process.exitCode = 2;
}
