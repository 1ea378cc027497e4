/**
 * Live against committed: for every question the probe asked about a name the estate holds a
 * zone for, which committed records are served, which are not, and which served records the
 * files do not hold. Computed once per estate for the `live/*` rules.
 */
import type { ZoneRecord } from '../model/dns.js';
import type { LiveAnswer, LiveEndpoint } from '../model/live.js';
import type { Certificate } from '../model/certificate.js';
import { comparableData, presentData } from '../model/record-text.js';
import { displayName } from '../model/names.js';
import type { Estate } from './estate.js';

export interface AnswerDrift {
  answer: LiveAnswer;
  /** The committed records of the name and type, in the view compared. */
  committed: readonly ZoneRecord[];
  /** Committed records the answer does not hold. */
  notServed: ZoneRecord[];
  /** Served records the files do not hold. */
  notCommitted: ZoneRecord[];
}

const cache = new WeakMap<Estate, AnswerDrift[]>();

/** The drift of every answer compared (answers about names in no committed zone, and failed ones, are left out). */
export function answerDrifts(estate: Estate): readonly AnswerDrift[] {
  let drifts = cache.get(estate);
  if (drifts === undefined) {
    drifts = [];
    for (const answer of estate.live?.answers ?? []) {
      if (answer.outcome === 'failed' || answer.committedView === undefined) continue;
      const committed = estate.recordsAt(answer.name, answer.type, { view: answer.committedView });
      const served = new Set(answer.records.map(comparableData));
      const held = new Set(committed.map(comparableData));
      drifts.push({
        answer,
        committed,
        notServed: committed.filter((record) => !served.has(comparableData(record))),
        notCommitted: answer.records.filter((record) => !held.has(comparableData(record))),
      });
    }
    cache.set(estate, drifts);
  }
  return drifts;
}

/**
 * The committed records the DNS does not serve as committed, with the data of their message:
 * those of answers with no record of the type (`served: false`, `live/record-not-served`), or
 * those of answers whose records differ (`served: true`, `live/record-differs`).
 */
export function* committedNotServed(estate: Estate, served: boolean): IterableIterator<{ record: ZoneRecord; data: Record<string, string> }> {
  const servers = estate.live?.servers.join(', ') ?? '';
  for (const drift of answerDrifts(estate)) {
    if (drift.answer.records.length > 0 !== served) continue;
    for (const record of drift.notServed) {
      yield { record, data: { name: displayName(record.name), type: record.type, data: presentData(record), servers, served: servedInWords(drift.answer) } };
    }
  }
}

/** What an answer holds, in words for messages: `sip.contoso.com. (CNAME)`, `no such name`. */
export function servedInWords(answer: LiveAnswer): string {
  if (answer.outcome === 'nxdomain') return 'no such name (NXDOMAIN)';
  if (answer.outcome === 'nodata' || answer.records.length === 0) return `no ${answer.type} record at the name`;
  return answer.records.map(presentData).join(', ');
}

/** An endpoint as messages name it: `sip.contoso.com:5061 (192.0.2.10)`. */
export function endpointInWords(endpoint: LiveEndpoint): string {
  return `${endpoint.host}:${endpoint.port}${endpoint.address !== undefined && endpoint.address !== endpoint.host ? ` (${endpoint.address})` : ''}`;
}

/** A certificate in one line for drift messages: its CN, serial, expiry and fingerprint as far as known. */
export function certificateInWords(certificate: Certificate): string {
  const parts: string[] = [];
  parts.push(certificate.commonName !== undefined ? `CN=${certificate.commonName}` : (certificate.subject ?? 'no subject'));
  if (certificate.serial !== undefined) parts.push(`serial ${certificate.serial}`);
  if (certificate.notAfter !== undefined) parts.push(`expires ${certificate.notAfter.toISOString().slice(0, 10)}`);
  if (certificate.fingerprint256 !== undefined) parts.push(`SHA-256 ${certificate.fingerprint256}`);
  return parts.join(', ');
}
