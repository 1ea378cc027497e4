#!/usr/bin/env node
import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  oneLine,
  printable,
  runCli,
  streamSink
} from "./chunks/chunk-7O66KMK6.js";
import "./chunks/chunk-QMIAOFVH.js";
import "./chunks/chunk-CB7XVCGU.js";
import "./chunks/chunk-OUTD7K2O.js";
import "./chunks/chunk-2D3TV7J4.js";
import "./chunks/chunk-2F2EY3OV.js";
import "./chunks/chunk-2CRF2HR2.js";
import "./chunks/chunk-UO5J4TYH.js";
import "./chunks/chunk-BCU5AAAT.js";
import "./chunks/chunk-YJXHKNSU.js";
import "./chunks/chunk-M6TJHZSR.js";
import "./chunks/chunk-ZHY7ORFJ.js";
import "./chunks/chunk-EYJA5AHZ.js";
import "./chunks/chunk-4XAWEQ5T.js";
import "./chunks/chunk-35JCERCI.js";
import "./chunks/chunk-ZUAMPCLF.js";

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
