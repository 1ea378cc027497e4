/**
 * What the line-oriented network loaders (WireGuard, OpenVPN, SDP) share: bounds, line
 * splitting, diagnostics with exact ranges, whitespace-separated fields, address values
 * and the catch-all that keeps a defect from stopping the run.
 */
import { fileTooLarge, lineTooLong, thousands } from '../../core/words.js';
import type { Diagnostic, Severity, SourceRange } from '../../core/types.js';
import type { SitedAddress } from '../../model/network.js';
import { AddressSet, parseAddressSpec } from '../../model/ip-ranges.js';
import type { AddressRange } from '../../model/ip-ranges.js';

/** Bounds of one file; each one crossed is a diagnostic. */
export interface LineTextLimits {
  /** Bytes of the file (UTF-8); a larger file is not read. */
  maxFileBytes: number;
  /** UTF-16 code units of one line; a longer line is skipped. */
  maxLineLength: number;
  /** Entries a file puts into the model (addresses, endpoints, media, candidates); reading stops at the first one over. */
  maxEntries: number;
}

export const DEFAULT_LINE_TEXT_LIMITS: Readonly<LineTextLimits> = {
  maxFileBytes: 16 * 1024 * 1024,
  maxLineLength: 1024 * 1024,
  maxEntries: 100_000,
};

/** A line of the file: its 1-based number, its text without the line break, and the offset of its start in the file's text. */
export interface TextLine {
  number: number;
  text: string;
  offset: number;
}

/** A piece of a line: its text and its column indexes (0-based, end exclusive). */
export interface Field {
  text: string;
  start: number;
  end: number;
}

/** Diagnostics of one file, all with codes `<format>/...`, and the entry count against its bound. */
export class LineTextReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly limits: LineTextLimits;
  private entries = 0;

  constructor(
    readonly file: string,
    readonly format: string,
    limits: Partial<LineTextLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LINE_TEXT_LIMITS, ...limits };
  }

  /**
   * The lines of the text (LF, CRLF or CR), a leading byte-order mark dropped. Lines over the
   * bound are reported and come back empty, so numbering stays exact; `undefined` when the whole
   * file is over its bound (reported).
   */
  lines(text: string): TextLine[] | undefined {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.limits.maxFileBytes) {
      this.report('file-too-large', fileTooLarge(bytes, this.limits.maxFileBytes), 1, 0, 0);
      return undefined;
    }
    const { lines, starts } = splitLines(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
    return lines.map((line, i) => {
      if (line.length <= this.limits.maxLineLength) return { number: i + 1, text: line, offset: starts[i] };
      this.report('line-too-long', lineTooLong(this.limits.maxLineLength), i + 1, 0, 1);
      return { number: i + 1, text: '', offset: starts[i] };
    });
  }

  /** Counts one entry; false (reported once, at the entry) when it is over the bound and reading should stop. */
  entry(line: number, start: number, end: number): boolean {
    if (++this.entries <= this.limits.maxEntries) return true;
    this.report('too-many-entries', `more than ${thousands(this.limits.maxEntries)} entries; the rest of the file is not read`, line, start, end);
    return false;
  }

  /** A diagnostic `<format>/<code>` over column indexes [start, end) of the line (at least one column wide). */
  report(code: string, message: string, line: number, start: number, end: number, severity: Severity = 'error'): void {
    this.diagnostics.push({ ...this.range(line, start, end), severity, message, code: `${this.format}/${code}` });
  }

  /** The range of column indexes [start, end) of a line, 1-based, at least one column wide. */
  range(line: number, start: number, end: number): SourceRange {
    return { file: this.file, line, column: start + 1, endLine: line, endColumn: Math.max(end, start + 1) + 1 };
  }

  /** The range of a whole file of these lines, for the model's file-level node. */
  fileRange(lines: readonly TextLine[]): SourceRange {
    const last = lines[lines.length - 1];
    return { file: this.file, line: 1, column: 1, endLine: last.number, endColumn: last.text.length + 1 };
  }

  /**
   * An address or network value (`10.0.0.0/8`, `2001:db8::1`) read with parseAddressSpec;
   * `undefined` when it is not one (reported at the value, naming the network meant when host
   * bits are set). Ranges `a-b` and `any` are manifest spellings these files do not have.
   */
  address(field: Field, line: number, what: string, spec = field.text): SitedAddress | undefined {
    const loc = this.range(line, field.start, field.end);
    const parsed = /^any$|-/i.test(spec) ? { error: `'${shown(spec)}' is not an IP address or network (address/prefix)` } : parseAddressSpec(spec);
    if ('error' in parsed) {
      this.report('bad-address', `${what}: ${parsed.error}`, line, field.start, field.end);
      return undefined;
    }
    return { text: field.text, ranges: parsed.ranges, loc };
  }

  /**
   * An interface's address with the prefix of its subnet (WireGuard `Address = 10.8.0.2/24`,
   * OpenVPN `ifconfig 10.8.0.2 255.255.255.0`): host bits are expected there, and the client
   * subnet is the network the address lies in.
   */
  interfaceAddress(field: Field, line: number, what: string, spec = field.text): SitedAddress | undefined {
    const parsed = parseAddressSpec(spec);
    const network = 'error' in parsed && parsed.suggestion ? parseAddressSpec(parsed.suggestion) : undefined;
    if (network && 'ranges' in network) return { text: field.text, ranges: network.ranges, loc: this.range(line, field.start, field.end) };
    return this.address(field, line, what, spec);
  }
}

const WHOLE_FAMILY: Record<4 | 6, AddressSet> = {
  4: AddressSet.of([{ family: 4, first: 0n, last: (1n << 32n) - 1n }]),
  6: AddressSet.of([{ family: 6, first: 0n, last: (1n << 128n) - 1n }]),
};

/**
 * The entry of `include` that makes a tunnel full: the first whose entries up to it cover
 * every IPv4 or every IPv6 address (`0.0.0.0/0`, or `0.0.0.0/1, 128.0.0.0/1`, which routes
 * everything while keeping the default route). A binary search over prefixes of the list
 * keeps this at O(n log² n).
 */
export function fullTunnelAt(include: readonly SitedAddress[]): SitedAddress | undefined {
  const covers = (n: number): boolean => {
    const set = AddressSet.of(include.slice(0, n).flatMap((a): AddressRange[] => a.ranges));
    return set.covers(WHOLE_FAMILY[4]) || set.covers(WHOLE_FAMILY[6]);
  };
  if (!covers(include.length)) return undefined;
  let low = 1;
  let high = include.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (covers(mid)) high = mid;
    else low = mid + 1;
  }
  return include[low - 1];
}

/**
 * Runs a loader; only a defect in uclint gets to the catch, and the file still yields a
 * finding (`<format>/internal-error`, which property tests assert never appears) instead of
 * stopping the run.
 */
export function readSafely<T extends { diagnostics: Diagnostic[] }>(format: string, file: string, read: () => T, fallback: () => Omit<T, 'diagnostics'>): T {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const diagnostic: Diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: `${format}/internal-error`, message: `uclint could not read this file: ${reason}` };
    return { ...fallback(), diagnostics: [diagnostic] } as T;
  }
}

const BLANK = /[ \t]/;

/** Fields separated by spaces and tabs, from column index `from` to `to`. */
export function blankSeparatedFields(line: string, from = 0, to = line.length): Field[] {
  const fields: Field[] = [];
  let i = from;
  while (i < to) {
    while (i < to && BLANK.test(line[i])) i++;
    const start = i;
    while (i < to && !BLANK.test(line[i])) i++;
    if (i > start) fields.push({ text: line.slice(start, i), start, end: i });
  }
  return fields;
}

/** Fields separated by commas between column indexes `from` and `to`, each trimmed; an empty one has `start === end`. */
export function commaSeparatedFields(line: string, from: number, to: number): Field[] {
  const fields: Field[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && line[i] !== ',') continue;
    fields.push(trimmed(line, start, i));
    start = i + 1;
  }
  return fields;
}

/** The part of [from, to) without leading and trailing spaces and tabs. */
export function trimmed(line: string, from: number, to: number): Field {
  let start = from;
  let end = to;
  while (start < end && BLANK.test(line[start])) start++;
  while (end > start && BLANK.test(line[end - 1])) end--;
  return { text: line.slice(start, end), start, end };
}

/** The lines of the text from offset `from` on (LF, CRLF or CR line ends), and the offset where each starts. */
export function splitLines(text: string, from = 0): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== 13) continue;
    lines.push(text.slice(start, i));
    starts.push(start);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return { lines, starts };
}

/** Text from the file for a message: at most 40 characters, control characters as `\xNN`. */
export function shown(text: string): string {
  const cut = text.length > 40 ? text.slice(0, 40) + '...' : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/** Adds an item that was read, skipping one that was not (its problem is already reported). */
export function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

/** The base name of a root-relative path, the name of a profile read from a file. */
export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

