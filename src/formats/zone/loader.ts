/**
 * DNS zone loader: RFC 1035 master files with BIND's extensions.
 *
 * - `parseZone` reads a file into records and diagnostics; it never throws.
 * - `formatRecord` / `rdataText` print a record as `named-checkzone -D` does.
 * - `looksLikeZone` recognises zone content for files without a zone-like name.
 */
import type { ZoneParseOptions, ZoneParseResult } from './options.js';
import { parseZoneText } from './parser.js';

export type * from '../../model/dns.js';
export type * from './options.js';
export { DEFAULT_ZONE_LIMITS } from './options.js';
export { formatRecord, rdataText } from '../../model/record-text.js';
export { recordKey, RecordTable, TableRecord } from '../../model/record-table.js';

export function parseZone(text: string, options: ZoneParseOptions): ZoneParseResult {
  return parseZoneText(typeof text === 'string' ? text : String(text), options);
}

const DIRECTIVE_LINE = /^\$(ORIGIN|TTL|INCLUDE|GENERATE)[ \t]/im;
const SOA_LINE = /^\S*[ \t]+(?:(?:\d\w*|IN|CH|HS|CLASS\d+)[ \t]+){0,2}SOA[ \t(]/im;

/** True when the start of `text` reads like a master file: `$ORIGIN`, `$TTL`, or an SOA record near the top. */
export function looksLikeZone(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\ufeff/, '');
  // Strip comments so that prose mentioning SOA does not count.
  const lines = head.split(/\r\n|\r|\n/, 60).map((l) => stripComment(l));
  const joined = lines.join('\n');
  return DIRECTIVE_LINE.test(joined) || SOA_LINE.test(joined);
}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) return line.slice(0, i);
  }
  return line;
}
