/**
 * Record data written as text in a format other than a zone file (`1 100 5061
 * sipfed.online.lync.com` in a Terraform `records` list, an octoDNS value), read by the zone
 * file's own reader, so that it means there what it would mean in a zone file.
 */
import type { DnsName, RData } from '../../model/dns.js';
import { typeCode } from '../../model/rrtypes.js';
import { parseZone } from './loader.js';

/** Where in the text a problem is (offsets in it) and what it is, in words that follow the record's type and text. */
export interface RecordDataProblem {
  message: string;
  start: number;
  end: number;
}

export type RecordDataResult = { data: RData } | { problem: RecordDataProblem };

/**
 * The data of one record of `type` from its presentation text (RFC 1035 §5.1, as BIND reads it):
 * names in it are relative to `origin`, or all absolute with the root (`.`, the default), as the
 * DNS APIs of Route 53 and Cloud DNS read them. A text that a zone file would read as several
 * lines or a comment is refused: a value cannot hide more than its one record.
 */
export function recordDataFromText(type: string, text: string, origin: DnsName = '.'): RecordDataResult {
  const upper = type.toUpperCase();
  if (typeCode(upper) === undefined || upper === 'SOA') return { problem: { message: `${type} is not a record type a value can hold`, start: 0, end: 0 } };
  const newline = text.search(/[\r\n]/);
  if (newline >= 0) return { problem: { message: 'holds a line break', start: newline, end: newline + 1 } };
  const prefix = `@ 0 IN ${upper} `;
  let comment: number | undefined;
  const parsed = parseZone(`$ORIGIN ${origin}\n${prefix}${text}\n`, {
    file: '',
    comments: (_file, _text, start) => {
      comment ??= start;
    },
  });
  const lineStart = `$ORIGIN ${origin}\n`.length + prefix.length;
  if (comment !== undefined) return { problem: { message: "holds ';', which a zone file reads as the start of a comment", start: comment - lineStart, end: text.length } };
  const [diagnostic] = parsed.diagnostics.filter((d) => d.severity === 'error' || d.code === 'zone/template-placeholder');
  if (diagnostic !== undefined) {
    const at = (column: number) => Math.min(text.length, Math.max(0, column - 1 - prefix.length));
    const message = diagnostic.code === 'zone/template-placeholder' ? 'holds a template placeholder' : diagnostic.message;
    return { problem: { message, start: at(diagnostic.column), end: Math.max(at(diagnostic.column), at(diagnostic.endColumn)) } };
  }
  const records = parsed.zone.table;
  if (records.size !== 1) return { problem: { message: 'is not one record', start: 0, end: text.length } };
  return { data: records.data(0) };
}
