import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import { PositionedText } from '../positions.js';
import { unescapeXmlPieces } from './unescape.js';
import type { RawPiece } from './unescape.js';

/** An element or attribute name: as written, and resolved against the namespaces in scope. */
export interface XmlName {
  /** The qualified name as written (`t:Cluster`, `VPNProfile`). */
  name: string;
  prefix: string;
  local: string;
  /** The namespace URI (`urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008`); empty for none. */
  uri: string;
}

export interface XmlAttribute extends XmlName {
  value: string;
  /** From the name to the closing quote. */
  loc: SourceRange;
  nameLoc: SourceRange;
  /** The value between the quotes, as written (escapes included). */
  valueLoc: SourceRange;
}

/** The character data directly inside an element (CDATA sections included), joined. */
export interface XmlText {
  value: string;
  /** From the first character of the first piece to the end of the last. */
  loc: SourceRange;
  /** The raw pieces in the document's text, for `parseEmbeddedXml`. */
  pieces: RawPiece[];
}

export interface XmlElement extends XmlName {
  attributes: XmlAttribute[];
  children: XmlElement[];
  text: XmlText | undefined;
  /** From `<` of the start tag to `>` of the end tag. */
  loc: SourceRange;
  /** The name in the start tag. */
  nameLoc: SourceRange;
}

export interface XmlDocument {
  /** The text parsed and where it sits in its file. */
  source: PositionedText;
  /** The document element (the first top-level element of a fragment). */
  root: XmlElement | undefined;
  /** Every top-level element (one in a document; any number in a fragment). */
  roots: XmlElement[];
  /** False when the text broke XML's rules: the tree holds what could be read, and the diagnostics say where it broke. */
  wellFormed: boolean;
  diagnostics: Diagnostic[];
}

/** Bounds of one XML text; each one crossed is a diagnostic, and reading stops there. */
export interface XmlLimits {
  /** UTF-16 code units of the text (`xml/too-large`; the text is not read). */
  maxChars: number;
  /** Nesting of elements (`xml/too-deep`). */
  maxDepth: number;
  /** Elements in the text (`xml/too-many-elements`). */
  maxElements: number;
  /** Attributes in the text, all elements together (`xml/too-many-attributes`). */
  maxAttributes: number;
  /** Syntax errors reported before reading stops (`xml/syntax`). */
  maxErrors: number;
}

export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = {
  maxChars: 16 * 1024 * 1024,
  maxDepth: 256,
  maxElements: 1_000_000,
  maxAttributes: 2_000_000,
  maxErrors: 10,
};

export interface XmlOptions {
  /** Accept several top-level elements and text around them (an XML fragment, not a document). */
  fragment?: boolean;
  limits?: Partial<XmlLimits>;
}

/** Thrown from a handler to stop saxes where a bound is crossed; never leaves this module. */
/** Thrown from a handler to stop reading; `at` is where the text stops being read (the start of a refused element). */
class StopReading {
  constructor(readonly at: number) {}
}

/** Parses a whole file's XML text. */
export function parseXml(file: string, text: string, options: XmlOptions = {}): XmlDocument {
  // A byte-order mark is not a column, as the other loaders count.
  return parseXmlSource(PositionedText.of(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), options);
}

/**
 * Parses XML that sits inside another file (a PowerShell here-string, a piece of a larger text):
 * every range is in the outer file. Make `source` with `PositionedText.of(...).slice(...)`, or
 * `mapped(...)` when the XML was escaped in the outer text.
 */
export function parseXmlSource(source: PositionedText, options: XmlOptions = {}): XmlDocument {
  const limits = { ...DEFAULT_XML_LIMITS, ...options.limits };
  const document: XmlDocument = { source, root: undefined, roots: [], wellFormed: true, diagnostics: [] };
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const shift = source.text.length - text.length;
  const report = (code: string, message: string, start: number, end: number, severity: Diagnostic['severity'] = 'error') => {
    document.diagnostics.push({ ...source.range(start + shift, end + shift), severity, code, message });
  };
  if (text.length > limits.maxChars) {
    report('xml/too-large', `XML text of ${thousands(text.length)} characters is over the bound of ${thousands(limits.maxChars)}; not read`, 0, 0);
    document.wellFormed = false;
    return document;
  }
  new TreeBuilder(text, shift, document, limits, options.fragment === true, report).run();
  return document;
}

/**
 * Parses the XML written as the text of `text` (an element of `document`): ProfileXML escaped
 * inside an Intune SyncML `<Data>` element (`&lt;VPNProfile&gt;...`) or held in a CDATA section.
 * Each character's range is that of the escape it came from in the outer file.
 */
export function parseEmbeddedXml(document: XmlDocument, text: XmlText, options: XmlOptions = {}): XmlDocument {
  return parseXmlSource(unescapeXmlPieces(document.source, text.pieces), options);
}

type Report = (code: string, message: string, start: number, end: number, severity?: Diagnostic['severity']) => void;

interface OpenElement {
  element: XmlElement;
  start: number;
  textValue: string;
  pieces: RawPiece[];
}

/** Builds the positioned tree from saxes events; offsets are into `text` (the source's text less a byte-order mark). */
class TreeBuilder {
  private readonly stack: OpenElement[] = [];
  private readonly parser: SaxesParser<{ xmlns: true; position: true; fragment: boolean }>;
  /** Where the last piece of markup ended: the next text starts there. */
  private markupEnd = 0;
  private tagStart = 0;
  private attributeRanges = new Map<string, { loc: SourceRange; nameLoc: SourceRange; valueLoc: SourceRange }>();
  private elements = 0;
  private attributes = 0;
  private errors = 0;
  private refusedDoctype = false;

  constructor(
    private readonly text: string,
    private readonly shift: number,
    private readonly document: XmlDocument,
    private readonly limits: XmlLimits,
    fragment: boolean,
    private readonly report: Report,
  ) {
    this.parser = new SaxesParser({ xmlns: true, position: true, fragment });
  }

  run(): void {
    const parser = this.parser;
    parser.on('xmldecl', () => this.markup());
    parser.on('processinginstruction', () => this.markup());
    parser.on('comment', () => this.markup());
    parser.on('doctype', (doctype) => this.doctype(doctype));
    parser.on('text', (value) => {
      const end = this.textEnd();
      this.characters(value, end, end);
    });
    parser.on('cdata', (value) => this.characters(value, parser.position, parser.position));
    parser.on('opentagstart', (tag) => this.openTagStart(tag.name));
    parser.on('attribute', (attribute) => this.attribute(attribute.name));
    parser.on('opentag', (tag) => this.openTag(tag));
    parser.on('closetag', () => this.closeTag());
    parser.on('error', (error) => this.error(error.message));
    // Where reading stopped: the end, or the bound or error that stopped it (`close()` resets the parser's position).
    let stopped = this.text.length;
    try {
      parser.write(this.text).close();
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
      this.document.wellFormed = false;
      stopped = Math.min(error.at, this.text.length);
    }
    // Elements left open (a truncated text, or reading stopped at a bound) run to where reading stopped.
    while (this.stack.length > 0) this.finish(this.stack.pop() as OpenElement, stopped);
  }

  private range(start: number, end: number): SourceRange {
    return this.document.source.range(start + this.shift, end + this.shift);
  }

  private markup(): void {
    this.markupEnd = this.parser.position;
  }

  /** Text is reported when the `<` after it is read, or at the end. */
  private textEnd(): number {
    const position = this.parser.position;
    return this.text.charCodeAt(position - 1) === 0x3c ? position - 1 : position;
  }

  private doctype(doctype: string): void {
    this.markup();
    if (doctype.includes('<!ENTITY')) {
      this.refusedDoctype = true;
      const start = this.text.lastIndexOf('<!DOCTYPE', this.parser.position);
      this.report('xml/doctype-entity', 'a DOCTYPE that declares entities is refused (entity expansion is how XML bombs work); the document is not read', Math.max(start, 0), this.parser.position);
      throw new StopReading(this.parser.position);
    }
  }

  /** Character data from the end of the last markup to `end`; the next text starts at `next`. */
  private characters(value: string, end: number, next: number): void {
    const start = this.markupEnd;
    this.markupEnd = next;
    const open = this.stack[this.stack.length - 1];
    if (!open) return; // whitespace (or, in a fragment, text) outside every element
    open.textValue += value;
    open.pieces.push({ start: start + this.shift, end: end + this.shift });
  }

  private openTagStart(name: string): void {
    const at = this.text.lastIndexOf(`<${name}`, this.parser.position);
    this.tagStart = at < 0 ? this.markupEnd : at;
    if (this.attributeRanges.size > 0) this.attributeRanges = new Map();
    if (++this.elements > this.limits.maxElements) {
      this.report('xml/too-many-elements', `more than ${thousands(this.limits.maxElements)} elements; the rest of the text is not read`, this.tagStart, this.tagStart + 1 + name.length);
      throw new StopReading(this.tagStart);
    }
    if (this.stack.length >= this.limits.maxDepth) {
      this.report('xml/too-deep', `elements nested more than ${thousands(this.limits.maxDepth)} deep; the rest of the text is not read`, this.tagStart, this.tagStart + 1 + name.length);
      throw new StopReading(this.tagStart);
    }
  }

  /** The attribute event comes just after the closing quote of its value; its ranges are found back from there. */
  private attribute(name: string): void {
    if (++this.attributes > this.limits.maxAttributes) {
      this.report('xml/too-many-attributes', `more than ${thousands(this.limits.maxAttributes)} attributes; the rest of the text is not read`, this.tagStart, this.parser.position);
      throw new StopReading(this.tagStart);
    }
    const end = this.parser.position;
    const quote = this.text[end - 1];
    if (quote !== '"' && quote !== "'") return;
    const valueStart = this.text.lastIndexOf(quote, end - 2) + 1;
    let i = valueStart - 2;
    while (i > this.tagStart && isSpace(this.text.charCodeAt(i))) i--;
    if (this.text[i] !== '=') return;
    i--;
    while (i > this.tagStart && isSpace(this.text.charCodeAt(i))) i--;
    const nameStart = i + 1 - name.length;
    if (this.text.slice(nameStart, i + 1) !== name) return;
    this.attributeRanges.set(name, {
      loc: this.range(nameStart, end),
      nameLoc: this.range(nameStart, i + 1),
      valueLoc: this.range(valueStart, end - 1),
    });
  }

  private openTag(tag: SaxesTagNS): void {
    const start = this.tagStart;
    const nameLoc = this.range(start + 1, start + 1 + tag.name.length);
    const attributes: XmlAttribute[] = [];
    for (const attribute of Object.values(tag.attributes) as SaxesAttributeNS[]) {
      const ranges = this.attributeRanges.get(attribute.name) ?? { loc: nameLoc, nameLoc, valueLoc: nameLoc };
      attributes.push({ name: attribute.name, prefix: attribute.prefix, local: attribute.local, uri: attribute.uri ?? '', value: attribute.value, ...ranges });
    }
    const element: XmlElement = {
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri ?? '',
      attributes,
      children: [],
      text: undefined,
      loc: nameLoc, // the whole element's range is set when it closes
      nameLoc,
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.element.children.push(element);
    else {
      this.document.roots.push(element);
      this.document.root ??= element;
    }
    this.stack.push({ element, start, textValue: '', pieces: [] });
    this.markup();
  }

  private closeTag(): void {
    this.markup();
    const open = this.stack.pop();
    if (open) this.finish(open, this.parser.position);
  }

  private finish(open: OpenElement, end: number): void {
    const { element, pieces } = open;
    element.loc = this.range(open.start, end);
    if (pieces.length > 0) {
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      const source = this.document.source;
      element.text = { value: open.textValue, loc: source.range(first.start, last.end), pieces };
    }
  }

  private error(message: string): void {
    if (this.refusedDoctype) return;
    this.document.wellFormed = false;
    const position = Math.min(this.parser.position, this.text.length);
    let start = Math.max(position - 1, 0);
    // Never between the two characters of a CRLF line break (a column past the end of the line).
    if (start > 0 && this.text.charCodeAt(start) === 0x0a && this.text.charCodeAt(start - 1) === 0x0d) start--;
    this.report('xml/syntax', cleanMessage(message), start, Math.max(position, start));
    if (++this.errors >= this.limits.maxErrors) {
      if (this.errors === this.limits.maxErrors) this.report('xml/syntax', `${this.limits.maxErrors} syntax errors; the rest of the text is not read`, start, position, 'info');
      throw new StopReading(position);
    }
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** saxes puts `file:line:column: ` before its messages; the diagnostic carries those apart. */
function cleanMessage(message: string): string {
  const trimmed = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}
