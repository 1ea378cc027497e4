import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  Lexer,
  TokenKind
} from "./chunk-QMIAOFVH.js";
import {
  viewWordsIn
} from "./chunk-OUTD7K2O.js";
import {
  CommentsHeld
} from "./chunk-AL445DQY.js";
import {
  loadIncludeAware
} from "./chunk-T7Y7XDKK.js";
import {
  readName
} from "./chunk-NWVVF3RZ.js";
import {
  placeholderStyle
} from "./chunk-CLORUN65.js";
import "./chunk-YJXHKNSU.js";
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  listOf,
  thousands
} from "./chunk-35JCERCI.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/formats/named-conf/parser.ts
var CLAUSES_AFTER_BLOCK = /* @__PURE__ */ new Set(["inet", "unix", "response-policy", "catalog-zones", "dnstap", "zone"]);
function parseStatements(text, file, diagnostics, maxDepth, comment) {
  return new StatementParser(text, file, diagnostics, maxDepth, comment).run();
}
var StatementParser = class {
  constructor(text, file, diagnostics, maxDepth, comment) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.maxDepth = maxDepth;
    this.lexer = new Lexer(text, (p) => this.report(`named-conf/${p.code}`, p.message, { line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 }), comment);
    this.token = this.lexer.next();
  }
  file;
  diagnostics;
  maxDepth;
  lexer;
  token;
  /** The token before the current one (where a missing `;` belongs). */
  previous;
  run() {
    const statements = this.statements(0, void 0);
    const template = this.lexer.template;
    return template ? { statements, template } : { statements };
  }
  advance() {
    this.previous = this.token;
    this.token = this.lexer.next();
  }
  range(token) {
    return { file: this.file, line: token.line, column: token.column, endLine: token.endLine, endColumn: token.endColumn };
  }
  report(code, message, at) {
    this.diagnostics.push({ file: this.file, ...at, severity: "error", code, message });
  }
  /** Just after the previous token: where a `;` missing at the end of the file would go. */
  afterPrevious() {
    const p = this.previous ?? this.token;
    return { line: p.endLine, column: p.endColumn, endLine: p.endLine, endColumn: p.endColumn };
  }
  shown(token) {
    if (token.kind === TokenKind.End) return "the end of the file";
    const text = token.text.length > 40 ? token.text.slice(0, 40) + "..." : token.text;
    return token.kind === TokenKind.String ? `"${text}"` : `'${text}'`;
  }
  /**
   * Statements up to the `}` that closes the block opened by `open` (not consumed), or to the
   * end of the text at the top level. `parent` is the keyword of the statement owning the block.
   */
  statements(depth, parent) {
    const statements = [];
    for (; ; ) {
      const token = this.token;
      switch (token.kind) {
        case TokenKind.End:
          return statements;
        case TokenKind.Close:
          if (depth > 0) return statements;
          this.report("named-conf/unbalanced-braces", "'}' without a matching '{'", this.range(token));
          this.advance();
          continue;
        case TokenKind.Semicolon:
          this.report("named-conf/syntax", "unexpected ';' (an empty statement)", this.range(token));
          this.advance();
          continue;
        default:
          statements.push(this.statement(depth, parent));
      }
    }
  }
  statement(depth, parent) {
    const first = this.token;
    const terms = [];
    const keyword = first.kind === TokenKind.Word ? first.text.toLowerCase() : "";
    const end = () => {
      const last = this.previous ?? first;
      return { terms, loc: { file: this.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn } };
    };
    for (; ; ) {
      const token = this.token;
      switch (token.kind) {
        case TokenKind.Word:
        case TokenKind.String:
          terms.push({ kind: token.kind === TokenKind.Word ? "word" : "string", text: token.text, loc: this.range(token) });
          this.advance();
          continue;
        case TokenKind.Semicolon:
          this.advance();
          return end();
        case TokenKind.Close:
          this.report("named-conf/missing-semicolon", `missing ';' before '}'`, this.range(token));
          return end();
        case TokenKind.End:
          this.report("named-conf/missing-semicolon", "missing ';' at the end of the file", this.afterPrevious());
          return end();
        case TokenKind.Open: {
          const block = this.block(depth, keyword);
          terms.push(block);
          if (block.unclosed) return end();
          const next = this.token;
          const clausesFollow = CLAUSES_AFTER_BLOCK.has(keyword) && (keyword !== "zone" || parent === "catalog-zones");
          if ((next.kind === TokenKind.Word || next.kind === TokenKind.String) && !clausesFollow) {
            this.report("named-conf/missing-semicolon", `missing ';' before ${this.shown(next)}`, this.range(next));
            return end();
          }
          continue;
        }
      }
    }
  }
  block(depth, keyword) {
    const open = this.token;
    this.advance();
    let statements;
    if (depth + 1 > this.maxDepth) {
      this.report("named-conf/too-deep", `blocks nested deeper than ${this.maxDepth} levels; this one is not read`, this.range(open));
      this.skipBlock();
      statements = [];
    } else {
      statements = this.statements(depth + 1, keyword);
    }
    const close = this.token;
    const closed = close.kind === TokenKind.Close;
    if (closed) this.advance();
    else this.report("named-conf/unbalanced-braces", `'{' is never closed`, this.range(open));
    const last = this.previous ?? open;
    const loc = { file: this.file, line: open.line, column: open.column, endLine: last.endLine, endColumn: last.endColumn };
    return closed ? { kind: "block", statements, loc } : { kind: "block", statements, loc, unclosed: true };
  }
  /** Skips to the `}` that closes a block whose `{` was just read (not consumed). */
  skipBlock() {
    let depth = 1;
    while (this.token.kind !== TokenKind.End) {
      if (this.token.kind === TokenKind.Open) depth++;
      else if (this.token.kind === TokenKind.Close && --depth === 0) return;
      this.advance();
    }
  }
};

// src/formats/named-conf/model.ts
var DEFAULT_NAMED_CONF_LIMITS = {
  includeDepth: 7,
  includes: 1e3,
  blockDepth: 64,
  characters: 64 * 1024 * 1024
};

// src/formats/named-conf/loader.ts
function parseNamedConf(text, options) {
  const diagnostics = [];
  const conf = { file: options.file, zones: [], views: [], acls: /* @__PURE__ */ new Map(), includes: [], loc: fileRange(options.file, text) };
  try {
    new ConfReader(conf, diagnostics, options).read(text);
  } catch (error) {
    diagnostics.push({
      ...rangeAt(options.file, 1, 1),
      severity: "error",
      code: "named-conf/internal-error",
      message: `uclint could not read this file: ${error instanceof Error ? error.message : String(error)}`
    });
  }
  return { conf, diagnostics };
}
function rangeAt(file, line, column) {
  return { file, line, column, endLine: line, endColumn: column };
}
function fileRange(file, text) {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return { file, line: 1, column: 1, endLine: lines.length, endColumn: lines[lines.length - 1].length + 1 };
}
function keywordOf(statement) {
  const first = statement.terms[0];
  return first && first.kind === "word" ? first.text.toLowerCase() : "";
}
function textOf(term) {
  return term && term.kind !== "block" ? term.text : void 0;
}
function blockOf(statement) {
  for (const term of statement.terms) if (term.kind === "block") return term.statements;
  return void 0;
}
var ConfReader = class {
  constructor(conf, diagnostics, options) {
    this.conf = conf;
    this.diagnostics = diagnostics;
    this.options = options;
    this.limits = { ...DEFAULT_NAMED_CONF_LIMITS, ...options.limits };
  }
  conf;
  diagnostics;
  options;
  limits;
  includesRead = 0;
  characters = 0;
  includesStopped = false;
  /** Zone statements with template placeholders in their name or file, per file: one diagnostic for each file. */
  templated = /* @__PURE__ */ new Map();
  read(text) {
    this.characters = text.length;
    this.readFile(text, this.options.file, [this.options.file], void 0);
    for (const zone of this.conf.zones) if (this.conf.directory) zone.directory = this.conf.directory.path;
    for (const [file, { style, count, loc }] of this.templated) {
      this.diagnostics.push({
        ...loc,
        file,
        severity: "info",
        code: "named-conf/template",
        message: `${count === 1 ? "a zone statement holds" : `${thousands(count)} zone statements hold`} template placeholders (${style}); ${count === 1 ? "it is" : "they are"} not used to find zone files`
      });
    }
  }
  readFile(text, file, stack, view) {
    const comments = this.options.comments;
    const parsed = parseStatements(text, file, this.diagnostics, this.limits.blockDepth, comments && ((start, end) => comments(file, text, start, end)));
    if (parsed.template) {
      const { style, line, column } = parsed.template;
      this.diagnostics.push({
        ...rangeAt(file, line, column),
        endColumn: column + 2,
        severity: "info",
        code: "named-conf/template",
        message: `this is a template (${style}), not a configuration BIND can read: it is not used to find zone files`
      });
      if (file === this.conf.file) this.conf.template = style;
      for (let i = this.diagnostics.length - 1; i >= 0; i--) {
        const d = this.diagnostics[i];
        if (d.file === file && d.code !== "named-conf/template" && d.code.startsWith("named-conf/")) this.diagnostics.splice(i, 1);
      }
      return;
    }
    this.statements(parsed.statements, file, stack, view);
  }
  statements(statements, file, stack, view) {
    for (const statement of statements) {
      switch (keywordOf(statement)) {
        case "include":
          this.include(statement, file, stack, view);
          break;
        case "options":
          this.options_(statement);
          break;
        case "acl":
          this.acl(statement);
          break;
        case "view":
          if (view === void 0) this.view(statement, file, stack);
          break;
        case "zone":
          this.zone(statement, view);
          break;
      }
    }
  }
  include(statement, file, stack, view) {
    const target = statement.terms[1];
    const path2 = textOf(target);
    const at = statement.loc;
    if (path2 === void 0 || statement.terms.length !== 2) {
      this.report("named-conf/syntax", "include takes one file name", at, "error");
      return;
    }
    if (stack.length > this.limits.includeDepth) {
      this.report("named-conf/include-depth", `include nested deeper than ${this.limits.includeDepth} levels: '${path2}' is not read`, at, "error");
      return;
    }
    if (this.includesStopped) return;
    const reader = this.options.includeReader;
    if (!reader) {
      this.report("named-conf/include-unavailable", `include '${path2}' cannot be read here (no include reader)`, at, "info");
      return;
    }
    if (this.includesRead >= this.limits.includes) {
      this.report("named-conf/too-many-includes", `more than ${thousands(this.limits.includes)} files included: '${path2}' and every later include are not read`, at, "error");
      this.includesStopped = true;
      return;
    }
    let result;
    try {
      result = reader(path2, file);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : "cannot read the file" };
    }
    if ("error" in result) {
      const missing = result.missing === true;
      this.report(
        missing ? "named-conf/include-missing" : "named-conf/include-failed",
        missing ? `include '${path2}' is not in the repository; the statements in it were not read` : `cannot include '${path2}': ${result.error}`,
        at,
        missing ? "info" : "error"
      );
      return;
    }
    if (stack.includes(result.file)) {
      this.report("named-conf/include-cycle", `include cycle: ${[...stack, result.file].join(" -> ")}`, at, "error");
      return;
    }
    this.includesRead++;
    if (this.characters + result.text.length > this.limits.characters) {
      this.report("named-conf/includes-too-large", `included files over ${thousands(this.limits.characters)} characters in all: '${path2}' and every later include are not read`, at, "error");
      this.includesStopped = true;
      return;
    }
    this.characters += result.text.length;
    if (!this.conf.includes.includes(result.file)) this.conf.includes.push(result.file);
    this.readFile(result.text, result.file, [...stack, result.file], view);
  }
  // Named with a trailing underscore: `options` is the reader's own field.
  options_(statement) {
    for (const clause of blockOf(statement) ?? []) {
      if (keywordOf(clause) !== "directory") continue;
      const path2 = textOf(clause.terms[1]);
      if (path2 !== void 0 && this.conf.directory === void 0) this.conf.directory = { path: path2, loc: clause.loc };
    }
  }
  acl(statement) {
    const name = textOf(statement.terms[1]);
    const block = blockOf(statement);
    if (name === void 0 || block === void 0) return;
    this.conf.acls.set(name.toLowerCase(), matchList(block));
  }
  view(statement, file, stack) {
    const name = textOf(statement.terms[1]);
    const block = blockOf(statement);
    if (name === void 0 || block === void 0) return;
    const view = { name, loc: statement.loc };
    for (const clause of block) {
      if (keywordOf(clause) !== "match-clients") continue;
      const list = blockOf(clause);
      if (list) view.matchClients = matchList(list);
    }
    this.conf.views.push(view);
    this.statements(block, file, stack, view);
  }
  zone(statement, view) {
    const written = textOf(statement.terms[1]);
    const block = blockOf(statement);
    if (written === void 0 || block === void 0) return;
    const zone = { written, loc: statement.loc };
    if (view) zone.view = view;
    for (const clause of block) {
      const value = textOf(clause.terms[1]);
      if (value === void 0) continue;
      switch (keywordOf(clause)) {
        case "type":
          zone.type = value.toLowerCase();
          break;
        case "file":
          zone.file = { path: value, loc: clause.terms[1].loc };
          break;
        case "in-view":
          zone.inView = value;
          break;
      }
    }
    const style = placeholderStyle(written) ?? (zone.file ? placeholderStyle(zone.file.path) : void 0);
    if (style !== void 0) {
      const seen = this.templated.get(statement.loc.file);
      if (seen) seen.count++;
      else this.templated.set(statement.loc.file, { style, count: 1, loc: statement.loc });
      return;
    }
    const absolute = written.endsWith(".") ? written : `${written}.`;
    const name = readName(absolute, 0, absolute.length, absolute.includes("\\"), void 0);
    if (typeof name !== "string") {
      this.report("named-conf/bad-zone-name", `zone name "${written}" is not a valid domain name`, statement.terms[1].loc, "error");
      return;
    }
    this.conf.zones.push({ ...zone, name });
  }
  report(code, message, at, severity) {
    this.diagnostics.push({ ...at, severity, code, message });
  }
};
function matchList(statements) {
  const elements = [];
  for (const statement of statements) {
    const terms = [...statement.terms];
    let negated = false;
    const first = terms[0];
    if (first?.kind === "word" && first.text.startsWith("!")) {
      negated = true;
      if (first.text === "!") terms.shift();
      else terms[0] = { ...first, text: first.text.slice(1) };
    }
    const head = terms[0];
    if (head === void 0) continue;
    if (head.kind === "block") {
      elements.push({ negated, kind: "list", value: "{ ... }", elements: matchList(head.statements), loc: statement.loc });
      continue;
    }
    const word = head.text;
    if (head.kind === "word" && word.toLowerCase() === "key") {
      elements.push({ negated, kind: "key", value: textOf(terms[1]) ?? "", loc: statement.loc });
    } else if (terms.length > 1) {
      elements.push({ negated, kind: "other", value: terms.map((t) => textOf(t) ?? "{ ... }").join(" "), loc: statement.loc });
    } else if (/^[0-9a-f:.]+(\/\d+)?$/i.test(word) && /[.:]|\//.test(word)) {
      elements.push({ negated, kind: "address", value: word, loc: statement.loc });
    } else {
      elements.push({ negated, kind: "name", value: word, loc: statement.loc });
    }
  }
  return elements;
}

// src/formats/named-conf/placement.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import path from "node:path";
var ZONE_TYPES_WITH_DATA = /* @__PURE__ */ new Set(["master", "primary", "slave", "secondary", "mirror", "stub", "redirect", "hint", "native"]);
function placeZoneFiles(confs, findInTree) {
  const named = /* @__PURE__ */ new Map();
  for (const conf of confs) {
    if (conf.template) continue;
    const sides = /* @__PURE__ */ new Map();
    for (const view of conf.views) sides.set(view, ownSide(view, conf));
    const hasInternal = [...sides.values()].some((s) => s?.side === "internal");
    for (const view of conf.views) {
      if (sides.get(view) !== void 0 || !hasInternal || !matchesAny(view, conf)) continue;
      sides.set(view, { side: "external", reason: "serves it, and matches any client beside an internal view" });
    }
    for (const zone of conf.zones) {
      if (!zone.file || zone.inView !== void 0 || zone.type !== void 0 && !ZONE_TYPES_WITH_DATA.has(zone.type)) continue;
      const file = zoneFileInTree(zone, conf.file, findInTree);
      if (file === void 0) continue;
      const entry = { zone, side: zone.view ? sides.get(zone.view) : void 0 };
      const list = named.get(file);
      if (list) list.push(entry);
      else named.set(file, [entry]);
    }
  }
  const placements = /* @__PURE__ */ new Map();
  for (const [file, entries] of named) {
    const [{ zone }] = entries;
    const placement = { origin: zone.name, originEvidence: `${zone.loc.file}:${zone.loc.line}: zone "${zone.written}"` };
    if (entries.length > 1) placement.originEvidence += ` (and ${entries.length - 1} other zone statement${entries.length === 2 ? "" : "s"})`;
    const sided = entries.filter((e) => e.side !== void 0);
    const sides = new Set(sided.map((e) => e.side?.side));
    if (sides.size === 1) {
      const { zone: first, side } = sided[0];
      placement.view = side.side;
      placement.viewEvidence = `${first.loc.file}:${first.loc.line}: view "${first.view?.name}" ${side.reason}`;
    } else if (sides.size > 1) {
      const views = [...new Set(sided.map((e) => `"${e.zone.view?.name}"`))];
      placement.view = "unknown";
      placement.viewEvidence = `${zone.loc.file}:${zone.loc.line}: served by views of both sides (${listOf(views)})`;
    } else if (zone.view) {
      placement.viewEvidence = `${zone.loc.file}:${zone.loc.line}: view "${zone.view.name}" serves it (a view whose name and match-clients say no side)`;
    }
    placements.set(file, placement);
  }
  return placements;
}
function zoneFileInTree(zone, confFile, findInTree) {
  const written = zone.file.path;
  const full = zone.directory !== void 0 && !path.posix.isAbsolute(written) && !/^[A-Za-z]:[\\/]/.test(written) ? path.posix.join(zone.directory, written) : written;
  const found = findInTree(full, zone.loc.file, path.posix.dirname(confFile) === "." ? "" : path.posix.dirname(confFile));
  return "file" in found ? found.file : void 0;
}
function ownSide(view, conf) {
  const words = new Set(viewWordsIn(view.name));
  if (words.size === 1) {
    const [side] = words;
    return { side, reason: "serves it (its name)" };
  }
  if (words.size > 1 || !view.matchClients) return void 0;
  const positives = flatten(view.matchClients, conf, /* @__PURE__ */ new Set());
  if (positives === void 0 || positives.length === 0) return void 0;
  if (positives.every((element) => isPrivateElement(element))) {
    return { side: "internal", reason: `serves it, and matches only private clients (${listOf(positives.slice(0, 4))}${positives.length > 4 ? ", ..." : ""})` };
  }
  return void 0;
}
function matchesAny(view, conf) {
  if (!view.matchClients) return true;
  return (flatten(view.matchClients, conf, /* @__PURE__ */ new Set()) ?? []).includes("any");
}
function flatten(elements, conf, seen) {
  const out = [];
  for (const element of elements) {
    if (element.negated) continue;
    switch (element.kind) {
      case "address":
        out.push(element.value);
        break;
      case "list": {
        const inner = flatten(element.elements ?? [], conf, seen);
        if (inner === void 0) return void 0;
        out.push(...inner);
        break;
      }
      case "name": {
        const name = element.value.toLowerCase();
        if (name === "any" || name === "localhost" || name === "localnets") {
          out.push(name);
          break;
        }
        if (name === "none") break;
        const acl = conf.acls.get(name);
        if (acl === void 0 || seen.has(name)) return void 0;
        const inner = flatten(acl, conf, /* @__PURE__ */ new Set([...seen, name]));
        if (inner === void 0) return void 0;
        out.push(...inner);
        break;
      }
      default:
        return void 0;
    }
  }
  return out;
}
var INSIDE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "fc00::/7", "fe80::/10", "::1/128"].map(
  (r) => import_ipaddr.default.parseCIDR(r)
);
function isPrivateElement(element) {
  if (element === "localhost" || element === "localnets") return true;
  const prefix = cidrOf(element);
  if (prefix === void 0) return false;
  const [address, length] = prefix;
  return INSIDE_RANGES.some(([network, networkLength]) => address.kind() === network.kind() && length >= networkLength && address.match(network, networkLength));
}
function cidrOf(text) {
  const [address, length] = text.split("/");
  let full = address;
  if (!address.includes(":")) {
    const octets = address.split(".");
    if (octets.length < 4) full = [...octets, ...Array(4 - octets.length).fill("0")].join(".");
  }
  if (!import_ipaddr.default.isValid(full)) return void 0;
  const parsed = import_ipaddr.default.parse(full);
  const bits = length === void 0 ? parsed.kind() === "ipv4" ? 32 : 128 : Number(length);
  if (!Number.isInteger(bits) || bits < 0 || bits > (parsed.kind() === "ipv4" ? 32 : 128)) return void 0;
  return [parsed, bits];
}
function applyPlacements(files, placements, isText) {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const out = [];
  for (const file of files) {
    const placement = placements.get(file.file);
    out.push(placement && file.kind === "zone" ? placed(file, placement) : file);
  }
  for (const [file, placement] of placements) {
    if (byFile.has(file) || !isText(file)) continue;
    out.push(placed({ file, kind: "zone", view: "unknown", viewSource: "none" }, placement));
  }
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function placed(file, placement) {
  const result = { ...file };
  if (result.originSource !== "config") {
    result.origin = placement.origin;
    result.originSource = "named-conf";
    result.originEvidence = placement.originEvidence;
  }
  if (result.viewSource !== "config" && placement.view) {
    result.view = placement.view;
    result.viewSource = "named-conf";
    result.viewEvidence = placement.viewEvidence;
  } else if (result.viewSource === "none" && placement.viewEvidence) {
    result.viewEvidence = placement.viewEvidence;
  }
  return result;
}

// src/formats/named-conf/load.ts
function loadNamedConfs(files, context) {
  const heldComments = new CommentsHeld();
  const byFile = new Map(files.map((f) => [f.file, f]));
  const reader = (written, fromFile) => context.include(written, fromFile);
  const { results, includedBy } = loadIncludeAware(
    files.map((f) => f.file),
    (file) => {
      const read = byFile.get(file).read();
      if (read === void 0) return void 0;
      const parsed = parseNamedConf(read.text, { file, includeReader: reader, comments: heldComments.sinkFor(file) });
      return { result: parsed, includes: parsed.conf.includes };
    }
  );
  heldComments.replay(results.keys(), context.comments);
  context.commentsDone();
  const confs = [...results.values()].map((r) => r.conf);
  const diagnostics = [];
  for (const result of results.values()) for (const d of result.diagnostics) diagnostics.push(d);
  const placements = placeZoneFiles(confs, context.findInTree);
  const placed2 = applyPlacements(context.files, placements, context.isText);
  const before = new Set(context.files);
  const described = [];
  for (const file of placed2) {
    const includer = includedBy.get(file.file);
    if (includer !== void 0) described.push({ ...file, includedBy: includer });
    else if (!before.has(file)) described.push(file);
  }
  return { diagnostics, files: described };
}
export {
  loadNamedConfs
};
