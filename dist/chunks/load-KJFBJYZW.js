import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  WindowsDnsZones,
  readPowerShell,
  reportedDiagnostics
} from "./chunk-GOHO3D2B.js";
import "./chunk-F3Q33XNQ.js";
import "./chunk-OUTD7K2O.js";
import "./chunk-SXYS5VTY.js";
import "./chunk-XEHEDNUU.js";
import "./chunk-K26DVUNT.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-VQKNX4L6.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/powershell/load.ts
function loadPowerShell(files, context) {
  return Promise.resolve(readPowerShellFiles(files, context));
}
function readPowerShellFiles(files, context) {
  const dns = new WindowsDnsZones("powershell");
  const diagnostics = [];
  for (const file of files) {
    const read = file.read();
    if (read === void 0) continue;
    const reading = readPowerShell(read.text, file.file);
    for (const comment of reading.comments ?? []) context.comments(file.file, read.text, comment.start, comment.end);
    context.commentsDone();
    for (const invocation of reading.invocations) {
      if (invocation.kind === "command") dns.command(file, invocation);
      else dns.native(file, invocation);
    }
    for (const d of reportedDiagnostics(reading.diagnostics, read.text)) diagnostics.push(d);
  }
  return { nodes: { zones: dns.finish(), notes: dns.notes }, diagnostics };
}
export {
  loadPowerShell,
  readPowerShellFiles
};
