import type { Diagnostic } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import type { StaticValue } from '../values.js';
import { nativeProgram, nativeView, type NativeArgument } from './native.js';
import { Positions } from './positions.js';
import type { LoopIteration, NativeInvocation, VariableAssignment } from './reading.js';

/**
 * A reader of Windows batch files (`.cmd`, `.bat`) for the native command lines uclint reads
 * (`reg add`, `netsh advfirewall firewall add rule`, `dnscmd /recordadd`), following what
 * cmd.exe does with a line before it runs it: `^` continues a line and escapes a character,
 * `%VAR%` expands when the line (or the whole parenthesized block) is read, from `set` lines
 * earlier in the file; `REM` and `::` are comments; `@` is dropped; `&`, `&&`, `||` and `|`
 * separate commands; `if` and `for` run what follows them, a `for` over a literal list once per
 * item. A program's arguments are then split as Windows programs split their command line.
 * Nothing is run.
 */

export interface BatchReadOptions {
  /** Characters read at most (a longer file is one diagnostic and not read). */
  maxLength?: number;
  /** Loop iterations expanded in a file. */
  loopIterations?: number;
}

export interface BatchReading {
  invocations: NativeInvocation[];
  assignments: VariableAssignment[];
  diagnostics: Diagnostic[];
  /** `REM` and `::` comments, as offsets in the text read, in order (suppression directives are read from them). */
  comments?: Array<{ start: number; end: number }>;
}

export const BATCH_BOUNDS = { maxLength: 16 * 1024 * 1024, loopIterations: 10_000 };

/** One character of a line as cmd.exe sees it, with the offsets in the file it came from. */
interface Char {
  c: string;
  start: number;
  end: number;
  /** Set on the placeholder of an expansion whose value is not known. */
  unknown?: string;
  /** True when `^` escaped the character, or it came from an expansion (it has no special meaning). */
  literal?: boolean;
}

type Node =
  | { kind: 'simple'; chars: Char[] }
  | { kind: 'group'; body: Node[] }
  | { kind: 'if'; condition: boolean | undefined; then: Node | undefined; else: Node | undefined }
  | { kind: 'for'; variable: string; items: Char[][] | undefined; reason: string; body: Char[]; header: Char[] };

const UNKNOWN_MARK = '\uE000';

export function readBatch(text: string, file: string, options: BatchReadOptions = {}): BatchReading {
  const positions = new Positions(file, text);
  const maxLength = options.maxLength ?? BATCH_BOUNDS.maxLength;
  if (text.length > maxLength) {
    return {
      invocations: [],
      assignments: [],
      diagnostics: [positions.diagnostic(0, 0, 'batch/too-large', `batch file of ${thousands(text.length)} characters is over the bound of ${thousands(maxLength)}; not read`)],
    };
  }
  const reader = new BatchReader(text, positions, options.loopIterations ?? BATCH_BOUNDS.loopIterations);
  reader.run();
  return { invocations: reader.invocations, assignments: reader.assignments, diagnostics: reader.diagnostics, comments: reader.comments };
}

class BatchReader {
  readonly invocations: NativeInvocation[] = [];
  readonly assignments: VariableAssignment[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly comments: Array<{ start: number; end: number }> = [];
  private readonly vars = new Map<string, string | { unknown: string }>();
  private delayed = false;
  private afterLabel = false;
  private conditionalDepth = 0;
  private readonly loops: LoopIteration[] = [];
  private iterationsUsed = 0;
  /** Variables `set` after the first label: a `call :label` may change them. */
  private readonly setInSubroutines = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly positions: Positions,
    private readonly maxIterations: number,
  ) {}

  run(): void {
    this.findSubroutineVariables();
    let offset = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (offset < this.text.length) {
      const unit = this.readUnit(offset);
      offset = unit.next;
      const expanded = this.expandPercent(unit.chars);
      let i = 0;
      const nodes: Node[] = [];
      const parser = new UnitParser(expanded);
      while (i < expanded.length) {
        const before = parser.pos;
        const node = parser.parseCommand(false);
        if (node) nodes.push(node);
        parser.skipSeparators();
        if (parser.pos === before) parser.pos++;
        i = parser.pos;
      }
      for (const problem of parser.problems) this.diagnostics.push(this.positions.diagnostic(problem.start, problem.end, 'batch/syntax', problem.message));
      for (const comment of parser.comments) this.comments.push(comment);
      for (const node of nodes) this.execute(node);
    }
  }

  /** The variables set after the first label, where subroutines live. */
  private findSubroutineVariables(): void {
    let seenLabel = false;
    for (const line of this.text.split(/\r\n|\r|\n/)) {
      const trimmed = line.replace(/^[\s@]+/, '');
      if (/^:[^:]/.test(trimmed)) seenLabel = true;
      const set = /^set\s+(?:\/[ap]\s+)?"?([^=\s"]+)=/i.exec(trimmed);
      if (seenLabel && set) this.setInSubroutines.add(set[1].toLowerCase());
    }
  }

  /**
   * A unit cmd.exe reads at once: a line with its `^` continuations, and every line up to the
   * `)` closing a parenthesized block opened on it (cmd expands `%VAR%` in the whole block before running any of it).
   */
  private readUnit(offset: number): { chars: Char[]; next: number } {
    const chars: Char[] = [];
    let i = offset;
    let quoted = false;
    let depth = 0;
    let atCommandStart = true;
    let comment = false;
    for (;;) {
      if (i >= this.text.length) return { chars, next: i };
      const c = this.text[i];
      if (c === '\r' || c === '\n') {
        const next = c === '\r' && this.text[i + 1] === '\n' ? i + 2 : i + 1;
        quoted = false;
        comment = false;
        if (depth > 0) {
          chars.push({ c: '\n', start: i, end: next });
          i = next;
          atCommandStart = true;
          continue;
        }
        return { chars, next };
      }
      if (c === '^' && !quoted && !comment) {
        const after = this.text[i + 1];
        if (after === '\r' || after === '\n') {
          // `^` at the end of a line: the next line continues this one, its first character escaped.
          i += after === '\r' && this.text[i + 2] === '\n' ? 3 : 2;
          if (i < this.text.length && this.text[i] !== '\r' && this.text[i] !== '\n') {
            chars.push({ c: this.text[i], start: i, end: i + 1, literal: true });
            i++;
          }
          continue;
        }
        if (after !== undefined) {
          chars.push({ c: after, start: i, end: i + 2, literal: true });
          i += 2;
          atCommandStart = false;
          continue;
        }
      }
      if (c === '"') quoted = !quoted;
      if (!quoted && !comment) {
        if (atCommandStart && /[Rr]/.test(c) && /^rem(\s|$)/i.test(this.text.slice(i, i + 4))) comment = true;
        if (atCommandStart && c === ':' ) comment = true;
        if (c === '(' && !comment) depth++;
        else if (c === ')' && depth > 0 && !comment) depth--;
        if (c === '&' || c === '|' || c === '(') atCommandStart = true;
        else if (c !== ' ' && c !== '\t' && c !== '@') atCommandStart = false;
      }
      chars.push({ c, start: i, end: i + 1 });
      i++;
    }
  }

  /** `%VAR%` from earlier `set` lines; `%%` is `%`; arguments (`%1`, `%~dp0`) and variables not set in the file are not known. */
  private expandPercent(chars: Char[]): Char[] {
    const out: Char[] = [];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch.c !== '%' || ch.literal) {
        out.push(ch);
        continue;
      }
      const next = chars[i + 1];
      if (next?.c === '%') {
        // `%%` is a `%`; `%%a` is a for variable, kept for the loop to replace.
        out.push({ ...ch, end: next.end, literal: true, c: '%' });
        const after = chars[i + 2];
        if (after && /[A-Za-z]/.test(after.c)) out.push({ c: '%', start: next.start, end: next.end, literal: true });
        i++;
        continue;
      }
      if (next && /[0-9*~]/.test(next.c)) {
        let j = i + 1;
        if (next.c === '~') {
          while (j < chars.length && /[a-zA-Z$:]/.test(chars[j + 1]?.c ?? '') && !/[0-9*]/.test(chars[j].c)) j++;
          j++;
        }
        const end = chars[Math.min(j, chars.length - 1)];
        out.push({ c: UNKNOWN_MARK, start: ch.start, end: end.end, unknown: 'a batch argument (%1, %~dp0, ...)' });
        i = j;
        continue;
      }
      const close = closingIndex(chars, i, '%');
      if (close < 0 || close === i + 1) {
        out.push(ch);
        continue;
      }
      const name = chars.slice(i + 1, close).map((c) => c.c).join('');
      // `%NAME:~0,4%` and `%NAME:a=b%` edit the value: not modelled.
      out.push(...this.expansion(name.includes(':') ? undefined : name, '%', { start: ch.start, end: chars[close].end }));
      i = close;
    }
    return out;
  }

  /** The characters a variable expands to, or one placeholder of an unknown value (a variable not set in the file, or one set where it may not run). */
  private expansion(name: string | undefined, delimiter: '%' | '!', span: { start: number; end: number }): Char[] {
    const value = name === undefined ? undefined : this.vars.get(name.toLowerCase());
    if (typeof value === 'string') return [...value].map((c) => ({ c, ...span, literal: true }));
    const written = this.text.slice(span.start, span.end);
    const reason = value ? value.unknown : name === undefined ? `${written} edits a variable's value` : `${delimiter}${name}${delimiter} is not set in this file (an environment variable)`;
    return [{ c: UNKNOWN_MARK, ...span, unknown: reason }];
  }

  private context(): { loops: LoopIteration[]; conditional: boolean; function: undefined } {
    return { loops: this.loops.slice(), conditional: this.conditionalDepth > 0 || this.afterLabel, function: undefined };
  }

  private execute(node: Node): void {
    switch (node.kind) {
      case 'group':
        for (const child of node.body) this.execute(child);
        return;
      case 'if': {
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
      case 'for':
        this.executeFor(node);
        return;
      case 'simple':
        this.executeSimple(node.chars);
        return;
    }
  }

  /** Runs what may or may not run: variables set there are unknown after. */
  private conditional(fn: () => void): void {
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

  private executeFor(node: Extract<Node, { kind: 'for' }>): void {
    const header = range(node.header);
    const loc = header ? this.positions.range(header.start, header.end) : this.positions.range(0, 0);
    const items = node.items;
    if (items && this.iterationsUsed + items.length > this.maxIterations) {
      const h = header ?? { start: 0, end: 0 };
      this.diagnostics.push(this.positions.diagnostic(h.start, h.end, 'batch/loop-bound', `expanding this loop of ${thousands(items.length)} iterations would pass the bound of ${thousands(this.maxIterations)} iterations a file; its body is read once, as for a list not known`));
    }
    if (items && this.iterationsUsed + items.length <= this.maxIterations) {
      this.iterationsUsed += items.length;
      items.forEach((item, index) => {
        const body = substitute(node.body, node.variable, item);
        this.loops.push({ kind: 'for', variable: node.variable, index, item: charsValue(item, this.positions, node.variable), loc });
        try {
          this.runChars(body);
        } finally {
          this.loops.pop();
        }
      });
      return;
    }
    const placeholder: Char[] = [{ c: UNKNOWN_MARK, start: header?.start ?? 0, end: header?.end ?? 0, unknown: `the for variable ${node.variable} (${node.reason})` }];
    const body = substitute(node.body, node.variable, placeholder);
    this.conditional(() => {
      this.loops.push({ kind: 'for', variable: node.variable, index: undefined, item: { kind: 'unknown', expression: node.variable, reason: node.reason, loc }, loc });
      try {
        this.runChars(body);
      } finally {
        this.loops.pop();
      }
    });
  }

  /** Parses and runs characters (a loop body after its variable is replaced). */
  private runChars(chars: Char[]): void {
    const parser = new UnitParser(chars);
    while (parser.pos < chars.length) {
      const before = parser.pos;
      const node = parser.parseCommand(false);
      if (node) this.execute(node);
      parser.skipSeparators();
      if (parser.pos === before) parser.pos++;
    }
  }

  private executeSimple(input: Char[]): void {
    let chars = input;
    while (chars.length && (chars[0].c === ' ' || chars[0].c === '\t' || (chars[0].c === '@' && !chars[0].literal))) chars = chars.slice(1);
    if (!chars.length) return;
    if (this.delayed) chars = this.expandDelayed(chars);
    const words = splitCmdWords(chars);
    if (!words.length) return;
    const name = words[0].map((c) => c.c).join('').replace(/"/g, '');
    const lower = name.toLowerCase();
    if (lower.startsWith(':')) {
      if (!lower.startsWith('::')) this.afterLabel = true;
      return;
    }
    if (lower === 'rem' || lower.startsWith('rem.')) return;
    if (lower === 'setlocal') {
      if (words.slice(1).some((w) => /^enabledelayedexpansion$/i.test(w.map((c) => c.c).join('')))) this.delayed = true;
      return;
    }
    if (lower === 'set') {
      this.executeSet(chars, words[0]);
      return;
    }
    if (lower === 'call' && words[1]?.[0]?.c === ':') {
      for (const key of this.setInSubroutines) this.vars.set(key, { unknown: `%${key}% may be set by a subroutine called here` });
      return;
    }
    const program = nativeProgram(name);
    if (!program) return;
    const afterName = chars.indexOf(words[0][words[0].length - 1]) + 1;
    const split = argvSplit(stripRedirections(chars.slice(afterName)));
    const args = split.map((arg): NativeArgument => {
      const r = range(arg.chars) ?? { start: 0, end: 0 };
      return { raw: this.text.slice(r.start, r.end), value: charsValue(arg.chars, this.positions, undefined, arg.value), loc: this.positions.range(r.start, r.end) };
    });
    const start = range(words[0])?.start ?? 0;
    let end = range(words[0])?.end ?? start;
    for (const arg of split) end = Math.max(end, range(arg.chars)?.end ?? end);
    this.invocations.push({ kind: 'native', name, normalizedName: name.toLowerCase().replace(/^.*[\\/]/, '').replace(/\.exe$/, ''), loc: this.positions.range(start, end), ...nativeView(program, args), ...this.context() });
  }

  /** `set NAME=value` and `set "NAME=value"`; `set /a` and `set /p` leave the variable unknown. */
  private executeSet(chars: Char[], nameWord: Char[]): void {
    let i = chars.indexOf(nameWord[nameWord.length - 1]) + 1;
    while (i < chars.length && (chars[i].c === ' ' || chars[i].c === '\t')) i++;
    let rest = chars.slice(i);
    const text = rest.map((c) => c.c).join('');
    const option = /^\/([ap])\s+/i.exec(text);
    if (option) rest = rest.slice(option[0].length);
    let body = rest;
    if (body[0]?.c === '"') {
      let last = -1;
      for (let j = body.length - 1; j > 0; j--) if (body[j].c === '"') { last = j; break; }
      body = last > 0 ? body.slice(1, last) : body.slice(1);
    }
    const eq = body.findIndex((c) => c.c === '=');
    if (eq <= 0) return;
    const name = body.slice(0, eq).map((c) => c.c).join('').trim();
    const valueChars = body.slice(eq + 1);
    const key = name.toLowerCase();
    let stored: string | { unknown: string };
    const r = range(chars) ?? { start: 0, end: 0 };
    const loc = this.positions.range(r.start, r.end);
    if (option) stored = { unknown: option[1].toLowerCase() === 'a' ? `%${name}% is computed by set /a` : `%${name}% is read from the console by set /p` };
    else {
      const unknown = valueChars.find((c) => c.unknown);
      stored = unknown ? { unknown: unknown.unknown ?? '' } : valueChars.map((c) => c.c).join('');
    }
    if (this.conditionalDepth > 0 || this.afterLabel) stored = { unknown: `%${name}% is set where it may not run` };
    if (typeof stored === 'string' && !stored) this.vars.delete(key);
    else this.vars.set(key, stored);
    const value: StaticValue = typeof stored === 'string' ? { kind: 'string', value: stored, loc } : { kind: 'unknown', expression: this.text.slice(r.start, r.end), reason: stored.unknown, loc };
    this.assignments.push({ name, value, loc, ...this.context() });
  }

  /** `!VAR!` once `setlocal EnableDelayedExpansion` ran: expanded when the command runs. */
  private expandDelayed(chars: Char[]): Char[] {
    const out: Char[] = [];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch.c !== '!' || ch.literal) {
        out.push(ch);
        continue;
      }
      const close = closingIndex(chars, i, '!');
      if (close < 0) continue;
      const name = chars.slice(i + 1, close).map((c) => c.c).join('');
      out.push(...this.expansion(name, '!', { start: ch.start, end: chars[close].end }));
      i = close;
    }
    return out;
  }
}

/** Parses the commands of a unit: groups, `if`, `for`, and simple commands separated by `&`, `&&`, `||`, `|`. */
class UnitParser {
  pos = 0;
  readonly problems: { start: number; end: number; message: string }[] = [];

  /** `REM` and `::` comments met, as offsets in the file. */
  readonly comments: Array<{ start: number; end: number }> = [];

  constructor(private readonly chars: Char[]) {}

  private at(i = this.pos): Char | undefined {
    return this.chars[i];
  }

  private special(i: number, c: string): boolean {
    const ch = this.chars[i];
    return !!ch && ch.c === c && !ch.literal;
  }

  skipSpaces(): void {
    while (this.pos < this.chars.length && (this.at()!.c === ' ' || this.at()!.c === '\t' || this.at()!.c === ';' || this.at()!.c === ',')) this.pos++;
  }

  skipSeparators(): void {
    for (;;) {
      this.skipSpaces();
      const ch = this.at();
      if (!ch) return;
      if ((ch.c === '&' || ch.c === '|' || ch.c === '\n') && !ch.literal) this.pos++;
      else return;
    }
  }

  /** The word at the current position, lower case, without moving. */
  private wordHere(): string {
    let i = this.pos;
    let word = '';
    while (i < this.chars.length && /[A-Za-z/]/.test(this.chars[i].c)) word += this.chars[i++].c;
    return word.toLowerCase();
  }

  parseCommand(inGroup: boolean): Node | undefined {
    this.skipSpaces();
    while (this.special(this.pos, '@')) this.pos++;
    this.skipSpaces();
    const ch = this.at();
    if (!ch) return undefined;
    if (ch.c === '(' && !ch.literal) {
      const open = this.pos;
      this.pos++;
      const body: Node[] = [];
      for (;;) {
        this.skipSeparators();
        if (this.pos >= this.chars.length) {
          this.problems.push({ start: this.chars[open].start, end: this.chars[open].end, message: "the block opened by '(' is not closed by ')'" });
          break;
        }
        if (this.special(this.pos, ')')) {
          this.pos++;
          break;
        }
        const before = this.pos;
        const node = this.parseCommand(true);
        if (node) body.push(node);
        if (this.pos === before) this.pos++;
      }
      return { kind: 'group', body };
    }
    const word = this.wordHere();
    const after = this.at(this.pos + word.length);
    const endsWord = !after || after.c === ' ' || after.c === '\t' || after.c === '(' || after.c === '\n' || after.c === '/';
    if (word === 'if' && endsWord) return this.parseIf(inGroup);
    if (word === 'for' && endsWord) return this.parseFor(inGroup);
    if ((word === 'rem' && endsWord) || (ch.c === ':' && !ch.literal)) {
      // A comment, or a label (`:name`; `::` is a comment written as a label): the rest of the line.
      const start = this.pos;
      while (this.pos < this.chars.length && this.at()!.c !== '\n') this.pos++;
      if (word === 'rem' || this.at(start + 1)?.c === ':') this.comments.push({ start: this.chars[start].start, end: this.chars[this.pos - 1].end });
      return word === 'rem' ? undefined : { kind: 'simple', chars: this.chars.slice(start, this.pos) };
    }
    return this.parseSimple(inGroup);
  }

  private parseSimple(inGroup: boolean): Node {
    const start = this.pos;
    let quoted = false;
    while (this.pos < this.chars.length) {
      const ch = this.at()!;
      if (ch.c === '"' && !ch.literal) quoted = !quoted;
      else if (!quoted && !ch.literal && (ch.c === '&' || ch.c === '|' || ch.c === '\n' || (inGroup && ch.c === ')'))) break;
      else if (ch.c === '\n') break;
      this.pos++;
    }
    return { kind: 'simple', chars: this.chars.slice(start, this.pos) };
  }

  /** A word of an `if` condition: quoted, or up to a space or `==`. */
  private conditionWord(): Char[] {
    this.skipSpaces();
    const start = this.pos;
    let quoted = false;
    while (this.pos < this.chars.length) {
      const ch = this.at()!;
      if (ch.c === '"' && !ch.literal) quoted = !quoted;
      else if (!quoted && (ch.c === ' ' || ch.c === '\t' || ch.c === '\n' || (ch.c === '=' && this.at(this.pos + 1)?.c === '='))) break;
      this.pos++;
    }
    return this.chars.slice(start, this.pos);
  }

  private parseIf(inGroup: boolean): Node {
    this.pos += 2;
    let ignoreCase = false;
    let negate = false;
    this.skipSpaces();
    if (this.wordHere() === '/i') {
      ignoreCase = true;
      this.pos += 2;
      this.skipSpaces();
    }
    if (this.wordHere() === 'not') {
      negate = true;
      this.pos += 3;
      this.skipSpaces();
    }
    let condition: boolean | undefined;
    const keyword = this.wordHere();
    if (['exist', 'defined', 'errorlevel', 'cmdextversion'].includes(keyword)) {
      this.pos += keyword.length;
      this.conditionWord();
    } else {
      const left = this.conditionWord();
      this.skipSpaces();
      let op: string;
      if (this.at()?.c === '=' && this.at(this.pos + 1)?.c === '=') {
        op = '==';
        this.pos += 2;
      } else {
        op = this.wordHere();
        this.pos += op.length;
      }
      const right = this.conditionWord();
      const a = plainText(left);
      const b = plainText(right);
      if (a !== undefined && b !== undefined && (op === '==' || op === 'equ' || op === 'neq')) {
        const equal = ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
        condition = op === 'neq' ? !equal : equal;
      }
    }
    if (negate && condition !== undefined) condition = !condition;
    const then = this.parseCommand(inGroup);
    let otherwise: Node | undefined;
    const save = this.pos;
    this.skipSpaces();
    if (this.wordHere() === 'else') {
      this.pos += 4;
      otherwise = this.parseCommand(inGroup);
    } else this.pos = save;
    return { kind: 'if', condition, then, else: otherwise };
  }

  private parseFor(inGroup: boolean): Node {
    const headerStart = this.pos;
    this.pos += 3;
    const options: string[] = [];
    for (;;) {
      this.skipSpaces();
      const ch = this.at();
      if (!ch || ch.c !== '/') break;
      const word = this.wordHere();
      options.push(word);
      this.pos += word.length;
      this.skipSpaces();
      if ((word === '/f' || word === '/r') && this.at()?.c !== '%') this.conditionWord();
    }
    this.skipSpaces();
    const varStart = this.pos;
    while (this.at()?.c === '%') this.pos++;
    if (this.at()) this.pos++;
    const variable = this.chars.slice(varStart, this.pos).map((c) => c.c).join('');
    this.skipSpaces();
    if (this.wordHere() === 'in') this.pos += 2;
    this.skipSpaces();
    let items: Char[][] | undefined;
    let reason = '';
    if (this.special(this.pos, '(')) {
      this.pos++;
      const setStart = this.pos;
      let depth = 1;
      while (this.pos < this.chars.length) {
        const ch = this.at()!;
        if (!ch.literal && ch.c === '(') depth++;
        if (!ch.literal && ch.c === ')' && --depth === 0) break;
        this.pos++;
      }
      const set = this.chars.slice(setStart, this.pos);
      this.pos++;
      const words = splitCmdWords(set);
      const literal = words.every((w) => !w.some((c) => c.unknown || c.c === '*' || c.c === '?'));
      if (options.length === 0 && literal) items = words.map((w) => w.filter((c) => c.c !== '"' || c.literal));
      else if (options.length === 1 && options[0] === '/l' && literal && words.length === 3) {
        const [start, step, end] = words.map((w) => Number(plainText(w)));
        if ([start, step, end].every(Number.isInteger) && step !== 0) {
          const list: Char[][] = [];
          for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
            if (list.length > 100_000) break;
            list.push([...String(v)].map((c) => ({ c, start: set[0].start, end: set[set.length - 1].end, literal: true })));
          }
          items = list;
        } else reason = 'a for /l range not known';
      } else reason = options.length ? `for ${options.join(' ')} reads files or command output` : 'a list with wildcards or values not known';
    }
    const headerEnd = this.pos;
    this.skipSpaces();
    if (this.wordHere() === 'do') this.pos += 2;
    // The body is kept as characters: each iteration replaces the variable, then parses it.
    const bodyStart = this.pos;
    const probe = new UnitParser(this.chars);
    probe.pos = this.pos;
    probe.parseCommand(inGroup);
    this.pos = probe.pos;
    return { kind: 'for', variable, items, reason, body: this.chars.slice(bodyStart, this.pos), header: this.chars.slice(headerStart, headerEnd) };
  }
}

/** The index of the delimiter closing a `%NAME%` or `!NAME!` opened at `open`, on the same line; -1 when there is none. */
function closingIndex(chars: Char[], open: number, delimiter: string): number {
  for (let j = open + 1; j < chars.length && chars[j].c !== '\n'; j++) if (chars[j].c === delimiter && !chars[j].literal) return j;
  return -1;
}

/** Words as cmd.exe splits a command for its own commands: spaces, tabs, `,`, `;` and `=` separate, quotes group. */
function splitCmdWords(chars: Char[]): Char[][] {
  const words: Char[][] = [];
  let current: Char[] = [];
  let quoted = false;
  for (const ch of chars) {
    if (ch.c === '"' && !ch.literal) quoted = !quoted;
    if (!quoted && !ch.literal && (ch.c === ' ' || ch.c === '\t' || ch.c === ',' || ch.c === ';' || ch.c === '\n')) {
      if (current.length) words.push(current);
      current = [];
      continue;
    }
    current.push(ch);
  }
  if (current.length) words.push(current);
  return words;
}

/** The command line without its redirections (`> file`, `2>&1`, `>nul`, `< in`). */
function stripRedirections(chars: Char[]): Char[] {
  const out: Char[] = [];
  let quoted = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch.c === '"' && !ch.literal) quoted = !quoted;
    const isRedirect = !quoted && !ch.literal && (ch.c === '>' || ch.c === '<');
    if (!isRedirect) {
      out.push(ch);
      continue;
    }
    // A stream number right before `>` belongs to the redirection.
    const previous = out[out.length - 1];
    if (previous && /[0-9]/.test(previous.c) && (out.length === 1 || /\s/.test(out[out.length - 2].c))) out.pop();
    if (chars[i + 1]?.c === '>') i++;
    if (chars[i + 1]?.c === '&') {
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

/**
 * Arguments as a Windows program splits its command line (the C runtime's rules): whitespace
 * separates, double quotes group and are removed, `\"` is a quote, `""` inside quotes a quote.
 */
function argvSplit(chars: Char[]): { chars: Char[]; value: string }[] {
  const args: { chars: Char[]; value: string }[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && /[ \t\n]/.test(chars[i].c)) i++;
    if (i >= chars.length) break;
    const taken: Char[] = [];
    let value = '';
    let quoted = false;
    while (i < chars.length && (quoted || !/[ \t\n]/.test(chars[i].c))) {
      const ch = chars[i];
      if (ch.c === '\\') {
        let n = 0;
        while (chars[i + n]?.c === '\\') n++;
        if (chars[i + n]?.c === '"') {
          value += '\\'.repeat(Math.floor(n / 2));
          for (let k = 0; k < n; k++) taken.push(chars[i + k]);
          i += n;
          if (n % 2 === 1) {
            value += '"';
            taken.push(chars[i]);
            i++;
          }
          continue;
        }
        value += '\\'.repeat(n);
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

function range(chars: Char[]): { start: number; end: number } | undefined {
  if (!chars.length) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const ch of chars) {
    if (ch.start < start) start = ch.start;
    if (ch.end > end) end = ch.end;
  }
  return { start, end };
}

/** Text with no expansion left unknown, without quotes; undefined when something in it is not known. */
function plainText(chars: Char[]): string | undefined {
  if (chars.some((c) => c.unknown)) return undefined;
  return chars.filter((c) => c.c !== '"' || c.literal).map((c) => c.c).join('');
}

function charsValue(chars: Char[], positions: Positions, expression?: string, value?: string): StaticValue {
  const r = range(chars) ?? { start: 0, end: 0 };
  const loc = positions.range(r.start, r.end);
  const unknown = chars.find((c) => c.unknown);
  if (unknown) return { kind: 'unknown', expression: expression ?? positions.text.slice(r.start, r.end), reason: unknown.unknown ?? '', loc };
  return { kind: 'string', value: value ?? chars.map((c) => c.c).join(''), loc };
}

/** The body with every `%%X` (the for variable, case-sensitive) replaced by the item's characters. */
function substitute(body: Char[], variable: string, item: Char[]): Char[] {
  const out: Char[] = [];
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
