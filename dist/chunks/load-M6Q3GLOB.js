import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  RegistryWrites,
  WindowsDnsZones,
  WindowsFirewall,
  readBatch,
  reportedDiagnostics
} from "./chunk-NGW5HXYH.js";
import "./chunk-TRKV4FF5.js";
import "./chunk-ZINCBDUT.js";
import "./chunk-OUTD7K2O.js";
import "./chunk-L7SDVBRS.js";
import "./chunk-NWVVF3RZ.js";
import "./chunk-CLORUN65.js";
import "./chunk-GCKIFPAF.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/batch/load.ts
function loadBatch(files, context) {
  return Promise.resolve(readBatchFiles(files, context));
}
function readBatchFiles(files, context) {
  const dns = new WindowsDnsZones("batch");
  const registry = new RegistryWrites("batch");
  const firewall = new WindowsFirewall("batch");
  const diagnostics = [];
  for (const file of files) {
    const read = file.read();
    if (read === void 0) continue;
    const reading = readBatch(read.text, file.file);
    for (const comment of reading.comments ?? []) context.comments(file.file, read.text, comment.start, comment.end);
    context.commentsDone();
    for (const invocation of reading.invocations) {
      dns.native(file, invocation);
      registry.native(file, invocation);
      firewall.native(file, invocation);
    }
    for (const d of reportedDiagnostics(reading.diagnostics, read.text)) diagnostics.push(d);
  }
  for (const d of registry.diagnostics) diagnostics.push(d);
  for (const d of firewall.diagnostics) diagnostics.push(d);
  return {
    nodes: { zones: dns.finish(), registry: registry.finish(), firewallRuleSets: firewall.finish(), notes: [...dns.notes, ...registry.notes, ...firewall.notes] },
    diagnostics
  };
}
export {
  loadBatch,
  readBatchFiles
};
