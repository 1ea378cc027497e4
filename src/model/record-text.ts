/**
 * Printing records in the one-line form `named-checkzone -D` prints
 * (`name ttl class type rdata`), computed on demand.
 */
import ipaddr from 'ipaddr.js';
import { displayName } from './names.js';
import type {
  AddressData,
  CaaData,
  GenericData,
  MxData,
  NaptrData,
  SoaData,
  SrvData,
  SvcbData,
  TargetData,
  TextData,
  TlsaData,
  TxtData,
  ZoneRecord,
} from './dns.js';

/** The record as one line: `name ttl class type rdata`. */
export function formatRecord(record: ZoneRecord): string {
  return `${record.name} ${record.ttl} ${record.class} ${record.type} ${rdataText(record)}`;
}

/** The data part of a record in BIND's presentation form. */
export function rdataText(record: ZoneRecord): string {
  const data = record.data;
  if ('hex' in data) return genericText(data as GenericData);
  if ('text' in data) return (data as TextData).text;
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return (data as AddressData).address;
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return (data as TargetData).target;
    case 'MX': {
      const mx = data as MxData;
      return `${mx.preference} ${mx.exchange}`;
    }
    case 'SRV': {
      const srv = data as SrvData;
      return `${srv.priority} ${srv.weight} ${srv.port} ${srv.target}`;
    }
    case 'SOA': {
      const soa = data as SoaData;
      return `${soa.mname} ${soa.rname} ${soa.serial} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.minimum}`;
    }
    case 'TXT':
    case 'SPF': {
      const txt = data as TxtData;
      return txt.strings.map((s) => quoteString(s, txt.latin1)).join(' ');
    }
    case 'NAPTR': {
      const n = data as NaptrData;
      return `${n.order} ${n.preference} ${quoteString(n.flags)} ${quoteString(n.service)} ${quoteString(n.regexp)} ${n.replacement}`;
    }
    case 'CAA': {
      const caa = data as CaaData;
      return `${caa.flags} ${caa.tag} ${quoteString(caa.value, caa.latin1)}`;
    }
    case 'TLSA': {
      const t = data as TlsaData;
      return `${t.usage} ${t.selector} ${t.matchingType} ${chunkedHex(t.data)}`;
    }
    case 'SVCB':
    case 'HTTPS':
      return svcbText(data as SvcbData);
    default:
      return JSON.stringify(data);
  }
}

function genericText(data: GenericData): string {
  const length = data.hex.length / 2;
  return length === 0 ? '\\# 0' : `\\# ${length} ${chunkedHex(data.hex)}`;
}

/** Keys whose values BIND prints without quotes. */
const UNQUOTED_KEYS = new Set(['mandatory', 'port', 'ipv4hint', 'ech', 'ipv6hint']);

function svcbText(data: SvcbData): string {
  let out = `${data.priority} ${data.target}`;
  for (const p of data.params) {
    if (p.value === undefined) out += ' ' + p.key;
    else if (UNQUOTED_KEYS.has(p.key)) out += ` ${p.key}=${p.value}`;
    else out += ` ${p.key}=${quoteString(p.value)}`;
  }
  return out;
}

const encoder = new TextEncoder();

/** Octets of a decoded string (inverse of decodeString/octetsToString). */
export function stringOctets(text: string, isLatin1: boolean | undefined): Uint8Array {
  if (isLatin1) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 255;
    return out;
  }
  return encoder.encode(text);
}

/** A character string in quotes, escaped as BIND prints it. */
export function quoteString(text: string, isLatin1?: boolean): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      plain = false;
      break;
    }
  }
  if (plain) return '"' + text + '"';
  return '"' + escapeOctets(stringOctets(text, isLatin1)) + '"';
}

/** Escapes octets for use inside quotes: `\"`, `\\`, `\DDD` for non-printables. */
export function escapeOctets(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 34 || b === 92) out += '\\' + String.fromCharCode(b);
    else if (b < 32 || b > 126) out += '\\' + String(b).padStart(3, '0');
    else out += String.fromCharCode(b);
  }
  return out;
}

/** Upper-case hex in groups of 56 digits separated by spaces, as BIND prints long hex fields. */
export function chunkedHex(hex: string): string {
  const upper = hex.toUpperCase();
  if (upper.length <= 56) return upper;
  const parts: string[] = [];
  for (let i = 0; i < upper.length; i += 56) parts.push(upper.slice(i, i + 56));
  return parts.join(' ');
}

/**
 * The addresses in a value meant as one A or AAAA address that holds several (`"192.0.2.1
 * 192.0.2.2"`, `"192.0.2.1,192.0.2.2"`): two or more, each an address of the type. Undefined
 * for anything else.
 */
export function addressesInOneValue(type: string, text: string): string[] | undefined {
  if (type !== 'A' && type !== 'AAAA') return undefined;
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  const isAddress = type === 'A' ? (part: string) => ipaddr.IPv4.isValidFourPartDecimal(part) : (part: string) => ipaddr.IPv6.isValid(part);
  return parts.every(isAddress) ? parts : undefined;
}

/**
 * Record data in one comparable spelling. The loader already gives names and addresses
 * one spelling; for the rest the zone printer's canonical presentation (the text
 * `named-checkzone -D` prints) serves, so equal data compares equal.
 */
export function comparableData(record: ZoneRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return (record.data as { address: string }).address;
    case 'CNAME':
    case 'NS':
    case 'PTR':
    case 'DNAME':
      return (record.data as { target: string }).target;
    case 'CAA': {
      // Tags compare case-insensitively (RFC 8659 section 4.1).
      const caa = record.data as { flags: number; tag: string };
      return `${caa.flags} ${caa.tag.toLowerCase()} ${rdataText(record).split(' ').slice(2).join(' ')}`;
    }
    default:
      return rdataText(record);
  }
}

/** The record data as a reader would write it, for messages. */
export function presentData(record: ZoneRecord): string {
  const data = record.data as unknown as Record<string, unknown>;
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return String(data.address);
    case 'CNAME':
    case 'NS':
    case 'PTR':
    case 'DNAME':
      return displayName(String(data.target));
    case 'MX':
      return `${data.preference} ${displayName(String(data.exchange))}`;
    case 'SRV':
      return `${data.priority} ${data.weight} ${data.port} ${displayName(String(data.target))}`;
    case 'TXT':
    case 'SPF':
      return (data.strings as string[]).map((s) => JSON.stringify(s)).join(' ');
    default:
      return Object.values(data).map(String).join(' ');
  }
}
