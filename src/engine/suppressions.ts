import type { CommentSink, Finding, SourceRange } from '../core/types.js';
import { detached } from '../core/strings.js';

/**
 * Inline suppressions (FORMATS 6), read from the comments each loader reports (a `;` or `#`
 * inside a quoted string or a value is data, not a comment):
 *   uclint-disable-next-line <rule-id>[, <rule-id>...] -- <reason>
 *   uclint-disable-line <rule-id>... -- <reason>
 *   uclint-disable-file <rule-id>... -- <reason>
 * The reason is required; a directive without one still applies but is reported. A comment
 * may hold several directives: each one's rule list and reason end where the next begins.
 */
export interface SuppressionDirective {
  kind: 'next-line' | 'line' | 'file';
  ruleIds: string[];
  reason: string | undefined;
  /** Where the directive text sits (for unused and malformed reports). */
  loc: SourceRange;
  /** The line the directive covers (next-line / line); undefined for file. */
  targetLine: number | undefined;
  /** Rule ids of this directive that suppressed at least one finding. */
  used: Set<string>;
}

const MARKER = 'uclint-disable-';
/** A directive starts at a marker followed by its kind and a blank or the end of the comment. */
const DIRECTIVE_START = /uclint-disable-(next-line|line|file)(?=\s|$)/y;

/** What is kept of a file while its comments come in. */
interface FileComments {
  /** The text the offsets point into; dropped when the file is done. */
  text: string | undefined;
  /** Start of the last comment read: a comment met again (a rescan) is not read twice. */
  lastStart: number;
  /** Offset of the next marker at or after the last search, or the text's length when there is none. */
  nextMarker: number;
  /** Line count up to `offset`, moved forward only. */
  offset: number;
  line: number;
  lineStart: number;
  directives: SuppressionDirective[];
  /** next-line directives whose line is not known yet, and where to look for it. */
  pending: SuppressionDirective[];
  scanFrom: number;
}

/**
 * Collects directives from the comments loaders report (`comment` is their CommentSink). One
 * forward pass over each file: markers are searched once, lines counted once, and a
 * next-line directive's line is found by looking on from where the previous look ended.
 */
export class DirectiveReader {
  private readonly files = new Map<string, FileComments>();
  /** Files with a text still held. */
  private readonly open = new Set<FileComments>();

  readonly comment: CommentSink = (file, text, start, end) => this.read(file, text, start, end);

  /**
   * Ends every file whose comments came in since the last call: next-line directives still
   * waiting cover the next line with content (or the line after theirs at the end of the
   * file), and the texts are let go, so that nothing of a file is kept but its directives.
   */
  endFiles(): void {
    for (const state of this.open) {
      if (state.pending.length > 0 && state.text !== undefined) {
        const content = firstContent(state.text, state.scanFrom, state.text.length);
        const line = content < state.text.length ? this.lineAt(state, content) : undefined;
        for (const directive of state.pending) directive.targetLine = line ?? directive.loc.line + 1;
        state.pending = [];
      }
      state.text = undefined;
    }
    this.open.clear();
  }

  /** The directives of every file that has any, in the order of each file. */
  directivesByFile(): Map<string, SuppressionDirective[]> {
    this.endFiles();
    const byFile = new Map<string, SuppressionDirective[]>();
    for (const [file, state] of this.files) if (state.directives.length > 0) byFile.set(file, state.directives);
    return byFile;
  }

  private read(file: string, text: string, start: number, end: number): void {
    let state = this.files.get(file);
    if (state === undefined) {
      state = { text, lastStart: -1, nextMarker: -1, offset: 0, line: 1, lineStart: 0, directives: [], pending: [], scanFrom: 0 };
      this.files.set(file, state);
    }
    if (start <= state.lastStart) return;
    state.lastStart = start;
    if (state.text !== text) {
      // The same file read again (a zone file that another includes): its comments from here on.
      state.text = text;
      state.nextMarker = -1;
    }
    this.open.add(state);
    if (state.pending.length > 0) {
      const content = firstContent(text, state.scanFrom, start);
      if (content < start) {
        const line = this.lineAt(state, content);
        for (const directive of state.pending) directive.targetLine = line;
        state.pending = [];
      } else {
        // A comment alone on its line: the directives above it look on past it.
        state.scanFrom = end;
      }
    }
    const starts = directiveStarts(state, text, start, end);
    for (let i = 0; i < starts.length; i++) {
      const directive = this.directive(state, file, text, starts[i], i + 1 < starts.length ? starts[i + 1] : end);
      state.directives.push(directive);
      if (directive.kind === 'next-line') {
        state.pending.push(directive);
        state.scanFrom = end;
      }
    }
  }

  private directive(state: FileComments, file: string, text: string, at: number, end: number): SuppressionDirective {
    const body = text.slice(at, end).trimEnd();
    DIRECTIVE_START.lastIndex = 0;
    const kind = (DIRECTIVE_START.exec(body) as RegExpExecArray)[1] as SuppressionDirective['kind'];
    const rest = body.slice(MARKER.length + kind.length);
    const [rulesPart, ...reasonParts] = rest.split(/\s--\s?|\s--$|^--\s?/);
    // Copies, not slices of the file's text, which would keep all of it alive for the run.
    const reason = detached(reasonParts.join(' -- ').trim()) || undefined;
    const ruleIds = (rulesPart ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(detached);
    const line = this.lineAt(state, at);
    const column = at - state.lineStart + 1 - (state.lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0);
    return {
      kind,
      ruleIds,
      reason,
      loc: { file, line, column, endLine: line, endColumn: column + body.length },
      targetLine: kind === 'line' ? line : undefined,
      used: new Set(),
    };
  }

  /** The line of `offset`, counting on from the last offset asked (offsets come in order). */
  private lineAt(state: FileComments, offset: number): number {
    const text = state.text as string;
    if (offset < state.offset) {
      state.offset = 0;
      state.line = 1;
      state.lineStart = 0;
    }
    for (let i = state.offset; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        state.line++;
        state.lineStart = i + 1;
      }
    }
    state.offset = offset;
    return state.line;
  }
}

/** Offsets in [start, end) where a directive begins, the text searched for markers once however many comments there are. */
function directiveStarts(state: FileComments, text: string, start: number, end: number): number[] {
  const starts: number[] = [];
  let from = start;
  for (;;) {
    if (state.nextMarker < from) {
      const found = text.indexOf(MARKER, from);
      state.nextMarker = found < 0 ? text.length : found;
    }
    const at = state.nextMarker;
    if (at >= end) return starts;
    DIRECTIVE_START.lastIndex = at;
    const match = DIRECTIVE_START.exec(text);
    // A marker at the very end of the comment is followed by its line break, which counts as a blank.
    if (match && match.index + match[0].length <= end) starts.push(at);
    from = at + MARKER.length;
  }
}

/** The offset of the first character in [from, to) that is not a blank or a line break, else `to`. */
function firstContent(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return i;
  }
  return to;
}

/**
 * Marks findings covered by a directive as suppressed (in place) and records which
 * directive ids were used. Findings are matched on their primary location, through an
 * index of each file's directives by line and rule. The first directive in the file that
 * covers a finding takes it, so the others are reported unused.
 */
export function applyDirectives(findings: Finding[], directivesByFile: Map<string, SuppressionDirective[]>): void {
  const indexes = new Map<string, DirectiveIndex>();
  for (const [file, directives] of directivesByFile) indexes.set(file, indexDirectives(directives));
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const index = indexes.get(finding.file);
    if (!index) continue;
    const onLine = index.byLineAndRule.get(`${finding.line} ${finding.ruleId}`);
    const inFile = index.fileByRule.get(finding.ruleId);
    const chosen = onLine === undefined || (inFile !== undefined && inFile.position < onLine.position) ? inFile : onLine;
    if (!chosen) continue;
    chosen.directive.used.add(finding.ruleId);
    finding.suppressed = { kind: chosen.directive.kind === 'file' ? 'file' : 'inline', reason: chosen.directive.reason };
  }
}

interface IndexedDirective {
  directive: SuppressionDirective;
  /** Its place in the file's directives. */
  position: number;
}

/** The first directive of a file for each line and rule it covers, and for each rule it covers in the whole file. */
interface DirectiveIndex {
  byLineAndRule: Map<string, IndexedDirective>;
  fileByRule: Map<string, IndexedDirective>;
}

function indexDirectives(directives: readonly SuppressionDirective[]): DirectiveIndex {
  const index: DirectiveIndex = { byLineAndRule: new Map(), fileByRule: new Map() };
  directives.forEach((directive, position) => {
    const entry = { directive, position };
    for (const ruleId of directive.ruleIds) {
      const map = directive.kind === 'file' ? index.fileByRule : index.byLineAndRule;
      const key = directive.kind === 'file' ? ruleId : directive.targetLine === undefined ? undefined : `${directive.targetLine} ${ruleId}`;
      if (key !== undefined && !map.has(key)) map.set(key, entry);
    }
  });
  return index;
}
