import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  parserFor
} from "./chunk-KIGTH4RW.js";
import {
  AzureDnsZones,
  AzureEvaluation,
  AzureSecurityGroups,
  DEFAULT_AZURE_BOUNDS,
  LineIndex,
  WHY,
  callTemplateFunction,
  checkNameSegments,
  composeName,
  deploymentFileReader,
  diagnosticsOnce,
  entryOf,
  indexInto,
  isFullType,
  joinParts,
  jsonLiteralValue,
  linkParents,
  literalString,
  parseJsonText,
  partOfEntries,
  partsOf,
  readArmTemplateInto,
  sharedFiles,
  textOf,
  valuesEqual
} from "./chunk-2VQ3ANF6.js";
import "./chunk-7FGAWDM6.js";
import {
  firstUnknown
} from "./chunk-N5FKD5AJ.js";
import "./chunk-UQTE7JHT.js";
import "./chunk-TRKV4FF5.js";
import "./chunk-ZINCBDUT.js";
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
import {
  fileTooLarge,
  thousands
} from "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/languages/bicep/strings.ts
var SIMPLE_ESCAPES = { "\\": "\\", "'": "'", n: "\n", r: "\r", t: "	", $: "$" };
function decodeEscapes(text, offset) {
  if (!text.includes("\\")) return { value: text, exact: !/[\r\n]/.test(text), badEscapes: [] };
  let value = "";
  const badEscapes = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "\\") {
      value += c;
      continue;
    }
    const next = text[i + 1];
    if (next !== void 0 && Object.hasOwn(SIMPLE_ESCAPES, next)) {
      value += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    if (next === "u" && text[i + 2] === "{") {
      const close = text.indexOf("}", i + 3);
      const hex = close > 0 ? text.slice(i + 3, close) : "";
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (code <= 1114111) {
        value += String.fromCodePoint(code);
        i = close;
        continue;
      }
    }
    badEscapes.push({ text: text.slice(i, i + 2), offset: offset + i });
    value += next ?? "";
    i++;
  }
  return { value, exact: false, badEscapes };
}
function multilineValue(content) {
  if (content.startsWith("\r\n")) return { value: content.slice(2), skipped: 2 };
  if (content.startsWith("\n") || content.startsWith("\r")) return { value: content.slice(1), skipped: 1 };
  return { value: content, skipped: 0 };
}

// src/languages/bicep/syntax.ts
var MAX_SYNTAX_DIAGNOSTICS = 100;
var TOO_DEEP = "too_deep";
var SKIPPED = /* @__PURE__ */ new Set(["comment", "diagnostic_comment"]);
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set(["param", "var", "resource", "module", "output", "type", "func", "import", "metadata", "targetScope", "using", "provider", "extension", "extends", "test", "assert", "@"]);
function parseBicepSyntax(parser, index, evaluation) {
  const { text } = index;
  const bounds = { depth: evaluation.bounds.maxDepth, tooDeep: void 0 };
  const root = { type: "infrastructure", named: true, missing: false, start: 0, end: text.length, children: [] };
  const starts = statementStarts(text);
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const part = copyTree(parser, text, starts[i], end, bounds);
    if (!part) {
      evaluation.diagnose("parse-bound", `this statement is too damaged to parse within the work bound for its ${thousands(end - starts[i])} characters; it is not read`, index.range(starts[i], starts[i] + 1), "error");
      continue;
    }
    for (const child of part.children) {
      if (containsError(child)) child.damaged = true;
      root.children.push(child);
    }
  }
  if (bounds.tooDeep !== void 0) {
    evaluation.diagnose("nesting", `expressions nest deeper than ${thousands(evaluation.bounds.maxDepth)} levels; what is deeper is not read`, index.range(bounds.tooDeep, bounds.tooDeep + 1), "error");
  }
  reportErrors(root, index, evaluation);
  return root;
}
var PARSE_CHECKS_PER_CHARACTER = 0.05;
var PARSE_CHECKS_FLOOR = 200;
function copyTree(parser, text, start, end, bounds) {
  const root = { type: "infrastructure", named: true, missing: false, start, end, children: [] };
  const budget = PARSE_CHECKS_FLOOR + (end - start) * PARSE_CHECKS_PER_CHARACTER;
  let checks = 0;
  const tree = parser.parse(start === 0 && end === text.length ? text : text.slice(start, end), null, { progressCallback: () => ++checks > budget });
  if (!tree) {
    parser.reset();
    return void 0;
  }
  try {
    const cursor = tree.walk();
    const stack = [root];
    let more = cursor.gotoFirstChild();
    while (more) {
      const type = cursor.nodeType;
      if (!SKIPPED.has(type)) {
        const node = { type, named: cursor.nodeIsNamed, missing: cursor.nodeIsMissing, start: start + cursor.startIndex, end: start + cursor.endIndex, children: [] };
        const field2 = cursor.currentFieldName;
        if (field2) node.field = field2;
        stack[stack.length - 1].children.push(node);
        if (stack.length > bounds.depth) {
          bounds.tooDeep ??= node.start;
          node.type = TOO_DEEP;
        } else if (cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (cursor.gotoParent()) stack.pop();
        if (stack.length === 0 || cursor.currentDepth === 0) {
          more = false;
          break;
        }
      }
    }
    cursor.delete();
  } finally {
    tree.delete();
  }
  return root;
}
function statementStarts(text) {
  const starts = [0];
  const stack = [];
  let lineStart = true;
  let decoratorsOnly = false;
  const unindented = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      lineStart = true;
      i++;
      continue;
    }
    if (c === " " || c === "	") {
      i++;
      continue;
    }
    const first = lineStart;
    lineStart = false;
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
      lineStart = first;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
      lineStart = first;
      continue;
    }
    if (first && stack.length === 0) {
      const word = c === "@" ? "@" : /[A-Za-z_]/.test(c) ? wordAt(text, i) : "";
      if (STATEMENT_KEYWORDS.has(word)) {
        if (!decoratorsOnly && i > 0) starts.push(i);
        decoratorsOnly = word === "@";
      }
    } else if (first && (i === 0 || text[i - 1] === "\n" || text[i - 1] === "\r")) {
      const word = c === "@" ? "@" : /[A-Za-z_]/.test(c) ? wordAt(text, i) : "";
      if (STATEMENT_KEYWORDS.has(word)) unindented.push({ at: i, decorator: word === "@" });
    }
    if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (c === "'") {
      i = skipString(text, i + 1, stack);
      continue;
    }
    if (c === "{" || c === "[" || c === "(") stack.push(c);
    else if (c === "}" || c === "]" || c === ")") {
      if (c === "}" && stack[stack.length - 1] === "${") {
        stack.pop();
        i = skipString(text, i + 1, stack);
        continue;
      }
      if (stack.length > 0 && stack[stack.length - 1] !== "${") stack.pop();
    }
    i++;
  }
  if (stack.length > 0) {
    const last = starts[starts.length - 1];
    let decorators = false;
    for (const { at, decorator } of unindented) {
      if (at <= last) continue;
      if (!decorators) starts.push(at);
      decorators = decorator;
    }
  }
  return starts;
}
function skipString(text, i, stack) {
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if (c === "'") return i + 1;
    else if (c === "\n" || c === "\r") return i;
    else if (c === "$" && text[i + 1] === "{") {
      stack.push("${");
      return i + 2;
    } else i++;
  }
  return i;
}
function wordAt(text, i) {
  let end = i;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  return text.slice(i, end);
}
function containsError(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "ERROR" && !isNonNullAssertion(node) || node.missing) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
function reportErrors(root, index, evaluation) {
  let errors = 0;
  const stack = [root];
  const found = [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "ERROR" && !isNonNullAssertion(node) || node.missing) {
      found.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  for (const node of found) {
    errors++;
    if (errors > MAX_SYNTAX_DIAGNOSTICS) return;
    const message = node.missing ? `expected ${describeMissing(node.type)}` : `unexpected ${quoteText(index.text.slice(node.start, node.end))}`;
    const more = errors === MAX_SYNTAX_DIAGNOSTICS && found.length > MAX_SYNTAX_DIAGNOSTICS ? ` (and ${thousands(found.length - MAX_SYNTAX_DIAGNOSTICS)} more syntax errors not listed)` : "";
    evaluation.diagnose("syntax", `${message}${more}: a syntax error, or Bicep syntax the grammar does not know yet; what the statement declares is read where it can be`, index.range(node.start, Math.max(node.end, node.start + (node.missing ? 0 : 1))), "warning");
  }
}
function describeMissing(type) {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, " ") : `'${type}'`;
}
function quoteText(text) {
  const line = text.split(/\r\n|\r|\n/)[0];
  const shown = line.length > 40 ? `${line.slice(0, 37)}...` : line;
  return shown.length === 0 ? "text" : `'${shown}'`;
}
function named(node) {
  return node.children.filter((child) => child.named && !isNonNullAssertion(child));
}
function isNonNullAssertion(node) {
  return node.type === "ERROR" && node.children.length === 1 && node.children[0].type === "!";
}
function field(node, name) {
  return node.children.find((child) => child.field === name);
}
function hasToken(node, token) {
  return node.children.some((child) => !child.named && child.type === token);
}

// src/languages/bicep/reader.ts
function readBicepWith(parser, text, file, options = {}) {
  const evaluation = new AzureEvaluation("bicep", { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const result = emptyResult(file, evaluation);
  const reader = new BicepReader(parser, evaluation, options.readFile);
  const given = new Map(options.parameterValues ?? []);
  const parameters = reader.readFile(text, file, given, void 0, 0, [file], result.resources);
  linkParents(result.resources);
  if (parameters) for (const [name, value] of parameters) result.parameters.set(name, value);
  inTextOrder(result.diagnostics);
  return result;
}
function readBicepParamsWith(parser, text, file, options = {}) {
  const evaluation = new AzureEvaluation("bicep", { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const result = emptyResult(file, evaluation);
  const reader = new BicepReader(parser, evaluation, options.readFile);
  const params = reader.readParamsFile(text, file);
  if (!params) return result;
  result.using = params.using;
  const index = new LineIndex(file, text);
  if (params.using === void 0 || !options.readFile) return result;
  if (/^(br|ts)[:/]/i.test(params.using) || params.using === "none") return result;
  const read = options.readFile(params.using, file);
  if ("error" in read) {
    evaluation.diagnose("using", `${params.using} is not read: ${read.error}`, params.usingLoc ?? index.range(0, 0));
    return result;
  }
  evaluation.filesRead.push(read.file);
  const parameters = reader.readFile(read.text, read.file, params.values, void 0, 0, [file, read.file], result.resources);
  linkParents(result.resources);
  if (parameters) for (const [name, value] of parameters) result.parameters.set(name, value);
  inTextOrder(result.diagnostics);
  return result;
}
function emptyResult(file, evaluation) {
  return { language: "bicep", file, recognized: true, resources: [], parameters: /* @__PURE__ */ new Map(), diagnostics: evaluation.diagnostics, filesRead: evaluation.filesRead };
}
var BINARY_FUNCTIONS = { "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod", "<": "less", "<=": "lessOrEquals", ">": "greater", ">=": "greaterOrEquals" };
var VALUE_NODES = /* @__PURE__ */ new Set(["object", "if_statement", "for_statement"]);
var BicepReader = class {
  constructor(parser, evaluation, reader) {
    this.parser = parser;
    this.evaluation = evaluation;
    this.reader = reader;
  }
  parser;
  evaluation;
  reader;
  // -- Files -----------------------------------------------------------------------------
  /**
   * Reads one Bicep file into `out` (its resources, then each module's): returns its parameters'
   * values, or undefined when it was not read (over the size bound).
   */
  readFile(text, file, given, deployment, depth, chain, out) {
    const index = new LineIndex(file, text);
    if (text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose("too-large", fileTooLarge(text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), "error");
      return void 0;
    }
    const root = parseBicepSyntax(this.parser, index, this.evaluation);
    const scope = { bindings: /* @__PURE__ */ new Map(), file: { index, depth, chain, deployment, damaged: damagedRanges(root) } };
    const order = [];
    const parameterSlots = [];
    const variableSlots = [];
    for (const statement of root.children) {
      const declared = this.declare(statement, scope, given);
      if (declared && "compute" in declared) (statement.type === "parameter_declaration" ? parameterSlots : variableSlots).push(declared);
      else if (declared) order.push(declared);
    }
    for (const slot of variableSlots) this.resolve(slot);
    for (const decl of order) this.emit(decl, out);
    const parameters = /* @__PURE__ */ new Map();
    for (const slot of parameterSlots) parameters.set(slot.name, this.resolve(slot));
    return parameters;
  }
  /**
   * Reads a `.bicepparam` file: `using` and the values of its `param`s. The grammar reads
   * `param x = value` (no type) as a broken declaration, so each `param` keyword is read as
   * `var  ` (same length: every position stays where it was) and the values are read as the
   * variables they then are.
   */
  readParamsFile(text, file) {
    const index = new LineIndex(file, text);
    if (text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose("too-large", fileTooLarge(text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), "error");
      return void 0;
    }
    const first = parseBicepSyntax(this.parser, index, new AzureEvaluation("bicep", this.evaluation.bounds));
    const keywords = [];
    const visit = (node) => {
      if (!node.named && node.type === "param") keywords.push(node.start);
      for (const child of node.children) visit(child);
    };
    visit(first);
    let patched = text;
    for (const at of keywords.sort((a, b) => b - a)) patched = `${patched.slice(0, at)}var  ${patched.slice(at + 5)}`;
    const patchedIndex = new LineIndex(file, patched);
    const root = parseBicepSyntax(this.parser, patchedIndex, this.evaluation);
    const scope = { bindings: /* @__PURE__ */ new Map(), file: { index: patchedIndex, depth: 0, chain: [file], damaged: damagedRanges(root) } };
    const params = [];
    let using;
    let usingLoc;
    const keywordSet = new Set(keywords);
    for (const statement of root.children) {
      if (statement.type === "using_statement") {
        const target = named(statement)[0];
        const value = target ? this.evaluate(target, scope) : void 0;
        if (value?.kind === "string") {
          using = value.value;
          usingLoc = value.loc;
        }
        continue;
      }
      const declared = this.declare(statement, scope, /* @__PURE__ */ new Map());
      if (statement.type === "variable_declaration" && keywordSet.has(statement.start) && declared && "compute" in declared) params.push(declared);
    }
    const values = /* @__PURE__ */ new Map();
    for (const slot of params) values.set(slot.name, this.resolve(slot));
    return { using, usingLoc, values };
  }
  /** Binds a top-level statement's symbol; gives back what the file's walk needs (its declarations in order, its parameters). */
  declare(statement, scope, given) {
    const index = scope.file.index;
    const name = named(statement).find((child) => child.type === "identifier" || child.field === "name");
    const symbol = name ? index.text.slice(name.start, name.end) : "";
    const bind = (binding) => {
      if (!symbol) return;
      if (scope.bindings.has(symbol)) {
        this.evaluation.diagnose("duplicate", `'${symbol}' is declared more than once; the first declaration is read`, this.loc(scope, name));
        return;
      }
      scope.bindings.set(symbol, binding);
    };
    switch (statement.type) {
      case "parameter_declaration": {
        const defaultValue = afterToken(statement, "=");
        const slot = {
          name: symbol,
          loc: this.loc(scope, name ?? statement),
          state: "pending",
          compute: () => {
            const supplied = given.get(symbol);
            if (supplied) return supplied;
            if (defaultValue) return this.staticOf(this.evaluate(defaultValue, scope), defaultValue, scope);
            return this.evaluation.unknown(symbol, WHY.parameterWithoutValue(symbol), this.loc(scope, name ?? statement));
          }
        };
        bind({ kind: "slot", slot });
        return slot;
      }
      case "variable_declaration": {
        const value = afterToken(statement, "=");
        const slot = {
          name: symbol,
          loc: this.loc(scope, name ?? statement),
          state: "pending",
          compute: () => value ? this.staticOf(this.evaluate(value, scope), value, scope) : this.evaluation.unknown(symbol, WHY.syntax, this.loc(scope, statement))
        };
        bind({ kind: "slot", slot });
        return slot.name ? slot : void 0;
      }
      case "resource_declaration": {
        const decl = this.resourceDecl(statement, scope, void 0);
        if (decl) bind({ kind: "resource", decl });
        return decl;
      }
      case "module_declaration": {
        const pathNode = named(statement).find((child) => child.type === "string");
        const value = statement.children.find((child) => VALUE_NODES.has(child.type));
        if (!pathNode || !value) return void 0;
        const decl = { symbol, node: statement, scope, path: this.staticOf(this.evaluate(pathNode, scope), pathNode, scope), isLoop: value.type === "for_statement", state: "pending", instances: [] };
        bind({ kind: "module", decl });
        return decl;
      }
      case "user_defined_function":
        bind({ kind: "opaque", reason: WHY.notEvaluated(symbol) });
        return void 0;
      case "import_functionality": {
        const from = named(statement).find((child) => child.type === "string");
        const source = from ? index.text.slice(from.start, from.end) : "another file";
        const identifiers = named(statement).filter((child) => child.type === "identifier");
        const bound = hasToken(statement, "*") ? identifiers.slice(-1) : identifiers.filter((child, i) => !(identifiers[i + 1] && statement.children.some((token) => token.type === "as" && token.start > child.end && token.end <= identifiers[i + 1].start)));
        for (const identifier of bound) scope.bindings.set(index.text.slice(identifier.start, identifier.end), { kind: "opaque", reason: `imported from ${source}, which is not read` });
        return void 0;
      }
      case "import_statement":
      case "import_with_statement": {
        const alias = named(statement).filter((child) => child.type === "identifier").pop();
        if (alias) scope.bindings.set(index.text.slice(alias.start, alias.end), { kind: "opaque", reason: "an extension namespace is not evaluated" });
        return void 0;
      }
      default:
        return void 0;
    }
  }
  /** Pushes a declaration's instances into `out`, each followed by what it contains (nested resources, a module's resources). */
  emit(decl, out) {
    if ("writtenType" in decl) {
      for (const instance of this.instancesOf(decl)) {
        if (!instance.resource) continue;
        out.push(instance.resource);
        for (const child of instance.children) this.emit(child, out);
      }
      return;
    }
    for (const instance of this.moduleInstances(decl)) {
      out.push(instance.resource);
      for (const resource of instance.resources) out.push(resource);
    }
  }
  // -- Resources ---------------------------------------------------------------------------
  resourceDecl(statement, scope, enclosing) {
    const index = scope.file.index;
    const name = named(statement).find((child) => child.type === "identifier");
    const typeNode = named(statement).find((child) => child.type === "string");
    const value = statement.children.find((child) => VALUE_NODES.has(child.type));
    if (!name || !typeNode || !value) return void 0;
    const typeValue = this.evaluate(typeNode, scope);
    if (typeValue.kind !== "string" || typeValue.value.length === 0) {
      this.evaluation.diagnose("resource", "a resource's type is not a literal string; it is not read", this.loc(scope, typeNode));
      return void 0;
    }
    const at = typeValue.value.lastIndexOf("@");
    return {
      symbol: index.text.slice(name.start, name.end),
      node: statement,
      scope,
      writtenType: at >= 0 ? typeValue.value.slice(0, at) : typeValue.value,
      typeLoc: this.loc(scope, typeNode),
      writtenApiVersion: at >= 0 ? typeValue.value.slice(at + 1) : void 0,
      existing: hasToken(statement, "existing"),
      enclosing,
      isLoop: value.type === "for_statement",
      state: "pending",
      instances: []
    };
  }
  /** A resource declaration's instances, made on first use (a reference to a symbol declared further down works). */
  instancesOf(decl) {
    if (decl.state === "done") return decl.instances;
    if (decl.state === "busy") {
      this.evaluation.diagnose("cycle", `resource '${decl.symbol}' depends on itself`, this.loc(decl.scope, decl.node));
      return [];
    }
    decl.state = "busy";
    const value = decl.node.children.find((child) => VALUE_NODES.has(child.type));
    for (const iteration of this.iterate(value, decl.scope, decl.symbol, decl.enclosing?.resource?.condition)) this.makeInstance(decl, iteration);
    decl.state = "done";
    return decl.instances;
  }
  makeInstance(decl, iteration) {
    const { body, condition, loop } = iteration;
    const scope = { bindings: /* @__PURE__ */ new Map(), parent: iteration.scope, file: iteration.scope.file };
    const instance = { decl, written: { kind: "null", loc: this.loc(scope, body) }, children: [] };
    decl.instances.push(instance);
    const entries = /* @__PURE__ */ new Map();
    let parentRef;
    for (const property of named(body)) {
      if (property.type !== "object_property") continue;
      const nested = property.children.find((child) => child.type === "resource_declaration");
      if (nested) {
        const child = this.resourceDecl(nested, scope, instance);
        if (!child) continue;
        instance.children.push(child);
        scope.bindings.set(child.symbol, { kind: "resource", decl: child });
      }
    }
    for (const property of named(body)) {
      if (property.type !== "object_property" || property.children.some((child) => child.type === "resource_declaration")) continue;
      const key = this.propertyKey(property, scope);
      const valueNode = propertyValue(property);
      if (key === void 0 || !valueNode) continue;
      const value = this.evaluate(valueNode, scope);
      if (key === "parent") {
        if (value.kind === "resource") parentRef = value;
        else this.evaluation.diagnose("parent", "'parent' is not a resource symbol", this.loc(scope, valueNode));
        continue;
      }
      entries.set(key, this.staticOf(value, valueNode, scope));
    }
    const loc = this.loc(scope, decl.node);
    const bodyValue = { kind: "object", entries, loc: this.loc(scope, body) };
    const parent = parentRef ? this.instanceOf(parentRef) : decl.enclosing;
    if (parentRef && !parent) this.evaluation.diagnose("parent", `the parent of '${decl.symbol}' is a resource that is not deployed or is a loop without an index`, parentRef.loc);
    const written = entries.get("name") ?? this.evaluation.unknown(decl.symbol, WHY.error("the resource has no name"), loc);
    instance.written = written;
    const parentResource = parent?.resource;
    const { name, segments } = composeName(written, parentResource?.nameSegments, written.loc);
    const resource = {
      language: "bicep",
      type: this.typeOf(decl),
      typeLoc: decl.typeLoc,
      name,
      nameSegments: segments,
      properties: entryOf(bodyValue, "properties") ?? { kind: "null", loc },
      body: bodyValue,
      symbol: decl.symbol,
      loc
    };
    const apiVersion = this.apiVersionOf(decl);
    if (apiVersion !== void 0) resource.apiVersion = apiVersion;
    if (parentResource) resource.parent = parentResource;
    if (condition) resource.condition = condition;
    if (loop) resource.loop = loop;
    if (decl.existing) resource.existing = true;
    if (scope.file.deployment) resource.deployment = scope.file.deployment;
    instance.resource = resource;
    checkNameSegments(resource, this.evaluation, written.loc);
  }
  /** A resource's full type: a nested resource's type follows its parent's. */
  typeOf(decl) {
    const parent = decl.enclosing?.resource;
    return parent && !isFullType(decl.writtenType) ? `${parent.type}/${decl.writtenType}` : decl.writtenType;
  }
  apiVersionOf(decl) {
    return decl.writtenApiVersion ?? (isFullType(decl.writtenType) ? void 0 : decl.enclosing?.resource?.apiVersion);
  }
  /** The instance a reference stands for: its index, or the only instance of a declaration that is not a loop. */
  instanceOf(ref) {
    const instances = this.instancesOf(ref.decl);
    if (ref.instance !== void 0) return instances[ref.instance];
    return ref.decl.isLoop ? void 0 : instances[0];
  }
  /**
   * The bodies a declaration's value gives: one for an object, none or one for `if`, one per item
   * for `for` (one standing for the loop when its array is unknown).
   */
  iterate(value, scope, loopName, inherited) {
    if (value.type === "object") return [{ body: value, scope, condition: inherited }];
    if (value.type === "if_statement") {
      const test = named(value).find((child) => child.type === "parenthesized_expression");
      const body = named(value).find((child) => child.type === "object");
      if (!body) return [];
      const condition = test ? this.condition(test, scope) : this.evaluation.unknown("if", WHY.syntax, this.loc(scope, value));
      if (condition.kind === "bool") return condition.value ? [{ body, scope, condition: inherited }] : [];
      return [{ body, scope, condition: inherited ?? condition }];
    }
    const loop = this.forLoop(value, scope);
    if (!loop) return [];
    const iterations = [];
    const loopLoc = this.loc(scope, value);
    for (const item of loop.items(loopName)) {
      const bodyNode = item.body;
      const marker = { name: loopName, loc: loopLoc, ...item.index === void 0 ? {} : { index: item.index } };
      if (bodyNode.type === "if_statement") {
        for (const iteration of this.iterate(bodyNode, item.scope, loopName, inherited)) iterations.push({ ...iteration, loop: marker });
      } else if (bodyNode.type === "object") iterations.push({ body: bodyNode, scope: item.scope, condition: inherited, loop: marker });
    }
    return iterations;
  }
  condition(test, scope) {
    const inner = named(test)[0];
    if (!inner) return this.evaluation.unknown("", WHY.syntax, this.loc(scope, test));
    const value = this.staticOf(this.evaluate(inner, scope), inner, scope);
    if (value.kind === "bool" || value.kind === "unknown") return value;
    return this.evaluation.unknown(this.text(scope, inner), WHY.error("the condition is not a bool"), value.loc);
  }
  /**
   * A `for` expression: `[for x in xs: body]`, `[for (x, i) in xs: body]`, `[for i in range(0, 3): body]`.
   * Gives the items with the loop variables bound, within the loop bound.
   */
  forLoop(node, scope) {
    const parameters = node.children.find((child) => child.type === "for_loop_parameters");
    const initializer = field(node, "initializer");
    const inAt = node.children.findIndex((child) => child.type === "in");
    const colonAt = node.children.findIndex((child, i) => i > inAt && child.type === ":");
    const iterable = inAt >= 0 ? node.children.slice(inAt + 1, colonAt >= 0 ? colonAt : void 0).find((child) => child.named) : void 0;
    const body = field(node, "body");
    if (!iterable || !body) return void 0;
    const index = scope.file.index;
    const itemName = parameters ? named(parameters).find((child) => child.type === "loop_variable") : initializer;
    const indexName = parameters ? named(parameters).find((child) => child.type === "loop_enumerator") : void 0;
    const itemSymbol = itemName ? index.text.slice(itemName.start, itemName.end) : void 0;
    const indexSymbol = indexName ? index.text.slice(indexName.start, indexName.end) : void 0;
    return {
      items: (name) => {
        const array = this.staticOf(this.evaluate(iterable, scope), iterable, scope);
        const bindings = (item, position) => {
          const bound = { bindings: /* @__PURE__ */ new Map(), parent: scope, file: scope.file };
          if (itemSymbol) bound.bindings.set(itemSymbol, { kind: "value", value: item });
          if (indexSymbol) bound.bindings.set(indexSymbol, { kind: "value", value: position });
          return bound;
        };
        if (array.kind !== "list") {
          const reason = array.kind === "unknown" ? array.reason : WHY.error("the loop is not over an array");
          const unknown = this.evaluation.unknown(this.text(scope, iterable), reason, array.loc);
          return [{ body, scope: bindings(unknown, { ...unknown, expression: indexSymbol ?? "" }) }];
        }
        const granted = this.evaluation.takeInstances(array.items.length, this.loc(scope, node), `'${name}'`);
        const items = [];
        for (let i = 0; i < granted; i++) items.push({ body, scope: bindings(array.items[i], { kind: "number", value: i, loc: array.items[i].loc }), index: i });
        return items;
      }
    };
  }
  // -- Modules -----------------------------------------------------------------------------
  moduleInstances(decl) {
    if (decl.state === "done") return decl.instances;
    if (decl.state === "busy") {
      this.evaluation.diagnose("cycle", `module '${decl.symbol}' depends on itself`, this.loc(decl.scope, decl.node));
      return [];
    }
    decl.state = "busy";
    const value = decl.node.children.find((child) => VALUE_NODES.has(child.type));
    for (const iteration of this.iterate(value, decl.scope, decl.symbol, void 0)) this.makeModule(decl, iteration);
    decl.state = "done";
    return decl.instances;
  }
  makeModule(decl, iteration) {
    const { body, scope, condition, loop } = iteration;
    const entries = /* @__PURE__ */ new Map();
    for (const property of named(body)) {
      if (property.type !== "object_property") continue;
      const key = this.propertyKey(property, scope);
      const valueNode = propertyValue(property);
      if (key === void 0 || !valueNode) continue;
      entries.set(key, this.staticOf(this.evaluate(valueNode, scope), valueNode, scope));
    }
    const loc = this.loc(scope, decl.node);
    const bodyValue = { kind: "object", entries, loc: this.loc(scope, body) };
    const written = entries.get("name") ?? this.evaluation.unknown(decl.symbol, WHY.moduleName, loc);
    const { name, segments } = composeName(written, void 0, written.loc);
    const resource = {
      language: "bicep",
      type: "Microsoft.Resources/deployments",
      typeLoc: decl.path.loc,
      name,
      nameSegments: segments,
      properties: { kind: "null", loc },
      body: bodyValue,
      symbol: decl.symbol,
      loc
    };
    if (condition) resource.condition = condition;
    if (loop) resource.loop = loop;
    if (scope.file.deployment) resource.deployment = scope.file.deployment;
    const instance = { resource, written, resources: [] };
    decl.instances.push(instance);
    const params = entryOf(bodyValue, "params");
    const given = /* @__PURE__ */ new Map();
    if (params?.kind === "object") for (const [key, value] of params.entries) given.set(key, value);
    this.readModule(decl, scope, given, resource, instance.resources);
  }
  readModule(decl, scope, given, deployment, out) {
    const path = decl.path;
    if (path.kind !== "string") return;
    if (/^(br|ts)[:/]/i.test(path.value)) {
      this.evaluation.diagnose("module-not-read", `module ${path.value} is in a registry; its resources are not read`, path.loc, "info");
      return;
    }
    if (!this.reader) return;
    if (scope.file.depth + 1 > this.evaluation.bounds.maxDeploymentDepth) {
      this.evaluation.diagnose("deployment-depth", `modules go deeper than ${this.evaluation.bounds.maxDeploymentDepth} levels; ${path.value} is not read`, path.loc);
      return;
    }
    const read = this.reader(path.value, scope.file.index.file);
    if ("error" in read) {
      this.evaluation.diagnose("module", `module ${path.value} is not read: ${read.error}`, path.loc);
      return;
    }
    if (scope.file.chain.includes(read.file)) {
      this.evaluation.diagnose("module", `module ${path.value} includes itself (${[...scope.file.chain, read.file].join(" -> ")}); not read again`, path.loc);
      return;
    }
    this.evaluation.filesRead.push(read.file);
    if (/\.json$/i.test(read.file)) {
      if (!readArmTemplateInto(read.text, read.file, this.evaluation, given, deployment, scope.file.depth + 1, this.reader, out)) {
        this.evaluation.diagnose("module", `module ${path.value} is not an ARM deployment template`, path.loc);
      }
      return;
    }
    this.readFile(read.text, read.file, given, deployment, scope.file.depth + 1, [...scope.file.chain, read.file], out);
  }
  // -- Expressions ---------------------------------------------------------------------------
  loc(scope, node) {
    return scope.file.index.range(node.start, node.end);
  }
  text(scope, node) {
    return scope.file.index.text.slice(node.start, node.end);
  }
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
  /** A value as a static value: a resource or module symbol used as a value is unknown (it stands for the deployed resource). */
  staticOf(value, node, scope) {
    if (value.kind !== "resource" && value.kind !== "module") return value;
    return this.evaluation.unknown(this.text(scope, node), WHY.afterDeployment(`the ${value.kind} '${value.decl.symbol}'`), this.loc(scope, node));
  }
  lookup(symbol, scope) {
    for (let at = scope; at; at = at.parent) {
      const binding = at.bindings.get(symbol);
      if (binding) return binding;
    }
    return void 0;
  }
  propertyKey(property, scope) {
    const key = property.children[0];
    if (!key) return void 0;
    if (key.type === "identifier") return this.text(scope, key);
    if (key.type === "compatible_identifier") return this.text(scope, named(key)[0] ?? key);
    if (key.type === "string") {
      const value = this.evaluate(key, scope);
      return value.kind === "string" ? value.value : void 0;
    }
    return this.text(scope, key);
  }
  evaluate(node, scope) {
    const loc = this.loc(scope, node);
    if (!this.evaluation.step(loc)) return this.evaluation.unknown(this.text(scope, node).slice(0, 200), WHY.bound, loc);
    switch (node.type) {
      case "string":
        return this.stringValue(node, scope, loc);
      case "number":
        return { kind: "number", value: Number(this.text(scope, node)), loc };
      case "boolean":
        return { kind: "bool", value: this.text(scope, node) === "true", loc };
      case "null":
        return { kind: "null", loc };
      case "array":
        return this.arrayValue(node, scope, loc);
      case "object": {
        const entries = /* @__PURE__ */ new Map();
        for (const property of named(node)) {
          if (property.type !== "object_property") continue;
          const key = this.propertyKey(property, scope);
          const valueNode = propertyValue(property);
          if (key !== void 0 && valueNode) entries.set(key, this.staticOf(this.evaluate(valueNode, scope), valueNode, scope));
        }
        return { kind: "object", entries, loc };
      }
      case "identifier":
        return this.identifier(node, scope, loc);
      case "parenthesized_expression": {
        const inner = named(node);
        return inner.length === 1 ? this.evaluate(inner[0], scope) : this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
      }
      case "member_expression":
        return this.member(node, scope, loc);
      case "subscript_expression":
        return this.subscript(node, scope, loc);
      case "resource_expression":
        return this.nestedSymbol(node, scope, loc);
      case "call_expression":
        return this.call(node, scope, loc);
      case "unary_expression":
        return this.unary(node, scope, loc);
      case "binary_expression":
        return this.binary(node, scope, loc);
      case "ternary_expression": {
        const test = field(node, "condition");
        const condition = test ? this.staticOf(this.evaluate(test, scope), test, scope) : void 0;
        if (condition?.kind === "bool") {
          const branch = field(node, condition.value ? "consequence" : "alternative");
          if (branch) return this.evaluate(branch, scope);
        }
        return this.evaluation.unknown(this.text(scope, node), condition?.kind === "unknown" ? condition.reason : WHY.error("the condition is not a bool"), loc);
      }
      case "for_statement":
        return this.forValue(node, scope, loc);
      case TOO_DEEP:
        return this.evaluation.unknown(this.text(scope, node).slice(0, 200), WHY.bound, loc);
      case "lambda_expression":
        return this.evaluation.unknown(this.text(scope, node), WHY.notEvaluated("a lambda outside map, filter, reduce or toObject"), loc);
      default:
        return this.evaluation.unknown(this.text(scope, node).slice(0, 200), WHY.syntax, loc);
    }
  }
  stringValue(node, scope, loc) {
    const text = scope.file.index.text;
    const index = scope.file.index;
    if (text.startsWith("'''", node.start)) {
      const closed = node.end - node.start >= 6 && text.startsWith("'''", node.end - 3);
      const contentEnd2 = closed ? node.end - 3 : node.end;
      const { value, skipped } = multilineValue(text.slice(node.start + 3, contentEnd2));
      return literalString(value, loc, index.range(node.start + 3 + skipped, contentEnd2), false);
    }
    const last = node.children[node.children.length - 1];
    const contentEnd = last && last.type === "'" && !last.missing && node.children.length > 1 ? last.start : node.end;
    const parts = [];
    let at = node.start + 1;
    let exact = true;
    const literalRun = (end) => {
      if (end <= at) return;
      const decoded = decodeEscapes(text.slice(at, end), at);
      for (const bad of decoded.badEscapes) this.evaluation.diagnose("syntax", `'${bad.text}' is not an escape Bicep knows (\\\\ \\' \\n \\r \\t \\$ \\u{...})`, index.range(bad.offset, bad.offset + bad.text.length), "error");
      exact &&= decoded.exact;
      parts.push({ text: decoded.value, loc: index.range(at, end), exact: decoded.exact });
    };
    for (const child of node.children) {
      if (child.type !== "interpolation") continue;
      literalRun(child.start);
      const inner = named(child)[0];
      const value = inner ? this.staticOf(this.evaluate(inner, scope), inner, scope) : this.evaluation.unknown(this.text(scope, child), WHY.syntax, this.loc(scope, child));
      for (const part of partsOf(value, textOf)) parts.push(part);
      at = child.end;
    }
    literalRun(contentEnd);
    if (parts.length === 0) return literalString("", loc, index.range(node.start + 1, contentEnd), true);
    if (parts.length === 1 && !("unknown" in parts[0]) && node.children.every((child) => child.type !== "interpolation")) {
      return literalString(parts[0].text, loc, parts[0].loc, exact);
    }
    return joinParts(parts, loc, this.text(scope, node), this.evaluation);
  }
  arrayValue(node, scope, loc) {
    const items = [];
    for (const child of named(node)) {
      if (child.type === "decorators") continue;
      items.push(this.staticOf(this.evaluate(child, scope), child, scope));
    }
    return { kind: "list", items, loc };
  }
  identifier(node, scope, loc) {
    const symbol = this.text(scope, node);
    const binding = this.lookup(symbol, scope);
    if (!binding) {
      if (!scope.file.damaged.some((range) => node.start >= range.start && node.end <= range.end)) this.evaluation.diagnose("reference", `'${symbol}' is not declared`, loc, "error");
      return this.evaluation.unknown(symbol, WHY.error(`'${symbol}' is not declared`), loc);
    }
    switch (binding.kind) {
      case "slot":
        return this.resolve(binding.slot);
      case "value":
        return binding.value;
      case "resource":
        return { kind: "resource", decl: binding.decl, loc };
      case "module":
        return { kind: "module", decl: binding.decl, loc };
      case "opaque":
        return this.evaluation.unknown(symbol, binding.reason, loc);
    }
  }
  member(node, scope, loc) {
    const objectNode = field(node, "object");
    const propertyNode = field(node, "property");
    if (!objectNode || !propertyNode) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const written = this.text(scope, node);
    const property = this.text(scope, propertyNode);
    const safe = hasToken(node, ".?");
    const object = this.evaluate(objectNode, scope);
    if (object.kind === "resource") return this.resourceMember(object, property, written, loc);
    if (object.kind === "module") {
      const instances = this.moduleInstances(object.decl);
      const instance = object.instance !== void 0 ? instances[object.instance] : object.decl.isLoop ? void 0 : instances[0];
      if (property === "name" && instance) return instance.written;
      return this.evaluation.unknown(written, WHY.afterDeployment(`a module's ${property}`), loc);
    }
    if (object.kind === "unknown") return { kind: "unknown", expression: written, reason: object.reason, loc };
    if (object.kind === "null" && safe) return object;
    if (object.kind !== "object") return this.evaluation.unknown(written, WHY.error(`'${property}' is read from a value that is not an object`), loc);
    return entryOf(object, property) ?? (safe ? { kind: "null", loc } : this.evaluation.unknown(written, WHY.error(`the object has no property '${property}'`), loc));
  }
  /** `zone.name` (the name as declared), `zone.type`, `zone.apiVersion`; `zone.id` and the rest depend on the deployment. */
  resourceMember(ref, property, written, loc) {
    const decl = ref.decl;
    const instance = this.instanceOf(ref);
    if (property === "type") return { kind: "string", value: this.typeOf(decl), loc };
    const apiVersion = this.apiVersionOf(decl);
    if (property === "apiVersion" && apiVersion !== void 0) return { kind: "string", value: apiVersion, loc };
    if (!instance?.resource) {
      const why = decl.isLoop && ref.instance === void 0 ? WHY.error(`'${decl.symbol}' is a loop: it needs an index`) : WHY.error(`'${decl.symbol}' is not deployed`);
      return this.evaluation.unknown(written, why, loc);
    }
    if (property === "name") return instance.written;
    if (property === "id") {
      const unknown = this.evaluation.unknown(written, WHY.resourceId, loc);
      if (instance.resource.name.kind === "string") unknown.resourceId = { type: instance.resource.type, name: instance.resource.name.value };
      return unknown;
    }
    return this.evaluation.unknown(written, WHY.afterDeployment(`'${decl.symbol}.${property}'`), loc);
  }
  subscript(node, scope, loc) {
    const objectNode = field(node, "object");
    const indexNode = field(node, "index");
    if (!objectNode || !indexNode) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const written = this.text(scope, node);
    const object = this.evaluate(objectNode, scope);
    const index = this.staticOf(this.evaluate(indexNode, scope), indexNode, scope);
    if (object.kind === "resource" || object.kind === "module") {
      if (index.kind === "number" && object.decl.isLoop && object.instance === void 0) return { ...object, instance: index.value, loc };
      return this.evaluation.unknown(written, index.kind === "unknown" ? index.reason : WHY.error("an index into a resource that is not a loop"), loc);
    }
    if (hasToken(node, "?") && (object.kind === "null" || object.kind === "object" && index.kind === "string" && !entryOf(object, index.value) || object.kind === "list" && index.kind === "number" && !object.items[index.value])) {
      return { kind: "null", loc };
    }
    return indexInto(object, index, written, loc, this.evaluation);
  }
  /** `zone::child`: the nested resource `child` of the instance `zone` stands for. */
  nestedSymbol(node, scope, loc) {
    const objectNode = field(node, "object");
    const childNode = field(node, "resource");
    const written = this.text(scope, node);
    if (!objectNode || !childNode) return this.evaluation.unknown(written, WHY.syntax, loc);
    const object = this.evaluate(objectNode, scope);
    if (object.kind !== "resource") return this.evaluation.unknown(written, object.kind === "unknown" ? object.reason : WHY.error(`'::' follows what is not a resource`), loc);
    const instance = this.instanceOf(object);
    const symbol = this.text(scope, childNode);
    const child = instance?.children.find((decl) => decl.symbol === symbol);
    if (!child) return this.evaluation.unknown(written, WHY.error(`no nested resource '${symbol}' in '${object.decl.symbol}'`), loc);
    return { kind: "resource", decl: child, loc };
  }
  call(node, scope, loc) {
    const written = this.text(scope, node);
    const functionNode = field(node, "function");
    const argumentsNode = field(node, "arguments");
    if (!functionNode || !argumentsNode) return this.evaluation.unknown(written, WHY.syntax, loc);
    let name;
    if (functionNode.type === "identifier") {
      name = this.text(scope, functionNode);
      const binding = this.lookup(name, scope);
      if (binding?.kind === "opaque") return this.evaluation.unknown(written, binding.reason, loc);
    } else if (functionNode.type === "member_expression") {
      const namespace = field(functionNode, "object");
      const property = field(functionNode, "property");
      const space = namespace ? this.text(scope, namespace) : "";
      if (!property || space !== "sys" && space !== "az") {
        const binding = namespace?.type === "identifier" ? this.lookup(space, scope) : void 0;
        return this.evaluation.unknown(written, binding?.kind === "opaque" ? binding.reason : WHY.notEvaluated(this.text(scope, functionNode)), loc);
      }
      name = this.text(scope, property);
    } else return this.evaluation.unknown(written, WHY.notEvaluated(this.text(scope, functionNode)), loc);
    const argNodes = named(argumentsNode);
    const site = { name, expression: written, loc };
    const lambdaResult = this.lambdaCall(name, argNodes, scope, site);
    if (lambdaResult) return lambdaResult;
    const args = argNodes.map((arg) => this.staticOf(this.evaluate(arg, scope), arg, scope));
    switch (name) {
      case "any":
        return args.length === 1 ? args[0] : this.evaluation.unknown(written, WHY.error("any() takes one argument"), loc);
      case "loadTextContent":
      case "loadJsonContent":
        return this.loadContent(name, args, scope, site);
    }
    return callTemplateFunction(args, site, this.evaluation) ?? this.evaluation.unknown(written, WHY.notEvaluated(name), loc);
  }
  /** `map`, `filter`, `reduce` and `toObject` with a lambda, evaluated item by item; undefined for other calls. */
  lambdaCall(name, argNodes, scope, site) {
    const lambdaAt = argNodes.findIndex((arg) => arg.type === "lambda_expression");
    if (lambdaAt < 0 || !["map", "filter", "reduce", "toObject"].includes(name)) return void 0;
    const array = this.staticOf(this.evaluate(argNodes[0], scope), argNodes[0], scope);
    if (array.kind === "unknown") return { kind: "unknown", expression: site.expression, reason: array.reason, loc: site.loc };
    if (array.kind !== "list") return this.evaluation.unknown(site.expression, WHY.error(`${name}() takes an array`), site.loc);
    const apply = (lambda2, values) => {
      const [head, body] = named(lambda2);
      if (!head || !body) return this.evaluation.unknown(this.text(scope, lambda2), WHY.syntax, this.loc(scope, lambda2));
      const names = head.type === "identifier" ? [head] : named(head).filter((child) => child.type === "identifier");
      const bound = { bindings: /* @__PURE__ */ new Map(), parent: scope, file: scope.file };
      names.forEach((identifier, i) => bound.bindings.set(this.text(scope, identifier), { kind: "value", value: values[i] ?? { kind: "null", loc: site.loc } }));
      return this.staticOf(this.evaluate(body, bound), body, bound);
    };
    const lambda = argNodes[lambdaAt];
    if (!this.evaluation.step(site.loc, array.items.length)) return this.evaluation.unknown(site.expression, WHY.bound, site.loc);
    const indexOf = (i) => ({ kind: "number", value: i, loc: site.loc });
    switch (name) {
      case "map":
        return this.evaluation.list(
          array.items.map((item, i) => apply(lambda, [item, indexOf(i)])),
          site.loc,
          site.expression
        );
      case "filter": {
        const kept = [];
        for (let i = 0; i < array.items.length; i++) {
          const keep = apply(lambda, [array.items[i], indexOf(i)]);
          if (keep.kind === "unknown") return { kind: "unknown", expression: site.expression, reason: keep.reason, loc: site.loc };
          if (keep.kind === "bool" && keep.value) kept.push(array.items[i]);
        }
        return this.evaluation.list(kept, site.loc, site.expression);
      }
      case "reduce": {
        if (lambdaAt !== 2) return this.evaluation.unknown(site.expression, WHY.error("reduce() takes an array, an initial value and a lambda"), site.loc);
        let accumulated = this.staticOf(this.evaluate(argNodes[1], scope), argNodes[1], scope);
        for (let i = 0; i < array.items.length; i++) accumulated = apply(lambda, [accumulated, array.items[i], indexOf(i)]);
        return accumulated;
      }
      default: {
        const valueLambda = argNodes[2]?.type === "lambda_expression" ? argNodes[2] : void 0;
        const entries = /* @__PURE__ */ new Map();
        for (const item of array.items) {
          const key = apply(lambda, [item]);
          if (key.kind !== "string") return this.evaluation.unknown(site.expression, key.kind === "unknown" ? key.reason : WHY.error("toObject() keys are strings"), site.loc);
          entries.set(key.value, valueLambda ? apply(valueLambda, [item]) : item);
        }
        return { kind: "object", entries, loc: site.loc };
      }
    }
  }
  /** `loadTextContent('records.txt')` and `loadJsonContent('records.json')` through the reader, with positions in that file. */
  loadContent(name, args, scope, site) {
    const path = args[0];
    if (path?.kind !== "string") return this.evaluation.unknown(site.expression, path?.kind === "unknown" ? path.reason : WHY.error(`${name}() takes a path`), site.loc);
    if (args.length > (name === "loadJsonContent" ? 1 : 2) || !this.reader) return this.evaluation.unknown(site.expression, WHY.notEvaluated(name), site.loc);
    const read = this.reader(path.value, scope.file.index.file);
    if ("error" in read) {
      this.evaluation.diagnose("load", `${path.value} is not read: ${read.error}`, path.loc);
      return this.evaluation.unknown(site.expression, WHY.error(`${path.value} is not read`), site.loc);
    }
    this.evaluation.filesRead.push(read.file);
    const index = new LineIndex(read.file, read.text);
    if (read.text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose("too-large", fileTooLarge(read.text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), "error");
      return this.evaluation.unknown(site.expression, WHY.bound, site.loc);
    }
    if (name === "loadTextContent") return literalString(read.text, site.loc, index.range(0, read.text.length), false);
    const root = this.evaluation.reading("arm", () => parseJsonText(index, this.evaluation, "json-syntax"));
    return root ? jsonLiteralValue(root, index, this.evaluation) : this.evaluation.unknown(site.expression, WHY.syntax, site.loc);
  }
  unary(node, scope, loc) {
    const operand = field(node, "argument");
    const operator = field(node, "operator");
    if (!operand || !operator) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const value = this.staticOf(this.evaluate(operand, scope), operand, scope);
    const site = { name: operator.type === "!" ? "not" : "sub", expression: this.text(scope, node), loc };
    if (operator.type === "!") return callTemplateFunction([value], site, this.evaluation);
    return callTemplateFunction([{ kind: "number", value: 0, loc }, value], site, this.evaluation);
  }
  binary(node, scope, loc) {
    const left = field(node, "left");
    const right = field(node, "right");
    const operator = field(node, "operator")?.type;
    const written = this.text(scope, node);
    if (!left || !right || !operator) return this.evaluation.unknown(written, WHY.syntax, loc);
    const value = (side) => this.staticOf(this.evaluate(side, scope), side, scope);
    const unknownFrom = (side) => ({ kind: "unknown", expression: written, reason: side.reason, loc });
    switch (operator) {
      case "&&":
      case "||": {
        const a = value(left);
        const decisive = operator === "||";
        if (a.kind === "bool" && a.value === decisive) return { kind: "bool", value: decisive, loc };
        const b = value(right);
        if (b.kind === "bool" && b.value === decisive) return { kind: "bool", value: decisive, loc };
        if (a.kind === "unknown") return unknownFrom(a);
        if (b.kind === "unknown") return unknownFrom(b);
        if (a.kind !== "bool" || b.kind !== "bool") return this.evaluation.unknown(written, WHY.error(`'${operator}' joins bools`), loc);
        return { kind: "bool", value: !decisive, loc };
      }
      case "??": {
        const a = value(left);
        if (a.kind === "null") return value(right);
        return a.kind === "unknown" ? unknownFrom(a) : a;
      }
      case "==":
      case "!=": {
        const a = value(left);
        const b = value(right);
        const same = valuesEqual(a, b);
        if (same === void 0) return unknownFrom(firstUnknown(a) ?? firstUnknown(b));
        return { kind: "bool", value: operator === "==" ? same : !same, loc };
      }
      case "=~":
      case "!~": {
        const a = value(left);
        const b = value(right);
        if (a.kind === "unknown") return unknownFrom(a);
        if (b.kind === "unknown") return unknownFrom(b);
        if (a.kind !== "string" || b.kind !== "string") return this.evaluation.unknown(written, WHY.error(`'${operator}' compares strings`), loc);
        const same = a.value.toLowerCase() === b.value.toLowerCase();
        return { kind: "bool", value: operator === "=~" ? same : !same, loc };
      }
      default: {
        const fn = BINARY_FUNCTIONS[operator];
        if (!fn) return this.evaluation.unknown(written, WHY.notEvaluated(`the operator '${operator}'`), loc);
        return callTemplateFunction([value(left), value(right)], { name: fn, expression: written, loc }, this.evaluation);
      }
    }
  }
  /** `[for x in xs: expr]` as a value: one item per element, those an `if` body leaves out skipped. */
  forValue(node, scope, loc) {
    const loop = this.forLoop(node, scope);
    if (!loop) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const items = [];
    for (const item of loop.items("for")) {
      if (item.index === void 0) {
        const array = item.scope.bindings.values().next().value;
        const reason = array?.kind === "value" && array.value.kind === "unknown" ? array.value.reason : WHY.loopCountUnknown;
        return this.evaluation.unknown(this.text(scope, node), reason, loc);
      }
      if (item.body.type === "if_statement") {
        const test = named(item.body).find((child) => child.type === "parenthesized_expression");
        const body = named(item.body).find((child) => child.type === "object");
        const condition = test ? this.condition(test, item.scope) : void 0;
        if (condition?.kind === "bool") {
          if (condition.value && body) items.push(this.staticOf(this.evaluate(body, item.scope), body, item.scope));
          continue;
        }
        return this.evaluation.unknown(this.text(scope, node), condition?.kind === "unknown" ? condition.reason : WHY.syntax, loc);
      }
      items.push(this.staticOf(this.evaluate(item.body, item.scope), item.body, item.scope));
    }
    return { kind: "list", items, loc };
  }
};
function damagedRanges(root) {
  return root.children.filter((statement) => statement.damaged).map((statement) => ({ start: statement.start, end: statement.end }));
}
function inTextOrder(diagnostics) {
  const fileOrder = /* @__PURE__ */ new Map();
  for (const d of diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  diagnostics.sort((a, b) => fileOrder.get(a.file) - fileOrder.get(b.file) || a.line - b.line || a.column - b.column);
}
function afterToken(node, token) {
  const at = node.children.findIndex((child) => !child.named && child.type === token);
  return at >= 0 ? node.children.slice(at + 1).find((child) => child.named) : void 0;
}
function propertyValue(property) {
  return afterToken(property, ":");
}

// src/formats/bicep/comments.ts
function tellBicepComments(file, text, comments) {
  const stack = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const start = i;
      while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
      comments(file, text, start, i);
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close < 0 ? n : close + 2;
      comments(file, text, i, end);
      i = end;
    } else if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      i = close < 0 ? n : close + 3;
    } else if (c === "'") {
      i = skipString(text, i + 1, stack);
    } else if (c === "}" && stack[stack.length - 1] === "${") {
      stack.pop();
      i = skipString(text, i + 1, stack);
    } else {
      if (c === "{") stack.push(c);
      else if (c === "}" && stack.length > 0) stack.pop();
      i++;
    }
  }
}

// src/formats/bicep/load.ts
async function loadBicep(files, context) {
  const texts = /* @__PURE__ */ new Map();
  const told = /* @__PURE__ */ new Set();
  const tell = (file, text) => {
    if (told.has(file)) return;
    told.add(file);
    if (/\.bicep(param)?$/i.test(file)) tellBicepComments(file, text, context.comments);
    context.commentsDone();
  };
  for (const file of files) {
    const read = file.read();
    if (read === void 0) continue;
    texts.set(file.file, read.text);
    tell(file.file, read.text);
  }
  if (texts.size === 0) return {};
  const parser = await parserFor("bicep");
  const readFile = deploymentFileReader(context, tell);
  const order = [...texts.keys()].sort((a, b) => Number(!isParams(a)) - Number(!isParams(b)));
  const { results, includedBy } = loadIncludeAware(order, (file) => {
    const text = texts.get(file);
    const deployment = isParams(file) ? readBicepParamsWith(parser, text, file, { readFile }) : readBicepWith(parser, text, file, { readFile });
    return { result: deployment, includes: deployment.filesRead };
  });
  const deployments = [...results.values()];
  const shared = sharedFiles(deployments.map((deployment) => ({ file: deployment.file, filesRead: deployment.filesRead })));
  const zones = new AzureDnsZones("bicep", context.files);
  for (const deployment of deployments) zones.add({ deployment, root: deployment.file, shared });
  const { zones: built, notes, unsupported } = zones.finish();
  const groups = new AzureSecurityGroups("bicep");
  for (const deployment of deployments) groups.add(deployment);
  const nsgs = groups.finish();
  return {
    nodes: { zones: built, firewallRuleSets: nsgs.firewallRuleSets, notes: [...notes, ...nsgs.notes] },
    diagnostics: [...diagnosticsOnce(deployments), ...nsgs.diagnostics],
    unsupported,
    files: partOfEntries(includedBy, context.files)
  };
}
function isParams(file) {
  return file.toLowerCase().endsWith(".bicepparam");
}
export {
  loadBicep
};
