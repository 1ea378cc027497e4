/**
 * A recursive-descent parser for BIND's statement syntax:
 *
 *     file      := statement*
 *     statement := term+ ';'
 *     term      := word | string | '{' statement* '}'
 *
 * The grammar is BIND's own in shape (named.conf(5)); which keywords may appear where is
 * not checked here (named-checkconf does that), only the syntax. Like named-checkconf it
 * reports a missing `;` (before a `}`, before the next statement after a block, or at the end
 * of the file), a `}` without its `{`, a `{` never closed and a stray `;`, each at its line;
 * unlike it, it goes on reading after the first problem, so one file gives every problem.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { Lexer, TokenKind, type Token } from './lexer.js';
import type { Statement, Term } from './model.js';

/**
 * Statements whose clauses may go on after a block (`inet ... allow { ...; } keys { ...; };`
 * in `controls`, `response-policy { ...; } qname-wait-recurse no;`). After the block of any
 * other statement BIND expects its `;`.
 */
const CLAUSES_AFTER_BLOCK = new Set(['inet', 'unix', 'response-policy', 'catalog-zones', 'dnstap', 'zone']);

export interface StatementParse {
  statements: Statement[];
  /** Template syntax met in the text, when there was some. */
  template?: { style: string; line: number; column: number };
}

/** `comment` hears the range of every comment (for suppression directives). */
export function parseStatements(text: string, file: string, diagnostics: Diagnostic[], maxDepth: number, comment?: (start: number, end: number) => void): StatementParse {
  return new StatementParser(text, file, diagnostics, maxDepth, comment).run();
}

class StatementParser {
  private readonly lexer: Lexer;
  private token: Token;
  /** The token before the current one (where a missing `;` belongs). */
  private previous: Token | undefined;

  constructor(
    text: string,
    private readonly file: string,
    private readonly diagnostics: Diagnostic[],
    private readonly maxDepth: number,
    comment?: (start: number, end: number) => void,
  ) {
    this.lexer = new Lexer(text, (p) => this.report(`named-conf/${p.code}`, p.message, { line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 }), comment);
    this.token = this.lexer.next();
  }

  run(): StatementParse {
    const statements = this.statements(0, undefined);
    const template = this.lexer.template;
    return template ? { statements, template } : { statements };
  }

  private advance(): void {
    this.previous = this.token;
    this.token = this.lexer.next();
  }

  private range(token: Token): SourceRange {
    return { file: this.file, line: token.line, column: token.column, endLine: token.endLine, endColumn: token.endColumn };
  }

  private report(code: string, message: string, at: Omit<SourceRange, 'file'>): void {
    this.diagnostics.push({ file: this.file, ...at, severity: 'error', code, message });
  }

  /** Just after the previous token: where a `;` missing at the end of the file would go. */
  private afterPrevious(): Omit<SourceRange, 'file'> {
    const p = this.previous ?? this.token;
    return { line: p.endLine, column: p.endColumn, endLine: p.endLine, endColumn: p.endColumn };
  }

  private shown(token: Token): string {
    if (token.kind === TokenKind.End) return 'the end of the file';
    const text = token.text.length > 40 ? token.text.slice(0, 40) + '...' : token.text;
    return token.kind === TokenKind.String ? `"${text}"` : `'${text}'`;
  }

  /**
   * Statements up to the `}` that closes the block opened by `open` (not consumed), or to the
   * end of the text at the top level. `parent` is the keyword of the statement owning the block.
   */
  private statements(depth: number, parent: string | undefined): Statement[] {
    const statements: Statement[] = [];
    for (;;) {
      const token = this.token;
      switch (token.kind) {
        case TokenKind.End:
          return statements;
        case TokenKind.Close:
          if (depth > 0) return statements;
          this.report('named-conf/unbalanced-braces', "'}' without a matching '{'", this.range(token));
          this.advance();
          continue;
        case TokenKind.Semicolon:
          this.report('named-conf/syntax', "unexpected ';' (an empty statement)", this.range(token));
          this.advance();
          continue;
        default:
          statements.push(this.statement(depth, parent));
      }
    }
  }

  private statement(depth: number, parent: string | undefined): Statement {
    const first = this.token;
    const terms: Term[] = [];
    const keyword = first.kind === TokenKind.Word ? first.text.toLowerCase() : '';
    const end = (): Statement => {
      const last = this.previous ?? first;
      return { terms, loc: { file: this.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn } };
    };
    for (;;) {
      const token = this.token;
      switch (token.kind) {
        case TokenKind.Word:
        case TokenKind.String:
          terms.push({ kind: token.kind === TokenKind.Word ? 'word' : 'string', text: token.text, loc: this.range(token) });
          this.advance();
          continue;
        case TokenKind.Semicolon:
          this.advance();
          return end();
        case TokenKind.Close:
          this.report('named-conf/missing-semicolon', `missing ';' before '}'`, this.range(token));
          return end();
        case TokenKind.End:
          this.report('named-conf/missing-semicolon', "missing ';' at the end of the file", this.afterPrevious());
          return end();
        case TokenKind.Open: {
          const block = this.block(depth, keyword);
          terms.push(block);
          // A block never closed was said to be; the statement ends with the text.
          if (block.unclosed) return end();
          const next = this.token;
          const clausesFollow = CLAUSES_AFTER_BLOCK.has(keyword) && (keyword !== 'zone' || parent === 'catalog-zones');
          if ((next.kind === TokenKind.Word || next.kind === TokenKind.String) && !clausesFollow) {
            this.report('named-conf/missing-semicolon', `missing ';' before ${this.shown(next)}`, this.range(next));
            return end();
          }
          continue;
        }
      }
    }
  }

  private block(depth: number, keyword: string): Term & { unclosed?: true } {
    const open = this.token;
    this.advance();
    let statements: Statement[];
    if (depth + 1 > this.maxDepth) {
      this.report('named-conf/too-deep', `blocks nested deeper than ${this.maxDepth} levels; this one is not read`, this.range(open));
      this.skipBlock();
      statements = [];
    } else {
      statements = this.statements(depth + 1, keyword);
    }
    const close = this.token;
    const closed = close.kind === TokenKind.Close;
    if (closed) this.advance();
    else this.report('named-conf/unbalanced-braces', `'{' is never closed`, this.range(open));
    const last = this.previous ?? open;
    const loc = { file: this.file, line: open.line, column: open.column, endLine: last.endLine, endColumn: last.endColumn };
    return closed ? { kind: 'block', statements, loc } : { kind: 'block', statements, loc, unclosed: true };
  }

  /** Skips to the `}` that closes a block whose `{` was just read (not consumed). */
  private skipBlock(): void {
    let depth = 1;
    while (this.token.kind !== TokenKind.End) {
      if (this.token.kind === TokenKind.Open) depth++;
      else if (this.token.kind === TokenKind.Close && --depth === 0) return;
      this.advance();
    }
  }
}
