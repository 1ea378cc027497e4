import {
  parseEvents,
  getScalarValue,
  EVENT_ID,
  SCALAR_STYLE,
  COLLECTION_STYLE,
  NOT_RESOLVED,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag,
} from 'js-yaml';
import type { Event, ScalarEvent, DocumentDirective, ScalarTagDefinition } from 'js-yaml';
import type { CommentSink, Diagnostic, SourceRange } from '../../../core/types.js';
import { appendAll } from '../../../core/arrays.js';
import { thousands } from '../../../core/words.js';
import { DEFAULT_YAML_LIMITS, keyText } from './model.js';
import type { ScalarValue, YamlAlias, YamlDocument, YamlLimits, YamlMap, YamlNode, YamlScalar, YamlSeq } from './model.js';

export interface YamlParseResult {
  documents: YamlDocument[];
  diagnostics: Diagnostic[];
}

const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';
/** Order matters: the core schema tries null, bool, int, then float. */
const IMPLICIT_TAGS: ReadonlyArray<ScalarTagDefinition<ScalarValue>> = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];
/** Implicit resolvers by the first character they can match, as js-yaml's composer does, to skip hopeless tries. */
const IMPLICIT_ANY_FIRST_CHAR = IMPLICIT_TAGS.filter((tag) => tag.implicitFirstChars === null);
const IMPLICIT_BY_FIRST_CHAR = new Map<string, Array<ScalarTagDefinition<ScalarValue>>>();
for (const tag of IMPLICIT_TAGS) {
  for (const first of tag.implicitFirstChars ?? []) IMPLICIT_BY_FIRST_CHAR.set(first, []);
}
for (const [first, list] of IMPLICIT_BY_FIRST_CHAR) {
  for (const tag of IMPLICIT_TAGS) {
    if (tag.implicitFirstChars === null || tag.implicitFirstChars.includes(first)) list.push(tag);
  }
}
const EXPLICIT_SCALAR_TAGS = new Map<string, ScalarTagDefinition<ScalarValue>>(
  IMPLICIT_TAGS.map((tag) => [tag.tagName, tag]),
);

/**
 * Parses every document of a YAML stream into positioned nodes. Never throws: syntax
 * errors, duplicate keys, unknown aliases and bounds become diagnostics. `comments` is told
 * of every comment of the documents that parse (a `#` inside a scalar is not one).
 */
export function parseYamlDocuments(text: string, file: string, limits: Partial<YamlLimits> = {}, comments?: CommentSink): YamlParseResult {
  const report = comments && ((start: number, end: number) => comments(file, text, start, end));
  return parseStream(text, file, { ...DEFAULT_YAML_LIMITS, ...limits }, 1, report);
}

/** Told of a comment by its offsets in the text parsed. */
type CommentReport = (start: number, end: number) => void;

/** `text` starts at line `firstLine` of the file (a document read apart from the others starts further down). */
function parseStream(text: string, file: string, bounds: YamlLimits, firstLine: number, comments?: CommentReport): YamlParseResult {
  const positions = new PositionIndex(text, file, firstLine);
  if (text.length > bounds.size) {
    return {
      documents: [],
      diagnostics: [diagnostic(positions.range(0, 0), 'yaml/too-large', `YAML text of ${thousands(text.length)} characters is over the bound of ${thousands(bounds.size)}; not read`)],
    };
  }
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: bounds.depth });
  } catch (error) {
    return (firstLine === 1 ? readDocumentsApart(text, file, bounds, positions.lineStarts, comments) : undefined) ?? { documents: [], diagnostics: [syntaxDiagnostic(error, text, positions, bounds)] };
  }
  if (comments) reportComments(text, events, comments);
  try {
    return new TreeBuilder(text, positions, bounds).build(events);
  } catch (error) {
    // The builder has no known failure; a bug there must still not stop the run.
    const message = error instanceof Error ? error.message : String(error);
    return { documents: [], diagnostics: [diagnostic(positions.range(0, 0), 'yaml/syntax', `YAML could not be read: ${message}`)] };
  }
}

/**
 * A syntax error stops the YAML parser for the whole stream, which would lose the valid
 * documents around the broken one. So each document (from a `---` line to the next) is read
 * again on its own, numbering its lines from where it starts in the file: every character is
 * read once more, whatever the number of documents. Undefined for a single document (nothing
 * to save).
 */
function readDocumentsApart(text: string, file: string, bounds: YamlLimits, lineStarts: readonly number[], comments?: CommentReport): YamlParseResult | undefined {
  const starts = documentStarts(text, lineStarts);
  if (starts.length < 2) return undefined;
  const documents: YamlDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].offset : text.length;
    const alone = parseStream(text.slice(start.offset, end), file, bounds, start.line + 1, comments && ((from, to) => comments(start.offset + from, start.offset + to)));
    appendAll(documents, alone.documents);
    appendAll(diagnostics, alone.diagnostics);
  });
  return { documents, diagnostics };
}

/**
 * Where each document of a stream begins: offset 0, then every line that starts with the
 * `---` marker (0-based lines), found in the line table the positions were built from.
 */
function documentStarts(text: string, lineStarts: readonly number[]): Array<{ offset: number; line: number }> {
  const starts = [{ offset: 0, line: 0 }];
  for (let line = 1; line < lineStarts.length; line++) {
    const offset = lineStarts[line];
    if (text.startsWith('---', offset) && /^[ \t\r\n]?$/.test(text.charAt(offset + 3))) {
      // Blank lines, comments and directives before the first marker belong to its document.
      if (starts.length > 1 || !isPreamble(text.slice(0, offset))) starts.push({ offset, line });
    }
  }
  return starts;
}

/**
 * The comments of a stream that parsed: a `#` at the start of a line or after a blank, outside
 * every scalar (quoted and block scalars may hold ` #`; a plain scalar never does), to the end
 * of its line. Scalars come in text order, so one pass over the gaps between them finds all.
 */
function reportComments(text: string, events: readonly Event[], report: CommentReport): void {
  let from = 0;
  const gap = (to: number): void => {
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) !== 35) continue;
      const before = i === 0 ? 10 : text.charCodeAt(i - 1);
      if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 0xfeff) continue;
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      report(i, end);
      i = end;
    }
  };
  for (const event of events) {
    if (event.type !== EVENT_ID.SCALAR || event.valueStart < 0) continue;
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    const start = quoted ? event.valueStart - 1 : event.valueStart;
    if (start > from) gap(start);
    from = Math.max(from, quoted ? event.valueEnd + 1 : event.valueEnd);
  }
  gap(text.length);
}

function isPreamble(text: string): boolean {
  return text.split(/\r\n|\r|\n/).every((line) => /^\s*(#.*|%.*)?$/.test(line));
}

function diagnostic(range: SourceRange, code: string, message: string): Diagnostic {
  return { ...range, severity: 'error', code, message };
}

function syntaxDiagnostic(error: unknown, text: string, positions: PositionIndex, bounds: YamlLimits): Diagnostic {
  const reason = typeof (error as { reason?: unknown })?.reason === 'string' ? (error as { reason: string }).reason : undefined;
  const mark = (error as { mark?: { position?: unknown } })?.mark;
  const offset = typeof mark?.position === 'number' ? Math.min(Math.max(mark.position, 0), text.length) : 0;
  const range = positions.range(offset, Math.min(offset + 1, positions.lineEndOffset(offset)));
  if (reason?.startsWith('nesting exceeded maxDepth')) {
    return diagnostic(range, 'yaml/too-deep', `YAML nesting deeper than ${bounds.depth} levels`);
  }
  const message = reason ?? (error instanceof Error ? error.message : String(error));
  return diagnostic(range, 'yaml/syntax', `YAML syntax error: ${message}`);
}

/** Offsets to 1-based lines and UTF-16 columns. A BOM does not count as a column. */
class PositionIndex {
  /** Offset of each line's first character (line breaks LF, CRLF or CR). */
  readonly lineStarts: number[] = [0];
  private readonly bom: boolean;

  constructor(
    private readonly text: string,
    private readonly file: string,
    /** The file's line number of the text's first line. */
    private readonly firstLine = 1,
  ) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** Line of the last look-up: nodes come in source order, so most look-ups land on it or just after. */
  private cursor = 0;

  private lineIndex(offset: number): number {
    const starts = this.lineStarts;
    let line = this.cursor;
    if (starts[line] <= offset) {
      for (let steps = 0; steps < 4 && line + 1 < starts.length && starts[line + 1] <= offset; steps++) line++;
      if (line + 1 >= starts.length || starts[line + 1] > offset) return (this.cursor = line);
    }
    return (this.cursor = this.search(offset));
  }

  private search(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  point(offset: number): { line: number; column: number } {
    const index = this.lineIndex(offset);
    const column = offset - this.lineStarts[index] + 1 - (index === 0 && this.bom && offset > 0 ? 1 : 0);
    return { line: index + this.firstLine, column };
  }

  /** Offset of the line break (or end of text) ending the line that holds `offset`. */
  lineEndOffset(offset: number): number {
    const index = this.lineIndex(offset);
    let end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
    while (end > this.lineStarts[index] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  lineStartOffset(offset: number): number {
    return this.lineStarts[this.lineIndex(offset)];
  }

  range(start: number, end: number): SourceRange {
    const from = this.point(start);
    const to = this.point(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

interface OpenCollection {
  node: YamlMap | YamlSeq;
  start: number;
  /** A key read, waiting for its value. */
  pendingKey?: YamlNode;
  /** First key offset per key text, for duplicate detection. */
  seenKeys?: Map<string, YamlNode>;
  /** Expanded node count so far (aliases count their target's size). */
  size: number;
}

interface OpenDocument {
  contents: YamlNode | null;
  /** Anchored nodes with their expanded size (aliases inside count their target's size). */
  anchors: Map<string, { node: YamlNode; size: number }>;
  /** Anchors of collections still open: an alias to one of them would be recursive. */
  openAnchors: Set<string>;
  tagHandles: Map<string, string>;
  aliasExpansion: number;
  aliasLimitReported: boolean;
  start: number;
}

class TreeBuilder {
  private readonly documents: YamlDocument[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly stack: OpenCollection[] = [];
  private document: OpenDocument | undefined;
  /** End offset of the last token consumed; empty nodes are placed just after it. */
  private lastEnd = 0;
  /** End of the last `---` consumed, so the next document never finds it again. */
  private lastMarkerEnd = 0;

  constructor(
    private readonly text: string,
    private readonly positions: PositionIndex,
    private readonly limits: YamlLimits,
  ) {}

  build(events: Event[]): YamlParseResult {
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.document = {
            contents: null,
            anchors: new Map(),
            openAnchors: new Set(),
            tagHandles: tagHandles(event.directives),
            aliasExpansion: 0,
            aliasLimitReported: false,
            start: this.lastEnd,
          };
          if (event.explicitStart) this.skipDocumentMarker();
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const start = event.start;
          const range = this.positions.range(start, start);
          const flow = event.style === COLLECTION_STYLE.FLOW;
          const node: YamlMap | YamlSeq =
            event.type === EVENT_ID.MAPPING
              ? { kind: 'map', entries: [], flow, loc: range }
              : { kind: 'seq', items: [], flow, loc: range };
          this.decorate(node, event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
          if (node.anchor) this.document?.openAnchors.add(node.anchor);
          this.stack.push({ node, start, size: 1, seenKeys: node.kind === 'map' ? new Map() : undefined });
          this.lastEnd = Math.max(this.lastEnd, start + (flow ? 1 : 0));
          break;
        }
        case EVENT_ID.SCALAR:
          this.attach(this.scalar(event), 1);
          break;
        case EVENT_ID.ALIAS:
          this.alias(event.anchorStart, event.anchorEnd);
          break;
        case EVENT_ID.POP:
          this.pop();
          break;
      }
    }
    return { documents: this.documents, diagnostics: this.diagnostics };
  }

  /**
   * Moves past the next `---` at a line start, so nothing of this document is placed before it.
   * The search starts at the line that holds the last position read (an empty document's null
   * value is placed inside the next marker) but never before the marker consumed last.
   */
  private skipDocumentMarker(): void {
    const marker = /^---(?=[ \t\r\n]|$)/gm;
    const lineStart = this.text.lastIndexOf('\n', Math.max(0, this.lastEnd - 1)) + 1;
    marker.lastIndex = Math.max(lineStart, this.lastMarkerEnd);
    const match = marker.exec(this.text);
    if (match) {
      this.lastEnd = Math.max(this.lastEnd, match.index + 3);
      this.lastMarkerEnd = match.index + 3;
      if (this.document) this.document.start = match.index + 3;
    }
  }

  private pop(): void {
    const open = this.stack.pop();
    if (!open) {
      const document = this.document;
      if (!document) return;
      // An empty document's null value has no text of its own; js-yaml places it wherever it stopped (often inside the next `---`).
      const contents = document.contents;
      const empty = !contents || (contents.kind === 'scalar' && contents.value === null && contents.loc.line === contents.loc.endLine && contents.loc.column === contents.loc.endColumn);
      const loc = empty ? this.positions.range(document.start, document.start) : contents.loc;
      this.documents.push({ contents: document.contents, loc });
      this.document = undefined;
      return;
    }
    const { node } = open;
    let end: number;
    if (node.flow) {
      end = this.closingBracket(this.lastEnd, node.kind === 'map' ? '}' : ']');
    } else {
      end = this.lastEnd;
    }
    if (open.pendingKey) {
      // A key with no value event cannot happen in a well-formed stream; keep the key with a null value.
      const value = this.emptyScalar(-1, -1, -1, -1);
      (node as YamlMap).entries.push({ key: open.pendingKey, value });
    }
    node.loc = this.positions.range(open.start, end);
    this.lastEnd = Math.max(this.lastEnd, end);
    if (node.anchor) this.document?.openAnchors.delete(node.anchor);
    this.attach(node, open.size);
  }

  /** Offset just past the flow collection's closing bracket, searched after its last child. */
  private closingBracket(from: number, bracket: ']' | '}'): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const ch = text[i];
      if (ch === bracket) return i + 1;
      if (ch === '#') {
        while (i < text.length && text[i] !== '\n') i++;
      }
    }
    return from;
  }

  private attach(node: YamlNode, size: number): void {
    if (node.kind !== 'alias' && node.anchor !== undefined && this.document) this.document.anchors.set(node.anchor, { node, size });
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      if (this.document) this.document.contents = node;
      return;
    }
    parent.size += size;
    if (parent.node.kind === 'seq') {
      parent.node.items.push(node);
      return;
    }
    if (parent.pendingKey === undefined) {
      parent.pendingKey = node;
      return;
    }
    const key = parent.pendingKey;
    parent.pendingKey = undefined;
    parent.node.entries.push({ key, value: node });
    const name = keyText(key);
    const first = parent.seenKeys?.get(name);
    if (first) {
      this.diagnostics.push(
        diagnostic(key.loc, 'yaml/duplicate-key', `duplicate key '${name}' (first at line ${first.loc.line}, column ${first.loc.column})`),
      );
    } else {
      parent.seenKeys?.set(name, key);
    }
  }

  private alias(anchorStart: number, anchorEnd: number): void {
    // The event's range covers the name; the node's range includes the `*`.
    const start = this.text[anchorStart - 1] === '*' ? anchorStart - 1 : anchorStart;
    const name = this.text.slice(this.text[anchorStart] === '*' ? anchorStart + 1 : anchorStart, anchorEnd);
    const node: YamlAlias = { kind: 'alias', name, loc: this.positions.range(start, anchorEnd) };
    this.lastEnd = Math.max(this.lastEnd, anchorEnd);
    const document = this.document;
    const anchored = document?.anchors.get(name);
    let size = 1;
    if (document && anchored && !document.openAnchors.has(name)) {
      const target = anchored.node;
      const targetSize = anchored.size;
      if (document.aliasExpansion + targetSize > this.limits.aliasExpansion) {
        if (!document.aliasLimitReported) {
          document.aliasLimitReported = true;
          this.diagnostics.push(
            diagnostic(
              node.loc,
              'yaml/alias-limit',
              `aliases expand to more than ${thousands(this.limits.aliasExpansion)} nodes; '*${name}' and later aliases over the bound are not expanded`,
            ),
          );
        }
      } else {
        document.aliasExpansion += targetSize;
        node.target = target;
        size = targetSize;
      }
    } else if (document?.openAnchors.has(name)) {
      this.diagnostics.push(diagnostic(node.loc, 'yaml/unknown-alias', `alias '*${name}' refers to a node that contains it`));
    } else {
      this.diagnostics.push(diagnostic(node.loc, 'yaml/unknown-alias', `alias '*${name}' has no anchor '&${name}' before it`));
    }
    this.attach(node, size);
  }

  private scalar(event: ScalarEvent): YamlScalar {
    if (event.valueStart < 0) {
      return this.emptyScalar(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
    }
    const raw = this.text.slice(event.valueStart, event.valueEnd);
    let start = event.valueStart;
    let end = event.valueEnd;
    let style: YamlScalar['style'];
    switch (event.style) {
      case SCALAR_STYLE.SINGLE_QUOTED:
        style = 'single';
        start--;
        end++;
        break;
      case SCALAR_STYLE.DOUBLE_QUOTED:
        style = 'double';
        start--;
        end++;
        break;
      case SCALAR_STYLE.LITERAL_BLOCK:
      case SCALAR_STYLE.FOLDED_BLOCK:
        style = event.style === SCALAR_STYLE.LITERAL_BLOCK ? 'literal' : 'folded';
        ({ start, end } = this.blockScalarSpan(event));
        break;
      default:
        style = 'plain';
    }
    this.lastEnd = Math.max(this.lastEnd, end);
    const decoded = getScalarValue(this.text, event);
    const node: YamlScalar = { kind: 'scalar', value: decoded, raw, style, loc: this.positions.range(start, end) };
    this.decorate(node, event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
    node.value = this.resolveScalar(node, decoded);
    return node;
  }

  /**
   * The event's range starts at the first content line; the node starts at the
   * `|` or `>` indicator on the line before, and ends after the last non-blank content.
   */
  private blockScalarSpan(event: ScalarEvent): { start: number; end: number } {
    const text = this.text;
    let end = event.valueEnd;
    while (end > event.valueStart && /\s/.test(text[end - 1])) end--;
    let start = event.valueStart;
    const headerLineStart = this.positions.lineStartOffset(Math.max(0, event.valueStart - 1));
    const searchFrom = Math.max(headerLineStart, this.lastEnd, event.anchorEnd, event.tagEnd);
    const line = text.slice(searchFrom, this.positions.lineEndOffset(searchFrom));
    const match = /(^|[\s])([|>])[-+1-9]{0,2}[ \t]*(#.*)?$/.exec(line);
    if (match) start = searchFrom + match.index + match[1].length;
    if (end <= event.valueStart) end = Math.max(start + 1, end);
    return { start, end };
  }

  private emptyScalar(anchorStart: number, anchorEnd: number, tagStart: number, tagEnd: number): YamlScalar {
    let at = Math.max(this.lastEnd, anchorEnd, tagEnd);
    if (anchorEnd < 0 && tagEnd < 0) {
      // Place the empty value just after its indicator (`key:` or `-`), which may be on a later line.
      const i = skipSpaceAndComments(this.text, at);
      if (this.text[i] === ':' || this.text[i] === '-') at = i + 1;
    }
    const node: YamlScalar = { kind: 'scalar', value: null, raw: '', style: 'plain', loc: this.positions.range(at, at) };
    this.decorate(node, anchorStart, anchorEnd, tagStart, tagEnd);
    this.lastEnd = Math.max(this.lastEnd, at);
    node.value = this.resolveScalar(node, '');
    return node;
  }

  private decorate(node: YamlScalar | YamlMap | YamlSeq, anchorStart: number, anchorEnd: number, tagStart: number, tagEnd: number): void {
    if (anchorStart >= 0) {
      const offset = this.text[anchorStart] === '&' ? anchorStart + 1 : anchorStart;
      node.anchor = this.text.slice(offset, anchorEnd);
    }
    if (tagStart >= 0) node.tag = this.resolveTag(this.text.slice(tagStart, tagEnd));
  }

  private resolveTag(written: string): string {
    if (written.startsWith('!<') && written.endsWith('>')) return decodeURIComponentSafe(written.slice(2, -1));
    const handles = this.document?.tagHandles ?? new Map<string, string>();
    const match = /^(![\w-]*!|!!|!)(.*)$/.exec(written);
    if (!match) return written;
    const [, handle, suffix] = match;
    const prefix = handles.get(handle) ?? (handle === '!!' ? CORE_TAG_PREFIX : handle === '!' ? '!' : undefined);
    return prefix === undefined ? written : prefix + decodeURIComponentSafe(suffix);
  }

  private resolveScalar(node: YamlScalar, decoded: string): ScalarValue {
    const tag = node.tag;
    if (tag === undefined) {
      if (node.style !== 'plain') return decoded;
      for (const implicit of IMPLICIT_BY_FIRST_CHAR.get(decoded.charAt(0)) ?? IMPLICIT_ANY_FIRST_CHAR) {
        const value = implicit.resolve(decoded, false, implicit.tagName);
        if (value !== NOT_RESOLVED) return value;
      }
      return decoded;
    }
    // `!` alone marks a non-plain, hence string, scalar.
    if (tag === '!' || tag === CORE_TAG_PREFIX + 'str') return decoded;
    const explicit = EXPLICIT_SCALAR_TAGS.get(tag);
    if (explicit) {
      const value = explicit.resolve(decoded, true, tag);
      if (value !== NOT_RESOLVED) return value;
      this.diagnostics.push(diagnostic(node.loc, 'yaml/bad-value', `'${decoded}' is not a valid !!${tag.slice(CORE_TAG_PREFIX.length)}`));
      return decoded;
    }
    this.diagnostics.push(diagnostic(node.loc, 'yaml/unknown-tag', `unknown tag '${tag}'; the value is read as a string`));
    return decoded;
  }
}

function tagHandles(directives: DocumentDirective[]): Map<string, string> {
  const handles = new Map<string, string>();
  for (const directive of directives) {
    if (directive.kind === 'tag') handles.set(directive.handle, directive.prefix);
  }
  return handles;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function skipSpaceAndComments(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') i++;
    else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else break;
  }
  return i;
}
