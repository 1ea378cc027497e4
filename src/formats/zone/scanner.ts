/**
 * Tokeniser for master files. One pass over the char codes of the whole text;
 * the current token lives in fields (no token objects). Parentheses join
 * physical lines into one logical line; `;` starts a comment outside quotes (the comments
 * are told to the caller, for suppression comments; a rescan tells them again).
 */

import { thousands } from '../../core/words.js';

export const TOK_WORD = 0;
export const TOK_QUOTED = 1;
/** End of a logical line (a line break outside parentheses). */
export const TOK_EOL = 2;
export const TOK_EOF = 3;

export interface ScanProblem {
  code: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class Scanner {
  readonly text: string;
  readonly length: number;
  pos: number;
  line = 1;
  lineStart = 0;
  /** Parenthesis depth. */
  depth = 0;
  /** Where the outermost open parenthesis is (valid while depth > 0). */
  parenLine = 0;
  parenColumn = 0;
  parenOffset = 0;
  /** Set when the text ended inside parentheses. */
  unclosedParen = false;

  // The current token.
  kind = TOK_EOL;
  /** Content span: for quoted strings, inside the quotes. */
  start = 0;
  end = 0;
  tokLine = 1;
  tokColumn = 1;
  /** Column just past the token (quotes included). */
  tokEndColumn = 1;
  /** True when the token contains a backslash. */
  escaped = false;
  /** True when the token starts in column 1 (an owner name, or a directive). */
  atLineStart = false;

  // End of the last word or quoted token read, for record ranges.
  lastEndLine = 1;
  lastEndColumn = 1;

  private readonly maxLine: number;
  private readonly report: (p: ScanProblem) => void;
  /** Told of each comment: the offsets of its `;` and of the end of its line. */
  private readonly onComment: ((start: number, end: number) => void) | undefined;

  constructor(text: string, maxLine: number, report: (p: ScanProblem) => void, onComment?: (start: number, end: number) => void) {
    this.text = text;
    this.length = text.length;
    this.maxLine = maxLine;
    this.report = report;
    this.onComment = onComment;
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.lineStart = this.pos;
  }

  /** Advances past a line break at `pos` (CR, LF or CRLF) and returns the new position. */
  private newline(pos: number): number {
    const text = this.text;
    if (pos - this.lineStart > this.maxLine) this.reportLongLine(pos);
    if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos++;
    pos++;
    this.line++;
    this.lineStart = pos;
    return pos;
  }

  private reportLongLine(lineEnd: number): void {
    this.report({
      code: 'zone/line-too-long',
      message: `line longer than ${thousands(this.maxLine)} characters`,
      line: this.line,
      column: this.maxLine + 1,
      endLine: this.line,
      endColumn: lineEnd - this.lineStart + 1,
    });
  }

  /** Reads the next token into the fields and returns its kind. */
  next(): number {
    const kind = this.kind;
    if (kind === TOK_WORD || kind === TOK_QUOTED) {
      this.lastEndLine = this.tokLine;
      this.lastEndColumn = this.tokEndColumn;
    }
    const text = this.text;
    const length = this.length;
    let pos = this.pos;
    for (;;) {
      if (pos >= length) {
        this.pos = pos;
        if (pos - this.lineStart > this.maxLine && this.kind !== TOK_EOF) this.reportLongLine(pos);
        if (this.depth > 0) this.unclosedParen = true;
        this.kind = TOK_EOF;
        this.tokLine = this.line;
        this.tokColumn = this.tokEndColumn = pos - this.lineStart + 1;
        this.start = this.end = pos;
        return TOK_EOF;
      }
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9) {
        pos++;
        continue;
      }
      if (c === 10 || c === 13) {
        if (this.depth > 0) {
          pos = this.newline(pos);
          continue;
        }
        this.kind = TOK_EOL;
        this.tokLine = this.line;
        this.tokColumn = this.tokEndColumn = pos - this.lineStart + 1;
        this.start = this.end = pos;
        this.pos = this.newline(pos);
        return TOK_EOL;
      }
      if (c === 59) {
        const start = pos++;
        while (pos < length) {
          const d = text.charCodeAt(pos);
          if (d === 10 || d === 13) break;
          pos++;
        }
        this.onComment?.(start, pos);
        continue;
      }
      if (c === 40) {
        if (this.depth === 0) {
          this.parenLine = this.line;
          this.parenColumn = pos - this.lineStart + 1;
          this.parenOffset = pos;
        }
        this.depth++;
        pos++;
        continue;
      }
      if (c === 41) {
        if (this.depth === 0) {
          const column = pos - this.lineStart + 1;
          this.report({
            code: 'zone/unbalanced-parens',
            message: "')' without a matching '('",
            line: this.line,
            column,
            endLine: this.line,
            endColumn: column + 1,
          });
        } else {
          this.depth--;
        }
        pos++;
        continue;
      }
      if (c === 34) return this.quoted(pos);
      // A word: up to whitespace, a line break, a parenthesis, a quote or a comment.
      const start = pos;
      let escaped = false;
      while (pos < length) {
        const d = text.charCodeAt(pos);
        // Every delimiter but `;` is at most 41, so letters, digits, `.`, `-` and `:` take the first branch.
        if (d > 41) {
          if (d === 92) {
            escaped = true;
            const e = text.charCodeAt(pos + 1);
            // An escaped line break is not part of the word.
            pos += pos + 1 < length && e !== 10 && e !== 13 ? 2 : 1;
            continue;
          }
          if (d === 59) break;
          pos++;
          continue;
        }
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 40 || d === 41 || d === 34) break;
        pos++;
      }
      this.kind = TOK_WORD;
      this.start = start;
      this.end = pos;
      this.escaped = escaped;
      this.tokLine = this.line;
      this.tokColumn = start - this.lineStart + 1;
      this.tokEndColumn = pos - this.lineStart + 1;
      this.atLineStart = start === this.lineStart;
      this.pos = pos;
      return TOK_WORD;
    }
  }

  private quoted(open: number): number {
    const text = this.text;
    const length = this.length;
    let pos = open + 1;
    let escaped = false;
    let closed = false;
    while (pos < length) {
      const d = text.charCodeAt(pos);
      if (d === 34) {
        closed = true;
        break;
      }
      if (d === 10 || d === 13) break;
      if (d === 92) {
        escaped = true;
        const e = text.charCodeAt(pos + 1);
        pos += pos + 1 < length && e !== 10 && e !== 13 ? 2 : 1;
        continue;
      }
      pos++;
    }
    this.kind = TOK_QUOTED;
    this.start = open + 1;
    this.end = pos;
    this.escaped = escaped;
    this.tokLine = this.line;
    this.tokColumn = open - this.lineStart + 1;
    this.atLineStart = open === this.lineStart;
    if (closed) {
      this.pos = pos + 1;
      this.tokEndColumn = pos + 1 - this.lineStart + 1;
    } else {
      this.pos = pos;
      this.tokEndColumn = pos - this.lineStart + 1;
      this.report({
        code: 'zone/unbalanced-quotes',
        message: 'quoted string not closed before the end of the line',
        line: this.line,
        column: this.tokColumn,
        endLine: this.line,
        endColumn: this.tokEndColumn,
      });
    }
    return TOK_QUOTED;
  }

  /** Consumes tokens up to and including the end of the logical line. */
  skipLine(): void {
    let k = this.kind;
    while (k !== TOK_EOL && k !== TOK_EOF) k = this.next();
  }

  /**
   * After the text ended inside parentheses: resume on the line after the one
   * holding the opening parenthesis, outside parentheses.
   */
  resumeAfterParen(): void {
    const text = this.text;
    let pos = this.parenOffset;
    while (pos < this.length) {
      const c = text.charCodeAt(pos);
      if (c === 10 || c === 13) break;
      pos++;
    }
    this.line = this.parenLine;
    this.depth = 0;
    this.unclosedParen = false;
    this.kind = TOK_EOL;
    if (pos < this.length) {
      if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos++;
      pos++;
      this.line++;
    }
    this.lineStart = pos;
    this.pos = pos;
  }

  /** Text of the current token's content. */
  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }
}
