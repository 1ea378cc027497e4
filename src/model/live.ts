/**
 * What `uclint probe` found served: the answers of the DNS for the names the estate publishes,
 * and the certificates its TLS endpoints present. The live view is built from these into zones
 * and certificates of their own, which the rules judge as they judge committed ones; the drift
 * rules compare the two. Every answer and endpoint keeps the place in the committed files it is
 * reported at (`anchor`): the committed record or certificate when there is one, else the zone
 * that should hold it, else where the SIP domain is named.
 */
import type { SourceRange } from '../core/types.js';
import type { Certificate } from './certificate.js';
import type { DnsName, ZoneFile, ZoneRecord } from './dns.js';

/** The record types the probe asks for. */
export const LIVE_RECORD_TYPES = ['SRV', 'A', 'AAAA', 'CNAME', 'NAPTR', 'TXT'] as const;
export type LiveRecordType = (typeof LIVE_RECORD_TYPES)[number];

/** One question asked of the DNS and what came back. */
export interface LiveAnswer {
  /** Canonical owner name asked about. */
  name: DnsName;
  type: LiveRecordType;
  /**
   * - `answered`: records came back (`records`);
   * - `nodata`: the name exists without records of the type;
   * - `nxdomain`: the name does not exist;
   * - `failed`: no answer after every try (`error`): the server timed out, refused or failed.
   */
  outcome: 'answered' | 'nodata' | 'nxdomain' | 'failed';
  /** The records served, as records of the live zone (each located at its anchor). */
  records: ZoneRecord[];
  /** The error of the last try, as the resolver gave it (`ETIMEOUT`, `ESERVFAIL`), for `failed`. */
  error?: string;
  /** How many times the question was sent. */
  tries: number;
  /** The view of the committed zones the answer is compared with; undefined when the estate holds no zone for the name. */
  committedView?: ZoneFile['view'];
  /** Where findings about this answer go when no committed record of the name and type exists. */
  anchor: SourceRange;
}

/** A TLS endpoint the probe connected to (or tried to). */
export interface LiveEndpoint {
  /** The host name sent as SNI (lower-case, no trailing dot). */
  host: string;
  port: number;
  /** The address connected to, as the DNS answered it (or `--connect-to` mapped it). */
  address?: string;
  /** Why the estate names this endpoint (`_sip._tls.contoso.com SRV`, `topology SBC`, `lyncdiscover.contoso.com`). */
  publishedBy: string;
  /**
   * - `presented`: the handshake gave a certificate chain (`chain`, leaf first);
   * - `failed`: no chain (`error`): refused, timed out, reset, no address, handshake failure;
   * - `not-attempted`: the probe's total time ran out before its turn.
   */
  outcome: 'presented' | 'failed' | 'not-attempted';
  error?: string;
  /** The presented chain, leaf first, each located at `anchor` (or the committed certificate it equals). */
  chain: Certificate[];
  /** Where findings about this endpoint go: the record or topology entry that publishes it. */
  anchor: SourceRange;
}

/** The live view: every answer and endpoint, and the zones and leaf certificates made of them. */
export interface LiveView {
  /** Which side of split-brain DNS the servers asked answer for (`external` unless told). */
  view: 'internal' | 'external';
  /** The DNS servers asked (`host:port`), or `system` for the system resolver's. */
  servers: string[];
  /** When the probe started and how long it took (milliseconds). */
  startedAt: Date;
  elapsedMs: number;
  answers: LiveAnswer[];
  endpoints: LiveEndpoint[];
  /** One zone per SIP domain, holding every record served for its names (view `view`). */
  zones: ZoneFile[];
  /** The leaf certificate of each endpoint that presented one. */
  certificates: Certificate[];
  /** Questions and endpoints left out because a bound was reached (counts), for the report. */
  skipped: { questions: number; endpoints: number };
}

/** The file name the live zones' own ranges carry: findings there (about a zone as a whole) are not reported. */
export const LIVE_ZONE_FILE = '<live>';
