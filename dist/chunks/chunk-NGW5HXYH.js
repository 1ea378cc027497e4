import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  recordDataFromText
} from "./chunk-TRKV4FF5.js";
import {
  DnsZoneBuilder,
  recordOwner
} from "./chunk-ZINCBDUT.js";
import {
  VIEW_WORDS
} from "./chunk-OUTD7K2O.js";
import {
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";
import {
  thousands
} from "./chunk-35JCERCI.js";

// src/languages/powershell/native.ts
var SWITCHES_WITH_VALUE = {
  reg: /* @__PURE__ */ new Set(["v", "t", "s", "d", "se"]),
  dnscmd: /* @__PURE__ */ new Set(["file", "dp"]),
  netsh: /* @__PURE__ */ new Set()
};
function nativeProgram(name) {
  if (name.length > 200) return void 0;
  let base = name.slice(Math.max(name.lastIndexOf("\\"), name.lastIndexOf("/")) + 1).toLowerCase();
  if (base.endsWith(".exe")) base = base.slice(0, -4);
  return base === "reg" || base === "netsh" || base === "dnscmd" ? base : void 0;
}
function nativeView(program, args) {
  const switches = [];
  const pairs = [];
  const operands = [];
  const withValue = SWITCHES_WITH_VALUE[program];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const text = arg.value.kind === "string" ? arg.value.value : void 0;
    if (program !== "netsh" && text !== void 0 && text.length > 1 && (text[0] === "/" || program === "reg" && text[0] === "-" && /^-[a-z]/i.test(text))) {
      const name = text.slice(1).toLowerCase();
      const value = withValue.has(name) ? args[i + 1] : void 0;
      if (value) i++;
      switches.push({ name, value, loc: value ? spanOf(arg.loc, value.loc) : arg.loc });
      continue;
    }
    if (program === "netsh") {
      const eq = text === void 0 ? -1 : text.indexOf("=");
      if (text !== void 0 && eq > 0) {
        pairs.push({ key: text.slice(0, eq).toLowerCase(), value: { kind: "string", value: text.slice(eq + 1), loc: arg.loc }, loc: arg.loc });
        continue;
      }
      const key = text === void 0 ? /^([A-Za-z][\w-]*)=/.exec(arg.raw) : null;
      if (key) {
        pairs.push({ key: key[1].toLowerCase(), value: arg.value, loc: arg.loc });
        continue;
      }
    }
    operands.push(arg);
  }
  return { program, arguments: args, switches, pairs, operands };
}
function spanOf(a, b) {
  return { file: a.file, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}

// src/languages/powershell/positions.ts
var Positions = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10) {
        this.lineStarts.push(i + 1);
      }
    }
  }
  file;
  text;
  lineStarts = [0];
  /** The 0-based index of the line holding `offset`. */
  lineIndex(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  /** The range from `start` to `end` (exclusive). An empty range stays one column wide at its start. */
  range(start, end) {
    const startLine = this.lineIndex(start);
    const endLine = end > start ? this.lineIndex(end) : startLine;
    return {
      file: this.file,
      line: startLine + 1,
      column: start - this.lineStarts[startLine] + 1,
      endLine: endLine + 1,
      endColumn: end > start ? end - this.lineStarts[endLine] + 1 : start - this.lineStarts[startLine] + 1
    };
  }
  diagnostic(start, end, code, message, severity = "error") {
    return { ...this.range(start, end), severity, message, code };
  }
};

// src/languages/powershell/batch.ts
var BATCH_BOUNDS = { maxLength: 16 * 1024 * 1024, loopIterations: 1e4 };
var UNKNOWN_MARK = "\uE000";
function readBatch(text, file, options = {}) {
  const positions = new Positions(file, text);
  const maxLength = options.maxLength ?? BATCH_BOUNDS.maxLength;
  if (text.length > maxLength) {
    return {
      invocations: [],
      assignments: [],
      diagnostics: [positions.diagnostic(0, 0, "batch/too-large", `batch file of ${thousands(text.length)} characters is over the bound of ${thousands(maxLength)}; not read`)]
    };
  }
  const reader = new BatchReader(text, positions, options.loopIterations ?? BATCH_BOUNDS.loopIterations);
  reader.run();
  return { invocations: reader.invocations, assignments: reader.assignments, diagnostics: reader.diagnostics, comments: reader.comments };
}
var BatchReader = class {
  constructor(text, positions, maxIterations) {
    this.text = text;
    this.positions = positions;
    this.maxIterations = maxIterations;
  }
  text;
  positions;
  maxIterations;
  invocations = [];
  assignments = [];
  diagnostics = [];
  comments = [];
  vars = /* @__PURE__ */ new Map();
  delayed = false;
  afterLabel = false;
  conditionalDepth = 0;
  loops = [];
  iterationsUsed = 0;
  /** Variables `set` after the first label: a `call :label` may change them. */
  setInSubroutines = /* @__PURE__ */ new Set();
  run() {
    this.findSubroutineVariables();
    let offset = this.text.charCodeAt(0) === 65279 ? 1 : 0;
    while (offset < this.text.length) {
      const unit = this.readUnit(offset);
      offset = unit.next;
      const expanded = this.expandPercent(unit.chars);
      let i = 0;
      const nodes = [];
      const parser = new UnitParser(expanded);
      while (i < expanded.length) {
        const before = parser.pos;
        const node = parser.parseCommand(false);
        if (node) nodes.push(node);
        parser.skipSeparators();
        if (parser.pos === before) parser.pos++;
        i = parser.pos;
      }
      for (const problem of parser.problems) this.diagnostics.push(this.positions.diagnostic(problem.start, problem.end, "batch/syntax", problem.message));
      for (const comment of parser.comments) this.comments.push(comment);
      for (const node of nodes) this.execute(node);
    }
  }
  /** The variables set after the first label, where subroutines live. */
  findSubroutineVariables() {
    let seenLabel = false;
    for (const line of this.text.split(/\r\n|\r|\n/)) {
      const trimmed = line.replace(/^[\s@]+/, "");
      if (/^:[^:]/.test(trimmed)) seenLabel = true;
      const set = /^set\s+(?:\/[ap]\s+)?"?([^=\s"]+)=/i.exec(trimmed);
      if (seenLabel && set) this.setInSubroutines.add(set[1].toLowerCase());
    }
  }
  /**
   * A unit cmd.exe reads at once: a line with its `^` continuations, and every line up to the
   * `)` closing a parenthesized block opened on it (cmd expands `%VAR%` in the whole block before running any of it).
   */
  readUnit(offset) {
    const chars = [];
    let i = offset;
    let quoted = false;
    let depth = 0;
    let atCommandStart = true;
    let comment = false;
    for (; ; ) {
      if (i >= this.text.length) return { chars, next: i };
      const c = this.text[i];
      if (c === "\r" || c === "\n") {
        const next = c === "\r" && this.text[i + 1] === "\n" ? i + 2 : i + 1;
        quoted = false;
        comment = false;
        if (depth > 0) {
          chars.push({ c: "\n", start: i, end: next });
          i = next;
          atCommandStart = true;
          continue;
        }
        return { chars, next };
      }
      if (c === "^" && !quoted && !comment) {
        const after = this.text[i + 1];
        if (after === "\r" || after === "\n") {
          i += after === "\r" && this.text[i + 2] === "\n" ? 3 : 2;
          if (i < this.text.length && this.text[i] !== "\r" && this.text[i] !== "\n") {
            chars.push({ c: this.text[i], start: i, end: i + 1, literal: true });
            i++;
          }
          continue;
        }
        if (after !== void 0) {
          chars.push({ c: after, start: i, end: i + 2, literal: true });
          i += 2;
          atCommandStart = false;
          continue;
        }
      }
      if (c === '"') quoted = !quoted;
      if (!quoted && !comment) {
        if (atCommandStart && /[Rr]/.test(c) && /^rem(\s|$)/i.test(this.text.slice(i, i + 4))) comment = true;
        if (atCommandStart && c === ":") comment = true;
        if (c === "(" && !comment) depth++;
        else if (c === ")" && depth > 0 && !comment) depth--;
        if (c === "&" || c === "|" || c === "(") atCommandStart = true;
        else if (c !== " " && c !== "	" && c !== "@") atCommandStart = false;
      }
      chars.push({ c, start: i, end: i + 1 });
      i++;
    }
  }
  /** `%VAR%` from earlier `set` lines; `%%` is `%`; arguments (`%1`, `%~dp0`) and variables not set in the file are not known. */
  expandPercent(chars) {
    const out = [];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch.c !== "%" || ch.literal) {
        out.push(ch);
        continue;
      }
      const next = chars[i + 1];
      if (next?.c === "%") {
        out.push({ ...ch, end: next.end, literal: true, c: "%" });
        const after = chars[i + 2];
        if (after && /[A-Za-z]/.test(after.c)) out.push({ c: "%", start: next.start, end: next.end, literal: true });
        i++;
        continue;
      }
      if (next && /[0-9*~]/.test(next.c)) {
        let j = i + 1;
        if (next.c === "~") {
          while (j < chars.length && /[a-zA-Z$:]/.test(chars[j + 1]?.c ?? "") && !/[0-9*]/.test(chars[j].c)) j++;
          j++;
        }
        const end = chars[Math.min(j, chars.length - 1)];
        out.push({ c: UNKNOWN_MARK, start: ch.start, end: end.end, unknown: "a batch argument (%1, %~dp0, ...)" });
        i = j;
        continue;
      }
      const close = closingIndex(chars, i, "%");
      if (close < 0 || close === i + 1) {
        out.push(ch);
        continue;
      }
      const name = chars.slice(i + 1, close).map((c) => c.c).join("");
      out.push(...this.expansion(name.includes(":") ? void 0 : name, "%", { start: ch.start, end: chars[close].end }));
      i = close;
    }
    return out;
  }
  /** The characters a variable expands to, or one placeholder of an unknown value (a variable not set in the file, or one set where it may not run). */
  expansion(name, delimiter, span) {
    const value = name === void 0 ? void 0 : this.vars.get(name.toLowerCase());
    if (typeof value === "string") return [...value].map((c) => ({ c, ...span, literal: true }));
    const written = this.text.slice(span.start, span.end);
    const reason = value ? value.unknown : name === void 0 ? `${written} edits a variable's value` : `${delimiter}${name}${delimiter} is not set in this file (an environment variable)`;
    return [{ c: UNKNOWN_MARK, ...span, unknown: reason }];
  }
  context() {
    return { loops: this.loops.slice(), conditional: this.conditionalDepth > 0 || this.afterLabel, function: void 0 };
  }
  execute(node) {
    switch (node.kind) {
      case "group":
        for (const child of node.body) this.execute(child);
        return;
      case "if": {
        if (node.condition === true) {
          if (node.then) this.execute(node.then);
        } else if (node.condition === false) {
          if (node.else) this.execute(node.else);
        } else {
          this.conditional(() => {
            if (node.then) this.execute(node.then);
            if (node.else) this.execute(node.else);
          });
        }
        return;
      }
      case "for":
        this.executeFor(node);
        return;
      case "simple":
        this.executeSimple(node.chars);
        return;
    }
  }
  /** Runs what may or may not run: variables set there are unknown after. */
  conditional(fn) {
    const before = new Map(this.vars);
    this.conditionalDepth++;
    try {
      fn();
    } finally {
      this.conditionalDepth--;
    }
    for (const [key, value] of this.vars) {
      if (before.get(key) !== value) this.vars.set(key, { unknown: `%${key}% is set where it may not run` });
    }
  }
  executeFor(node) {
    const header = range(node.header);
    const loc = header ? this.positions.range(header.start, header.end) : this.positions.range(0, 0);
    const items = node.items;
    if (items && this.iterationsUsed + items.length > this.maxIterations) {
      const h = header ?? { start: 0, end: 0 };
      this.diagnostics.push(this.positions.diagnostic(h.start, h.end, "batch/loop-bound", `expanding this loop of ${thousands(items.length)} iterations would pass the bound of ${thousands(this.maxIterations)} iterations a file; its body is read once, as for a list not known`));
    }
    if (items && this.iterationsUsed + items.length <= this.maxIterations) {
      this.iterationsUsed += items.length;
      items.forEach((item, index) => {
        const body2 = substitute(node.body, node.variable, item);
        this.loops.push({ kind: "for", variable: node.variable, index, item: charsValue(item, this.positions, node.variable), loc });
        try {
          this.runChars(body2);
        } finally {
          this.loops.pop();
        }
      });
      return;
    }
    const placeholder = [{ c: UNKNOWN_MARK, start: header?.start ?? 0, end: header?.end ?? 0, unknown: `the for variable ${node.variable} (${node.reason})` }];
    const body = substitute(node.body, node.variable, placeholder);
    this.conditional(() => {
      this.loops.push({ kind: "for", variable: node.variable, index: void 0, item: { kind: "unknown", expression: node.variable, reason: node.reason, loc }, loc });
      try {
        this.runChars(body);
      } finally {
        this.loops.pop();
      }
    });
  }
  /** Parses and runs characters (a loop body after its variable is replaced). */
  runChars(chars) {
    const parser = new UnitParser(chars);
    while (parser.pos < chars.length) {
      const before = parser.pos;
      const node = parser.parseCommand(false);
      if (node) this.execute(node);
      parser.skipSeparators();
      if (parser.pos === before) parser.pos++;
    }
  }
  executeSimple(input) {
    let chars = input;
    while (chars.length && (chars[0].c === " " || chars[0].c === "	" || chars[0].c === "@" && !chars[0].literal)) chars = chars.slice(1);
    if (!chars.length) return;
    if (this.delayed) chars = this.expandDelayed(chars);
    const words = splitCmdWords(chars);
    if (!words.length) return;
    const name = words[0].map((c) => c.c).join("").replace(/"/g, "");
    const lower = name.toLowerCase();
    if (lower.startsWith(":")) {
      if (!lower.startsWith("::")) this.afterLabel = true;
      return;
    }
    if (lower === "rem" || lower.startsWith("rem.")) return;
    if (lower === "setlocal") {
      if (words.slice(1).some((w) => /^enabledelayedexpansion$/i.test(w.map((c) => c.c).join("")))) this.delayed = true;
      return;
    }
    if (lower === "set") {
      this.executeSet(chars, words[0]);
      return;
    }
    if (lower === "call" && words[1]?.[0]?.c === ":") {
      for (const key of this.setInSubroutines) this.vars.set(key, { unknown: `%${key}% may be set by a subroutine called here` });
      return;
    }
    const program = nativeProgram(name);
    if (!program) return;
    const afterName = chars.indexOf(words[0][words[0].length - 1]) + 1;
    const split = argvSplit(stripRedirections(chars.slice(afterName)));
    const args = split.map((arg) => {
      const r = range(arg.chars) ?? { start: 0, end: 0 };
      return { raw: this.text.slice(r.start, r.end), value: charsValue(arg.chars, this.positions, void 0, arg.value), loc: this.positions.range(r.start, r.end) };
    });
    const start = range(words[0])?.start ?? 0;
    let end = range(words[0])?.end ?? start;
    for (const arg of split) end = Math.max(end, range(arg.chars)?.end ?? end);
    this.invocations.push({ kind: "native", name, normalizedName: name.toLowerCase().replace(/^.*[\\/]/, "").replace(/\.exe$/, ""), loc: this.positions.range(start, end), ...nativeView(program, args), ...this.context() });
  }
  /** `set NAME=value` and `set "NAME=value"`; `set /a` and `set /p` leave the variable unknown. */
  executeSet(chars, nameWord) {
    let i = chars.indexOf(nameWord[nameWord.length - 1]) + 1;
    while (i < chars.length && (chars[i].c === " " || chars[i].c === "	")) i++;
    let rest = chars.slice(i);
    const text = rest.map((c) => c.c).join("");
    const option = /^\/([ap])\s+/i.exec(text);
    if (option) rest = rest.slice(option[0].length);
    let body = rest;
    if (body[0]?.c === '"') {
      let last = -1;
      for (let j = body.length - 1; j > 0; j--) if (body[j].c === '"') {
        last = j;
        break;
      }
      body = last > 0 ? body.slice(1, last) : body.slice(1);
    }
    const eq = body.findIndex((c) => c.c === "=");
    if (eq <= 0) return;
    const name = body.slice(0, eq).map((c) => c.c).join("").trim();
    const valueChars = body.slice(eq + 1);
    const key = name.toLowerCase();
    let stored;
    const r = range(chars) ?? { start: 0, end: 0 };
    const loc = this.positions.range(r.start, r.end);
    if (option) stored = { unknown: option[1].toLowerCase() === "a" ? `%${name}% is computed by set /a` : `%${name}% is read from the console by set /p` };
    else {
      const unknown = valueChars.find((c) => c.unknown);
      stored = unknown ? { unknown: unknown.unknown ?? "" } : valueChars.map((c) => c.c).join("");
    }
    if (this.conditionalDepth > 0 || this.afterLabel) stored = { unknown: `%${name}% is set where it may not run` };
    if (typeof stored === "string" && !stored) this.vars.delete(key);
    else this.vars.set(key, stored);
    const value = typeof stored === "string" ? { kind: "string", value: stored, loc } : { kind: "unknown", expression: this.text.slice(r.start, r.end), reason: stored.unknown, loc };
    this.assignments.push({ name, value, loc, ...this.context() });
  }
  /** `!VAR!` once `setlocal EnableDelayedExpansion` ran: expanded when the command runs. */
  expandDelayed(chars) {
    const out = [];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch.c !== "!" || ch.literal) {
        out.push(ch);
        continue;
      }
      const close = closingIndex(chars, i, "!");
      if (close < 0) continue;
      const name = chars.slice(i + 1, close).map((c) => c.c).join("");
      out.push(...this.expansion(name, "!", { start: ch.start, end: chars[close].end }));
      i = close;
    }
    return out;
  }
};
var UnitParser = class _UnitParser {
  constructor(chars) {
    this.chars = chars;
  }
  chars;
  pos = 0;
  problems = [];
  /** `REM` and `::` comments met, as offsets in the file. */
  comments = [];
  at(i = this.pos) {
    return this.chars[i];
  }
  special(i, c) {
    const ch = this.chars[i];
    return !!ch && ch.c === c && !ch.literal;
  }
  skipSpaces() {
    while (this.pos < this.chars.length && (this.at().c === " " || this.at().c === "	" || this.at().c === ";" || this.at().c === ",")) this.pos++;
  }
  skipSeparators() {
    for (; ; ) {
      this.skipSpaces();
      const ch = this.at();
      if (!ch) return;
      if ((ch.c === "&" || ch.c === "|" || ch.c === "\n") && !ch.literal) this.pos++;
      else return;
    }
  }
  /** The word at the current position, lower case, without moving. */
  wordHere() {
    let i = this.pos;
    let word = "";
    while (i < this.chars.length && /[A-Za-z/]/.test(this.chars[i].c)) word += this.chars[i++].c;
    return word.toLowerCase();
  }
  parseCommand(inGroup) {
    this.skipSpaces();
    while (this.special(this.pos, "@")) this.pos++;
    this.skipSpaces();
    const ch = this.at();
    if (!ch) return void 0;
    if (ch.c === "(" && !ch.literal) {
      const open = this.pos;
      this.pos++;
      const body = [];
      for (; ; ) {
        this.skipSeparators();
        if (this.pos >= this.chars.length) {
          this.problems.push({ start: this.chars[open].start, end: this.chars[open].end, message: "the block opened by '(' is not closed by ')'" });
          break;
        }
        if (this.special(this.pos, ")")) {
          this.pos++;
          break;
        }
        const before = this.pos;
        const node = this.parseCommand(true);
        if (node) body.push(node);
        if (this.pos === before) this.pos++;
      }
      return { kind: "group", body };
    }
    const word = this.wordHere();
    const after = this.at(this.pos + word.length);
    const endsWord = !after || after.c === " " || after.c === "	" || after.c === "(" || after.c === "\n" || after.c === "/";
    if (word === "if" && endsWord) return this.parseIf(inGroup);
    if (word === "for" && endsWord) return this.parseFor(inGroup);
    if (word === "rem" && endsWord || ch.c === ":" && !ch.literal) {
      const start = this.pos;
      while (this.pos < this.chars.length && this.at().c !== "\n") this.pos++;
      if (word === "rem" || this.at(start + 1)?.c === ":") this.comments.push({ start: this.chars[start].start, end: this.chars[this.pos - 1].end });
      return word === "rem" ? void 0 : { kind: "simple", chars: this.chars.slice(start, this.pos) };
    }
    return this.parseSimple(inGroup);
  }
  parseSimple(inGroup) {
    const start = this.pos;
    let quoted = false;
    while (this.pos < this.chars.length) {
      const ch = this.at();
      if (ch.c === '"' && !ch.literal) quoted = !quoted;
      else if (!quoted && !ch.literal && (ch.c === "&" || ch.c === "|" || ch.c === "\n" || inGroup && ch.c === ")")) break;
      else if (ch.c === "\n") break;
      this.pos++;
    }
    return { kind: "simple", chars: this.chars.slice(start, this.pos) };
  }
  /** A word of an `if` condition: quoted, or up to a space or `==`. */
  conditionWord() {
    this.skipSpaces();
    const start = this.pos;
    let quoted = false;
    while (this.pos < this.chars.length) {
      const ch = this.at();
      if (ch.c === '"' && !ch.literal) quoted = !quoted;
      else if (!quoted && (ch.c === " " || ch.c === "	" || ch.c === "\n" || ch.c === "=" && this.at(this.pos + 1)?.c === "=")) break;
      this.pos++;
    }
    return this.chars.slice(start, this.pos);
  }
  parseIf(inGroup) {
    this.pos += 2;
    let ignoreCase = false;
    let negate = false;
    this.skipSpaces();
    if (this.wordHere() === "/i") {
      ignoreCase = true;
      this.pos += 2;
      this.skipSpaces();
    }
    if (this.wordHere() === "not") {
      negate = true;
      this.pos += 3;
      this.skipSpaces();
    }
    let condition;
    const keyword = this.wordHere();
    if (["exist", "defined", "errorlevel", "cmdextversion"].includes(keyword)) {
      this.pos += keyword.length;
      this.conditionWord();
    } else {
      const left = this.conditionWord();
      this.skipSpaces();
      let op;
      if (this.at()?.c === "=" && this.at(this.pos + 1)?.c === "=") {
        op = "==";
        this.pos += 2;
      } else {
        op = this.wordHere();
        this.pos += op.length;
      }
      const right = this.conditionWord();
      const a = plainText(left);
      const b = plainText(right);
      if (a !== void 0 && b !== void 0 && (op === "==" || op === "equ" || op === "neq")) {
        const equal = ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
        condition = op === "neq" ? !equal : equal;
      }
    }
    if (negate && condition !== void 0) condition = !condition;
    const then = this.parseCommand(inGroup);
    let otherwise;
    const save = this.pos;
    this.skipSpaces();
    if (this.wordHere() === "else") {
      this.pos += 4;
      otherwise = this.parseCommand(inGroup);
    } else this.pos = save;
    return { kind: "if", condition, then, else: otherwise };
  }
  parseFor(inGroup) {
    const headerStart = this.pos;
    this.pos += 3;
    const options = [];
    for (; ; ) {
      this.skipSpaces();
      const ch = this.at();
      if (!ch || ch.c !== "/") break;
      const word = this.wordHere();
      options.push(word);
      this.pos += word.length;
      this.skipSpaces();
      if ((word === "/f" || word === "/r") && this.at()?.c !== "%") this.conditionWord();
    }
    this.skipSpaces();
    const varStart = this.pos;
    while (this.at()?.c === "%") this.pos++;
    if (this.at()) this.pos++;
    const variable = this.chars.slice(varStart, this.pos).map((c) => c.c).join("");
    this.skipSpaces();
    if (this.wordHere() === "in") this.pos += 2;
    this.skipSpaces();
    let items;
    let reason = "";
    if (this.special(this.pos, "(")) {
      this.pos++;
      const setStart = this.pos;
      let depth = 1;
      while (this.pos < this.chars.length) {
        const ch = this.at();
        if (!ch.literal && ch.c === "(") depth++;
        if (!ch.literal && ch.c === ")" && --depth === 0) break;
        this.pos++;
      }
      const set = this.chars.slice(setStart, this.pos);
      this.pos++;
      const words = splitCmdWords(set);
      const literal = words.every((w) => !w.some((c) => c.unknown || c.c === "*" || c.c === "?"));
      if (options.length === 0 && literal) items = words.map((w) => w.filter((c) => c.c !== '"' || c.literal));
      else if (options.length === 1 && options[0] === "/l" && literal && words.length === 3) {
        const [start, step, end] = words.map((w) => Number(plainText(w)));
        if ([start, step, end].every(Number.isInteger) && step !== 0) {
          const list2 = [];
          for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
            if (list2.length > 1e5) break;
            list2.push([...String(v)].map((c) => ({ c, start: set[0].start, end: set[set.length - 1].end, literal: true })));
          }
          items = list2;
        } else reason = "a for /l range not known";
      } else reason = options.length ? `for ${options.join(" ")} reads files or command output` : "a list with wildcards or values not known";
    }
    const headerEnd = this.pos;
    this.skipSpaces();
    if (this.wordHere() === "do") this.pos += 2;
    const bodyStart = this.pos;
    const probe = new _UnitParser(this.chars);
    probe.pos = this.pos;
    probe.parseCommand(inGroup);
    this.pos = probe.pos;
    return { kind: "for", variable, items, reason, body: this.chars.slice(bodyStart, this.pos), header: this.chars.slice(headerStart, headerEnd) };
  }
};
function closingIndex(chars, open, delimiter) {
  for (let j = open + 1; j < chars.length && chars[j].c !== "\n"; j++) if (chars[j].c === delimiter && !chars[j].literal) return j;
  return -1;
}
function splitCmdWords(chars) {
  const words = [];
  let current = [];
  let quoted = false;
  for (const ch of chars) {
    if (ch.c === '"' && !ch.literal) quoted = !quoted;
    if (!quoted && !ch.literal && (ch.c === " " || ch.c === "	" || ch.c === "," || ch.c === ";" || ch.c === "\n")) {
      if (current.length) words.push(current);
      current = [];
      continue;
    }
    current.push(ch);
  }
  if (current.length) words.push(current);
  return words;
}
function stripRedirections(chars) {
  const out = [];
  let quoted = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch.c === '"' && !ch.literal) quoted = !quoted;
    const isRedirect = !quoted && !ch.literal && (ch.c === ">" || ch.c === "<");
    if (!isRedirect) {
      out.push(ch);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && /[0-9]/.test(previous.c) && (out.length === 1 || /\s/.test(out[out.length - 2].c))) out.pop();
    if (chars[i + 1]?.c === ">") i++;
    if (chars[i + 1]?.c === "&") {
      i += 2;
      continue;
    }
    while (chars[i + 1] && /[ \t]/.test(chars[i + 1].c)) i++;
    let q = false;
    while (chars[i + 1] && (q || !/[ \t]/.test(chars[i + 1].c))) {
      if (chars[i + 1].c === '"') q = !q;
      i++;
    }
  }
  return out;
}
function argvSplit(chars) {
  const args = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && /[ \t\n]/.test(chars[i].c)) i++;
    if (i >= chars.length) break;
    const taken = [];
    let value = "";
    let quoted = false;
    while (i < chars.length && (quoted || !/[ \t\n]/.test(chars[i].c))) {
      const ch = chars[i];
      if (ch.c === "\\") {
        let n = 0;
        while (chars[i + n]?.c === "\\") n++;
        if (chars[i + n]?.c === '"') {
          value += "\\".repeat(Math.floor(n / 2));
          for (let k = 0; k < n; k++) taken.push(chars[i + k]);
          i += n;
          if (n % 2 === 1) {
            value += '"';
            taken.push(chars[i]);
            i++;
          }
          continue;
        }
        value += "\\".repeat(n);
        for (let k = 0; k < n; k++) taken.push(chars[i + k]);
        i += n;
        continue;
      }
      if (ch.c === '"') {
        taken.push(ch);
        if (quoted && chars[i + 1]?.c === '"') {
          value += '"';
          taken.push(chars[i + 1]);
          i += 2;
          continue;
        }
        quoted = !quoted;
        i++;
        continue;
      }
      value += ch.c;
      taken.push(ch);
      i++;
    }
    args.push({ chars: taken, value });
  }
  return args;
}
function range(chars) {
  if (!chars.length) return void 0;
  let start = Infinity;
  let end = -Infinity;
  for (const ch of chars) {
    if (ch.start < start) start = ch.start;
    if (ch.end > end) end = ch.end;
  }
  return { start, end };
}
function plainText(chars) {
  if (chars.some((c) => c.unknown)) return void 0;
  return chars.filter((c) => c.c !== '"' || c.literal).map((c) => c.c).join("");
}
function charsValue(chars, positions, expression, value) {
  const r = range(chars) ?? { start: 0, end: 0 };
  const loc = positions.range(r.start, r.end);
  const unknown = chars.find((c) => c.unknown);
  if (unknown) return { kind: "unknown", expression: expression ?? positions.text.slice(r.start, r.end), reason: unknown.unknown ?? "", loc };
  return { kind: "string", value: value ?? chars.map((c) => c.c).join(""), loc };
}
function substitute(body, variable, item) {
  const out = [];
  for (let i = 0; i < body.length; i++) {
    let match = variable.length > 0;
    for (let k = 0; match && k < variable.length; k++) if (body[i + k]?.c !== variable[k]) match = false;
    if (match) {
      const span = { start: body[i].start, end: body[i + variable.length - 1].end };
      for (const ch of item) out.push({ ...ch, start: span.start, end: span.end, literal: true });
      i += variable.length - 1;
      continue;
    }
    out.push(body[i]);
  }
  return out;
}

// src/languages/powershell/operators.ts
var str = (value, loc) => ({ kind: "string", value, loc });
var num = (value, loc) => ({ kind: "number", value, loc });
var bool = (value, loc) => ({ kind: "bool", value, loc });
var nul = (loc) => ({ kind: "null", loc });
var list = (items, loc) => ({ kind: "list", items, loc });
var obj = (entries, loc) => ({ kind: "object", entries, loc });
function numberText(value) {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return String(value).replace(/e([+-])(\d)$/, "E$10$2").replace(/e([+-])/, "E$1");
}
function toText(value) {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
      return numberText(value.value);
    case "bool":
      return value.value ? "True" : "False";
    case "null":
      return "";
    case "list": {
      const parts = [];
      for (const item of value.items) {
        const text = item.kind === "list" ? "System.Object[]" : toText(item);
        if (text === void 0) return void 0;
        parts.push(text);
      }
      return parts.join(" ");
    }
    case "object":
      return "System.Collections.Hashtable";
    case "unknown":
      return void 0;
  }
}
function parseNumberText(text) {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  if (/^[+-]?0x[0-9a-f]+$/i.test(trimmed)) {
    const negative = trimmed.startsWith("-");
    const value = parseInt(trimmed.replace(/^[+-]?0x/i, ""), 16);
    return negative ? -value : value;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return void 0;
  return Number(trimmed);
}
function toNumber(value) {
  switch (value.kind) {
    case "number":
      return value.value;
    case "bool":
      return value.value ? 1 : 0;
    case "null":
      return 0;
    case "string":
      return parseNumberText(value.value);
    default:
      return void 0;
  }
}
function truth(value) {
  switch (value.kind) {
    case "bool":
      return value.value;
    case "number":
      return value.value !== 0;
    case "string":
      return value.value.length > 0;
    case "null":
      return false;
    case "list":
      if (value.items.length === 0) return false;
      if (value.items.length === 1) return truth(value.items[0]);
      return true;
    case "object":
      return true;
    case "unknown":
      return void 0;
  }
}
function roundHalfEven(value) {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
var INTEGER_TYPES = /* @__PURE__ */ new Map([
  ["byte", [0, 255]],
  ["sbyte", [-128, 127]],
  ["int16", [-32768, 32767]],
  ["short", [-32768, 32767]],
  ["uint16", [0, 65535]],
  ["ushort", [0, 65535]],
  ["int", [-2147483648, 2147483647]],
  ["int32", [-2147483648, 2147483647]],
  ["uint32", [0, 4294967295]],
  ["uint", [0, 4294967295]],
  ["int64", [-(2 ** 63), 2 ** 63 - 1]],
  ["long", [-(2 ** 63), 2 ** 63 - 1]],
  ["uint64", [0, 2 ** 64 - 1]],
  ["ulong", [0, 2 ** 64 - 1]]
]);
var REAL_TYPES = /* @__PURE__ */ new Set(["double", "single", "float", "decimal"]);
var ARRAY_TYPE = /^(.*)\[\]$/;
function simpleTypeName(type) {
  const lower = type.replace(/\s+/g, "").toLowerCase();
  return lower.startsWith("system.") && !lower.slice(7).includes(".") ? lower.slice(7) : lower;
}
function cast(type, value, loc) {
  if (value.kind === "unknown") return value;
  const name = simpleTypeName(type);
  const range2 = INTEGER_TYPES.get(name);
  if (range2) {
    const n = toNumber(value);
    if (n === void 0 || !Number.isFinite(n)) return void 0;
    const rounded = roundHalfEven(n);
    if (rounded < range2[0] || rounded > range2[1]) return void 0;
    return num(rounded, loc);
  }
  if (REAL_TYPES.has(name)) {
    const n = toNumber(value);
    return n === void 0 ? void 0 : num(n, loc);
  }
  switch (name) {
    case "string": {
      if (value.kind === "null") return str("", loc);
      const text = toText(value);
      return text === void 0 ? void 0 : str(text, loc);
    }
    case "bool":
    case "boolean": {
      const t = truth(value);
      return t === void 0 ? void 0 : bool(t, loc);
    }
    case "switch":
    case "switchparameter": {
      const t = truth(value);
      return t === void 0 ? void 0 : bool(t, loc);
    }
    case "void":
      return nul(loc);
    case "array":
    case "object[]":
      return value.kind === "list" ? value : list(value.kind === "null" ? [] : [value], loc);
    case "hashtable":
    case "ordered":
    case "pscustomobject":
    case "psobject":
    case "collections.hashtable":
    case "collections.specialized.ordereddictionary":
      return value.kind === "object" ? value : void 0;
    case "object":
      return value;
    default: {
      const element = ARRAY_TYPE.exec(name);
      if (element) {
        const items = value.kind === "list" ? value.items : value.kind === "null" ? [] : [value];
        const converted = [];
        for (const item of items) {
          const c = cast(element[1], item, item.loc);
          if (!c) return void 0;
          converted.push(c);
        }
        return list(converted, loc);
      }
      return void 0;
    }
  }
}
function scalarEquals(left, right, caseSensitive) {
  if (left.kind === "list" || right.kind === "list" || left.kind === "object" || right.kind === "object") return void 0;
  if (left.kind === "null") return right.kind === "null";
  if (right.kind === "null") return false;
  if (left.kind === "string") {
    const text = toText(right);
    if (text === void 0) return void 0;
    return caseSensitive ? left.value === text : left.value.toLowerCase() === text.toLowerCase();
  }
  if (left.kind === "number") {
    const n = toNumber(right);
    return n === void 0 ? false : left.value === n;
  }
  if (left.kind === "bool") {
    const t = truth(right);
    return t === void 0 ? void 0 : left.value === t;
  }
  return void 0;
}
function scalarCompare(left, right, caseSensitive) {
  if (left.kind === "number" || left.kind === "null" && right.kind === "number") {
    const a = toNumber(left);
    const b = toNumber(right);
    if (a === void 0 || b === void 0) return void 0;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (left.kind === "string") {
    const b = toText(right);
    if (b === void 0) return void 0;
    const x = caseSensitive ? left.value : left.value.toLowerCase();
    const y = caseSensitive ? b : b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return void 0;
}
function wildcardMatch(text, pattern, caseSensitive) {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") source += "[\\s\\S]*";
    else if (c === "?") source += "[\\s\\S]";
    else if (c === "`" && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) {
        source += "\\[";
        continue;
      }
      const body = pattern.slice(i + 1, close).replace(/[\\\]^]/g, (m) => `\\${m}`);
      source += `[${body}]`;
      i = close;
    } else source += escapeRegExp(c);
  }
  try {
    return new RegExp(`${source}$`, caseSensitive ? "u" : "iu").test(text);
  } catch {
    return false;
  }
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
function isLiteralPattern(pattern) {
  return !/[\\^$.|?*+()[\]{}]/.test(pattern);
}
function replaceLiteral(text, pattern, replacement, caseSensitive) {
  if (!pattern) return text;
  const re = new RegExp(escapeRegExp(pattern), caseSensitive ? "gu" : "giu");
  return text.replace(re, () => replacement);
}
function formatOperator(format, args) {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "{") {
      if (format[i + 1] === "{") {
        out += "{";
        i++;
        continue;
      }
      const close = format.indexOf("}", i);
      if (close < 0) return void 0;
      const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?$/.exec(format.slice(i + 1, close));
      if (!item) return void 0;
      const arg = args[Number(item[1])];
      if (!arg) return void 0;
      if (arg.kind === "number" && !Number.isInteger(arg.value)) return void 0;
      const text = toText(arg);
      if (text === void 0) return void 0;
      const width = item[2] === void 0 ? 0 : Number(item[2]);
      out += width < 0 ? text.padEnd(-width) : text.padStart(width);
      i = close;
    } else if (c === "}") {
      if (format[i + 1] !== "}") return void 0;
      out += "}";
      i++;
    } else out += c;
  }
  return out;
}

// src/languages/powershell/evaluate.ts
var EVALUATION_BOUNDS = {
  loopIterations: 1e4,
  stringLength: 1048576,
  listItems: 1e4,
  work: 5e7
};
var COMMON_SWITCHES = /* @__PURE__ */ new Set(["force", "passthru", "whatif", "confirm", "verbose", "debug", "asjob", "recurse", "inmemory"]);
var DNS_RECORD_SWITCHES = /* @__PURE__ */ new Set(["a", "aaaa", "cname", "mx", "ns", "ptr", "srv", "txt", "dname", "dhcid", "allowupdateany", "agerecord", "createptr"]);
function isSwitch(command, parameter) {
  const name = parameter.toLowerCase();
  if (COMMON_SWITCHES.has(name)) return true;
  return /^(add|remove)-dnsserverresourcerecord/.test(command) && DNS_RECORD_SWITCHES.has(name);
}
var ALIASES = /* @__PURE__ */ new Map([
  ["%", "foreach-object"],
  ["foreach", "foreach-object"],
  ["?", "where-object"],
  ["where", "where-object"],
  ["sp", "set-itemproperty"],
  ["ni", "new-item"],
  ["iex", "invoke-expression"],
  ["icm", "invoke-command"],
  ["set", "set-variable"],
  ["sv", "set-variable"]
]);
var AUTOMATIC_VARIABLES = /* @__PURE__ */ new Set([
  "args",
  "input",
  "this",
  "psscriptroot",
  "pscommandpath",
  "myinvocation",
  "pscmdlet",
  "psboundparameters",
  "host",
  "pwd",
  "home",
  "pid",
  "error",
  "lastexitcode",
  "matches",
  "psversiontable",
  "psculture",
  "psuiculture",
  "profile",
  "shellid",
  "executioncontext",
  "?",
  "$",
  "^",
  "stacktrace",
  "event",
  "eventargs",
  "eventsubscriber",
  "sender",
  "foreach",
  "switch",
  "nestedpromptlevel",
  "psdebugcontext",
  "iswindows",
  "islinux",
  "ismacos",
  "iscoreclr",
  "pshome",
  "psedition",
  "consolefilename",
  "psitem",
  "_",
  "allnodes",
  "node",
  "configurationdata"
]);
var NO_OUTPUT = /* @__PURE__ */ new Set(["write-host", "write-verbose", "write-debug", "write-warning", "write-information", "out-null", "start-sleep", "set-variable", "remove-variable", "clear-variable"]);
var PURE_METHODS = /* @__PURE__ */ new Set([
  "tostring",
  "gettype",
  "equals",
  "gethashcode",
  "getenumerator",
  "contains",
  "containskey",
  "containsvalue",
  "indexof",
  "lastindexof",
  "where",
  "foreach",
  "clone",
  "toarray",
  "compareto",
  "startswith",
  "endswith",
  "trim",
  "trimstart",
  "trimend",
  "split",
  "substring",
  "tolower",
  "toupper",
  "tolowerinvariant",
  "toupperinvariant",
  "replace",
  "padleft",
  "padright",
  "format",
  "getvalue",
  "get_item"
]);
var BoundExceeded = class extends Error {
};
var Evaluator = class _Evaluator {
  constructor(text, positions, options = {}) {
    this.text = text;
    this.positions = positions;
    this.options = options;
    this.bounds = { ...EVALUATION_BOUNDS, ...options.bounds };
  }
  text;
  positions;
  options;
  invocations = [];
  resources = [];
  assignments = [];
  diagnostics = [];
  bounds;
  scriptScope = { vars: /* @__PURE__ */ new Map(), parent: void 0, kind: "script" };
  scope = this.scriptScope;
  liveScopes = [this.scriptScope];
  frames = [];
  loops = [];
  functions = [];
  pipelineItems = [];
  configuration;
  node;
  conditionalDepth = 0;
  /** Set when a `break`, `return` or `exit` ran in a branch that may not run: what follows in the block may not run either. */
  uncertainFlow = false;
  work = 0;
  loopIterationsUsed = 0;
  reported = /* @__PURE__ */ new Set();
  /** Containers (hashtables' entry maps, lists' item arrays) stored in some variable or other container. (Plain sets: weak ones cost the collector far more, and an evaluation is short-lived.) */
  held = /* @__PURE__ */ new Set();
  /** Containers stored in more than one place: changing one through a variable changes what the others see. */
  shared = /* @__PURE__ */ new Set();
  /** Variables assigned exactly once in the whole file, unconditionally at the top of the script: a function may read them. */
  stable = /* @__PURE__ */ new Set();
  assignedAnywhere = /* @__PURE__ */ new Set();
  /** The script, for the count of assignments made the first time a function reads a variable of the script. */
  body;
  stableFound = false;
  assignedIn = /* @__PURE__ */ new WeakMap();
  run(body) {
    this.body = body;
    try {
      this.bindParameters(body, "script");
      for (const block of body.blocks) {
        if (this.evalStatements(block.body) === "exit") break;
      }
    } catch (error) {
      if (!(error instanceof BoundExceeded)) throw error;
      this.diagnostics.push(this.positions.diagnostic(0, 0, "powershell/evaluation-bound", `evaluating the script took more than the bound of ${thousands(this.bounds.work)} steps; what follows is not read`));
    }
  }
  result() {
    return { invocations: this.invocations, resources: this.resources, assignments: this.assignments };
  }
  // ------------------------------------------------------------------ helpers
  loc(node) {
    return this.positions.range(node.start, node.end);
  }
  charge(units) {
    this.work += units;
    if (this.work > this.bounds.work) throw new BoundExceeded();
  }
  snippet(node) {
    const text = this.text.slice(node.start, node.end);
    return text.length > 500 ? `${text.slice(0, 500)}\u2026` : text;
  }
  unknown(node, reason) {
    return { kind: "unknown", expression: this.snippet(node), reason, loc: this.loc(node) };
  }
  /** An unknown value for `node` because a part of it (`cause`) is unknown: the whole expression, the part's reason. */
  propagate(node, cause) {
    return { kind: "unknown", expression: this.snippet(node), reason: cause.reason, loc: this.loc(node) };
  }
  bound(code, node, message) {
    const key = `${code}@${node.start}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(this.positions.diagnostic(node.start, node.end, code, message));
  }
  context() {
    return { loops: this.loops.slice(), conditional: this.conditionalDepth > 0, function: this.functions[this.functions.length - 1] };
  }
  checkString(value, node) {
    this.charge(value.length);
    if (value.length > this.bounds.stringLength) {
      this.bound("powershell/string-bound", node, `a string of ${thousands(value.length)} characters built here is over the bound of ${thousands(this.bounds.stringLength)}; its value is not read`);
      return this.unknown(node, `a string over the bound of ${thousands(this.bounds.stringLength)} characters`);
    }
    return str(value, this.loc(node));
  }
  /** Notes that a container is stored in one more place. */
  store(value) {
    const container = value.kind === "object" ? value.entries : value.kind === "list" ? value.items : void 0;
    if (!container) return;
    if (this.held.has(container)) this.shared.add(container);
    else this.held.add(container);
  }
  // ------------------------------------------------------------------ variables
  static key(name) {
    return name.toLowerCase();
  }
  setVar(scope, key, value) {
    const frame = this.frames[this.frames.length - 1];
    if (frame) {
      let writes = frame.writes.get(scope);
      if (!writes) frame.writes.set(scope, writes = /* @__PURE__ */ new Map());
      if (!writes.has(key)) writes.set(key, scope.vars.get(key));
    }
    this.store(value);
    scope.vars.set(key, value);
  }
  /** The scope a variable reference writes to: `$script:x` and `$global:x` the script's, otherwise the current one. */
  targetScope(scope) {
    return scope === "script" || scope === "global" ? this.scriptScope : this.scope;
  }
  /** Binds a variable; false for references that are not PowerShell variables the reader keeps (`$env:X`, `$C:file`). */
  assignVariable(target, value) {
    if (target.scope === "env" || target.scope === "using" || target.scope && !["script", "global", "local", "private", "variable"].includes(target.scope)) return false;
    this.setVar(this.targetScope(target.scope), _Evaluator.key(target.name), value);
    return true;
  }
  lookupVariable(e) {
    const key = _Evaluator.key(e.name);
    const written = `$${e.scope ? `${e.scope}:` : ""}${e.name}`;
    if (!e.scope || e.scope === "global" || e.scope === "script" || e.scope === "local" || e.scope === "private" || e.scope === "variable" || e.scope === "using") {
      if (key === "true") return bool(true, this.loc(e));
      if (key === "false") return bool(false, this.loc(e));
      if (key === "null") return nul(this.loc(e));
    }
    if (e.scope === "env") return this.unknown(e, `environment variable ${written}`);
    if (e.scope && !["global", "script", "local", "private", "variable", "using"].includes(e.scope)) return this.unknown(e, `${written} reads the ${e.scope}: drive`);
    if (key === "_" || key === "psitem") {
      const item = this.pipelineItems[this.pipelineItems.length - 1];
      return item ? this.relocate(item, e) : this.unknown(e, `${written} outside a pipeline the reader follows`);
    }
    const value = this.findVariable(key, e.scope === "script" || e.scope === "global");
    if (value) return this.relocate(value, e);
    if (AUTOMATIC_VARIABLES.has(key)) return this.unknown(e, `automatic variable ${written}`);
    const inFunction = this.functions[this.functions.length - 1];
    if (inFunction !== void 0) this.findStableVariables();
    if (inFunction !== void 0 && this.assignedAnywhere.has(key)) {
      return this.unknown(e, `${written} is read in ${inFunction} but assigned more than once or conditionally in the file`);
    }
    return this.unknown(e, `variable ${written} is not assigned in this file`);
  }
  /** A variable's value at a reference: a known value keeps where it was written; an unknown one is reported where it is read. */
  relocate(value, at) {
    if (value.kind !== "unknown") return value;
    return { kind: "unknown", expression: this.snippet(at), reason: value.reason, loc: this.loc(at) };
  }
  findVariable(key, scriptOnly) {
    if (scriptOnly) return this.scriptScope.vars.get(key);
    for (let scope = this.scope; scope; scope = scope.parent) {
      const value = scope.vars.get(key);
      if (value) return value;
      if (scope.kind === "function") {
        this.findStableVariables();
        return this.stable.has(key) ? this.scriptScope.vars.get(key) : void 0;
      }
    }
    return void 0;
  }
  /** Counts the assignments of every variable, to know which ones a function body may read (once, when first needed). */
  findStableVariables() {
    const body = this.body;
    if (this.stableFound || !body) return;
    this.stableFound = true;
    const counts = /* @__PURE__ */ new Map();
    const topLevel = /* @__PURE__ */ new Set();
    const count = (name, top) => {
      const key = _Evaluator.key(name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      this.assignedAnywhere.add(key);
      if (top) topLevel.add(key);
    };
    for (const parameter of body.params?.parameters ?? []) count(parameter.name, true);
    const topStatements = new Set(body.blocks.flatMap((block) => block.body));
    walk(body, (node) => {
      for (const name of assignedNames(node)) count(name, topStatements.has(node));
    });
    for (const [key, n] of counts) if (n === 1 && topLevel.has(key)) this.stable.add(key);
  }
  /** The variables a body may assign (loops and branches make them unknown after). Function definitions are left out: they do not run there. */
  assignedInBody(nodes) {
    let names = this.assignedIn.get(nodes);
    if (names) return names;
    names = /* @__PURE__ */ new Set();
    const found = names;
    walk(nodes, (node) => {
      for (const name of assignedNames(node)) found.add(_Evaluator.key(name));
    });
    this.assignedIn.set(nodes, names);
    return names;
  }
  /** Makes the variables a loop or branch body assigns unknown in the scope they live in. */
  forget(names, reason, at) {
    for (const key of names) {
      const scope = this.scope.vars.has(key) || !this.scriptScope.vars.has(key) ? this.scope : this.scriptScope;
      this.setVar(scope, key, this.unknown(at, reason(key)));
    }
  }
  // ------------------------------------------------------------------ branches
  /** Runs `fn` as a branch that may or may not run: its writes are undone after, and returned. */
  branch(fn) {
    const frame = { writes: /* @__PURE__ */ new Map() };
    this.frames.push(frame);
    this.conditionalDepth++;
    const uncertain = this.uncertainFlow;
    try {
      fn();
    } finally {
      this.conditionalDepth--;
      this.frames.pop();
      this.uncertainFlow = uncertain;
    }
    const written = /* @__PURE__ */ new Map();
    for (const [scope, writes] of frame.writes) {
      const keys = /* @__PURE__ */ new Set();
      for (const [key, prior] of writes) {
        if (prior === void 0) scope.vars.delete(key);
        else scope.vars.set(key, prior);
        keys.add(key);
      }
      written.set(scope, keys);
    }
    return written;
  }
  /** After branches that may or may not have run: what they wrote is unknown. */
  markWritten(written, reason, at) {
    for (const keys of written) {
      for (const [scope, names] of keys) {
        if (!this.liveScopes.includes(scope)) continue;
        for (const key of names) this.setVar(scope, key, this.unknown(at, `$${key} ${reason}`));
      }
    }
  }
  // ------------------------------------------------------------------ statements
  evalStatements(statements, output) {
    let extraDepth = 0;
    try {
      for (const statement of statements) {
        const completion = this.evalStatement(statement, output);
        if (completion !== "normal") return completion;
        if (this.uncertainFlow) {
          this.uncertainFlow = false;
          this.conditionalDepth++;
          extraDepth++;
        }
      }
      return "normal";
    } finally {
      this.conditionalDepth -= extraDepth;
      if (extraDepth) this.uncertainFlow = true;
    }
  }
  /** Runs a statement; when `output` is given, what it writes to the pipeline is appended (a list per statement). */
  evalStatement(s, output) {
    this.charge(1);
    switch (s.kind) {
      case "pipeline": {
        const out = this.evalPipeline(s, output !== void 0);
        if (output) output.push("items" in out ? out.items : [out.unknown]);
        return "normal";
      }
      case "chain": {
        this.evalStatement(s.first);
        const written = s.rest.map((part) => this.branch(() => void this.evalStatement(part.statement)));
        this.markWritten(written, "is assigned after && or ||, which may not run", s);
        if (output) output.push([this.unknown(s, "output of a pipeline chain")]);
        return "normal";
      }
      case "assignment":
        this.evalAssignment(s);
        return "normal";
      case "if":
        return this.evalIf(s, output);
      case "foreach":
        return this.evalForeach(s, output);
      case "loop":
        return this.evalLoop(s, output);
      case "switch":
        return this.evalSwitch(s, output);
      case "function":
        this.evalFunction(s.name, s.body, s);
        return "normal";
      case "configuration":
        this.evalConfiguration(s);
        return "normal";
      case "node": {
        const saved = this.node;
        this.node = s.name ? this.evalExpr(s.name) : void 0;
        try {
          return this.evalStatements(s.body, output);
        } finally {
          this.node = saved;
        }
      }
      case "resource": {
        const properties = this.evalResource(s);
        if (output) output.push([properties]);
        return "normal";
      }
      case "try": {
        const completion = this.evalStatements(s.body, output);
        const written = s.catches.map(
          (body) => this.branch(() => {
            this.pipelineItems.push(this.unknown(s, "$_ in a catch block (the error)"));
            try {
              this.evalStatements(body);
            } finally {
              this.pipelineItems.pop();
            }
          })
        );
        this.markWritten(written, "is assigned in a catch block, which may not run", s);
        const final = s.finally ? this.evalStatements(s.finally, output) : "normal";
        if (completion === "return" || completion === "break" || completion === "continue") return completion;
        return final === "normal" ? "normal" : final;
      }
      case "trap": {
        const written = this.branch(() => void this.evalStatements(s.body));
        this.markWritten([written], "is assigned in a trap block, which may not run", s);
        return "normal";
      }
      case "flow": {
        if (s.value) {
          const out = this.evalStatementOutput(s.value);
          if (output && s.keyword === "return") output.push("items" in out ? out.items : [out.unknown]);
        }
        switch (s.keyword) {
          case "break":
            return "break";
          case "continue":
            return "continue";
          case "return":
            return "return";
          default:
            return "exit";
        }
      }
      case "block":
        return this.evalStatements(s.body, output);
      case "param":
        for (const parameter of s.block.parameters) {
          this.setVar(this.scope, _Evaluator.key(parameter.name), this.unknown(parameter, `parameter $${parameter.name}, passed by the caller`));
        }
        return "normal";
      case "opaque":
        return "normal";
    }
  }
  /** What a statement writes to the pipeline. */
  evalStatementOutput(s) {
    const output = [];
    this.evalStatement(s, output);
    const items = [];
    for (const part of output) {
      for (const item of part) {
        if (item.kind === "unknown") return { unknown: item };
        items.push(item);
      }
    }
    return { items };
  }
  /**
   * The value a statement gives where a value is expected (the right side of `=`, a hashtable
   * entry, `( )`): an expression keeps its shape (`'a','b'` stays one list); output written by
   * other statements is collected as PowerShell does (nothing is `$null`, one item itself, more a list).
   */
  evalStatementValue(s) {
    if (s.kind === "pipeline" && s.elements.length === 1 && s.elements[0].kind === "expression") {
      const value = this.evalExpr(s.elements[0].expression);
      return value;
    }
    if (s.kind === "assignment") {
      return this.evalAssignment(s);
    }
    if (s.kind === "resource") return this.evalResource(s, true);
    const out = this.evalStatementOutput(s);
    if ("unknown" in out) return this.propagate(s, out.unknown);
    if (out.items.length === 0) return nul(this.loc(s));
    if (out.items.length === 1) return out.items[0];
    return list(out.items, this.loc(s));
  }
  // ------------------------------------------------------------------ assignments
  evalAssignment(s) {
    let target = s.target;
    let castType;
    while (target.kind === "cast") {
      castType ??= target.type;
      target = target.operand;
    }
    let value = s.value ? this.evalStatementValue(s.value) : this.unknown(s, "an assignment without a value");
    if (s.operator !== "=") {
      const current = target.kind === "variable" ? this.lookupVariable(target) : this.evalExpr(target);
      if (s.operator === "??=") {
        value = current.kind === "null" ? value : current.kind === "unknown" ? this.propagate(s, current) : current;
      } else {
        value = this.binaryValue(s.operator.slice(0, -1), current, value, s);
      }
    }
    if (castType && value.kind !== "unknown") value = cast(castType, value, value.loc) ?? this.unknown(s, `a value converted to [${castType}]`);
    switch (target.kind) {
      case "variable":
        if (this.assignVariable(target, value)) this.assignments.push({ name: target.name, value, loc: this.loc(s), ...this.context() });
        break;
      case "member":
      case "index":
        this.mutate(target, (container) => this.withMember(container, target, value));
        break;
      case "array": {
        const targets = target.items;
        const items = value.kind === "list" ? value.items : [value];
        targets.forEach((item, i) => {
          if (item.kind !== "variable") return;
          let part;
          if (value.kind === "unknown") part = this.propagate(item, value);
          else if (i < targets.length - 1) part = items[i] ?? nul(this.loc(item));
          else part = items.length - i > 1 ? list(items.slice(i), value.loc) : items[i] ?? nul(this.loc(item));
          if (this.assignVariable(item, part)) this.assignments.push({ name: item.name, value: part, loc: this.loc(s), ...this.context() });
        });
        break;
      }
      default:
        break;
    }
    return value;
  }
  /**
   * Changes a hashtable or list reached from a variable (`$p.LocalPort = 5061`, `$a[0] = 1`,
   * `$p.Add(...)`): the variable gets a changed copy; other variables holding the same
   * hashtable or list become unknown, since the reader does not follow references.
   */
  mutate(target, change) {
    const path2 = [];
    let root = target;
    while (root.kind === "member" || root.kind === "index" || root.kind === "invoke") {
      path2.unshift(root);
      root = root.object;
    }
    if (root.kind !== "variable") {
      this.evalExpr(target.kind === "member" || target.kind === "index" || target.kind === "invoke" ? target.object : target);
      return;
    }
    const rootValue = this.lookupVariable(root);
    const containers = [rootValue];
    let current = rootValue;
    for (let i = 0; i < path2.length - 1; i++) {
      current = this.step(current, path2[i]);
      containers.push(current);
    }
    const changed = current.kind === "unknown" ? void 0 : change(current);
    let rebuilt = changed;
    for (let i = path2.length - 2; rebuilt && i >= 0; i--) rebuilt = this.replaceStep(containers[i], path2[i], rebuilt);
    const shared = containers.some((c) => c.kind === "object" && this.shared.has(c.entries) || c.kind === "list" && this.shared.has(c.items));
    if (shared) this.invalidateHolders(containers, root);
    this.assignVariable(root, rebuilt ?? (rootValue.kind === "unknown" ? rootValue : this.unknown(target, `$${root.name} is changed through an expression the reader does not follow`)));
  }
  /** One member or index step down a value, for a path being changed. */
  step(value, node) {
    if (node.kind === "member") return this.memberValue(value, this.memberName(node.member), node);
    if (node.kind === "index") return this.indexValue(value, this.evalExpr(node.index), node);
    return this.unknown(node, "a method result");
  }
  /** `container` with the member or index of `node` replaced by `value`; undefined when the reader cannot tell what changes. */
  replaceStep(container, node, value) {
    if (node.kind === "member") return setEntry(container, this.memberName(node.member), value);
    if (node.kind === "index") {
      const index = this.evalExpr(node.index);
      if (container.kind === "object") {
        const key = toText(index);
        return key === void 0 ? void 0 : setEntry(container, key, value);
      }
      if (container.kind === "list" && index.kind === "number" && Number.isInteger(index.value)) {
        const i = index.value < 0 ? container.items.length + index.value : index.value;
        if (i < 0 || i >= container.items.length) return void 0;
        const items = container.items.slice();
        items[i] = value;
        this.charge(items.length);
        return list(items, container.loc);
      }
    }
    return void 0;
  }
  withMember(container, target, value) {
    return this.replaceStep(container, target, value);
  }
  /** Other variables holding a container that changes: they become unknown. */
  invalidateHolders(containers, changedVariable) {
    const identities = /* @__PURE__ */ new Set();
    for (const c of containers) {
      if (c.kind === "object") identities.add(c.entries);
      else if (c.kind === "list") identities.add(c.items);
    }
    const changedKey = _Evaluator.key(changedVariable.name);
    for (const scope of this.liveScopes) {
      for (const [key, value] of scope.vars) {
        if (key === changedKey) continue;
        if (this.contains(value, identities)) {
          this.setVar(scope, key, this.unknown(changedVariable, `$${key} holds a hashtable or list also changed through $${changedVariable.name}`));
        }
      }
    }
  }
  contains(value, identities) {
    this.charge(1);
    if (value.kind === "object") {
      if (identities.has(value.entries)) return true;
      for (const entry of value.entries.values()) if (this.contains(entry, identities)) return true;
    } else if (value.kind === "list") {
      if (identities.has(value.items)) return true;
      for (const item of value.items) if (this.contains(item, identities)) return true;
    }
    return false;
  }
  // ------------------------------------------------------------------ control flow
  evalIf(s, output) {
    const written = [];
    let uncertain = false;
    let abrupt = false;
    const runUncertain = (body) => {
      written.push(this.branch(() => {
        const completion = this.evalStatements(body, output);
        if (completion !== "normal") abrupt = true;
      }));
    };
    const finish = (completion = "normal") => {
      this.markWritten(written, "is assigned in a branch whose condition is not known", s);
      if (abrupt) this.uncertainFlow = true;
      return completion;
    };
    for (const clause of s.clauses) {
      const condition = this.condition(clause.condition, uncertain);
      if (condition === false) continue;
      if (condition === true && !uncertain) return finish(this.evalStatements(clause.body, output));
      runUncertain(clause.body);
      if (condition === true) return finish();
      uncertain = true;
    }
    if (s.else) {
      if (uncertain) runUncertain(s.else);
      else return finish(this.evalStatements(s.else, output));
    }
    return finish();
  }
  /** A condition's truth, or undefined when not known; `inBranch` when it is only reached after a condition not known. */
  condition(statement, inBranch) {
    if (!statement) return void 0;
    if (inBranch) this.conditionalDepth++;
    try {
      const value = this.evalStatementValue(statement);
      return truth(value);
    } finally {
      if (inBranch) this.conditionalDepth--;
    }
  }
  /** The items a loop runs over, or undefined when not known; PowerShell runs `foreach` over `$null` zero times and over a scalar once. */
  collection(statement) {
    if (!statement) return [];
    const value = this.evalStatementValue(statement);
    if (value.kind === "unknown") return value;
    if (value.kind === "list") return value.items;
    if (value.kind === "null") return [];
    return [value];
  }
  evalForeach(s, output) {
    const header = { start: s.start, end: s.headerEnd };
    const variable = s.variable.kind === "variable" ? s.variable : void 0;
    const items = this.collection(s.iterable);
    const runBody = () => void this.evalStatements(s.body);
    if (!Array.isArray(items)) {
      this.unknownLoop("foreach", variable, header, runBody, this.assignedInBody(s.body), items, output);
      return "normal";
    }
    if (!this.takeIterations(items.length, header)) {
      this.unknownLoop("foreach", variable, header, runBody, this.assignedInBody(s.body), this.unknown(s.iterable ?? s, "a loop over the bound of iterations"), output);
      return "normal";
    }
    return this.iterate(items, header, s.body, output, "foreach", variable, (item) => {
      if (variable) this.assignVariable(variable, item);
    });
  }
  /** Runs a body once per known item. */
  iterate(items, header, body, output, kind, variable, bind) {
    const loc = this.loc(header);
    let extraDepth = 0;
    try {
      for (let index = 0; index < items.length; index++) {
        bind(items[index]);
        this.loops.push({ kind, variable: variable?.name ?? "_", index, item: items[index], loc });
        let completion;
        try {
          completion = this.evalStatements(body, output);
        } finally {
          this.loops.pop();
        }
        if (completion === "break") break;
        if (completion === "return" || completion === "exit") return completion;
        if (this.uncertainFlow) {
          this.uncertainFlow = false;
          if (!extraDepth) {
            this.conditionalDepth++;
            extraDepth++;
          }
        }
      }
      return "normal";
    } finally {
      this.conditionalDepth -= extraDepth;
    }
  }
  /** Counts iterations against the file's bound; false (and a diagnostic) when they would pass it. */
  takeIterations(count, header) {
    if (this.loopIterationsUsed + count > this.bounds.loopIterations) {
      this.bound("powershell/loop-bound", header, `expanding this loop of ${thousands(count)} iterations would pass the bound of ${thousands(this.bounds.loopIterations)} iterations a file; its body is read once, as for a collection not known`);
      return false;
    }
    this.loopIterationsUsed += count;
    return true;
  }
  /** A loop whose collection or condition is not known: its body is read once, what it assigns is unknown before and after. */
  unknownLoop(kind, variable, header, run, assigned, item, output) {
    const loc = this.loc(header);
    const written = this.branch(() => {
      this.forget(assigned, (key) => `$${key} is assigned in a loop the reader does not expand`, header);
      if (variable) {
        const reason = item.kind === "unknown" ? item.reason : "a loop variable";
        this.assignVariable(variable, this.unknown(variable, `loop variable $${variable.name} over a collection not known (${reason})`));
      }
      this.loops.push({ kind, variable: variable?.name ?? (kind === "ForEach-Object" ? "_" : ""), index: void 0, item, loc });
      try {
        run();
      } finally {
        this.loops.pop();
      }
    });
    this.markWritten([written], "is assigned in a loop the reader does not expand", header);
    if (output) output.push([this.unknown(header, "output of a loop the reader does not expand")]);
  }
  evalLoop(s, output) {
    const header = { start: s.start, end: s.body.length ? s.body[0].start : s.end };
    const [first, second, third] = s.parts;
    const condition = s.keyword === "for" ? second : first;
    if (s.keyword === "for" && first) this.evalStatement(first);
    const loc = this.loc(header);
    const test = () => {
      if (!condition) return s.keyword === "do" ? void 0 : true;
      const value = truth(this.evalStatementValue(condition));
      return value === void 0 ? void 0 : s.until ? !value : value;
    };
    const giveUp = () => {
      this.uncertainFlow = false;
      this.unknownLoop(s.keyword, void 0, header, () => {
        this.evalStatements(s.body);
        if (s.keyword === "for" && third) this.evalStatement(third);
        if (condition) this.evalStatementValue(condition);
      }, this.assignedInBody(s), nul(loc), output);
      return "normal";
    };
    if (s.keyword !== "do") {
      const go = test();
      if (go === false) return "normal";
      if (go === void 0) return giveUp();
    }
    for (let index = 0; ; index++) {
      if (!this.takeIterations(1, header)) return giveUp();
      this.loops.push({ kind: s.keyword, variable: "", index, item: nul(loc), loc });
      let completion;
      try {
        completion = this.evalStatements(s.body, output);
      } finally {
        this.loops.pop();
      }
      if (completion === "break") return "normal";
      if (completion === "return" || completion === "exit") return completion;
      if (this.uncertainFlow) return giveUp();
      if (s.keyword === "for" && third) this.evalStatement(third);
      const go = test();
      if (go === false) return "normal";
      if (go === void 0) return giveUp();
    }
  }
  evalSwitch(s, output) {
    const subject = s.subject ? this.evalStatementValue(s.subject) : this.unknown(s, "switch -file reads a file");
    const literalClauses = s.clauses.every((c) => c.condition === "default" || c.condition.kind === "string" || c.condition.kind === "number");
    const plainFlags = s.flags.every((f) => f === "exact" || f === "casesensitive");
    const caseSensitive = s.flags.includes("casesensitive");
    if (subject.kind !== "unknown" && subject.kind !== "list" && literalClauses && plainFlags) {
      const matching = s.clauses.filter((c) => c.condition !== "default" && scalarEquals(subject, this.evalExpr(c.condition), caseSensitive) === true);
      const run = matching.length ? matching : s.clauses.filter((c) => c.condition === "default");
      this.pipelineItems.push(subject);
      try {
        for (const clause of run) {
          const completion = this.evalStatements(clause.body, output);
          if (completion === "break" || completion === "continue") break;
          if (completion !== "normal") return completion;
        }
      } finally {
        this.pipelineItems.pop();
      }
      return "normal";
    }
    const item = subject.kind === "list" ? this.unknown(s.subject ?? s, "an item of the switch subject") : subject;
    const written = s.clauses.map(
      (clause) => this.branch(() => {
        if (clause.condition !== "default") this.evalExpr(clause.condition);
        this.pipelineItems.push(item);
        try {
          this.evalStatements(clause.body, output);
        } finally {
          this.pipelineItems.pop();
        }
      })
    );
    this.markWritten(written, "is assigned in a switch clause that may not run", s);
    return "normal";
  }
  // ------------------------------------------------------------------ functions, script blocks, configurations
  /** Binds a body's `param()`: a script's defaults (as the options say), or unknown for a function or script block. */
  bindParameters(body, owner, name) {
    for (const parameter of body.params?.parameters ?? []) {
      let value;
      if (owner === "script" && parameter.default && (this.options.scriptParameters ?? "defaults") === "defaults") {
        value = this.evalExpr(parameter.default);
        if (parameter.type && value.kind !== "unknown") value = cast(parameter.type, value, value.loc) ?? value;
      } else if (owner === "script") {
        value = this.unknown(parameter, parameter.default ? `script parameter $${parameter.name}, passed by the caller` : `script parameter $${parameter.name} has no default`);
      } else if (owner === "function") {
        value = this.unknown(parameter, `parameter $${parameter.name} of ${name}, passed by the caller`);
      } else {
        value = this.unknown(parameter, `parameter $${parameter.name} of a script block`);
      }
      this.setVar(this.scope, _Evaluator.key(parameter.name), value);
      if (owner === "script") this.assignments.push({ name: parameter.name, value, loc: this.loc(parameter), ...this.context() });
    }
  }
  /** Runs a body in a scope of its own; `branch` makes it one that may not run. */
  inScope(kind, fn) {
    const scope = { vars: /* @__PURE__ */ new Map(), parent: this.scope, kind };
    const saved = this.scope;
    this.scope = scope;
    this.liveScopes.push(scope);
    try {
      return fn();
    } finally {
      this.liveScopes.pop();
      this.scope = saved;
    }
  }
  /** A function's body, read where it is defined: it runs when called, so everything in it is conditional and its parameters unknown. */
  evalFunction(name, body, at) {
    const written = this.branch(
      () => this.inScope("function", () => {
        this.functions.push(name);
        const savedItems = this.pipelineItems.length;
        this.pipelineItems.push(this.unknown(at, `$_ in the function ${name}`));
        try {
          this.bindParameters(body, "function", name);
          for (const block of body.blocks) this.evalStatements(block.body);
        } finally {
          this.pipelineItems.length = savedItems;
          this.functions.pop();
        }
      })
    );
    this.markWritten([written], `is assigned in the function ${name}, which may run at any time`, at);
  }
  /** A script block given as a value: its commands are read (they may run), its value is not known. */
  evalScriptBlock(e) {
    const written = this.branch(
      () => this.inScope("block", () => {
        this.pipelineItems.push(this.unknown(e, "$_ in a script block"));
        try {
          this.bindParameters(e.body, "block");
          for (const block of e.body.blocks) this.evalStatements(block.body);
        } finally {
          this.pipelineItems.pop();
        }
      })
    );
    this.markWritten([written], "is assigned in a script block, which may run at any time", e);
    return this.unknown(e, "a script block");
  }
  evalConfiguration(s) {
    const nameValue = s.name ? this.evalExpr(s.name) : void 0;
    const name = nameValue ? toText(nameValue) : void 0;
    const saved = this.configuration;
    const savedNode = this.node;
    this.configuration = name;
    this.node = void 0;
    const written = this.branch(() => {
      this.conditionalDepth--;
      try {
        this.inScope("function", () => {
          this.functions.push(name ?? "configuration");
          try {
            this.evalStatements(s.body);
          } finally {
            this.functions.pop();
          }
        });
      } finally {
        this.conditionalDepth++;
      }
    });
    this.configuration = saved;
    this.node = savedNode;
    this.markWritten([written], `is assigned in the configuration ${name ?? ""}`.trimEnd(), s);
  }
  evalResource(s, asValue = false) {
    const name = s.name ? this.evalExpr(s.name) : void 0;
    const properties = this.evalHashtable(s.properties, { start: s.bodyStart, end: s.end });
    if (!asValue) {
      const context = this.context();
      this.resources.push({
        type: s.type,
        name,
        properties,
        configuration: this.configuration,
        node: this.node,
        loc: this.loc(s),
        ...context,
        // Inside a configuration the resource is declared even though its body runs later.
        function: context.function === this.configuration ? void 0 : context.function
      });
    }
    return properties;
  }
  // ------------------------------------------------------------------ pipelines and commands
  evalPipeline(p, wantOutput) {
    let input;
    let last = { items: [] };
    p.elements.forEach((element, i) => {
      if (element.kind === "expression") {
        const value = this.evalExpr(element.expression);
        input = value;
        last = value.kind === "unknown" ? { unknown: value } : { items: value.kind === "list" ? value.items : [value] };
        return;
      }
      const previous = i > 0 ? p.elements[i - 1] : void 0;
      const name = this.evalCommand(element, i === 1 && previous?.kind === "expression" ? input : void 0, i > 0);
      if (wantOutput) last = name !== void 0 && NO_OUTPUT.has(name) ? { items: [] } : { unknown: this.unknown(element, `output of ${this.commandLabel(element)}`) };
      input = void 0;
    });
    if (!wantOutput) return { items: [] };
    return last;
  }
  commandLabel(c) {
    return this.snippet(c.name) || "a command";
  }
  /**
   * Reads a command: its name, its parameters bound to their arguments, its positional
   * arguments. `input` is the known value piped into it (for ForEach-Object); `piped` says
   * something is piped into it. Returns the normalized name when known.
   */
  evalCommand(c, input, piped) {
    const callee = c.name;
    if (callee.kind === "scriptblock") {
      const run = () => {
        this.bindParameters(callee.body, "block");
        for (const block of callee.body.blocks) this.evalStatements(block.body);
      };
      if (c.invocation === ".") run();
      else this.inScope("block", run);
      for (const element of c.elements) this.evalElementForEffect(element);
      return void 0;
    }
    const nameValue = this.evalExpr(c.name);
    if (nameValue.kind !== "string") {
      for (const element of c.elements) this.evalElementForEffect(element);
      return void 0;
    }
    const name = nameValue.value;
    const normalizedName = normalizeCommandName(name);
    const program = nativeProgram(name);
    if (program) {
      const args = this.nativeArguments(c.elements);
      this.invocations.push({ kind: "native", name, normalizedName, loc: this.loc(c), ...nativeView(program, args), ...this.context() });
      return normalizedName;
    }
    if (normalizedName === "foreach-object" && piped) {
      this.evalForEachObject(c, name, input);
      return normalizedName;
    }
    const invocation = this.bindCommand(c, name, normalizedName);
    this.invocations.push(invocation);
    this.applyVariableCmdlet(invocation);
    if (c.invocation === ".") this.forgetAll(`may be set by the dot-sourced script ${name}`, c);
    else if (normalizedName === "invoke-expression") this.forgetAll("may be set by Invoke-Expression", c);
    return normalizedName;
  }
  /** After code the reader does not see runs in this scope (a dot-sourced script, Invoke-Expression): any variable may have changed. */
  forgetAll(reason, at) {
    const line = this.loc(at).line;
    for (const scope of this.liveScopes) {
      for (const key of [...scope.vars.keys()]) this.setVar(scope, key, this.unknown(at, `$${key} ${reason} (line ${line})`));
    }
  }
  evalElementForEffect(element) {
    if (element.kind === "argument") this.evalExpr(element.value);
    else if (element.kind === "parameter" && element.argument) this.evalExpr(element.argument);
  }
  bindCommand(c, name, normalizedName, skip) {
    const parameters = [];
    const args = [];
    const unknownSplats = [];
    const elements = c.elements;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      if (element === skip || skip && element.kind === "parameter" && elements[i + 1] === skip && element.name.toLowerCase() === "process") continue;
      if (element.kind === "parameter") {
        if (element.colon) {
          const value2 = element.argument ? this.evalExpr(element.argument) : this.unknown(element, `the parameter -${element.name}: has no value`);
          parameters.push({ name: element.name, value: value2, loc: this.loc(element) });
          continue;
        }
        const next = elements[i + 1];
        const takesArgument = next?.kind === "argument" && next !== skip && !(next.value.kind === "variable" && next.value.splat) && !isSwitch(normalizedName, element.name);
        if (takesArgument && next.kind === "argument") {
          const value2 = this.evalExpr(next.value);
          parameters.push({ name: element.name, value: value2, loc: this.positions.range(element.start, next.end) });
          i++;
        } else {
          parameters.push({ name: element.name, value: bool(true, this.loc(element)), loc: this.loc(element) });
        }
        continue;
      }
      if (element.kind === "verbatim") {
        args.push(str(element.text, this.loc(element)));
        continue;
      }
      const value = element.value;
      if (value.kind === "variable" && value.splat) {
        const splatted = this.lookupVariable(value);
        const splatLoc = this.loc(value);
        if (splatted.kind === "object") {
          for (const [key, entry] of splatted.entries) parameters.push({ name: key, value: entry, loc: entry.loc, splat: splatLoc });
        } else if (splatted.kind === "list") {
          args.push(...splatted.items);
        } else if (splatted.kind === "unknown") {
          unknownSplats.push(splatted);
        } else if (splatted.kind !== "null") {
          args.push(splatted);
        }
        continue;
      }
      args.push(this.evalExpr(value));
    }
    return { kind: "command", name, normalizedName, parameters, arguments: args, unknownSplats, loc: this.loc(c), ...this.context() };
  }
  /** `Set-Variable`, `New-Variable`, `Clear-Variable`, `Remove-Variable` with a literal name change what the reader knows of it. */
  applyVariableCmdlet(invocation) {
    const cmdlet = invocation.normalizedName;
    if (!["set-variable", "new-variable", "clear-variable", "remove-variable"].includes(cmdlet)) return;
    const param = (wanted) => invocation.parameters.find((p) => p.name.toLowerCase() === wanted)?.value;
    const nameValue = param("name") ?? invocation.arguments[0];
    if (!nameValue || nameValue.kind !== "string") return;
    const scopeValue = param("scope");
    const scope = scopeValue?.kind === "string" && ["script", "global"].includes(scopeValue.value.toLowerCase()) ? this.scriptScope : this.scope;
    const key = _Evaluator.key(nameValue.value);
    if (cmdlet === "remove-variable") {
      this.setVar(scope, key, { kind: "unknown", expression: nameValue.value, reason: `$${nameValue.value} is removed by Remove-Variable`, loc: invocation.loc });
      return;
    }
    const value = cmdlet === "clear-variable" ? nul(invocation.loc) : param("value") ?? invocation.arguments[1] ?? nul(invocation.loc);
    this.setVar(scope, key, value);
    this.assignments.push({ name: nameValue.value, value, loc: invocation.loc, ...this.context() });
  }
  /** `<known list> | ForEach-Object { ... $_ ... }`: the block runs once per item, in the caller's scope. */
  evalForEachObject(c, name, input) {
    const blockElement = this.processBlock(c);
    const block = blockElement?.kind === "argument" ? blockElement.value : blockElement?.kind === "parameter" ? blockElement.argument : void 0;
    if (!block || block.kind !== "scriptblock" || block.body.params) {
      this.invocations.push(this.bindCommand(c, name, "foreach-object"));
      return;
    }
    this.invocations.push(this.bindCommand(c, name, "foreach-object", blockElement));
    const header = c;
    const items = input === void 0 ? void 0 : input.kind === "list" ? input.items : input.kind === "unknown" ? void 0 : [input];
    const body = block.body.blocks.flatMap((named) => named.body);
    if (!items || !this.takeIterations(items.length, header)) {
      const item = input?.kind === "unknown" ? input : this.unknown(c, "pipeline input the reader does not know");
      this.pipelineItems.push(this.unknown(c, `$_ over pipeline input not known (${item.kind === "unknown" ? item.reason : ""})`));
      try {
        this.unknownLoop("ForEach-Object", void 0, header, () => void this.evalStatements(body), this.assignedInBody(body), item);
      } finally {
        this.pipelineItems.pop();
      }
      return;
    }
    const depth = this.pipelineItems.length;
    this.pipelineItems.push(items[0] ?? nul(this.loc(c)));
    try {
      this.iterate(items, header, body, void 0, "ForEach-Object", void 0, (item) => {
        this.pipelineItems[depth] = item;
      });
    } finally {
      this.pipelineItems.length = depth;
    }
  }
  /** The script block ForEach-Object runs per item: its only positional argument, or -Process. */
  processBlock(c) {
    const positional = c.elements.filter((e) => e.kind === "argument");
    const named = c.elements.filter((e) => e.kind === "parameter");
    if (named.some((p) => p.kind === "parameter" && ["begin", "end", "membername", "argumentlist"].includes(p.name.toLowerCase()))) return void 0;
    const process = named.find((p) => p.kind === "parameter" && p.name.toLowerCase() === "process");
    if (process && process.kind === "parameter") {
      if (process.colon) return process;
      const index = c.elements.indexOf(process);
      const next = c.elements[index + 1];
      return positional.length === 1 && next === positional[0] ? next : void 0;
    }
    return positional.length === 1 ? positional[0] : void 0;
  }
  /** The arguments a native program receives, each with its text as written and its position. */
  nativeArguments(elements) {
    const args = [];
    const push = (node, value) => {
      args.push({ raw: this.text.slice(node.start, node.end), value, loc: this.loc(node) });
    };
    for (const element of elements) {
      if (element.kind === "parameter") {
        if (element.colon && element.argument) {
          const value = this.nativeText(this.evalExpr(element.argument), element);
          push(element, value.kind === "string" ? str(`-${element.name}:${value.value}`, this.loc(element)) : value);
        } else push(element, str(`-${element.name}${element.colon ? ":" : ""}`, this.loc(element)));
        continue;
      }
      if (element.kind === "verbatim") {
        for (const piece of splitVerbatim(element.text, this.text.indexOf(element.text, element.start))) {
          const value = /%[^%\s]+%/.test(piece.text) ? { kind: "unknown", expression: piece.text, reason: "expands an environment variable", loc: this.positions.range(piece.start, piece.end) } : str(piece.value, this.positions.range(piece.start, piece.end));
          push(piece, value);
        }
        continue;
      }
      const expression = element.value;
      const items = expression.kind === "array" ? expression.items : [expression];
      for (const item of items) {
        const value = this.evalExpr(item);
        if (item.kind === "variable" && item.splat && value.kind === "list") {
          for (const v of value.items) push(item, this.nativeText(v, item));
        } else if (value.kind === "list") {
          for (const v of value.items) push(item, this.nativeText(v, item));
        } else if (value.kind !== "null") {
          push(item, this.nativeText(value, item));
        }
      }
    }
    return args;
  }
  nativeText(value, node) {
    if (value.kind === "string" || value.kind === "unknown") return value;
    if (value.kind === "object") return this.unknown(node, "a hashtable passed to a native program");
    const text = toText(value);
    return text === void 0 ? this.unknown(node, "a value passed to a native program") : str(text, value.loc);
  }
  // ------------------------------------------------------------------ expressions
  evalExpr(e) {
    this.charge(1);
    switch (e.kind) {
      case "string":
        return str(e.value, this.loc(e));
      case "expandable":
        return this.evalExpandable(e);
      case "number":
        return num(e.value, this.loc(e));
      case "variable":
        return this.lookupVariable(e);
      case "array": {
        const items = e.items.map((item) => this.evalExpr(item));
        for (const item of items) this.store(item);
        return list(items, this.loc(e));
      }
      case "arraySub": {
        const output = [];
        this.evalStatements(e.body, output);
        const items = [];
        for (const part of output) {
          for (const item of part) {
            if (item.kind === "unknown") return this.propagate(e, item);
            this.store(item);
            items.push(item);
          }
        }
        this.charge(items.length);
        return list(items, this.loc(e));
      }
      case "subexpr": {
        const output = [];
        this.evalStatements(e.body, output);
        const items = output.flat();
        const missing = items.find((item) => item.kind === "unknown");
        if (missing && missing.kind === "unknown") return this.propagate(e, missing);
        if (items.length === 0) return nul(this.loc(e));
        if (items.length === 1) return items[0];
        return list(items, this.loc(e));
      }
      case "paren":
        return e.body ? this.evalStatementValue(e.body) : nul(this.loc(e));
      case "hashtable":
        return this.evalHashtable(e.entries, e);
      case "scriptblock":
        return this.evalScriptBlock(e);
      case "type":
        return this.unknown(e, `the type ${this.snippet(e)}`);
      case "cast": {
        const operand = this.evalExpr(e.operand);
        if (operand.kind === "unknown") return this.propagate(e, operand);
        const converted = cast(e.type, operand, this.loc(e));
        return converted ?? this.unknown(e, `a value converted to [${e.type}]`);
      }
      case "binary":
        return this.evalBinary(e);
      case "unary":
        return this.evalUnary(e);
      case "postfix": {
        const operand = this.evalExpr(e.operand);
        this.increment(e.operand, operand, e.operator === "++" ? 1 : -1, e);
        return operand;
      }
      case "member": {
        if (e.static) return this.unknown(e, `the static member ${this.snippet(e)}`);
        return this.memberValue(this.evalExpr(e.object), this.memberName(e.member), e);
      }
      case "index":
        return this.indexValue(this.evalExpr(e.object), this.evalExpr(e.index), e);
      case "invoke":
        return this.evalInvoke(e);
      case "ternary": {
        const condition = truth(this.evalExpr(e.condition));
        if (condition === void 0) return this.unknown(e, "a condition not known");
        return this.evalExpr(condition ? e.then : e.else);
      }
      case "error":
        return this.unknown(e, "a syntax error");
    }
  }
  evalExpandable(e) {
    let text = "";
    for (const part of e.parts) {
      if (typeof part === "string") {
        text += part;
        continue;
      }
      const value = this.evalExpr(part);
      if (value.kind === "unknown") return this.propagate(e, value);
      const piece = toText(value);
      if (piece === void 0) return this.unknown(e, "a value without a text form");
      text += piece;
      if (text.length > this.bounds.stringLength) return this.checkString(text, e);
    }
    return this.checkString(text, e);
  }
  evalHashtable(entries, at) {
    const map = /* @__PURE__ */ new Map();
    const lower = /* @__PURE__ */ new Map();
    let unknownKey;
    for (const entry of entries) {
      let key;
      const literal = entry.key.kind === "string" || entry.key.kind === "number";
      if (entry.key.kind === "string") key = entry.key.value;
      else {
        const keyValue = this.evalExpr(entry.key);
        if (keyValue.kind === "unknown") unknownKey ??= keyValue;
        else key = toText(keyValue);
      }
      const value = entry.value ? this.evalStatementValue(entry.value) : this.unknown(entry, "a hashtable entry without a value");
      if (key === void 0) continue;
      const folded = key.toLowerCase();
      const previous = lower.get(folded);
      if (previous !== void 0) {
        if (literal) this.diagnostics.push(this.positions.diagnostic(entry.key.start, entry.key.end, "powershell/duplicate-key", `the key '${key}' is already in this hashtable; PowerShell does not run a script with duplicate keys in a hashtable`));
        else unknownKey ??= this.unknown(entry.key, `the key '${key}' twice in a hashtable, which PowerShell rejects when it runs`);
        map.delete(previous);
      }
      lower.set(folded, key);
      this.store(value);
      map.set(key, value);
    }
    if (unknownKey) return this.propagate(at, unknownKey);
    return obj(map, this.loc(at));
  }
  memberName(member) {
    if (member.kind === "string") return member.value;
    const value = this.evalExpr(member);
    return toText(value) ?? "";
  }
  memberValue(object, name, node) {
    const lower = name.toLowerCase();
    switch (object.kind) {
      case "unknown":
        return this.propagate(node, object);
      case "null":
        return nul(this.loc(node));
      case "object": {
        const entry = getEntry(object, name);
        if (entry) return entry;
        if (lower === "count") return num(object.entries.size, this.loc(node));
        if (lower === "keys") return list([...object.entries.keys()].map((k) => str(k, this.loc(node))), this.loc(node));
        if (lower === "values") return list([...object.entries.values()], this.loc(node));
        return nul(this.loc(node));
      }
      case "list": {
        if (lower === "count" || lower === "length") return num(object.items.length, this.loc(node));
        const results = [];
        for (const item of object.items) {
          const value = this.memberValue(item, name, node);
          if (value.kind === "unknown") return value;
          if (value.kind === "list") results.push(...value.items);
          else if (value.kind !== "null") results.push(value);
        }
        this.charge(results.length);
        if (results.length === 0) return nul(this.loc(node));
        if (results.length === 1) return results[0];
        return list(results, this.loc(node));
      }
      case "string":
        if (lower === "length") return num(object.value.length, this.loc(node));
        return this.unknown(node, `the member .${name} of a string`);
      default:
        return this.unknown(node, `the member .${name} of a ${object.kind}`);
    }
  }
  indexValue(object, index, node) {
    if (object.kind === "unknown") return this.propagate(node, object);
    if (index.kind === "unknown") return this.propagate(node, index);
    if (object.kind === "object") {
      const key = toText(index);
      if (key === void 0) return this.unknown(node, "a hashtable indexed by a value without a text form");
      return getEntry(object, key) ?? nul(this.loc(node));
    }
    const sequence = object.kind === "list" ? object.items : object.kind === "string" ? [...object.value].map((c) => str(c, object.loc)) : void 0;
    if (!sequence) return this.unknown(node, `indexing a ${object.kind}`);
    const pick = (i) => {
      const n = toNumber(i);
      if (n === void 0 || !Number.isInteger(n)) return void 0;
      const at = n < 0 ? sequence.length + n : n;
      return sequence[at] ?? nul(this.loc(node));
    };
    if (index.kind === "list") {
      const picked = [];
      for (const i of index.items) {
        const value = pick(i);
        if (!value) return this.unknown(node, "an index that is not a whole number");
        if (value.kind !== "null") picked.push(value);
      }
      return list(picked, this.loc(node));
    }
    return pick(index) ?? this.unknown(node, "an index that is not a whole number");
  }
  evalInvoke(e) {
    const method = this.memberName(e.member);
    const lower = method.toLowerCase();
    if (e.static) {
      for (const arg of e.args) this.evalExpr(arg);
      return this.unknown(e, `the static method ${this.snippet(e.object)}::${method}()`);
    }
    const object = this.evalExpr(e.object);
    const args = e.args.map((arg) => this.evalExpr(arg));
    const known = args.every((a) => a.kind !== "unknown");
    if (object.kind === "object" && ["add", "remove", "clear", "set_item"].includes(lower)) {
      this.mutate(e, (container) => {
        if (container.kind !== "object" || !known) return void 0;
        if (lower === "clear") return obj(/* @__PURE__ */ new Map(), container.loc);
        const key = toText(args[0] ?? nul(container.loc));
        if (key === void 0) return void 0;
        if (lower === "remove") return removeEntry(container, key);
        if (lower === "add" && getEntry(container, key)) return void 0;
        return setEntry(container, key, args[1] ?? nul(container.loc));
      });
      return nul(this.loc(e));
    }
    if ((object.kind === "object" || object.kind === "list") && !PURE_METHODS.has(lower)) {
      this.mutate(e, () => void 0);
      return this.unknown(e, `the method .${method}()`);
    }
    if (object.kind === "unknown") return this.propagate(e, object);
    if (!known) return this.propagate(e, args.find((a) => a.kind === "unknown"));
    const result = this.pureMethod(object, lower, args, e);
    return result ?? this.unknown(e, `the method .${method}()`);
  }
  /** The string and hashtable methods the reader evaluates. */
  pureMethod(object, method, args, e) {
    const loc = this.loc(e);
    if (method === "tostring" && args.length === 0) {
      const text = toText(object);
      return text === void 0 ? void 0 : str(text, loc);
    }
    if (object.kind === "string") {
      const s = object.value;
      const text = (i) => args[i]?.kind === "string" ? args[i].value : void 0;
      switch (method) {
        case "tolower":
        case "tolowerinvariant":
          return args.length ? void 0 : str(s.toLowerCase(), loc);
        case "toupper":
        case "toupperinvariant":
          return args.length ? void 0 : str(s.toUpperCase(), loc);
        case "trim":
          return args.length ? void 0 : str(s.trim(), loc);
        case "trimstart":
          return args.length ? void 0 : str(s.trimStart(), loc);
        case "trimend":
          return args.length ? void 0 : str(s.trimEnd(), loc);
        case "replace": {
          const from = text(0);
          const to = text(1);
          if (from === void 0 || to === void 0 || !from) return void 0;
          return this.checkString(s.split(from).join(to), e);
        }
        case "contains":
          return text(0) === void 0 ? void 0 : bool(s.includes(text(0)), loc);
        case "startswith":
          return text(0) === void 0 ? void 0 : bool(s.startsWith(text(0)), loc);
        case "endswith":
          return text(0) === void 0 ? void 0 : bool(s.endsWith(text(0)), loc);
        case "split": {
          if (!args.length || args.some((a) => a.kind !== "string")) return void 0;
          const separators = new Set(args.flatMap((a) => [...a.value]));
          const parts = [];
          let current = "";
          for (const c of s) {
            if (separators.has(c)) {
              parts.push(str(current, loc));
              current = "";
            } else current += c;
          }
          parts.push(str(current, loc));
          this.charge(parts.length);
          return list(parts, loc);
        }
        case "substring": {
          const from = args[0]?.kind === "number" ? args[0].value : void 0;
          const length = args[1]?.kind === "number" ? args[1].value : void 0;
          if (from === void 0 || from < 0 || from > s.length || length !== void 0 && (length < 0 || from + length > s.length)) return void 0;
          return str(length === void 0 ? s.slice(from) : s.slice(from, from + length), loc);
        }
        default:
          return void 0;
      }
    }
    if (object.kind === "object" && method === "containskey" && args.length === 1) {
      const key = toText(args[0]);
      return key === void 0 ? void 0 : bool(getEntry(object, key) !== void 0, loc);
    }
    if ((object.kind === "object" || object.kind === "list") && method === "clone" && args.length === 0) {
      return object.kind === "object" ? obj(new Map(object.entries), object.loc) : list(object.items.slice(), object.loc);
    }
    return void 0;
  }
  increment(target, current, delta, node) {
    const n = current.kind === "unknown" ? void 0 : toNumber(current);
    const value = n === void 0 ? current.kind === "unknown" ? this.propagate(node, current) : this.unknown(node, "incrementing a value that is not a number") : num(n + delta, this.loc(node));
    if (target.kind === "variable") this.assignVariable(target, value);
    else if (target.kind === "member" || target.kind === "index") this.mutate(target, (container) => this.replaceStep(container, target, value));
    return value;
  }
  evalUnary(e) {
    if (e.operator === "++" || e.operator === "--") {
      const current = this.evalExpr(e.operand);
      return this.increment(e.operand, current, e.operator === "++" ? 1 : -1, e);
    }
    const operand = this.evalExpr(e.operand);
    if (e.operator === ",") {
      this.store(operand);
      return list([operand], this.loc(e));
    }
    if (operand.kind === "unknown") return this.propagate(e, operand);
    const loc = this.loc(e);
    switch (e.operator) {
      case "!":
      case "not": {
        const t = truth(operand);
        return t === void 0 ? this.unknown(e, "a condition not known") : bool(!t, loc);
      }
      case "-":
      case "+": {
        const n = toNumber(operand);
        return n === void 0 ? this.unknown(e, `${e.operator} of a value that is not a number`) : num(e.operator === "-" ? -n : n, loc);
      }
      case "bnot": {
        const n = toNumber(operand);
        return n === void 0 || !Number.isInteger(n) ? this.unknown(e, "-bnot of a value that is not a whole number") : num(~n, loc);
      }
      case "split": {
        const text = toText(operand);
        return text === void 0 ? this.unknown(e, "-split of a value without a text form") : list(text.split(/\s+/).filter(Boolean).map((part) => str(part, loc)), loc);
      }
      case "join": {
        const items = operand.kind === "list" ? operand.items : [operand];
        const parts = items.map((item) => toText(item));
        if (parts.some((p) => p === void 0)) return this.unknown(e, "-join of values without a text form");
        return this.checkString(parts.join(""), e);
      }
      default:
        return this.unknown(e, `the operator ${e.operator}`);
    }
  }
  evalBinary(e) {
    const op = e.operator;
    if (op === "is" || op === "isnot" || op === "as") {
      this.evalExpr(e.left);
      return this.unknown(e, `the operator -${op}, which asks for a .NET type`);
    }
    if (op === "and" || op === "or") {
      const left2 = truth(this.evalExpr(e.left));
      if (op === "and" && left2 === false) return bool(false, this.loc(e));
      if (op === "or" && left2 === true) return bool(true, this.loc(e));
      const right2 = truth(this.evalExpr(e.right));
      if (op === "and" && right2 === false) return bool(false, this.loc(e));
      if (op === "or" && right2 === true) return bool(true, this.loc(e));
      if (left2 === void 0 || right2 === void 0) return this.unknown(e, "a condition not known");
      return bool(op === "and" ? left2 && right2 : left2 || right2, this.loc(e));
    }
    const left = this.evalExpr(e.left);
    if (op === "??") {
      if (left.kind === "unknown") return this.propagate(e, left);
      return left.kind === "null" ? this.evalExpr(e.right) : left;
    }
    const right = this.evalExpr(e.right);
    return this.binaryValue(op, left, right, e);
  }
  /** A binary operator on two values (also for `+=` and kin). */
  binaryValue(op, left, right, e) {
    if (left.kind === "unknown") return this.propagate(e, left);
    if (right.kind === "unknown") return this.propagate(e, right);
    const loc = this.loc(e);
    const caseSensitive = op.startsWith("c") && op.length > 2 && op !== "contains";
    const base = /^[ic](eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|replace|contains|notcontains|in|notin|split)$/.test(op) ? op.slice(1) : op;
    switch (base) {
      case "+":
        return this.add(left, right, e);
      case "-":
      case "*":
      case "/":
      case "%":
        return this.arithmetic(base, left, right, e);
      case "..": {
        const from = toNumber(left);
        const to = toNumber(right);
        if (from === void 0 || to === void 0) return this.unknown(e, "a range between values that are not numbers");
        const a = Math.round(from);
        const b = Math.round(to);
        const count = Math.abs(b - a) + 1;
        if (count > this.bounds.listItems) {
          this.bound("powershell/value-bound", e, `a range of ${thousands(count)} numbers is over the bound of ${thousands(this.bounds.listItems)} items; its value is not read`);
          return this.unknown(e, `a list over the bound of ${thousands(this.bounds.listItems)} items`);
        }
        this.charge(count);
        const step = a <= b ? 1 : -1;
        const items = [];
        for (let i = a; step > 0 ? i <= b : i >= b; i += step) items.push(num(i, loc));
        return list(items, loc);
      }
      case "f": {
        const format = toText(left);
        const args = right.kind === "list" ? right.items : [right];
        const text = format === void 0 ? void 0 : formatOperator(format, args);
        return text === void 0 ? this.unknown(e, "a -f format the reader does not model (a format string or a culture-dependent value)") : this.checkString(text, e);
      }
      case "join": {
        const separator = toText(right);
        const items = left.kind === "list" ? left.items : [left];
        const parts = items.map((item) => toText(item));
        if (separator === void 0 || parts.some((p) => p === void 0)) return this.unknown(e, "-join of values without a text form");
        return this.checkString(parts.join(separator), e);
      }
      case "replace": {
        const args = right.kind === "list" ? right.items : [right];
        const text = toText(left);
        const pattern = args[0] ? toText(args[0]) : void 0;
        const replacement = args[1] ? toText(args[1]) : "";
        if (text === void 0 || pattern === void 0 || replacement === void 0) return this.unknown(e, "-replace of values without a text form");
        if (!isLiteralPattern(pattern) || replacement.includes("$")) return this.unknown(e, "-replace with a .NET regular expression the reader does not evaluate");
        return this.checkString(replaceLiteral(text, pattern, replacement, caseSensitive), e);
      }
      case "split": {
        const text = toText(left);
        const separator = toText(right.kind === "list" ? right.items[0] ?? nul(loc) : right);
        if (text === void 0 || separator === void 0) return this.unknown(e, "-split of values without a text form");
        if (!separator || !isLiteralPattern(separator)) return this.unknown(e, "-split with a .NET regular expression the reader does not evaluate");
        const parts = caseSensitive ? text.split(separator) : text.split(new RegExp(separator.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"), "i"));
        return list(parts.map((part) => str(part, loc)), loc);
      }
      case "match":
      case "notmatch":
        return this.unknown(e, `-${base} uses a .NET regular expression, which the reader does not evaluate`);
      case "eq":
      case "ne": {
        if (left.kind === "list") {
          const kept = left.items.filter((item) => item.kind !== "unknown" && scalarEquals(item, right, caseSensitive) === (base === "eq"));
          if (left.items.some((item) => item.kind === "unknown" || scalarEquals(item, right, caseSensitive) === void 0)) return this.unknown(e, "a comparison the reader cannot make");
          return list(kept, loc);
        }
        const equal = scalarEquals(left, right, caseSensitive);
        return equal === void 0 ? this.unknown(e, "a comparison the reader cannot make") : bool(base === "eq" ? equal : !equal, loc);
      }
      case "gt":
      case "ge":
      case "lt":
      case "le": {
        const order = scalarCompare(left, right, caseSensitive);
        if (order === void 0) return this.unknown(e, "a comparison the reader cannot make");
        const result = base === "gt" ? order > 0 : base === "ge" ? order >= 0 : base === "lt" ? order < 0 : order <= 0;
        return bool(result, loc);
      }
      case "like":
      case "notlike": {
        const text = toText(left);
        const pattern = toText(right);
        if (text === void 0 || pattern === void 0 || left.kind === "list") return this.unknown(e, "a comparison the reader cannot make");
        const matches = wildcardMatch(text, pattern, caseSensitive);
        return bool(base === "like" ? matches : !matches, loc);
      }
      case "contains":
      case "notcontains":
      case "in":
      case "notin": {
        const [collection, item] = base === "contains" || base === "notcontains" ? [left, right] : [right, left];
        const items = collection.kind === "list" ? collection.items : [collection];
        let found = false;
        for (const candidate of items) {
          if (candidate.kind === "unknown") return this.unknown(e, "a comparison the reader cannot make");
          const equal = scalarEquals(candidate, item, caseSensitive);
          if (equal === void 0) return this.unknown(e, "a comparison the reader cannot make");
          if (equal) {
            found = true;
            break;
          }
        }
        return bool(base === "contains" || base === "in" ? found : !found, loc);
      }
      case "xor": {
        const a = truth(left);
        const b = truth(right);
        return a === void 0 || b === void 0 ? this.unknown(e, "a condition not known") : bool(a !== b, loc);
      }
      case "band":
      case "bor":
      case "bxor":
      case "shl":
      case "shr": {
        const a = toNumber(left);
        const b = toNumber(right);
        if (a === void 0 || b === void 0 || !Number.isInteger(a) || !Number.isInteger(b) || Math.abs(a) > 2 ** 31 || Math.abs(b) > 2 ** 31) return this.unknown(e, `-${base} of values that are not 32-bit whole numbers`);
        const value = base === "band" ? a & b : base === "bor" ? a | b : base === "bxor" ? a ^ b : base === "shl" ? a << b : a >> b;
        return num(value, loc);
      }
      default:
        return this.unknown(e, `the operator -${op}`);
    }
  }
  add(left, right, e) {
    const loc = this.loc(e);
    switch (left.kind) {
      case "null":
        return right;
      case "string": {
        const text = toText(right);
        return text === void 0 ? this.unknown(e, "adding a value without a text form to a string") : this.checkString(left.value + text, e);
      }
      case "list": {
        const extra = right.kind === "list" ? right.items : [right];
        this.charge(left.items.length + extra.length);
        for (const item of extra) this.store(item);
        for (const item of left.items) this.store(item);
        return list([...left.items, ...extra], loc);
      }
      case "object": {
        if (right.kind !== "object") return this.unknown(e, "adding a value that is not a hashtable to a hashtable");
        const merged = new Map(left.entries);
        for (const [key, value] of right.entries) {
          if (getEntry(left, key)) return this.unknown(e, `adding hashtables that both have the key '${key}', which PowerShell rejects`);
          merged.set(key, value);
        }
        this.charge(merged.size);
        return obj(merged, loc);
      }
      default: {
        const a = toNumber(left);
        const b = toNumber(right);
        return a === void 0 || b === void 0 ? this.unknown(e, "adding a value that is not a number to a number") : num(a + b, loc);
      }
    }
  }
  arithmetic(op, left, right, e) {
    const loc = this.loc(e);
    if (op === "*" && (left.kind === "string" || left.kind === "list")) {
      const times = toNumber(right);
      if (times === void 0 || !Number.isInteger(times) || times < 0) return this.unknown(e, "repeating by a count that is not a whole number");
      if (left.kind === "string") {
        if (left.value.length * times > this.bounds.stringLength) return this.checkString("x".repeat(this.bounds.stringLength + 1), e);
        return this.checkString(left.value.repeat(times), e);
      }
      if (left.items.length * times > this.bounds.listItems) {
        this.bound("powershell/value-bound", e, `a list of ${thousands(left.items.length * times)} items built here is over the bound of ${thousands(this.bounds.listItems)}; its value is not read`);
        return this.unknown(e, `a list over the bound of ${thousands(this.bounds.listItems)} items`);
      }
      const items = [];
      for (let i = 0; i < times; i++) items.push(...left.items);
      this.charge(items.length);
      return list(items, loc);
    }
    const a = toNumber(left);
    const b = toNumber(right);
    if (a === void 0 || b === void 0) return this.unknown(e, `${op} of values that are not numbers`);
    if ((op === "/" || op === "%") && b === 0) return this.unknown(e, "a division by zero, which PowerShell rejects");
    const value = op === "-" ? a - b : op === "*" ? a * b : op === "/" ? a / b : a % b;
    return num(value, loc);
  }
};
function normalizeCommandName(name) {
  let base = name.slice(Math.max(name.lastIndexOf("\\"), name.lastIndexOf("/")) + 1).toLowerCase();
  if (base.endsWith(".exe")) base = base.slice(0, -4);
  return ALIASES.get(base) ?? base;
}
function getEntry(object, key) {
  const exact = object.entries.get(key);
  if (exact) return exact;
  const folded = key.toLowerCase();
  for (const [k, v] of object.entries) if (k.toLowerCase() === folded) return v;
  return void 0;
}
function setEntry(container, key, value) {
  if (container.kind !== "object") return void 0;
  const entries = new Map(container.entries);
  const folded = key.toLowerCase();
  let existing = key;
  for (const k of entries.keys()) if (k.toLowerCase() === folded) existing = k;
  entries.set(existing, value);
  return obj(entries, container.loc);
}
function removeEntry(container, key) {
  const entries = new Map(container.entries);
  const folded = key.toLowerCase();
  for (const k of [...entries.keys()]) if (k.toLowerCase() === folded) entries.delete(k);
  return obj(entries, container.loc);
}
function walk(root, visit) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item && typeof item === "object") stack.push(item);
      continue;
    }
    const kind = node.kind;
    if (kind) visit(node);
    if (node !== root && (kind === "function" || kind === "configuration")) continue;
    for (const key in node) {
      const value = node[key];
      if (value && typeof value === "object") stack.push(value);
    }
  }
}
function assignedNames(node) {
  const n = node;
  const variable = (e) => {
    while (e && e.kind === "cast") e = e.operand;
    if (!e) return [];
    if (e.kind === "variable") return [e.name];
    if (e.kind === "member" || e.kind === "index") return variable(e.object);
    if (e.kind === "array") return e.items.flatMap((item) => variable(item));
    return [];
  };
  switch (n.kind) {
    case "assignment":
      return variable(n.target);
    case "foreach":
      return variable(n.variable);
    case "postfix":
      return variable(n.operand);
    case "unary":
      return n.operator === "++" || n.operator === "--" ? variable(n.operand) : [];
    case "invoke":
      return PURE_METHODS.has((n.member.kind === "string" ? n.member.value : "").toLowerCase()) ? [] : variable(n.object);
    case "param":
      return n.block.parameters.map((p) => p.name);
    default:
      return [];
  }
}
function splitVerbatim(text, base) {
  const pieces = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    let value = "";
    let quoted = false;
    while (i < text.length && (quoted || !/\s/.test(text[i]))) {
      if (text[i] === '"') quoted = !quoted;
      else value += text[i];
      i++;
    }
    pieces.push({ text: text.slice(start, i), value, start: base + start, end: base + i });
  }
  return pieces;
}

// src/languages/powershell/chars.ts
var EOF = -1;
var FORCE_START = new Uint8Array(128);
for (const c of [0, 9, 10, 11, 12, 13, 32]) FORCE_START[c] = 1;
for (const c of "&(),;{|}") FORCE_START[c.charCodeAt(0)] = 1;
var AFTER_NUMBER = new Uint8Array(128);
for (const c of "!#%*+-./<=>]") AFTER_NUMBER[c.charCodeAt(0)] = 1;
function isUnicodeSeparator(c) {
  return c === 160 || c === 133 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function isWhitespace(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c > 127 && isUnicodeSeparator(c);
}
function isNewline(c) {
  return c === 10 || c === 13;
}
function forcesNewToken(c) {
  if (c === EOF) return true;
  return c < 128 ? FORCE_START[c] === 1 : isWhitespace(c);
}
function endsNumber(c) {
  if (c === EOF) return true;
  return c < 128 ? AFTER_NUMBER[c] === 1 : isDash(c);
}
function isDash(c) {
  return c === 45 || c === 8211 || c === 8212 || c === 8213;
}
function isSingleQuote(c) {
  return c === 39 || c === 8216 || c === 8217 || c === 8218 || c === 8219;
}
function isDoubleQuote(c) {
  return c === 34 || c === 8220 || c === 8221 || c === 8222;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHexDigit(c) {
  return isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
var LETTER = new RegExp("\\p{L}", "u");
var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
function isLetter(c) {
  if (c < 128) return isAsciiLetter(c);
  return c !== EOF && LETTER.test(String.fromCharCode(c));
}
function isIdentifierStart(c) {
  return c === 95 || isLetter(c);
}
function isIdentifierFollow(c) {
  return isIdentifierStart(c) || isDigit(c) || c > 127 && c !== EOF && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
function isVariableStart(c) {
  if (c < 128) return c >= 0 && (isAsciiLetter(c) || isDigit(c) || c === 95 || c === 63 || c === 94 || c === 36 || c === 58);
  return c !== EOF && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
function isVariableFollow(c) {
  if (c < 128) return c >= 0 && (isAsciiLetter(c) || isDigit(c) || c === 95 || c === 63);
  return c !== EOF && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
function backtickEscape(c) {
  switch (c) {
    case 48:
      return "\0";
    // `0
    case 97:
      return "\x07";
    // `a
    case 98:
      return "\b";
    // `b
    case 101:
      return "\x1B";
    // `e
    case 102:
      return "\f";
    // `f
    case 110:
      return "\n";
    // `n
    case 114:
      return "\r";
    // `r
    case 116:
      return "	";
    // `t
    case 118:
      return "\v";
    // `v
    default:
      return String.fromCharCode(c);
  }
}

// src/languages/powershell/parser.ts
var MAX_NESTING = 100;
var COMPARISON_OPERATORS = new Set(
  ["eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "replace", "contains", "notcontains", "in", "notin", "split"].flatMap((op) => [op, `i${op}`, `c${op}`]).concat(["join", "is", "isnot", "as", "shl", "shr"])
);
var BITWISE_OPERATORS = /* @__PURE__ */ new Set(["band", "bor", "bxor"]);
var LOGICAL_OPERATORS = /* @__PURE__ */ new Set(["and", "or", "xor"]);
var UNARY_OPERATORS = /* @__PURE__ */ new Set(["not", "bnot", "split", "join"]);
var ASSIGNMENT_OPERATORS = ["??=", "+=", "-=", "*=", "/=", "%=", "="];
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "switch",
  "foreach",
  "for",
  "while",
  "do",
  "function",
  "filter",
  "workflow",
  "configuration",
  "try",
  "trap",
  "break",
  "continue",
  "return",
  "exit",
  "throw",
  "param",
  "class",
  "enum",
  "using",
  "data",
  "parallel",
  "sequence",
  "inlinescript"
]);
var MISPLACED_KEYWORDS = /* @__PURE__ */ new Set(["else", "elseif", "catch", "finally", "until", "begin", "process", "end", "dynamicparam", "in"]);
var NAMED_BLOCKS = /* @__PURE__ */ new Set(["begin", "process", "end", "dynamicparam", "clean"]);
function parsePowerShell(text, maxNesting = MAX_NESTING) {
  const parser = new Parser(text, maxNesting);
  if (text.charCodeAt(0) === 65279) parser.pos = 1;
  const body = parser.parseScript();
  const comments = [...parser.comments].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
  return { body, problems: parser.problems, comments };
}
var Parser = class {
  constructor(text, maxNesting) {
    this.text = text;
    this.maxNesting = maxNesting;
  }
  text;
  maxNesting;
  pos = 0;
  problems = [];
  depth = 0;
  inConfiguration = false;
  tooDeepReported = false;
  /** Inside method arguments, where `,` separates arguments instead of building an array. */
  commaSeparatesArguments = false;
  /** Offsets of newlines preceded by a backtick and spaces: the backtick escaped a space, not the line end. */
  brokenContinuations = /* @__PURE__ */ new Set();
  /** Comments met, start to end offset (a comment may be stepped over more than once). */
  comments = /* @__PURE__ */ new Map();
  code(i = this.pos) {
    return i < this.text.length ? this.text.charCodeAt(i) : EOF;
  }
  problem(start, end, message) {
    this.problems.push({ start, end: Math.max(end, start), code: "powershell/syntax", message });
  }
  // ------------------------------------------------------------------ trivia
  /** Skips spaces, comments and line continuations (a backtick right before the line end); never a newline. */
  skipSpace() {
    for (; ; ) {
      const c = this.code();
      if (isWhitespace(c)) {
        this.pos++;
      } else if (c === 96) {
        const next = this.code(this.pos + 1);
        if (isNewline(next)) {
          this.pos += next === 13 && this.code(this.pos + 2) === 10 ? 3 : 2;
        } else if (isWhitespace(next)) {
          let i = this.pos + 1;
          while (isWhitespace(this.code(i))) i++;
          if (isNewline(this.code(i))) this.brokenContinuations.add(i);
          this.pos = i;
        } else {
          return;
        }
      } else if (c === 35) {
        const start = this.pos;
        while (this.pos < this.text.length && !isNewline(this.code())) this.pos++;
        this.comments.set(start, this.pos);
      } else if (c === 60 && this.code(this.pos + 1) === 35) {
        const start = this.pos;
        const end = this.text.indexOf("#>", this.pos + 2);
        if (end < 0) {
          this.problem(this.pos, this.pos + 2, "the comment opened by '<#' is not closed by '#>'");
          this.pos = this.text.length;
        } else {
          this.pos = end + 2;
        }
        this.comments.set(start, this.pos);
      } else {
        return;
      }
    }
  }
  /** Skips spaces, comments and newlines. */
  skipNewlines() {
    for (; ; ) {
      this.skipSpace();
      const c = this.code();
      if (!isNewline(c)) return;
      this.pos++;
    }
  }
  /** Skips spaces, comments, newlines and `;`. */
  skipSeparators() {
    for (; ; ) {
      this.skipNewlines();
      if (this.code() !== 59) return;
      this.pos++;
    }
  }
  atStatementEnd() {
    const c = this.code();
    return c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125;
  }
  // ------------------------------------------------------------------ nesting
  /** Enters a nested group; false (and one problem for the file) when the nesting bound is reached. */
  enter(start) {
    if (this.depth >= this.maxNesting) {
      if (!this.tooDeepReported) {
        this.tooDeepReported = true;
        this.problems.push({ start, end: start + 1, code: "powershell/too-deep", message: `nesting deeper than the bound of ${this.maxNesting}; the deeper part is not read` });
      }
      return false;
    }
    this.depth++;
    return true;
  }
  leave() {
    this.depth--;
  }
  /**
   * Skips a group from its opening bracket to the matching close, without reading it (past the
   * nesting bound, and for constructs not modelled). Quotes and comments are stepped over so a
   * bracket inside them does not count.
   */
  skipGroup() {
    const stack = [];
    for (; ; ) {
      const c = this.code();
      if (c === EOF) return;
      if (c === 40 || c === 123 || c === 91) {
        stack.push(c === 40 ? 41 : c === 123 ? 125 : 93);
        this.pos++;
      } else if (c === 41 || c === 125 || c === 93) {
        this.pos++;
        while (stack.length && stack[stack.length - 1] !== c) stack.pop();
        stack.pop();
        if (!stack.length) return;
      } else if (isSingleQuote(c) || isDoubleQuote(c)) {
        this.skipQuoted(c);
      } else if (c === 35 || c === 60 && this.code(this.pos + 1) === 35) {
        this.skipSpace();
      } else if (c === 96) {
        this.pos += 2;
      } else {
        this.pos++;
      }
    }
  }
  /** Steps over a quoted string without reading what it expands (backticks escape in double quotes). */
  skipQuoted(open) {
    const double = isDoubleQuote(open);
    this.pos++;
    for (; ; ) {
      const c = this.code();
      if (c === EOF) return;
      this.pos++;
      if (double && c === 96) this.pos++;
      else if (double ? isDoubleQuote(c) : isSingleQuote(c)) {
        const next = this.code();
        if (double ? isDoubleQuote(next) : isSingleQuote(next)) this.pos++;
        else return;
      }
    }
  }
  /** After a problem inside a statement: skips to its end (a newline, `;` or an unmatched closing bracket), over balanced groups. */
  recover() {
    for (; ; ) {
      const c = this.code();
      if (c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125 || c === 93) return;
      if (c === 40 || c === 123 || c === 91) this.skipGroup();
      else if (isSingleQuote(c) || isDoubleQuote(c)) this.skipQuoted(c);
      else if (c === 35 || c === 96 || c === 60 && this.code(this.pos + 1) === 35) {
        const before = this.pos;
        this.skipSpace();
        if (this.pos === before) this.pos++;
      } else this.pos++;
    }
  }
  // ------------------------------------------------------------------ words
  /** The identifier at `i` (letters, digits, `_`), or '' when none starts there. */
  identifierAt(i) {
    if (!isIdentifierStart(this.code(i))) return "";
    let end = i + 1;
    while (isIdentifierFollow(this.code(end))) end++;
    return this.text.slice(i, end);
  }
  /** The keyword at the current position: an identifier that a token-ending character follows. */
  keywordHere() {
    const word = this.identifierAt(this.pos);
    if (!word || !forcesNewToken(this.code(this.pos + word.length))) return "";
    return word.toLowerCase();
  }
  expectChar(c, what, openedAt) {
    if (this.code() === c) {
      this.pos++;
      return true;
    }
    if (openedAt !== void 0) this.problem(openedAt, openedAt + 1, `missing ${what} to close this`);
    else this.problem(this.pos, this.pos + 1, `expected ${what}`);
    return false;
  }
  // ------------------------------------------------------------------ script and statements
  parseScript() {
    const body = this.parseScriptBody(EOF);
    while (this.pos < this.text.length) {
      this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
      this.pos++;
      const more = this.parseScriptBody(EOF);
      for (const block of more.blocks) body.blocks.push(block);
      body.end = more.end;
    }
    return body;
  }
  /** A script or script block body: `param(...)`, then named blocks (`begin`/`process`/`end`) or statements. */
  parseScriptBody(closer) {
    const start = this.pos;
    this.skipSeparators();
    let params;
    const save = this.pos;
    this.skipAttributes();
    if (this.keywordHere() === "param") {
      params = this.parseParamBlock();
    } else {
      this.pos = save;
    }
    const blocks = [];
    this.skipSeparators();
    if (NAMED_BLOCKS.has(this.keywordHere()) && this.namedBlockFollows()) {
      for (; ; ) {
        this.skipSeparators();
        const name = this.keywordHere();
        if (!NAMED_BLOCKS.has(name)) break;
        this.pos += name.length;
        this.skipNewlines();
        const open = this.pos;
        if (!this.expectChar(123, "'{'")) break;
        blocks.push({ name, body: this.parseStatementsUntilClose(open) });
      }
      this.skipSeparators();
      if (this.code() !== closer && this.code() !== EOF) {
        this.problem(this.pos, this.pos + 1, "unexpected statement after the named blocks 'begin', 'process' and 'end'");
        blocks.push({ name: "end", body: this.parseStatements(closer) });
      }
    } else {
      blocks.push({ name: "end", body: this.parseStatements(closer) });
    }
    return { params, blocks, start, end: this.pos };
  }
  namedBlockFollows() {
    const save = this.pos;
    this.pos += this.keywordHere().length;
    this.skipNewlines();
    const follows = this.code() === 123;
    this.pos = save;
    return follows;
  }
  /** `[CmdletBinding()]`, `[OutputType([string])]` and the like before `param`. */
  skipAttributes() {
    for (; ; ) {
      this.skipSeparators();
      if (this.code() !== 91) return;
      const save = this.pos;
      const problemCount = this.problems.length;
      const type = this.parseTypeLiteral();
      if (!type || !type.attribute) {
        this.pos = save;
        this.problems.length = problemCount;
        return;
      }
    }
  }
  /** Statements up to `closer` (not consumed) or the end of the text. */
  parseStatements(closer) {
    const statements = [];
    for (; ; ) {
      this.skipSeparators();
      const c = this.code();
      if (c === EOF || c === closer || c === 125) return statements;
      if (c === 41 || c === 93) {
        this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
        this.pos++;
        continue;
      }
      const before = this.pos;
      const statement = this.parseStatement();
      if (statement) statements.push(statement);
      this.skipSpace();
      const after = this.code();
      if (!(after === EOF || isNewline(after) || after === 59 || after === closer || after === 41 || after === 125)) {
        this.problem(this.pos, this.tokenEnd(this.pos), `unexpected '${this.text.slice(this.pos, this.tokenEnd(this.pos))}' after the statement`);
        this.recover();
      }
      if (this.pos === before) {
        this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
        this.pos++;
      }
    }
  }
  /** Statements inside `{ ... }` whose `{` is at `open` (already consumed), and the `}`. */
  parseStatementsUntilClose(open) {
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return [];
    }
    const statements = this.parseStatements(125);
    this.leave();
    this.expectChar(125, "'}'", open);
    return statements;
  }
  /** A `{ ... }` block after optional newlines. */
  parseBlock() {
    this.skipNewlines();
    const open = this.pos;
    if (this.code() !== 123) {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected '{'");
      return [];
    }
    this.pos++;
    return this.parseStatementsUntilClose(open);
  }
  /** The end of the token-like run at `i`, for problem ranges. */
  tokenEnd(i) {
    let end = i + 1;
    while (end < this.text.length && !forcesNewToken(this.code(end))) end++;
    return Math.min(end, this.text.length);
  }
  parseStatement() {
    const commas = this.commaSeparatesArguments;
    this.commaSeparatesArguments = false;
    try {
      return this.parseStatementHere();
    } finally {
      this.commaSeparatesArguments = commas;
    }
  }
  parseStatementHere() {
    this.skipSpace();
    const start = this.pos;
    if (this.code() === 58 && isIdentifierStart(this.code(this.pos + 1))) {
      const label = this.identifierAt(this.pos + 1);
      const after = this.pos + 1 + label.length;
      if (forcesNewToken(this.code(after))) {
        this.pos = after;
        this.skipSpace();
        const keyword2 = this.keywordHere();
        if (["foreach", "for", "while", "do", "switch"].includes(keyword2)) return this.parseKeywordStatement(keyword2, start);
        this.pos = start;
      }
    }
    const keyword = this.keywordHere();
    if (keyword && STATEMENT_KEYWORDS.has(keyword)) {
      const statement = this.parseKeywordStatement(keyword, start);
      if (statement) return statement;
      this.pos = start;
    }
    if (keyword && MISPLACED_KEYWORDS.has(keyword)) {
      this.problem(start, start + keyword.length, `'${this.text.slice(start, start + keyword.length)}' cannot start a statement here`);
      this.pos += keyword.length;
      this.recover();
      return void 0;
    }
    if (this.inConfiguration) {
      const resource = this.tryResource(start);
      if (resource) return resource;
    }
    return this.parsePipelineStatement();
  }
  parseKeywordStatement(keyword, start) {
    const afterKeyword = this.pos + keyword.length;
    switch (keyword) {
      case "if":
        this.pos = afterKeyword;
        return this.parseIf(start);
      case "foreach":
        this.pos = afterKeyword;
        return this.parseForeach(start);
      case "for":
      case "while":
        this.pos = afterKeyword;
        return this.parseForWhile(keyword, start);
      case "do":
        this.pos = afterKeyword;
        return this.parseDo(start);
      case "switch":
        this.pos = afterKeyword;
        return this.parseSwitch(start);
      case "function":
      case "filter":
      case "workflow":
        this.pos = afterKeyword;
        return this.parseFunction(start);
      case "configuration":
        this.pos = afterKeyword;
        return this.parseConfiguration(start);
      case "try":
        this.pos = afterKeyword;
        return this.parseTry(start);
      case "trap": {
        this.pos = afterKeyword;
        this.skipSpace();
        if (this.code() === 91) this.parseTypeLiteral();
        const body = this.parseBlock();
        return { kind: "trap", body, start, end: this.pos };
      }
      case "break":
      case "continue": {
        this.pos = afterKeyword;
        this.skipSpace();
        if (!this.atStatementEnd()) {
          this.parseCommandArgument();
        }
        return { kind: "flow", keyword, value: void 0, start, end: this.pos };
      }
      case "return":
      case "exit":
      case "throw": {
        this.pos = afterKeyword;
        this.skipSpace();
        const value = this.atStatementEnd() || this.code() === 124 ? void 0 : this.parsePipelineStatement();
        return { kind: "flow", keyword, value, start, end: this.pos };
      }
      case "param": {
        const block = this.parseParamBlock();
        return { kind: "param", block, start, end: this.pos };
      }
      case "class":
      case "enum":
      case "data": {
        this.pos = afterKeyword;
        while (this.code() !== EOF && this.code() !== 123) {
          if (isSingleQuote(this.code()) || isDoubleQuote(this.code())) this.skipQuoted(this.code());
          else this.pos++;
        }
        if (this.code() === 123) this.skipGroup();
        return { kind: "opaque", keyword, start, end: this.pos };
      }
      case "using": {
        this.pos = afterKeyword;
        this.recover();
        return { kind: "opaque", keyword, start, end: this.pos };
      }
      case "parallel":
      case "sequence":
      case "inlinescript": {
        this.pos = afterKeyword;
        this.skipSpace();
        if (this.code() !== 123) return void 0;
        const body = this.parseBlock();
        return { kind: "block", body, start, end: this.pos };
      }
      default:
        return void 0;
    }
  }
  /** The `( ... )` condition of `if`, `while`, `switch`: a pipeline (or an assignment) inside parentheses. */
  parseCondition() {
    this.skipNewlines();
    const open = this.pos;
    if (this.code() !== 40) {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected '(' after the keyword");
      return void 0;
    }
    this.pos++;
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return void 0;
    }
    this.skipNewlines();
    const statement = this.code() === 41 ? void 0 : this.parseStatement();
    this.leave();
    this.closeParenthesis(open);
    return statement;
  }
  /**
   * The `)` closing a parenthesis opened at `open`, after optional newlines. When it is missing,
   * the problem is reported at the `(` and reading resumes where the line ends, so the next
   * lines are read as statements of their own.
   */
  closeParenthesis(open) {
    this.skipSpace();
    const lineEnd = this.pos;
    this.skipNewlines();
    if (this.code() === 41) {
      this.pos++;
      return;
    }
    this.pos = lineEnd;
    this.problem(open, open + 1, "missing ')' to close this");
    this.recover();
    if (this.code() === 41) this.pos++;
  }
  /** After a problem inside parentheses: skips to the matching `)` and past it. */
  recoverTo(close) {
    this.recover();
    if (this.code() === close) this.pos++;
  }
  parseIf(start) {
    const clauses = [];
    clauses.push({ condition: this.parseCondition(), body: this.parseBlock() });
    let elseBody;
    for (; ; ) {
      const save = this.pos;
      this.skipNewlines();
      const keyword = this.keywordHere();
      if (keyword === "elseif") {
        this.pos += keyword.length;
        clauses.push({ condition: this.parseCondition(), body: this.parseBlock() });
      } else if (keyword === "else") {
        this.pos += keyword.length;
        elseBody = this.parseBlock();
        break;
      } else {
        this.pos = save;
        break;
      }
    }
    return { kind: "if", clauses, else: elseBody, start, end: this.pos };
  }
  parseForeach(start) {
    this.skipSpace();
    while (isDash(this.code())) {
      this.pos++;
      this.pos += this.identifierAt(this.pos).length;
      this.skipSpace();
      if (isDigit(this.code())) this.parseCommandArgument();
      this.skipSpace();
    }
    this.skipNewlines();
    const open = this.pos;
    let variable = { kind: "error", start: this.pos, end: this.pos };
    let iterable;
    if (this.expectChar(40, "'('")) {
      this.skipNewlines();
      if (this.code() === 36) variable = this.parseVariableExpression(false);
      else this.problem(this.pos, this.tokenEnd(this.pos), "expected the loop variable after 'foreach ('");
      this.skipNewlines();
      if (this.keywordHere() === "in") {
        this.pos += 2;
        this.skipNewlines();
        iterable = this.parseStatement();
      } else {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected 'in' in 'foreach'");
      }
      this.skipNewlines();
      if (!this.expectChar(41, "')'", open)) this.recoverTo(41);
    }
    const headerEnd = this.pos;
    const body = this.parseBlock();
    return { kind: "foreach", variable, iterable, body, start, end: this.pos, headerEnd };
  }
  parseForWhile(keyword, start) {
    const parts = [];
    if (keyword === "while") {
      parts.push(this.parseCondition());
    } else {
      this.skipNewlines();
      const open = this.pos;
      if (this.expectChar(40, "'('")) {
        for (let i = 0; i < 3; i++) {
          this.skipSpace();
          while (isNewline(this.code())) {
            this.pos++;
            this.skipSpace();
          }
          const c = this.code();
          parts.push(c === 59 || c === 41 ? void 0 : this.parseStatement());
          this.skipSpace();
          if (i < 2) {
            if (this.code() === 59 || isNewline(this.code())) this.pos++;
          }
        }
        this.skipNewlines();
        if (!this.expectChar(41, "')'", open)) this.recoverTo(41);
      }
    }
    const body = this.parseBlock();
    return { kind: "loop", keyword, parts, body, start, end: this.pos };
  }
  parseDo(start) {
    const body = this.parseBlock();
    this.skipNewlines();
    const keyword = this.keywordHere();
    const parts = [];
    if (keyword === "while" || keyword === "until") {
      this.pos += keyword.length;
      parts.push(this.parseCondition());
    } else {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected 'while' or 'until' after the 'do' block");
    }
    return { kind: "loop", keyword: "do", parts, body, start, end: this.pos, until: keyword === "until" };
  }
  parseSwitch(start) {
    const flags = [];
    for (; ; ) {
      this.skipSpace();
      if (!isDash(this.code())) break;
      const flagStart = this.pos + 1;
      this.pos = flagStart + this.identifierAt(flagStart).length;
      const flag = this.text.slice(flagStart, this.pos).toLowerCase();
      flags.push(flag);
      if (flag === "file") {
        this.skipSpace();
        this.parseCommandArgument();
      }
    }
    let subject;
    this.skipNewlines();
    if (this.code() === 40) subject = this.parseCondition();
    else if (!flags.includes("file")) this.problem(this.pos, this.tokenEnd(this.pos), "expected '(' after 'switch'");
    this.skipNewlines();
    const open = this.pos;
    const clauses = [];
    if (!this.expectChar(123, "'{'")) return { kind: "switch", flags, subject, clauses, start, end: this.pos };
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return { kind: "switch", flags, subject, clauses, start, end: this.pos };
    }
    for (; ; ) {
      this.skipSeparators();
      const c = this.code();
      if (c === EOF || c === 125) break;
      const clauseStart = this.pos;
      let condition;
      if (this.keywordHere() === "default") {
        this.pos += 7;
        condition = "default";
      } else {
        condition = this.parseArgumentPrimary();
      }
      const body = this.parseBlock();
      clauses.push({ condition, body, start: clauseStart, end: this.pos });
      if (this.pos === clauseStart) this.pos++;
    }
    this.leave();
    this.expectChar(125, "'}'", open);
    return { kind: "switch", flags, subject, clauses, start, end: this.pos };
  }
  parseFunction(start) {
    this.skipSpace();
    const nameStart = this.pos;
    while (!forcesNewToken(this.code())) this.pos++;
    const name = this.text.slice(nameStart, this.pos);
    if (!name) this.problem(this.pos, this.tokenEnd(this.pos), "expected the function name");
    this.skipSpace();
    let params;
    if (this.code() === 40) params = this.parseParameterList();
    this.skipNewlines();
    const open = this.pos;
    if (this.code() !== 123) {
      this.problem(this.pos, this.tokenEnd(this.pos), `expected '{' to begin the body of '${name}'`);
      return { kind: "function", name, body: { params, blocks: [], start: this.pos, end: this.pos }, start, end: this.pos };
    }
    this.pos++;
    const wasConfiguration = this.inConfiguration;
    this.inConfiguration = false;
    const body = this.parseScriptBlockBody(open);
    this.inConfiguration = wasConfiguration;
    if (params && !body.params) body.params = params;
    return { kind: "function", name, body, start, end: this.pos };
  }
  /** The body of `{ ... }` whose `{` at `open` is consumed, and its `}`. */
  parseScriptBlockBody(open) {
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return { params: void 0, blocks: [], start: open, end: this.pos };
    }
    const body = this.parseScriptBody(125);
    this.leave();
    this.expectChar(125, "'}'", open);
    body.end = this.pos;
    return body;
  }
  parseConfiguration(start) {
    this.skipSpace();
    let name;
    if (this.code() !== 123 && !this.atStatementEnd()) name = this.parseArgumentPrimary();
    const wasConfiguration = this.inConfiguration;
    this.inConfiguration = true;
    const body = this.parseBlock();
    this.inConfiguration = wasConfiguration;
    return { kind: "configuration", name, body, start, end: this.pos };
  }
  /**
   * A DSC resource block (`Registry DisableSavePassword { Key = '...' }`) or `Node name { ... }`,
   * inside a configuration: a word without a dash (DSC resource names have none; cmdlets do),
   * an optional name on the same line, and a `{` (which may be on the next line). Anything else
   * is read as an ordinary statement.
   */
  tryResource(start) {
    const word = this.identifierAt(this.pos);
    if (!word || !forcesNewToken(this.code(this.pos + word.length))) return void 0;
    this.pos += word.length;
    this.skipSpace();
    const nameStart = this.pos;
    let hasName = false;
    if (this.code() !== 123 && !isNewline(this.code())) {
      if (this.atStatementEnd() || isDash(this.code()) || !this.skipArgumentExtent()) {
        this.pos = start;
        return void 0;
      }
      hasName = true;
      this.skipSpace();
    }
    this.skipNewlines();
    if (this.code() !== 123) {
      this.pos = start;
      return void 0;
    }
    let name;
    if (hasName) {
      this.pos = nameStart;
      name = this.parseCommandArgument();
      this.skipNewlines();
      if (this.code() !== 123) {
        this.problem(this.pos, this.tokenEnd(this.pos), `expected '{' after the name of the ${word} block`);
        this.recover();
        return void 0;
      }
    }
    const open = this.pos;
    this.pos++;
    if (word.toLowerCase() === "node") {
      const body = this.parseStatementsUntilClose(open);
      return { kind: "node", name, body, start, end: this.pos };
    }
    const properties = this.parseHashBody(open);
    return { kind: "resource", type: word, name, properties, start, end: this.pos, bodyStart: open };
  }
  /**
   * Steps over one command argument without reading it (a look-ahead, so a statement that turns
   * out not to be a resource block is read only once): groups are skipped whole, words to their
   * end, and `.Member`, `{...}`, `[...]` after a value and `,`-separated values with it.
   */
  skipArgumentExtent() {
    for (; ; ) {
      const c = this.code();
      if (c === 40 || c === 123 || c === 91) this.skipGroup();
      else if ((c === 36 || c === 64) && (this.code(this.pos + 1) === 40 || this.code(this.pos + 1) === 123)) {
        this.pos++;
        this.skipGroup();
      } else if (isSingleQuote(c) || isDoubleQuote(c)) this.skipQuoted(c);
      else {
        const before = this.pos;
        while (!forcesNewToken(this.code())) {
          const d = this.code();
          if (isSingleQuote(d) || isDoubleQuote(d)) this.skipQuoted(d);
          else if (d === 96) this.pos += 2;
          else if (d === 46 && this.code(this.pos + 1) !== 46 && this.pos > before) break;
          else this.pos++;
        }
        if (this.pos === before) return false;
      }
      for (; ; ) {
        const d = this.code();
        if (d === 46 && isIdentifierStart(this.code(this.pos + 1))) {
          this.pos++;
          while (isIdentifierFollow(this.code())) this.pos++;
        } else if (d === 91 || (d === 40 || d === 123) && isIdentifierFollow(this.code(this.pos - 1))) {
          this.skipGroup();
        } else break;
      }
      this.skipSpace();
      if (this.code() !== 44) return true;
      this.pos++;
      this.skipNewlines();
    }
  }
  parseTry(start) {
    const body = this.parseBlock();
    const catches = [];
    let finallyBody;
    for (; ; ) {
      const save = this.pos;
      this.skipNewlines();
      const keyword = this.keywordHere();
      if (keyword === "catch") {
        this.pos += 5;
        for (; ; ) {
          this.skipSpace();
          if (this.code() !== 91) break;
          this.parseTypeLiteral();
          this.skipSpace();
          if (this.code() === 44) {
            this.pos++;
            this.skipNewlines();
          }
        }
        catches.push(this.parseBlock());
      } else if (keyword === "finally") {
        this.pos += 7;
        finallyBody = this.parseBlock();
        break;
      } else {
        this.pos = save;
        break;
      }
    }
    if (!catches.length && !finallyBody) this.problem(start, start + 3, "'try' needs a 'catch' or a 'finally' block");
    return { kind: "try", body, catches, finally: finallyBody, start, end: this.pos };
  }
  /** `param(...)` at the current position (on the keyword). */
  parseParamBlock() {
    this.pos += 5;
    this.skipNewlines();
    if (this.code() !== 40) {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected '(' after 'param'");
      return { parameters: [], start: this.pos, end: this.pos };
    }
    return this.parseParameterList();
  }
  /** `( [attributes] [type] $name = default, ... )`, on the `(`. */
  parseParameterList() {
    const open = this.pos;
    this.pos++;
    const parameters = [];
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return { parameters, start: open, end: this.pos };
    }
    for (; ; ) {
      this.skipNewlines();
      const c = this.code();
      if (c === EOF || c === 41) break;
      const paramStart = this.pos;
      let type;
      while (this.code() === 91) {
        const literal = this.parseTypeLiteral();
        if (!literal) break;
        if (!literal.attribute) type = literal.name;
        this.skipNewlines();
      }
      if (this.code() !== 36) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected a parameter variable");
        this.recover();
        if (this.code() === 44) this.pos++;
        if (this.pos === paramStart) this.pos++;
        continue;
      }
      const variable = this.parseVariableExpression(false);
      const name = variable.kind === "variable" ? variable.name : "";
      this.skipSpace();
      let defaultValue;
      if (this.code() === 61) {
        this.pos++;
        this.skipNewlines();
        defaultValue = this.parseLogicalNoComma();
      }
      parameters.push({ name, type, default: defaultValue, start: paramStart, end: this.pos });
      this.skipNewlines();
      if (this.code() === 44) this.pos++;
      else if (this.code() !== 41) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected ',' or ')' in the parameter list");
        this.recover();
        if (this.code() === 44) this.pos++;
      }
    }
    this.leave();
    this.expectChar(41, "')'", open);
    return { parameters, start: open, end: this.pos };
  }
  // ------------------------------------------------------------------ pipelines
  /** A pipeline, or pipelines joined by `&&` and `||` (PowerShell 7). */
  parsePipelineStatement() {
    const start = this.pos;
    const first = this.parsePipeline();
    if (!first || first.kind !== "pipeline") return first;
    this.skipSpace();
    if (!this.chainOperatorHere()) {
      if (this.code() === 38) this.pos++;
      return first;
    }
    const rest = [];
    for (let operator = this.chainOperatorHere(); operator; operator = this.chainOperatorHere()) {
      this.pos += 2;
      this.skipNewlines();
      const next = this.parsePipeline();
      if (!next) {
        this.problem(this.pos, this.pos + 1, `expected a pipeline after '${operator}'`);
        break;
      }
      rest.push({ operator, statement: next });
      this.skipSpace();
    }
    return { kind: "chain", first, rest, start, end: this.pos };
  }
  chainOperatorHere() {
    if (this.code() === 38 && this.code(this.pos + 1) === 38) return "&&";
    if (this.code() === 124 && this.code(this.pos + 1) === 124) return "||";
    return void 0;
  }
  /** A pipeline of commands (the first element may be an expression), or an assignment. */
  parsePipeline() {
    const start = this.pos;
    const first = this.parsePipelineElement(true);
    if (!first) return void 0;
    this.skipSpace();
    if (first.kind === "expression") {
      const operator = this.assignmentOperatorHere();
      if (operator) {
        this.pos += operator.length;
        this.skipNewlines();
        let value;
        if (!this.atStatementEnd() && this.enter(this.pos)) {
          value = this.parseStatement();
          this.leave();
        }
        if (!value) this.problem(this.pos, this.pos + 1, `expected a value after '${operator}'`);
        return { kind: "assignment", target: first.expression, operator, value, start, end: this.pos };
      }
    }
    const elements = [first];
    for (; ; ) {
      this.skipSpace();
      if (this.code() === 124 && this.code(this.pos + 1) !== 124) {
        this.pos++;
        this.skipNewlines();
        const element = this.parsePipelineElement(false);
        if (!element) {
          this.problem(this.pos, this.pos + 1, "expected a command after '|'");
          break;
        }
        elements.push(element);
        continue;
      }
      if (isNewline(this.code())) {
        const save = this.pos;
        this.skipNewlines();
        if (this.code() === 124 && this.code(this.pos + 1) !== 124) continue;
        this.pos = save;
      }
      break;
    }
    return { kind: "pipeline", elements, start, end: elements[elements.length - 1].end };
  }
  assignmentOperatorHere() {
    for (const operator of ASSIGNMENT_OPERATORS) {
      if (this.text.startsWith(operator, this.pos)) {
        if (operator === "=" && this.code(this.pos + 1) === 61) return void 0;
        return operator;
      }
      if (operator.length === 2 && isDash(this.code()) && operator[0] === "-" && this.code(this.pos + 1) === 61) return "-=";
    }
    return void 0;
  }
  parsePipelineElement(first) {
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    if (c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125 || c === 124 || c === 93) return void 0;
    if (c === 38 && this.code(this.pos + 1) === 38) return void 0;
    if (c === 38) {
      this.pos++;
      return this.parseCommand(start, "&");
    }
    if (c === 46) {
      const next = this.code(this.pos + 1);
      if (forcesNewToken(next) || next === 36 || isSingleQuote(next) || isDoubleQuote(next)) {
        this.pos++;
        return this.parseCommand(start, ".");
      }
    }
    if (first && this.startsExpression()) {
      const expression = this.parseExpression();
      const element = { kind: "expression", expression, start, end: expression.end };
      for (; ; ) {
        this.skipSpace();
        if (!this.skipRedirection()) break;
        element.end = this.pos;
      }
      return element;
    }
    if (!first && this.startsExpression() && c !== 123) {
      const expression = this.parseExpression();
      this.problem(start, expression.end, "an expression is allowed only as the first element of a pipeline");
      return { kind: "expression", expression, start, end: expression.end };
    }
    if (isDash(c) && isIdentifierStart(this.code(this.pos + 1))) {
      const end = this.tokenEnd(this.pos);
      const broken = this.continuationBrokenBefore(start);
      this.problem(start, end, broken !== void 0 ? `a parameter cannot begin a command: the backtick at the end of line ${this.lineNumberAt(broken)} is followed by spaces, so it does not continue the line` : `a parameter cannot begin a command: '${this.text.slice(start, end)}'`);
      this.recover();
      return void 0;
    }
    return this.parseCommand(start, void 0);
  }
  /** The offset of a newline escaped in vain (backtick, spaces, newline) right before `start`, if there is one. */
  continuationBrokenBefore(start) {
    let i = start - 1;
    while (i >= 0 && (isWhitespace(this.code(i)) || isNewline(this.code(i)))) {
      if (isNewline(this.code(i)) && this.brokenContinuations.has(i) || this.code(i) === 10 && this.brokenContinuations.has(i - 1)) {
        return this.brokenContinuations.has(i) ? i : i - 1;
      }
      i--;
    }
    return void 0;
  }
  lineNumberAt(offset) {
    let line = 1;
    for (let i = 0; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13 && this.text.charCodeAt(i + 1) !== 10) line++;
    }
    return line;
  }
  /** Whether the statement here is an expression (a value) rather than a command. */
  startsExpression() {
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (c === 36) {
      return true;
    }
    if (c === 64) return next === 40 || next === 123 || isSingleQuote(next) || isDoubleQuote(next) || isVariableStart(next);
    if (c === 40 || c === 123 || c === 91 || c === 44 || c === 33) return true;
    if (isSingleQuote(c) || isDoubleQuote(c)) return true;
    if (isDigit(c) || c === 46 && isDigit(next)) return this.numberEnd(this.pos, false) !== void 0;
    if ((isDash(c) || c === 43) && (isDigit(next) || next === 46 || next === 36 || next === 40)) {
      return c === 43 || !isIdentifierStart(next);
    }
    if ((isDash(c) || c === 43) && (isDash(next) || next === 43) && this.code(this.pos + 2) === 36) return true;
    if (isDash(c)) {
      const word = this.identifierAt(this.pos + 1).toLowerCase();
      return UNARY_OPERATORS.has(word);
    }
    return false;
  }
  /** `name elements...` after an optional `&` or `.`; `start` is where the command begins. */
  parseCommand(start, invocation) {
    this.skipSpace();
    let name;
    if (invocation) {
      name = this.parseArgumentPrimary();
    } else {
      const nameStart = this.pos;
      name = this.parseGenericWord();
      if (name.end === nameStart) name = { kind: "error", start: nameStart, end: nameStart };
    }
    const elements = [];
    for (; ; ) {
      this.skipSpace();
      const c = this.code();
      if (c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125 || c === 124) break;
      if (c === 38) break;
      const elementStart = this.pos;
      if (isDash(c) && isDash(this.code(this.pos + 1)) && this.code(this.pos + 2) === 37 && forcesNewToken(this.code(this.pos + 3))) {
        this.pos += 3;
        const textStart = this.pos;
        while (this.pos < this.text.length && !isNewline(this.code())) this.pos++;
        elements.push({ kind: "verbatim", text: this.text.slice(textStart, this.pos).trim(), start: elementStart, end: this.pos });
        break;
      }
      if (isDash(c) && (isIdentifierStart(this.code(this.pos + 1)) || this.code(this.pos + 1) === 63)) {
        const parameter = this.parseParameterElement();
        if (parameter) {
          elements.push(parameter);
          continue;
        }
      }
      if (this.skipRedirection()) continue;
      if (c === 60) {
        this.problem(this.pos, this.pos + 1, "the '<' operator is reserved for future use");
        this.pos++;
        continue;
      }
      const value = this.parseCommandArgument();
      if (value.end === elementStart) {
        this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
        this.pos++;
        continue;
      }
      elements.push({ kind: "argument", value, start: elementStart, end: value.end });
    }
    const last = elements.length ? elements[elements.length - 1].end : name.end;
    return { kind: "command", invocation, name, elements, start, end: last };
  }
  /** `-Name` or `-Name:value` at a dash. Undefined when the word turns out to be an argument (`-name"x"`). */
  parseParameterElement() {
    const start = this.pos;
    let i = this.pos + 1;
    let colon = false;
    for (; ; ) {
      const c2 = this.code(i);
      if (c2 === EOF || isWhitespace(c2) || isNewline(c2)) break;
      if (c2 === 38 || c2 === 40 || c2 === 41 || c2 === 44 || c2 === 46 || c2 === 59 || c2 === 91 || c2 === 123 || c2 === 124 || c2 === 125) break;
      if (isSingleQuote(c2) || isDoubleQuote(c2)) return void 0;
      if (c2 === 58) {
        colon = true;
        break;
      }
      i++;
    }
    const name = this.text.slice(start + 1, i);
    this.pos = colon ? i + 1 : i;
    if (!colon) return { kind: "parameter", name, argument: void 0, colon, start, end: this.pos };
    this.skipSpace();
    const c = this.code();
    if (c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125 || c === 124) {
      this.problem(start, this.pos, `the parameter '-${name}:' needs a value after the colon`);
      return { kind: "parameter", name, argument: void 0, colon, start, end: this.pos };
    }
    const argument = this.parseCommandArgument();
    return { kind: "parameter", name, argument, colon, start, end: argument.end };
  }
  /** `>`, `>>`, `2>`, `2>&1`, `*>` and their target; true when one was read. */
  skipRedirection() {
    const c = this.code();
    let i = this.pos;
    if (c >= 49 && c <= 54 || c === 42) {
      if (this.code(i + 1) !== 62) return false;
      i += 2;
    } else if (c === 62) {
      i += 1;
    } else {
      return false;
    }
    if (this.code(i) === 62) i++;
    else if (this.code(i) === 38 && (this.code(i + 1) === 49 || this.code(i + 1) === 50)) {
      this.pos = i + 2;
      return true;
    }
    this.pos = i;
    this.skipSpace();
    if (this.atStatementEnd() || this.code() === 124) this.problem(this.pos, this.pos + 1, "a redirection needs a file name");
    else this.parseArgumentPrimary();
    return true;
  }
  // ------------------------------------------------------------------ argument mode
  /** One command argument: a value, or values separated by commas (`-Profile Domain, Private`). */
  parseCommandArgument() {
    const start = this.pos;
    const first = this.parseArgumentPrimary();
    this.skipSpace();
    if (this.code() !== 44) return first;
    const items = [first];
    while (this.code() === 44) {
      this.pos++;
      this.skipNewlines();
      const item = this.parseArgumentPrimary();
      if (item.end === item.start) {
        this.problem(this.pos, this.pos + 1, "expected a value after ','");
        break;
      }
      items.push(item);
      this.skipSpace();
    }
    return { kind: "array", items, start, end: items[items.length - 1].end };
  }
  /** A value in argument mode: bare words are strings, numbers are numbers, `$x\y` is one string. */
  parseArgumentPrimary() {
    const start = this.pos;
    const c = this.code();
    const next = this.code(this.pos + 1);
    let value;
    if (c === 36) {
      if (next === 40) value = this.parseSubexpression();
      else {
        const end = this.variableEnd(this.pos);
        const after = end === void 0 ? EOF : this.code(end);
        if (end === void 0 || !(forcesNewToken(after) || after === 46 || after === 91)) return this.parseGenericWord();
        value = this.parseVariableExpression(false);
      }
    } else if (c === 64) {
      if (next === 40 || next === 123 || isSingleQuote(next) || isDoubleQuote(next)) value = this.parsePrimary();
      else if (isVariableStart(next)) value = this.parseVariableExpression(true);
      else return this.parseGenericWord();
    } else if (isSingleQuote(c) || isDoubleQuote(c) || c === 40 || c === 123) {
      value = this.parsePrimary();
    } else if (c === 44) {
      this.pos++;
      this.skipNewlines();
      if (!this.enter(start)) {
        this.recover();
        return { kind: "error", start, end: this.pos };
      }
      const operand = this.parseArgumentPrimary();
      this.leave();
      return { kind: "unary", operator: ",", operand, start, end: operand.end };
    } else if (isDigit(c) || (isDash(c) || c === 43 || c === 46) && (isDigit(next) || next === 46 && isDigit(this.code(this.pos + 2)))) {
      const number = this.scanNumber(true);
      return number ?? this.parseGenericWord();
    } else {
      return this.parseGenericWord();
    }
    return this.parsePostfix(value, true);
  }
  /**
   * A bare word in argument mode, up to a character that ends a token: quotes inside it join
   * (`name="x y"` is `name=x y`), backticks escape, `$x` and `$(...)` expand. A string when
   * nothing expands, an expandable bare word otherwise.
   */
  parseGenericWord() {
    const start = this.pos;
    const parts = new StringParts();
    for (; ; ) {
      const c = this.code();
      if (forcesNewToken(c) || isNewline(c)) break;
      if (c === 96) {
        const next = this.code(this.pos + 1);
        if (next === EOF) {
          this.pos++;
          break;
        }
        parts.text(backtickEscape(next));
        this.pos += 2;
        if (next === 13 && this.code() === 10) {
          parts.text("\n");
          this.pos++;
        }
        continue;
      }
      if (isSingleQuote(c)) {
        parts.text(this.scanSingleQuoted().value);
        continue;
      }
      if (isDoubleQuote(c)) {
        for (const part of this.scanDoubleQuoted().parts) {
          if (typeof part === "string") parts.text(part);
          else parts.expression(part);
        }
        continue;
      }
      if (c === 36 && this.embedDollar(parts)) continue;
      parts.text(this.text[this.pos]);
      this.pos++;
    }
    const done = parts.done();
    if (done.every((part) => typeof part === "string")) {
      return { kind: "string", value: done.join(""), quote: "bare", start, end: this.pos };
    }
    return { kind: "expandable", parts: done, quote: "bare", start, end: this.pos };
  }
  /** `$name` or `$(...)` at the current position into `parts`; false when the `$` stands for itself. */
  embedDollar(parts) {
    const embedded = this.scanDollarInString();
    if (!embedded) return false;
    parts.expression(embedded);
    return true;
  }
  // ------------------------------------------------------------------ expressions
  parseExpression() {
    return this.parseLogical();
  }
  /** The operator word after a dash at the current position (`-eq`, `–and`), without moving; '' when none. */
  operatorWordHere() {
    if (!isDash(this.code())) return "";
    const word = this.identifierAt(this.pos + 1);
    return word.toLowerCase();
  }
  binaryLoop(next, operators) {
    let left = next();
    for (; ; ) {
      this.skipSpace();
      const word = this.operatorWordHere();
      if (!word || !operators.has(word)) return left;
      this.pos += 1 + word.length;
      this.skipNewlines();
      const right = word === "is" || word === "isnot" || word === "as" ? this.parseUnary() : next();
      if (right.kind === "error" && right.start === right.end) this.problem(this.pos, this.pos + 1, `expected a value after the operator '-${word}'`);
      left = { kind: "binary", operator: word, left, right, start: left.start, end: right.end };
    }
  }
  parseLogical() {
    let left = this.binaryLoop(() => this.parseBitwise(), LOGICAL_OPERATORS);
    for (; ; ) {
      this.skipSpace();
      if (this.code() === 63 && this.code(this.pos + 1) === 63 && this.code(this.pos + 2) !== 61) {
        this.pos += 2;
        this.skipNewlines();
        const right = this.binaryLoop(() => this.parseBitwise(), LOGICAL_OPERATORS);
        left = { kind: "binary", operator: "??", left, right, start: left.start, end: right.end };
        continue;
      }
      if (this.code() === 63 && isWhitespace(this.code(this.pos + 1))) {
        this.pos++;
        this.skipNewlines();
        const then = this.parseLogical();
        this.skipNewlines();
        if (!this.expectChar(58, "':' in the conditional expression")) return left;
        this.skipNewlines();
        const otherwise = this.parseLogical();
        return { kind: "ternary", condition: left, then, else: otherwise, start: left.start, end: otherwise.end };
      }
      return left;
    }
  }
  parseBitwise() {
    return this.binaryLoop(() => this.parseComparison(), BITWISE_OPERATORS);
  }
  parseComparison() {
    return this.binaryLoop(() => this.parseAdditive(), COMPARISON_OPERATORS);
  }
  parseAdditive() {
    let left = this.parseMultiplicative();
    for (; ; ) {
      this.skipSpace();
      const c = this.code();
      const isPlus = c === 43 && this.code(this.pos + 1) !== 61 && this.code(this.pos + 1) !== 43;
      const isMinus = isDash(c) && !isIdentifierStart(this.code(this.pos + 1)) && this.code(this.pos + 1) !== 61 && !isDash(this.code(this.pos + 1));
      if (!isPlus && !isMinus) return left;
      this.pos++;
      this.skipNewlines();
      const right = this.parseMultiplicative();
      left = { kind: "binary", operator: isPlus ? "+" : "-", left, right, start: left.start, end: right.end };
    }
  }
  parseMultiplicative() {
    let left = this.parseFormat();
    for (; ; ) {
      this.skipSpace();
      const c = this.code();
      if (!(c === 42 || c === 47 || c === 37) || this.code(this.pos + 1) === 61) return left;
      if (c === 42 && this.code(this.pos + 1) === 62) return left;
      this.pos++;
      this.skipNewlines();
      const right = this.parseFormat();
      left = { kind: "binary", operator: String.fromCharCode(c), left, right, start: left.start, end: right.end };
    }
  }
  parseFormat() {
    return this.binaryLoop(() => this.parseRange(), /* @__PURE__ */ new Set(["f"]));
  }
  parseRange() {
    let left = this.parseArrayLiteral();
    for (; ; ) {
      this.skipSpace();
      if (!(this.code() === 46 && this.code(this.pos + 1) === 46)) return left;
      this.pos += 2;
      this.skipNewlines();
      const right = this.parseArrayLiteral();
      left = { kind: "binary", operator: "..", left, right, start: left.start, end: right.end };
    }
  }
  parseArrayLiteral() {
    const first = this.parseUnary();
    this.skipSpace();
    if (this.code() !== 44 || this.commaSeparatesArguments) return first;
    const items = [first];
    while (this.code() === 44) {
      this.pos++;
      this.skipNewlines();
      const item = this.parseUnary();
      if (item.kind === "error" && item.start === item.end) {
        this.problem(this.pos, this.pos + 1, "expected a value after ','");
        break;
      }
      items.push(item);
      this.skipSpace();
    }
    return { kind: "array", items, start: first.start, end: items[items.length - 1].end };
  }
  parseUnary() {
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (!this.enter(start)) {
      this.recover();
      return { kind: "error", start, end: this.pos };
    }
    try {
      if (c === 44) {
        this.pos++;
        this.skipNewlines();
        const operand = this.parseUnary();
        return { kind: "unary", operator: ",", operand, start, end: operand.end };
      }
      if (c === 33) {
        this.pos++;
        this.skipNewlines();
        const operand = this.parseUnary();
        return { kind: "unary", operator: "!", operand, start, end: operand.end };
      }
      if (c === 43 && next === 43 || isDash(c) && isDash(next)) {
        this.pos += 2;
        const operand = this.parseUnary();
        return { kind: "unary", operator: c === 43 ? "++" : "--", operand, start, end: operand.end };
      }
      if (isDash(c) && isIdentifierStart(next)) {
        const word = this.identifierAt(this.pos + 1).toLowerCase();
        if (UNARY_OPERATORS.has(word)) {
          this.pos += 1 + word.length;
          this.skipNewlines();
          const operand = this.parseUnary();
          return { kind: "unary", operator: word, operand, start, end: operand.end };
        }
        this.problem(start, this.tokenEnd(start), `unexpected '${this.text.slice(start, this.tokenEnd(start))}' where a value belongs`);
        return { kind: "error", start, end: start };
      }
      if ((isDash(c) || c === 43) && !isDigit(next) && next !== 46) {
        this.pos++;
        this.skipNewlines();
        const operand = this.parseUnary();
        return { kind: "unary", operator: isDash(c) ? "-" : "+", operand, start, end: operand.end };
      }
      if (c === 91) {
        const save = this.pos;
        const literal = this.parseTypeLiteral();
        if (literal) {
          if (this.code() === 58 && this.code(this.pos + 1) === 58 || this.code() === 46 && isIdentifierStart(this.code(this.pos + 1))) {
            return this.parsePostfix({ kind: "type", name: literal.name, start, end: this.pos }, false);
          }
          const afterType = this.pos;
          this.skipSpace();
          if (this.startsOperand()) {
            const operand = this.parseUnary();
            if (literal.attribute) return operand;
            return { kind: "cast", type: literal.name, operand, start, end: operand.end };
          }
          this.pos = afterType;
          return this.parsePostfix({ kind: "type", name: literal.name, start, end: this.pos }, false);
        }
        this.pos = save;
      }
      return this.parsePostfix(this.parsePrimary(), false);
    } finally {
      this.leave();
    }
  }
  /** Whether a value (an operand of a cast) starts here. */
  startsOperand() {
    const c = this.code();
    if (c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125 || c === 93 || c === 44 || c === 124 || c === 61) return false;
    if (isDash(c)) {
      const word = this.identifierAt(this.pos + 1).toLowerCase();
      if (word && !UNARY_OPERATORS.has(word)) return false;
    }
    if (c === 46 && this.code(this.pos + 1) === 46) return false;
    if ((c === 43 || c === 42 || c === 47 || c === 37) && !isDigit(this.code(this.pos + 1))) return false;
    return true;
  }
  /**
   * `[type]`, `[type[]]`, `[Generic[type]]`, or an attribute `[Name(args)]`, on the `[`.
   * Undefined (position unchanged) when what follows is not a type name.
   */
  parseTypeLiteral() {
    const start = this.pos;
    this.pos++;
    this.skipSpace();
    const nameStart = this.pos;
    while (isIdentifierFollow(this.code()) || this.code() === 46 || this.code() === 96 || this.code() === 43) this.pos++;
    if (this.pos === nameStart) {
      this.pos = start;
      return void 0;
    }
    let name = this.text.slice(nameStart, this.pos);
    let attribute = false;
    this.skipSpace();
    if (this.code() === 91) {
      const bracketStart = this.pos;
      let depth = 0;
      do {
        const c = this.code();
        if (c === EOF || isNewline(c)) break;
        if (c === 91) depth++;
        else if (c === 93) depth--;
        this.pos++;
      } while (depth > 0);
      name += this.text.slice(bracketStart, this.pos);
      this.skipSpace();
    }
    if (this.code() === 44) {
      while (this.pos < this.text.length && this.code() !== 93 && !isNewline(this.code())) this.pos++;
    }
    if (this.code() === 40) {
      attribute = true;
      const open = this.pos;
      this.pos++;
      if (!this.enter(open)) {
        this.pos = open;
        this.skipGroup();
      } else {
        for (; ; ) {
          this.skipNewlines();
          const c = this.code();
          if (c === EOF || c === 41) break;
          const argStart = this.pos;
          const word = this.identifierAt(this.pos);
          if (word) {
            let i = this.pos + word.length;
            while (isWhitespace(this.code(i))) i++;
            if (this.code(i) === 61 || this.code(i) === 44 || this.code(i) === 41 || isNewline(this.code(i))) {
              this.pos = i;
              if (this.code() === 61) {
                this.pos++;
                this.skipNewlines();
                this.parseUnary();
              }
            } else {
              this.parseUnary();
            }
          } else {
            this.parseUnary();
          }
          this.skipNewlines();
          if (this.code() === 44) this.pos++;
          else if (this.code() !== 41) {
            this.problem(this.pos, this.tokenEnd(this.pos), "expected ',' or ')' in the attribute's arguments");
            this.recover();
            if (this.code() === 44) this.pos++;
          }
          if (this.pos === argStart) this.pos++;
        }
        this.leave();
        this.expectChar(41, "')'", open);
      }
      this.skipSpace();
    }
    if (this.code() !== 93) {
      this.problem(start, start + 1, "missing ']' to close this type or attribute");
      this.recover();
      return { name, attribute };
    }
    this.pos++;
    return { name, attribute };
  }
  /** A value in expression mode. */
  parsePrimary() {
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (c === 36) {
      if (next === 40) return this.parseSubexpression();
      return this.parseVariableExpression(false);
    }
    if (c === 64) {
      if (next === 40) {
        this.pos += 2;
        const body = this.parseStatementsIn(start, 41);
        return { kind: "arraySub", body, start, end: this.pos };
      }
      if (next === 123) {
        this.pos += 2;
        const entries = this.parseHashBody(start + 1);
        return { kind: "hashtable", entries, start, end: this.pos };
      }
      if (isSingleQuote(next) || isDoubleQuote(next)) return this.scanHereString();
      if (isVariableStart(next)) return this.parseVariableExpression(true);
    }
    if (isSingleQuote(c)) {
      const literal = this.scanSingleQuoted();
      return { kind: "string", value: literal.value, quote: "single", start, end: this.pos };
    }
    if (isDoubleQuote(c)) {
      const expandable = this.scanDoubleQuoted();
      return this.expandableOrString(expandable.parts, "double", start);
    }
    if (c === 40) {
      this.pos++;
      if (!this.enter(start)) {
        this.pos = start;
        this.skipGroup();
        return { kind: "error", start, end: this.pos };
      }
      this.skipNewlines();
      const body = this.code() === 41 ? void 0 : this.parseStatement();
      this.leave();
      this.closeParenthesis(start);
      return { kind: "paren", body, start, end: this.pos };
    }
    if (c === 123) {
      this.pos++;
      const wasConfiguration = this.inConfiguration;
      this.inConfiguration = false;
      const body = this.parseScriptBlockBody(start);
      this.inConfiguration = wasConfiguration;
      return { kind: "scriptblock", body, start, end: this.pos };
    }
    if (isDigit(c) || c === 46 && isDigit(next) || (isDash(c) || c === 43) && (isDigit(next) || next === 46)) {
      const number = this.scanNumber(false);
      if (number) return number;
      const end2 = this.tokenEnd(start);
      this.problem(start, end2, `'${this.text.slice(start, end2)}' is not a number`);
      this.pos = end2;
      return { kind: "error", start, end: end2 };
    }
    if (c === EOF || isNewline(c) || c === 59 || c === 41 || c === 125 || c === 93 || c === 44 || c === 124) {
      return { kind: "error", start, end: start };
    }
    const end = this.tokenEnd(start);
    this.problem(start, end, `unexpected '${this.text.slice(start, end)}' where a value belongs`);
    this.pos = end;
    return { kind: "error", start, end };
  }
  expandableOrString(parts, quote, start) {
    if (parts.every((part) => typeof part === "string")) {
      return { kind: "expandable", parts: [parts.join("")], quote, start, end: this.pos };
    }
    return { kind: "expandable", parts, quote, start, end: this.pos };
  }
  /** Member access, method calls and indexing written right after a value (`$x.Name`, `$x.Add(1)`, `$a[0]`, `$x.Where{...}`). */
  parsePostfix(value, argumentMode) {
    let result = value;
    for (; ; ) {
      const c = this.code();
      const next = this.code(this.pos + 1);
      if (c === 46 && next !== 46 || c === 58 && next === 58 || c === 63 && next === 46) {
        const isStatic = c === 58;
        const memberAt = this.pos + (c === 46 ? 1 : 2);
        const m = this.code(memberAt);
        if (!(isIdentifierStart(m) || m === 36 || isSingleQuote(m) || isDoubleQuote(m) || m === 40 || isDigit(m))) return result;
        this.pos = memberAt;
        let member;
        if (m === 36 || isSingleQuote(m) || isDoubleQuote(m) || m === 40) member = this.parsePrimary();
        else {
          const nameStart = this.pos;
          while (isIdentifierFollow(this.code())) this.pos++;
          member = { kind: "string", value: this.text.slice(nameStart, this.pos), quote: "bare", start: nameStart, end: this.pos };
        }
        if (this.code() === 40) {
          const args = this.parseMethodArguments();
          result = { kind: "invoke", object: result, member, static: isStatic, args, start: result.start, end: this.pos };
        } else if (this.code() === 123) {
          const blockStart = this.pos;
          this.pos++;
          const body = this.parseScriptBlockBody(blockStart);
          const block = { kind: "scriptblock", body, start: blockStart, end: this.pos };
          result = { kind: "invoke", object: result, member, static: isStatic, args: [block], start: result.start, end: this.pos };
        } else {
          result = { kind: "member", object: result, member, static: isStatic, start: result.start, end: this.pos };
        }
        continue;
      }
      if (c === 91) {
        const open = this.pos;
        this.pos++;
        if (!this.enter(open)) {
          this.pos = open;
          this.skipGroup();
          return { kind: "error", start: result.start, end: this.pos };
        }
        this.skipNewlines();
        const index = this.parseExpression();
        this.skipNewlines();
        this.leave();
        if (!this.expectChar(93, "']'", open)) this.recoverTo(93);
        result = { kind: "index", object: result, index, start: result.start, end: this.pos };
        continue;
      }
      if (!argumentMode && this.postfixIncrementAhead()) {
        this.skipSpace();
        const operator = this.code() === 43 ? "++" : "--";
        this.pos += 2;
        result = { kind: "postfix", operator, operand: result, start: result.start, end: this.pos };
        continue;
      }
      return result;
    }
  }
  /** `++` or `--` after a value (spaces allowed before), ending the expression. */
  postfixIncrementAhead() {
    let i = this.pos;
    while (isWhitespace(this.code(i))) i++;
    const c = this.code(i);
    const next = this.code(i + 1);
    return (c === 43 && next === 43 || isDash(c) && isDash(next)) && forcesNewTokenOrEnd(this.code(i + 2));
  }
  /** `( arg, arg, ... )` of a method call, on the `(`. */
  parseMethodArguments() {
    const open = this.pos;
    this.pos++;
    const args = [];
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return args;
    }
    for (; ; ) {
      this.skipNewlines();
      const c = this.code();
      if (c === EOF || c === 41) break;
      const before = this.pos;
      args.push(this.parseLogicalNoComma());
      this.skipNewlines();
      if (this.code() === 44) this.pos++;
      else if (this.code() !== 41) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected ',' or ')' in the method's arguments");
        this.recover();
        if (this.code() === 44) this.pos++;
      }
      if (this.pos === before) this.pos++;
    }
    this.leave();
    this.expectChar(41, "')'", open);
    return args;
  }
  /** An expression in which a comma separates arguments rather than building an array (method arguments). */
  parseLogicalNoComma() {
    const saved = this.commaSeparatesArguments;
    this.commaSeparatesArguments = true;
    try {
      return this.parseExpression();
    } finally {
      this.commaSeparatesArguments = saved;
    }
  }
  /** `$( statements )`, on the `$`. */
  parseSubexpression() {
    const start = this.pos;
    this.pos += 2;
    const body = this.parseStatementsIn(start, 41);
    return { kind: "subexpr", body, start, end: this.pos };
  }
  /** Statements up to the closing bracket of a group opened at `open`, and that bracket. */
  parseStatementsIn(open, close) {
    if (!this.enter(open)) {
      this.pos = open;
      if (this.code() === 36 || this.code() === 64) this.pos++;
      this.skipGroup();
      return [];
    }
    const body = this.parseStatements(close);
    this.leave();
    if (!this.expectChar(close, `'${String.fromCharCode(close)}'`, open)) this.recoverTo(close);
    return body;
  }
  /** Entries of `@{ ... }` or of a DSC resource, after the `{` at `open`, and the `}`. */
  parseHashBody(open) {
    const entries = [];
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return entries;
    }
    for (; ; ) {
      this.skipSeparators();
      const c = this.code();
      if (c === EOF || c === 125) break;
      const entryStart = this.pos;
      let key;
      if (isSingleQuote(c) || isDoubleQuote(c) || c === 36 || c === 40 || isDigit(c) || c === 64) {
        key = this.parseUnary();
      } else {
        const keyStart = this.pos;
        while (!forcesNewToken(this.code()) && !isNewline(this.code()) && this.code() !== 61) this.pos++;
        key = { kind: "string", value: this.text.slice(keyStart, this.pos), quote: "bare", start: keyStart, end: this.pos };
      }
      this.skipSpace();
      if (this.code() !== 61) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected '=' after the key in the hashtable");
        this.recover();
        if (this.pos === entryStart) this.pos++;
        continue;
      }
      this.pos++;
      this.skipNewlines();
      const value = this.atStatementEnd() ? void 0 : this.parseStatement();
      if (!value) this.problem(this.pos, this.pos + 1, "expected a value after the = in the hashtable");
      entries.push({ key, value, start: entryStart, end: this.pos });
      this.skipSpace();
      const after = this.code();
      if (!(after === EOF || isNewline(after) || after === 59 || after === 125)) {
        this.problem(this.pos, this.tokenEnd(this.pos), `unexpected '${this.text.slice(this.pos, this.tokenEnd(this.pos))}' in the hashtable`);
        this.recover();
      }
    }
    this.leave();
    this.expectChar(125, "'}'", open);
    return entries;
  }
  // ------------------------------------------------------------------ variables, numbers, strings
  /** The end of the variable token at `i` (on the `$` or `@`), or undefined when none starts there. */
  variableEnd(i) {
    let j = i + 1;
    const c = this.code(j);
    if (c === 123) {
      for (j++; j < this.text.length; j++) {
        const d = this.code(j);
        if (d === 96) j++;
        else if (d === 125) return j + 1;
      }
      return void 0;
    }
    if (!isVariableStart(c)) return void 0;
    if (c === 36 || c === 63 || c === 94) return j + 1;
    for (; ; ) {
      const d = this.code(j);
      if (isVariableFollow(d)) j++;
      else if (d === 58 && this.code(j + 1) !== 58) j++;
      else return j;
    }
  }
  /** `$name`, `${name}`, `$scope:name`, or the splat `@name`, on the sigil. */
  parseVariableExpression(splat) {
    const start = this.pos;
    const end = this.variableEnd(start);
    if (end === void 0) {
      this.pos++;
      if (this.code(start + 1) === 123) {
        this.problem(start, this.text.length, "the variable name opened by '${' is not closed by '}'");
        this.pos = this.text.length;
      } else {
        this.problem(start, start + 1, `'${this.text[start]}' is not followed by a variable name`);
      }
      return { kind: "error", start, end: this.pos };
    }
    this.pos = end;
    let path2;
    if (this.code(start + 1) === 123) {
      path2 = "";
      for (let i = start + 2; i < end - 1; i++) {
        const c = this.code(i);
        if (c === 96) {
          i++;
          path2 += backtickEscape(this.code(i));
        } else path2 += this.text[i];
      }
    } else {
      path2 = this.text.slice(start + 1, end);
    }
    return variableFromPath(path2, splat, start, end, (message) => this.problem(start, end, message));
  }
  /**
   * A number at the current position: decimal, `0x` hexadecimal, `0b` binary, real, with a type
   * suffix (`l`, `d`, `u`...) and a multiplier (`kb`, `mb`, `gb`, `tb`, `pb`). In argument mode
   * the number must end at a character that ends a token (so `50000-50019` is a word); undefined
   * (position unchanged) when it is not a number.
   */
  scanNumber(argumentMode) {
    const start = this.pos;
    let i = start;
    let sign = 1;
    if (isDash(this.code(i))) {
      sign = -1;
      i++;
    } else if (this.code(i) === 43) i++;
    let value;
    const digitsStart = i;
    if (this.code(i) === 48 && (this.code(i + 1) === 120 || this.code(i + 1) === 88)) {
      i += 2;
      const hexStart = i;
      while (isHexDigit(this.code(i))) i++;
      if (i === hexStart) return void 0;
      const digits = this.text.slice(hexStart, i);
      value = hexValue(digits);
    } else if (this.code(i) === 48 && (this.code(i + 1) === 98 || this.code(i + 1) === 66) && (this.code(i + 2) === 48 || this.code(i + 2) === 49)) {
      i += 2;
      const binStart = i;
      while (this.code(i) === 48 || this.code(i) === 49) i++;
      value = parseInt(this.text.slice(binStart, i), 2);
    } else {
      while (isDigit(this.code(i))) i++;
      if (this.code(i) === 46 && this.code(i + 1) !== 46) {
        const dot = i;
        i++;
        while (isDigit(this.code(i))) i++;
        if (i === dot + 1 && dot === digitsStart) return void 0;
      }
      if (i === digitsStart) return void 0;
      if (this.code(i) === 101 || this.code(i) === 69) {
        let j = i + 1;
        if (this.code(j) === 43 || isDash(this.code(j))) j++;
        const expStart = j;
        while (isDigit(this.code(j))) j++;
        if (j === expStart) return void 0;
        i = j;
      }
      value = Number(this.text.slice(digitsStart, i).replace(/[–—―]/g, "-"));
    }
    const suffix = this.code(i) | 32;
    if (suffix === 100 || suffix === 108 || suffix === 110 || suffix === 115 || suffix === 117 || suffix === 121) {
      i++;
      if (suffix === 117) {
        const second = this.code(i) | 32;
        if (second === 108 || second === 115 || second === 121) i++;
      }
    }
    const multiplier = MULTIPLIERS.get(this.code(i) | 32);
    if (multiplier !== void 0) {
      if ((this.code(i + 1) | 32) !== 98) return void 0;
      value *= multiplier;
      i += 2;
    }
    const after = this.code(i);
    if (!(forcesNewToken(after) || isNewline(after) || !argumentMode && endsNumber(after))) return void 0;
    if (!Number.isFinite(value)) return void 0;
    this.pos = i;
    return { kind: "number", value: sign * value, start, end: i };
  }
  numberEnd(i, argumentMode) {
    const save = this.pos;
    this.pos = i;
    const number = this.scanNumber(argumentMode);
    this.pos = save;
    return number?.end;
  }
  /** `'...'` at the current position; `''` is one quote. */
  scanSingleQuoted() {
    const start = this.pos;
    this.pos++;
    let value = "";
    for (; ; ) {
      const c = this.code();
      if (c === EOF) {
        this.problem(start, start + 1, "the string is missing its closing quote");
        return { value };
      }
      if (isSingleQuote(c)) {
        if (isSingleQuote(this.code(this.pos + 1))) {
          value += this.text[this.pos + 1];
          this.pos += 2;
          continue;
        }
        this.pos++;
        return { value };
      }
      const run = this.pos;
      while (this.pos < this.text.length && !isSingleQuote(this.code())) this.pos++;
      value += this.text.slice(run, this.pos);
    }
  }
  /** `"..."` at the current position: backtick escapes, `""` is one quote, `$x` and `$(...)` expand. */
  scanDoubleQuoted() {
    const start = this.pos;
    this.pos++;
    const parts = new StringParts();
    if (!this.enter(start)) {
      this.pos = start;
      this.skipQuoted(this.code());
      return { parts: [] };
    }
    try {
      for (; ; ) {
        const c = this.code();
        if (c === EOF) {
          this.problem(start, start + 1, "the string is missing its closing quote");
          break;
        }
        if (isDoubleQuote(c)) {
          if (isDoubleQuote(this.code(this.pos + 1))) {
            parts.text(this.text[this.pos + 1]);
            this.pos += 2;
            continue;
          }
          this.pos++;
          break;
        }
        if (c === 96) {
          const next = this.code(this.pos + 1);
          if (next === EOF) {
            this.pos++;
            continue;
          }
          if (next === 117 && this.code(this.pos + 2) === 123) {
            const close = this.text.indexOf("}", this.pos + 3);
            const hex = close > 0 ? this.text.slice(this.pos + 3, close) : "";
            if (/^[0-9a-fA-F]{1,6}$/.test(hex) && parseInt(hex, 16) <= 1114111) {
              parts.text(String.fromCodePoint(parseInt(hex, 16)));
              this.pos = close + 1;
              continue;
            }
          }
          parts.text(backtickEscape(next));
          this.pos += 2;
          continue;
        }
        if (c === 36 && this.embedDollar(parts)) continue;
        parts.text(this.text[this.pos]);
        this.pos++;
      }
    } finally {
      this.leave();
    }
    return { parts: parts.done() };
  }
  /**
   * `$name`, `${name}` or `$( ... )` inside an expandable string or bare word, at the `$`;
   * undefined (position unchanged) when the `$` stands for itself.
   */
  scanDollarInString() {
    const start = this.pos;
    const next = this.code(this.pos + 1);
    if (next === 40) return this.parseSubexpression();
    if (next === 123) return this.parseVariableExpression(false);
    if (!isVariableStart(next)) return void 0;
    let end = this.pos + 1;
    if (next === 36 || next === 63 || next === 94) end++;
    else {
      for (; ; ) {
        const d = this.code(end);
        if (isVariableFollow(d)) end++;
        else if (d === 58 && this.code(end + 1) !== 58) end++;
        else break;
      }
    }
    this.pos = end;
    return variableFromPath(this.text.slice(start + 1, end), false, start, end, (message) => this.problem(start, end, message));
  }
  /** `@'...'@` or `@"..."@` at the `@`: the lines between the header line and a line beginning with the footer. */
  scanHereString() {
    const start = this.pos;
    const double = isDoubleQuote(this.code(this.pos + 1));
    this.pos += 2;
    while (isWhitespace(this.code())) this.pos++;
    if (!isNewline(this.code())) {
      this.problem(this.pos, this.tokenEnd(this.pos), `a here-string must end its first line after @' or @"`);
      this.recover();
      return { kind: "error", start, end: this.pos };
    }
    this.pos += this.code() === 13 && this.code(this.pos + 1) === 10 ? 2 : 1;
    const contentStart = this.pos;
    let contentEnd = -1;
    let footerEnd = -1;
    for (let lineStart = contentStart; lineStart <= this.text.length; ) {
      const q = this.code(lineStart);
      if ((double ? isDoubleQuote(q) : isSingleQuote(q)) && this.code(lineStart + 1) === 64) {
        contentEnd = lineStart === contentStart ? contentStart : lineStart - (this.code(lineStart - 1) === 10 && this.code(lineStart - 2) === 13 ? 2 : 1);
        footerEnd = lineStart + 2;
        break;
      }
      let i = lineStart;
      while (i < this.text.length && !isNewline(this.code(i))) i++;
      if (i >= this.text.length) break;
      lineStart = i + (this.code(i) === 13 && this.code(i + 1) === 10 ? 2 : 1);
    }
    if (footerEnd < 0) {
      this.problem(start, start + 2, `the here-string is missing its closing ${double ? '"@' : "'@"} at the start of a line`);
      this.pos = this.text.length;
      return double ? { kind: "expandable", parts: [this.text.slice(contentStart)], quote: "here-double", start, end: this.pos } : { kind: "string", value: this.text.slice(contentStart), quote: "here-single", start, end: this.pos };
    }
    if (!double) {
      this.pos = footerEnd;
      return { kind: "string", value: this.text.slice(contentStart, Math.max(contentStart, contentEnd)), quote: "here-single", start, end: footerEnd };
    }
    const parts = this.scanHereContent(contentStart, Math.max(contentStart, contentEnd));
    this.pos = footerEnd;
    return { kind: "expandable", parts, quote: "here-double", start, end: footerEnd };
  }
  scanHereContent(from, to) {
    const parts = new StringParts();
    this.pos = from;
    while (this.pos < to) {
      const c = this.code();
      if (c === 96 && this.pos + 1 < to) {
        parts.text(backtickEscape(this.code(this.pos + 1)));
        this.pos += 2;
        continue;
      }
      if (c === 36 && this.embedDollar(parts)) continue;
      parts.text(this.text[this.pos]);
      this.pos++;
    }
    const done = parts.done();
    return done.length ? done : [""];
  }
};
var StringParts = class {
  parts = [];
  literal = "";
  text(piece) {
    this.literal += piece;
  }
  expression(expression) {
    if (this.literal) this.parts.push(this.literal);
    this.literal = "";
    this.parts.push(expression);
  }
  done() {
    if (this.literal) this.parts.push(this.literal);
    this.literal = "";
    return this.parts;
  }
};
function forcesNewTokenOrEnd(c) {
  return forcesNewToken(c) || isNewline(c) || c === 46 || c === 91 || c === 93;
}
var MULTIPLIERS = /* @__PURE__ */ new Map([
  [107, 1024],
  [109, 1024 ** 2],
  [103, 1024 ** 3],
  [116, 1024 ** 4],
  [112, 1024 ** 5]
]);
function hexValue(digits) {
  const trimmed = digits.replace(/^0+(?=.)/, "");
  if (trimmed.length <= 8) return parseInt(trimmed, 16) | 0;
  if (trimmed.length <= 16) return Number(BigInt.asIntN(64, BigInt(`0x${trimmed}`)));
  return parseInt(trimmed, 16);
}
var SCOPES = /* @__PURE__ */ new Set(["global", "local", "private", "script", "using", "workflow", "env", "variable", "function", "alias"]);
function variableFromPath(path2, splat, start, end, report) {
  const colon = path2.indexOf(":");
  if (colon < 0) return { kind: "variable", name: path2, scope: "", splat, start, end };
  const scope = path2.slice(0, colon);
  const name = path2.slice(colon + 1);
  if (!name) {
    report(`'$${path2}' is not a variable: the ':' is not followed by a name (write \${${scope}}: to end the name before the colon)`);
    return { kind: "error", start, end };
  }
  return { kind: "variable", name, scope: SCOPES.has(scope.toLowerCase()) ? scope.toLowerCase() : scope, splat, start, end };
}

// src/languages/powershell/index.ts
var POWERSHELL_MAX_LENGTH = 16 * 1024 * 1024;
function readPowerShell(text, file, options = {}) {
  const positions = new Positions(file, text);
  const maxLength = options.maxLength ?? POWERSHELL_MAX_LENGTH;
  if (text.length > maxLength) {
    return {
      invocations: [],
      resources: [],
      assignments: [],
      diagnostics: [positions.diagnostic(0, 0, "powershell/too-large", `PowerShell text of ${thousands(text.length)} characters is over the bound of ${thousands(maxLength)}; not read`)]
    };
  }
  const { body, problems, comments } = parsePowerShell(text, options.maxNesting ?? MAX_NESTING);
  const evaluator = new Evaluator(text, positions, options);
  evaluator.run(body);
  const diagnostics = problems.map((problem) => positions.diagnostic(problem.start, problem.end, problem.code, problem.message));
  diagnostics.push(...evaluator.diagnostics);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...evaluator.result(), diagnostics, comments };
}

// src/formats/powershell/parameters.ts
function recordLoc(invocation) {
  for (let i = invocation.loops.length - 1; i >= 0; i--) {
    const loop = invocation.loops[i];
    if (loop.index !== void 0 && loop.item.kind !== "null" && loop.item.kind !== "unknown") return loop.item.loc;
  }
  return invocation.loc;
}
function bindParameters(invocation, known, positional) {
  const bound = /* @__PURE__ */ new Map();
  for (const parameter of invocation.parameters) {
    const name = canonicalParameter(parameter.name.toLowerCase(), known);
    if (!bound.has(name)) bound.set(name, parameter);
  }
  const free = positional.filter((name) => !bound.has(name));
  invocation.arguments.forEach((value, i) => {
    const name = free[i];
    if (name !== void 0) bound.set(name, { name, value, loc: value.loc });
  });
  return bound;
}
function canonicalParameter(written, known) {
  if (written in known) return written;
  for (const [name, aliases] of Object.entries(known)) if (aliases.includes(written)) return name;
  const matches = Object.keys(known).filter((name) => name.startsWith(written) || known[name].some((alias) => alias.startsWith(written)));
  return matches.length === 1 ? matches[0] : written;
}
function scalarText(value) {
  return toText(value) ?? "";
}

// src/formats/powershell/dns.ts
var DEFAULT_TTL = 3600;
var GENERIC_TYPES = {
  a: { type: "A", data: ["ipv4address"] },
  aaaa: { type: "AAAA", data: ["ipv6address"] },
  cname: { type: "CNAME", data: ["hostnamealias"] },
  mx: { type: "MX", data: ["preference", "mailexchange"] },
  ns: { type: "NS", data: ["nameserver"] },
  ptr: { type: "PTR", data: ["ptrdomainname"] },
  srv: { type: "SRV", data: ["priority", "weight", "port", "domainname"] },
  txt: { type: "TXT", data: ["descriptivetext"] },
  dname: { type: "DNAME", data: ["domainnamealias"] }
};
var TYPED_CMDLETS = {
  "add-dnsserverresourcerecorda": { type: "A", data: ["ipv4address"], positional: "ipv4address" },
  "add-dnsserverresourcerecordaaaa": { type: "AAAA", data: ["ipv6address"], positional: "ipv6address" },
  "add-dnsserverresourcerecordcname": { type: "CNAME", data: ["hostnamealias"] },
  "add-dnsserverresourcerecordmx": { type: "MX", data: ["preference", "mailexchange"] },
  "add-dnsserverresourcerecordptr": { type: "PTR", data: ["ptrdomainname"] }
};
var RECORD_PARAMETERS = {
  zonename: ["forwardlookupzone"],
  name: ["devicename"],
  ipv4address: ["ipaddress"],
  ipv6address: ["ipaddress"],
  hostnamealias: [],
  mailexchange: [],
  preference: [],
  ptrdomainname: [],
  nameserver: [],
  domainname: [],
  priority: [],
  weight: [],
  port: [],
  descriptivetext: [],
  domainnamealias: [],
  timetolive: [],
  zonescope: [],
  computername: ["cn", "forwardlookupprimaryserver"],
  virtualizationinstance: [],
  allowupdateany: [],
  agerecord: [],
  createptr: [],
  cimsession: ["session"],
  throttlelimit: [],
  asjob: [],
  passthru: [],
  whatif: ["wi"],
  confirm: ["cf"],
  ...Object.fromEntries(Object.keys(GENERIC_TYPES).map((type) => [type, []]))
};
var ZONE_PARAMETERS = {
  name: ["zonename"],
  replicationscope: [],
  directorypartitionname: [],
  zonefile: [],
  dynamicupdate: [],
  computername: ["cn"],
  responsibleperson: [],
  loadexisting: [],
  cimsession: ["session"],
  passthru: [],
  whatif: ["wi"],
  confirm: ["cf"]
};
var WindowsDnsZones = class {
  constructor(format) {
    this.format = format;
  }
  format;
  notes = [];
  zones = /* @__PURE__ */ new Map();
  /** Reads one PowerShell command: a record or zone it creates, if it is one of the DnsServer cmdlets read. */
  command(file, invocation) {
    const name = invocation.normalizedName;
    if (name === "add-dnsserverprimaryzone") return this.primaryZone(file, invocation);
    const shape = TYPED_CMDLETS[name];
    if (shape) return this.record(file, invocation, shape);
    if (name !== "add-dnsserverresourcerecord") return;
    const bound = bindParameters(invocation, RECORD_PARAMETERS, ["zonename", "name"]);
    const switches = Object.keys(GENERIC_TYPES).filter((type) => isOn(bound.get(type)?.value));
    if (switches.length !== 1) return;
    this.record(file, invocation, GENERIC_TYPES[switches[0]], bound);
  }
  /** Reads one native command line: `dnscmd [server] /recordadd <zone> <node> [/aging] [/openacl] [ttl] <type> <data>` or `/zoneadd`. */
  native(file, invocation) {
    if (invocation.program !== "dnscmd") return;
    const args = invocation.arguments;
    const at = args.findIndex((arg) => arg.value.kind === "string" && /^[/-](recordadd|zoneadd)$/i.test(arg.value.value));
    if (at < 0) return;
    const command = args[at].value.value.slice(1).toLowerCase();
    if (command === "zoneadd") return this.dnscmdZone(file, invocation, args.slice(at + 1));
    this.dnscmdRecord(file, invocation, args.slice(at + 1));
  }
  /** The zones built, each viewed as described in `viewOf`. */
  finish() {
    return [...this.zones.values()].map((entry) => {
      const [view, viewSource] = viewOf(entry);
      entry.builder.zone.view = view;
      entry.builder.zone.viewSource = viewSource;
      return entry.builder.finish();
    });
  }
  // ------------------------------------------------------------------ PowerShell
  primaryZone(file, invocation) {
    const bound = bindParameters(invocation, ZONE_PARAMETERS, ["name"]);
    const name = bound.get("name")?.value;
    if (name?.kind !== "string") return;
    const adIntegrated = bound.has("replicationscope") || bound.has("directorypartitionname");
    this.declare(file, name.value, void 0, invocation.loc, adIntegrated);
  }
  record(file, invocation, shape, given) {
    const bound = given ?? bindParameters(invocation, RECORD_PARAMETERS, shape.positional ? ["zonename", "name", shape.positional] : ["zonename", "name"]);
    const loc = recordLoc(invocation);
    const zoneValue = bound.get("zonename")?.value;
    const nameValue = bound.get("name")?.value;
    const scope = bound.get("zonescope")?.value;
    const parts = [["zone", zoneValue], ["name", nameValue], ["zone scope", scope]];
    for (const [part, value] of parts) {
      if (value?.kind === "unknown") return this.note(value, shape.type, part, loc);
    }
    if (zoneValue?.kind !== "string" || nameValue === void 0) return;
    const zone = this.zoneFor(file, zoneValue.value, scope?.kind === "string" ? scope.value : void 0, loc);
    const written = nameValue.kind === "string" ? nameValue.value : nameValue.kind === "number" ? String(nameValue.value) : void 0;
    if (written === void 0) return;
    const owner = ownerOf(written, zone);
    if (owner === void 0) return;
    const ttl = ttlOf(bound.get("timetolive")?.value);
    const values = shape.data.map((parameter) => bound.get(parameter));
    const several = values.findIndex((parameter) => parameter?.value.kind === "list");
    const variants = [];
    if (several >= 0) {
      const list2 = values[several].value;
      for (const item of list2.items) {
        const copy = values.map((parameter) => parameter?.value);
        copy[several] = item;
        variants.push({ values: copy, loc: list2.items.length > 1 ? item.loc : loc });
      }
    } else {
      variants.push({ values: values.map((parameter) => parameter?.value), loc });
    }
    for (const variant of variants) {
      const unknown = variant.values.find((value) => value?.kind === "unknown");
      if (unknown) {
        this.note(unknown, shape.type, "data", variant.loc);
        zone.builder.addUnread(owner);
        continue;
      }
      const missing = shape.data.filter((_, i) => variant.values[i] === void 0);
      if (missing.length > 0) {
        zone.builder.addUnreadable(owner, shape.type, "", `has no ${missing.map((p) => `-${parameterTitle(p)}`).join(", ")}`, variant.loc);
        continue;
      }
      const texts = variant.values.map((value) => scalarText(value));
      this.addData(zone, owner, shape.type, ttl, texts, variant.loc, variant.values.map((value) => value.loc));
    }
  }
  // ------------------------------------------------------------------ dnscmd
  dnscmdZone(file, invocation, rest) {
    const zone = rest[0]?.value;
    if (zone?.kind !== "string" || zone.value.startsWith("/")) return;
    const adIntegrated = rest.some((arg) => arg.value.kind === "string" && arg.value.value.toLowerCase() === "/dsprimary");
    this.declare(file, zone.value, void 0, invocation.loc, adIntegrated);
  }
  dnscmdRecord(file, invocation, rest) {
    const loc = recordLoc(invocation);
    const [zoneArg, nodeArg] = rest;
    for (const [part, arg] of [["zone", zoneArg], ["name", nodeArg]]) {
      if (arg?.value.kind === "unknown") return this.note(arg.value, "DNS", part, loc);
    }
    if (zoneArg?.value.kind !== "string" || nodeArg?.value.kind !== "string") return;
    const zone = this.zoneFor(file, zoneArg.value.value, void 0, loc);
    const owner = ownerOf(nodeArg.value.value, zone);
    if (owner === void 0) return;
    let i = 2;
    while (i < rest.length && rest[i].value.kind === "string" && /^[/-]/.test(rest[i].value.value)) i++;
    let ttl = DEFAULT_TTL;
    const ttlText = rest[i]?.value.kind === "string" ? rest[i].value.value : void 0;
    if (ttlText !== void 0 && /^\d+$/.test(ttlText)) {
      ttl = Number(ttlText);
      i++;
    }
    const typeArg = rest[i];
    if (typeArg?.value.kind === "unknown") return this.note(typeArg.value, "DNS", "type", loc);
    if (typeArg?.value.kind !== "string") {
      zone.builder.addUnreadable(owner, "DNS", "", "has no record type after its name", loc);
      return;
    }
    const type = typeArg.value.value.toUpperCase();
    const data = rest.slice(i + 1);
    const unknown = data.find((arg) => arg.value.kind === "unknown");
    if (unknown) {
      this.note(unknown.value, type, "data", loc);
      zone.builder.addUnread(owner);
      return;
    }
    if (type === "SOA" || !isModelledType(type)) {
      zone.builder.addUnread(owner);
      return;
    }
    const texts = data.map((arg) => arg.value.value);
    this.addData(zone, owner, type, ttl, texts, loc, data.length > 0 ? data.map((arg) => arg.loc) : [typeArg.loc]);
  }
  // ------------------------------------------------------------------ shared
  /**
   * Adds one record from the texts of its data fields (`fieldLocs` where each is written), or keeps
   * it as unreadable with what is wrong, at the field at fault or at all of them.
   */
  addData(zone, owner, type, ttl, texts, loc, fieldLocs) {
    if (type === "TXT") {
      zone.builder.add(owner, type, ttl, { strings: texts }, loc);
      return;
    }
    const read = dataFromFields(type, texts);
    if ("data" in read) {
      zone.builder.add(owner, type, ttl, read.data, loc);
      return;
    }
    const valueLoc2 = read.field !== void 0 ? fieldLocs[read.field] : spanOf2([...fieldLocs].sort((a, b) => a.line - b.line || a.column - b.column));
    zone.builder.addUnreadable(owner, type, texts.join(" "), read.problem, loc, valueLoc2);
  }
  note(value, type, part, loc) {
    const what = type === "DNS" ? "this DNS record" : `this ${type} record`;
    this.notes.push({ format: this.format, loc, expression: value.expression, reason: `(${value.reason}): the ${part} of ${what} is not known` });
  }
  declare(file, written, scope, loc, adIntegrated) {
    const entry = this.zoneFor(file, written, scope, loc);
    entry.declared = true;
    if (adIntegrated) entry.adIntegrated = true;
  }
  zoneFor(file, written, scope, loc) {
    const origin = written.toLowerCase().replace(/\.+$/, "");
    const fileView = file.viewSource === "none" ? "" : file.view;
    const key = `${origin}\0${scope?.toLowerCase() ?? ""}\0${fileView}`;
    let entry = this.zones.get(key);
    if (entry === void 0) {
      const builder = new DnsZoneBuilder({ file: file.file, loc, origin: origin === "" ? "." : origin, view: file.view, viewSource: file.viewSource });
      entry = { builder, file, scope, declared: false, adIntegrated: false };
      this.zones.set(key, entry);
    }
    return entry;
  }
};
function viewOf(entry) {
  if (entry.file.viewSource !== "none" && entry.file.view !== "unknown") return [entry.file.view, entry.file.viewSource];
  if (entry.scope !== void 0) {
    const side = VIEW_WORDS[entry.scope.toLowerCase()];
    return side ? [side, "declared"] : ["unknown", "none"];
  }
  return ["internal", "declared"];
}
function ownerOf(written, zone) {
  const name = written === "." ? "@" : written;
  return recordOwner(name, zone.builder.zone.origin, "relative");
}
function isOn(value) {
  return value?.kind === "bool" && value.value;
}
var TITLES = {
  ipv4address: "IPv4Address",
  ipv6address: "IPv6Address",
  hostnamealias: "HostNameAlias",
  mailexchange: "MailExchange",
  ptrdomainname: "PtrDomainName",
  nameserver: "NameServer",
  domainname: "DomainName",
  descriptivetext: "DescriptiveText",
  domainnamealias: "DomainNameAlias"
};
function parameterTitle(name) {
  return TITLES[name] ?? name[0].toUpperCase() + name.slice(1);
}
var MODELLED_TYPES = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "MX", "NS", "PTR", "SRV", "TXT", "DNAME", "CAA", "NAPTR", "TLSA", "SVCB", "HTTPS", "SPF"]);
function isModelledType(type) {
  return MODELLED_TYPES.has(type);
}
function dataFromFields(type, fields) {
  if (type !== "NAPTR" && type !== "TXT" && type !== "SPF" && type !== "CAA") {
    const field = fields.findIndex((text) => text.trim() === "" || /\s/.test(text.trim()));
    if (field >= 0) return { problem: fields[field].trim() === "" ? "has an empty value" : `'${fields[field].trim()}' is not one value`, field };
  }
  const read = recordDataFromText(type, fields.map((field) => field.trim()).join(" "), ".");
  return "data" in read ? read : { problem: read.problem.message };
}
function ttlOf(value) {
  if (value === void 0) return DEFAULT_TTL;
  if (value.kind === "number") return Math.floor(value.value / 1e7);
  if (value.kind !== "string") return DEFAULT_TTL;
  const span = /^\s*(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.\d+)?)?\s*$/.exec(value.value);
  if (span) return Number(span[1] ?? 0) * 86400 + Number(span[2]) * 3600 + Number(span[3]) * 60 + Number(span[4] ?? 0);
  if (/^\s*\d+\s*$/.test(value.value)) return Number(value.value) * 86400;
  return DEFAULT_TTL;
}
function spanOf2(locs) {
  const first = locs[0];
  const last = locs[locs.length - 1];
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

// src/formats/powershell/firewall.ts
import path from "node:path";
var RULE_PARAMETERS = {
  displayname: [],
  name: ["id"],
  newdisplayname: [],
  direction: [],
  action: [],
  protocol: [],
  localport: [],
  remoteport: [],
  localaddress: [],
  remoteaddress: [],
  program: [],
  interfacetype: [],
  profile: [],
  enabled: [],
  service: [],
  package: [],
  interfacealias: [],
  localuser: [],
  remoteuser: [],
  remotemachine: [],
  authentication: [],
  encryption: [],
  displaygroup: [],
  group: [],
  description: [],
  icmptype: [],
  edgetraversalpolicy: [],
  policystore: [],
  gposession: [],
  inputobject: [],
  associatednetfirewallrule: [],
  cimsession: ["session"],
  throttlelimit: [],
  asjob: [],
  passthru: [],
  whatif: ["wi"],
  confirm: ["cf"]
};
var PROFILE_PARAMETERS = {
  name: ["profile"],
  all: [],
  defaultinboundaction: [],
  defaultoutboundaction: [],
  enabled: [],
  policystore: [],
  gposession: [],
  inputobject: [],
  cimsession: ["session"],
  throttlelimit: [],
  asjob: [],
  passthru: [],
  whatif: ["wi"],
  confirm: ["cf"]
};
var UNMODELLED_SCOPE = ["interfacealias", "localuser", "remoteuser", "remotemachine", "associatednetfirewallrule"];
var PORT_KEYWORDS = {
  rpc: "RPC",
  rpcepmap: "RPCEPMap",
  "rpc-epmap": "RPC-EPMap",
  iphttps: "IPHTTPS",
  iphttpsin: "IPHTTPSIn",
  iphttpsout: "IPHTTPSOut",
  teredo: "Teredo",
  playtodiscovery: "PlayToDiscovery",
  ply2disc: "Ply2Disc",
  mdns: "mDNS",
  dhcp: "DHCP",
  edgetraversal: "EdgeTraversal"
};
var ADDRESS_KEYWORDS = {
  localsubnet: "LocalSubnet",
  localsubnet4: "LocalSubnet4",
  localsubnet6: "LocalSubnet6",
  dns: "DNS",
  dns4: "DNS4",
  dns6: "DNS6",
  dhcp: "DHCP",
  dhcp4: "DHCP4",
  dhcp6: "DHCP6",
  wins: "WINS",
  wins4: "WINS4",
  wins6: "WINS6",
  defaultgateway: "DefaultGateway",
  defaultgateway4: "DefaultGateway4",
  defaultgateway6: "DefaultGateway6",
  internet: "Internet",
  intranet: "Intranet",
  intranetremoteaccess: "IntranetRemoteAccess",
  playtodevice: "PlayToDevice",
  captiveportaladdresses: "CaptivePortalAddresses"
};
var INTERFACE_TYPES = { any: "any", wired: "lan", lan: "lan", wireless: "wireless", remoteaccess: "remoteAccess", ras: "remoteAccess" };
var PROFILES = { any: "any", domain: "domain", private: "private", public: "public" };
var WindowsFirewall = class {
  constructor(format) {
    this.format = format;
  }
  format;
  notes = [];
  diagnostics = [];
  sets = /* @__PURE__ */ new Map();
  noted = /* @__PURE__ */ new Set();
  /** Reads one PowerShell command, if it is one of the NetSecurity cmdlets read. */
  command(file, invocation) {
    switch (invocation.normalizedName) {
      case "new-netfirewallrule":
        return this.newRule(file, invocation);
      case "set-netfirewallrule":
        return this.setRule(file, invocation);
      case "remove-netfirewallrule":
      case "enable-netfirewallrule":
      case "disable-netfirewallrule":
        return this.toggleRule(file, invocation);
      case "set-netfirewallprofile":
        return this.profile(file, invocation);
      default:
    }
  }
  /** Reads one native command line: `netsh advfirewall ...`. */
  native(file, invocation) {
    if (invocation.program !== "netsh") return;
    const words = invocation.operands.map((arg) => arg.value.kind === "string" ? arg.value.value.toLowerCase() : "");
    const at = words.indexOf("advfirewall");
    if (at < 0) return;
    const [context, verb, noun] = words.slice(at + 1);
    if (context === "firewall" && noun === "rule") {
      if (verb === "add") return this.netshAdd(file, invocation, invocation.operands.slice(at + 4));
      if (verb === "set") return this.netshSet(file, invocation);
      if (verb === "delete") return this.netshDelete(file, invocation);
      return;
    }
    if (context === "set" && verb !== void 0 && /^(allprofiles|domainprofile|privateprofile|publicprofile|currentprofile)$/.test(verb) && noun === "firewallpolicy") {
      this.netshPolicy(file, invocation, verb, invocation.operands.slice(at + 4));
    }
  }
  /** The rule sets built, one per file that holds a firewall command, rules numbered in order. */
  finish() {
    return [...this.sets.values()].map((entry) => {
      entry.rules.forEach((rule, index) => rule.index = index);
      const set = { file: entry.file.file, loc: entry.loc, name: path.posix.basename(entry.file.file), semantics: "windows", rules: entry.rules };
      if (entry.defaults.length > 0) set.defaultActions = entry.defaults;
      if (entry.unread.length > 0) set.unreadRules = entry.unread;
      return set;
    });
  }
  // ------------------------------------------------------------------ PowerShell
  newRule(file, invocation) {
    const set = this.setOf(file, invocation.loc);
    const bound = bindParameters(invocation, RULE_PARAMETERS, []);
    if (this.unknownSplat(file, invocation, set)) return;
    const fields = this.psFields(file, invocation, bound, set);
    if (fields === void 0) return;
    const rule = this.makeRule(invocation.loc, fields, bound.get("displayname") ?? bound.get("name"));
    if (!rule) return;
    const id = bound.get("name")?.value;
    if (id?.kind === "string") rule.id = id.value;
    set.rules.push(rule);
  }
  setRule(file, invocation) {
    const set = this.setOf(file, invocation.loc);
    const bound = bindParameters(invocation, RULE_PARAMETERS, ["name"]);
    const targets = this.targets(file, invocation, bound, set, "changes");
    if (targets === void 0) return;
    if (this.unknownSplat(file, invocation, set)) return;
    const fields = this.psFields(file, invocation, bound, set);
    if (fields === void 0) return;
    for (const rule of targets) {
      const changed = this.makeRule(rule.loc, { ...ruleFields(rule), ...fields }, void 0, rule.name);
      if (!changed) continue;
      if (rule.id !== void 0) changed.id = rule.id;
      const newName = bound.get("newdisplayname")?.value;
      if (newName?.kind === "string") changed.name = { value: newName.value, loc: newName.loc };
      set.rules[set.rules.indexOf(rule)] = changed;
    }
  }
  toggleRule(file, invocation) {
    const set = this.setOf(file, invocation.loc);
    const bound = bindParameters(invocation, RULE_PARAMETERS, ["name"]);
    const verb = invocation.normalizedName.split("-")[0];
    const targets = this.targets(file, invocation, bound, set, verb === "remove" ? "removes" : verb === "enable" ? "enables" : "disables");
    if (targets === void 0) return;
    for (const rule of targets) {
      if (verb === "remove") set.rules.splice(set.rules.indexOf(rule), 1);
      else rule.enabled = verb === "enable";
    }
  }
  /**
   * The rules of this file a Set-/Remove-/Enable-/Disable-NetFirewallRule names by `-Name` or
   * `-DisplayName`; a rule it does not create (a built-in rule, a group, a pipeline) is a note.
   */
  targets(file, invocation, bound, set, verb) {
    const by = bound.get("displayname") ?? bound.get("name");
    const names = by ? itemsOf(by.value) : void 0;
    const found = names && !("unknown" in names) ? this.named(set, names) : [];
    if (found.length > 0 || verb === "removes") return found;
    const group = bound.get("displaygroup") ?? bound.get("group");
    const first = names === void 0 ? group?.value.kind === "string" ? `-${parameterTitle2(group.name)} '${group.value.value}'` : "rules from its input" : "unknown" in names ? names.unknown.expression : `'${names.map((item) => item.text).join("', '")}'`;
    this.note(file, invocation.loc, invocation.name, `names firewall rules this script does not create (${first}, first at line ${invocation.loc.line}), so what it ${verb} is not known`);
    return void 0;
  }
  named(set, names) {
    const wanted = new Set(names.map((item) => item.text.toLowerCase()));
    return set.rules.filter((rule) => wanted.has(rule.name.value.toLowerCase()) || wanted.has(rule.id?.toLowerCase() ?? ""));
  }
  profile(file, invocation) {
    const bound = bindParameters(invocation, PROFILE_PARAMETERS, ["name"]);
    const inbound = bound.get("defaultinboundaction");
    const outbound = bound.get("defaultoutboundaction");
    if (!inbound && !outbound) return;
    const set = this.setOf(file, invocation.loc);
    const profileParameter = bound.get("name");
    let profiles = [{ value: "any", loc: invocation.loc }];
    if (profileParameter) {
      const items = itemsOf(profileParameter.value);
      if ("unknown" in items) return this.note(file, profileParameter.loc, items.unknown.expression, `(${items.unknown.reason}): the profiles whose default actions ${invocation.name} sets are not known`);
      const read = this.names(items, PROFILES, "a firewall profile (Domain, Private, Public, Any)");
      if (read === void 0) return;
      profiles = read;
    }
    for (const [parameter, direction] of [[inbound, "inbound"], [outbound, "outbound"]]) {
      if (!parameter) continue;
      const value = parameter.value;
      if (value.kind === "unknown") {
        this.note(file, parameter.loc, value.expression, `(${value.reason}): the default ${direction} action is not known`);
        continue;
      }
      const text = value.kind === "string" ? value.value.toLowerCase() : "";
      if (text === "notconfigured") continue;
      if (text !== "allow" && text !== "block") {
        this.problem(value.loc, `-${parameterTitle2(parameter.name)} '${value.kind === "string" ? value.value : String(value.value ?? value.kind)}' is not Allow, Block or NotConfigured`);
        continue;
      }
      set.defaults.push({ direction, action: { value: text, loc: value.loc }, profiles, loc: invocation.loc });
    }
  }
  /** Reads the scope parameters given; undefined (after a diagnostic or a note) when the command would fail or its scope is not known. */
  psFields(file, invocation, bound, set) {
    const fields = {};
    let ok = true;
    const unread = (parameter, unknown) => {
      this.note(file, parameter.loc, unknown.expression, `(${unknown.reason}): the ${parameterTitle2(parameter.name)} of firewall rule ${ruleTitle(bound)} is not known`);
      set.unread.push(invocation.loc);
      ok = false;
    };
    for (const name of UNMODELLED_SCOPE) {
      const parameter = bound.get(name);
      if (!parameter) continue;
      this.note(file, parameter.loc, `-${parameterTitle2(parameter.name)}`, `narrows firewall rule ${ruleTitle(bound)} to what a file cannot say, so its scope is not known`);
      set.unread.push(invocation.loc);
      return void 0;
    }
    const each = (key, read) => {
      const parameter = bound.get(key);
      if (!parameter) return;
      const items = itemsOf(parameter.value);
      if ("unknown" in items) return unread(parameter, items.unknown);
      if (!read(items, parameter)) ok = false;
    };
    each("direction", (items) => this.one(items, (text, loc) => directionOf(text, loc, fields), "a direction (Inbound or Outbound)"));
    each("action", (items) => this.one(items, (text, loc) => actionOf(text, loc, fields, false), "an action (Allow, Block)"));
    each("protocol", (items) => this.one(items, (text, loc) => protocolOf(text, loc, fields), "a protocol (TCP, UDP, ICMPv4, ICMPv6, Any or a number 0-255)"));
    each("localport", (items) => this.portsInto(items, fields, "localPorts"));
    each("remoteport", (items) => this.portsInto(items, fields, "remotePorts"));
    each("localaddress", (items) => this.addressesInto(items, fields, "localAddresses"));
    each("remoteaddress", (items) => this.addressesInto(items, fields, "remoteAddresses"));
    each("interfacetype", (items) => this.namesInto(items, INTERFACE_TYPES, "an interface type (Any, Wired, Wireless, RemoteAccess)", fields, "interfaceTypes"));
    each("profile", (items) => this.namesInto(items, PROFILES, "a firewall profile (Any, Domain, Private, Public)", fields, "profiles"));
    each("enabled", (items) => this.one(items, (text, loc) => enabledOf(text, loc, fields), "True or False"));
    if (!ok) return void 0;
    for (const key of ["program", "service", "package"]) {
      const parameter = bound.get(key);
      if (!parameter) continue;
      const value = parameter.value;
      if (value.kind === "unknown") {
        this.note(file, parameter.loc, value.expression, `(${value.reason}): the ${parameterTitle2(parameter.name)} of firewall rule ${ruleTitle(bound)} is read as written`);
        fields.program = { value: `${key === "program" ? "" : `${key} `}${unquoted(value.expression)}`, loc: parameter.loc };
      } else if (value.kind === "string") {
        if (key === "program" && value.value.toLowerCase() === "any") fields.program = null;
        else fields.program = { value: key === "program" ? value.value : `${key} ${value.value}`, loc: value.loc };
      }
    }
    return fields;
  }
  unknownSplat(file, invocation, set) {
    const splat = invocation.unknownSplats[0];
    if (splat === void 0) return false;
    this.note(file, splat.loc, splat.expression, `(${splat.reason}): the parameters ${invocation.name} is given are not known`);
    set.unread.push(invocation.loc);
    return true;
  }
  // ------------------------------------------------------------------ netsh
  netshAdd(file, invocation, rest) {
    const set = this.setOf(file, invocation.loc);
    const fields = this.netshFields(file, invocation, invocation.pairs, rest, set);
    if (fields === void 0) return;
    const name = invocation.pairs.find((pair) => pair.key === "name");
    for (const key of ["name", "dir", "action"]) {
      if (!invocation.pairs.some((pair) => pair.key === key)) {
        this.problem(invocation.loc, `netsh advfirewall firewall add rule needs ${key}=`);
        return;
      }
    }
    const rule = this.makeRule(invocation.loc, fields, name && { name: "name", value: { ...name.value, loc: valueLoc(name) }, loc: name.loc });
    if (rule) set.rules.push(rule);
  }
  netshSet(file, invocation) {
    const set = this.setOf(file, invocation.loc);
    const newAt = invocation.operands.find((arg) => arg.value.kind === "string" && arg.value.value.toLowerCase() === "new");
    const after = (loc) => newAt !== void 0 && (loc.line > newAt.loc.line || loc.line === newAt.loc.line && loc.column > newAt.loc.column);
    const selectors = invocation.pairs.filter((pair) => !after(pair.loc));
    const changes = invocation.pairs.filter((pair) => after(pair.loc));
    const targets = this.netshTargets(file, invocation, selectors, set, "changes");
    if (targets === void 0) return;
    const fields = this.netshFields(file, invocation, changes, [], set);
    if (fields === void 0) return;
    for (const rule of targets) {
      const changed = this.makeRule(rule.loc, { ...ruleFields(rule), ...fields }, void 0, rule.name);
      if (!changed) continue;
      const newName = changes.find((pair) => pair.key === "name");
      if (newName?.value.kind === "string") changed.name = { value: newName.value.value, loc: newName.loc };
      set.rules[set.rules.indexOf(rule)] = changed;
    }
  }
  netshDelete(file, invocation) {
    const set = this.setOf(file, invocation.loc);
    const targets = this.netshTargets(file, invocation, invocation.pairs, set, "removes");
    for (const rule of targets ?? []) set.rules.splice(set.rules.indexOf(rule), 1);
  }
  netshTargets(file, invocation, selectors, set, verb) {
    const name = selectors.find((pair) => pair.key === "name");
    if (name?.value.kind !== "string") {
      const expression = name?.value.kind === "unknown" ? name.value.expression : invocation.name;
      if (verb !== "removes") this.note(file, invocation.loc, "netsh advfirewall firewall set rule", `names firewall rules this file does not create (${expression === invocation.name ? "by other than their name" : expression}, first at line ${invocation.loc.line}), so what it changes is not known`);
      return void 0;
    }
    const wanted = name.value.value.toLowerCase();
    const found = set.rules.filter((rule) => wanted === "all" || rule.name.value.toLowerCase() === wanted);
    if (found.length === 0 && verb !== "removes") {
      this.note(file, invocation.loc, "netsh advfirewall firewall set rule", `names firewall rules this file does not create (name=${name.value.value}, first at line ${invocation.loc.line}), so what it changes is not known`);
      return void 0;
    }
    if (selectors.length > 1) {
      this.note(file, invocation.loc, name.value.value, `netsh advfirewall firewall ${verb === "removes" ? "delete" : "set"} rule narrows the rules it ${verb === "removes" ? "removes" : "changes"} by more than their name, which is not read`);
      set.unread.push(invocation.loc);
      return void 0;
    }
    return found;
  }
  netshFields(file, invocation, pairs, rest, set) {
    const stray = rest.find((arg) => !(arg.value.kind === "string" && arg.value.value.toLowerCase() === "new"));
    if (stray) {
      if (this.format === "powershell") {
        this.note(file, stray.loc, stray.raw, "is passed to netsh as an argument of its own (PowerShell splits an unquoted comma-separated value), so what netsh makes of the rule is not known: quote the value");
        set.unread.push(invocation.loc);
      } else {
        this.problem(stray.loc, `netsh: '${stray.raw}' is not a key=value pair`);
      }
      return void 0;
    }
    const fields = {};
    let ok = true;
    for (const pair of pairs) {
      const value = pair.value;
      if (value.kind === "unknown") {
        if (pair.key === "program") {
          this.note(file, pair.loc, value.expression, `(${value.reason}): the program of this firewall rule is read as written`);
          fields.program = { value: unquoted(value.expression.replace(/^program=/i, "")), loc: pair.loc };
          continue;
        }
        if (pair.key === "name" || pair.key === "description" || pair.key === "group") continue;
        this.note(file, pair.loc, value.expression, `(${value.reason}): the ${pair.key} of this firewall rule is not known`);
        set.unread.push(invocation.loc);
        return void 0;
      }
      if (value.kind !== "string") continue;
      const items = pair.key === "protocol" ? [{ text: value.value, loc: valueLoc(pair) }] : splitItems(value.value, valueLoc(pair));
      switch (pair.key) {
        case "dir":
          ok = this.one(items, (text, loc) => directionOf(text, loc, fields), "a direction (in or out)") && ok;
          break;
        case "action":
          ok = this.one(items, (text, loc) => actionOf(text, loc, fields, true), "an action (allow, block, bypass)") && ok;
          break;
        case "protocol":
          ok = this.one(items, (text, loc) => protocolOf(text.replace(/:.*$/, ""), loc, fields), "a protocol (tcp, udp, icmpv4, icmpv6, any or a number 0-255)") && ok;
          break;
        case "localport":
          ok = this.portsInto(items, fields, "localPorts") && ok;
          break;
        case "remoteport":
          ok = this.portsInto(items, fields, "remotePorts") && ok;
          break;
        case "localip":
          ok = this.addressesInto(items, fields, "localAddresses") && ok;
          break;
        case "remoteip":
          ok = this.addressesInto(items, fields, "remoteAddresses") && ok;
          break;
        case "interfacetype":
          ok = this.namesInto(items, INTERFACE_TYPES, "an interface type (any, wireless, lan, ras)", fields, "interfaceTypes") && ok;
          break;
        case "profile":
          ok = this.namesInto(items, PROFILES, "a firewall profile (public, private, domain, any)", fields, "profiles") && ok;
          break;
        case "enable":
          ok = this.one(items, (text, loc) => enabledOf(text, loc, fields), "yes or no") && ok;
          break;
        case "program":
          fields.program = value.value.toLowerCase() === "any" ? null : { value: value.value, loc: valueLoc(pair) };
          break;
        case "service":
          if (value.value.toLowerCase() !== "any") fields.program = { value: `service ${value.value}`, loc: valueLoc(pair) };
          break;
        case "rmtcomputergrp":
        case "rmtusrgrp":
          this.note(file, pair.loc, `${pair.key}=${value.value}`, "narrows this firewall rule to what a file cannot say, so its scope is not known");
          set.unread.push(invocation.loc);
          return void 0;
        default:
      }
    }
    return ok ? fields : void 0;
  }
  netshPolicy(file, invocation, profileWord, rest) {
    const set = this.setOf(file, invocation.loc);
    const profile = profileWord.replace(/profile$/, "");
    const profiles = [{ value: profile === "all" || profile === "current" ? "any" : profile, loc: invocation.operands.find((arg) => arg.value.kind === "string" && arg.value.value.toLowerCase() === profileWord)?.loc ?? invocation.loc }];
    const items = [];
    for (const arg of rest) {
      if (arg.value.kind === "unknown") return this.note(file, arg.loc, arg.value.expression, `(${arg.value.reason}): the firewall policy of ${profileWord} is not known`);
      if (arg.value.kind === "string") items.push(...splitItems(arg.value.value, arg.loc));
    }
    if (items.length === 0) return this.problem(invocation.loc, "netsh advfirewall set ... firewallpolicy needs <inbound>,<outbound> (blockinbound,allowoutbound)");
    for (const item of items) {
      const word = item.text.toLowerCase();
      const match = /^(block|allow)(inbound|outbound)(always)?$/.exec(word);
      if (word === "notconfigured") continue;
      if (!match) {
        this.problem(item.loc, `'${item.text}' is not a firewall policy (blockinbound, blockinboundalways, allowinbound, allowoutbound, blockoutbound, notconfigured)`);
        continue;
      }
      set.defaults.push({ direction: match[2], action: { value: match[1], loc: item.loc }, profiles, loc: invocation.loc });
    }
  }
  // ------------------------------------------------------------------ shared
  /** Makes a rule from the fields read, with Windows' defaults for what is not given (inbound, allow, any). */
  makeRule(loc, fields, nameParameter, keptName) {
    const protocol = fields.protocol ?? { value: "any", loc };
    for (const key of ["localPorts", "remotePorts"]) {
      const specific = fields[key]?.find((p) => !p.any);
      if (specific && protocol.value !== "tcp" && protocol.value !== "udp") {
        this.problem(specific.loc, `ports need protocol TCP or UDP; the rule's protocol is ${protocol.value === "other" ? "not one of them" : protocol.value}`);
        return void 0;
      }
    }
    let name = keptName;
    if (name === void 0) {
      const value = nameParameter?.value;
      name = value?.kind === "string" ? { value: value.value, loc: value.loc } : { value: `rule at line ${loc.line}`, loc };
    }
    const rule = {
      index: 0,
      loc,
      name,
      direction: fields.direction ?? { value: "inbound", loc },
      action: fields.action ?? { value: "allow", loc },
      protocol,
      localAddresses: fields.localAddresses ?? [anyAddressAt(loc)],
      remoteAddresses: fields.remoteAddresses ?? [anyAddressAt(loc)],
      localPorts: fields.localPorts ?? [anyPortsAt(loc)],
      remotePorts: fields.remotePorts ?? [anyPortsAt(loc)],
      interfaceTypes: fields.interfaceTypes ?? [{ value: "any", loc }],
      profiles: fields.profiles ?? [{ value: "any", loc }],
      enabled: fields.enabled?.value ?? true
    };
    if (fields.program) rule.program = fields.program;
    return rule;
  }
  /** One value (a list of one): read by `read`, which says whether it knew the text. */
  one(items, read, expected) {
    if (items.length !== 1) {
      this.problem(items[1]?.loc ?? items[0]?.loc, `one value was expected: ${expected}`);
      return false;
    }
    const [item] = items;
    if (read(item.text.trim(), item.loc)) return true;
    this.problem(item.loc, `'${item.text}' is not ${expected}`);
    return false;
  }
  portsInto(items, fields, key) {
    const ports = this.readAll(items, windowsPorts);
    if (ports && ports.length > 0) fields[key] = ports;
    return ports !== void 0;
  }
  addressesInto(items, fields, key) {
    const addresses = this.readAll(items, windowsAddress);
    if (addresses && addresses.length > 0) fields[key] = addresses;
    return addresses !== void 0;
  }
  /** Every item read, or undefined at the first that does not read (its problem said, as Windows refuses the rule). */
  readAll(items, read) {
    const values = [];
    for (const item of items) {
      const value = read(item);
      if (typeof value === "object" && value !== null && "error" in value) {
        this.problem(item.loc, value.error);
        return void 0;
      }
      values.push(value);
    }
    return values;
  }
  namesInto(items, known, expected, fields, key) {
    const read = this.names(items, known, expected);
    if (read === void 0) return false;
    fields[key] = read;
    return true;
  }
  names(items, known, expected) {
    const out = [];
    for (const item of items) {
      const word = item.text.trim().toLowerCase();
      const value = word === "notapplicable" ? known.any : known[word];
      if (value === void 0) {
        this.problem(item.loc, `'${item.text}' is not ${expected}`);
        return void 0;
      }
      out.push({ value, loc: item.loc });
    }
    return out.length > 0 ? out : void 0;
  }
  setOf(file, loc) {
    let entry = this.sets.get(file.file);
    if (entry === void 0) {
      entry = { file, loc, rules: [], defaults: [], unread: [] };
      this.sets.set(file.file, entry);
    }
    return entry;
  }
  note(file, loc, expression, reason) {
    const key = `${file.file}\0${expression}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ format: this.format, loc, expression, reason });
  }
  problem(loc, message) {
    if (loc === void 0) return;
    this.diagnostics.push({ ...loc, severity: "error", code: `${this.format}/invalid-firewall-value`, message });
  }
};
function ruleFields(rule) {
  const { index: _index, loc: _loc, enabled, id: _id, program, ...rest } = rule;
  return { ...rest, program: program ?? null, enabled: { value: enabled, loc: rule.loc } };
}
function directionOf(text, loc, fields) {
  const word = text.toLowerCase();
  const value = word === "inbound" || word === "in" ? "inbound" : word === "outbound" || word === "out" ? "outbound" : void 0;
  if (value === void 0) return false;
  fields.direction = { value, loc };
  return true;
}
function actionOf(text, loc, fields, netsh) {
  const word = text.toLowerCase();
  const value = word === "allow" || netsh && word === "bypass" ? "allow" : word === "block" ? "block" : void 0;
  if (value === void 0) return false;
  fields.action = { value, loc };
  return true;
}
var PROTOCOL_NUMBERS = { 1: "icmp", 6: "tcp", 17: "udp", 58: "icmp" };
function protocolOf(text, loc, fields) {
  const word = text.toLowerCase();
  let value;
  if (word === "tcp" || word === "udp" || word === "any") value = word;
  else if (word === "icmpv4" || word === "icmpv6" || word === "icmp") value = "icmp";
  else if (/^\d{1,3}$/.test(word) && Number(word) <= 255) value = PROTOCOL_NUMBERS[Number(word)] ?? "other";
  if (value === void 0) return false;
  fields.protocol = { value, loc };
  return true;
}
function enabledOf(text, loc, fields) {
  const word = text.toLowerCase();
  const value = word === "true" || word === "yes" || word === "1" ? true : word === "false" || word === "no" || word === "2" ? false : void 0;
  if (value === void 0) return false;
  fields.enabled = { value, loc };
  return true;
}
function windowsPorts(item) {
  const text = item.text.trim();
  const word = text.toLowerCase();
  if (word === "any" || word === "*") return { text, first: 0, last: 65535, any: true, loc: item.loc };
  const keyword = PORT_KEYWORDS[word.replace(/\s+/g, "")];
  if (keyword) return { text, first: 65536, last: 65535, keyword, loc: item.loc };
  const range2 = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(text);
  if (!range2) return { error: `'${text}' is not a port, a range first-last, Any or a port keyword (RPC, RPCEPMap, IPHTTPS, Teredo)` };
  const first = Number(range2[1]);
  const last = range2[2] === void 0 ? first : Number(range2[2]);
  if (first > 65535 || last > 65535) return { error: `port '${text}' is out of range: ports are 0-65535` };
  if (first > last) return { error: `port range '${text}' ends before it starts` };
  return { text, first, last, loc: item.loc };
}
function windowsAddress(item) {
  const text = item.text.trim();
  const word = text.toLowerCase();
  if (word === "*") return anyAddressAt(item.loc, text);
  const keyword = ADDRESS_KEYWORDS[word];
  if (keyword) return { text, ranges: [], keyword, loc: item.loc };
  const masked = /^([\d.]+)\/(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  const spec = parseAddressSpec(masked ? `${masked[1]}/${maskLength(masked[2]) ?? masked[2]}` : text);
  if ("error" in spec) return { error: spec.error.replace(/ or any$/, ", Any or an address keyword (LocalSubnet, Internet, Intranet, DNS, ...)") };
  return { text, ranges: spec.ranges, ...spec.any ? { any: true } : {}, loc: item.loc };
}
function maskLength(mask) {
  const bits = mask.split(".").map((part) => Number(part).toString(2).padStart(8, "0")).join("");
  return /^1*0*$/.test(bits) && bits.length === 32 ? bits.indexOf("0") < 0 ? 32 : bits.indexOf("0") : void 0;
}
function anyAddressAt(loc, text = "any") {
  const spec = parseAddressSpec("any");
  return { text, ranges: spec.ranges, any: true, loc };
}
function anyPortsAt(loc) {
  return { text: "any", first: 0, last: 65535, any: true, loc };
}
function itemsOf(value) {
  switch (value.kind) {
    case "unknown":
      return { unknown: value };
    case "list": {
      const out = [];
      for (const item of value.items) {
        const read = itemsOf(item);
        if ("unknown" in read) return read;
        out.push(...read);
      }
      return out;
    }
    case "string":
      return splitItems(value.value, value.loc);
    case "number":
      return [{ text: String(value.value), loc: value.loc }];
    case "bool":
      return [{ text: value.value ? "True" : "False", loc: value.loc }];
    default:
      return [];
  }
}
function splitItems(written, loc) {
  if (!written.includes(",")) return written.trim() === "" ? [] : [{ text: written.trim(), loc }];
  const quotes = loc.endColumn - loc.column - written.length;
  const exact = loc.line === loc.endLine && (quotes === 0 || quotes === 2);
  let offset = loc.column + (exact ? quotes / 2 : 0);
  const out = [];
  for (const part of written.split(",")) {
    const start = offset + part.length - part.trimStart().length;
    const text = part.trim();
    offset += part.length + 1;
    if (text !== "") out.push({ text, loc: exact ? { ...loc, column: start, endColumn: start + text.length } : loc });
  }
  return out;
}
function valueLoc(pair) {
  const loc = pair.loc;
  if (pair.value.kind !== "string" || loc.line !== loc.endLine) return loc;
  const value = pair.value.value;
  const width = loc.endColumn - loc.column;
  const keyWidth = pair.key.length + 1;
  if (width === keyWidth + value.length) return { ...loc, column: loc.column + keyWidth };
  if (width === keyWidth + value.length + 2) return { ...loc, column: loc.column + keyWidth + 1, endColumn: loc.endColumn - 1 };
  return loc;
}
function unquoted(text) {
  return text.replace(/^(["'])(.*)\1$/s, "$2");
}
function ruleTitle(bound) {
  const value = (bound.get("displayname") ?? bound.get("name"))?.value;
  return value?.kind === "string" ? `'${value.value}'` : "(unnamed)";
}
var TITLES2 = {
  localport: "LocalPort",
  remoteport: "RemotePort",
  localaddress: "LocalAddress",
  remoteaddress: "RemoteAddress",
  interfacetype: "InterfaceType",
  interfacealias: "InterfaceAlias",
  localuser: "LocalUser",
  remoteuser: "RemoteUser",
  remotemachine: "RemoteMachine",
  displayname: "DisplayName",
  defaultinboundaction: "DefaultInboundAction",
  defaultoutboundaction: "DefaultOutboundAction"
};
function parameterTitle2(written) {
  const lower = written.toLowerCase();
  return TITLES2[lower] ?? written[0].toUpperCase() + written.slice(1);
}

// src/formats/powershell/registry-keys.ts
var JUDGED_REGISTRY_WORDS = ["\\communicator", "\\lync", "\\messenger\\", "\\control\\lsa"];
function namesJudgedKey(text) {
  const lower = text.toLowerCase();
  return JUDGED_REGISTRY_WORDS.some((word) => lower.includes(word));
}

// src/formats/powershell/registry.ts
var HIVES = {
  HKLM: "HKEY_LOCAL_MACHINE",
  HKCU: "HKEY_CURRENT_USER",
  HKCR: "HKEY_CLASSES_ROOT",
  HKU: "HKEY_USERS",
  HKCC: "HKEY_CURRENT_CONFIG",
  HKEY_LOCAL_MACHINE: "HKEY_LOCAL_MACHINE",
  HKEY_CURRENT_USER: "HKEY_CURRENT_USER",
  HKEY_CLASSES_ROOT: "HKEY_CLASSES_ROOT",
  HKEY_USERS: "HKEY_USERS",
  HKEY_CURRENT_CONFIG: "HKEY_CURRENT_CONFIG"
};
var REG_TYPES = {
  REG_SZ: "string",
  REG_EXPAND_SZ: "expand",
  REG_MULTI_SZ: "multi",
  REG_DWORD: "dword",
  REG_QWORD: "qword",
  REG_BINARY: "binary",
  REG_NONE: "none"
};
var KIND_TYPES = {
  string: "string",
  expandstring: "expand",
  multistring: "multi",
  dword: "dword",
  qword: "qword",
  binary: "binary",
  none: "none"
};
var ITEM_PROPERTY_PARAMETERS = {
  path: [],
  literalpath: ["pspath", "lp"],
  name: ["pspropertyname"],
  value: [],
  propertytype: ["type"],
  force: [],
  filter: [],
  include: [],
  exclude: [],
  credential: [],
  passthru: [],
  recurse: [],
  inputobject: [],
  whatif: ["wi"],
  confirm: ["cf"]
};
var MAX_DWORD = 4294967295;
var MAX_QWORD = (1n << 64n) - 1n;
var RegistryWrites = class {
  constructor(format) {
    this.format = format;
  }
  format;
  notes = [];
  diagnostics = [];
  files = /* @__PURE__ */ new Map();
  /** `reg add KEY [/v NAME | /ve] [/t TYPE] [/s SEP] [/d DATA] [/f]` and `reg delete KEY [/v NAME | /ve | /va] [/f]`. */
  native(file, invocation) {
    if (invocation.program !== "reg") return;
    const [operation, keyArg] = invocation.operands;
    const verb = operation?.value.kind === "string" ? operation.value.value.toLowerCase() : void 0;
    if (verb !== "add" && verb !== "delete") return;
    const loc = recordLoc(invocation);
    if (keyArg === void 0) return;
    if (keyArg.value.kind === "unknown") return this.note(keyArg.value, "key", loc, void 0);
    if (keyArg.value.kind !== "string") return;
    const key = fullKey(keyArg.value.value, "reg");
    if (key === void 0) return;
    const switches = new Map(invocation.switches.map((s) => [s.name, s]));
    const nameSwitch = switches.get("v");
    let name;
    if (switches.has("ve")) name = "";
    else if (nameSwitch) {
      const value = nameSwitch.value?.value;
      if (value?.kind === "unknown") return this.note(value, "value name", loc, key);
      if (value?.kind !== "string") return;
      name = value.value;
    }
    if (verb === "delete") {
      if (name !== void 0) this.value(file, { file: file.file, key, name, type: "none", data: new Uint8Array(0), deleted: true, loc });
      else this.keyDeletion(file, { file: file.file, key, ...switches.has("va") ? { valuesOnly: true } : {}, loc });
      return;
    }
    if (name === void 0) return;
    const typeArg = switches.get("t")?.value;
    if (typeArg?.value.kind === "unknown") return this.note(typeArg.value, "type", loc, key);
    const typeText = typeArg?.value.kind === "string" ? typeArg.value.value : "REG_SZ";
    const type = REG_TYPES[typeText.toUpperCase()];
    if (type === void 0) return this.problem(key, typeArg?.loc ?? loc, `reg add /t ${typeText} is not a type reg accepts for a value uclint reads (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY, REG_NONE); the value is not read`);
    const dataArg = switches.get("d")?.value;
    if (dataArg?.value.kind === "unknown") return this.note(dataArg.value, "data", loc, key);
    const text = dataArg?.value.kind === "string" ? dataArg.value.value : "";
    const separatorArg = switches.get("s")?.value;
    const separator = separatorArg?.value.kind === "string" && separatorArg.value.value.length === 1 ? separatorArg.value.value : "\\0";
    const converted = regData(type, text, separator);
    if ("problem" in converted) return this.problem(key, dataArg?.loc ?? loc, `reg add refuses /d '${text}' for ${typeText.toUpperCase()} (${converted.problem}); the value is not written`);
    this.value(file, { file: file.file, key, name, type, data: converted.data, loc });
  }
  /** `New-ItemProperty`, `Set-ItemProperty`, `Remove-ItemProperty` and `Remove-Item` on registry paths. */
  command(file, invocation) {
    const command = invocation.normalizedName;
    if (command !== "new-itemproperty" && command !== "set-itemproperty" && command !== "remove-itemproperty" && command !== "remove-item") return;
    const positional = command === "set-itemproperty" ? ["path", "name", "value"] : command === "remove-item" ? ["path"] : ["path", "name"];
    const bound = bindParameters(invocation, ITEM_PROPERTY_PARAMETERS, positional);
    const pathValue = bound.get("path")?.value ?? bound.get("literalpath")?.value;
    if (pathValue === void 0) return;
    const loc = recordLoc(invocation);
    const paths = pathValue.kind === "list" ? pathValue.items : [pathValue];
    const keys = [];
    for (const path2 of paths) {
      if (path2.kind === "unknown") {
        this.note(path2, "key", loc, void 0);
        continue;
      }
      if (path2.kind !== "string") continue;
      const key = fullKey(path2.value, "provider");
      if (key !== void 0) keys.push(key);
    }
    if (keys.length === 0) return;
    if (command === "remove-item") {
      for (const key of keys) this.keyDeletion(file, { file: file.file, key, loc });
      return;
    }
    const nameValue = bound.get("name")?.value;
    if (nameValue?.kind === "unknown") return this.note(nameValue, "value name", loc, keys[0]);
    const names = nameValue === void 0 ? [] : nameValue.kind === "list" ? nameValue.items : [nameValue];
    if (command === "remove-itemproperty") {
      for (const key of keys) {
        for (const item of names) if (item.kind === "string") this.value(file, { file: file.file, key, name: item.value, type: "none", data: new Uint8Array(0), deleted: true, loc });
      }
      return;
    }
    if (nameValue?.kind !== "string" && nameValue?.kind !== "number") return;
    const name = String(nameValue.value);
    const value = bound.get("value")?.value;
    if (value?.kind === "unknown") return this.note(value, "data", loc, keys[0]);
    const typeValue = bound.get("propertytype")?.value;
    if (typeValue?.kind === "unknown") return this.note(typeValue, "type", loc, keys[0]);
    let type;
    if (typeValue?.kind === "string") {
      type = KIND_TYPES[typeValue.value.toLowerCase()];
      if (type === void 0) return this.problem(keys[0], typeValue.loc, `-PropertyType '${typeValue.value}' is not a registry value kind (String, ExpandString, MultiString, DWord, QWord, Binary, None); the value is not read`);
    }
    const converted = providerData(type, value);
    if ("problem" in converted) return this.problem(keys[0], value?.loc ?? loc, `${invocation.name} cannot write ${converted.problem}; the value is not written`);
    for (const key of keys) this.value(file, { file: file.file, key, name, type: converted.type, data: converted.data, loc });
  }
  /** DSC `Registry` / `xRegistry` / `RegistryPolicyFile` resources. */
  resource(file, resource) {
    const kind = resource.type.toLowerCase().replace(/^.*\\/, "");
    if (kind !== "registry" && kind !== "xregistry" && kind !== "registrypolicyfile") return;
    if (resource.properties.kind !== "object") return;
    const property = caseInsensitive(resource.properties.entries);
    const loc = resource.loc;
    const keyValue = property("key");
    if (keyValue?.kind === "unknown") return this.note(keyValue, "key", loc, void 0);
    if (keyValue?.kind !== "string") return;
    let key;
    if (kind === "registrypolicyfile") {
      const target = property("targettype");
      if (target?.kind === "unknown") return this.note(target, "target (machine or user)", loc, keyValue.value);
      key = policyFileKey(keyValue.value, target?.kind === "string" ? target.value : void 0);
    } else {
      key = fullKey(keyValue.value, "provider") ?? fullKey(keyValue.value, "reg");
    }
    if (key === void 0) return;
    const nameValue = property("valuename");
    if (nameValue?.kind === "unknown") return this.note(nameValue, "value name", loc, key);
    const name = nameValue?.kind === "string" ? nameValue.value : nameValue?.kind === "number" ? String(nameValue.value) : "";
    const ensure = property("ensure");
    if (ensure?.kind === "unknown") return this.note(ensure, "Ensure", loc, key);
    const absent = ensure?.kind === "string" && ensure.value.toLowerCase() === "absent";
    if (absent) {
      if (name === "" && kind !== "registrypolicyfile") this.keyDeletion(file, { file: file.file, key, loc });
      else this.value(file, { file: file.file, key, name, type: "none", data: new Uint8Array(0), deleted: true, loc });
      return;
    }
    const data = property("valuedata");
    if (data === void 0 && name === "") return;
    if (data?.kind === "unknown") return this.note(data, "data", loc, key);
    const typeValue = property("valuetype");
    if (typeValue?.kind === "unknown") return this.note(typeValue, "type", loc, key);
    const typeText = typeValue?.kind === "string" ? typeValue.value : "String";
    const type = KIND_TYPES[typeText.toLowerCase()];
    if (type === void 0 || type === "none") return this.problem(key, typeValue?.loc ?? loc, `ValueType '${typeText}' is not one the resource takes (String, ExpandString, MultiString, DWord, QWord, Binary); the value is not read`);
    const hex = property("hex");
    const texts = data === void 0 ? [] : data.kind === "list" ? data.items : [data];
    const unknown = texts.find((item) => item.kind === "unknown");
    if (unknown) return this.note(unknown, "data", loc, key);
    const converted = dscData(type, texts.map(scalarText), hex?.kind === "bool" && hex.value);
    if ("problem" in converted) return this.problem(key, data?.loc ?? loc, `the ${resource.type} resource cannot write ValueData '${texts.map(scalarText).join(", ")}' as ${typeText} (${converted.problem}); the value is not written`);
    this.value(file, { file: file.file, key, name, type, data: converted.data, loc });
  }
  /** One RegistryFile per file that writes or deletes something, in the order the files were read. */
  finish() {
    return [...this.files.values()];
  }
  fileFor(file) {
    let entry = this.files.get(file.file);
    if (entry === void 0) {
      entry = { file: file.file, source: this.format, values: [], keyDeletions: [] };
      this.files.set(file.file, entry);
    }
    return entry;
  }
  value(file, value) {
    this.fileFor(file).values.push(value);
  }
  keyDeletion(file, deletion) {
    this.fileFor(file).keyDeletions.push(deletion);
  }
  /**
   * A value the script cannot tell without running: a note when its key (or, when the key itself is
   * not known, the expression) names a key rules judge; other keys' values are not uclint's concern.
   */
  note(value, part, loc, key) {
    if (!namesJudgedKey(key ?? value.expression)) return;
    this.notes.push({ format: this.format, loc, expression: value.expression, reason: `(${value.reason}): the ${part} of this registry value is not known` });
  }
  /** Data the writer refuses (the script fails there): a diagnostic for a key rules judge. */
  problem(key, loc, message) {
    if (!namesJudgedKey(key)) return;
    this.diagnostics.push({ file: loc.file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, severity: "warning", code: `${this.format}/registry-value`, message });
  }
};
function fullKey(written, writer) {
  let path2 = written.trim();
  if (writer === "provider") {
    const provider = /^(?:Microsoft\.PowerShell\.Core\\)?Registry::/i.exec(path2);
    if (provider) path2 = path2.slice(provider[0].length);
    else {
      const drive = /^([A-Za-z_]+):\\?/.exec(path2);
      if (!drive || !(drive[1].toUpperCase() in HIVES)) return void 0;
      path2 = `${drive[1]}\\${path2.slice(drive[0].length)}`;
    }
  }
  const hive = path2.split("\\", 1)[0];
  const full = HIVES[hive.toUpperCase()];
  if (full === void 0) return void 0;
  const rest = path2.slice(hive.length).replace(/\\+$/, "");
  return full + rest;
}
function policyFileKey(written, target) {
  const withHive = fullKey(written, "provider") ?? fullKey(written, "reg");
  const hive = target === void 0 ? void 0 : target.toLowerCase() === "computerconfiguration" ? "HKEY_LOCAL_MACHINE" : "HKEY_CURRENT_USER";
  if (hive === void 0) return withHive;
  const rest = withHive === void 0 ? `\\${written.replace(/^\\+|\\+$/g, "")}` : withHive.slice(withHive.indexOf("\\") < 0 ? withHive.length : withHive.indexOf("\\"));
  return hive + rest;
}
function caseInsensitive(entries) {
  const lower = /* @__PURE__ */ new Map();
  for (const [key, value] of entries) if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), value);
  return (name) => lower.get(name);
}
function regData(type, text, separator) {
  switch (type) {
    case "dword":
    case "qword": {
      if (text === "") return { data: type === "dword" ? 0 : 0n };
      return integerData(type, text, /^0x[0-9a-f]+$/i.test(text) ? 16 : 10);
    }
    case "binary":
      return binaryData(text);
    case "multi":
      return { data: text === "" ? [] : text.split(separator) };
    case "none":
      return { data: new Uint8Array(Buffer.from(text, "utf16le")) };
    default:
      return { data: text };
  }
}
function dscData(type, texts, hex) {
  if (type === "multi") return { data: texts };
  const text = (texts[0] ?? "").trim();
  if (type === "dword" || type === "qword") {
    if (text === "") return { data: type === "dword" ? 0 : 0n };
    const hexadecimal = hex || /^0x/i.test(text);
    return integerData(type, hexadecimal ? text.replace(/^0x/i, "0x") : text, hexadecimal ? 16 : 10);
  }
  if (type === "binary") return binaryData(text);
  return { data: texts.join("") };
}
function integerData(type, text, radix) {
  const digits = radix === 16 ? text.replace(/^0x/i, "") : text;
  const pattern = radix === 16 ? /^[0-9a-f]{1,16}$/i : /^-?\d{1,20}$/;
  if (!pattern.test(digits)) return { problem: radix === 16 ? "not hexadecimal" : "not a number" };
  let value = radix === 16 ? BigInt(`0x${digits}`) : BigInt(digits);
  const max = type === "dword" ? BigInt(MAX_DWORD) : MAX_QWORD;
  const bits = type === "dword" ? 32n : 64n;
  if (value < 0n && value >= -(1n << bits - 1n)) value += 1n << bits;
  if (value < 0n || value > max) return { problem: `out of range for a ${type === "dword" ? "DWORD" : "QWORD"}` };
  return { data: type === "dword" ? Number(value) : value };
}
function binaryData(text) {
  const digits = text.replace(/^0x/i, "");
  if (digits.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(digits)) return { problem: "not an even number of hexadecimal digits" };
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return { data: bytes };
}
function providerData(type, value) {
  if (type === void 0) {
    if (value?.kind === "number" && Number.isInteger(value.value) && value.value >= -(2 ** 31) && value.value < 2 ** 31) return { type: "dword", data: value.value >>> 0 };
    if (value?.kind === "list" && value.items.every((item) => item.kind === "string")) return { type: "multi", data: value.items.map(scalarText) };
    return { type: "string", data: value === void 0 ? "" : scalarText(value) };
  }
  if (type === "multi") return { type, data: value === void 0 ? [] : value.kind === "list" ? value.items.map(scalarText) : [scalarText(value)] };
  if (type === "dword" || type === "qword") {
    if (value === void 0) return { type, data: type === "dword" ? 0 : 0n };
    const text = value.kind === "bool" ? value.value ? "1" : "0" : scalarText(value).trim();
    const converted = integerData(type, text, /^0x/i.test(text) ? 16 : 10);
    return "problem" in converted ? { problem: `'${text}' as a ${type === "dword" ? "DWord" : "QWord"} (${converted.problem})` } : { type, data: converted.data };
  }
  if (type === "binary") {
    if (value?.kind === "list" && value.items.every((item) => item.kind === "number" && Number.isInteger(item.value) && item.value >= 0 && item.value <= 255)) {
      return { type, data: new Uint8Array(value.items.map((item) => item.value)) };
    }
    if (value?.kind === "number" && Number.isInteger(value.value) && value.value >= 0 && value.value <= 255) return { type, data: new Uint8Array([value.value]) };
    return value === void 0 ? { type, data: new Uint8Array(0) } : { problem: `${scalarText(value) || "this value"} as Binary (a list of bytes)` };
  }
  if (type === "none") return { type, data: new Uint8Array(0) };
  return { type, data: value === void 0 ? "" : scalarText(value) };
}

// src/formats/powershell/relevance.ts
var MODELLED_COMMAND_WORDS = [
  "add-dnsserver",
  "dnscmd",
  ...JUDGED_REGISTRY_WORDS,
  "cspstngateway",
  "cssimpleurl",
  "<vpnprofile",
  "netfirewallrule",
  "set-netfirewallprofile",
  "advfirewall",
  "new-netqospolicy",
  "set-csteamsmeetingconfiguration",
  "set-csconferencingconfiguration",
  "new-csconferencingconfiguration",
  "set-csmediaconfiguration"
];
function namesModelledCommand(text) {
  const lower = text.toLowerCase();
  return MODELLED_COMMAND_WORDS.some((word) => lower.includes(word));
}
function reportedDiagnostics(diagnostics, text) {
  return diagnostics.length > 0 && namesModelledCommand(text) ? diagnostics : [];
}

export {
  readBatch,
  readPowerShell,
  recordLoc,
  bindParameters,
  WindowsDnsZones,
  WindowsFirewall,
  RegistryWrites,
  reportedDiagnostics
};
