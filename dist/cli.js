#!/usr/bin/env node
import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-PU7YAIOL.js";
import "./chunks/chunk-ZUAMPCLF.js";

// src/bin.ts
import module from "node:module";
module.enableCompileCache?.();
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${VERSION}
`);
} else {
  await run(argv);
}
async function run(args) {
  const [{ runCli }, { oneLine, streamSink }, { printable }] = await Promise.all([import("./chunks/cli-O6IVHFS4.js"), import("./chunks/output-RQOXWOZR.js"), import("./chunks/printable-BYUNGKW5.js")]);
  const stdout = streamSink(process.stdout);
  process.stderr.on("error", () => {
  });
  try {
    process.exitCode = await runCli(args, {
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
  const failure = stdout.failure();
  if (failure) {
    process.stderr.write(`uclint: ${failure.message}
`);
    process.exitCode = 2;
  }
}
