/**
 * Printing records in the one-line form `named-checkzone -D` prints
 * (`name ttl class type rdata`), computed on demand.
 */
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
} from './model.js';
import { chunkedHex, quoteString } from './text.js';

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
