/**
 * Record data a DNS-as-code format writes as separate fields (DNSControl's `SRV(name, priority,
 * weight, port, target)`, octoDNS's `{priority, weight, port, target}`), read as a zone file
 * reads the same fields on one line, so that they mean what they would there; a problem lands on
 * the field it is in.
 */
import type { SourceRange } from '../../core/types.js';
import type { RData } from '../../model/dns.js';
import { recordDataFromText } from './record-data.js';

export interface RecordPart {
  /** The field in zone-file presentation (a character string quoted: see `quotedString`). */
  text: string;
  /** Where the field is written. */
  loc: SourceRange;
}

export type PartsData = { data: RData } | { text: string; problem: string; at: SourceRange };

export function dataFromParts(type: string, parts: readonly RecordPart[]): PartsData {
  let text = '';
  const starts: number[] = [];
  for (const part of parts) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += part.text;
  }
  const read = recordDataFromText(type, text);
  if ('data' in read) return read;
  let at = parts.length - 1;
  while (at > 0 && starts[at] > read.problem.start) at--;
  return { text, problem: read.problem.message, at: parts[at].loc };
}

/** A text as a zone file's character string: quoted, `\` and `"` escaped. */
export function quotedString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
