#!/usr/bin/env node
import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  oneLine,
  printable,
  runCli,
  streamSink
} from "./chunks/chunk-SEONGY7F.js";
import "./chunks/chunk-KHATJX4A.js";
import "./chunks/chunk-2CRF2HR2.js";
import "./chunks/chunk-QMIAOFVH.js";
import "./chunks/chunk-HXMICYEX.js";
import "./chunks/chunk-LZYWCW5Q.js";
import "./chunks/chunk-OUTD7K2O.js";
import "./chunks/chunk-SYDAALDP.js";
import "./chunks/chunk-K26DVUNT.js";
import "./chunks/chunk-BCU5AAAT.js";
import "./chunks/chunk-YJXHKNSU.js";
import "./chunks/chunk-M6TJHZSR.js";
import "./chunks/chunk-ZHY7ORFJ.js";
import "./chunks/chunk-KKNCROCS.js";
import "./chunks/chunk-VQKNX4L6.js";
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
