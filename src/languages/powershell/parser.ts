import type {
  Command,
  CommandElement,
  Expression,
  HashEntry,
  Parameter,
  ParamBlock,
  PipelineElement,
  ScriptBody,
  Statement,
  StringPart,
  SwitchClause,
} from './ast.js';
import {
  EOF,
  backtickEscape,
  endsNumber,
  forcesNewToken,
  isDash,
  isDigit,
  isDoubleQuote,
  isHexDigit,
  isIdentifierFollow,
  isIdentifierStart,
  isNewline,
  isSingleQuote,
  isVariableFollow,
  isVariableStart,
  isWhitespace,
} from './chars.js';

/**
 * A recursive-descent parser for the PowerShell statements uclint reads, following the
 * PowerShell Language Specification and, where the specification leaves it open, what
 * PowerShell's own tokenizer does (which characters end a bare word, when `$x\y` is one
 * argument, typographic quotes and dashes). PowerShell tokenizes differently in expression
 * mode (`$a -eq 5`) and in argument mode (`-Name sip -Port 5061`), so the parser scans
 * characters itself, in the mode of the place it is reading, rather than from a token stream.
 *
 * It never throws on any text: a syntax problem is recorded at its offsets and reading goes on
 * from the end of the statement. Nesting deeper than the bound is one problem, and the deeper
 * group is skipped over, not read.
 */

export interface ParseProblem {
  start: number;
  end: number;
  code: 'powershell/syntax' | 'powershell/too-deep';
  message: string;
}

export interface ParseResult {
  body: ScriptBody;
  problems: ParseProblem[];
  /** The comments (`#` to the line end, `<# #>`), as offsets in the text, in order: where suppression directives are read. */
  comments: Array<{ start: number; end: number }>;
}

/** Groups (blocks, parentheses, strings with subexpressions, hashtables) nested deeper than this are not read. */
export const MAX_NESTING = 100;

const COMPARISON_OPERATORS = new Set(
  ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains', 'notcontains', 'in', 'notin', 'split']
    .flatMap((op) => [op, `i${op}`, `c${op}`])
    .concat(['join', 'is', 'isnot', 'as', 'shl', 'shr']),
);
const BITWISE_OPERATORS = new Set(['band', 'bor', 'bxor']);
const LOGICAL_OPERATORS = new Set(['and', 'or', 'xor']);
const UNARY_OPERATORS = new Set(['not', 'bnot', 'split', 'join']);
const ASSIGNMENT_OPERATORS = ['??=', '+=', '-=', '*=', '/=', '%=', '='];

/** Words that begin a statement of their own when followed by a character that ends a token. */
const STATEMENT_KEYWORDS = new Set([
  'if', 'switch', 'foreach', 'for', 'while', 'do', 'function', 'filter', 'workflow', 'configuration', 'try', 'trap',
  'break', 'continue', 'return', 'exit', 'throw', 'param', 'class', 'enum', 'using', 'data', 'parallel', 'sequence', 'inlinescript',
]);
/** Keywords that cannot start a statement where they stand (`else` without `if`, ...). */
const MISPLACED_KEYWORDS = new Set(['else', 'elseif', 'catch', 'finally', 'until', 'begin', 'process', 'end', 'dynamicparam', 'in']);
const NAMED_BLOCKS = new Set(['begin', 'process', 'end', 'dynamicparam', 'clean']);

export function parsePowerShell(text: string, maxNesting = MAX_NESTING): ParseResult {
  const parser = new Parser(text, maxNesting);
  // A byte-order mark left at the start of the text is not part of the script.
  if (text.charCodeAt(0) === 0xfeff) parser.pos = 1;
  const body = parser.parseScript();
  const comments = [...parser.comments].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
  return { body, problems: parser.problems, comments };
}

class Parser {
  pos = 0;
  readonly problems: ParseProblem[] = [];
  private depth = 0;
  private inConfiguration = false;
  private tooDeepReported = false;
  /** Inside method arguments, where `,` separates arguments instead of building an array. */
  private commaSeparatesArguments = false;
  /** Offsets of newlines preceded by a backtick and spaces: the backtick escaped a space, not the line end. */
  private readonly brokenContinuations = new Set<number>();
  /** Comments met, start to end offset (a comment may be stepped over more than once). */
  readonly comments = new Map<number, number>();

  constructor(
    readonly text: string,
    private readonly maxNesting: number,
  ) {}

  private code(i = this.pos): number {
    return i < this.text.length ? this.text.charCodeAt(i) : EOF;
  }

  private problem(start: number, end: number, message: string): void {
    this.problems.push({ start, end: Math.max(end, start), code: 'powershell/syntax', message });
  }

  // ------------------------------------------------------------------ trivia

  /** Skips spaces, comments and line continuations (a backtick right before the line end); never a newline. */
  private skipSpace(): void {
    for (;;) {
      const c = this.code();
      if (isWhitespace(c)) {
        this.pos++;
      } else if (c === 0x60 /* ` */) {
        const next = this.code(this.pos + 1);
        if (isNewline(next)) {
          this.pos += next === 13 && this.code(this.pos + 2) === 10 ? 3 : 2;
        } else if (isWhitespace(next)) {
          // A backtick escapes the space after it; if only spaces follow to the line end, the line is not continued.
          let i = this.pos + 1;
          while (isWhitespace(this.code(i))) i++;
          if (isNewline(this.code(i))) this.brokenContinuations.add(i);
          this.pos = i;
        } else {
          return;
        }
      } else if (c === 0x23 /* # */) {
        const start = this.pos;
        while (this.pos < this.text.length && !isNewline(this.code())) this.pos++;
        this.comments.set(start, this.pos);
      } else if (c === 0x3c /* < */ && this.code(this.pos + 1) === 0x23) {
        const start = this.pos;
        const end = this.text.indexOf('#>', this.pos + 2);
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
  private skipNewlines(): void {
    for (;;) {
      this.skipSpace();
      const c = this.code();
      if (!isNewline(c)) return;
      this.pos++;
    }
  }

  /** Skips spaces, comments, newlines and `;`. */
  private skipSeparators(): void {
    for (;;) {
      this.skipNewlines();
      if (this.code() !== 0x3b) return;
      this.pos++;
    }
  }

  private atStatementEnd(): boolean {
    const c = this.code();
    return c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d;
  }

  // ------------------------------------------------------------------ nesting

  /** Enters a nested group; false (and one problem for the file) when the nesting bound is reached. */
  private enter(start: number): boolean {
    if (this.depth >= this.maxNesting) {
      if (!this.tooDeepReported) {
        this.tooDeepReported = true;
        this.problems.push({ start, end: start + 1, code: 'powershell/too-deep', message: `nesting deeper than the bound of ${this.maxNesting}; the deeper part is not read` });
      }
      return false;
    }
    this.depth++;
    return true;
  }

  private leave(): void {
    this.depth--;
  }

  /**
   * Skips a group from its opening bracket to the matching close, without reading it (past the
   * nesting bound, and for constructs not modelled). Quotes and comments are stepped over so a
   * bracket inside them does not count.
   */
  private skipGroup(): void {
    const stack: number[] = [];
    for (;;) {
      const c = this.code();
      if (c === EOF) return;
      if (c === 0x28 || c === 0x7b || c === 0x5b) {
        stack.push(c === 0x28 ? 0x29 : c === 0x7b ? 0x7d : 0x5d);
        this.pos++;
      } else if (c === 0x29 || c === 0x7d || c === 0x5d) {
        this.pos++;
        while (stack.length && stack[stack.length - 1] !== c) stack.pop();
        stack.pop();
        if (!stack.length) return;
      } else if (isSingleQuote(c) || isDoubleQuote(c)) {
        this.skipQuoted(c);
      } else if (c === 0x23 || (c === 0x3c && this.code(this.pos + 1) === 0x23)) {
        this.skipSpace();
      } else if (c === 0x60) {
        this.pos += 2;
      } else {
        this.pos++;
      }
    }
  }

  /** Steps over a quoted string without reading what it expands (backticks escape in double quotes). */
  private skipQuoted(open: number): void {
    const double = isDoubleQuote(open);
    this.pos++;
    for (;;) {
      const c = this.code();
      if (c === EOF) return;
      this.pos++;
      if (double && c === 0x60) this.pos++;
      else if (double ? isDoubleQuote(c) : isSingleQuote(c)) {
        const next = this.code();
        if (double ? isDoubleQuote(next) : isSingleQuote(next)) this.pos++;
        else return;
      }
    }
  }

  /** After a problem inside a statement: skips to its end (a newline, `;` or an unmatched closing bracket), over balanced groups. */
  private recover(): void {
    for (;;) {
      const c = this.code();
      if (c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x5d) return;
      if (c === 0x28 || c === 0x7b || c === 0x5b) this.skipGroup();
      else if (isSingleQuote(c) || isDoubleQuote(c)) this.skipQuoted(c);
      else if (c === 0x23 || c === 0x60 || (c === 0x3c && this.code(this.pos + 1) === 0x23)) {
        const before = this.pos;
        this.skipSpace();
        if (this.pos === before) this.pos++;
      } else this.pos++;
    }
  }

  // ------------------------------------------------------------------ words

  /** The identifier at `i` (letters, digits, `_`), or '' when none starts there. */
  private identifierAt(i: number): string {
    if (!isIdentifierStart(this.code(i))) return '';
    let end = i + 1;
    while (isIdentifierFollow(this.code(end))) end++;
    return this.text.slice(i, end);
  }

  /** The keyword at the current position: an identifier that a token-ending character follows. */
  private keywordHere(): string {
    const word = this.identifierAt(this.pos);
    if (!word || !forcesNewToken(this.code(this.pos + word.length))) return '';
    return word.toLowerCase();
  }

  private expectChar(c: number, what: string, openedAt?: number): boolean {
    if (this.code() === c) {
      this.pos++;
      return true;
    }
    if (openedAt !== undefined) this.problem(openedAt, openedAt + 1, `missing ${what} to close this`);
    else this.problem(this.pos, this.pos + 1, `expected ${what}`);
    return false;
  }

  // ------------------------------------------------------------------ script and statements

  parseScript(): ScriptBody {
    const body = this.parseScriptBody(EOF);
    while (this.pos < this.text.length) {
      // An unmatched closing bracket at the top: report it and read on.
      this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
      this.pos++;
      const more = this.parseScriptBody(EOF);
      for (const block of more.blocks) body.blocks.push(block);
      body.end = more.end;
    }
    return body;
  }

  /** A script or script block body: `param(...)`, then named blocks (`begin`/`process`/`end`) or statements. */
  private parseScriptBody(closer: number): ScriptBody {
    const start = this.pos;
    this.skipSeparators();
    let params: ParamBlock | undefined;
    const save = this.pos;
    this.skipAttributes();
    if (this.keywordHere() === 'param') {
      params = this.parseParamBlock();
    } else {
      this.pos = save;
    }
    const blocks: { name: string; body: Statement[] }[] = [];
    this.skipSeparators();
    if (NAMED_BLOCKS.has(this.keywordHere()) && this.namedBlockFollows()) {
      for (;;) {
        this.skipSeparators();
        const name = this.keywordHere();
        if (!NAMED_BLOCKS.has(name)) break;
        this.pos += name.length;
        this.skipNewlines();
        const open = this.pos;
        if (!this.expectChar(0x7b, "'{'")) break;
        blocks.push({ name, body: this.parseStatementsUntilClose(open) });
      }
      this.skipSeparators();
      if (this.code() !== closer && this.code() !== EOF) {
        this.problem(this.pos, this.pos + 1, "unexpected statement after the named blocks 'begin', 'process' and 'end'");
        blocks.push({ name: 'end', body: this.parseStatements(closer) });
      }
    } else {
      blocks.push({ name: 'end', body: this.parseStatements(closer) });
    }
    return { params, blocks, start, end: this.pos };
  }

  private namedBlockFollows(): boolean {
    const save = this.pos;
    this.pos += this.keywordHere().length;
    this.skipNewlines();
    const follows = this.code() === 0x7b;
    this.pos = save;
    return follows;
  }

  /** `[CmdletBinding()]`, `[OutputType([string])]` and the like before `param`. */
  private skipAttributes(): void {
    for (;;) {
      this.skipSeparators();
      if (this.code() !== 0x5b) return;
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
  private parseStatements(closer: number): Statement[] {
    const statements: Statement[] = [];
    for (;;) {
      this.skipSeparators();
      const c = this.code();
      if (c === EOF || c === closer || c === 0x7d) return statements;
      if (c === 0x29 || c === 0x5d) {
        // A closing bracket that closes nothing here.
        this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
        this.pos++;
        continue;
      }
      const before = this.pos;
      const statement = this.parseStatement();
      if (statement) statements.push(statement);
      this.skipSpace();
      const after = this.code();
      if (!(after === EOF || isNewline(after) || after === 0x3b || after === closer || after === 0x29 || after === 0x7d)) {
        this.problem(this.pos, this.tokenEnd(this.pos), `unexpected '${this.text.slice(this.pos, this.tokenEnd(this.pos))}' after the statement`);
        this.recover();
      }
      if (this.pos === before) {
        // Nothing could be read here: step over one character so reading goes on.
        this.problem(this.pos, this.pos + 1, `unexpected '${this.text[this.pos]}'`);
        this.pos++;
      }
    }
  }

  /** Statements inside `{ ... }` whose `{` is at `open` (already consumed), and the `}`. */
  private parseStatementsUntilClose(open: number): Statement[] {
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return [];
    }
    const statements = this.parseStatements(0x7d);
    this.leave();
    this.expectChar(0x7d, "'}'", open);
    return statements;
  }

  /** A `{ ... }` block after optional newlines. */
  private parseBlock(): Statement[] {
    this.skipNewlines();
    const open = this.pos;
    if (this.code() !== 0x7b) {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected '{'");
      return [];
    }
    this.pos++;
    return this.parseStatementsUntilClose(open);
  }

  /** The end of the token-like run at `i`, for problem ranges. */
  private tokenEnd(i: number): number {
    let end = i + 1;
    while (end < this.text.length && !forcesNewToken(this.code(end))) end++;
    return Math.min(end, this.text.length);
  }

  parseStatement(): Statement | undefined {
    const commas = this.commaSeparatesArguments;
    this.commaSeparatesArguments = false;
    try {
      return this.parseStatementHere();
    } finally {
      this.commaSeparatesArguments = commas;
    }
  }

  private parseStatementHere(): Statement | undefined {
    this.skipSpace();
    const start = this.pos;
    // A loop label: `:outer foreach (...)`.
    if (this.code() === 0x3a && isIdentifierStart(this.code(this.pos + 1))) {
      const label = this.identifierAt(this.pos + 1);
      const after = this.pos + 1 + label.length;
      if (forcesNewToken(this.code(after))) {
        this.pos = after;
        this.skipSpace();
        const keyword = this.keywordHere();
        if (['foreach', 'for', 'while', 'do', 'switch'].includes(keyword)) return this.parseKeywordStatement(keyword, start);
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
      return undefined;
    }
    if (this.inConfiguration) {
      const resource = this.tryResource(start);
      if (resource) return resource;
    }
    return this.parsePipelineStatement();
  }

  private parseKeywordStatement(keyword: string, start: number): Statement | undefined {
    const afterKeyword = this.pos + keyword.length;
    switch (keyword) {
      case 'if':
        this.pos = afterKeyword;
        return this.parseIf(start);
      case 'foreach':
        this.pos = afterKeyword;
        return this.parseForeach(start);
      case 'for':
      case 'while':
        this.pos = afterKeyword;
        return this.parseForWhile(keyword, start);
      case 'do':
        this.pos = afterKeyword;
        return this.parseDo(start);
      case 'switch':
        this.pos = afterKeyword;
        return this.parseSwitch(start);
      case 'function':
      case 'filter':
      case 'workflow':
        this.pos = afterKeyword;
        return this.parseFunction(start);
      case 'configuration':
        this.pos = afterKeyword;
        return this.parseConfiguration(start);
      case 'try':
        this.pos = afterKeyword;
        return this.parseTry(start);
      case 'trap': {
        this.pos = afterKeyword;
        this.skipSpace();
        if (this.code() === 0x5b) this.parseTypeLiteral();
        const body = this.parseBlock();
        return { kind: 'trap', body, start, end: this.pos };
      }
      case 'break':
      case 'continue': {
        this.pos = afterKeyword;
        this.skipSpace();
        if (!this.atStatementEnd()) {
          // A label, written bare or as an expression.
          this.parseCommandArgument();
        }
        return { kind: 'flow', keyword, value: undefined, start, end: this.pos };
      }
      case 'return':
      case 'exit':
      case 'throw': {
        this.pos = afterKeyword;
        this.skipSpace();
        const value = this.atStatementEnd() || this.code() === 0x7c ? undefined : this.parsePipelineStatement();
        return { kind: 'flow', keyword, value, start, end: this.pos };
      }
      case 'param': {
        const block = this.parseParamBlock();
        return { kind: 'param', block, start, end: this.pos };
      }
      case 'class':
      case 'enum':
      case 'data': {
        this.pos = afterKeyword;
        while (this.code() !== EOF && this.code() !== 0x7b) {
          if (isSingleQuote(this.code()) || isDoubleQuote(this.code())) this.skipQuoted(this.code());
          else this.pos++;
        }
        if (this.code() === 0x7b) this.skipGroup();
        return { kind: 'opaque', keyword, start, end: this.pos };
      }
      case 'using': {
        this.pos = afterKeyword;
        this.recover();
        return { kind: 'opaque', keyword, start, end: this.pos };
      }
      case 'parallel':
      case 'sequence':
      case 'inlinescript': {
        // Workflow blocks; a command of that name otherwise.
        this.pos = afterKeyword;
        this.skipSpace();
        if (this.code() !== 0x7b) return undefined;
        const body = this.parseBlock();
        return { kind: 'block', body, start, end: this.pos };
      }
      default:
        return undefined;
    }
  }

  /** The `( ... )` condition of `if`, `while`, `switch`: a pipeline (or an assignment) inside parentheses. */
  private parseCondition(): Statement | undefined {
    this.skipNewlines();
    const open = this.pos;
    if (this.code() !== 0x28) {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected '(' after the keyword");
      return undefined;
    }
    this.pos++;
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return undefined;
    }
    this.skipNewlines();
    const statement = this.code() === 0x29 ? undefined : this.parseStatement();
    this.leave();
    this.closeParenthesis(open);
    return statement;
  }

  /**
   * The `)` closing a parenthesis opened at `open`, after optional newlines. When it is missing,
   * the problem is reported at the `(` and reading resumes where the line ends, so the next
   * lines are read as statements of their own.
   */
  private closeParenthesis(open: number): void {
    this.skipSpace();
    const lineEnd = this.pos;
    this.skipNewlines();
    if (this.code() === 0x29) {
      this.pos++;
      return;
    }
    this.pos = lineEnd;
    this.problem(open, open + 1, "missing ')' to close this");
    this.recover();
    if (this.code() === 0x29) this.pos++;
  }

  /** After a problem inside parentheses: skips to the matching `)` and past it. */
  private recoverTo(close: number): void {
    this.recover();
    if (this.code() === close) this.pos++;
  }

  private parseIf(start: number): Statement {
    const clauses: { condition: Statement | undefined; body: Statement[] }[] = [];
    clauses.push({ condition: this.parseCondition(), body: this.parseBlock() });
    let elseBody: Statement[] | undefined;
    for (;;) {
      const save = this.pos;
      this.skipNewlines();
      const keyword = this.keywordHere();
      if (keyword === 'elseif') {
        this.pos += keyword.length;
        clauses.push({ condition: this.parseCondition(), body: this.parseBlock() });
      } else if (keyword === 'else') {
        this.pos += keyword.length;
        elseBody = this.parseBlock();
        break;
      } else {
        this.pos = save;
        break;
      }
    }
    return { kind: 'if', clauses, else: elseBody, start, end: this.pos };
  }

  private parseForeach(start: number): Statement {
    this.skipSpace();
    // `foreach -parallel (...)` in workflows, and -ThrottleLimit in PowerShell 7.
    while (isDash(this.code())) {
      this.pos++;
      this.pos += this.identifierAt(this.pos).length;
      this.skipSpace();
      if (isDigit(this.code())) this.parseCommandArgument();
      this.skipSpace();
    }
    this.skipNewlines();
    const open = this.pos;
    let variable: Expression = { kind: 'error', start: this.pos, end: this.pos };
    let iterable: Statement | undefined;
    if (this.expectChar(0x28, "'('")) {
      this.skipNewlines();
      if (this.code() === 0x24) variable = this.parseVariableExpression(false);
      else this.problem(this.pos, this.tokenEnd(this.pos), "expected the loop variable after 'foreach ('");
      this.skipNewlines();
      if (this.keywordHere() === 'in') {
        this.pos += 2;
        this.skipNewlines();
        iterable = this.parseStatement();
      } else {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected 'in' in 'foreach'");
      }
      this.skipNewlines();
      if (!this.expectChar(0x29, "')'", open)) this.recoverTo(0x29);
    }
    const headerEnd = this.pos;
    const body = this.parseBlock();
    return { kind: 'foreach', variable, iterable, body, start, end: this.pos, headerEnd };
  }

  private parseForWhile(keyword: 'for' | 'while', start: number): Statement {
    const parts: (Statement | undefined)[] = [];
    if (keyword === 'while') {
      parts.push(this.parseCondition());
    } else {
      this.skipNewlines();
      const open = this.pos;
      if (this.expectChar(0x28, "'('")) {
        for (let i = 0; i < 3; i++) {
          this.skipSpace();
          while (isNewline(this.code())) {
            this.pos++;
            this.skipSpace();
          }
          const c = this.code();
          parts.push(c === 0x3b || c === 0x29 ? undefined : this.parseStatement());
          this.skipSpace();
          if (i < 2) {
            if (this.code() === 0x3b || isNewline(this.code())) this.pos++;
          }
        }
        this.skipNewlines();
        if (!this.expectChar(0x29, "')'", open)) this.recoverTo(0x29);
      }
    }
    const body = this.parseBlock();
    return { kind: 'loop', keyword, parts, body, start, end: this.pos };
  }

  private parseDo(start: number): Statement {
    const body = this.parseBlock();
    this.skipNewlines();
    const keyword = this.keywordHere();
    const parts: (Statement | undefined)[] = [];
    if (keyword === 'while' || keyword === 'until') {
      this.pos += keyword.length;
      parts.push(this.parseCondition());
    } else {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected 'while' or 'until' after the 'do' block");
    }
    return { kind: 'loop', keyword: 'do', parts, body, start, end: this.pos, until: keyword === 'until' };
  }

  private parseSwitch(start: number): Statement {
    const flags: string[] = [];
    for (;;) {
      this.skipSpace();
      if (!isDash(this.code())) break;
      const flagStart = this.pos + 1;
      this.pos = flagStart + this.identifierAt(flagStart).length;
      const flag = this.text.slice(flagStart, this.pos).toLowerCase();
      flags.push(flag);
      if (flag === 'file') {
        this.skipSpace();
        this.parseCommandArgument();
      }
    }
    let subject: Statement | undefined;
    this.skipNewlines();
    if (this.code() === 0x28) subject = this.parseCondition();
    else if (!flags.includes('file')) this.problem(this.pos, this.tokenEnd(this.pos), "expected '(' after 'switch'");
    this.skipNewlines();
    const open = this.pos;
    const clauses: SwitchClause[] = [];
    if (!this.expectChar(0x7b, "'{'")) return { kind: 'switch', flags, subject, clauses, start, end: this.pos };
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return { kind: 'switch', flags, subject, clauses, start, end: this.pos };
    }
    for (;;) {
      this.skipSeparators();
      const c = this.code();
      if (c === EOF || c === 0x7d) break;
      const clauseStart = this.pos;
      let condition: Expression | 'default';
      if (this.keywordHere() === 'default') {
        this.pos += 7;
        condition = 'default';
      } else {
        condition = this.parseArgumentPrimary();
      }
      const body = this.parseBlock();
      clauses.push({ condition, body, start: clauseStart, end: this.pos });
      if (this.pos === clauseStart) this.pos++;
    }
    this.leave();
    this.expectChar(0x7d, "'}'", open);
    return { kind: 'switch', flags, subject, clauses, start, end: this.pos };
  }

  private parseFunction(start: number): Statement {
    this.skipSpace();
    const nameStart = this.pos;
    while (!forcesNewToken(this.code())) this.pos++;
    const name = this.text.slice(nameStart, this.pos);
    if (!name) this.problem(this.pos, this.tokenEnd(this.pos), 'expected the function name');
    this.skipSpace();
    let params: ParamBlock | undefined;
    if (this.code() === 0x28) params = this.parseParameterList();
    this.skipNewlines();
    const open = this.pos;
    if (this.code() !== 0x7b) {
      this.problem(this.pos, this.tokenEnd(this.pos), `expected '{' to begin the body of '${name}'`);
      return { kind: 'function', name, body: { params, blocks: [], start: this.pos, end: this.pos }, start, end: this.pos };
    }
    this.pos++;
    const wasConfiguration = this.inConfiguration;
    this.inConfiguration = false;
    const body = this.parseScriptBlockBody(open);
    this.inConfiguration = wasConfiguration;
    if (params && !body.params) body.params = params;
    return { kind: 'function', name, body, start, end: this.pos };
  }

  /** The body of `{ ... }` whose `{` at `open` is consumed, and its `}`. */
  private parseScriptBlockBody(open: number): ScriptBody {
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return { params: undefined, blocks: [], start: open, end: this.pos };
    }
    const body = this.parseScriptBody(0x7d);
    this.leave();
    this.expectChar(0x7d, "'}'", open);
    body.end = this.pos;
    return body;
  }

  private parseConfiguration(start: number): Statement {
    this.skipSpace();
    let name: Expression | undefined;
    if (this.code() !== 0x7b && !this.atStatementEnd()) name = this.parseArgumentPrimary();
    const wasConfiguration = this.inConfiguration;
    this.inConfiguration = true;
    const body = this.parseBlock();
    this.inConfiguration = wasConfiguration;
    return { kind: 'configuration', name, body, start, end: this.pos };
  }

  /**
   * A DSC resource block (`Registry DisableSavePassword { Key = '...' }`) or `Node name { ... }`,
   * inside a configuration: a word without a dash (DSC resource names have none; cmdlets do),
   * an optional name on the same line, and a `{` (which may be on the next line). Anything else
   * is read as an ordinary statement.
   */
  private tryResource(start: number): Statement | undefined {
    const word = this.identifierAt(this.pos);
    if (!word || !forcesNewToken(this.code(this.pos + word.length))) return undefined;
    this.pos += word.length;
    this.skipSpace();
    const nameStart = this.pos;
    let hasName = false;
    if (this.code() !== 0x7b && !isNewline(this.code())) {
      if (this.atStatementEnd() || isDash(this.code()) || !this.skipArgumentExtent()) {
        this.pos = start;
        return undefined;
      }
      hasName = true;
      this.skipSpace();
    }
    this.skipNewlines();
    if (this.code() !== 0x7b) {
      this.pos = start;
      return undefined;
    }
    let name: Expression | undefined;
    if (hasName) {
      this.pos = nameStart;
      name = this.parseCommandArgument();
      this.skipNewlines();
      if (this.code() !== 0x7b) {
        this.problem(this.pos, this.tokenEnd(this.pos), `expected '{' after the name of the ${word} block`);
        this.recover();
        return undefined;
      }
    }
    const open = this.pos;
    this.pos++;
    if (word.toLowerCase() === 'node') {
      const body = this.parseStatementsUntilClose(open);
      return { kind: 'node', name, body, start, end: this.pos };
    }
    const properties = this.parseHashBody(open);
    return { kind: 'resource', type: word, name, properties, start, end: this.pos, bodyStart: open };
  }

  /**
   * Steps over one command argument without reading it (a look-ahead, so a statement that turns
   * out not to be a resource block is read only once): groups are skipped whole, words to their
   * end, and `.Member`, `{...}`, `[...]` after a value and `,`-separated values with it.
   */
  private skipArgumentExtent(): boolean {
    for (;;) {
      const c = this.code();
      if (c === 0x28 || c === 0x7b || c === 0x5b) this.skipGroup();
      else if ((c === 0x24 || c === 0x40) && (this.code(this.pos + 1) === 0x28 || this.code(this.pos + 1) === 0x7b)) {
        this.pos++;
        this.skipGroup();
      } else if (isSingleQuote(c) || isDoubleQuote(c)) this.skipQuoted(c);
      else {
        const before = this.pos;
        while (!forcesNewToken(this.code())) {
          const d = this.code();
          if (isSingleQuote(d) || isDoubleQuote(d)) this.skipQuoted(d);
          else if (d === 0x60) this.pos += 2;
          else if (d === 0x2e && this.code(this.pos + 1) !== 0x2e && this.pos > before) break;
          else this.pos++;
        }
        if (this.pos === before) return false;
      }
      // Member access, method calls and indexing after the value.
      for (;;) {
        const d = this.code();
        if (d === 0x2e && isIdentifierStart(this.code(this.pos + 1))) {
          this.pos++;
          while (isIdentifierFollow(this.code())) this.pos++;
        } else if (d === 0x5b || ((d === 0x28 || d === 0x7b) && isIdentifierFollow(this.code(this.pos - 1)))) {
          this.skipGroup();
        } else break;
      }
      this.skipSpace();
      if (this.code() !== 0x2c) return true;
      this.pos++;
      this.skipNewlines();
    }
  }

  private parseTry(start: number): Statement {
    const body = this.parseBlock();
    const catches: Statement[][] = [];
    let finallyBody: Statement[] | undefined;
    for (;;) {
      const save = this.pos;
      this.skipNewlines();
      const keyword = this.keywordHere();
      if (keyword === 'catch') {
        this.pos += 5;
        for (;;) {
          this.skipSpace();
          if (this.code() !== 0x5b) break;
          this.parseTypeLiteral();
          this.skipSpace();
          if (this.code() === 0x2c) {
            this.pos++;
            this.skipNewlines();
          }
        }
        catches.push(this.parseBlock());
      } else if (keyword === 'finally') {
        this.pos += 7;
        finallyBody = this.parseBlock();
        break;
      } else {
        this.pos = save;
        break;
      }
    }
    if (!catches.length && !finallyBody) this.problem(start, start + 3, "'try' needs a 'catch' or a 'finally' block");
    return { kind: 'try', body, catches, finally: finallyBody, start, end: this.pos };
  }

  /** `param(...)` at the current position (on the keyword). */
  private parseParamBlock(): ParamBlock {
    this.pos += 5;
    this.skipNewlines();
    if (this.code() !== 0x28) {
      this.problem(this.pos, this.tokenEnd(this.pos), "expected '(' after 'param'");
      return { parameters: [], start: this.pos, end: this.pos };
    }
    return this.parseParameterList();
  }

  /** `( [attributes] [type] $name = default, ... )`, on the `(`. */
  private parseParameterList(): ParamBlock {
    const open = this.pos;
    this.pos++;
    const parameters: Parameter[] = [];
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return { parameters, start: open, end: this.pos };
    }
    for (;;) {
      this.skipNewlines();
      const c = this.code();
      if (c === EOF || c === 0x29) break;
      const paramStart = this.pos;
      let type: string | undefined;
      while (this.code() === 0x5b) {
        const literal = this.parseTypeLiteral();
        if (!literal) break;
        if (!literal.attribute) type = literal.name;
        this.skipNewlines();
      }
      if (this.code() !== 0x24) {
        this.problem(this.pos, this.tokenEnd(this.pos), 'expected a parameter variable');
        this.recover();
        if (this.code() === 0x2c) this.pos++;
        if (this.pos === paramStart) this.pos++;
        continue;
      }
      const variable = this.parseVariableExpression(false);
      const name = variable.kind === 'variable' ? variable.name : '';
      this.skipSpace();
      let defaultValue: Expression | undefined;
      if (this.code() === 0x3d) {
        this.pos++;
        this.skipNewlines();
        defaultValue = this.parseLogicalNoComma();
      }
      parameters.push({ name, type, default: defaultValue, start: paramStart, end: this.pos });
      this.skipNewlines();
      if (this.code() === 0x2c) this.pos++;
      else if (this.code() !== 0x29) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected ',' or ')' in the parameter list");
        this.recover();
        if (this.code() === 0x2c) this.pos++;
      }
    }
    this.leave();
    this.expectChar(0x29, "')'", open);
    return { parameters, start: open, end: this.pos };
  }

  // ------------------------------------------------------------------ pipelines

  /** A pipeline, or pipelines joined by `&&` and `||` (PowerShell 7). */
  private parsePipelineStatement(): Statement | undefined {
    const start = this.pos;
    const first = this.parsePipeline();
    if (!first || first.kind !== 'pipeline') return first;
    this.skipSpace();
    if (!this.chainOperatorHere()) {
      // A lone '&' after a pipeline runs it in the background (PowerShell 7).
      if (this.code() === 0x26) this.pos++;
      return first;
    }
    const rest: { operator: '&&' | '||'; statement: Statement }[] = [];
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
    return { kind: 'chain', first, rest, start, end: this.pos };
  }

  private chainOperatorHere(): '&&' | '||' | undefined {
    if (this.code() === 0x26 && this.code(this.pos + 1) === 0x26) return '&&';
    if (this.code() === 0x7c && this.code(this.pos + 1) === 0x7c) return '||';
    return undefined;
  }

  /** A pipeline of commands (the first element may be an expression), or an assignment. */
  private parsePipeline(): Statement | undefined {
    const start = this.pos;
    const first = this.parsePipelineElement(true);
    if (!first) return undefined;
    this.skipSpace();
    if (first.kind === 'expression') {
      const operator = this.assignmentOperatorHere();
      if (operator) {
        this.pos += operator.length;
        this.skipNewlines();
        let value: Statement | undefined;
        if (!this.atStatementEnd() && this.enter(this.pos)) {
          value = this.parseStatement();
          this.leave();
        }
        if (!value) this.problem(this.pos, this.pos + 1, `expected a value after '${operator}'`);
        return { kind: 'assignment', target: first.expression, operator, value, start, end: this.pos };
      }
    }
    const elements: PipelineElement[] = [first];
    for (;;) {
      this.skipSpace();
      if (this.code() === 0x7c && this.code(this.pos + 1) !== 0x7c) {
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
      // PowerShell 7: a pipeline continues on the next line when that line begins with '|'.
      if (isNewline(this.code())) {
        const save = this.pos;
        this.skipNewlines();
        if (this.code() === 0x7c && this.code(this.pos + 1) !== 0x7c) continue;
        this.pos = save;
      }
      break;
    }
    return { kind: 'pipeline', elements, start, end: elements[elements.length - 1].end };
  }

  private assignmentOperatorHere(): string | undefined {
    for (const operator of ASSIGNMENT_OPERATORS) {
      if (this.text.startsWith(operator, this.pos)) {
        if (operator === '=' && this.code(this.pos + 1) === 0x3d) return undefined;
        return operator;
      }
      if (operator.length === 2 && isDash(this.code()) && operator[0] === '-' && this.code(this.pos + 1) === 0x3d) return '-=';
    }
    return undefined;
  }

  private parsePipelineElement(first: boolean): PipelineElement | undefined {
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    if (c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x7c || c === 0x5d) return undefined;
    if (c === 0x26 && this.code(this.pos + 1) === 0x26) return undefined;
    if (c === 0x26) {
      this.pos++;
      return this.parseCommand(start, '&');
    }
    if (c === 0x2e) {
      const next = this.code(this.pos + 1);
      if (forcesNewToken(next) || next === 0x24 || isSingleQuote(next) || isDoubleQuote(next)) {
        this.pos++;
        return this.parseCommand(start, '.');
      }
    }
    if (first && this.startsExpression()) {
      const expression = this.parseExpression();
      const element: PipelineElement = { kind: 'expression', expression, start, end: expression.end };
      // `'text' > file`: redirections may follow an expression too.
      for (;;) {
        this.skipSpace();
        if (!this.skipRedirection()) break;
        element.end = this.pos;
      }
      return element;
    }
    if (!first && this.startsExpression() && c !== 0x7b) {
      // PowerShell allows an expression only at the start of a pipeline.
      const expression = this.parseExpression();
      this.problem(start, expression.end, 'an expression is allowed only as the first element of a pipeline');
      return { kind: 'expression', expression, start, end: expression.end };
    }
    if (isDash(c) && isIdentifierStart(this.code(this.pos + 1))) {
      const end = this.tokenEnd(this.pos);
      const broken = this.continuationBrokenBefore(start);
      this.problem(start, end, broken !== undefined
        ? `a parameter cannot begin a command: the backtick at the end of line ${this.lineNumberAt(broken)} is followed by spaces, so it does not continue the line`
        : `a parameter cannot begin a command: '${this.text.slice(start, end)}'`);
      this.recover();
      return undefined;
    }
    return this.parseCommand(start, undefined);
  }

  /** The offset of a newline escaped in vain (backtick, spaces, newline) right before `start`, if there is one. */
  private continuationBrokenBefore(start: number): number | undefined {
    let i = start - 1;
    while (i >= 0 && (isWhitespace(this.code(i)) || isNewline(this.code(i)))) {
      if (isNewline(this.code(i)) && this.brokenContinuations.has(i) || (this.code(i) === 10 && this.brokenContinuations.has(i - 1))) {
        return this.brokenContinuations.has(i) ? i : i - 1;
      }
      i--;
    }
    return undefined;
  }

  private lineNumberAt(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) line++;
    }
    return line;
  }

  /** Whether the statement here is an expression (a value) rather than a command. */
  private startsExpression(): boolean {
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (c === 0x24 /* $ */) {
      // At the start of a statement PowerShell reads `$` in expression mode: `$x=5` is an
      // assignment, and `$env:windir\reg.exe` is not a command name (that needs `&`).
      return true;
    }
    if (c === 0x40 /* @ */) return next === 0x28 || next === 0x7b || isSingleQuote(next) || isDoubleQuote(next) || isVariableStart(next);
    if (c === 0x28 || c === 0x7b || c === 0x5b || c === 0x2c || c === 0x21) return true;
    if (isSingleQuote(c) || isDoubleQuote(c)) return true;
    if (isDigit(c) || (c === 0x2e && isDigit(next))) return this.numberEnd(this.pos, false) !== undefined;
    if ((isDash(c) || c === 0x2b) && (isDigit(next) || next === 0x2e || next === 0x24 || next === 0x28)) {
      return c === 0x2b || !isIdentifierStart(next);
    }
    if ((isDash(c) || c === 0x2b) && (isDash(next) || next === 0x2b) && this.code(this.pos + 2) === 0x24) return true; // ++$x, --$x
    if (isDash(c)) {
      const word = this.identifierAt(this.pos + 1).toLowerCase();
      return UNARY_OPERATORS.has(word);
    }
    return false;
  }

  /** `name elements...` after an optional `&` or `.`; `start` is where the command begins. */
  private parseCommand(start: number, invocation: '&' | '.' | undefined): Command {
    this.skipSpace();
    let name: Expression;
    if (invocation) {
      name = this.parseArgumentPrimary();
    } else {
      const nameStart = this.pos;
      name = this.parseGenericWord();
      if (name.end === nameStart) name = { kind: 'error', start: nameStart, end: nameStart };
    }
    const elements: CommandElement[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.code();
      if (c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x7c) break;
      if (c === 0x26) break; // '&&' or a background '&'
      const elementStart = this.pos;
      if (isDash(c) && isDash(this.code(this.pos + 1)) && this.code(this.pos + 2) === 0x25 && forcesNewToken(this.code(this.pos + 3))) {
        // `--%`: the rest of the line is passed as written.
        this.pos += 3;
        const textStart = this.pos;
        while (this.pos < this.text.length && !isNewline(this.code())) this.pos++;
        elements.push({ kind: 'verbatim', text: this.text.slice(textStart, this.pos).trim(), start: elementStart, end: this.pos });
        break;
      }
      if (isDash(c) && (isIdentifierStart(this.code(this.pos + 1)) || this.code(this.pos + 1) === 0x3f)) {
        const parameter = this.parseParameterElement();
        if (parameter) {
          elements.push(parameter);
          continue;
        }
      }
      if (this.skipRedirection()) continue;
      if (c === 0x3c /* < */) {
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
      elements.push({ kind: 'argument', value, start: elementStart, end: value.end });
    }
    const last = elements.length ? elements[elements.length - 1].end : name.end;
    return { kind: 'command', invocation, name, elements, start, end: last };
  }

  /** `-Name` or `-Name:value` at a dash. Undefined when the word turns out to be an argument (`-name"x"`). */
  private parseParameterElement(): CommandElement | undefined {
    const start = this.pos;
    let i = this.pos + 1;
    let colon = false;
    for (;;) {
      const c = this.code(i);
      if (c === EOF || isWhitespace(c) || isNewline(c)) break;
      if (c === 0x26 || c === 0x28 || c === 0x29 || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x5b || c === 0x7b || c === 0x7c || c === 0x7d) break;
      if (isSingleQuote(c) || isDoubleQuote(c)) return undefined; // `-name"x"` is one bare word
      if (c === 0x3a) {
        colon = true;
        break;
      }
      i++;
    }
    const name = this.text.slice(start + 1, i);
    this.pos = colon ? i + 1 : i;
    if (!colon) return { kind: 'parameter', name, argument: undefined, colon, start, end: this.pos };
    this.skipSpace();
    const c = this.code();
    if (c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x7c) {
      this.problem(start, this.pos, `the parameter '-${name}:' needs a value after the colon`);
      return { kind: 'parameter', name, argument: undefined, colon, start, end: this.pos };
    }
    const argument = this.parseCommandArgument();
    return { kind: 'parameter', name, argument, colon, start, end: argument.end };
  }

  /** `>`, `>>`, `2>`, `2>&1`, `*>` and their target; true when one was read. */
  private skipRedirection(): boolean {
    const c = this.code();
    let i = this.pos;
    if ((c >= 0x31 && c <= 0x36) || c === 0x2a) {
      if (this.code(i + 1) !== 0x3e) return false;
      i += 2;
    } else if (c === 0x3e) {
      i += 1;
    } else {
      return false;
    }
    if (this.code(i) === 0x3e) i++;
    else if (this.code(i) === 0x26 && (this.code(i + 1) === 0x31 || this.code(i + 1) === 0x32)) {
      this.pos = i + 2;
      return true;
    }
    this.pos = i;
    this.skipSpace();
    if (this.atStatementEnd() || this.code() === 0x7c) this.problem(this.pos, this.pos + 1, 'a redirection needs a file name');
    else this.parseArgumentPrimary();
    return true;
  }

  // ------------------------------------------------------------------ argument mode

  /** One command argument: a value, or values separated by commas (`-Profile Domain, Private`). */
  parseCommandArgument(): Expression {
    const start = this.pos;
    const first = this.parseArgumentPrimary();
    this.skipSpace();
    if (this.code() !== 0x2c) return first;
    const items = [first];
    while (this.code() === 0x2c) {
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
    return { kind: 'array', items, start, end: items[items.length - 1].end };
  }

  /** A value in argument mode: bare words are strings, numbers are numbers, `$x\y` is one string. */
  private parseArgumentPrimary(): Expression {
    const start = this.pos;
    const c = this.code();
    const next = this.code(this.pos + 1);
    let value: Expression;
    if (c === 0x24 /* $ */) {
      if (next === 0x28) value = this.parseSubexpression();
      else {
        const end = this.variableEnd(this.pos);
        const after = end === undefined ? EOF : this.code(end);
        if (end === undefined || !(forcesNewToken(after) || after === 0x2e || after === 0x5b)) return this.parseGenericWord();
        value = this.parseVariableExpression(false);
      }
    } else if (c === 0x40 /* @ */) {
      if (next === 0x28 || next === 0x7b || isSingleQuote(next) || isDoubleQuote(next)) value = this.parsePrimary();
      else if (isVariableStart(next)) value = this.parseVariableExpression(true);
      else return this.parseGenericWord();
    } else if (isSingleQuote(c) || isDoubleQuote(c) || c === 0x28 || c === 0x7b) {
      value = this.parsePrimary();
    } else if (c === 0x2c) {
      this.pos++;
      this.skipNewlines();
      if (!this.enter(start)) {
        this.recover();
        return { kind: 'error', start, end: this.pos };
      }
      const operand = this.parseArgumentPrimary();
      this.leave();
      return { kind: 'unary', operator: ',', operand, start, end: operand.end };
    } else if (isDigit(c) || ((isDash(c) || c === 0x2b || c === 0x2e) && (isDigit(next) || (next === 0x2e && isDigit(this.code(this.pos + 2)))))) {
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
  private parseGenericWord(): Expression {
    const start = this.pos;
    const parts = new StringParts();
    for (;;) {
      const c = this.code();
      if (forcesNewToken(c) || isNewline(c)) break;
      if (c === 0x60 /* ` */) {
        const next = this.code(this.pos + 1);
        if (next === EOF) {
          this.pos++;
          break;
        }
        parts.text(backtickEscape(next));
        this.pos += 2;
        if (next === 13 && this.code() === 10) {
          parts.text('\n');
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
          if (typeof part === 'string') parts.text(part);
          else parts.expression(part);
        }
        continue;
      }
      if (c === 0x24 /* $ */ && this.embedDollar(parts)) continue;
      parts.text(this.text[this.pos]);
      this.pos++;
    }
    const done = parts.done();
    if (done.every((part) => typeof part === 'string')) {
      return { kind: 'string', value: done.join(''), quote: 'bare', start, end: this.pos };
    }
    return { kind: 'expandable', parts: done, quote: 'bare', start, end: this.pos };
  }

  /** `$name` or `$(...)` at the current position into `parts`; false when the `$` stands for itself. */
  private embedDollar(parts: StringParts): boolean {
    const embedded = this.scanDollarInString();
    if (!embedded) return false;
    parts.expression(embedded);
    return true;
  }

  // ------------------------------------------------------------------ expressions

  parseExpression(): Expression {
    return this.parseLogical();
  }

  /** The operator word after a dash at the current position (`-eq`, `–and`), without moving; '' when none. */
  private operatorWordHere(): string {
    if (!isDash(this.code())) return '';
    const word = this.identifierAt(this.pos + 1);
    return word.toLowerCase();
  }

  private binaryLoop(next: () => Expression, operators: Set<string>): Expression {
    let left = next();
    for (;;) {
      this.skipSpace();
      const word = this.operatorWordHere();
      if (!word || !operators.has(word)) return left;
      this.pos += 1 + word.length;
      this.skipNewlines();
      const right = word === 'is' || word === 'isnot' || word === 'as' ? this.parseUnary() : next();
      if (right.kind === 'error' && right.start === right.end) this.problem(this.pos, this.pos + 1, `expected a value after the operator '-${word}'`);
      left = { kind: 'binary', operator: word, left, right, start: left.start, end: right.end };
    }
  }

  private parseLogical(): Expression {
    let left = this.binaryLoop(() => this.parseBitwise(), LOGICAL_OPERATORS);
    // PowerShell 7: `a ?? b`, `cond ? a : b`.
    for (;;) {
      this.skipSpace();
      if (this.code() === 0x3f && this.code(this.pos + 1) === 0x3f && this.code(this.pos + 2) !== 0x3d) {
        this.pos += 2;
        this.skipNewlines();
        const right = this.binaryLoop(() => this.parseBitwise(), LOGICAL_OPERATORS);
        left = { kind: 'binary', operator: '??', left, right, start: left.start, end: right.end };
        continue;
      }
      if (this.code() === 0x3f && isWhitespace(this.code(this.pos + 1))) {
        this.pos++;
        this.skipNewlines();
        const then = this.parseLogical();
        this.skipNewlines();
        if (!this.expectChar(0x3a, "':' in the conditional expression")) return left;
        this.skipNewlines();
        const otherwise = this.parseLogical();
        return { kind: 'ternary', condition: left, then, else: otherwise, start: left.start, end: otherwise.end };
      }
      return left;
    }
  }

  private parseBitwise(): Expression {
    return this.binaryLoop(() => this.parseComparison(), BITWISE_OPERATORS);
  }

  private parseComparison(): Expression {
    return this.binaryLoop(() => this.parseAdditive(), COMPARISON_OPERATORS);
  }

  private parseAdditive(): Expression {
    let left = this.parseMultiplicative();
    for (;;) {
      this.skipSpace();
      const c = this.code();
      const isPlus = c === 0x2b && this.code(this.pos + 1) !== 0x3d && this.code(this.pos + 1) !== 0x2b;
      const isMinus = isDash(c) && !isIdentifierStart(this.code(this.pos + 1)) && this.code(this.pos + 1) !== 0x3d && !isDash(this.code(this.pos + 1));
      if (!isPlus && !isMinus) return left;
      this.pos++;
      this.skipNewlines();
      const right = this.parseMultiplicative();
      left = { kind: 'binary', operator: isPlus ? '+' : '-', left, right, start: left.start, end: right.end };
    }
  }

  private parseMultiplicative(): Expression {
    let left = this.parseFormat();
    for (;;) {
      this.skipSpace();
      const c = this.code();
      if (!(c === 0x2a || c === 0x2f || c === 0x25) || this.code(this.pos + 1) === 0x3d) return left;
      if (c === 0x2a && this.code(this.pos + 1) === 0x3e) return left; // *> redirection
      this.pos++;
      this.skipNewlines();
      const right = this.parseFormat();
      left = { kind: 'binary', operator: String.fromCharCode(c), left, right, start: left.start, end: right.end };
    }
  }

  private parseFormat(): Expression {
    return this.binaryLoop(() => this.parseRange(), new Set(['f']));
  }

  private parseRange(): Expression {
    let left = this.parseArrayLiteral();
    for (;;) {
      this.skipSpace();
      if (!(this.code() === 0x2e && this.code(this.pos + 1) === 0x2e)) return left;
      this.pos += 2;
      this.skipNewlines();
      const right = this.parseArrayLiteral();
      left = { kind: 'binary', operator: '..', left, right, start: left.start, end: right.end };
    }
  }

  private parseArrayLiteral(): Expression {
    const first = this.parseUnary();
    this.skipSpace();
    if (this.code() !== 0x2c || this.commaSeparatesArguments) return first;
    const items = [first];
    while (this.code() === 0x2c) {
      this.pos++;
      this.skipNewlines();
      const item = this.parseUnary();
      if (item.kind === 'error' && item.start === item.end) {
        this.problem(this.pos, this.pos + 1, "expected a value after ','");
        break;
      }
      items.push(item);
      this.skipSpace();
    }
    return { kind: 'array', items, start: first.start, end: items[items.length - 1].end };
  }

  private parseUnary(): Expression {
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (!this.enter(start)) {
      this.recover();
      return { kind: 'error', start, end: this.pos };
    }
    try {
      if (c === 0x2c) {
        this.pos++;
        this.skipNewlines();
        const operand = this.parseUnary();
        return { kind: 'unary', operator: ',', operand, start, end: operand.end };
      }
      if (c === 0x21) {
        this.pos++;
        this.skipNewlines();
        const operand = this.parseUnary();
        return { kind: 'unary', operator: '!', operand, start, end: operand.end };
      }
      if ((c === 0x2b && next === 0x2b) || (isDash(c) && isDash(next))) {
        this.pos += 2;
        const operand = this.parseUnary();
        return { kind: 'unary', operator: c === 0x2b ? '++' : '--', operand, start, end: operand.end };
      }
      if (isDash(c) && isIdentifierStart(next)) {
        const word = this.identifierAt(this.pos + 1).toLowerCase();
        if (UNARY_OPERATORS.has(word)) {
          this.pos += 1 + word.length;
          this.skipNewlines();
          const operand = this.parseUnary();
          return { kind: 'unary', operator: word, operand, start, end: operand.end };
        }
        this.problem(start, this.tokenEnd(start), `unexpected '${this.text.slice(start, this.tokenEnd(start))}' where a value belongs`);
        return { kind: 'error', start, end: start };
      }
      if ((isDash(c) || c === 0x2b) && !isDigit(next) && next !== 0x2e) {
        this.pos++;
        this.skipNewlines();
        const operand = this.parseUnary();
        return { kind: 'unary', operator: isDash(c) ? '-' : '+', operand, start, end: operand.end };
      }
      if (c === 0x5b) {
        const save = this.pos;
        const literal = this.parseTypeLiteral();
        if (literal) {
          if ((this.code() === 0x3a && this.code(this.pos + 1) === 0x3a) || (this.code() === 0x2e && isIdentifierStart(this.code(this.pos + 1)))) {
            return this.parsePostfix({ kind: 'type', name: literal.name, start, end: this.pos }, false);
          }
          const afterType = this.pos;
          this.skipSpace();
          if (this.startsOperand()) {
            const operand = this.parseUnary();
            if (literal.attribute) return operand;
            return { kind: 'cast', type: literal.name, operand, start, end: operand.end };
          }
          this.pos = afterType;
          return this.parsePostfix({ kind: 'type', name: literal.name, start, end: this.pos }, false);
        }
        this.pos = save;
      }
      return this.parsePostfix(this.parsePrimary(), false);
    } finally {
      this.leave();
    }
  }

  /** Whether a value (an operand of a cast) starts here. */
  private startsOperand(): boolean {
    const c = this.code();
    if (c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x5d || c === 0x2c || c === 0x7c || c === 0x3d) return false;
    if (isDash(c)) {
      const word = this.identifierAt(this.pos + 1).toLowerCase();
      if (word && !UNARY_OPERATORS.has(word)) return false;
    }
    if (c === 0x2e && this.code(this.pos + 1) === 0x2e) return false;
    if ((c === 0x2b || c === 0x2a || c === 0x2f || c === 0x25) && !isDigit(this.code(this.pos + 1))) return false;
    return true;
  }

  /**
   * `[type]`, `[type[]]`, `[Generic[type]]`, or an attribute `[Name(args)]`, on the `[`.
   * Undefined (position unchanged) when what follows is not a type name.
   */
  private parseTypeLiteral(): { name: string; attribute: boolean } | undefined {
    const start = this.pos;
    this.pos++;
    this.skipSpace();
    const nameStart = this.pos;
    while (isIdentifierFollow(this.code()) || this.code() === 0x2e || this.code() === 0x60 || this.code() === 0x2b) this.pos++;
    if (this.pos === nameStart) {
      this.pos = start;
      return undefined;
    }
    let name = this.text.slice(nameStart, this.pos);
    let attribute = false;
    this.skipSpace();
    if (this.code() === 0x5b) {
      // Generic arguments or array ranks: `[List[string]]`, `[string[]]`.
      const bracketStart = this.pos;
      let depth = 0;
      do {
        const c = this.code();
        if (c === EOF || isNewline(c)) break;
        if (c === 0x5b) depth++;
        else if (c === 0x5d) depth--;
        this.pos++;
      } while (depth > 0);
      name += this.text.slice(bracketStart, this.pos);
      this.skipSpace();
    }
    if (this.code() === 0x2c) {
      // An assembly-qualified name: `[Windows.Foo, Windows.Foo, ContentType = WindowsRuntime]`.
      while (this.pos < this.text.length && this.code() !== 0x5d && !isNewline(this.code())) this.pos++;
    }
    if (this.code() === 0x28) {
      attribute = true;
      const open = this.pos;
      this.pos++;
      if (!this.enter(open)) {
        this.pos = open;
        this.skipGroup();
      } else {
        for (;;) {
          this.skipNewlines();
          const c = this.code();
          if (c === EOF || c === 0x29) break;
          const argStart = this.pos;
          const word = this.identifierAt(this.pos);
          if (word) {
            let i = this.pos + word.length;
            while (isWhitespace(this.code(i))) i++;
            if (this.code(i) === 0x3d || this.code(i) === 0x2c || this.code(i) === 0x29 || isNewline(this.code(i))) {
              this.pos = i;
              if (this.code() === 0x3d) {
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
          if (this.code() === 0x2c) this.pos++;
          else if (this.code() !== 0x29) {
            this.problem(this.pos, this.tokenEnd(this.pos), "expected ',' or ')' in the attribute's arguments");
            this.recover();
            if (this.code() === 0x2c) this.pos++;
          }
          if (this.pos === argStart) this.pos++;
        }
        this.leave();
        this.expectChar(0x29, "')'", open);
      }
      this.skipSpace();
    }
    if (this.code() !== 0x5d) {
      this.problem(start, start + 1, "missing ']' to close this type or attribute");
      this.recover();
      return { name, attribute };
    }
    this.pos++;
    return { name, attribute };
  }

  /** A value in expression mode. */
  private parsePrimary(): Expression {
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (c === 0x24) {
      if (next === 0x28) return this.parseSubexpression();
      return this.parseVariableExpression(false);
    }
    if (c === 0x40) {
      if (next === 0x28) {
        this.pos += 2;
        const body = this.parseStatementsIn(start, 0x29);
        return { kind: 'arraySub', body, start, end: this.pos };
      }
      if (next === 0x7b) {
        this.pos += 2;
        const entries = this.parseHashBody(start + 1);
        return { kind: 'hashtable', entries, start, end: this.pos };
      }
      if (isSingleQuote(next) || isDoubleQuote(next)) return this.scanHereString();
      if (isVariableStart(next)) return this.parseVariableExpression(true);
    }
    if (isSingleQuote(c)) {
      const literal = this.scanSingleQuoted();
      return { kind: 'string', value: literal.value, quote: 'single', start, end: this.pos };
    }
    if (isDoubleQuote(c)) {
      const expandable = this.scanDoubleQuoted();
      return this.expandableOrString(expandable.parts, 'double', start);
    }
    if (c === 0x28) {
      this.pos++;
      if (!this.enter(start)) {
        this.pos = start;
        this.skipGroup();
        return { kind: 'error', start, end: this.pos };
      }
      this.skipNewlines();
      const body = this.code() === 0x29 ? undefined : this.parseStatement();
      this.leave();
      this.closeParenthesis(start);
      return { kind: 'paren', body, start, end: this.pos };
    }
    if (c === 0x7b) {
      this.pos++;
      const wasConfiguration = this.inConfiguration;
      this.inConfiguration = false;
      const body = this.parseScriptBlockBody(start);
      this.inConfiguration = wasConfiguration;
      return { kind: 'scriptblock', body, start, end: this.pos };
    }
    if (isDigit(c) || (c === 0x2e && isDigit(next)) || ((isDash(c) || c === 0x2b) && (isDigit(next) || next === 0x2e))) {
      const number = this.scanNumber(false);
      if (number) return number;
      const end = this.tokenEnd(start);
      this.problem(start, end, `'${this.text.slice(start, end)}' is not a number`);
      this.pos = end;
      return { kind: 'error', start, end };
    }
    if (c === EOF || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x5d || c === 0x2c || c === 0x7c) {
      return { kind: 'error', start, end: start };
    }
    // A bare word where a value belongs: PowerShell rejects it; read it over.
    const end = this.tokenEnd(start);
    this.problem(start, end, `unexpected '${this.text.slice(start, end)}' where a value belongs`);
    this.pos = end;
    return { kind: 'error', start, end };
  }

  private expandableOrString(parts: StringPart[], quote: 'double' | 'here-double', start: number): Expression {
    if (parts.every((part) => typeof part === 'string')) {
      return { kind: 'expandable', parts: [parts.join('')], quote, start, end: this.pos };
    }
    return { kind: 'expandable', parts, quote, start, end: this.pos };
  }

  /** Member access, method calls and indexing written right after a value (`$x.Name`, `$x.Add(1)`, `$a[0]`, `$x.Where{...}`). */
  private parsePostfix(value: Expression, argumentMode: boolean): Expression {
    let result = value;
    for (;;) {
      const c = this.code();
      const next = this.code(this.pos + 1);
      if (c === 0x2e && next !== 0x2e || (c === 0x3a && next === 0x3a) || (c === 0x3f && next === 0x2e)) {
        const isStatic = c === 0x3a;
        const memberAt = this.pos + (c === 0x2e ? 1 : 2);
        const m = this.code(memberAt);
        if (!(isIdentifierStart(m) || m === 0x24 || isSingleQuote(m) || isDoubleQuote(m) || m === 0x28 || isDigit(m))) return result;
        this.pos = memberAt;
        let member: Expression;
        if (m === 0x24 || isSingleQuote(m) || isDoubleQuote(m) || m === 0x28) member = this.parsePrimary();
        else {
          const nameStart = this.pos;
          while (isIdentifierFollow(this.code())) this.pos++;
          member = { kind: 'string', value: this.text.slice(nameStart, this.pos), quote: 'bare', start: nameStart, end: this.pos };
        }
        if (this.code() === 0x28) {
          const args = this.parseMethodArguments();
          result = { kind: 'invoke', object: result, member, static: isStatic, args, start: result.start, end: this.pos };
        } else if (this.code() === 0x7b) {
          const blockStart = this.pos;
          this.pos++;
          const body = this.parseScriptBlockBody(blockStart);
          const block: Expression = { kind: 'scriptblock', body, start: blockStart, end: this.pos };
          result = { kind: 'invoke', object: result, member, static: isStatic, args: [block], start: result.start, end: this.pos };
        } else {
          result = { kind: 'member', object: result, member, static: isStatic, start: result.start, end: this.pos };
        }
        continue;
      }
      if (c === 0x5b) {
        const open = this.pos;
        this.pos++;
        if (!this.enter(open)) {
          this.pos = open;
          this.skipGroup();
          return { kind: 'error', start: result.start, end: this.pos };
        }
        this.skipNewlines();
        const index = this.parseExpression();
        this.skipNewlines();
        this.leave();
        if (!this.expectChar(0x5d, "']'", open)) this.recoverTo(0x5d);
        result = { kind: 'index', object: result, index, start: result.start, end: this.pos };
        continue;
      }
      if (!argumentMode && this.postfixIncrementAhead()) {
        this.skipSpace();
        const operator = this.code() === 0x2b ? '++' : '--';
        this.pos += 2;
        result = { kind: 'postfix', operator, operand: result, start: result.start, end: this.pos };
        continue;
      }
      return result;
    }
  }

  /** `++` or `--` after a value (spaces allowed before), ending the expression. */
  private postfixIncrementAhead(): boolean {
    let i = this.pos;
    while (isWhitespace(this.code(i))) i++;
    const c = this.code(i);
    const next = this.code(i + 1);
    return ((c === 0x2b && next === 0x2b) || (isDash(c) && isDash(next))) && forcesNewTokenOrEnd(this.code(i + 2));
  }

  /** `( arg, arg, ... )` of a method call, on the `(`. */
  private parseMethodArguments(): Expression[] {
    const open = this.pos;
    this.pos++;
    const args: Expression[] = [];
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return args;
    }
    for (;;) {
      this.skipNewlines();
      const c = this.code();
      if (c === EOF || c === 0x29) break;
      const before = this.pos;
      args.push(this.parseLogicalNoComma());
      this.skipNewlines();
      if (this.code() === 0x2c) this.pos++;
      else if (this.code() !== 0x29) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected ',' or ')' in the method's arguments");
        this.recover();
        if (this.code() === 0x2c) this.pos++;
      }
      if (this.pos === before) this.pos++;
    }
    this.leave();
    this.expectChar(0x29, "')'", open);
    return args;
  }

  /** An expression in which a comma separates arguments rather than building an array (method arguments). */
  private parseLogicalNoComma(): Expression {
    const saved = this.commaSeparatesArguments;
    this.commaSeparatesArguments = true;
    try {
      return this.parseExpression();
    } finally {
      this.commaSeparatesArguments = saved;
    }
  }

  /** `$( statements )`, on the `$`. */
  private parseSubexpression(): Expression {
    const start = this.pos;
    this.pos += 2;
    const body = this.parseStatementsIn(start, 0x29);
    return { kind: 'subexpr', body, start, end: this.pos };
  }

  /** Statements up to the closing bracket of a group opened at `open`, and that bracket. */
  private parseStatementsIn(open: number, close: number): Statement[] {
    if (!this.enter(open)) {
      this.pos = open;
      if (this.code() === 0x24 || this.code() === 0x40) this.pos++;
      this.skipGroup();
      return [];
    }
    const body = this.parseStatements(close);
    this.leave();
    if (!this.expectChar(close, `'${String.fromCharCode(close)}'`, open)) this.recoverTo(close);
    return body;
  }

  /** Entries of `@{ ... }` or of a DSC resource, after the `{` at `open`, and the `}`. */
  private parseHashBody(open: number): HashEntry[] {
    const entries: HashEntry[] = [];
    if (!this.enter(open)) {
      this.pos = open;
      this.skipGroup();
      return entries;
    }
    for (;;) {
      this.skipSeparators();
      const c = this.code();
      if (c === EOF || c === 0x7d) break;
      const entryStart = this.pos;
      let key: Expression;
      if (isSingleQuote(c) || isDoubleQuote(c) || c === 0x24 || c === 0x28 || isDigit(c) || c === 0x40) {
        key = this.parseUnary();
      } else {
        const keyStart = this.pos;
        while (!forcesNewToken(this.code()) && !isNewline(this.code()) && this.code() !== 0x3d) this.pos++;
        key = { kind: 'string', value: this.text.slice(keyStart, this.pos), quote: 'bare', start: keyStart, end: this.pos };
      }
      this.skipSpace();
      if (this.code() !== 0x3d) {
        this.problem(this.pos, this.tokenEnd(this.pos), "expected '=' after the key in the hashtable");
        this.recover();
        if (this.pos === entryStart) this.pos++;
        continue;
      }
      this.pos++;
      this.skipNewlines();
      const value = this.atStatementEnd() ? undefined : this.parseStatement();
      if (!value) this.problem(this.pos, this.pos + 1, 'expected a value after the = in the hashtable');
      entries.push({ key, value, start: entryStart, end: this.pos });
      this.skipSpace();
      const after = this.code();
      if (!(after === EOF || isNewline(after) || after === 0x3b || after === 0x7d)) {
        this.problem(this.pos, this.tokenEnd(this.pos), `unexpected '${this.text.slice(this.pos, this.tokenEnd(this.pos))}' in the hashtable`);
        this.recover();
      }
    }
    this.leave();
    this.expectChar(0x7d, "'}'", open);
    return entries;
  }

  // ------------------------------------------------------------------ variables, numbers, strings

  /** The end of the variable token at `i` (on the `$` or `@`), or undefined when none starts there. */
  private variableEnd(i: number): number | undefined {
    let j = i + 1;
    const c = this.code(j);
    if (c === 0x7b) {
      for (j++; j < this.text.length; j++) {
        const d = this.code(j);
        if (d === 0x60) j++;
        else if (d === 0x7d) return j + 1;
      }
      return undefined;
    }
    if (!isVariableStart(c)) return undefined;
    if (c === 0x24 || c === 0x3f || c === 0x5e) return j + 1;
    for (;;) {
      const d = this.code(j);
      if (isVariableFollow(d)) j++;
      else if (d === 0x3a && this.code(j + 1) !== 0x3a) j++;
      else return j;
    }
  }

  /** `$name`, `${name}`, `$scope:name`, or the splat `@name`, on the sigil. */
  private parseVariableExpression(splat: boolean): Expression {
    const start = this.pos;
    const end = this.variableEnd(start);
    if (end === undefined) {
      this.pos++;
      if (this.code(start + 1) === 0x7b) {
        this.problem(start, this.text.length, "the variable name opened by '${' is not closed by '}'");
        this.pos = this.text.length;
      } else {
        this.problem(start, start + 1, `'${this.text[start]}' is not followed by a variable name`);
      }
      return { kind: 'error', start, end: this.pos };
    }
    this.pos = end;
    let path: string;
    if (this.code(start + 1) === 0x7b) {
      path = '';
      for (let i = start + 2; i < end - 1; i++) {
        const c = this.code(i);
        if (c === 0x60) {
          i++;
          path += backtickEscape(this.code(i));
        } else path += this.text[i];
      }
    } else {
      path = this.text.slice(start + 1, end);
    }
    return variableFromPath(path, splat, start, end, (message) => this.problem(start, end, message));
  }

  /**
   * A number at the current position: decimal, `0x` hexadecimal, `0b` binary, real, with a type
   * suffix (`l`, `d`, `u`...) and a multiplier (`kb`, `mb`, `gb`, `tb`, `pb`). In argument mode
   * the number must end at a character that ends a token (so `50000-50019` is a word); undefined
   * (position unchanged) when it is not a number.
   */
  private scanNumber(argumentMode: boolean): Expression | undefined {
    const start = this.pos;
    let i = start;
    let sign = 1;
    if (isDash(this.code(i))) {
      sign = -1;
      i++;
    } else if (this.code(i) === 0x2b) i++;
    let value: number;
    const digitsStart = i;
    if (this.code(i) === 0x30 && (this.code(i + 1) === 0x78 || this.code(i + 1) === 0x58)) {
      i += 2;
      const hexStart = i;
      while (isHexDigit(this.code(i))) i++;
      if (i === hexStart) return undefined;
      const digits = this.text.slice(hexStart, i);
      value = hexValue(digits);
    } else if (this.code(i) === 0x30 && (this.code(i + 1) === 0x62 || this.code(i + 1) === 0x42) && (this.code(i + 2) === 0x30 || this.code(i + 2) === 0x31)) {
      i += 2;
      const binStart = i;
      while (this.code(i) === 0x30 || this.code(i) === 0x31) i++;
      value = parseInt(this.text.slice(binStart, i), 2);
    } else {
      while (isDigit(this.code(i))) i++;
      if (this.code(i) === 0x2e && this.code(i + 1) !== 0x2e) {
        const dot = i;
        i++;
        while (isDigit(this.code(i))) i++;
        if (i === dot + 1 && dot === digitsStart) return undefined;
      }
      if (i === digitsStart) return undefined;
      if (this.code(i) === 0x65 || this.code(i) === 0x45) {
        let j = i + 1;
        if (this.code(j) === 0x2b || isDash(this.code(j))) j++;
        const expStart = j;
        while (isDigit(this.code(j))) j++;
        if (j === expStart) return undefined;
        i = j;
      }
      value = Number(this.text.slice(digitsStart, i).replace(/[–—―]/g, '-'));
    }
    // Type suffixes: d (decimal), l (long), n (bigint), s (short), u (unsigned), y (byte), and u with l, s or y.
    const suffix = this.code(i) | 0x20;
    if (suffix === 0x64 || suffix === 0x6c || suffix === 0x6e || suffix === 0x73 || suffix === 0x75 || suffix === 0x79) {
      i++;
      if (suffix === 0x75) {
        const second = this.code(i) | 0x20;
        if (second === 0x6c || second === 0x73 || second === 0x79) i++;
      }
    }
    const multiplier = MULTIPLIERS.get(this.code(i) | 0x20);
    if (multiplier !== undefined) {
      if ((this.code(i + 1) | 0x20) !== 0x62) return undefined;
      value *= multiplier;
      i += 2;
    }
    const after = this.code(i);
    if (!(forcesNewToken(after) || isNewline(after) || (!argumentMode && endsNumber(after)))) return undefined;
    if (!Number.isFinite(value)) return undefined;
    this.pos = i;
    return { kind: 'number', value: sign * value, start, end: i };
  }

  private numberEnd(i: number, argumentMode: boolean): number | undefined {
    const save = this.pos;
    this.pos = i;
    const number = this.scanNumber(argumentMode);
    this.pos = save;
    return number?.end;
  }

  /** `'...'` at the current position; `''` is one quote. */
  private scanSingleQuoted(): { value: string } {
    const start = this.pos;
    this.pos++;
    let value = '';
    for (;;) {
      const c = this.code();
      if (c === EOF) {
        this.problem(start, start + 1, 'the string is missing its closing quote');
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
  private scanDoubleQuoted(): { parts: StringPart[] } {
    const start = this.pos;
    this.pos++;
    const parts = new StringParts();
    if (!this.enter(start)) {
      this.pos = start;
      this.skipQuoted(this.code());
      return { parts: [] };
    }
    try {
      for (;;) {
        const c = this.code();
        if (c === EOF) {
          this.problem(start, start + 1, 'the string is missing its closing quote');
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
        if (c === 0x60) {
          const next = this.code(this.pos + 1);
          if (next === EOF) {
            this.pos++;
            continue;
          }
          if (next === 0x75 && this.code(this.pos + 2) === 0x7b) {
            const close = this.text.indexOf('}', this.pos + 3);
            const hex = close > 0 ? this.text.slice(this.pos + 3, close) : '';
            if (/^[0-9a-fA-F]{1,6}$/.test(hex) && parseInt(hex, 16) <= 0x10ffff) {
              parts.text(String.fromCodePoint(parseInt(hex, 16)));
              this.pos = close + 1;
              continue;
            }
          }
          parts.text(backtickEscape(next));
          this.pos += 2;
          continue;
        }
        if (c === 0x24 && this.embedDollar(parts)) continue;
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
  private scanDollarInString(): Expression | undefined {
    const start = this.pos;
    const next = this.code(this.pos + 1);
    if (next === 0x28) return this.parseSubexpression();
    if (next === 0x7b) return this.parseVariableExpression(false);
    if (!isVariableStart(next)) return undefined;
    // In a string the name stops at the first character that cannot continue it; `$x:` with nothing after the colon is PowerShell's error.
    let end = this.pos + 1;
    if (next === 0x24 || next === 0x3f || next === 0x5e) end++;
    else {
      for (;;) {
        const d = this.code(end);
        if (isVariableFollow(d)) end++;
        else if (d === 0x3a && this.code(end + 1) !== 0x3a) end++;
        else break;
      }
    }
    this.pos = end;
    return variableFromPath(this.text.slice(start + 1, end), false, start, end, (message) => this.problem(start, end, message));
  }

  /** `@'...'@` or `@"..."@` at the `@`: the lines between the header line and a line beginning with the footer. */
  private scanHereString(): Expression {
    const start = this.pos;
    const double = isDoubleQuote(this.code(this.pos + 1));
    this.pos += 2;
    while (isWhitespace(this.code())) this.pos++;
    if (!isNewline(this.code())) {
      this.problem(this.pos, this.tokenEnd(this.pos), 'a here-string must end its first line after @\' or @"');
      this.recover();
      return { kind: 'error', start, end: this.pos };
    }
    this.pos += this.code() === 13 && this.code(this.pos + 1) === 10 ? 2 : 1;
    const contentStart = this.pos;
    // The footer: a quote and @ at the start of a line.
    let contentEnd = -1;
    let footerEnd = -1;
    for (let lineStart = contentStart; lineStart <= this.text.length; ) {
      const q = this.code(lineStart);
      if ((double ? isDoubleQuote(q) : isSingleQuote(q)) && this.code(lineStart + 1) === 0x40) {
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
      return double ? { kind: 'expandable', parts: [this.text.slice(contentStart)], quote: 'here-double', start, end: this.pos } : { kind: 'string', value: this.text.slice(contentStart), quote: 'here-single', start, end: this.pos };
    }
    if (!double) {
      this.pos = footerEnd;
      return { kind: 'string', value: this.text.slice(contentStart, Math.max(contentStart, contentEnd)), quote: 'here-single', start, end: footerEnd };
    }
    // Expand the content: scan it as the inside of a double-quoted string bounded by the footer.
    const parts = this.scanHereContent(contentStart, Math.max(contentStart, contentEnd));
    this.pos = footerEnd;
    return { kind: 'expandable', parts, quote: 'here-double', start, end: footerEnd };
  }

  private scanHereContent(from: number, to: number): StringPart[] {
    const parts = new StringParts();
    this.pos = from;
    while (this.pos < to) {
      const c = this.code();
      if (c === 0x60 && this.pos + 1 < to) {
        parts.text(backtickEscape(this.code(this.pos + 1)));
        this.pos += 2;
        continue;
      }
      if (c === 0x24 && this.embedDollar(parts)) continue;
      parts.text(this.text[this.pos]);
      this.pos++;
    }
    const done = parts.done();
    return done.length ? done : [''];
  }
}

/** The pieces of an expandable string as it is scanned: literal text runs, and the expressions between them. */
class StringParts {
  readonly parts: StringPart[] = [];
  private literal = '';

  text(piece: string): void {
    this.literal += piece;
  }

  expression(expression: Expression): void {
    if (this.literal) this.parts.push(this.literal);
    this.literal = '';
    this.parts.push(expression);
  }

  done(): StringPart[] {
    if (this.literal) this.parts.push(this.literal);
    this.literal = '';
    return this.parts;
  }
}

function forcesNewTokenOrEnd(c: number): boolean {
  return forcesNewToken(c) || isNewline(c) || c === 0x2e || c === 0x5b || c === 0x5d;
}

const MULTIPLIERS = new Map<number, number>([
  [0x6b, 1024],
  [0x6d, 1024 ** 2],
  [0x67, 1024 ** 3],
  [0x74, 1024 ** 4],
  [0x70, 1024 ** 5],
]);

/** A hexadecimal literal as PowerShell reads it: up to 8 digits an Int32 (`0xFFFFFFFF` is -1), up to 16 an Int64. */
function hexValue(digits: string): number {
  const trimmed = digits.replace(/^0+(?=.)/, '');
  if (trimmed.length <= 8) return parseInt(trimmed, 16) | 0;
  if (trimmed.length <= 16) return Number(BigInt.asIntN(64, BigInt(`0x${trimmed}`)));
  return parseInt(trimmed, 16);
}

/** Scopes and providers a variable name may be qualified with. */
const SCOPES = new Set(['global', 'local', 'private', 'script', 'using', 'workflow', 'env', 'variable', 'function', 'alias']);

function variableFromPath(path: string, splat: boolean, start: number, end: number, report: (message: string) => void): Expression {
  const colon = path.indexOf(':');
  if (colon < 0) return { kind: 'variable', name: path, scope: '', splat, start, end };
  const scope = path.slice(0, colon);
  const name = path.slice(colon + 1);
  if (!name) {
    report(`'$${path}' is not a variable: the ':' is not followed by a name (write \${${scope}}: to end the name before the colon)`);
    return { kind: 'error', start, end };
  }
  return { kind: 'variable', name, scope: SCOPES.has(scope.toLowerCase()) ? scope.toLowerCase() : scope, splat, start, end };
}
