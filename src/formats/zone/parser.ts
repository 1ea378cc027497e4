/**
 * The master-file parser: directives, owner/TTL/class/type, and typed data.
 * It never throws on input: every problem becomes a diagnostic at the token,
 * and parsing goes on at the next logical line.
 */
import { naptrRegexpProblem } from './naptr.js';
import { RecordTable, packSrvNumbers, type RDataValue } from '../../model/record-table.js';
import type { Diagnostic, Severity } from '../../core/types.js';
import type {
  CaaData,
  GenericData,
  NaptrData,
  RData,
  SoaData,
  SvcbData,
  TextData,
  TlsaData,
  TxtData,
  View,
  ZoneFile,
} from '../../model/dns.js';
import { DEFAULT_ZONE_LIMITS, type IncludeReader, type ZoneLimits, type ZoneParseOptions, type ZoneParseResult } from './options.js';
import { Scanner } from './scanner.js';
import type { ScanProblem } from './scanner.js';
import { NAME_ERROR_CODES, NAME_ERROR_MESSAGES, WRITTEN_LOWER, WRITTEN_OTHERWISE, nameForm, originContext, readName } from '../shared/dns-names.js';
import type { NameError, OriginContext } from '../shared/dns-names.js';
import { canonicalIPv6, ipv4Value, isIPv4 } from './address.js';
import { ownSlice } from '../../core/strings.js';
import { TTL_RANGE, decodeString, hexDigit, hexToOctets, readTtl, readUnsigned, uniformStrings } from './text.js';
import { quoteString } from '../../model/record-text.js';
import { STRUCTURED_TYPES, className, classCode, typeCode, typeName } from '../../model/rrtypes.js';
import { DS_DIGEST_LENGTHS, SSHFP_DIGEST_LENGTHS, TEXT_LAYOUTS, ZONEMD_DIGEST_LENGTHS } from './textTypes.js';
import { algorithmText, certTypeText, chunked, isBase32Hex, isBase64, readAlgorithm, readCertType, readEui, readLoc, readSignatureTime } from './encodings.js';
import { dataFromWire } from './wire.js';
import { SVCB_KEY_NAMES, svcbKeyNumber } from './svcb.js';
import { expandGenerate, parseGenerateRange } from './generate.js';
import { thousands } from '../../core/words.js';
import { findPlaceholder, mayHoldPlaceholders, placeholderStyle, valuePlaceholderStyle } from '../shared/placeholders.js';

const MAX_TTL = 0x7fffffff;

// Token kinds (same values as scanner.ts exports). Module-local so that the hot
// loop reads constants instead of another module's bindings.
const TOK_WORD = 0;
const TOK_QUOTED = 1;
const TOK_EOL = 2;
const TOK_EOF = 3;

/** Classification of a token in the TTL/class/type position. */
const CLASS_BASE = 0x10000;

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

type OriginSource = ZoneFile['originSource'];

export function parseZoneText(text: string, options: ZoneParseOptions): ZoneParseResult {
  const parser = new ZoneParser(text, options);
  try {
    parser.run();
  } catch (error) {
    // A defect in the parser must not take the run down: report it as a diagnostic.
    parser.internalError(error);
  }
  parser.finish();
  return { zone: parser.zone, diagnostics: parser.diagnostics };
}

class ZoneParser {
  readonly diagnostics: Diagnostic[] = [];
  readonly zone: ZoneFile;
  /** The zone's records; its `owners` holds the current owner name. Sized from the lines, so a large zone's columns are rarely regrown. */
  private readonly table: RecordTable;
  /** Records made by `$GENERATE` so far, for the zone-wide bound. */
  private generatedRecords = 0;
  private readonly limits: ZoneLimits;
  private readonly reader: IncludeReader | undefined;
  private readonly options: ZoneParseOptions;
  private readonly mainText: string;

  private sc!: Scanner;
  private text = '';
  private file: string;
  private depth = 0;
  private readonly fileStack: string[];

  private origin: string | undefined;
  private originCtx: OriginContext | undefined;
  private originSource: OriginSource = 'none';
  /** Where nameForm leaves the tail or the whole of the name it read. */
  private readonly nameParts = { tail: '', whole: '' };
  /** The id of the text being read among the table's owner texts. */
  private textId = 0;
  /** Raw span of the last owner token, to reuse the name for runs of records at one owner. */
  private ownerStart = -1;
  private ownerEnd = -1;
  private ownerOrigin: string | undefined;
  private ownerText = '';
  /** The owner is outside the zone: its records are left out (BIND ignores them). */
  private ownerOutside = false;
  /**
   * The zone's origin once it is decided while reading (by `$ORIGIN` before any record, or the
   * SOA); undefined before. Records read before it is decided are checked when it is.
   */
  private zoneApex: string | undefined;
  /** The current origin is at or below the zone's origin, so relative names need no check. */
  private originInZone = true;

  /** `$TTL`, or the SOA minimum when there was neither `$TTL` nor an earlier TTL (BIND). -1: unknown. */
  private defaultTtl = -1;
  /** Last TTL written on a record (RFC 1035 semantics). -1: none yet. */
  private lastTtl = -1;
  private zoneClass: string | undefined;

  private zoneOriginDecided = false;
  private firstDirectiveOrigin: string | undefined;
  private sawRecord = false;
  /** Line and line start where the main file's scan ended, so the file range needs no second pass. */
  private mainEnd: { line: number; lineStart: number } | undefined;
  private stopped = false;
  /** `$INCLUDE` files read so far and their characters, against the include bounds. */
  private includesRead = 0;
  private includedCharacters = 0;
  /** An include bound was reached: later `$INCLUDE`s are skipped without a word (the first said so). */
  private includesStopped = false;
  /** While expanding `$GENERATE`, diagnostics point at the directive's data. */
  private spanOverride: Span | undefined;
  /** The text being read may hold delimited template placeholders (`{{ip}}`, `${HOST}`): names are looked at for them. */
  private placeholderScan = false;
  /** The style of a placeholder met in a name of the record being read. */
  private recordPlaceholder: string | undefined;
  /** Per file: lines whose records hold template placeholders, by style, with the first one (one diagnostic per file). */
  private readonly templateLines = new Map<string, { styles: Map<string, { lines: Set<number>; example: string }>; first: Span }>();
  /**
   * Per file: the first relative name read with no origin known, and where the others are (one
   * diagnostic per file; places, not a count, so a file included twice counts each name once).
   */
  private readonly noOrigin = new Map<string, { diagnostic: Diagnostic; at: Set<string> }>();
  private readonly unreadOwnerSet = new Set<string>();
  /** Per file and type: the first record of a server's own type (LUA), and how many more followed. */
  private readonly serverTypes = new Map<string, { diagnostic: Diagnostic; lines: Set<number> }>();
  private readonly txtScratch: string[] = [];
  private readonly txtLatin1Scratch: boolean[] = [];

  constructor(text: string, options: ZoneParseOptions) {
    this.options = options;
    this.mainText = text;
    this.limits = { ...DEFAULT_ZONE_LIMITS, ...(options.limits ?? {}) };
    this.reader = options.includeReader;
    this.file = options.file;
    this.fileStack = [options.file];
    const view = viewOf(text, options);
    // Beyond two million rows the table grows as records come: a file of blank lines must not reserve room for millions.
    const table = new RecordTable(Math.max(0, Math.min(lineEstimate(text), Math.floor(this.limits.records), 1 << 21)));
    this.table = table;
    this.zone = {
      file: options.file,
      origin: undefined,
      originSource: 'none',
      view: view.view,
      viewSource: view.viewSource,
      get records() {
        return table.records();
      },
      table,
      includes: [],
      unreadOwners: [],
      loc: { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
    };
    table.zone = this.zone;
    if (options.origin !== undefined) {
      const origin = canonicalOrigin(options.origin);
      const source = options.originSource ?? 'config';
      if (origin !== undefined) {
        this.setOrigin(origin, source);
        // The config and named.conf name the zone: the file's `$ORIGIN` and SOA owner do not change it.
        // (An origin given without a source is where reading starts, as before sources were told.)
        if (options.originSource === 'config' || options.originSource === 'named-conf') {
          this.zoneOriginDecided = true;
          this.zone.origin = origin;
          this.zone.originSource = source;
          this.apexDecided(origin);
        }
      }
    }
  }

  /** Gives back the room the table kept for one record a line, and says once per file what was said once for many lines. */
  finish(): void {
    this.table.seal();
    this.zone.unreadOwners = [...this.unreadOwnerSet];
    for (const { diagnostic, at } of this.noOrigin.values()) {
      const more = at.size - 1;
      if (more > 0) diagnostic.message += ` (and ${thousands(more)} more relative name${more === 1 ? '' : 's'} in this file)`;
    }
    for (const { diagnostic, lines } of this.serverTypes.values()) {
      if (lines.size > 1) diagnostic.message += ` (${thousands(lines.size)} records in this file)`;
    }
    for (const [file, { styles, first }] of this.templateLines) {
      let lines = 0;
      for (const { lines: at } of styles.values()) lines += at.size;
      const described = [...styles].map(([style, { example }]) => `${style}, such as '${example}'`).join('; ');
      this.diagnostics.push({
        file,
        ...first,
        severity: 'info',
        code: 'zone/template-placeholder',
        message: `this file is a template: ${thousands(lines)} line${lines === 1 ? ' holds' : 's hold'} placeholders (${described}); the records on ${lines === 1 ? 'it were' : 'them were'} not checked`,
      });
    }
  }

  run(): void {
    this.parseFile(this.mainText, this.options.file);
    this.zone.loc = fileRange(this.options.file, this.mainText, this.mainEnd);
    if (!this.zoneOriginDecided) {
      if (this.options.origin !== undefined && canonicalOrigin(this.options.origin) !== undefined) {
        this.zone.origin = canonicalOrigin(this.options.origin);
        this.zone.originSource = this.options.originSource ?? 'config';
      } else if (this.firstDirectiveOrigin !== undefined) {
        this.zone.origin = this.firstDirectiveOrigin;
        this.zone.originSource = 'directive';
      }
      if (this.zone.origin !== undefined) this.apexDecided(this.zone.origin);
    }
  }

  /**
   * The zone's origin is now known: records already read outside it are dropped with a
   * warning, and from now on each new owner name is checked as it is read.
   */
  private apexDecided(apex: string): void {
    this.zoneApex = apex;
    this.originInZone = this.origin === undefined || isInZone(this.origin, apex);
    if (this.table.owners.hasCurrent) this.ownerOutside = !isInZone(this.owner(), apex);
    // The owner reuse shortcut must not carry a verdict made before the origin was known.
    this.ownerStart = this.ownerEnd = -1;
    const table = this.table;
    let lastInside = true;
    // A row after a row of the same owner entry shares its verdict (rows before `i` move only to lower places).
    table.retain((i) => {
      if (i === 0 || !table.owners.sameEntry(i, i - 1)) lastInside = isInZone(table.name(i), apex);
      if (!lastInside) {
        const loc = table.loc(i);
        this.reportOutOfZone(table.name(i), loc.file, loc.line, loc.column, loc.endLine, loc.endColumn);
      }
      return lastInside;
    });
  }

  private reportOutOfZone(name: string, file: string, line: number, column: number, endLine: number, endColumn: number): void {
    this.diagnostics.push({
      file,
      line,
      column,
      endLine,
      endColumn,
      severity: 'warning',
      code: 'zone/out-of-zone',
      message: `${name} is outside the zone ${this.zoneApex ?? ''}; servers ignore it`,
    });
  }

  internalError(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.diagnostics.push({
      file: this.file,
      line: this.sc?.line ?? 1,
      column: 1,
      endLine: this.sc?.line ?? 1,
      endColumn: 1,
      severity: 'error',
      code: 'zone/internal-error',
      message: `internal error while reading the zone: ${message}`,
    });
  }

  private setOrigin(origin: string, source: OriginSource): void {
    this.origin = origin;
    this.originCtx = originContext(origin);
    this.originSource = source;
    this.originInZone = this.zoneApex === undefined || isInZone(origin, this.zoneApex);
  }

  // ---------------------------------------------------------------- files

  private parseFile(text: string, file: string): void {
    const savedScanner = this.sc;
    const savedText = this.text;
    const savedFile = this.file;
    const savedTextId = this.textId;
    const savedPlaceholderScan = this.placeholderScan;
    this.text = text;
    this.file = file;
    this.placeholderScan = mayHoldPlaceholders(text);
    this.textId = this.table.owners.addText(text);
    const comments = this.options.comments;
    const sc = new Scanner(text, this.limits.lineLength, (p) => this.scanProblem(p), comments && ((start, end) => comments(file, text, start, end)));
    this.sc = sc;
    // Each recovery rescans from the line after the '(' to the end of the text: many unclosed
    // parentheses would make that quadratic, so the rescanning is bounded per file.
    const recovery = { budget: 4 * text.length + 65_536 };
    try {
      while (!this.stopped) {
        const k = sc.next();
        if (k === TOK_EOL) continue;
        if (k === TOK_EOF) {
          if (sc.unclosedParen) this.recoverUnclosedParen(this.table.size, this.diagnostics.length, recovery);
          if (sc.kind === TOK_EOF) break;
          continue;
        }
        const recordCount = this.table.size;
        const diagnosticCount = this.diagnostics.length;
        this.logicalLine();
        if (sc.kind !== TOK_EOL && sc.kind !== TOK_EOF) sc.skipLine();
        if (sc.kind === TOK_EOF) {
          if (sc.unclosedParen) {
            this.recoverUnclosedParen(recordCount, diagnosticCount, recovery);
            continue;
          }
          break;
        }
      }
      if (this.depth === 0 && sc.kind === TOK_EOF) this.mainEnd = { line: sc.line, lineStart: sc.lineStart };
    } finally {
      this.sc = savedScanner;
      this.text = savedText;
      this.file = savedFile;
      this.textId = savedTextId;
      this.placeholderScan = savedPlaceholderScan;
    }
  }

  /**
   * The text ended inside parentheses: everything since the line that opened them
   * was read as one record. Drop what that line produced, report the parenthesis,
   * and read on from the line after it.
   */
  private recoverUnclosedParen(recordCount: number, diagnosticCount: number, recovery: { budget: number }): void {
    const sc = this.sc;
    this.table.truncate(recordCount);
    this.diagnostics.length = diagnosticCount;
    recovery.budget -= sc.length - sc.parenOffset;
    const givingUp = recovery.budget < 0;
    this.diagnostics.push({
      file: this.file,
      line: sc.parenLine,
      column: sc.parenColumn,
      endLine: sc.parenLine,
      endColumn: sc.parenColumn + 1,
      severity: 'error',
      code: 'zone/unbalanced-parens',
      message: givingUp
        ? `'(' is never closed; too many unclosed parentheses to read on after each, so the rest of the file from line ${sc.parenLine} was not read`
        : "'(' is never closed",
    });
    if (givingUp) {
      sc.depth = 0;
      sc.unclosedParen = false;
    } else {
      sc.resumeAfterParen();
    }
  }

  private scanProblem(p: ScanProblem): void {
    this.diagnostics.push({ file: this.file, severity: 'error', ...p });
  }

  // ---------------------------------------------------------------- diagnostics

  private report(code: string, message: string, span: Span, severity: Severity = 'error'): void {
    const s = this.spanOverride ?? span;
    this.diagnostics.push({
      file: this.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      severity,
      message,
      code,
    });
  }

  private tokenSpan(): Span {
    const sc = this.sc;
    return { line: sc.tokLine, column: sc.tokColumn, endLine: sc.tokLine, endColumn: sc.tokEndColumn };
  }

  /** Reports at the current token; returns undefined so callers can `return this.fail(...)`. */
  private fail(code: string, message: string): undefined {
    this.report(code, message, this.tokenSpan());
    return undefined;
  }

  private warn(code: string, message: string): void {
    this.report(code, message, this.tokenSpan(), 'warning');
  }

  /** The current token as text, shortened for messages. */
  private shown(): string {
    const sc = this.sc;
    const t = this.text.slice(sc.start, Math.min(sc.end, sc.start + 60));
    // Control characters (a stray NUL, an escape sequence) are shown as \DDD, never raw.
    // eslint-disable-next-line no-control-regex
    const safe = t.replace(/[\u0000-\u001f\u007f]/g, (c) => '\\' + String(c.charCodeAt(0)).padStart(3, '0'));
    return sc.end - sc.start > 60 ? safe + '...' : safe;
  }

  /** True when the current token holds a value; otherwise reports what is missing. */
  private expect(what: string): boolean {
    const k = this.sc.kind;
    if (k === TOK_WORD || k === TOK_QUOTED) return true;
    this.fail('zone/missing-rdata', `missing ${what}`);
    return false;
  }

  // ---------------------------------------------------------------- lines

  private logicalLine(): void {
    const sc = this.sc;
    if (sc.kind === TOK_WORD && sc.atLineStart && this.text.charCodeAt(sc.start) === 36 /* $ */) {
      this.directive();
      return;
    }
    this.record();
  }

  /**
   * One record. A record that cannot be read still says that its owner name exists (with data
   * not known), so no rule takes the name for missing; a record that cannot be read because it
   * holds a template placeholder (`PCSCF_IP`, `{{ip}}`) is counted for one diagnostic per file
   * instead of its own.
   */
  private record(): void {
    const diagnosticCount = this.diagnostics.length;
    this.ownerKnown = false;
    this.recordPlaceholder = undefined;
    this.recordPlaceholderText = undefined;
    const line = this.sc.tokLine;
    const start = this.sc.start;
    if (this.readRecord()) return;
    const sc = this.sc;
    const failing = sc.kind === TOK_WORD || sc.kind === TOK_QUOTED ? this.text.slice(sc.start, sc.end) : '';
    let style: string | undefined = this.recordPlaceholder;
    let example: string | undefined = this.recordPlaceholderText;
    const bare = style === undefined && failing !== '' ? valuePlaceholderStyle(failing) : undefined;
    if (bare !== undefined) {
      style = bare;
      example = failing;
    }
    if (style === undefined && this.placeholderScan) {
      // `{{ host }}` is three tokens: the line holds it, no token does.
      const end = this.text.indexOf('\n', start);
      const lineText = this.text.slice(start, end < 0 ? this.text.length : end);
      const found = findPlaceholder(lineText);
      if (found) ({ style, text: example } = found);
    }
    if (style !== undefined) {
      this.diagnostics.length = diagnosticCount;
      this.templateLine(style, example ?? failing, line);
    }
    if (!this.ownerKnown || this.ownerOutside) return;
    const owner = this.owner();
    // An owner that is itself (part of) a placeholder (`{{host}}`, `{{`) names nothing yet.
    if (style === undefined || !/[{}$<>%]/.test(owner)) this.unreadOwnerSet.add(owner);
  }

  /** The owner of the record being read was read (or repeats the previous one). */
  private ownerKnown = false;
  /** The placeholder met in a name of the record being read, as written. */
  private recordPlaceholderText: string | undefined;

  private templateLine(style: string, example: string, line: number): void {
    let entry = this.templateLines.get(this.file);
    if (!entry) {
      const span = this.spanOverride ?? { line, column: 1, endLine: line, endColumn: 1 };
      entry = { styles: new Map(), first: span };
      this.templateLines.set(this.file, entry);
    }
    const seen = entry.styles.get(style);
    if (seen) seen.lines.add(line);
    else entry.styles.set(style, { lines: new Set([line]), example: example.length > 40 ? example.slice(0, 40) + '...' : example });
  }

  /** Notes a template placeholder in a name just read (only in texts that may hold one). */
  private notePlaceholder(start: number, end: number): void {
    if (!this.placeholderScan || this.recordPlaceholder !== undefined) return;
    const written = this.text.slice(start, end);
    const style = placeholderStyle(written);
    if (style !== undefined) {
      this.recordPlaceholder = style;
      this.recordPlaceholderText = written;
    }
  }

  /** Reads one record; false when it could not be read (reported), with `ownerKnown` telling whether its owner name was. */
  private readRecord(): boolean {
    const sc = this.sc;
    const text = this.text;
    const line = sc.tokLine;
    const column = sc.tokColumn;
    let ownerAbsolute = false;
    if (sc.atLineStart) {
      if (!this.ownerName()) return false;
      ownerAbsolute = text.charCodeAt(sc.end - 1) === 46 && !(sc.escaped && text.charCodeAt(sc.end - 2) === 92);
      sc.next();
    } else if (!this.table.owners.hasCurrent) {
      this.fail('zone/no-owner', 'record without an owner name, and no previous owner to repeat');
      return false;
    }
    this.ownerKnown = true;

    if (!this.readTtlClassType('missing record type')) return false;
    const ttl = this.fieldTtl;
    let cls = this.fieldClass;
    const type = this.fieldType;
    const typeLine = sc.tokLine;
    const typeColumn = sc.tokColumn;
    if (cls === undefined) {
      cls = this.zoneClass ?? 'IN';
    } else if (this.zoneClass !== undefined && cls !== this.zoneClass) {
      this.report('zone/class-mismatch', `class ${cls} differs from the zone's class ${this.zoneClass}`, this.tokenSpan());
    }
    if (this.zoneClass === undefined) this.zoneClass = cls;

    // Without any origin, an absolute SOA owner is the zone's origin, for its own data too.
    if (type === 6 && this.origin === undefined && ownerAbsolute) this.setOrigin(this.owner(), 'soa');
    sc.next();
    let generic = false;
    let data: RDataValue | undefined;
    if (sc.kind === TOK_WORD && sc.end - sc.start === 2 && text.charCodeAt(sc.start) === 92 && text.charCodeAt(sc.start + 1) === 35) {
      ({ data, generic } = this.hashData(type, typeName(type)));
    } else {
      data = this.rdata(type);
    }
    if (data === undefined) return false;
    if (sc.kind !== TOK_EOL && sc.kind !== TOK_EOF) {
      this.fail('zone/extra-tokens', `unexpected '${this.shown()}' after the record data`);
      return false;
    }
    // A name with a template placeholder (`{{host}}`) reads as a name, but is not one yet.
    if (this.recordPlaceholder !== undefined) return false;
    this.addRecord(ttl, cls, type, data, generic, line, column, sc.lastEndLine, sc.lastEndColumn, typeLine, typeColumn, this.ownerOutside);
    if (type === 6) this.soaSeen(this.owner(), ownerAbsolute);
    return true;
  }

  /** What readTtlClassType read (fields, not a returned object: this runs once per record). */
  private fieldTtl = -1;
  private fieldClass: string | undefined;
  private fieldType = -1;
  /** The numbers of an SRV or MX record the data value leaves out (see RDataValue). */
  private rdataNumbers = 0;

  /**
   * Reads the optional TTL and class, in either order, and the type of a record or a
   * `$GENERATE` line into fieldTtl, fieldClass and fieldType; false (reported) when they
   * are not there or not valid.
   */
  private readTtlClassType(missingType: string): boolean {
    const sc = this.sc;
    const text = this.text;
    this.fieldTtl = -1;
    this.fieldClass = undefined;
    for (;;) {
      const k = sc.kind;
      if (k !== TOK_WORD) {
        if (k === TOK_QUOTED) this.fail('zone/unknown-type', `unknown record type "${this.shown()}"`);
        else this.fail('zone/missing-type', missingType);
        return false;
      }
      const c0 = text.charCodeAt(sc.start);
      if (c0 >= 48 && c0 <= 57) {
        if (this.fieldTtl !== -1) {
          this.fail('zone/unknown-type', `unknown record type '${this.shown()}'`);
          return false;
        }
        const ttl = this.ttlToken();
        if (ttl < 0) return false;
        this.fieldTtl = ttl;
        sc.next();
        continue;
      }
      const code = classify(text, sc.start, sc.end);
      if (code < 0 || (code >= CLASS_BASE && this.fieldClass !== undefined)) {
        const server = code < 0 ? SERVER_SPECIFIC_TYPES[text.slice(sc.start, sc.end).toUpperCase()] : undefined;
        if (server !== undefined) this.serverSpecificType(text.slice(sc.start, sc.end).toUpperCase(), server);
        else this.fail('zone/unknown-type', `unknown record type '${this.shown()}'`);
        return false;
      }
      if (code >= CLASS_BASE) {
        this.fieldClass = className(code - CLASS_BASE);
        sc.next();
        continue;
      }
      this.fieldType = code;
      return true;
    }
  }

  /** A type only some servers read (PowerDNS's LUA): said once per file, with the count of lines. */
  private serverSpecificType(type: string, server: string): void {
    const key = `${this.file}\n${type}`;
    const seen = this.serverTypes.get(key);
    if (seen) {
      seen.lines.add(this.sc.tokLine);
      return;
    }
    this.warn('zone/server-specific-type', `${type} is ${server}'s own record type: BIND and other servers refuse it, and records of it are not checked`);
    this.serverTypes.set(key, { diagnostic: this.diagnostics[this.diagnostics.length - 1], lines: new Set([this.sc.tokLine]) });
  }

  /** A record at the current owner (`table.owners`). */
  private addRecord(
    explicitTtl: number,
    cls: string,
    type: number,
    data: RDataValue,
    generic: boolean,
    line: number,
    column: number,
    endLine: number,
    endColumn: number,
    typeLine: number,
    typeColumn: number,
    outsideZone: boolean,
  ): void {
    let ttl: number;
    if (explicitTtl >= 0) {
      ttl = explicitTtl;
      this.lastTtl = explicitTtl;
    } else if (this.defaultTtl >= 0) {
      ttl = this.defaultTtl;
    } else if (this.lastTtl >= 0) {
      ttl = this.lastTtl;
    } else if (type === 6) {
      ttl = (data as SoaData).minimum;
      if (ttl > MAX_TTL) ttl = 0;
      this.defaultTtl = ttl;
    } else {
      ttl = 0;
      const span = { line: typeLine, column: typeColumn, endLine: typeLine, endColumn: typeColumn + typeName(type).length };
      this.report('zone/no-ttl', 'no TTL: the record has none, and neither $TTL nor an earlier TTL or SOA sets one', span);
    }
    if (outsideZone) {
      // Read (its TTL counts as the last one written, as in BIND) but not kept.
      this.reportOutOfZone(this.owner(), this.file, line, column, endLine, endColumn);
      return;
    }
    if (this.table.size >= this.limits.records) {
      this.report('zone/too-many-records', `more than ${thousands(this.limits.records)} records; the rest of the zone is not read`, { line, column, endLine, endColumn });
      this.stopped = true;
      return;
    }
    this.sawRecord = true;
    this.table.append(ttl, cls, type, data, this.rdataNumbers, generic, this.file === this.zone.file ? undefined : this.file, line, column, endLine, endColumn);
  }

  private soaSeen(name: string, ownerAbsolute: boolean): void {
    if (this.zoneOriginDecided || this.depth > 0) return;
    this.zoneOriginDecided = true;
    this.zone.origin = name;
    this.zone.originSource = ownerAbsolute ? 'soa' : this.originSource;
    this.apexDecided(name);
  }

  /** The current owner name, whole (made once per owner, when asked). */
  private owner(): string {
    return this.table.owners.current();
  }

  /**
   * Makes the current token the owner name, or the previous owner again when the token
   * repeats it; false (reported) when it is not a valid name.
   */
  private ownerName(): boolean {
    const sc = this.sc;
    const text = this.text;
    const start = sc.start;
    const end = sc.end;
    const len = end - start;
    const owners = this.table.owners;
    if (len === this.ownerEnd - this.ownerStart && this.ownerOrigin === this.origin && this.ownerText === text && owners.hasCurrent) {
      const prev = this.ownerStart;
      let same = true;
      // From the end: neighbouring owners (host-0001, host-0002) mostly differ there.
      for (let i = len - 1; i >= 0; i--) {
        if (text.charCodeAt(start + i) !== text.charCodeAt(prev + i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.ownerStart = start;
        this.ownerEnd = end;
        this.ownerKnown = true;
        return true;
      }
    }
    const parts = this.nameParts;
    const form = nameForm(text, start, end, sc.escaped, this.originCtx, parts);
    if (form < 0) {
      this.nameFailed(-form as NameError);
      return false;
    }
    if (form === WRITTEN_OTHERWISE) owners.setFromString(parts.whole);
    else owners.setFromText(this.textId, start, end, form === WRITTEN_LOWER, parts.tail);
    this.notePlaceholder(start, end);
    this.ownerStart = start;
    this.ownerEnd = end;
    this.ownerOrigin = this.origin;
    this.ownerText = text;
    this.ownerKnown = true;
    const apex = this.zoneApex;
    if (apex === undefined) {
      this.ownerOutside = false;
    } else {
      // A relative name below an origin inside the zone is inside it: only the others are compared.
      const absolute = text.charCodeAt(end - 1) === 46 && !(sc.escaped && text.charCodeAt(end - 2) === 92);
      this.ownerOutside = (absolute || !this.originInZone) && !isInZone(this.owner(), apex);
    }
    return true;
  }

  /** Reads the current token as a name (relative to the origin); reports and returns undefined on error. */
  private nameToken(): string | undefined {
    const sc = this.sc;
    const result = readName(this.text, sc.start, sc.end, sc.escaped, this.originCtx);
    if (typeof result === 'string') {
      this.notePlaceholder(sc.start, sc.end);
      return result;
    }
    this.nameFailed(result as NameError);
    return undefined;
  }

  private nameFailed(e: NameError): void {
    const code = NAME_ERROR_CODES[e];
    // Without an origin every relative name fails: the first says so, the others are counted.
    if (code === 'zone/relative-name-without-origin') {
      const place = `${this.sc.tokLine}:${this.sc.tokColumn}`;
      const seen = this.noOrigin.get(this.file);
      if (seen) {
        seen.at.add(place);
        return;
      }
      this.fail(code, `${NAME_ERROR_MESSAGES[e]}: '${this.shown()}'`);
      this.noOrigin.set(this.file, { diagnostic: this.diagnostics[this.diagnostics.length - 1], at: new Set([place]) });
      return;
    }
    this.fail(code, `${NAME_ERROR_MESSAGES[e]}: '${this.shown()}'`);
  }

  /** Reads the current token as a TTL; reports and returns -1 on error. Over 2^31-1 becomes 0, as in BIND. */
  private ttlToken(): number {
    const sc = this.sc;
    const v = readTtl(this.text, sc.start, sc.end);
    if (v < 0) {
      this.fail('zone/bad-ttl', v === TTL_RANGE ? `TTL '${this.shown()}' is out of range` : `bad TTL '${this.shown()}'`);
      return -1;
    }
    if (v > MAX_TTL) {
      this.warn('zone/ttl-too-large', `TTL ${v} is above 2147483647; BIND uses 0`);
      return 0;
    }
    return v;
  }

  // ---------------------------------------------------------------- directives

  private directive(): void {
    const sc = this.sc;
    const word = this.text.slice(sc.start, sc.end).toUpperCase();
    const span = this.tokenSpan();
    sc.next();
    switch (word) {
      case '$ORIGIN':
        this.directiveOrigin();
        return;
      case '$TTL':
        this.directiveTtl();
        return;
      case '$INCLUDE':
        this.directiveInclude(span);
        return;
      case '$GENERATE':
        this.directiveGenerate(span);
        return;
      case '$DATE':
        this.directiveDate();
        return;
      default:
        this.report('zone/unknown-directive', `unknown directive '${word}'`, span);
        return;
    }
  }

  private endOfDirective(): boolean {
    const k = this.sc.kind;
    if (k === TOK_EOL || k === TOK_EOF) return true;
    this.fail('zone/extra-tokens', `unexpected '${this.shown()}' after the directive`);
    return false;
  }

  private directiveOrigin(): void {
    if (!this.expect('origin name')) return;
    const name = this.nameToken();
    if (name === undefined) return;
    this.sc.next();
    if (!this.endOfDirective()) return;
    this.setOrigin(name, 'directive');
    if (this.depth === 0 && !this.sawRecord && !this.zoneOriginDecided) {
      this.zoneOriginDecided = true;
      this.zone.origin = name;
      this.zone.originSource = 'directive';
      this.apexDecided(name);
    }
    if (this.firstDirectiveOrigin === undefined && this.depth === 0) this.firstDirectiveOrigin = name;
  }

  private directiveTtl(): void {
    if (!this.expect('TTL')) return;
    const ttl = this.ttlToken();
    if (ttl < 0) return;
    this.sc.next();
    if (!this.endOfDirective()) return;
    this.defaultTtl = ttl;
  }

  /**
   * BIND's `$DATE YYYYMMDDHHMMSS` (written in its dump files): the time of the dump,
   * which only ages TTLs of cache dumps. Checked as BIND checks it, then ignored.
   */
  private directiveDate(): void {
    const sc = this.sc;
    if (!this.expect('date after $DATE')) return;
    const problem = sc.kind === TOK_WORD ? dumpDateProblem(this.text.slice(sc.start, sc.end)) : 'is not YYYYMMDDHHMMSS';
    if (problem !== undefined) {
      this.fail('zone/bad-number', `$DATE '${this.shown()}' ${problem}`);
      return;
    }
    sc.next();
    this.endOfDirective();
  }

  private directiveInclude(directiveSpan: Span): void {
    const sc = this.sc;
    if (!this.expect('file name after $INCLUDE')) return;
    const decoded = decodeString(this.text, sc.start, sc.end, sc.escaped);
    if (decoded === undefined) {
      this.fail('zone/bad-escape', 'bad escape in file name');
      return;
    }
    const path = decoded.text;
    const pathSpan = this.tokenSpan();
    const span: Span = { line: directiveSpan.line, column: directiveSpan.column, endLine: pathSpan.endLine, endColumn: pathSpan.endColumn };
    sc.next();
    let includeOrigin: string | undefined;
    if (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      includeOrigin = this.nameToken();
      if (includeOrigin === undefined) return;
      sc.next();
    }
    if (!this.endOfDirective()) return;
    if (this.depth + 1 > this.limits.includeDepth) {
      this.report('zone/include-depth', `$INCLUDE nested deeper than ${this.limits.includeDepth} levels: '${path}' is not read`, span);
      return;
    }
    if (this.includesStopped) return;
    if (this.includesRead >= this.limits.includes) {
      this.report('zone/too-many-includes', `more than ${thousands(this.limits.includes)} $INCLUDE files read for the zone of ${this.options.file}: '${path}' and every later $INCLUDE are not read`, span);
      this.includesStopped = true;
      return;
    }
    if (this.reader === undefined) {
      this.report('zone/include-unavailable', `$INCLUDE '${path}' cannot be read here (no include reader)`, span);
      return;
    }
    let result: ReturnType<IncludeReader>;
    try {
      result = this.reader(path, this.file);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : 'cannot read the file' };
    }
    if ('error' in result) {
      if (result.missing) {
        this.report('zone/include-missing', `$INCLUDE '${path}' is not in the repository; the records in it were not checked`, span, 'warning');
      } else {
        this.report('zone/include-failed', `cannot include '${path}': ${result.error}`, span);
      }
      return;
    }
    if (this.fileStack.includes(result.file)) {
      this.report('zone/include-cycle', `$INCLUDE cycle: '${result.file}' includes itself (${[...this.fileStack, result.file].join(' -> ')})`, span);
      return;
    }
    this.includesRead++;
    if (this.includedCharacters + result.text.length > this.limits.includedCharacters) {
      this.report('zone/includes-too-large', `$INCLUDE files of the zone of ${this.options.file} over ${thousands(this.limits.includedCharacters)} characters in all: '${path}' and every later $INCLUDE are not read`, span);
      this.includesStopped = true;
      return;
    }
    this.includedCharacters += result.text.length;
    if (!this.zone.includes.includes(result.file)) this.zone.includes.push(result.file);

    // The included file starts with the current owner; origin and owner come back afterwards (BIND).
    const saved = { origin: this.origin, originCtx: this.originCtx, originSource: this.originSource, owner: this.table.owners.save() };
    const savedOwnerSpan = [this.ownerStart, this.ownerEnd, this.ownerOrigin, this.ownerText] as const;
    if (includeOrigin !== undefined) this.setOrigin(includeOrigin, 'directive');
    this.fileStack.push(result.file);
    this.depth++;
    try {
      this.parseFile(result.text, result.file);
    } finally {
      this.depth--;
      this.fileStack.pop();
      this.origin = saved.origin;
      this.originCtx = saved.originCtx;
      this.originSource = saved.originSource;
      this.originInZone = this.zoneApex === undefined || saved.origin === undefined || isInZone(saved.origin, this.zoneApex);
      this.table.owners.restore(saved.owner);
      this.ownerOutside = this.zoneApex !== undefined && this.table.owners.hasCurrent && !isInZone(this.owner(), this.zoneApex);
      [this.ownerStart, this.ownerEnd, this.ownerOrigin, this.ownerText] = savedOwnerSpan;
    }
  }

  private directiveGenerate(directiveSpan: Span): void {
    const sc = this.sc;
    const text = this.text;
    if (!this.expect('range after $GENERATE')) return;
    const range = parseGenerateRange(this.text.slice(sc.start, sc.end));
    if (typeof range === 'string') {
      this.fail('zone/bad-generate', `$GENERATE: ${range}`);
      return;
    }
    const rangeSpan = this.tokenSpan();
    sc.next();
    if (!this.expect('owner template after the $GENERATE range')) return;
    const lhs = templateText(text, sc.start, sc.end, sc.kind === TOK_QUOTED);
    const lhsSpan = this.tokenSpan();
    sc.next();
    if (!this.readTtlClassType('missing record type in $GENERATE')) return;
    const ttl = this.fieldTtl;
    let cls = this.fieldClass;
    const type = this.fieldType;
    const typeLine = sc.tokLine;
    const typeColumn = sc.tokColumn;
    sc.next();
    if (!this.expect('data template in $GENERATE')) return;
    const rhs = templateText(text, sc.start, sc.end, (sc.kind as number) === TOK_QUOTED);
    const rhsSpan = this.tokenSpan();
    sc.next();
    if (!this.endOfDirective()) return;
    if (cls === undefined) cls = this.zoneClass ?? 'IN';
    const typeMnemonic = typeName(type);

    let count = Math.floor((range.stop - range.start) / range.step) + 1;
    if (count > this.limits.generateCount) {
      this.report(
        'zone/generate-too-many',
        `$GENERATE would make ${thousands(count)} records; only the first ${thousands(this.limits.generateCount)} are read`,
        rangeSpan,
      );
      count = this.limits.generateCount;
    }
    const allowed = Math.max(0, this.limits.generatedRecords - this.generatedRecords);
    if (count > allowed) {
      this.report(
        'zone/generate-too-many',
        allowed === 0
          ? `the $GENERATE directives of this zone have made ${thousands(this.limits.generatedRecords)} records, the bound for one zone; this one is not read`
          : `the $GENERATE directives of this zone may make ${thousands(this.limits.generatedRecords)} records together; only the first ${thousands(allowed)} of this one are read`,
        rangeSpan,
      );
      count = allowed;
    }
    this.generatedRecords += count;
    const endLine = rhsSpan.endLine;
    const endColumn = rhsSpan.endColumn;
    const savedScanner = this.sc;
    const savedText = this.text;
    // Generated records have owners of their own; the owner of the lines after is the one before.
    const savedOwner = this.table.owners.save();
    try {
      for (let n = 0; n < count && !this.stopped; n++) {
        const value = range.start + n * range.step;
        const owner = expandGenerate(lhs, value);
        if (owner.error !== undefined) {
          this.report('zone/bad-generate', `$GENERATE owner: ${owner.error}`, lhsSpan);
          return;
        }
        const name = readName(owner.text, 0, owner.text.length, owner.text.includes('\\'), this.originCtx);
        if (typeof name !== 'string') {
          this.report(NAME_ERROR_CODES[name as NameError], `${NAME_ERROR_MESSAGES[name as NameError]}: '${owner.text}'`, lhsSpan);
          return;
        }
        const rdataText = expandGenerate(rhs, value);
        if (rdataText.error !== undefined) {
          this.report('zone/bad-generate', `$GENERATE data: ${rdataText.error}`, rhsSpan);
          return;
        }
        const sub = new Scanner(rdataText.text, this.limits.lineLength, () => undefined);
        this.sc = sub;
        this.text = rdataText.text;
        this.spanOverride = rhsSpan;
        sub.next();
        let generic = false;
        let data: RDataValue | undefined;
        if (sub.kind === TOK_WORD && rdataText.text.startsWith('\\#') && sub.end - sub.start === 2) {
          ({ data, generic } = this.hashData(type, typeMnemonic));
        } else {
          data = this.rdata(type);
        }
        if (data !== undefined && sub.kind !== TOK_EOL && sub.kind !== TOK_EOF) {
          this.fail('zone/extra-tokens', `unexpected '${this.shown()}' after the generated data`);
          data = undefined;
        }
        this.sc = savedScanner;
        this.text = savedText;
        this.spanOverride = undefined;
        if (data === undefined) return;
        const outside = this.zoneApex !== undefined && !isInZone(name, this.zoneApex);
        this.table.owners.setFromString(name);
        this.addRecord(ttl, cls, type, data, generic, directiveSpan.line, directiveSpan.column, endLine, endColumn, typeLine, typeColumn, outside);
      }
    } finally {
      this.sc = savedScanner;
      this.text = savedText;
      this.spanOverride = undefined;
      this.table.owners.restore(savedOwner);
    }
  }

  // ---------------------------------------------------------------- data

  /** Reads the data of one record, starting at the current token; leaves the scanner after it. */
  /** Reads the data of a record of `type`: the value the table keeps (see RDataValue). */
  private rdata(type: number): RDataValue | undefined {
    switch (type) {
      case 1:
        return this.rdataA();
      case 28:
        return this.rdataAAAA();
      case 2:
      case 5:
      case 12:
      case 39:
        return this.rdataTarget();
      case 15:
        return this.rdataMx();
      case 16:
      case 99:
        return this.rdataTxt();
      case 33:
        return this.rdataSrv();
      case 6:
        return this.rdataSoa();
      case 35:
        return this.rdataNaptr();
      case 257:
        return this.rdataCaa();
      case 52:
        return this.rdataTlsa();
      case 64:
      case 65:
        return this.rdataSvcb();
      default:
        if (OBSOLETE_TYPES[type] !== undefined) {
          return this.fail('zone/obsolete-type', `${typeName(type)} is obsolete (${OBSOLETE_TYPES[type]}); name servers refuse the zone`);
        }
        if (!hasTextForm(type)) {
          return this.fail('zone/generic-required', `${typeName(type)} has no text form: write its data as \\# <length> <hex> (RFC 3597 generic data)`);
        }
        return this.rdataText(typeName(type));
    }
  }

  /** The address as a 32-bit number (see RecordTable). */
  private rdataA(): number | undefined {
    const sc = this.sc;
    if (!this.expect('IPv4 address')) return undefined;
    const value = ipv4Value(this.text, sc.start, sc.end);
    if (value < 0) return this.fail('zone/bad-address', `bad IPv4 address '${this.shown()}'`);
    sc.next();
    return value | 0;
  }

  /** The canonical address text. */
  private rdataAAAA(): string | undefined {
    const sc = this.sc;
    if (!this.expect('IPv6 address')) return undefined;
    const address = canonicalIPv6(this.text, sc.start, sc.end);
    if (address === undefined) return this.fail('zone/bad-address', `bad IPv6 address '${this.shown()}'`);
    sc.next();
    return address;
  }

  private nameField(what: string): string | undefined {
    if (!this.expect(what)) return undefined;
    const name = this.nameToken();
    if (name !== undefined) this.sc.next();
    return name;
  }

  /** Reads an unsigned field of at most `max`; -1 after reporting an error. */
  private numberField(what: string, max: number): number {
    const sc = this.sc;
    if (!this.expect(what)) return -1;
    const v = readUnsigned(this.text, sc.start, sc.end, max);
    if (v < 0) {
      this.fail('zone/bad-number', v === -2 ? `${what} '${this.shown()}' is out of range (0-${max})` : `bad ${what} '${this.shown()}'`);
      return -1;
    }
    sc.next();
    return v;
  }

  /** A TTL-style field (SOA timers accept units); -1 after an error. */
  private timeField(what: string): number {
    const sc = this.sc;
    if (!this.expect(what)) return -1;
    const v = readTtl(this.text, sc.start, sc.end);
    if (v < 0) {
      this.fail('zone/bad-number', `bad ${what} '${this.shown()}'`);
      return -1;
    }
    sc.next();
    return v;
  }

  /** The target name. */
  private rdataTarget(): string | undefined {
    return this.nameField('target name');
  }

  /** The exchange name; the preference goes to `rdataNumbers`. */
  private rdataMx(): string | undefined {
    const preference = this.numberField('MX preference', 0xffff);
    if (preference < 0) return undefined;
    this.rdataNumbers = preference;
    return this.nameField('mail exchange name');
  }

  /** The target name; priority, weight and port go to `rdataNumbers`. */
  private rdataSrv(): string | undefined {
    const priority = this.numberField('SRV priority', 0xffff);
    if (priority < 0) return undefined;
    const weight = this.numberField('SRV weight', 0xffff);
    if (weight < 0) return undefined;
    const port = this.numberField('SRV port', 0xffff);
    if (port < 0) return undefined;
    this.rdataNumbers = packSrvNumbers(priority, weight, port);
    return this.nameField('SRV target');
  }

  private rdataSoa(): RData | undefined {
    const mname = this.nameField('SOA primary server name');
    if (mname === undefined) return undefined;
    const rname = this.nameField('SOA mailbox name');
    if (rname === undefined) return undefined;
    const serial = this.numberField('SOA serial', 0xffffffff);
    if (serial < 0) return undefined;
    const refresh = this.timeField('SOA refresh');
    if (refresh < 0) return undefined;
    const retry = this.timeField('SOA retry');
    if (retry < 0) return undefined;
    const expire = this.timeField('SOA expire');
    if (expire < 0) return undefined;
    const minimum = this.timeField('SOA minimum');
    if (minimum < 0) return undefined;
    const data: SoaData = { mname, rname, serial, refresh, retry, expire, minimum };
    return data;
  }

  /** A character string (quoted or not), at most `max` octets; undefined after an error. */
  private stringField(what: string, max = 255): { text: string; latin1: boolean } | undefined {
    const sc = this.sc;
    if (!this.expect(what)) return undefined;
    const decoded = decodeString(this.text, sc.start, sc.end, sc.escaped);
    if (decoded === undefined) return this.fail('zone/bad-escape', `bad escape in ${what}`);
    if (decoded.octets > max) return this.fail('zone/string-too-long', `${what} longer than ${max} octets`);
    sc.next();
    return decoded;
  }

  private rdataNaptr(): RData | undefined {
    const order = this.numberField('NAPTR order', 0xffff);
    if (order < 0) return undefined;
    const preference = this.numberField('NAPTR preference', 0xffff);
    if (preference < 0) return undefined;
    const flags = this.stringField('NAPTR flags');
    if (flags === undefined) return undefined;
    const service = this.stringField('NAPTR service');
    if (service === undefined) return undefined;
    const regexpSpan = this.tokenSpan();
    const regexp = this.stringField('NAPTR regexp');
    if (regexp === undefined) return undefined;
    const regexpProblem = naptrRegexpProblem(regexp.text);
    if (regexpProblem !== undefined) {
      this.report('zone/bad-rdata', `NAPTR regexp "${regexp.text}": ${regexpProblem}`, regexpSpan);
      return undefined;
    }
    const replacement = this.nameField('NAPTR replacement');
    if (replacement === undefined) return undefined;
    const data: NaptrData = { order, preference, flags: flags.text, service: service.text, regexp: regexp.text, replacement };
    return data;
  }

  /** TXT strings (one string alone as itself, see RDataValue); `first` is a string already read (the `#` of `TXT \# text`). */
  private rdataTxt(first?: string): TxtData | string | undefined {
    const sc = this.sc;
    const text = this.text;
    if (first === undefined && !this.expect('text')) return undefined;
    // Strings gather in reused scratch arrays; the record gets an array of exactly its
    // length (an array grown by push keeps room for 16 more, for the life of the zone).
    const scratch = this.txtScratch;
    const latin1Flags = this.txtLatin1Scratch;
    scratch.length = 0;
    latin1Flags.length = 0;
    if (first !== undefined) {
      scratch.push(first);
      latin1Flags.push(false);
    }
    let latin1 = false;
    while (sc.kind === TOK_QUOTED || sc.kind === TOK_WORD) {
      const start = sc.start;
      const end = sc.end;
      if (!sc.escaped && end - start <= 255) {
        // Common case: no escapes. Octets differ from characters only for non-ASCII text.
        let ascii = true;
        for (let i = start; i < end; i++) {
          if (text.charCodeAt(i) > 127) {
            ascii = false;
            break;
          }
        }
        if (ascii) {
          scratch.push(ownSlice(text, start, end));
          latin1Flags.push(false);
          sc.next();
          continue;
        }
      }
      const decoded = this.stringField('TXT string');
      if (decoded === undefined) return undefined;
      scratch.push(decoded.text);
      latin1Flags.push(decoded.latin1);
      if (decoded.latin1) latin1 = true;
    }
    if (latin1) return { strings: uniformStrings(scratch, latin1Flags), latin1: true } satisfies TxtData;
    if (scratch.length === 1) return scratch[0];
    return { strings: scratch.slice() } satisfies TxtData;
  }

  private rdataCaa(): RData | undefined {
    const sc = this.sc;
    const flags = this.numberField('CAA flags', 255);
    if (flags < 0) return undefined;
    if (!this.expect('CAA tag')) return undefined;
    const tag = ownSlice(this.text, sc.start, sc.end);
    if (sc.kind !== TOK_WORD || !/^[A-Za-z0-9]+$/.test(tag) || tag.length > 255) {
      return this.fail('zone/bad-rdata', `bad CAA tag '${this.shown()}' (letters and digits only)`);
    }
    sc.next();
    const value = this.stringField('CAA value', 65535);
    if (value === undefined) return undefined;
    const data: CaaData = value.latin1 ? { flags, tag, value: value.text, latin1: true } : { flags, tag, value: value.text };
    return data;
  }

  /** Hex digits from the current token to the end of the line, joined; undefined after an error. */
  private hexToEnd(what: string): string | undefined {
    const sc = this.sc;
    if (!this.expect(what)) return undefined;
    let hex = '';
    while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      for (let i = sc.start; i < sc.end; i++) {
        if (hexDigit(this.text.charCodeAt(i)) < 0) return this.fail('zone/bad-hex', `bad hex in ${what}: '${this.shown()}'`);
      }
      hex += this.text.slice(sc.start, sc.end);
      sc.next();
    }
    if (hex.length % 2 !== 0) {
      this.report('zone/bad-hex', `${what} has an odd number of hex digits`, { line: sc.lastEndLine, column: sc.lastEndColumn - 1, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
      return undefined;
    }
    return hex.toLowerCase();
  }

  private rdataTlsa(): RData | undefined {
    const usage = this.numberField('TLSA usage', 255);
    if (usage < 0) return undefined;
    const selector = this.numberField('TLSA selector', 255);
    if (selector < 0) return undefined;
    const matchingType = this.numberField('TLSA matching type', 255);
    if (matchingType < 0) return undefined;
    const data = this.hexToEnd('TLSA certificate data');
    if (data === undefined) return undefined;
    const tlsa: TlsaData = { usage, selector, matchingType, data };
    return tlsa;
  }

  private rdataSvcb(): RData | undefined {
    const sc = this.sc;
    const text = this.text;
    const priority = this.numberField('SVCB priority', 0xffff);
    if (priority < 0) return undefined;
    const target = this.nameField('SVCB target');
    if (target === undefined) return undefined;
    const params: Array<{ key: string; value?: string; n: number }> = [];
    let mandatorySpan: Span | undefined;
    while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      if (sc.kind === TOK_QUOTED) return this.fail('zone/bad-rdata', `SVCB parameter expected, found "${this.shown()}"`);
      const start = sc.start;
      const end = sc.end;
      let eq = start;
      while (eq < end && text.charCodeAt(eq) !== 61) eq++;
      const keyText = text.slice(start, eq).toLowerCase();
      const n = svcbKeyNumber(keyText);
      if (n === 0) mandatorySpan = this.tokenSpan();
      if (n < 0) return this.fail('zone/bad-rdata', `unknown SVCB parameter key '${keyText}'`);
      if (params.some((p) => p.n === n)) return this.fail('zone/bad-rdata', `SVCB parameter '${keyText}' appears twice`);
      let raw: { text: string; latin1: boolean } | undefined;
      if (eq < end) {
        if (eq + 1 === end) {
          // `key=` followed directly by a quoted value.
          const wordEnd = end;
          sc.next();
          if ((sc.kind as number) === TOK_QUOTED && sc.start - 1 === wordEnd) {
            raw = decodeString(text, sc.start, sc.end, sc.escaped);
            if (raw === undefined) return this.fail('zone/bad-escape', 'bad escape in SVCB value');
            sc.next();
          } else {
            raw = { text: '', latin1: false };
          }
        } else {
          raw = decodeString(text, eq + 1, end, sc.escaped);
          if (raw === undefined) return this.fail('zone/bad-escape', 'bad escape in SVCB value');
          sc.next();
        }
      } else {
        sc.next();
      }
      const checked = checkSvcbValue(n, raw?.text);
      if (typeof checked === 'object') {
        this.report('zone/bad-rdata', `SVCB ${keyText}: ${checked.error}`, { line: sc.lastEndLine, column: sc.lastEndColumn - (end - start), endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
        return undefined;
      }
      params.push(checked === undefined ? { key: SVCB_KEY_NAMES[n] ?? `key${n}`, n } : { key: SVCB_KEY_NAMES[n] ?? `key${n}`, value: checked, n });
    }
    const mandatory = params.find((p) => p.n === 0);
    if (mandatory?.value !== undefined) {
      // RFC 9460 8: every key `mandatory` lists must be present.
      const absent = mandatory.value.split(',').filter((key) => !params.some((p) => p.key === key));
      if (absent.length > 0) {
        this.report('zone/bad-rdata', `SVCB mandatory lists ${absent.join(', ')}, which the record does not have`, mandatorySpan ?? this.lastTokenSpan());
        return undefined;
      }
    }
    params.sort((a, b) => a.n - b.n);
    const data: SvcbData = {
      priority,
      target,
      params: params.map((p) => (p.value === undefined ? { key: p.key } : { key: p.key, value: p.value })),
    };
    return data;
  }

  /**
   * Data starting with the word `\#`: RFC 3597 generic data, except in TXT when no number
   * follows, where BIND reads it as the string `#` (`TXT \# text` is "#" "text").
   */
  private hashData(type: number, mnemonic: string): { data: RDataValue | undefined; generic: boolean } {
    const sc = this.sc;
    sc.next();
    if (type === 16 && !(sc.kind === TOK_WORD && readUnsigned(this.text, sc.start, sc.end, Number.MAX_SAFE_INTEGER) >= 0)) {
      return { data: this.rdataTxt('#'), generic: false };
    }
    return { data: this.genericData(mnemonic), generic: true };
  }

  /** `\# length hex` (RFC 3597), from the length on; converted to the typed form for types with structure. */
  private genericData(mnemonic: string): RData | undefined {
    const sc = this.sc;
    const length = this.numberField('generic data length', 0xffff);
    if (length < 0) return undefined;
    let hex = '';
    if (length > 0) {
      const h = this.hexToEnd('generic data');
      if (h === undefined) return undefined;
      hex = h;
    }
    if (hex.length !== length * 2) {
      this.report('zone/bad-rdata', `generic data has ${hex.length / 2} octets, not the ${length} announced`, {
        line: sc.lastEndLine,
        column: sc.lastEndColumn,
        endLine: sc.lastEndLine,
        endColumn: sc.lastEndColumn,
      });
      return undefined;
    }
    if (STRUCTURED_TYPES.has(mnemonic)) {
      const bytes = hexToOctets(hex) as Uint8Array;
      const typed = dataFromWire(mnemonic, bytes);
      if (typed === undefined) {
        this.report('zone/bad-rdata', `generic data is not a valid ${mnemonic} record`, { line: sc.lastEndLine, column: sc.lastEndColumn, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
        return undefined;
      }
      return typed;
    }
    // Types that are base64 alone print as BIND prints them, whatever form they were written in.
    if (TEXT_LAYOUTS[mnemonic] === 'B' && hex.length > 0) {
      const text: TextData = { text: chunked(Buffer.from(hex, 'hex').toString('base64')) };
      return text;
    }
    if (TEXT_LAYOUTS[mnemonic] === 'h' && hex.length > 0) {
      const text: TextData = { text: chunked(hex.toUpperCase()) };
      return text;
    }
    if (TEXT_LAYOUTS[mnemonic] === 'N' && hex.length > 0) {
      const text: TextData = { text: `0x${hex}` };
      return text;
    }
    const data: GenericData = { hex };
    return data;
  }

  /** Types kept as presentation text, checked and normalised field by field where the layout is known. */
  private rdataText(mnemonic: string): RData | undefined {
    const sc = this.sc;
    const text = this.text;
    const layout = TEXT_LAYOUTS[mnemonic] ?? '*';
    const parts: string[] = [];
    let fieldSpan: Span = this.tokenSpan();
    let lastNumber = -1;
    for (let i = 0; i < layout.length; i++) {
      const field = layout[i];
      let part: string | undefined;
      switch (field) {
        case 'n':
          part = this.nameField(`${mnemonic} name`);
          // BIND refuses an RRSIG whose label count is below the signer's.
          if (part !== undefined && field === 'n' && (mnemonic === 'RRSIG' || mnemonic === 'SIG') && Number(parts[2]) < labelCount(part)) {
            this.report('zone/bad-rdata', `${mnemonic} label count ${parts[2]} is below the ${labelCount(part)} labels of the signer ${part}`, this.lastTokenSpan());
            return undefined;
          }
          break;
        case 'b':
        case 'u':
        case 'l': {
          const n = this.numberField(`${mnemonic} field`, field === 'b' ? 0xff : field === 'u' ? 0xffff : 0xffffffff);
          if (n >= 0) {
            part = String(n);
            lastNumber = n;
          }
          break;
        }
        case 's': {
          const str = this.stringField(`${mnemonic} string`);
          if (str !== undefined) part = quoteString(str.text, str.latin1);
          break;
        }
        case 'q': {
          if (!this.expect(`${mnemonic} target`)) return undefined;
          if (sc.kind !== TOK_QUOTED) return this.fail('zone/bad-rdata', `${mnemonic} target must be a quoted string: '${this.shown()}'`);
          const str = this.stringField(`${mnemonic} target`, 0xffff);
          if (str !== undefined) part = quoteString(str.text, str.latin1);
          break;
        }
        case 'a':
        case 'A':
        case 'C':
        case 't':
        case 'T':
        case 'x':
        case '3':
        case 'e':
        case 'E':
        case 'D':
          if (field === '3') fieldSpan = this.tokenSpan();
          part = this.wordField(mnemonic, field);
          if (part !== undefined && field === '3') {
            // The next hashed owner is a hash: of SHA-1 (algorithm 1) exactly 20 octets, of another at most 155 (BIND).
            const octets = Math.floor((part.length * 5) / 8);
            const wanted = parts[0] === '1' ? 20 : undefined;
            if ((wanted !== undefined && octets !== wanted) || octets > 155 || octets === 0) {
              this.report('zone/bad-rdata', `${mnemonic}: the next hashed owner name has ${octets} octets; ${wanted !== undefined ? `a SHA-1 hash has ${wanted}` : 'a hash has at most 155'}`, fieldSpan);
              return undefined;
            }
          }
          break;
        case 'N':
          part = this.nsapField(mnemonic);
          break;
        case 'W':
          part = this.wksFields();
          break;
        case 'h': {
          const hex = this.hexToEnd(`${mnemonic} data`);
          if (hex === undefined) return undefined;
          const expected = this.digestLength(mnemonic, lastNumber);
          if (expected !== undefined && hex.length !== expected * 2) {
            this.report('zone/bad-rdata', `${mnemonic} digest type ${lastNumber} needs ${expected} octets, not ${hex.length / 2}`, this.lastTokenSpan());
            return undefined;
          }
          part = chunked(hex.toUpperCase());
          break;
        }
        case 'B':
        case 'K': {
          // A KEY whose flags say "no key" (both high bits set) may end here.
          if (field === 'K' && (Number(parts[0]) & 0xc000) === 0xc000 && (sc.kind === TOK_EOL || sc.kind === TOK_EOF)) continue;
          part = this.base64ToEnd(mnemonic);
          break;
        }
        case 'm':
        case 'M':
          part = this.typeBitmap(mnemonic, field === 'm');
          if (part === '') continue;
          break;
        case 'L':
          part = this.locField();
          break;
        default: {
          const rest: string[] = [];
          // Every type with a text form needs data, but an APL list may be empty (RFC 3123).
          if (i === 0 && mnemonic !== 'APL' && !this.expect(`${mnemonic} data`)) return undefined;
          while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
            const raw = text.slice(sc.start, sc.end);
            rest.push(sc.kind === TOK_QUOTED ? '"' + raw + '"' : raw);
            sc.next();
          }
          if (rest.length === 0) continue;
          part = rest.join(' ');
        }
      }
      if (part === undefined) return undefined;
      parts.push(part);
    }
    const data: TextData = { text: parts.join(' ') };
    return data;
  }

  /** NSAP (RFC 1706): `0x` and hex digits, dots between them allowed, whole octets; printed `0x` and the hex. */
  private nsapField(mnemonic: string): string | undefined {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} address`)) return undefined;
    const token = this.text.slice(sc.start, sc.end);
    const hex = token.slice(2).replace(/\./g, '');
    if (sc.kind !== TOK_WORD || !/^0x/i.test(token) || !/^[0-9a-f.]*$/i.test(token.slice(2)) || hex.length === 0 || hex.length % 2 !== 0) {
      return this.fail('zone/bad-rdata', `${mnemonic}: bad address '${this.shown()}' (0x and whole octets of hex digits, dots allowed between them)`);
    }
    sc.next();
    return `0x${hex.toLowerCase()}`;
  }

  /**
   * WKS (RFC 1035 3.4.2): an IPv4 address, a protocol and the services, each a number or a
   * well-known name; printed as numbers, services sorted, as BIND prints them. A name not in
   * the table (the server reads its system's services database) keeps the record as written.
   */
  private wksFields(): string | undefined {
    const sc = this.sc;
    if (!this.expect('WKS address')) return undefined;
    if (!isIPv4(this.text, sc.start, sc.end)) return this.fail('zone/bad-address', `bad IPv4 address '${this.shown()}'`);
    const address = this.text.slice(sc.start, sc.end);
    sc.next();
    if (!this.expect('WKS protocol')) return undefined;
    const protocolText = this.text.slice(sc.start, sc.end).toLowerCase();
    const protocol = /^\d+$/.test(protocolText) ? Number(protocolText) : WKS_PROTOCOLS[protocolText];
    if (protocol === undefined || protocol > 255) return this.fail('zone/bad-rdata', `WKS: unknown protocol '${this.shown()}'`);
    sc.next();
    const written: string[] = [];
    const ports = new Set<number>();
    let allKnown = true;
    while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      const service = this.text.slice(sc.start, sc.end);
      written.push(service);
      const port = /^\d+$/.test(service) ? Number(service) : WKS_SERVICES[service.toLowerCase()];
      if (port !== undefined && port > 65535) return this.fail('zone/bad-rdata', `WKS: port '${this.shown()}' is out of range (0-65535)`);
      if (port === undefined) allKnown = false;
      else ports.add(port);
      sc.next();
    }
    if (!allKnown) return [address, protocolText, ...written].join(' ');
    return [address, String(protocol), ...[...ports].sort((a, b) => a - b).map(String)].join(' ');
  }

  private digestLength(mnemonic: string, digestType: number): number | undefined {
    if (mnemonic === 'SSHFP') return SSHFP_DIGEST_LENGTHS[digestType];
    if (mnemonic === 'ZONEMD') return ZONEMD_DIGEST_LENGTHS[digestType];
    if (mnemonic === 'DS' || mnemonic === 'CDS' || mnemonic === 'TA' || mnemonic === 'DLV') {
      // CDS 0 0 0 00 asks the parent to delete the DS set: no digest length applies.
      return DS_DIGEST_LENGTHS[digestType];
    }
    return undefined;
  }

  private lastTokenSpan(): Span {
    const sc = this.sc;
    return { line: sc.lastEndLine, column: sc.lastEndColumn - 1, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn };
  }

  /** One-token fields: mnemonics, times, salt, base32hex, EUI. Undefined after an error. */
  private wordField(mnemonic: string, field: string): string | undefined {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} data`)) return undefined;
    if (sc.kind === TOK_QUOTED) return this.fail('zone/bad-rdata', `unexpected quoted string "${this.shown()}" in ${mnemonic} data`);
    const token = this.text.slice(sc.start, sc.end);
    let part: string | undefined;
    let problem = '';
    switch (field) {
      case 'a':
      case 'A': {
        const n = readAlgorithm(token);
        if (n >= 0) part = field === 'a' ? String(n) : algorithmText(n);
        else problem = n === -2 ? `algorithm '${token}' is out of range (0-255)` : `unknown algorithm '${token}'`;
        break;
      }
      case 'C': {
        const n = readCertType(token);
        if (n >= 0) part = certTypeText(n);
        else problem = n === -2 ? `certificate type '${token}' is out of range (0-65535)` : `unknown certificate type '${token}'`;
        break;
      }
      case 't': {
        const code = typeCode(token.toUpperCase());
        if (code !== undefined) part = typeName(code);
        else problem = `unknown type covered '${token}'`;
        break;
      }
      case 'T':
        part = readSignatureTime(token);
        problem = `bad time '${token}' (YYYYMMDDHHMMSS or seconds since 1970)`;
        break;
      case 'x':
        if (token === '-') part = '-';
        else if (token.length <= 510 && token.length % 2 === 0 && /^[0-9A-Fa-f]+$/.test(token)) part = token.toUpperCase();
        problem = `bad hex encoding in salt '${this.shown()}' (hex digits, or - for none)`;
        break;
      case 'D': {
        const n = token.toUpperCase() === 'NOTIFY' ? 1 : readUnsigned(token, 0, token.length, 0xff);
        if (n >= 0) part = n === 1 ? 'NOTIFY' : String(n);
        problem = `bad scheme '${token}' (0-255 or NOTIFY)`;
        break;
      }
      case '3':
        if (isBase32Hex(token)) part = token.toUpperCase();
        problem = `bad base32 encoding '${this.shown()}' (base32hex without padding)`;
        break;
      default:
        part = readEui(token, field === 'e' ? 6 : 8);
        problem = `bad EUI '${this.shown()}' (${field === 'e' ? 6 : 8} groups of two hex digits joined by -)`;
    }
    if (part === undefined) return this.fail('zone/bad-rdata', `${mnemonic}: ${problem}`);
    sc.next();
    return part;
  }

  /** Base64 from the current token to the end of the data, joined and checked as a whole. */
  private base64ToEnd(mnemonic: string): string | undefined {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} base64 data (unexpected end of input)`)) return undefined;
    let b64 = '';
    while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      if (sc.kind === TOK_QUOTED || !/^[A-Za-z0-9+/=]+$/.test(this.text.slice(sc.start, sc.end))) {
        return this.fail('zone/bad-rdata', `${mnemonic}: bad base64 '${this.shown()}'`);
      }
      b64 += this.text.slice(sc.start, sc.end);
      sc.next();
    }
    if (!isBase64(b64)) {
      this.report('zone/bad-rdata', `${mnemonic}: bad base64 encoding (whole groups of four, padding only at the end)`, this.lastTokenSpan());
      return undefined;
    }
    return chunked(b64);
  }

  /** Type mnemonics to the end, printed in code order without repeats (BIND stores a bitmap). */
  private typeBitmap(mnemonic: string, required: boolean): string | undefined {
    const sc = this.sc;
    if (required && !this.expect(`${mnemonic} type list (unexpected end of input)`)) return undefined;
    const codes = new Set<number>();
    while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      const code = sc.kind === TOK_WORD ? typeCode(this.text.slice(sc.start, sc.end).toUpperCase()) : undefined;
      if (code === undefined) return this.fail('zone/bad-rdata', `${mnemonic}: unknown type '${this.shown()}' in the type list`);
      codes.add(code);
      sc.next();
    }
    return [...codes].sort((x, y) => x - y).map(typeName).join(' ');
  }

  private locField(): string | undefined {
    const sc = this.sc;
    if (!this.expect('LOC data')) return undefined;
    const firstSpan = this.tokenSpan();
    const tokens: string[] = [];
    while (sc.kind === TOK_WORD || sc.kind === TOK_QUOTED) {
      tokens.push(this.text.slice(sc.start, sc.end));
      sc.next();
    }
    const loc = readLoc(tokens);
    if ('error' in loc) {
      this.report('zone/bad-rdata', `bad LOC data: ${loc.error}`, firstSpan);
      return undefined;
    }
    return loc.text;
  }
}

/** Types RFC 973 made obsolete (MX replaced them): BIND refuses a zone holding them. */
const OBSOLETE_TYPES: Readonly<Record<number, string>> = { 3: 'RFC 973: use MX', 4: 'RFC 973: use MX' };

/**
 * Types without a text form of their own in BIND (NULL, the UINFO to UNSPEC block, types it
 * has no code for): their data can only be written as RFC 3597 `\#` generic data.
 */
const WITHOUT_TEXT_FORM = new Set([10, 100, 101, 102, 103, 263, 264]);
const KNOWN_BY_BIND = new Set([
  1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
  35, 36, 37, 38, 39, 40, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
  68, 99, 104, 105, 106, 107, 108, 109, 256, 257, 258, 259, 260, 261, 262, 32768, 32769, 65533,
]);

function hasTextForm(type: number): boolean {
  return KNOWN_BY_BIND.has(type) && !WITHOUT_TEXT_FORM.has(type);
}

/** Protocol names a WKS record may use (IANA protocol numbers). */
const WKS_PROTOCOLS: Readonly<Record<string, number>> = { icmp: 1, igmp: 2, tcp: 6, udp: 17 };

/** Well-known service names (IANA service name registry) a WKS record may use. */
const WKS_SERVICES: Readonly<Record<string, number>> = {
  echo: 7, discard: 9, daytime: 13, 'ftp-data': 20, ftp: 21, ssh: 22, telnet: 23, smtp: 25, time: 37, nameserver: 42, whois: 43,
  nicname: 43, domain: 53, bootps: 67, bootpc: 68, tftp: 69, gopher: 70, finger: 79, http: 80, www: 80, kerberos: 88, pop3: 110,
  sunrpc: 111, auth: 113, nntp: 119, ntp: 123, netbios: 137, imap: 143, snmp: 161, ldap: 389, https: 443, smtps: 465, syslog: 514,
  submission: 587, ldaps: 636, imaps: 993, pop3s: 995, sip: 5060, sips: 5061,
};

/**
 * Record types that one server (or a few hosted services) invented and others refuse: a zone
 * written for PowerDNS holds them by design, so they are not syntax errors there.
 */
const SERVER_SPECIFIC_TYPES: Readonly<Record<string, string>> = {
  LUA: 'PowerDNS',
  ALIAS: 'PowerDNS',
};

/** Classifies a word in the TTL/class/type position: a type code, CLASS_BASE + class code, or -1. */
function classify(text: string, start: number, end: number): number {
  const len = end - start;
  const c0 = text.charCodeAt(start) | 32;
  // Fast paths for the common mnemonics (ASCII letters compared case-insensitively).
  switch (len) {
    case 1:
      if (c0 === 97) return 1; // A
      break;
    case 2: {
      const c1 = text.charCodeAt(start + 1) | 32;
      if (c0 === 105 && c1 === 110) return CLASS_BASE + 1; // IN
      if (c0 === 110 && c1 === 115) return 2; // NS
      if (c0 === 109 && c1 === 120) return 15; // MX
      break;
    }
    case 3: {
      const c1 = text.charCodeAt(start + 1) | 32;
      const c2 = text.charCodeAt(start + 2) | 32;
      if (c0 === 116 && c1 === 120 && c2 === 116) return 16; // TXT
      if (c0 === 115 && c1 === 114 && c2 === 118) return 33; // SRV
      if (c0 === 112 && c1 === 116 && c2 === 114) return 12; // PTR
      break;
    }
    case 4:
      if (c0 === 97 && (text.charCodeAt(start + 1) | 32) === 97 && (text.charCodeAt(start + 2) | 32) === 97 && (text.charCodeAt(start + 3) | 32) === 97) return 28; // AAAA
      break;
    case 5:
      if (
        c0 === 99 &&
        (text.charCodeAt(start + 1) | 32) === 110 &&
        (text.charCodeAt(start + 2) | 32) === 97 &&
        (text.charCodeAt(start + 3) | 32) === 109 &&
        (text.charCodeAt(start + 4) | 32) === 101
      ) {
        return 5; // CNAME
      }
      break;
  }
  if (len > 12) return -1;
  const upper = text.slice(start, end).toUpperCase();
  const type = typeCode(upper);
  if (type !== undefined) return type;
  const cls = classCode(upper);
  if (cls !== undefined) return CLASS_BASE + cls;
  return -1;
}

/** Validates and canonicalises one SVCB parameter value; undefined means no value. */
function checkSvcbValue(n: number, value: string | undefined): string | undefined | { error: string } {
  switch (n) {
    case 0: {
      if (!value) return { error: 'mandatory needs a list of keys' };
      const keys: number[] = [];
      for (const k of value.split(',')) {
        const m = svcbKeyNumber(k.toLowerCase());
        if (m < 0 || m === 0) return { error: `bad key '${k}' in mandatory` };
        if (keys.includes(m)) return { error: `key '${k}' repeated in mandatory` };
        keys.push(m);
      }
      keys.sort((a, b) => a - b);
      return keys.map((k) => SVCB_KEY_NAMES[k] ?? `key${k}`).join(',');
    }
    case 1:
      if (!value || value.split(',').some((id) => id === '')) return { error: 'alpn needs a list of protocol ids' };
      return value;
    case 2:
      if (value !== undefined && value !== '') return { error: 'no-default-alpn takes no value' };
      return undefined;
    case 3: {
      if (value === undefined) return { error: 'port needs a value' };
      const port = readUnsigned(value, 0, value.length, 0xffff);
      if (port < 0) return { error: `bad port '${value}'` };
      return String(port);
    }
    case 4: {
      if (!value) return { error: 'ipv4hint needs addresses' };
      for (const a of value.split(',')) if (!isIPv4(a, 0, a.length)) return { error: `bad IPv4 address '${a}'` };
      return value;
    }
    case 5:
      if (!value || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return { error: 'ech needs base64 data' };
      return value;
    case 6: {
      if (!value) return { error: 'ipv6hint needs addresses' };
      const out: string[] = [];
      for (const a of value.split(',')) {
        const c = canonicalIPv6(a, 0, a.length);
        if (c === undefined) return { error: `bad IPv6 address '${a}'` };
        out.push(c);
      }
      return out.join(',');
    }
    default:
      return value === '' ? undefined : value;
  }
}

/**
 * Why a `$DATE` value is refused, or undefined: exactly 14 digits of a real date and
 * time (second 60 allowed), from 1970 up to the end of unsigned 32-bit time.
 */
function dumpDateProblem(text: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return 'is not YYYYMMDDHHMMSS';
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return 'is not a valid date';
  const seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  if (seconds < 0 || seconds > 0xffffffff) return 'is outside the 32-bit time range';
  return undefined;
}

/** A `$GENERATE` template: a quoted one loses the backslash of `\"` only, as BIND's lexer does. */
function templateText(text: string, start: number, end: number, quoted: boolean): string {
  const raw = text.slice(start, end);
  return quoted ? raw.replace(/\\"/g, '"') : raw;
}

/** Labels of a canonical absolute name, not counting the root (BIND's RRSIG label count). */
function labelCount(name: string): number {
  if (name === '.') return 0;
  let labels = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 46) labels++;
  }
  return labels;
}

/** True when `name` is `apex` or below it (both canonical: absolute, lower-case, escapes as `\.`). */
function isInZone(name: string, apex: string): boolean {
  if (apex === '.') return true;
  const extra = name.length - apex.length;
  if (extra === 0) return name === apex;
  if (extra < 2 || !name.endsWith(apex) || name.charCodeAt(extra - 1) !== 46) return false;
  // The dot before the apex must end a label, not be an escaped `\.` inside one.
  let backslashes = 0;
  for (let i = extra - 2; i >= 0 && name.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}

function canonicalOrigin(origin: string): string | undefined {
  const absolute = origin.endsWith('.') ? origin : origin + '.';
  const name = readName(absolute, 0, absolute.length, absolute.includes('\\'), undefined);
  return typeof name === 'string' ? name : undefined;
}

const VIEW_COMMENT = /^[ \t]*;[ \t]*uclint-view:[ \t]*(internal|external)\b/im;

function viewOf(text: string, options: ZoneParseOptions): { view: View; viewSource: ZoneFile['viewSource'] } {
  const fallback = { view: options.view ?? 'unknown', viewSource: options.viewSource ?? (options.view ? 'config' : 'none') } as const;
  if (options.viewSource === 'config' || options.viewSource === 'named-conf') return fallback;
  // Only the first lines count: the comment belongs to the file's header.
  let end = 0;
  for (let lines = 0; lines < 10 && end < text.length && end < 4096; lines++) {
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
  }
  const m = VIEW_COMMENT.exec(text.slice(0, end));
  if (m) return { view: m[1].toLowerCase() as View, viewSource: 'comment' };
  return fallback;
}

/**
 * Range of the whole file: line 1 to the last line (a final line break does not
 * start a line). Uses where the scan ended when it reached the end of the text.
 */
function fileRange(file: string, text: string, scanEnd: { line: number; lineStart: number } | undefined): ZoneFile['loc'] {
  let line: number;
  let lineStart: number;
  if (scanEnd !== undefined) {
    line = scanEnd.line;
    lineStart = scanEnd.lineStart;
  } else {
    line = 1;
    lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = lineStart; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        line++;
        lineStart = i + 1;
      }
    }
  }
  if (lineStart === text.length && line > 1) {
    // The text ends with a line break: the last line is the one before it.
    let end = text.length;
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
    return { file, line: 1, column: 1, endLine: line - 1, endColumn: end - start + 1 };
  }
  return { file, line: 1, column: 1, endLine: line, endColumn: text.length - lineStart + 1 };
}

/**
 * About how many lines the text has (at most one record each, outside `$GENERATE` and
 * `$INCLUDE`), to size the record table: counted in a small text, estimated from the first
 * megabyte in a large one (the table grows if the rest is denser), since counting 40 MB of
 * text costs more than sizing the table again now and then.
 */
function lineEstimate(text: string): number {
  const SAMPLE = 1 << 20;
  const end = text.length <= 4 * SAMPLE ? text.length : SAMPLE;
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return end === text.length ? count : Math.ceil((count * text.length * 1.1) / end);
}
