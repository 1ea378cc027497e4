import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  cloudRuleSet,
  groupRuleSink,
  labelsOf,
  nsgRule,
  orderNsgRules,
  parse,
  readJsonTree
} from "./chunk-7FGAWDM6.js";
import {
  firstUnknown
} from "./chunk-N5FKD5AJ.js";
import {
  lineIndexOf,
  lineStartsOf
} from "./chunk-UQTE7JHT.js";
import {
  recordDataFromText
} from "./chunk-TRKV4FF5.js";
import {
  DnsZoneBuilder,
  recordOwner
} from "./chunk-ZINCBDUT.js";
import {
  displayName
} from "./chunk-GCKIFPAF.js";
import {
  fileTooLarge,
  thousands
} from "./chunk-35JCERCI.js";

// src/languages/arm/context.ts
var DEFAULT_AZURE_BOUNDS = {
  maxTextLength: 16 * 1024 * 1024,
  maxDepth: 256,
  maxLoopInstances: 1e4,
  maxDeploymentDepth: 8,
  maxSteps: 4e6,
  maxStringLength: 1024 * 1024,
  maxListLength: 1e5
};
var MAX_REFERENCE_DEPTH = 200;
var WHY = {
  parameterWithoutValue: (name) => `parameter '${name}' has no value (no default, none given)`,
  deployment: (fn) => `${fn}() depends on the deployment`,
  afterDeployment: (what) => `${what} is known only after deployment`,
  notEvaluated: (fn) => `function '${fn}' is not evaluated`,
  resourceId: "a resource id holds the subscription and resource group of the deployment",
  keyVault: "a Key Vault secret",
  loopCountUnknown: "the loop count is unknown",
  error: (message) => `the expression fails: ${message}`,
  bound: "an evaluation bound was reached",
  cycle: (name) => `'${name}' refers to itself`,
  syntax: "the expression does not parse",
  moduleName: "the module has no name: Bicep makes one when it builds the deployment",
  emptyArray: (fn) => `${fn}() of an empty array`
};
var AzureEvaluation = class {
  constructor(language, bounds) {
    this.language = language;
    this.bounds = bounds;
    this.current = language;
  }
  language;
  bounds;
  diagnostics = [];
  /** Files read through the reader, in order. */
  filesRead = [];
  steps = 0;
  loopInstances = 0;
  boundsReported = /* @__PURE__ */ new Set();
  resolving = 0;
  /** The language of the file being read: a Bicep module written as ARM JSON says `arm/...`. */
  current;
  /** A diagnostic of the language being read: `code` without its prefix (`syntax` becomes `arm/syntax`). */
  diagnose(code, message, loc, severity = "warning") {
    this.diagnostics.push({ ...loc, severity, message, code: `${this.current}/${code}` });
  }
  /** Runs `read` with diagnostics in `language`'s codes (a file of the other language pulled in). */
  reading(language, read) {
    const before = this.current;
    this.current = language;
    try {
      return read();
    } finally {
      this.current = before;
    }
  }
  /**
   * Resolves a reference one level deeper (a variable naming another, a parameter's default
   * naming a parameter): past the bound the value is unknown, so a chain of thousands of
   * variables each naming the next costs no deep recursion.
   */
  deeper(loc, expression, resolve) {
    if (this.resolving >= MAX_REFERENCE_DEPTH) {
      this.boundOnce("reference-depth", `references nest deeper than ${MAX_REFERENCE_DEPTH} levels (a value naming a value naming a value...); the deeper ones are unknown`, loc);
      return this.unknown(expression, WHY.bound, loc);
    }
    this.resolving++;
    try {
      return resolve();
    } finally {
      this.resolving--;
    }
  }
  unknown(expression, reason, loc) {
    return { kind: "unknown", expression, reason, loc };
  }
  /** Spends `n` steps; false once the budget is spent (said once, at the first place it ran out). */
  step(loc, n = 1) {
    this.steps += n;
    if (this.steps <= this.bounds.maxSteps) return true;
    this.boundOnce("evaluation-bound", `evaluation stopped after ${thousands(this.bounds.maxSteps)} steps; the values left are unknown`, loc);
    return false;
  }
  get stepsTaken() {
    return this.steps;
  }
  /** Takes up to `wanted` loop instances from the bound; how many were granted (the rest is said once per loop). */
  takeInstances(wanted, loc, loop) {
    const granted = Math.max(0, Math.min(wanted, this.bounds.maxLoopInstances - this.loopInstances));
    this.loopInstances += granted;
    if (granted < wanted) {
      this.diagnose(
        "loop-bound",
        `loop ${loop} asks for ${thousands(wanted)} instances; ${thousands(granted)} read, the rest are past the bound of ${thousands(this.bounds.maxLoopInstances)} loop instances a file`,
        loc
      );
    }
    return granted;
  }
  /** A bound diagnostic said once per code and read. */
  boundOnce(code, message, loc) {
    if (this.boundsReported.has(code)) return;
    this.boundsReported.add(code);
    this.diagnose(code, message, loc);
  }
  /** A string built by evaluation, or unknown when it is over the bound. */
  string(value, loc, expression) {
    if (value.length > this.bounds.maxStringLength) {
      this.boundOnce("string-bound", `a string of ${thousands(value.length)} characters is over the bound of ${thousands(this.bounds.maxStringLength)}; it is unknown`, loc);
      return this.unknown(expression, WHY.bound, loc);
    }
    if (!this.step(loc, 1 + (value.length >> 10))) return this.unknown(expression, WHY.bound, loc);
    return { kind: "string", value, loc };
  }
  /** A list built by evaluation, or unknown when it is over the bound. */
  list(items, loc, expression) {
    if (items.length > this.bounds.maxListLength) {
      this.boundOnce("list-bound", `a list of ${thousands(items.length)} items is over the bound of ${thousands(this.bounds.maxListLength)}; it is unknown`, loc);
      return this.unknown(expression, WHY.bound, loc);
    }
    if (!this.step(loc, 1 + items.length)) return this.unknown(expression, WHY.bound, loc);
    return { kind: "list", items, loc };
  }
};

// src/languages/arm/expression.ts
function armStringForm(value) {
  if (value.startsWith("[[")) return { kind: "literal", value: value.slice(1), start: 1 };
  if (value.length >= 2 && value.startsWith("[") && value.endsWith("]")) return { kind: "expression", text: value };
  return { kind: "literal", value, start: 0 };
}
var ExpressionSyntaxError = class extends Error {
  constructor(message, start, end) {
    super(message);
    this.start = start;
    this.end = end;
  }
  start;
  end;
};
var IDENTIFIER_START = /[A-Za-z_$]/;
var IDENTIFIER_PART = /[A-Za-z0-9_$]/;
function parseArmExpression(text, maxDepth) {
  let at = 1;
  const end = text.length - 1;
  let depth = 0;
  const skipSpace = () => {
    while (at < end && /\s/.test(text[at])) at++;
  };
  const fail2 = (message, start = at, stop = Math.min(Math.max(start + 1, at), text.length)) => {
    throw new ExpressionSyntaxError(message, start, stop);
  };
  const describe = () => at >= end ? "the end of the expression" : `'${text[at]}'`;
  const expect = (c) => {
    skipSpace();
    if (text[at] !== c || at >= end) fail2(`expected '${c}', found ${describe()}`);
    at++;
  };
  const identifier = () => {
    const start = at;
    if (at >= end || !IDENTIFIER_START.test(text[at])) fail2(`expected a name, found ${describe()}`);
    while (at < end && IDENTIFIER_PART.test(text[at])) at++;
    return text.slice(start, at);
  };
  const primary = () => {
    skipSpace();
    const start = at;
    const c = text[at];
    if (at >= end) return fail2("expected a value, found the end of the expression");
    if (c === "'") {
      at++;
      let value = "";
      let escaped = false;
      for (; ; ) {
        if (at >= end) fail2("a string is not closed", start, end);
        if (text[at] === "'") {
          if (text[at + 1] === "'" && at + 1 < end) {
            value += "'";
            escaped = true;
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += text[at++];
      }
      return { kind: "string", value, start, end: at, escaped };
    }
    if (/[-0-9]/.test(c)) {
      if (c === "-") at++;
      const digits = at;
      while (at < end && /[0-9]/.test(text[at])) at++;
      if (at === digits) fail2(`expected a number, found ${describe()}`, start);
      if (text[at] === "." && /[0-9]/.test(text[at + 1] ?? "")) {
        at++;
        while (at < end && /[0-9]/.test(text[at])) at++;
      }
      return { kind: "number", value: Number(text.slice(start, at)), start, end: at };
    }
    let name = identifier();
    const afterName = at;
    skipSpace();
    if (text[at] === ".") {
      at++;
      skipSpace();
      if (at < end && IDENTIFIER_START.test(text[at])) {
        const member = identifier();
        skipSpace();
        if (text[at] === "(") name = `${name}.${member}`;
        else at = afterName;
      } else at = afterName;
    } else at = afterName;
    skipSpace();
    if (text[at] !== "(" || at >= end) fail2(`expected '(' after '${name}', found ${describe()}`);
    at++;
    const args = [];
    skipSpace();
    if (text[at] === ")" && at < end) at++;
    else {
      for (; ; ) {
        args.push(expression());
        skipSpace();
        if (text[at] === "," && at < end) {
          at++;
          continue;
        }
        expect(")");
        break;
      }
    }
    return { kind: "call", name, args, start, end: at };
  };
  const expression = () => {
    if (++depth > maxDepth) fail2(`the expression nests deeper than ${maxDepth} levels`);
    let result = primary();
    for (; ; ) {
      const before = at;
      skipSpace();
      if (at < end && text[at] === ".") {
        at++;
        skipSpace();
        const property2 = identifier();
        result = { kind: "member", object: result, property: property2, start: result.start, end: at };
      } else if (at < end && text[at] === "[") {
        at++;
        const index = expression();
        expect("]");
        result = { kind: "index", object: result, index, start: result.start, end: at };
      } else {
        at = before;
        break;
      }
    }
    depth--;
    return result;
  };
  try {
    skipSpace();
    if (at >= end) fail2("the expression is empty", 0, text.length);
    const result = expression();
    skipSpace();
    if (at < end) fail2(`unexpected ${describe()} after the expression`);
    return { expression: result };
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    return { error: { message: error.message, start: error.start, end: error.end } };
  }
}

// src/languages/arm/positions.ts
var LineIndex = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    this.starts = lineStartsOf(text);
  }
  file;
  text;
  starts;
  /** The 1-based line and column of an offset (clamped to the text). */
  position(offset) {
    let at = Math.max(0, Math.min(offset, this.text.length));
    if (at > 0 && this.text.charCodeAt(at) === 10 && this.text.charCodeAt(at - 1) === 13) at--;
    const line = lineIndexOf(this.starts, at);
    return { line: line + 1, column: at - this.starts[line] + 1 };
  }
  /** The range from `start` to `end` (offsets; `end` just past the last character). */
  range(start, end) {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
};
function spanning(first, last) {
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

// src/languages/arm/parts.ts
var PARTS = /* @__PURE__ */ new WeakMap();
function literalString(value, loc, contentLoc, exact) {
  const result = { kind: "string", value, loc };
  PARTS.set(result, [{ text: value, loc: contentLoc, exact: exact && contentLoc.line === contentLoc.endLine && contentLoc.endColumn - contentLoc.column === value.length }]);
  return result;
}
function partsOf(value, text) {
  const recorded = PARTS.get(value);
  if (recorded) return recorded;
  if (value.kind === "unknown") return [{ unknown: value }];
  const known = text(value);
  return known === void 0 ? [{ unknown: { kind: "unknown", expression: "", reason: "not a string", loc: value.loc } }] : [{ text: known, loc: value.loc, exact: false }];
}
function joinParts(parts, loc, expression, evaluation) {
  let text = "";
  let firstUnknown2;
  for (const part of parts) {
    if ("unknown" in part) firstUnknown2 ??= part.unknown;
    else if (!firstUnknown2) text += part.text;
    if (text.length > evaluation.bounds.maxStringLength) break;
  }
  const result = firstUnknown2 ? { kind: "unknown", expression, reason: firstUnknown2.reason, loc } : evaluation.string(text, loc, expression);
  if (result.kind !== "unknown" || firstUnknown2) PARTS.set(result, parts);
  return result;
}
function contains(outer, inner) {
  if (outer.file !== inner.file) return false;
  const startsInside = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const endsInside = inner.endLine < outer.endLine || inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn;
  return startsInside && endsInside;
}
function slice(part, start, end) {
  if (!part.exact) return { text: part.text.slice(start, end), loc: part.loc, exact: false };
  const loc = { ...part.loc, column: part.loc.column + start, endColumn: part.loc.column + end };
  return { text: part.text.slice(start, end), loc, exact: true };
}
function splitSegments(value, separator, text) {
  const segments = [];
  let pieces = [];
  const finish = () => {
    segments.push(segmentValue(pieces, value));
    pieces = [];
  };
  for (const part of partsOf(value, text)) {
    if ("unknown" in part) {
      pieces.push(part);
      continue;
    }
    let from = 0;
    for (; ; ) {
      const at = part.text.indexOf(separator, from);
      if (at < 0) {
        pieces.push(slice(part, from, part.text.length));
        break;
      }
      pieces.push(slice(part, from, at));
      finish();
      from = at + separator.length;
    }
  }
  finish();
  return segments;
}
function segmentValue(pieces, whole) {
  const nonEmpty = pieces.filter((piece) => "unknown" in piece || piece.text.length > 0);
  const located = nonEmpty.length > 0 ? nonEmpty : pieces;
  const locs = located.map((piece) => "unknown" in piece ? piece.unknown.loc : piece.loc);
  let loc;
  if (locs.length === 1) loc = locs[0];
  else if (locs.length > 1 && locs.every((one) => contains(whole.loc, one))) loc = spanning(locs[0], locs[locs.length - 1]);
  else loc = whole.loc;
  const unknown = nonEmpty.find((piece) => "unknown" in piece);
  if (unknown) return nonEmpty.length === 1 ? unknown.unknown : { kind: "unknown", expression: unknown.unknown.expression, reason: unknown.unknown.reason, loc };
  return { kind: "string", value: nonEmpty.map((piece) => "unknown" in piece ? "" : piece.text).join(""), loc };
}

// src/languages/arm/functions.ts
function textOf(value) {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
      return String(value.value);
    case "bool":
      return value.value ? "True" : "False";
    case "null":
      return "";
    case "list":
    case "object": {
      if (firstUnknown(value)) return void 0;
      return JSON.stringify(toJson(value));
    }
    case "unknown":
      return void 0;
  }
}
function toJson(value) {
  switch (value.kind) {
    case "list":
      return value.items.map(toJson);
    case "object": {
      const out = {};
      for (const [key, entry3] of value.entries) out[key] = toJson(entry3);
      return out;
    }
    case "null":
      return null;
    case "unknown":
      return void 0;
    default:
      return value.value;
  }
}
function typeName(value) {
  return { string: "a string", number: "an integer", bool: "a bool", null: "null", list: "an array", object: "an object", unknown: "unknown" }[value.kind];
}
function entryOf(value, key) {
  const exact = value.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, entry3] of value.entries) if (name.toLowerCase() === lower) return entry3;
  return void 0;
}
function valuesEqual(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown") return void 0;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "null":
      return true;
    case "string":
    case "number":
    case "bool":
      return a.value === b.value;
    case "list": {
      const other = b;
      if (a.items.length !== other.items.length) return false;
      let unknown = false;
      for (let i = 0; i < a.items.length; i++) {
        const same = valuesEqual(a.items[i], other.items[i]);
        if (same === false) return false;
        if (same === void 0) unknown = true;
      }
      return unknown ? void 0 : true;
    }
    case "object": {
      const other = b;
      if (a.entries.size !== other.entries.size) return false;
      let unknown = false;
      for (const [key, entry3] of a.entries) {
        const match = entryOf(other, key);
        if (!match) return false;
        const same = valuesEqual(entry3, match);
        if (same === false) return false;
        if (same === void 0) unknown = true;
      }
      return unknown ? void 0 : true;
    }
  }
}
function canonicalKey(value) {
  switch (value.kind) {
    case "unknown":
      return void 0;
    case "null":
      return "null";
    case "string":
      return `s${JSON.stringify(value.value)}`;
    case "number":
      return `n${value.value}`;
    case "bool":
      return `b${value.value}`;
    case "list": {
      const items = [];
      for (const item of value.items) {
        const key = canonicalKey(item);
        if (key === void 0) return void 0;
        items.push(key);
      }
      return `[${items.join(",")}]`;
    }
    case "object": {
      const entries = [];
      for (const [name, entry3] of value.entries) {
        const key = canonicalKey(entry3);
        if (key === void 0) return void 0;
        entries.push(`${JSON.stringify(name.toLowerCase())}:${key}`);
      }
      return `{${entries.sort().join(",")}}`;
    }
  }
}
var Failure = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
function fail(message) {
  throw new Failure(message);
}
function expectArgs(args, min, max = min) {
  if (args.length < min || args.length > max) {
    const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    fail(`takes ${wanted} argument${wanted === "1" ? "" : "s"}, not ${args.length}`);
  }
}
function asString(value, what = "argument") {
  if (value.kind !== "string") fail(`${what} is ${typeName(value)}, not a string`);
  return value.value;
}
function asInteger(value, what = "argument") {
  if (value.kind !== "number") fail(`${what} is ${typeName(value)}, not an integer`);
  return value.value;
}
function asBool(value, what = "argument") {
  if (value.kind !== "bool") fail(`${what} is ${typeName(value)}, not a bool`);
  return value.value;
}
function number(value, site) {
  if (!Number.isFinite(value)) fail("the result is not a number");
  return { kind: "number", value, loc: site.loc };
}
function bool(value, site) {
  return { kind: "bool", value, loc: site.loc };
}
function listOf(items, site, evaluation) {
  return evaluation.list(items, site.loc, site.expression);
}
function unknownFrom(value, site) {
  return { kind: "unknown", expression: site.expression, reason: value.reason, loc: site.loc };
}
function unknownArgument(args, site) {
  for (const arg of args) if (arg.kind === "unknown") return unknownFrom(arg, site);
  return void 0;
}
function partlyUnknownArgument(args, site) {
  for (const arg of args) {
    const unknown = firstUnknown(arg);
    if (unknown) return unknownFrom(unknown, site);
  }
  return void 0;
}
var DEPLOYMENT_FUNCTIONS = ["resourcegroup", "subscription", "deployment", "tenant", "environment", "managementgroup", "uniquestring", "guid", "newguid", "utcnow", "deployer"];
var RUNTIME_FUNCTIONS = ["reference", "providers", "pickzones", "getsecret"];
var RESOURCE_ID_FUNCTIONS = ["resourceid", "subscriptionresourceid", "tenantresourceid", "extensionresourceid", "managementgroupresourceid"];
function resourceIdParts(name, args) {
  let from = 0;
  if (name === "extensionresourceid") from = 1;
  for (let i = from; i < args.length; i++) {
    const arg = args[i];
    if (arg.kind !== "string") continue;
    const segments = arg.value.split("/");
    if (segments.length < 2 || !segments[0].includes(".")) continue;
    const names = args.slice(i + 1);
    if (names.length === 0 || names.some((part) => part.kind !== "string")) return void 0;
    return { type: arg.value, name: names.map((part) => part.value).join("/") };
  }
  return void 0;
}
function formatParts(format, args, site) {
  const text = asString(format, "the format");
  const formatParts2 = partsOf(format, textOf);
  const single = formatParts2.length === 1 && !("unknown" in formatParts2[0]) ? formatParts2[0] : void 0;
  const parts = [];
  let run = "";
  let runStart = 0;
  let runExact = true;
  const flushRun = (end) => {
    if (run.length === 0) return;
    if (single?.exact && runExact) {
      parts.push({ text: run, loc: { ...single.loc, column: single.loc.column + runStart, endColumn: single.loc.column + end }, exact: true });
    } else parts.push({ text: run, loc: format.loc, exact: false });
    run = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === "{" || c === "}") && text[i + 1] === c) {
      if (run.length === 0) runStart = i;
      run += c;
      runExact = false;
      i += 2;
      continue;
    }
    if (c === "}") fail(`the format has a '}' with no '{' at character ${i + 1}`);
    if (c !== "{") {
      if (run.length === 0) {
        runStart = i;
        runExact = true;
      }
      run += c;
      i++;
      continue;
    }
    const close = text.indexOf("}", i);
    if (close < 0) fail(`the format has a '{' with no '}' at character ${i + 1}`);
    const item = text.slice(i + 1, close);
    const match = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(item);
    if (!match) fail(`the format item '{${item}}' is not {index[,alignment][:format]}`);
    flushRun(i);
    const index = Number(match[1]);
    if (index >= args.length) fail(`the format item '{${item}}' names argument ${index}, and there ${args.length === 1 ? "is 1" : `are ${args.length}`}`);
    const arg = args[index];
    if (match[3] !== void 0 && match[3] !== "") {
      parts.push({ unknown: { kind: "unknown", expression: site.expression, reason: WHY.notEvaluated(`format with '{${item}}'`), loc: site.loc } });
    } else if (match[2] !== void 0) {
      const value = textOf(arg);
      if (value === void 0) parts.push(...partsOf(arg, textOf));
      else {
        const width = Number(match[2]);
        const padded = width < 0 ? value.padEnd(-width) : value.padStart(width);
        parts.push({ text: padded, loc: arg.loc, exact: false });
      }
    } else parts.push(...partsOf(arg, textOf));
    i = close + 1;
    runExact = true;
  }
  flushRun(text.length);
  return parts;
}
function unionValues(args, site, evaluation) {
  if (args.every((arg) => arg.kind === "object" || arg.kind === "null")) {
    let merged = { kind: "object", entries: /* @__PURE__ */ new Map(), loc: site.loc };
    for (const arg of args) if (arg.kind === "object") merged = mergeObjects(merged, arg, site, evaluation);
    return merged;
  }
  if (args.every((arg) => arg.kind === "list" || arg.kind === "null")) {
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (const arg of args) {
      if (arg.kind !== "list") continue;
      if (!evaluation.step(site.loc, arg.items.length)) return evaluation.unknown(site.expression, WHY.bound, site.loc);
      for (const item of arg.items) {
        const key = canonicalKey(item);
        if (seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
    }
    return listOf(items, site, evaluation);
  }
  return fail("takes objects or arrays, all of one kind");
}
function mergeObjects(into, from, site, evaluation) {
  const entries = new Map(into.entries);
  for (const [key, value] of from.entries) {
    evaluation.step(site.loc);
    let existingKey;
    for (const name of entries.keys()) if (name.toLowerCase() === key.toLowerCase()) existingKey = name;
    const existing = existingKey === void 0 ? void 0 : entries.get(existingKey);
    if (existingKey !== void 0) entries.delete(existingKey);
    entries.set(existingKey ?? key, existing?.kind === "object" && value.kind === "object" ? mergeObjects(existing, value, site, evaluation) : value);
  }
  return { kind: "object", entries, loc: site.loc };
}
function containsValue(container, item, site) {
  switch (container.kind) {
    case "string":
      return bool(container.value.includes(asString(item, "the item")), site);
    case "object":
      return bool(entryOf(container, asString(item, "the key")) !== void 0, site);
    case "list": {
      let unknown;
      for (const entry3 of container.items) {
        const same = valuesEqual(entry3, item);
        if (same) return bool(true, site);
        if (same === void 0) unknown ??= firstUnknown(entry3) ?? firstUnknown(item);
      }
      return unknown ? unknownFrom(unknown, site) : bool(false, site);
    }
    case "null":
      return bool(false, site);
    default:
      return fail(`the container is ${typeName(container)}`);
  }
}
function isEmpty(value, site) {
  switch (value.kind) {
    case "null":
      return bool(true, site);
    case "string":
      return bool(value.value.length === 0, site);
    case "list":
      return bool(value.items.length === 0, site);
    case "object":
      return bool(value.entries.size === 0, site);
    default:
      return fail(`takes a string, an array or an object, not ${typeName(value)}`);
  }
}
function compare(args, site, test) {
  expectArgs(args, 2);
  const [a, b] = args;
  if (a.kind === "number" && b.kind === "number") return bool(test(a.value - b.value), site);
  if (a.kind === "string" && b.kind === "string") return bool(test(a.value < b.value ? -1 : a.value > b.value ? 1 : 0), site);
  return fail(`compares two integers or two strings, not ${typeName(a)} and ${typeName(b)}`);
}
function arithmetic(args, site, operation) {
  expectArgs(args, 2);
  const a = asInteger(args[0]);
  const b = asInteger(args[1]);
  return number(operation(a, b), site);
}
function sliceOf(value, start, end, site, evaluation) {
  if (value.kind === "string") return evaluation.string(value.value.slice(start, end), site.loc, site.expression);
  if (value.kind === "list") return listOf(value.items.slice(start, end), site, evaluation);
  return fail(`takes a string or an array, not ${typeName(value)}`);
}
function parseInteger(text) {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) fail(`'${text}' is not an integer`);
  return Number(trimmed);
}
function jsonToValue(value, loc, evaluation) {
  evaluation.step(loc);
  if (value === null) return { kind: "null", loc };
  if (typeof value === "string") return { kind: "string", value, loc };
  if (typeof value === "number") return { kind: "number", value, loc };
  if (typeof value === "boolean") return { kind: "bool", value, loc };
  if (Array.isArray(value)) return { kind: "list", items: value.map((item) => jsonToValue(item, loc, evaluation)), loc };
  const entries = /* @__PURE__ */ new Map();
  for (const [key, entry3] of Object.entries(value)) entries.set(key, jsonToValue(entry3, loc, evaluation));
  return { kind: "object", entries, loc };
}
var LIBRARY = {
  concat(args, site, evaluation) {
    if (args.length > 0 && args.every((arg) => arg.kind === "list" || arg.kind === "null")) {
      const items = [];
      for (const arg of args) if (arg.kind === "list") for (const item of arg.items) items.push(item);
      return listOf(items, site, evaluation);
    }
    if (args.some((arg) => arg.kind === "list")) {
      const unknown = args.find((arg) => arg.kind === "unknown");
      if (unknown?.kind === "unknown") return unknownFrom(unknown, site);
      fail("joins strings or arrays, not both");
    }
    const parts = [];
    for (const arg of args) {
      if (arg.kind === "object") fail("joins strings or arrays, not objects");
      for (const part of partsOf(arg, textOf)) parts.push(part);
    }
    return joinParts(parts, site.loc, site.expression, evaluation);
  },
  format(args, site, evaluation) {
    expectArgs(args, 1, Infinity);
    if (args[0].kind === "unknown") return unknownFrom(args[0], site);
    return joinParts(formatParts(args[0], args.slice(1), site), site.loc, site.expression, evaluation);
  },
  tolower: (args, site, evaluation) => (expectArgs(args, 1), unknownArgument(args, site) ?? evaluation.string(asString(args[0]).toLowerCase(), site.loc, site.expression)),
  toupper: (args, site, evaluation) => (expectArgs(args, 1), unknownArgument(args, site) ?? evaluation.string(asString(args[0]).toUpperCase(), site.loc, site.expression)),
  trim: (args, site, evaluation) => (expectArgs(args, 1), unknownArgument(args, site) ?? evaluation.string(asString(args[0]).trim(), site.loc, site.expression)),
  replace(args, site, evaluation) {
    expectArgs(args, 3);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const old = asString(args[1], "the string to replace");
    if (old.length === 0) fail("the string to replace is empty");
    return evaluation.string(asString(args[0]).split(old).join(asString(args[2], "the replacement")), site.loc, site.expression);
  },
  split(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    const text = asString(args[0]);
    const delimiters = args[1].kind === "list" ? args[1].items.map((item) => asString(item, "a delimiter")) : [asString(args[1], "the delimiter")];
    let pieces = [text];
    for (const delimiter of delimiters) if (delimiter.length > 0) pieces = pieces.flatMap((piece) => piece.split(delimiter));
    return listOf(
      pieces.map((piece) => ({ kind: "string", value: piece, loc: site.loc })),
      site,
      evaluation
    );
  },
  string(args, site, evaluation) {
    expectArgs(args, 1);
    const text = textOf(args[0]);
    if (text === void 0) return unknownFrom(firstUnknown(args[0]), site);
    return args[0].kind === "string" ? args[0] : evaluation.string(text, site.loc, site.expression);
  },
  int(args, site) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const arg = args[0];
    if (arg.kind === "number") return number(Math.trunc(arg.value), site);
    return number(parseInteger(asString(arg)), site);
  },
  bool(args, site) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const arg = args[0];
    if (arg.kind === "bool") return arg;
    if (arg.kind === "number") return bool(arg.value !== 0, site);
    const text = asString(arg).toLowerCase();
    if (text !== "true" && text !== "false") fail(`'${asString(arg)}' is not 'true' or 'false'`);
    return bool(text === "true", site);
  },
  length(args, site) {
    expectArgs(args, 1);
    const [arg] = args;
    if (arg.kind === "unknown") return unknownFrom(arg, site);
    if (arg.kind === "string") return number(arg.value.length, site);
    if (arg.kind === "list") return number(arg.items.length, site);
    if (arg.kind === "object") return number(arg.entries.size, site);
    return fail(`takes a string, an array or an object, not ${typeName(arg)}`);
  },
  first(args, site, evaluation) {
    expectArgs(args, 1);
    const [arg] = args;
    if (arg.kind === "unknown") return unknownFrom(arg, site);
    if (arg.kind === "string") return evaluation.string(arg.value.slice(0, 1), site.loc, site.expression);
    if (arg.kind === "list") return arg.items[0] ?? evaluation.unknown(site.expression, WHY.emptyArray("first"), site.loc);
    return fail(`takes a string or an array, not ${typeName(arg)}`);
  },
  last(args, site, evaluation) {
    expectArgs(args, 1);
    const [arg] = args;
    if (arg.kind === "unknown") return unknownFrom(arg, site);
    if (arg.kind === "string") return evaluation.string(arg.value.slice(-1), site.loc, site.expression);
    if (arg.kind === "list") return arg.items[arg.items.length - 1] ?? evaluation.unknown(site.expression, WHY.emptyArray("last"), site.loc);
    return fail(`takes a string or an array, not ${typeName(arg)}`);
  },
  union(args, site, evaluation) {
    expectArgs(args, 1, Infinity);
    return unknownArgument(args, site) ?? unionValues(args, site, evaluation);
  },
  intersection(args, site, evaluation) {
    expectArgs(args, 1, Infinity);
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    if (args.every((arg) => arg.kind === "list")) {
      const lists = args;
      if (!evaluation.step(site.loc, lists.reduce((n, list) => n + list.items.length, 0))) return evaluation.unknown(site.expression, WHY.bound, site.loc);
      const inAll = lists.slice(1).map((list) => new Set(list.items.map((item) => canonicalKey(item))));
      const seen = /* @__PURE__ */ new Set();
      const items = [];
      for (const item of lists[0].items) {
        const key = canonicalKey(item);
        if (seen.has(key) || !inAll.every((set) => set.has(key))) continue;
        seen.add(key);
        items.push(item);
      }
      return listOf(items, site, evaluation);
    }
    if (args.every((arg) => arg.kind === "object")) {
      const objects = args;
      const entries = /* @__PURE__ */ new Map();
      for (const [key, value] of objects[0].entries) {
        if (objects.every((object) => {
          const other = entryOf(object, key);
          return other !== void 0 && valuesEqual(other, value);
        })) entries.set(key, value);
      }
      return { kind: "object", entries, loc: site.loc };
    }
    return fail("takes objects or arrays, all of one kind");
  },
  createarray: (args, site, evaluation) => listOf([...args], site, evaluation),
  array(args, site, evaluation) {
    expectArgs(args, 1);
    if (args[0].kind === "list" || args[0].kind === "unknown") return args[0].kind === "unknown" ? unknownFrom(args[0], site) : args[0];
    return listOf([args[0]], site, evaluation);
  },
  createobject(args, site, evaluation) {
    if (args.length % 2 !== 0) fail("takes pairs of key and value");
    const entries = /* @__PURE__ */ new Map();
    for (let i = 0; i < args.length; i += 2) {
      if (args[i].kind === "unknown") return unknownFrom(args[i], site);
      entries.set(asString(args[i], "a key"), args[i + 1]);
    }
    evaluation.step(site.loc, args.length);
    return { kind: "object", entries, loc: site.loc };
  },
  equals(args, site) {
    expectArgs(args, 2);
    const same = valuesEqual(args[0], args[1]);
    if (same === void 0) return unknownFrom(firstUnknown(args[0]) ?? firstUnknown(args[1]), site);
    return bool(same, site);
  },
  not: (args, site) => (expectArgs(args, 1), unknownArgument(args, site) ?? bool(!asBool(args[0]), site)),
  and(args, site) {
    expectArgs(args, 1, Infinity);
    let unknown;
    for (const arg of args) {
      if (arg.kind === "unknown") unknown ??= unknownFrom(arg, site);
      else if (!asBool(arg)) return bool(false, site);
    }
    return unknown ?? bool(true, site);
  },
  or(args, site) {
    expectArgs(args, 1, Infinity);
    let unknown;
    for (const arg of args) {
      if (arg.kind === "unknown") unknown ??= unknownFrom(arg, site);
      else if (asBool(arg)) return bool(true, site);
    }
    return unknown ?? bool(false, site);
  },
  empty: (args, site) => (expectArgs(args, 1), unknownArgument(args, site) ?? isEmpty(args[0], site)),
  contains: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? containsValue(args[0], args[1], site)),
  coalesce(args, site) {
    for (const arg of args) {
      if (arg.kind === "unknown") return unknownFrom(arg, site);
      if (arg.kind !== "null") return arg;
    }
    return { kind: "null", loc: site.loc };
  },
  less: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order < 0),
  lessorequals: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order <= 0),
  greater: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order > 0),
  greaterorequals: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order >= 0),
  add: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => a + b),
  sub: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => a - b),
  mul: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => a * b),
  div: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => {
    if (b === 0) fail("division by zero");
    return Math.trunc(a / b);
  }),
  mod: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => {
    if (b === 0) fail("division by zero");
    return a % b;
  }),
  min(args, site) {
    const values = args.length === 1 && args[0].kind === "list" ? args[0].items : args;
    const unknown = unknownArgument(values, site);
    if (unknown) return unknown;
    if (values.length === 0) fail("takes at least one integer");
    return number(values.reduce((least, value) => Math.min(least, asInteger(value)), Infinity), site);
  },
  max(args, site) {
    const values = args.length === 1 && args[0].kind === "list" ? args[0].items : args;
    const unknown = unknownArgument(values, site);
    if (unknown) return unknown;
    if (values.length === 0) fail("takes at least one integer");
    return number(values.reduce((most, value) => Math.max(most, asInteger(value)), -Infinity), site);
  },
  substring(args, site, evaluation) {
    expectArgs(args, 2, 3);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const text = asString(args[0]);
    const start = asInteger(args[1], "the start");
    const length = args.length === 3 ? asInteger(args[2], "the length") : text.length - start;
    if (start < 0 || length < 0 || start + length > text.length) fail(`characters ${start} to ${start + length} are outside a string of ${text.length}`);
    return evaluation.string(text.slice(start, start + length), site.loc, site.expression);
  },
  startswith: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? bool(asString(args[0]).toLowerCase().startsWith(asString(args[1]).toLowerCase()), site)),
  endswith: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? bool(asString(args[0]).toLowerCase().endsWith(asString(args[1]).toLowerCase()), site)),
  indexof: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? number(asString(args[0]).toLowerCase().indexOf(asString(args[1]).toLowerCase()), site)),
  lastindexof: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? number(asString(args[0]).toLowerCase().lastIndexOf(asString(args[1]).toLowerCase()), site)),
  join(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== "list") fail(`takes an array, not ${typeName(args[0])}`);
    return evaluation.string(args[0].items.map((item) => textOf(item) ?? "").join(asString(args[1], "the delimiter")), site.loc, site.expression);
  },
  range(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const start = asInteger(args[0], "the start");
    const count = asInteger(args[1], "the count");
    if (count < 0) fail(`the count is ${count}`);
    if (count > evaluation.bounds.maxListLength) return evaluation.list(new Array(count), site.loc, site.expression);
    const items = [];
    for (let i = 0; i < count; i++) items.push({ kind: "number", value: start + i, loc: site.loc });
    return listOf(items, site, evaluation);
  },
  skip(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    return sliceOf(args[0], Math.max(0, asInteger(args[1], "the count")), void 0, site, evaluation);
  },
  take(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    return sliceOf(args[0], 0, Math.max(0, asInteger(args[1], "the count")), site, evaluation);
  },
  padleft(args, site, evaluation) {
    expectArgs(args, 2, 3);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const text = args[0].kind === "number" ? String(args[0].value) : asString(args[0]);
    const width = asInteger(args[1], "the length");
    const pad = args.length === 3 ? asString(args[2], "the padding") : " ";
    if (pad.length !== 1) fail("the padding is not one character");
    if (width > evaluation.bounds.maxStringLength) return evaluation.string(" ".repeat(evaluation.bounds.maxStringLength + 1), site.loc, site.expression);
    return evaluation.string(text.padStart(width, pad), site.loc, site.expression);
  },
  json(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const errors = [];
    const text = asString(args[0]);
    const parsed = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0) fail(`'${text.length > 40 ? `${text.slice(0, 40)}...` : text}' is not JSON`);
    return jsonToValue(parsed, site.loc, evaluation);
  },
  items(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== "object") fail(`takes an object, not ${typeName(args[0])}`);
    const keys = [...args[0].entries.keys()].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    const object = args[0];
    return listOf(
      keys.map((key) => ({
        kind: "object",
        loc: site.loc,
        entries: /* @__PURE__ */ new Map([
          ["key", { kind: "string", value: key, loc: site.loc }],
          ["value", object.entries.get(key)]
        ])
      })),
      site,
      evaluation
    );
  },
  /** Bicep's safe access `a.?b` compiles to `tryGet(a, 'b')`: the entry, or null when there is none. */
  tryget(args, site) {
    expectArgs(args, 2, Infinity);
    let value = args[0];
    for (const key of args.slice(1)) {
      if (value.kind === "unknown") return unknownFrom(value, site);
      if (key.kind === "unknown") return unknownFrom(key, site);
      if (value.kind === "object" && key.kind === "string") value = entryOf(value, key.value) ?? { kind: "null", loc: site.loc };
      else if (value.kind === "list" && key.kind === "number") value = value.items[key.value] ?? { kind: "null", loc: site.loc };
      else if (value.kind === "null") return value;
      else fail(`reads ${typeName(key)} from ${typeName(value)}`);
    }
    return value;
  },
  objectkeys(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== "object") fail(`takes an object, not ${typeName(args[0])}`);
    return listOf([...args[0].entries.keys()].map((key) => ({ kind: "string", value: key, loc: site.loc })), site, evaluation);
  },
  flatten(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== "list") fail(`takes an array, not ${typeName(args[0])}`);
    const items = [];
    for (const item of args[0].items) {
      if (item.kind === "unknown") return unknownFrom(item, site);
      if (item.kind !== "list") fail(`takes an array of arrays, and an item is ${typeName(item)}`);
      for (const inner of item.items) items.push(inner);
    }
    return listOf(items, site, evaluation);
  },
  true: (args, site) => (expectArgs(args, 0), bool(true, site)),
  false: (args, site) => (expectArgs(args, 0), bool(false, site)),
  null: (args, site) => (expectArgs(args, 0), { kind: "null", loc: site.loc })
};
var EVALUATED_FUNCTIONS = Object.keys(LIBRARY);
function callTemplateFunction(args, site, evaluation) {
  const name = site.name.toLowerCase();
  if (DEPLOYMENT_FUNCTIONS.includes(name)) return evaluation.unknown(site.expression, WHY.deployment(site.name), site.loc);
  if (RUNTIME_FUNCTIONS.includes(name) || name.startsWith("list") && name !== "list") return evaluation.unknown(site.expression, WHY.afterDeployment(`${site.name}()`), site.loc);
  if (RESOURCE_ID_FUNCTIONS.includes(name)) {
    const unknown = evaluation.unknown(site.expression, WHY.resourceId, site.loc);
    const parts = resourceIdParts(name, args);
    if (parts) unknown.resourceId = parts;
    return unknown;
  }
  const implementation = Object.hasOwn(LIBRARY, name) ? LIBRARY[name] : void 0;
  if (!implementation) return void 0;
  if (!evaluation.step(site.loc)) return evaluation.unknown(site.expression, WHY.bound, site.loc);
  try {
    return implementation(args, site, evaluation);
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return evaluation.unknown(site.expression, WHY.error(`${site.name}() ${error.message}`), site.loc);
  }
}

// src/languages/arm/json.ts
var MAX_SYNTAX_DIAGNOSTICS = 100;
function parseJsonText(index, evaluation, code = "syntax", seen = {}) {
  let previous = "";
  const read = readJsonTree(index.text, {
    maxDepth: evaluation.bounds.maxDepth,
    comments: true,
    // The top-level `$schema` says what the document is even when it is too deep to read.
    topLevelString: (value) => {
      if (previous === "$schema" && seen.schema === void 0) seen.schema = value;
      previous = value;
    }
  });
  if ("tooDeepAt" in read) {
    const at = read.tooDeepAt;
    evaluation.diagnose("nesting", `values nest deeper than ${thousands(evaluation.bounds.maxDepth)} levels; the file is not read`, index.range(at, at + 1), "error");
    return void 0;
  }
  const { root, errors } = read;
  errors.forEach((error, i) => {
    if (i >= MAX_SYNTAX_DIAGNOSTICS) return;
    const more = i === MAX_SYNTAX_DIAGNOSTICS - 1 && errors.length > MAX_SYNTAX_DIAGNOSTICS ? ` (and ${thousands(errors.length - MAX_SYNTAX_DIAGNOSTICS)} more syntax errors not listed)` : "";
    evaluation.diagnose(code, `${error.message}${more}`, index.range(error.offset, error.offset + Math.max(1, error.length)), "error");
  });
  return root;
}
function property(node, name) {
  if (node?.type !== "object" || !node.children) return void 0;
  const lower = name.toLowerCase();
  let found;
  for (const member of node.children) {
    const key = member.children?.[0];
    if (typeof key?.value === "string" && key.value.toLowerCase() === lower && member.children?.[1]) found = member.children[1];
  }
  return found;
}
function properties(node) {
  if (node?.type !== "object" || !node.children) return [];
  const out = [];
  for (const member of node.children) {
    const [keyNode, value] = member.children ?? [];
    if (keyNode && value && typeof keyNode.value === "string") out.push({ key: keyNode.value, keyNode, value });
  }
  return out;
}
function literal(node) {
  return node?.type === "string" && typeof node.value === "string" ? node.value : void 0;
}
function rangeOfNode(index, node) {
  return index.range(node.offset, node.offset + node.length);
}
var JsonStringOffsets = class {
  exact;
  map;
  contentStart;
  constructor(index, node) {
    this.contentStart = node.offset + 1;
    const raw = index.text.slice(node.offset + 1, node.offset + node.length - 1);
    const value = typeof node.value === "string" ? node.value : "";
    this.exact = raw === value;
    if (this.exact) {
      this.map = void 0;
      return;
    }
    const map = [];
    for (let i = 0; i < raw.length; ) {
      map.push(i);
      if (raw[i] !== "\\") i++;
      else if (raw[i + 1] === "u") i += 6;
      else i += 2;
    }
    map.push(raw.length);
    this.map = map;
  }
  /** The text offset of character `i` of the value (`i` may be the length, for an end). */
  offset(i) {
    if (!this.map) return this.contentStart + i;
    return this.contentStart + (this.map[Math.min(i, this.map.length - 1)] ?? 0);
  }
};
function jsonLiteralValue(node, index, evaluation) {
  const loc = rangeOfNode(index, node);
  evaluation.step(loc);
  switch (node.type) {
    case "string": {
      const offsets = new JsonStringOffsets(index, node);
      const value = node.value;
      return literalString(value, loc, index.range(offsets.offset(0), offsets.offset(value.length)), offsets.exact);
    }
    case "number":
      return { kind: "number", value: node.value, loc };
    case "boolean":
      return { kind: "bool", value: node.value, loc };
    case "null":
      return { kind: "null", loc };
    case "array":
      return { kind: "list", items: (node.children ?? []).map((item) => jsonLiteralValue(item, index, evaluation)), loc };
    default: {
      const entries = /* @__PURE__ */ new Map();
      for (const { key, value } of properties(node)) entries.set(key, jsonLiteralValue(value, index, evaluation));
      return { kind: "object", entries, loc };
    }
  }
}

// src/languages/arm/resource.ts
function isFullType(type) {
  const slash = type.indexOf("/");
  return slash > 0 && type.slice(0, slash).includes(".");
}
function isExtensionType(type) {
  return /\/providers\//i.test(type);
}
function composeName(written, parentSegments, loc) {
  const own = splitSegments(written, "/", textOf);
  const segments = parentSegments ? [...parentSegments, ...own] : own;
  const unknown = segments.find((segment) => segment.kind !== "string");
  if (unknown) {
    const reason = unknown.kind === "unknown" ? unknown.reason : "a name segment is not a string";
    const expression = written.kind === "unknown" ? written.expression : unknown.kind === "unknown" ? unknown.expression : "";
    return { name: { kind: "unknown", expression, reason, loc }, segments };
  }
  return { name: { kind: "string", value: segments.map((segment) => segment.value).join("/"), loc }, segments };
}
function checkNameSegments(resource, evaluation, loc) {
  if (isExtensionType(resource.type) || resource.nameSegments.some((segment) => segment.kind === "unknown")) return;
  const expected = resource.type.split("/").length - 1;
  if (resource.nameSegments.length === expected) return;
  const name = resource.name.kind === "string" ? resource.name.value : "";
  evaluation.diagnose(
    "name-segments",
    `resource '${name}' of type ${resource.type} has ${resource.nameSegments.length} name segment${resource.nameSegments.length === 1 ? "" : "s"}; the type needs ${expected} (one per type segment after the namespace)`,
    loc
  );
}
function linkParents(resources) {
  const byKey = /* @__PURE__ */ new Map();
  const deploymentIndex = /* @__PURE__ */ new Map();
  const scopeOf = (resource) => {
    let index = deploymentIndex.get(resource.deployment);
    if (index === void 0) deploymentIndex.set(resource.deployment, index = deploymentIndex.size);
    return index;
  };
  const key = (resource, type, name) => `${scopeOf(resource)}|${type.toLowerCase()}|${name.toLowerCase()}`;
  for (const resource of resources) {
    if (resource.name.kind === "string" && !byKey.has(key(resource, resource.type, resource.name.value))) byKey.set(key(resource, resource.type, resource.name.value), resource);
  }
  for (const resource of resources) {
    if (resource.parent || resource.name.kind !== "string") continue;
    const typeSlash = resource.type.lastIndexOf("/");
    const nameSlash = resource.name.value.lastIndexOf("/");
    if (typeSlash < 0 || nameSlash < 0 || !isFullType(resource.type.slice(0, typeSlash))) continue;
    const parent = byKey.get(key(resource, resource.type.slice(0, typeSlash), resource.name.value.slice(0, nameSlash)));
    if (parent && parent !== resource) resource.parent = parent;
  }
}

// src/languages/arm/template.ts
var NO_LOOPS = { named: /* @__PURE__ */ new Map() };
var DEPLOYMENTS_TYPE = "microsoft.resources/deployments";
var TEMPLATE_SCHEMA = /deploymenttemplate\.json#?$/i;
var PARAMETERS_SCHEMA = /deploymentparameters\.json#?$/i;
function armDocumentKind(root) {
  if (root?.type !== "object") return void 0;
  const schema = literal(property(root, "$schema"));
  if (schema !== void 0 && TEMPLATE_SCHEMA.test(schema.trim())) return "template";
  if (schema !== void 0 && PARAMETERS_SCHEMA.test(schema.trim())) return "parameters";
  if (property(root, "resources") && property(root, "contentVersion")) return "template";
  return void 0;
}
function readArmTemplate(text, file, options = {}) {
  const evaluation = new AzureEvaluation("arm", { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const index = new LineIndex(file, text);
  const result = { language: "arm", file, recognized: false, resources: [], parameters: /* @__PURE__ */ new Map(), diagnostics: evaluation.diagnostics, filesRead: evaluation.filesRead };
  if (text.length > evaluation.bounds.maxTextLength) {
    evaluation.diagnose("too-large", fileTooLarge(text.length, evaluation.bounds.maxTextLength), index.range(0, 0), "error");
    result.recognized = true;
    return result;
  }
  const seen = {};
  const root = parseJsonText(index, evaluation, "syntax", seen);
  if (!root && seen.schema !== void 0 && TEMPLATE_SCHEMA.test(seen.schema.trim())) {
    result.recognized = true;
    return result;
  }
  if (armDocumentKind(root) !== "template") {
    evaluation.diagnostics.length = 0;
    return result;
  }
  result.recognized = true;
  const reader = new TemplateReader(evaluation, options.readFile);
  const given = /* @__PURE__ */ new Map();
  for (const path2 of options.parameterFiles ?? []) {
    for (const [name, value] of reader.readParameterFile(path2, file, index)) given.set(name, value);
  }
  for (const [name, value] of options.parameterValues ?? []) given.set(name.toLowerCase(), value);
  const scope = reader.scope(root, index, given, 0);
  reader.readResources(property(root, "resources"), scope, { loops: NO_LOOPS }, result.resources);
  linkParents(result.resources);
  for (const slot of scope.parameters.values()) result.parameters.set(slot.name, reader.resolve(slot));
  return result;
}
function readArmTemplateInto(text, file, evaluation, given, deployment, depth, readFile, out) {
  return evaluation.reading("arm", () => {
    const index = new LineIndex(file, text);
    if (text.length > evaluation.bounds.maxTextLength) {
      evaluation.diagnose("too-large", fileTooLarge(text.length, evaluation.bounds.maxTextLength), index.range(0, 0), "error");
      return true;
    }
    const root = parseJsonText(index, evaluation);
    if (armDocumentKind(root) !== "template") return false;
    const lowered = /* @__PURE__ */ new Map();
    for (const [name, value] of given) lowered.set(name.toLowerCase(), value);
    const reader = new TemplateReader(evaluation, readFile);
    reader.readResources(property(root, "resources"), reader.scope(root, index, lowered, depth), { loops: NO_LOOPS, deployment }, out);
    return true;
  });
}
var TemplateReader = class {
  constructor(evaluation, readFile) {
    this.evaluation = evaluation;
    this.readFile = readFile;
  }
  evaluation;
  readFile;
  // -- Parameters and variables -------------------------------------------------------
  scope(root, index, given, depth) {
    const scope = { index, parameters: /* @__PURE__ */ new Map(), variables: /* @__PURE__ */ new Map(), depth };
    for (const { key, keyNode, value } of properties(property(root, "parameters"))) {
      const lower = key.toLowerCase();
      const defaultNode = property(value, "defaultValue");
      scope.parameters.set(lower, {
        name: key,
        loc: rangeOfNode(index, keyNode),
        state: "pending",
        compute: () => {
          const supplied = given.get(lower);
          if (supplied) return supplied;
          if (defaultNode) return this.value(defaultNode, scope, NO_LOOPS);
          return this.evaluation.unknown(`parameters('${key}')`, WHY.parameterWithoutValue(key), rangeOfNode(index, keyNode));
        }
      });
    }
    for (const { key, keyNode, value } of properties(property(root, "variables"))) {
      if (key.toLowerCase() === "copy" && value.type === "array") {
        for (const spec of value.children ?? []) {
          const name = literal(property(spec, "name"));
          if (name === void 0) continue;
          scope.variables.set(name.toLowerCase(), { name, loc: rangeOfNode(index, spec), state: "pending", compute: () => this.copyLoop(spec, name, scope, NO_LOOPS) });
        }
        continue;
      }
      scope.variables.set(key.toLowerCase(), { name: key, loc: rangeOfNode(index, keyNode), state: "pending", compute: () => this.value(value, scope, NO_LOOPS) });
    }
    return scope;
  }
  /** A parameter's or variable's value, computed once; a variable that needs itself is a diagnostic. */
  resolve(slot) {
    if (slot.state === "done") return slot.value;
    if (slot.state === "busy") {
      this.evaluation.diagnose("cycle", `'${slot.name}' refers to itself through its own value`, slot.loc);
      return this.evaluation.unknown(slot.name, WHY.cycle(slot.name), slot.loc);
    }
    slot.state = "busy";
    const value = this.evaluation.deeper(slot.loc, slot.name, slot.compute);
    slot.state = "done";
    slot.value = value;
    return value;
  }
  readParameterFile(path2, fromFile, index) {
    if (!this.readFile) return /* @__PURE__ */ new Map();
    const read = this.readFile(path2, fromFile);
    if ("error" in read) {
      this.evaluation.diagnose("parameter-file", `parameter file ${path2} is not read: ${read.error}`, index.range(0, 0));
      return /* @__PURE__ */ new Map();
    }
    this.evaluation.filesRead.push(read.file);
    const fileIndex = new LineIndex(read.file, read.text);
    const values = this.parameterValues(read.text, fileIndex);
    if (!values) this.evaluation.diagnose("parameter-file", `${read.file} is not an ARM parameter file (no "parameters" object)`, fileIndex.range(0, 0));
    return values ?? /* @__PURE__ */ new Map();
  }
  /** A parameter file's values by lower-case name, or undefined when the text is not one. */
  parameterValues(text, index) {
    if (text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose("too-large", fileTooLarge(text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), "error");
      return void 0;
    }
    const root = parseJsonText(index, this.evaluation);
    const parameters = property(root, "parameters");
    if (parameters?.type !== "object" || armDocumentKind(root) === "template") return void 0;
    const values = /* @__PURE__ */ new Map();
    for (const { key, value } of properties(parameters)) {
      const given = property(value, "value");
      if (given) values.set(key.toLowerCase(), jsonLiteralValue(given, index, this.evaluation));
      else if (property(value, "reference")) values.set(key.toLowerCase(), this.evaluation.unknown(key, WHY.keyVault, rangeOfNode(index, value)));
    }
    return values;
  }
  // -- Values ---------------------------------------------------------------------------
  /** A JSON value of the template, its expressions evaluated and its property copies expanded. */
  value(node, scope, loops, omit) {
    const loc = rangeOfNode(scope.index, node);
    if (!this.evaluation.step(loc)) return this.evaluation.unknown(scope.index.text.slice(node.offset, node.offset + Math.min(node.length, 200)), WHY.bound, loc);
    switch (node.type) {
      case "string":
        return this.stringValue(node, scope, loops, loc);
      case "number":
        return { kind: "number", value: node.value, loc };
      case "boolean":
        return { kind: "bool", value: node.value, loc };
      case "null":
        return { kind: "null", loc };
      case "array":
        return { kind: "list", items: (node.children ?? []).map((item) => this.value(item, scope, loops)), loc };
      default: {
        const entries = /* @__PURE__ */ new Map();
        for (const { key, value } of properties(node)) {
          if (omit?.(key)) continue;
          if (key.toLowerCase() === "copy" && isPropertyCopy(value)) {
            for (const spec of value.children ?? []) {
              const name = literal(property(spec, "name"));
              if (name !== void 0) entries.set(name, this.copyLoop(spec, name, scope, loops));
            }
            continue;
          }
          entries.set(key, this.value(value, scope, loops));
        }
        return { kind: "object", entries, loc };
      }
    }
  }
  /** A property or variable copy: `input` evaluated once per index of `count`. */
  copyLoop(spec, name, scope, loops) {
    const loc = rangeOfNode(scope.index, spec);
    const countNode = property(spec, "count");
    const input = property(spec, "input");
    const count = countNode ? this.value(countNode, scope, loops) : void 0;
    if (count?.kind !== "number" || !input) {
      const reason = count?.kind === "unknown" ? count.reason : count ? WHY.error(`the count of copy '${name}' is not an integer`) : WHY.error(`copy '${name}' has no count`);
      return this.evaluation.unknown(`copy '${name}'`, reason, loc);
    }
    const granted = this.evaluation.takeInstances(Math.max(0, Math.trunc(count.value)), loc, `'${name}'`);
    const items = [];
    for (let i = 0; i < granted; i++) {
      const named = new Map(loops.named);
      named.set(name.toLowerCase(), i);
      items.push(this.value(input, scope, { resource: loops.resource, named }));
    }
    return { kind: "list", items, loc };
  }
  stringValue(node, scope, loops, loc) {
    const value = node.value;
    const form = armStringForm(value);
    const offsets = new JsonStringOffsets(scope.index, node);
    if (form.kind === "literal") {
      return literalString(form.value, loc, scope.index.range(offsets.offset(form.start), offsets.offset(value.length)), offsets.exact);
    }
    const parsed = parseArmExpression(form.text, this.evaluation.bounds.maxDepth);
    const site = { scope, loops, text: value, offsets };
    if ("error" in parsed) {
      const at = this.rangeIn(site, parsed.error.start, parsed.error.end);
      this.evaluation.diagnose("expression", `${parsed.error.message} in ${quote(value)}`, at, "error");
      return this.evaluation.unknown(value, WHY.syntax, loc);
    }
    return this.expression(parsed.expression, site);
  }
  rangeIn(site, start, end) {
    return site.scope.index.range(site.offsets.offset(start), site.offsets.offset(end));
  }
  expression(node, site) {
    const loc = this.rangeIn(site, node.start, node.end);
    const written = site.text.slice(node.start, node.end);
    switch (node.kind) {
      case "string":
        return literalString(node.value, loc, this.rangeIn(site, node.start + 1, node.end - 1), site.offsets.exact && !node.escaped);
      case "number":
        return { kind: "number", value: node.value, loc };
      case "member": {
        const object = this.expression(node.object, site);
        if (object.kind === "unknown") return { kind: "unknown", expression: written, reason: object.reason, loc };
        if (object.kind !== "object") return this.evaluation.unknown(written, WHY.error(`'${node.property}' is read from a value that is not an object`), loc);
        return entryOf(object, node.property) ?? this.evaluation.unknown(written, WHY.error(`the object has no property '${node.property}'`), loc);
      }
      case "index": {
        const object = this.expression(node.object, site);
        const index = this.expression(node.index, site);
        return indexInto(object, index, written, loc, this.evaluation);
      }
      case "call":
        return this.call(node, site, loc, written);
    }
  }
  call(node, site, loc, written) {
    const name = node.name.toLowerCase();
    if (name === "parameters" || name === "variables") {
      const arg = node.args.length === 1 ? this.expression(node.args[0], site) : void 0;
      if (arg?.kind === "unknown") return { kind: "unknown", expression: written, reason: arg.reason, loc };
      if (arg?.kind !== "string") {
        this.evaluation.diagnose("expression", `${node.name}() takes the name of one ${name === "parameters" ? "parameter" : "variable"}`, loc, "error");
        return this.evaluation.unknown(written, WHY.syntax, loc);
      }
      const slot = (name === "parameters" ? site.scope.parameters : site.scope.variables).get(arg.value.toLowerCase());
      if (!slot) {
        this.evaluation.diagnose("reference", `the template declares no ${name === "parameters" ? "parameter" : "variable"} '${arg.value}'`, loc, "error");
        return this.evaluation.unknown(written, WHY.error(`no ${name === "parameters" ? "parameter" : "variable"} '${arg.value}'`), loc);
      }
      return this.resolve(slot);
    }
    if (name === "copyindex") return this.copyIndex(node, site, loc, written);
    if (name === "if" && node.args.length === 3) {
      const condition = this.expression(node.args[0], site);
      if (condition.kind === "bool") return this.expression(node.args[condition.value ? 1 : 2], site);
      if (condition.kind === "unknown") return { kind: "unknown", expression: written, reason: condition.reason, loc };
    }
    const args = node.args.map((arg) => this.expression(arg, site));
    const callSite = { name: node.name, expression: written, loc };
    if (node.name.includes(".")) return this.evaluation.unknown(written, WHY.notEvaluated(node.name), loc);
    return callTemplateFunction(args, callSite, this.evaluation) ?? this.evaluation.unknown(written, WHY.notEvaluated(node.name), loc);
  }
  /** `copyIndex()`, `copyIndex(offset)`, `copyIndex('loop')`, `copyIndex('loop', offset)`. */
  copyIndex(node, site, loc, written) {
    const args = node.args.map((arg) => this.expression(arg, site));
    const unknownArg = args.find((arg) => arg.kind === "unknown");
    if (unknownArg) return { kind: "unknown", expression: written, reason: unknownArg.reason, loc };
    let loopName;
    let offset = 0;
    if (args[0]?.kind === "string") {
      loopName = args[0].value;
      if (args[1]?.kind === "number") offset = args[1].value;
    } else if (args[0]?.kind === "number") offset = args[0].value;
    let index;
    if (loopName !== void 0) {
      if (!site.loops.named.has(loopName.toLowerCase())) {
        this.evaluation.diagnose("expression", `copyIndex('${loopName}') is outside a copy loop of that name`, loc, "error");
        return this.evaluation.unknown(written, WHY.error(`no copy loop '${loopName}'`), loc);
      }
      index = site.loops.named.get(loopName.toLowerCase());
    } else {
      if (!site.loops.resource) {
        this.evaluation.diagnose("expression", "copyIndex() is outside a resource copy loop", loc, "error");
        return this.evaluation.unknown(written, WHY.error("no resource copy loop"), loc);
      }
      index = site.loops.resource.index;
    }
    if (index === void 0) return this.evaluation.unknown(written, WHY.loopCountUnknown, loc);
    return { kind: "number", value: index + offset, loc };
  }
  // -- Resources ----------------------------------------------------------------------
  /** The resources of a `resources` array (or object of symbolic names, language version 2.0). */
  readResources(node, scope, container, out) {
    if (node?.type === "array") for (const element of node.children ?? []) this.readResource(element, void 0, scope, container, out);
    else if (node?.type === "object") for (const { key, value } of properties(node)) this.readResource(value, key, scope, container, out);
  }
  readResource(node, symbol, scope, container, out) {
    const loc = rangeOfNode(scope.index, node);
    if (node.type !== "object") {
      this.evaluation.diagnose("resource", "a resource is not an object", loc);
      return;
    }
    const typeNode = property(node, "type");
    const type = typeNode ? this.value(typeNode, scope, container.loops) : void 0;
    if (type?.kind !== "string" || type.value.length === 0) {
      this.evaluation.diagnose("resource", type?.kind === "unknown" ? `a resource's type is unknown (${type.reason}); it is not read` : "a resource has no type; it is not read", typeNode ? rangeOfNode(scope.index, typeNode) : loc);
      return;
    }
    const copyNode = property(node, "copy");
    if (!copyNode || copyNode.type !== "object") {
      this.readInstance(node, symbol, type, scope, container, container.loops, void 0, out);
      return;
    }
    const copyLoc = rangeOfNode(scope.index, copyNode);
    const loopName = literal(property(copyNode, "name")) ?? symbol ?? "";
    const countNode = property(copyNode, "count");
    const count = countNode ? this.value(countNode, scope, container.loops) : void 0;
    if (count?.kind !== "number") {
      const loops = { resource: { index: void 0 }, named: withLoop(container.loops.named, loopName, void 0) };
      this.readInstance(node, symbol, type, scope, container, loops, { name: loopName, loc: copyLoc }, out);
      return;
    }
    const granted = this.evaluation.takeInstances(Math.max(0, Math.trunc(count.value)), copyLoc, `'${loopName}'`);
    for (let i = 0; i < granted; i++) {
      const loops = { resource: { index: i }, named: withLoop(container.loops.named, loopName, i) };
      this.readInstance(node, symbol, type, scope, container, loops, { name: loopName, index: i, loc: copyLoc }, out);
    }
  }
  readInstance(node, symbol, type, scope, container, loops, loop, out) {
    const loc = rangeOfNode(scope.index, node);
    let condition = container.condition;
    const conditionNode = property(node, "condition");
    if (conditionNode) {
      const value = this.value(conditionNode, scope, loops);
      if (value.kind === "bool" && !value.value) return;
      if (value.kind === "unknown") condition ??= value;
      else if (value.kind !== "bool") condition ??= this.evaluation.unknown(scope.index.text.slice(conditionNode.offset, conditionNode.offset + conditionNode.length), WHY.error("the condition is not a bool"), value.loc);
    }
    const parent = container.parent;
    const relative = parent !== void 0 && !isFullType(type.value);
    const fullType = relative ? `${parent.type}/${type.value}` : type.value;
    const isDeployment = fullType.toLowerCase() === DEPLOYMENTS_TYPE;
    const body = this.value(node, scope, loops, (key) => OMITTED_KEYS.has(key.toLowerCase()) || isDeployment && key.toLowerCase() === "properties");
    const propsNode = property(node, "properties");
    if (isDeployment && propsNode && body.kind === "object") {
      body.entries.set("properties", this.value(propsNode, scope, loops, (key) => key.toLowerCase() === "template"));
    }
    const nameNode = property(node, "name");
    const written = (body.kind === "object" ? entryOf(body, "name") : void 0) ?? this.evaluation.unknown("", WHY.error("the resource has no name"), loc);
    const nameLoc = nameNode ? rangeOfNode(scope.index, nameNode) : loc;
    const { name, segments } = composeName(written, relative ? parent.nameSegments : void 0, nameLoc);
    const apiValue = body.kind === "object" ? entryOf(body, "apiVersion") : void 0;
    const resource = {
      language: "arm",
      type: fullType,
      typeLoc: type.loc,
      apiVersion: apiValue?.kind === "string" ? apiValue.value : void 0,
      name,
      nameSegments: segments,
      properties: (body.kind === "object" ? entryOf(body, "properties") : void 0) ?? { kind: "null", loc },
      body,
      loc
    };
    if (parent) resource.parent = parent;
    if (condition) resource.condition = condition;
    if (loop) resource.loop = loop;
    if (literalTrue(property(node, "existing"))) resource.existing = true;
    if (symbol !== void 0) resource.symbol = symbol;
    if (container.deployment) resource.deployment = container.deployment;
    checkNameSegments(resource, this.evaluation, nameLoc);
    out.push(resource);
    this.readResources(property(node, "resources"), scope, { parent: resource, loops, condition, deployment: container.deployment }, out);
    if (isDeployment) this.readNestedDeployment(node, resource, scope, loops, condition, out);
  }
  /**
   * A `Microsoft.Resources/deployments` resource's template: inline (`template`), or linked by
   * `relativePath` through the reader. With `expressionEvaluationOptions.scope` `inner` (and
   * for linked templates) the template has its own parameters, given by the deployment's
   * `parameters`; with `outer` (ARM's default) its expressions read the parent's.
   */
  readNestedDeployment(node, deployment, scope, loops, condition, out) {
    const props = property(node, "properties");
    const inline = property(props, "template");
    const link = property(props, "templateLink");
    if (!inline && !link) return;
    const at = rangeOfNode(scope.index, inline ?? link);
    if (scope.depth + 1 > this.evaluation.bounds.maxDeploymentDepth) {
      this.evaluation.diagnose("deployment-depth", `nested deployments go deeper than ${this.evaluation.bounds.maxDeploymentDepth} levels; this one is not read`, at);
      return;
    }
    const given = () => {
      const values = /* @__PURE__ */ new Map();
      for (const { key, value } of properties(property(props, "parameters"))) {
        const supplied = property(value, "value");
        if (supplied) values.set(key.toLowerCase(), this.value(supplied, scope, loops));
        else if (property(value, "reference")) values.set(key.toLowerCase(), this.evaluation.unknown(key, WHY.keyVault, rangeOfNode(scope.index, value)));
      }
      return values;
    };
    const container = { loops: NO_LOOPS, condition, deployment };
    if (inline?.type === "object") {
      const inner = literal(property(property(props, "expressionEvaluationOptions"), "scope"))?.toLowerCase() === "inner";
      const nestedScope = inner ? this.scope(inline, scope.index, given(), scope.depth + 1) : { ...scope, depth: scope.depth + 1 };
      this.readResources(property(inline, "resources"), nestedScope, container, out);
      return;
    }
    const relativePath = link ? property(link, "relativePath") : void 0;
    const path2 = relativePath ? this.value(relativePath, scope, loops) : void 0;
    if (path2?.kind !== "string" || !this.readFile) return;
    const read = this.readFile(path2.value, scope.index.file);
    if ("error" in read) {
      this.evaluation.diagnose("linked-template", `linked template ${path2.value} is not read: ${read.error}`, path2.loc);
      return;
    }
    this.evaluation.filesRead.push(read.file);
    const index = new LineIndex(read.file, read.text);
    if (read.text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose("too-large", fileTooLarge(read.text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), "error");
      return;
    }
    const root = parseJsonText(index, this.evaluation);
    if (armDocumentKind(root) !== "template") {
      this.evaluation.diagnose("linked-template", `linked template ${path2.value} is not a deployment template`, path2.loc);
      return;
    }
    this.readResources(property(root, "resources"), this.scope(root, index, given(), scope.depth + 1), container, out);
  }
};
var OMITTED_KEYS = /* @__PURE__ */ new Set(["copy", "condition", "resources"]);
function isPropertyCopy(node) {
  return node.type === "array" && (node.children ?? []).length > 0 && (node.children ?? []).every((spec) => spec.type === "object" && property(spec, "name") && property(spec, "input"));
}
function literalTrue(node) {
  return node?.type === "boolean" && node.value === true;
}
function withLoop(named, name, index) {
  const next = new Map(named);
  if (name) next.set(name.toLowerCase(), index);
  return next;
}
function quote(text) {
  return text.length > 80 ? `"${text.slice(0, 77)}..."` : `"${text}"`;
}
function indexInto(object, index, written, loc, evaluation) {
  if (object.kind === "unknown") return { kind: "unknown", expression: written, reason: object.reason, loc };
  if (index.kind === "unknown") return { kind: "unknown", expression: written, reason: index.reason, loc };
  if (object.kind === "list" && index.kind === "number") {
    return object.items[index.value] ?? evaluation.unknown(written, WHY.error(`item ${index.value} of an array of ${object.items.length}`), loc);
  }
  if (object.kind === "object" && index.kind === "string") return entryOf(object, index.value) ?? evaluation.unknown(written, WHY.error(`the object has no property '${index.value}'`), loc);
  return evaluation.unknown(written, WHY.error("an index that does not fit the value"), loc);
}

// src/formats/arm/deployments.ts
import path from "node:path";
function besideFile(written, fromFile) {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), written.replace(/\\/g, "/")));
  return joined.startsWith("./") ? joined.slice(2) : joined;
}
function deploymentFileReader(context, told) {
  const cache = /* @__PURE__ */ new Map();
  return (written, fromFile) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return { error: "it is not a file of the repository" };
    const wanted = besideFile(written, fromFile);
    const cached = cache.get(wanted);
    if (cached) return cached;
    const read = context.include(wanted, fromFile);
    const result = "error" in read ? { error: read.error } : { file: read.file, text: read.text };
    cache.set(wanted, result);
    if ("text" in result) told(result.file, result.text);
    return result;
  };
}
function sharedFiles(readsOf) {
  const count = /* @__PURE__ */ new Map();
  for (const read of readsOf) {
    for (const file of /* @__PURE__ */ new Set([read.file, ...read.filesRead])) count.set(file, (count.get(file) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > 1).map(([file]) => file));
}
function diagnosticsOnce(deployments) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const deployment of deployments) {
    for (const d of deployment.diagnostics) {
      const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
function partOfEntries(partOf, files) {
  const out = [];
  for (const file of files) {
    const by = partOf.get(file.file);
    if (by !== void 0 && file.includedBy === void 0) out.push({ ...file, includedBy: by });
  }
  return out;
}

// src/formats/arm/dns.ts
var DEFAULT_TTL = 3600;
var PUBLIC_ZONE = "microsoft.network/dnszones";
var PRIVATE_ZONE = "microsoft.network/privatednszones";
var RECORD_TYPES = {
  A: { property: "ARecords", fields: [{ key: "ipv4Address", kind: "address" }] },
  AAAA: { property: "AAAARecords", fields: [{ key: "ipv6Address", kind: "address" }] },
  CNAME: { property: "CNAMERecord", single: true, fields: [{ key: "cname", kind: "name" }] },
  MX: { property: "MXRecords", fields: [{ key: "preference", kind: "number" }, { key: "exchange", kind: "name" }] },
  NS: { property: "NSRecords", fields: [{ key: "nsdname", kind: "name" }] },
  PTR: { property: "PTRRecords", fields: [{ key: "ptrdname", kind: "name" }] },
  SRV: {
    property: "SRVRecords",
    fields: [
      { key: "priority", kind: "number" },
      { key: "weight", kind: "number" },
      { key: "port", kind: "number" },
      { key: "target", kind: "name" }
    ]
  },
  TXT: { property: "TXTRecords", fields: [] },
  CAA: { property: "caaRecords", fields: [] }
};
var UNCHECKED_RECORD_TYPES = /* @__PURE__ */ new Set(["SOA", "DS", "NAPTR", "TLSA"]);
var AzureDnsZones = class {
  constructor(format, files) {
    this.format = format;
    this.fileInfo = new Map(files.map((file) => [file.file, file]));
  }
  format;
  builders = /* @__PURE__ */ new Map();
  notes = [];
  unsupported = [];
  fileInfo;
  reads = 0;
  /** Record sets each zone has, as owner, type, TTL and data: a set declared again alike is not added twice. */
  declared = /* @__PURE__ */ new Map();
  add({ deployment, root, shared }) {
    const read = this.reads++;
    const alternative = (file) => shared?.has(file) ? root : void 0;
    for (const resource of deployment.resources) {
      const type = resource.type.toLowerCase();
      if (resource.existing) continue;
      if (type === PUBLIC_ZONE || type === PRIVATE_ZONE) this.zoneResource(resource, read, alternative);
      else if (type.startsWith(`${PUBLIC_ZONE}/`) || type.startsWith(`${PRIVATE_ZONE}/`)) this.recordSetResource(resource, read, alternative);
    }
  }
  finish() {
    return { zones: [...this.builders.values()].map((builder) => builder.finish()), notes: this.notes, unsupported: this.unsupported };
  }
  // -- Zones ----------------------------------------------------------------------------
  zoneResource(resource, read, alternative) {
    const name = resource.nameSegments[0];
    if (resource.nameSegments.length !== 1 || name === void 0) return;
    if (name.kind !== "string") {
      this.note(resource, name, "the name of this DNS zone");
      return;
    }
    if (isEmptyName(name.value)) {
      this.emptyZoneName(resource, "the name of this DNS zone");
      return;
    }
    if (resource.condition) {
      this.note(resource, resource.condition, `whether the zone ${displayName(name.value)} is deployed`);
      return;
    }
    this.builder(resource, name.value, read, alternative);
  }
  /** The zone a resource (the zone or one of its record sets) belongs to, made when first named. */
  builder(resource, origin, read, alternative) {
    const zoneResource = resource.type.split("/").length === 2 ? resource : resource.parent;
    const isPrivate = resource.type.toLowerCase().startsWith(PRIVATE_ZONE) || zoneTypeIsPrivate(zoneResource);
    const key = `${read}|${isPrivate ? "private" : "public"}|${origin.toLowerCase().replace(/\.$/, "")}`;
    let builder = this.builders.get(key);
    if (builder === void 0) {
      const loc = zoneResource && !zoneResource.existing ? zoneResource.loc : resource.loc;
      const { view, viewSource } = this.viewOf(loc.file, isPrivate);
      builder = new DnsZoneBuilder({ file: alternative(loc.file) ?? loc.file, loc, origin, view, viewSource });
      this.builders.set(key, builder);
    } else if (resource === zoneResource && !resource.existing) {
      builder.zone.loc = resource.loc;
    }
    return builder;
  }
  /** The config's view of the file wins; otherwise a public zone is served to the internet and a private one inside virtual networks. */
  viewOf(file, isPrivate) {
    const info = this.fileInfo.get(file);
    if (info?.viewSource === "config") return { view: info.view, viewSource: "config" };
    return { view: isPrivate ? "internal" : "external", viewSource: "declared" };
  }
  // -- Record sets ----------------------------------------------------------------------
  recordSetResource(resource, read, alternative) {
    const typeSegments = resource.type.split("/");
    if (typeSegments.length !== 3) return;
    const type = typeSegments[2].toUpperCase();
    if (RECORD_TYPES[type] === void 0 && !UNCHECKED_RECORD_TYPES.has(type)) return;
    const unknownSegment = resource.nameSegments.find((segment) => segment.kind === "unknown");
    if (unknownSegment) {
      this.note(resource, unknownSegment, `the name of this ${type} record set`);
      return;
    }
    if (resource.nameSegments.length !== 2) return;
    const [zoneName, relative] = resource.nameSegments;
    if (type === "SOA") return;
    if (isEmptyName(zoneName.value)) {
      this.emptyZoneName(resource, `the name of the zone of this ${type} record set`);
      return;
    }
    const builder = this.builder(resource, zoneName.value, read, alternative);
    const owner = recordOwner(relative.value, builder.zone.origin, "relative");
    const shape = RECORD_TYPES[type];
    if (shape === void 0) {
      builder.addUnread(owner);
      this.unsupported.push({ loc: resource.loc, message: `${type} record sets of Azure DNS are recognised but not checked by this version of uclint` });
      return;
    }
    const setName = `the ${type} record set ${displayName(owner)}`;
    const condition = resource.condition ?? resource.parent?.condition;
    if (condition) {
      builder.addUnread(owner);
      this.note(resource, condition, `whether ${setName} is deployed`);
      return;
    }
    const properties2 = resource.properties;
    if (properties2.kind === "unknown") {
      builder.addUnread(owner);
      this.note(resource, properties2, setName);
      return;
    }
    if (properties2.kind !== "object") {
      builder.addRecordSet(owner, type, DEFAULT_TTL, [], this.recordLoc(resource, relative));
      return;
    }
    const alias = entry(properties2, "targetResource");
    if (alias?.kind === "object" && alias.entries.size > 0) {
      builder.addUnread(owner);
      const id = entry(alias, "id");
      this.note(resource, id?.kind === "unknown" ? id : { kind: "unknown", expression: "targetResource", reason: "names an Azure resource", loc: alias.loc }, `${setName}, an alias of an Azure resource whose address is known only after deployment`);
      return;
    }
    const loc = this.recordLoc(resource, relative);
    let complete = true;
    for (const [otherType, other] of Object.entries(RECORD_TYPES)) {
      const misplaced = otherType === type ? void 0 : entry(properties2, other.property);
      if (misplaced === void 0 || !holdsRecords(misplaced)) continue;
      complete = false;
      builder.addUnreadable(owner, type, shown(misplaced), `is written as ${other.property}, which a ${type} record set does not hold (its type is ${otherType}?)`, loc, misplaced.loc);
    }
    let ttl = DEFAULT_TTL;
    const ttlValue = entry(properties2, "TTL");
    if (ttlValue?.kind === "number") ttl = ttlValue.value;
    else if (ttlValue?.kind === "unknown") {
      complete = false;
      this.note(resource, ttlValue, `the TTL of ${setName} (its records are checked with ${DEFAULT_TTL})`);
    }
    const written = entry(properties2, shape.property);
    const items = [];
    if (written?.kind === "unknown") {
      builder.addUnread(owner);
      this.note(resource, written, setName);
      builder.addRecordSet(owner, type, ttl, [], loc, { complete: false });
      return;
    }
    if (written !== void 0 && written.kind !== "null") {
      if (shape.single) items.push(written);
      else if (written.kind === "list") items.push(...written.items);
      else items.push(written);
    }
    const data = [];
    const locs = [];
    for (const item of items) {
      const read2 = this.recordData(type, shape.fields, item, owner, resource);
      if (read2 === void 0) {
        complete = false;
        builder.addUnread(owner);
      } else if ("problem" in read2) {
        complete = false;
        builder.addUnreadable(owner, type, read2.text, read2.problem, loc, read2.valueLoc);
      } else {
        data.push(read2.data);
        locs.push(loc);
      }
    }
    const key = `${owner}|${type}|${ttl}|${complete}|${JSON.stringify(data)}`;
    const declared = this.declared.get(builder) ?? this.declared.set(builder, /* @__PURE__ */ new Set()).get(builder);
    if (declared.has(key)) return;
    declared.add(key);
    builder.addRecordSet(owner, type, ttl, data, loc, { locs, complete });
  }
  /**
   * Where the records of a record set are written: the resource, or for an instance of a loop
   * over an array written elsewhere (a variable, a parameter's default), the item its name
   * comes from.
   */
  recordLoc(resource, relative) {
    if (resource.loop === void 0) return resource.loc;
    const from = relative.from ?? relative.loc;
    return within(from, resource.loc) ? resource.loc : from;
  }
  /**
   * One record's data from the object that writes it: the data, what is wrong with it (the text
   * as written and the value at fault), or undefined when a value is not known (said as a note).
   */
  recordData(type, fields, item, owner, resource) {
    const unknown = firstUnknown(item);
    if (unknown) {
      this.note(resource, unknown, `a ${type} record of ${displayName(owner)}`);
      return void 0;
    }
    if (item.kind !== "object") return { text: shown(item), problem: "is not an object of record fields", valueLoc: item.loc };
    if (type === "TXT") return txtData(item);
    if (type === "CAA") return caaData(item);
    const parts = [];
    const spans = [];
    for (const field of fields) {
      const value = entry(item, field.key);
      const text2 = parts.join(" ");
      if (value === void 0 || value.kind === "null") return { text: text2, problem: `has no ${field.key}`, valueLoc: item.loc };
      const written = fieldText(value, field);
      if (typeof written !== "string") return { text: [...parts, shown(value)].join(" ").trim(), problem: written.problem, valueLoc: value.loc };
      const start = text2.length + (parts.length > 0 ? 1 : 0);
      parts.push(written);
      spans.push({ start, end: start + written.length, loc: value.loc });
    }
    const text = parts.join(" ");
    const read = recordDataFromText(type, text, ".");
    if ("data" in read) return { data: read.data };
    const at = spans.find((span) => read.problem.start >= span.start && read.problem.start <= span.end) ?? spans[spans.length - 1];
    return { text, problem: read.problem.message, valueLoc: at?.loc ?? item.loc };
  }
  /** A zone named by an empty string: a placeholder (a parameter's default of `''`), which Azure would refuse; not a zone of the root. */
  emptyZoneName(resource, what) {
    this.notes.push({ format: this.format, loc: resource.loc, expression: "''", reason: `is ${what} (a placeholder, which Azure refuses), so uclint does not check it` });
  }
  /** One "not checked" note: the unknown value's expression, why it is unknown, and what is not checked because of it. */
  note(resource, value, what) {
    const unknown = value.kind === "unknown" ? value : firstUnknown(value);
    const expression = unknown?.expression || shown(value);
    const why = unknown?.reason ?? "is not known statically";
    this.notes.push({ format: this.format, loc: resource.loc, expression, reason: `is not known statically (${why}), so uclint does not check ${what}` });
  }
};
function isEmptyName(name) {
  const trimmed = name.trim();
  return trimmed === "" || trimmed === ".";
}
function holdsRecords(value) {
  return value.kind === "list" && value.items.length > 0 || value.kind === "object" && value.entries.size > 0 || value.kind === "unknown";
}
function zoneTypeIsPrivate(zone) {
  if (zone === void 0 || zone.properties.kind !== "object") return false;
  const zoneType = entry(zone.properties, "zoneType");
  return zoneType?.kind === "string" && zoneType.value.toLowerCase() === "private";
}
function entry(object, key) {
  const exact = object.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, value] of object.entries) if (name.toLowerCase() === lower) return value;
  return void 0;
}
function fieldText(value, field) {
  if (field.kind === "number") {
    const number2 = value.kind === "number" ? value.value : value.kind === "string" && /^\d+$/.test(value.value.trim()) ? Number(value.value.trim()) : void 0;
    if (number2 === void 0 || !Number.isInteger(number2)) return { problem: `has a ${field.key} that is not an integer` };
    if (number2 < 0 || number2 > 65535) return { problem: `has a ${field.key} of ${number2}, outside 0-65535` };
    return String(number2);
  }
  if (value.kind !== "string") return { problem: `has a ${field.key} that is not a string` };
  const text = value.value.trim();
  if (text === "") return { problem: `has an empty ${field.key}` };
  return text;
}
function txtData(item) {
  const value = entry(item, "value");
  if (value === void 0) return { text: "", problem: "has no value", valueLoc: item.loc };
  const strings = value.kind === "list" ? value.items : [value];
  const out = [];
  for (const string of strings) {
    if (string.kind !== "string") return { text: shown(value), problem: "has a value that is not a string", valueLoc: string.loc };
    out.push(string.value);
  }
  return { data: { strings: out } };
}
function caaData(item) {
  const flags = entry(item, "flags");
  const tag = entry(item, "tag");
  const value = entry(item, "value");
  const text = [flags, tag, value].map((part) => part === void 0 ? "" : shown(part)).join(" ");
  if (flags?.kind !== "number" || !Number.isInteger(flags.value) || flags.value < 0 || flags.value > 255) return { text, problem: "has flags that are not an integer 0-255", valueLoc: flags?.loc ?? item.loc };
  if (tag?.kind !== "string" || !/^[A-Za-z0-9]+$/.test(tag.value)) return { text, problem: "has a tag that is not letters and digits", valueLoc: tag?.loc ?? item.loc };
  if (value?.kind !== "string") return { text, problem: "has a value that is not a string", valueLoc: value?.loc ?? item.loc };
  return { data: { flags: flags.value, tag: tag.value, value: value.value } };
}
function shown(value) {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
    case "bool":
      return String(value.value);
    case "null":
      return "null";
    case "list":
      return `[${value.items.map(shown).join(", ")}]`;
    case "object":
      return `{${[...value.entries].map(([key, entryValue]) => `${key}: ${shown(entryValue)}`).join(", ")}}`;
    case "unknown":
      return value.expression;
  }
}
function within(inner, outer) {
  if (inner.file !== outer.file) return false;
  const starts = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const ends = inner.endLine < outer.endLine || inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn;
  return starts && ends;
}

// src/formats/arm/security-groups.ts
var NSG = "microsoft.network/networksecuritygroups";
var NSG_RULE = `${NSG}/securityrules`;
var AzureSecurityGroups = class {
  constructor(format) {
    this.format = format;
  }
  format;
  groups = [];
  notes = [];
  diagnostics = [];
  noted = /* @__PURE__ */ new Set();
  problemsSaid = /* @__PURE__ */ new Set();
  /** A group declared by a file several reads pull in is one group. */
  seen = /* @__PURE__ */ new Set();
  add(deployment) {
    const byResource = /* @__PURE__ */ new Map();
    for (const resource of deployment.resources) {
      if (resource.existing || resource.type.toLowerCase() !== NSG) continue;
      const key = `${resource.loc.file}:${resource.loc.line}:${resource.loc.column}:${resource.loop?.index ?? ""}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const group = this.group(resource);
      byResource.set(resource, group);
      const properties2 = resource.properties;
      if (properties2.kind === "unknown") {
        this.sink(group).unknown(properties2, `the rules of network security group ${group.name}`);
        continue;
      }
      if (properties2.kind !== "object") continue;
      const rules = entry2(properties2, "securityRules");
      if (rules === void 0 || rules.kind === "null") continue;
      if (rules.kind === "unknown") {
        this.sink(group).unknown(rules, `the rules of network security group ${group.name}`);
        continue;
      }
      const items = rules.kind === "list" ? rules.items : [rules];
      for (const item of items) this.addRule(group, item, void 0);
    }
    for (const resource of deployment.resources) {
      if (resource.existing || resource.type.toLowerCase() !== NSG_RULE) continue;
      const key = `${resource.loc.file}:${resource.loc.line}:${resource.loc.column}:${resource.loop?.index ?? ""}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const parent = resource.parent;
      let group = parent ? byResource.get(parent) : void 0;
      if (!group) {
        const nameSegment = resource.nameSegments[0];
        const name = nameSegment?.kind === "string" ? nameSegment.value : nameSegment?.kind === "unknown" ? nameSegment.expression : "network security group";
        group = { name, loc: resource.loc, labels: labelsOf([{ kind: "name", value: nameSegment }]), rules: [], unread: [] };
        this.groups.push(group);
        if (parent) byResource.set(parent, group);
      }
      const ruleName = resource.nameSegments[resource.nameSegments.length - 1];
      this.addRule(group, { kind: "object", entries: /* @__PURE__ */ new Map([["name", ruleName ?? { kind: "null", loc: resource.loc }], ["properties", resource.properties]]), loc: resource.loc }, resource.condition);
    }
  }
  finish() {
    const sets = this.groups.map((group) => {
      const set = cloudRuleSet({ source: "azure-nsg", name: group.name, loc: group.loc, rules: orderNsgRules(group.rules, this.sink(group)), labels: group.labels });
      if (group.unread.length > 0) set.unreadRules = group.unread;
      return set;
    });
    return { firewallRuleSets: sets, notes: this.notes, diagnostics: this.diagnostics };
  }
  group(resource) {
    const nameSegment = resource.nameSegments[0];
    const name = nameSegment?.kind === "string" ? nameSegment.value : resource.symbol ?? (nameSegment?.kind === "unknown" ? nameSegment.expression : "network security group");
    const body = resource.body.kind === "object" ? resource.body : void 0;
    const labels = labelsOf([{ kind: "name", value: nameSegment }, { kind: "tag", value: body && entry2(body, "tags") }]);
    if (resource.symbol) labels.push({ kind: "address", value: resource.symbol, loc: resource.loc });
    const group = { name, loc: resource.loc, labels, rules: [], unread: [] };
    this.groups.push(group);
    if (resource.condition) this.sink(group).unknown(asUnknown(resource.condition), `whether network security group ${name} is deployed`);
    return group;
  }
  addRule(group, item, condition) {
    const sink = this.sink(group);
    if (condition) {
      sink.unknown(asUnknown(condition), `whether a security rule of ${group.name} is deployed`);
      return;
    }
    if (item.kind === "unknown") {
      sink.unknown(item, `a security rule of ${group.name}`);
      return;
    }
    if (item.kind !== "object") {
      sink.problem(item.loc, "a security rule must be an object with name and properties");
      return;
    }
    const properties2 = entry2(item, "properties");
    if (properties2?.kind === "unknown") {
      sink.unknown(properties2, `a security rule of ${group.name}`);
      return;
    }
    const props = properties2?.kind === "object" ? properties2 : void 0;
    const rule = nsgRule(
      { loc: item.loc, get: (field) => field === "name" ? entry2(item, "name") : props && entry2(props, field) },
      sink,
      `network security group ${group.name}`,
      (value) => String(value.value)
    );
    if (rule) group.rules.push(rule);
  }
  sink(group) {
    return groupRuleSink(group, this.problemsSaid, `${this.format}/security-rule`, this.diagnostics, (value, what) => {
      const loc = value.from ?? value.loc;
      const key = `${loc.file}\0${value.expression}`;
      if (this.noted.has(key)) return;
      this.noted.add(key);
      this.notes.push({ format: this.format, loc, expression: value.expression || "value", reason: `is not known statically (${value.reason}), so uclint does not check ${what}` });
    });
  }
};
function asUnknown(value) {
  return value.kind === "unknown" ? value : { kind: "unknown", expression: "condition", reason: "a condition", loc: value.loc };
}
function entry2(object, key) {
  const exact = object.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, value] of object.entries) if (name.toLowerCase() === lower) return value;
  return void 0;
}

export {
  DEFAULT_AZURE_BOUNDS,
  WHY,
  AzureEvaluation,
  LineIndex,
  literalString,
  partsOf,
  joinParts,
  textOf,
  entryOf,
  valuesEqual,
  callTemplateFunction,
  parseJsonText,
  jsonLiteralValue,
  isFullType,
  composeName,
  checkNameSegments,
  linkParents,
  readArmTemplate,
  readArmTemplateInto,
  indexInto,
  deploymentFileReader,
  sharedFiles,
  diagnosticsOnce,
  partOfEntries,
  AzureDnsZones,
  AzureSecurityGroups
};
