import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/model/view-words.ts
var VIEW_WORDS = {
  internal: "internal",
  inside: "internal",
  private: "internal",
  int: "internal",
  intranet: "internal",
  external: "external",
  outside: "external",
  public: "external",
  ext: "external",
  internet: "external",
  dmz: "external"
};
var DOT_SUFFIX_WORDS = new Set(Object.keys(VIEW_WORDS));
var DASH_SUFFIX_WORDS = { ...VIEW_WORDS, lan: "internal", wan: "external" };
function viewWordsIn(name) {
  return name.toLowerCase().split(/[^a-z0-9]+/).map((word) => VIEW_WORDS[word]).filter((view) => view !== void 0);
}

// src/formats/named-conf/lexer.ts
var TokenKind = { Word: 0, String: 1, Open: 2, Close: 3, Semicolon: 4, End: 5 };
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var QUOTE = 34;
var HASH = 35;
var DOLLAR = 36;
var PERCENT = 37;
var STAR = 42;
var SLASH = 47;
var SEMICOLON = 59;
var LESS = 60;
var BACKSLASH = 92;
var OPEN = 123;
var CLOSE = 125;
var MAX_PLACEHOLDER = 256;
function endsWord(c) {
  return c === SPACE || c === TAB || c === LF || c === CR || c === QUOTE || c === OPEN || c === CLOSE || c === SEMICOLON || c === 11 || c === 12;
}
var Lexer = class {
  constructor(text, problem, comment) {
    this.text = text;
    this.problem = problem;
    this.comment = comment;
    if (text.charCodeAt(0) === 65279) this.i = 1;
    this.lineStart = this.i;
  }
  text;
  problem;
  comment;
  i = 0;
  line = 1;
  lineStart = 0;
  /** Set when template syntax was met (`{{`, `{%`, `<%`): the text is a template to render, not a configuration. */
  template;
  /** The next token; `End` at the end of the text (and after it). */
  next() {
    const text = this.text;
    for (; ; ) {
      this.skipSpaceAndComments();
      const start = this.i;
      const line = this.line;
      const column = start - this.lineStart + 1;
      if (start >= text.length) return { kind: TokenKind.End, text: "", line, column, endLine: line, endColumn: column };
      const c = text.charCodeAt(start);
      if (c === OPEN) {
        const after = text.charCodeAt(start + 1);
        if ((after === OPEN || after === PERCENT) && this.template === void 0) this.template = { style: after === OPEN ? "{{ }}" : "{% %}", line, column };
        this.i++;
        return { kind: TokenKind.Open, text: "{", line, column, endLine: line, endColumn: column + 1 };
      }
      if (c === CLOSE) {
        this.i++;
        return { kind: TokenKind.Close, text: "}", line, column, endLine: line, endColumn: column + 1 };
      }
      if (c === SEMICOLON) {
        this.i++;
        return { kind: TokenKind.Semicolon, text: ";", line, column, endLine: line, endColumn: column + 1 };
      }
      if (c === QUOTE) return this.string(line, column);
      if (c === LESS && text.charCodeAt(start + 1) === PERCENT && this.template === void 0) this.template = { style: "<% %>", line, column };
      return this.word(line, column);
    }
  }
  newline(at) {
    this.line++;
    this.lineStart = at + 1;
  }
  skipSpaceAndComments() {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === LF || c === CR && text.charCodeAt(this.i + 1) !== LF) {
        this.newline(this.i);
        this.i++;
      } else if (c === SPACE || c === TAB || c === CR || c === 11 || c === 12) {
        this.i++;
      } else if (this.commentAt(this.i)) {
        this.skipComment();
      } else {
        return;
      }
    }
  }
  /** True when a comment starts at `at`: `#`, `//` or `/*`. */
  commentAt(at) {
    const c = this.text.charCodeAt(at);
    if (c === HASH) return true;
    if (c !== SLASH) return false;
    const after = this.text.charCodeAt(at + 1);
    return after === SLASH || after === STAR;
  }
  skipComment() {
    const start = this.i;
    this.skipCommentText();
    this.comment?.(start, this.i);
  }
  skipCommentText() {
    const text = this.text;
    const c = text.charCodeAt(this.i);
    if (c === HASH || text.charCodeAt(this.i + 1) === SLASH) {
      while (this.i < text.length && text.charCodeAt(this.i) !== LF && text.charCodeAt(this.i) !== CR) this.i++;
      return;
    }
    const line = this.line;
    const column = this.i - this.lineStart + 1;
    this.i += 2;
    while (this.i < text.length) {
      const d = text.charCodeAt(this.i);
      if (d === STAR && text.charCodeAt(this.i + 1) === SLASH) {
        this.i += 2;
        return;
      }
      if (d === LF || d === CR && text.charCodeAt(this.i + 1) !== LF) this.newline(this.i);
      this.i++;
    }
    this.problem({ code: "unterminated-comment", message: "'/*' comment is never closed", line, column });
  }
  string(line, column) {
    const text = this.text;
    this.i++;
    let value = "";
    let from = this.i;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === QUOTE) {
        value += text.slice(from, this.i);
        this.i++;
        return { kind: TokenKind.String, text: value, line, column, endLine: this.line, endColumn: this.i - this.lineStart + 1 };
      }
      if (c === BACKSLASH && this.i + 1 < text.length) {
        value += text.slice(from, this.i);
        const escaped = text.charCodeAt(this.i + 1);
        if (escaped === LF || escaped === CR) this.newline(this.i + 1);
        value += text[this.i + 1];
        this.i += 2;
        from = this.i;
        continue;
      }
      if (c === LF || c === CR && text.charCodeAt(this.i + 1) !== LF) this.newline(this.i);
      this.i++;
    }
    value += text.slice(from, this.i);
    this.problem({ code: "unterminated-string", message: "quoted string is never closed", line, column });
    return { kind: TokenKind.String, text: value, line, column, endLine: this.line, endColumn: this.i - this.lineStart + 1 };
  }
  word(line, column) {
    const text = this.text;
    const start = this.i;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === DOLLAR && text.charCodeAt(this.i + 1) === OPEN) {
        const window = text.slice(this.i + 2, this.i + 2 + MAX_PLACEHOLDER);
        const close = window.indexOf("}");
        if (close >= 0 && window.slice(0, close).search(/[\r\n;{]/) < 0) {
          this.i += close + 3;
          continue;
        }
      }
      if (endsWord(c) || this.commentAt(this.i)) break;
      this.i++;
    }
    if (this.i === start) this.i++;
    return { kind: TokenKind.Word, text: text.slice(start, this.i), line, column, endLine: line, endColumn: this.i - this.lineStart + 1 };
  }
};

// src/formats/named-conf/recognise.ts
var NOT_CONFIGURATION_SUFFIXES = /* @__PURE__ */ new Set([
  "bak",
  "orig",
  "old",
  "save",
  "swp",
  "tmp",
  "dist",
  "sample",
  "example",
  "default",
  "disabled",
  "j2",
  "jinja",
  "jinja2",
  "tpl",
  "tmpl",
  "template",
  "erb",
  "epp",
  "m4",
  "in",
  "mustache",
  "hbs",
  "twig",
  "liquid"
]);
function isNamedConfName(fileName) {
  const lower = fileName.toLowerCase();
  if (lower.endsWith("~")) return false;
  let part;
  if (lower === "named.conf") return true;
  if (lower.startsWith("named.conf.")) part = lower.slice("named.conf.".length);
  else if ((lower.startsWith("named.") || lower.startsWith("named-")) && lower.endsWith(".conf") && lower.length > "named..conf".length) part = "";
  else return false;
  return !part.split(".").some((piece) => NOT_CONFIGURATION_SUFFIXES.has(piece));
}
var TOP_LEVEL = /* @__PURE__ */ new Set([
  "acl",
  "controls",
  "dlz",
  "dnssec-policy",
  "dyndb",
  "http",
  "include",
  "key",
  "key-store",
  "logging",
  "managed-keys",
  "masters",
  "options",
  "parental-agents",
  "plugin",
  "primaries",
  "remote-servers",
  "server",
  "statistics-channels",
  "template",
  "tls",
  "trust-anchors",
  "trusted-keys",
  "view",
  "zone"
]);
var DECLARING = /* @__PURE__ */ new Set(["options", "view", "zone"]);
function looksLikeNamedConf(head) {
  const lexer = new Lexer(head, () => void 0);
  let statements = 0;
  let declares = false;
  let depth = 0;
  let atStart = true;
  let keyword = "";
  for (let token = lexer.next(); token.kind !== TokenKind.End && statements < 20; token = lexer.next()) {
    if (lexer.template) return false;
    if (depth === 0 && atStart) {
      if (token.kind !== TokenKind.Word || !TOP_LEVEL.has(token.text.toLowerCase())) return false;
      keyword = token.text.toLowerCase();
      atStart = false;
      continue;
    }
    if (token.kind === TokenKind.Open) {
      if (depth === 0 && DECLARING.has(keyword)) declares = true;
      depth++;
    } else if (token.kind === TokenKind.Close) {
      if (--depth < 0) return false;
    } else if (token.kind === TokenKind.Semicolon && depth === 0) {
      statements++;
      atStart = true;
    }
  }
  return declares;
}

export {
  VIEW_WORDS,
  DOT_SUFFIX_WORDS,
  DASH_SUFFIX_WORDS,
  viewWordsIn,
  TokenKind,
  Lexer,
  isNamedConfName,
  looksLikeNamedConf
};
