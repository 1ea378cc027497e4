import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  AzureDnsZones,
  AzureSecurityGroups,
  deploymentFileReader,
  diagnosticsOnce,
  partOfEntries,
  readArmTemplate,
  sharedFiles
} from "./chunk-2VQ3ANF6.js";
import {
  createScanner
} from "./chunk-7FGAWDM6.js";
import "./chunk-N5FKD5AJ.js";
import "./chunk-UQTE7JHT.js";
import "./chunk-TRKV4FF5.js";
import "./chunk-ZINCBDUT.js";
import {
  armJsonKind
} from "./chunk-SYDAALDP.js";
import {
  loadIncludeAware
} from "./chunk-T7Y7XDKK.js";
import "./chunk-L7SDVBRS.js";
import "./chunk-NWVVF3RZ.js";
import "./chunk-CLORUN65.js";
import "./chunk-GCKIFPAF.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/arm/load.ts
import path from "node:path";

// src/formats/arm/comments.ts
var LINE_COMMENT = 12;
var BLOCK_COMMENT = 13;
var EOF = 17;
function tellJsonComments(file, text, comments) {
  const scanner = createScanner(text, false);
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) comments(file, text, scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
}

// src/formats/arm/load.ts
async function loadArm(files, context) {
  const texts = /* @__PURE__ */ new Map();
  const told = /* @__PURE__ */ new Set();
  const tell = (file, text) => {
    if (told.has(file)) return;
    told.add(file);
    tellJsonComments(file, text, context.comments);
  };
  const templates = [];
  const parameterFiles = [];
  for (const file of files) {
    const read = file.read();
    if (read === void 0) continue;
    texts.set(file.file, read.text);
    tell(file.file, read.text);
    context.commentsDone();
    const kind = armJsonKind(read.text);
    if (kind === "template") templates.push(file.file);
    else if (kind === "parameters") parameterFiles.push(file.file);
  }
  const readFile = deploymentFileReader(context, (file, text) => {
    tell(file, text);
    context.commentsDone();
  });
  const parametersOf = pairParameterFiles(templates, parameterFiles);
  const deployments = [];
  const { results, includedBy } = loadIncludeAware(templates, (file) => {
    const text = texts.get(file);
    const given = parametersOf.get(file) ?? [];
    const reads = (given.length === 0 ? [void 0] : given).map((parameterFile) => ({
      root: given.length > 1 ? parameterFile : file,
      deployment: readArmTemplate(text, file, { readFile, parameterFiles: parameterFile === void 0 ? [] : [path.posix.relative(path.posix.dirname(file), parameterFile)] })
    }));
    const includes = new Set(reads.flatMap((read) => read.deployment.filesRead).filter((read) => templates.includes(read)));
    return { result: reads, includes: [...includes] };
  });
  for (const reads of results.values()) deployments.push(...reads);
  const shared = sharedFiles(deployments.map(({ root, deployment }) => ({ file: root, filesRead: [deployment.file, ...deployment.filesRead] })));
  const zones = new AzureDnsZones("arm", context.files);
  for (const { root, deployment } of deployments) zones.add({ deployment, root, shared });
  const { zones: built, notes, unsupported } = zones.finish();
  const groups = new AzureSecurityGroups("arm");
  for (const { deployment } of deployments) groups.add(deployment);
  const nsgs = groups.finish();
  const partOf = new Map(includedBy);
  for (const [template, given] of parametersOf) for (const parameterFile of given) if (!partOf.has(parameterFile)) partOf.set(parameterFile, template);
  return {
    nodes: { zones: built, firewallRuleSets: nsgs.firewallRuleSets, notes: [...notes, ...nsgs.notes] },
    diagnostics: [...diagnosticsOnce(deployments.map((read) => read.deployment)), ...nsgs.diagnostics],
    unsupported,
    files: partOfEntries(partOf, context.files)
  };
}
function pairParameterFiles(templates, parameterFiles) {
  const paired = /* @__PURE__ */ new Map();
  const byDirectory = /* @__PURE__ */ new Map();
  for (const template of templates) {
    const directory = path.posix.dirname(template);
    (byDirectory.get(directory) ?? byDirectory.set(directory, []).get(directory)).push(template);
  }
  for (const parameterFile of parameterFiles) {
    const directory = path.posix.dirname(parameterFile);
    const beside = byDirectory.get(directory) ?? [];
    const base = path.posix.basename(parameterFile).toLowerCase();
    const named = beside.find((template2) => {
      const stem = path.posix.basename(template2).toLowerCase().replace(/\.json$/, "");
      return base.startsWith(`${stem}.`) && base.slice(stem.length).includes("parameters");
    });
    const template = named ?? (beside.length === 1 ? beside[0] : void 0);
    if (template !== void 0) (paired.get(template) ?? paired.set(template, []).get(template)).push(parameterFile);
  }
  return paired;
}
export {
  loadArm,
  pairParameterFiles
};
