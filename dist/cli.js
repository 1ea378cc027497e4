#!/usr/bin/env node
import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  oneLine,
  printable,
  runCli,
  streamSink
} from "./chunks/chunk-UDNHBZPA.js";
import "./chunks/chunk-QMIAOFVH.js";
import "./chunks/chunk-WDPGWF6F.js";
import "./chunks/chunk-OUTD7K2O.js";
import "./chunks/chunk-TZ34WJX2.js";
import "./chunks/chunk-F4JWBX3G.js";
import "./chunks/chunk-FZN4VWOM.js";
import "./chunks/chunk-5B2JIFOY.js";
import "./chunks/chunk-BCU5AAAT.js";
import "./chunks/chunk-YJXHKNSU.js";
import "./chunks/chunk-M6TJHZSR.js";
import "./chunks/chunk-ZHY7ORFJ.js";
import "./chunks/chunk-WHVJPW23.js";
import "./chunks/chunk-LYLV4SZK.js";
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
