/**
 * The tokens of BIND's configuration syntax (named.conf and the files it includes): words,
 * quoted strings and the punctuation `{ } ;`, with the three comment styles BIND reads
 * (`//`, `#` and `/* *\/`, anywhere outside a string) left out. Every token keeps its line
 * and column; problems (a string or comment never closed) are handed to `problem` and the
 * text after them is still read.
 */

export const TokenKind = { Word: 0, String: 1, Open: 2, Close: 3, Semicolon: 4, End: 5 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  kind: TokenKind;
  /** The word, or the string without its quotes and with `\x` escapes resolved. */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LexProblem {
  code: 'unterminated-string' | 'unterminated-comment';
  message: string;
  line: number;
  column: number;
}

/** Template syntax that makes the structure of the text unknowable until it is rendered. */
export interface TemplateMarker {
  /** What the user sees (`{{ }}`, `{% %}`, `<% %>`). */
  style: string;
  line: number;
  column: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const STAR = 42;
const SLASH = 47;
const SEMICOLON = 59;
const LESS = 60;
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;
/** Longest `${NAME}` kept inside a word. */
const MAX_PLACEHOLDER = 256;

/** Characters that end a word (besides comments). */
function endsWord(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === QUOTE || c === OPEN || c === CLOSE || c === SEMICOLON || c === 0x0b || c === 0x0c;
}

export class Lexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  /** Set when template syntax was met (`{{`, `{%`, `<%`): the text is a template to render, not a configuration. */
  template: TemplateMarker | undefined;

  constructor(
    private readonly text: string,
    private readonly problem: (p: LexProblem) => void,
    /** Hears the offsets of every comment, delimiters included (suppression directives are read from them). */
    private readonly comment?: (start: number, end: number) => void,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
    this.lineStart = this.i;
  }

  /** The next token; `End` at the end of the text (and after it). */
  next(): Token {
    const text = this.text;
    for (;;) {
      this.skipSpaceAndComments();
      const start = this.i;
      const line = this.line;
      const column = start - this.lineStart + 1;
      if (start >= text.length) return { kind: TokenKind.End, text: '', line, column, endLine: line, endColumn: column };
      const c = text.charCodeAt(start);
      if (c === OPEN) {
        const after = text.charCodeAt(start + 1);
        if ((after === OPEN || after === PERCENT) && this.template === undefined) this.template = { style: after === OPEN ? '{{ }}' : '{% %}', line, column };
        this.i++;
        return { kind: TokenKind.Open, text: '{', line, column, endLine: line, endColumn: column + 1 };
      }
      if (c === CLOSE) {
        this.i++;
        return { kind: TokenKind.Close, text: '}', line, column, endLine: line, endColumn: column + 1 };
      }
      if (c === SEMICOLON) {
        this.i++;
        return { kind: TokenKind.Semicolon, text: ';', line, column, endLine: line, endColumn: column + 1 };
      }
      if (c === QUOTE) return this.string(line, column);
      if (c === LESS && text.charCodeAt(start + 1) === PERCENT && this.template === undefined) this.template = { style: '<% %>', line, column };
      return this.word(line, column);
    }
  }

  private newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  private skipSpaceAndComments(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === LF || (c === CR && text.charCodeAt(this.i + 1) !== LF)) {
        this.newline(this.i);
        this.i++;
      } else if (c === SPACE || c === TAB || c === CR || c === 0x0b || c === 0x0c) {
        this.i++;
      } else if (this.commentAt(this.i)) {
        this.skipComment();
      } else {
        return;
      }
    }
  }

  /** True when a comment starts at `at`: `#`, `//` or `/*`. */
  private commentAt(at: number): boolean {
    const c = this.text.charCodeAt(at);
    if (c === HASH) return true;
    if (c !== SLASH) return false;
    const after = this.text.charCodeAt(at + 1);
    return after === SLASH || after === STAR;
  }

  private skipComment(): void {
    const start = this.i;
    this.skipCommentText();
    this.comment?.(start, this.i);
  }

  private skipCommentText(): void {
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
      if (d === LF || (d === CR && text.charCodeAt(this.i + 1) !== LF)) this.newline(this.i);
      this.i++;
    }
    this.problem({ code: 'unterminated-comment', message: "'/*' comment is never closed", line, column });
  }

  private string(line: number, column: number): Token {
    const text = this.text;
    this.i++;
    let value = '';
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
      // A quoted string may run over several lines, as in BIND.
      if (c === LF || (c === CR && text.charCodeAt(this.i + 1) !== LF)) this.newline(this.i);
      this.i++;
    }
    value += text.slice(from, this.i);
    this.problem({ code: 'unterminated-string', message: 'quoted string is never closed', line, column });
    return { kind: TokenKind.String, text: value, line, column, endLine: this.line, endColumn: this.i - this.lineStart + 1 };
  }

  private word(line: number, column: number): Token {
    const text = this.text;
    const start = this.i;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      // `${NAME}` (shell and Terraform templates) stays inside the word it is part of. The look
      // ahead is bounded, so a text of many `${` costs no more than a text of words.
      if (c === DOLLAR && text.charCodeAt(this.i + 1) === OPEN) {
        const window = text.slice(this.i + 2, this.i + 2 + MAX_PLACEHOLDER);
        const close = window.indexOf('}');
        if (close >= 0 && window.slice(0, close).search(/[\r\n;{]/) < 0) {
          this.i += close + 3;
          continue;
        }
      }
      if (endsWord(c) || this.commentAt(this.i)) break;
      this.i++;
    }
    if (this.i === start) this.i++; // never stall on a character nothing else takes
    return { kind: TokenKind.Word, text: text.slice(start, this.i), line, column, endLine: line, endColumn: this.i - this.lineStart + 1 };
  }
}
