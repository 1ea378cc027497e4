/**
 * BIND configuration loader (`named.conf` and the files it `include`s): the zones it declares,
 * with the file each is read from and the view that serves it, the views with their
 * `match-clients`, the ACLs those name, and `options { directory }`. Syntax is checked as
 * named-checkconf checks it (parser.ts); which options exist is not. Never throws.
 *
 * Files named by `include` are read through the caller's confined reader (the same rules as
 * a zone's `$INCLUDE`); their statements count where the `include` stands, so zones included
 * inside a `view` belong to that view.
 */
import type { CommentSink, Diagnostic, SourceRange } from '../../core/types.js';
import type { IncludeReader } from '../shared/format.js';
import { readName } from '../shared/dns-names.js';
import { placeholderStyle } from '../shared/placeholders.js';
import { thousands } from '../../core/words.js';
import { parseStatements } from './parser.js';
import { DEFAULT_NAMED_CONF_LIMITS } from './model.js';
import type { AddressMatchElement, NamedConf, NamedConfLimits, NamedConfParseResult, NamedConfView, NamedConfZone, Statement, Term } from './model.js';

export type * from './model.js';
export { DEFAULT_NAMED_CONF_LIMITS } from './model.js';
export { looksLikeNamedConf, isNamedConfName } from './recognise.js';

export interface NamedConfParseOptions {
  /** Path relative to the lint root, used in every range. */
  file: string;
  includeReader?: IncludeReader;
  limits?: Partial<NamedConfLimits>;
  /** Hears every comment of the file and of the files it includes (suppression directives are read from them). */
  comments?: CommentSink;
}

export function parseNamedConf(text: string, options: NamedConfParseOptions): NamedConfParseResult {
  const diagnostics: Diagnostic[] = [];
  const conf: NamedConf = { file: options.file, zones: [], views: [], acls: new Map(), includes: [], loc: fileRange(options.file, text) };
  try {
    new ConfReader(conf, diagnostics, options).read(text);
  } catch (error) {
    diagnostics.push({
      ...rangeAt(options.file, 1, 1),
      severity: 'error',
      code: 'named-conf/internal-error',
      message: `uclint could not read this file: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return { conf, diagnostics };
}

function rangeAt(file: string, line: number, column: number): SourceRange {
  return { file, line, column, endLine: line, endColumn: column };
}

function fileRange(file: string, text: string): SourceRange {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { file, line: 1, column: 1, endLine: lines.length, endColumn: lines[lines.length - 1].length + 1 };
}

/** The first word of a statement, lower-case ('' when it starts otherwise). */
function keywordOf(statement: Statement): string {
  const first = statement.terms[0];
  return first && first.kind === 'word' ? first.text.toLowerCase() : '';
}

/** The text of a word or string term; undefined for a block or nothing. */
function textOf(term: Term | undefined): string | undefined {
  return term && term.kind !== 'block' ? term.text : undefined;
}

function blockOf(statement: Statement): Statement[] | undefined {
  for (const term of statement.terms) if (term.kind === 'block') return term.statements;
  return undefined;
}

class ConfReader {
  private readonly limits: NamedConfLimits;
  private includesRead = 0;
  private characters = 0;
  private includesStopped = false;
  /** Zone statements with template placeholders in their name or file, per file: one diagnostic for each file. */
  private readonly templated = new Map<string, { style: string; count: number; loc: SourceRange }>();

  constructor(
    private readonly conf: NamedConf,
    private readonly diagnostics: Diagnostic[],
    private readonly options: NamedConfParseOptions,
  ) {
    this.limits = { ...DEFAULT_NAMED_CONF_LIMITS, ...options.limits };
  }

  read(text: string): void {
    this.characters = text.length;
    this.readFile(text, this.options.file, [this.options.file], undefined);
    for (const zone of this.conf.zones) if (this.conf.directory) zone.directory = this.conf.directory.path;
    for (const [file, { style, count, loc }] of this.templated) {
      this.diagnostics.push({
        ...loc,
        file,
        severity: 'info',
        code: 'named-conf/template',
        message: `${count === 1 ? 'a zone statement holds' : `${thousands(count)} zone statements hold`} template placeholders (${style}); ${count === 1 ? 'it is' : 'they are'} not used to find zone files`,
      });
    }
  }

  private readFile(text: string, file: string, stack: string[], view: NamedConfView | undefined): void {
    const comments = this.options.comments;
    const parsed = parseStatements(text, file, this.diagnostics, this.limits.blockDepth, comments && ((start, end) => comments(file, text, start, end)));
    if (parsed.template) {
      // The structure of a template is known only once it is rendered: none of it is used.
      const { style, line, column } = parsed.template;
      this.diagnostics.push({
        ...rangeAt(file, line, column),
        endColumn: column + 2,
        severity: 'info',
        code: 'named-conf/template',
        message: `this is a template (${style}), not a configuration BIND can read: it is not used to find zone files`,
      });
      if (file === this.conf.file) this.conf.template = style;
      // Syntax problems of a template are the template language's, not BIND's.
      for (let i = this.diagnostics.length - 1; i >= 0; i--) {
        const d = this.diagnostics[i];
        if (d.file === file && d.code !== 'named-conf/template' && d.code.startsWith('named-conf/')) this.diagnostics.splice(i, 1);
      }
      return;
    }
    this.statements(parsed.statements, file, stack, view);
  }

  private statements(statements: Statement[], file: string, stack: string[], view: NamedConfView | undefined): void {
    for (const statement of statements) {
      switch (keywordOf(statement)) {
        case 'include':
          this.include(statement, file, stack, view);
          break;
        case 'options':
          this.options_(statement);
          break;
        case 'acl':
          this.acl(statement);
          break;
        case 'view':
          if (view === undefined) this.view(statement, file, stack);
          break;
        case 'zone':
          this.zone(statement, view);
          break;
      }
    }
  }

  private include(statement: Statement, file: string, stack: string[], view: NamedConfView | undefined): void {
    const target = statement.terms[1];
    const path = textOf(target);
    const at = statement.loc;
    if (path === undefined || statement.terms.length !== 2) {
      this.report('named-conf/syntax', 'include takes one file name', at, 'error');
      return;
    }
    if (stack.length > this.limits.includeDepth) {
      this.report('named-conf/include-depth', `include nested deeper than ${this.limits.includeDepth} levels: '${path}' is not read`, at, 'error');
      return;
    }
    if (this.includesStopped) return;
    const reader = this.options.includeReader;
    if (!reader) {
      this.report('named-conf/include-unavailable', `include '${path}' cannot be read here (no include reader)`, at, 'info');
      return;
    }
    if (this.includesRead >= this.limits.includes) {
      this.report('named-conf/too-many-includes', `more than ${thousands(this.limits.includes)} files included: '${path}' and every later include are not read`, at, 'error');
      this.includesStopped = true;
      return;
    }
    let result: ReturnType<IncludeReader>;
    try {
      result = reader(path, file);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : 'cannot read the file' };
    }
    if ('error' in result) {
      // Files the server has and the repository does not (rndc.key, the distribution's default zones) are common.
      const missing = result.missing === true;
      this.report(
        missing ? 'named-conf/include-missing' : 'named-conf/include-failed',
        missing ? `include '${path}' is not in the repository; the statements in it were not read` : `cannot include '${path}': ${result.error}`,
        at,
        missing ? 'info' : 'error',
      );
      return;
    }
    if (stack.includes(result.file)) {
      this.report('named-conf/include-cycle', `include cycle: ${[...stack, result.file].join(' -> ')}`, at, 'error');
      return;
    }
    this.includesRead++;
    if (this.characters + result.text.length > this.limits.characters) {
      this.report('named-conf/includes-too-large', `included files over ${thousands(this.limits.characters)} characters in all: '${path}' and every later include are not read`, at, 'error');
      this.includesStopped = true;
      return;
    }
    this.characters += result.text.length;
    if (!this.conf.includes.includes(result.file)) this.conf.includes.push(result.file);
    this.readFile(result.text, result.file, [...stack, result.file], view);
  }

  // Named with a trailing underscore: `options` is the reader's own field.
  private options_(statement: Statement): void {
    for (const clause of blockOf(statement) ?? []) {
      if (keywordOf(clause) !== 'directory') continue;
      const path = textOf(clause.terms[1]);
      if (path !== undefined && this.conf.directory === undefined) this.conf.directory = { path, loc: clause.loc };
    }
  }

  private acl(statement: Statement): void {
    const name = textOf(statement.terms[1]);
    const block = blockOf(statement);
    if (name === undefined || block === undefined) return;
    this.conf.acls.set(name.toLowerCase(), matchList(block));
  }

  private view(statement: Statement, file: string, stack: string[]): void {
    const name = textOf(statement.terms[1]);
    const block = blockOf(statement);
    if (name === undefined || block === undefined) return;
    const view: NamedConfView = { name, loc: statement.loc };
    for (const clause of block) {
      if (keywordOf(clause) !== 'match-clients') continue;
      const list = blockOf(clause);
      if (list) view.matchClients = matchList(list);
    }
    this.conf.views.push(view);
    this.statements(block, file, stack, view);
  }

  private zone(statement: Statement, view: NamedConfView | undefined): void {
    const written = textOf(statement.terms[1]);
    const block = blockOf(statement);
    // `zone "x";` inside response-policy and catalog-zones names a zone, it does not declare one.
    if (written === undefined || block === undefined) return;
    const zone: Omit<NamedConfZone, 'name'> = { written, loc: statement.loc };
    if (view) zone.view = view;
    for (const clause of block) {
      const value = textOf(clause.terms[1]);
      if (value === undefined) continue;
      switch (keywordOf(clause)) {
        case 'type':
          zone.type = value.toLowerCase();
          break;
        case 'file':
          zone.file = { path: value, loc: clause.terms[1].loc };
          break;
        case 'in-view':
          zone.inView = value;
          break;
      }
    }
    const style = placeholderStyle(written) ?? (zone.file ? placeholderStyle(zone.file.path) : undefined);
    if (style !== undefined) {
      const seen = this.templated.get(statement.loc.file);
      if (seen) seen.count++;
      else this.templated.set(statement.loc.file, { style, count: 1, loc: statement.loc });
      return;
    }
    const absolute = written.endsWith('.') ? written : `${written}.`;
    const name = readName(absolute, 0, absolute.length, absolute.includes('\\'), undefined);
    if (typeof name !== 'string') {
      this.report('named-conf/bad-zone-name', `zone name "${written}" is not a valid domain name`, statement.terms[1].loc, 'error');
      return;
    }
    this.conf.zones.push({ ...zone, name });
  }

  private report(code: string, message: string, at: SourceRange, severity: Diagnostic['severity']): void {
    this.diagnostics.push({ ...at, severity, code, message });
  }
}

/** An address match list's elements (`{ !10.0.0.1; 10/8; key "k"; trusted; { ...; }; }`). */
function matchList(statements: Statement[]): AddressMatchElement[] {
  const elements: AddressMatchElement[] = [];
  for (const statement of statements) {
    const terms = [...statement.terms];
    let negated = false;
    const first = terms[0];
    if (first?.kind === 'word' && first.text.startsWith('!')) {
      negated = true;
      if (first.text === '!') terms.shift();
      else terms[0] = { ...first, text: first.text.slice(1) };
    }
    const head = terms[0];
    if (head === undefined) continue;
    if (head.kind === 'block') {
      elements.push({ negated, kind: 'list', value: '{ ... }', elements: matchList(head.statements), loc: statement.loc });
      continue;
    }
    const word = head.text;
    if (head.kind === 'word' && word.toLowerCase() === 'key') {
      elements.push({ negated, kind: 'key', value: textOf(terms[1]) ?? '', loc: statement.loc });
    } else if (terms.length > 1) {
      elements.push({ negated, kind: 'other', value: terms.map((t) => textOf(t) ?? '{ ... }').join(' '), loc: statement.loc });
    } else if (/^[0-9a-f:.]+(\/\d+)?$/i.test(word) && /[.:]|\//.test(word)) {
      elements.push({ negated, kind: 'address', value: word, loc: statement.loc });
    } else {
      elements.push({ negated, kind: 'name', value: word, loc: statement.loc });
    }
  }
  return elements;
}
