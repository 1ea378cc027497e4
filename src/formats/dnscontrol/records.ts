/**
 * The record calls of one `D()` or `D_EXTEND()` as DNSControl reads them (its language
 * reference: `A(name, address)`, `MX(name, priority, target)`, `SRV(name, priority, weight,
 * port, target)`, ...), turned into records of the zone: names relative to the domain (`@` the
 * apex, a final dot absolute), targets of one label relative to the domain and targets with a
 * dot absolute (DNSControl refuses a target with a dot but without the final one). The records
 * of one name and type in one call are one record set.
 */
import type { SourceRange } from '../../core/types.js';
import type { JsCall, JsValue } from '../../languages/javascript/index.js';
import { firstUnknown as firstUnknownValue, valueParts } from '../../languages/values.js';
import type { DnsName, RData } from '../../model/dns.js';
import { type DnsZoneBuilder, recordOwner } from '../shared/dns-zone.js';
import { dataFromParts, quotedString, type RecordPart } from '../zone/record-parts.js';
import { recordDataFromText } from '../zone/record-data.js';

export type Unknown = Extract<JsValue, { kind: 'unknown' }>;

/** What each argument of a record call is, after the name: its presentation in a zone file. */
type Field = 'address' | 'number' | 'target' | 'tag' | 'text' | 'strings';

/** The record calls read, with the fields of their data in DNSControl's order. */
const RECORD_CALLS: Readonly<Record<string, readonly Field[]>> = {
  A: ['address'],
  AAAA: ['address'],
  CNAME: ['target'],
  NS: ['target'],
  PTR: ['target'],
  MX: ['number', 'target'],
  SRV: ['number', 'number', 'number', 'target'],
  TXT: ['strings'],
  CAA: ['tag', 'text'],
  NAPTR: ['number', 'number', 'text', 'text', 'text', 'target'],
};

/**
 * Calls that publish records whose data this reading does not model (an `ALIAS` resolved by
 * the provider, `TLSA`, the TXT and CAA builders): their names exist with data not known, so
 * no rule takes them for missing.
 */
const OTHER_RECORD_CALLS = new Set([
  'ALIAS', 'AKAMAICDN', 'AKAMAITLC', 'AZURE_ALIAS', 'DHCID', 'DNAME', 'DNSKEY', 'DS', 'HTTPS', 'LOC', 'LUA', 'OPENPGPKEY', 'R53_ALIAS',
  'RP', 'SMIMEA', 'SSHFP', 'SVCB', 'TLSA', 'CAA_BUILDER', 'DKIM_BUILDER', 'DMARC_BUILDER', 'SPF_BUILDER', 'LOC_BUILDER_DD',
  'LOC_BUILDER_DMM_STR', 'LOC_BUILDER_DMS_STR', 'LOC_BUILDER_STR',
]);

interface RecordSetGroup {
  owner: DnsName;
  type: string;
  ttl: number;
  data: RData[];
  locs: SourceRange[];
  loc: SourceRange;
  complete: boolean;
}

/** One record's data, or what is wrong with it and where. */
type Built = { data: RData } | { text: string; problem: string; at?: SourceRange };

/**
 * The record sets of one domain: DNSControl makes one set of each name and type of a domain,
 * whether its records come from the `D()` or from `D_EXTEND()`s of it, so they are gathered
 * across calls and declared once, when the whole file is read.
 */
export class DomainRecordSets {
  readonly groups = new Map<string, RecordSetGroup>();
  /** A modifier whose value is not known may add records to any name: no set of the domain is then compared. */
  sawUnknown = false;

  constructor(private readonly builder: DnsZoneBuilder) {}

  /** Declares the record sets read. */
  finish(): void {
    for (const group of this.groups.values()) {
      this.builder.addRecordSet(group.owner, group.type, group.ttl, group.data, group.loc, { locs: group.locs, complete: group.complete && !this.sawUnknown });
    }
    this.groups.clear();
  }
}

/** The records of one `D()` or `D_EXTEND()` call. */
export class DomainRecords {
  private readonly builder: DnsZoneBuilder;
  private readonly groups: Map<string, RecordSetGroup>;

  constructor(
    private readonly sets: DomainRecordSets,
    builder: DnsZoneBuilder,
    /** The name records are relative to: the domain, or the subdomain a `D_EXTEND()` names. */
    private readonly origin: DnsName,
    private defaultTtl: number,
    private readonly note: (unknown: Unknown) => void,
  ) {
    this.builder = builder;
    this.groups = sets.groups;
  }

  /** Reads the modifiers of a domain in order (arrays of them flattened, as DNSControl does). */
  modifiers(values: readonly JsValue[]): void {
    for (const value of values) this.modifier(value);
  }

  private modifier(value: JsValue): void {
    if (value.kind === 'list') for (const item of value.items) this.modifier(item);
    else if (value.kind === 'unknown') {
      this.note(value);
      this.sets.sawUnknown = true;
    } else if (value.kind === 'call') this.call(value);
    // Objects are record metadata, names such as NO_PURGE are settings: neither is a record.
  }

  private call(call: JsCall): void {
    if (call.callee === 'DefaultTTL') {
      this.defaultTtl = ttlOf(call.args[0]) ?? this.defaultTtl;
      return;
    }
    if (call.callee === 'M365_BUILDER') {
      this.m365(call);
      return;
    }
    const fields = RECORD_CALLS[call.callee];
    if (fields) this.record(call, fields);
    else if (OTHER_RECORD_CALLS.has(call.callee)) this.otherRecord(call);
  }

  /** The owner a record call names, or undefined (noted when not known). */
  private ownerOf(name: JsValue | undefined, call: JsCall): DnsName | undefined {
    if (name?.kind === 'unknown') {
      this.note(name);
      this.sets.sawUnknown = true;
      return undefined;
    }
    const written = name === undefined ? undefined : primitiveText(name);
    if (written === undefined) {
      this.note({ kind: 'unknown', expression: `${call.callee}(...)`, reason: 'has no name DNSControl can read, so its record is not known', loc: call.loc });
      this.sets.sawUnknown = true;
      return undefined;
    }
    return recordOwner(written.trim(), this.origin, 'relative');
  }

  private record(call: JsCall, fields: readonly Field[]): void {
    const owner = this.ownerOf(call.args[0], call);
    if (owner === undefined) return;
    const type = call.callee;
    const values = call.args.slice(1, 1 + fields.length);
    const modifiers = call.args.slice(1 + fields.length);
    const group = this.group(owner, type, call.loc);
    const unknown = values.map(firstUnknown).find((found) => found !== undefined);
    if (unknown !== undefined) {
      this.note(unknown);
      this.builder.addUnread(owner);
      group.complete = false;
      return;
    }
    let ttl = this.defaultTtl;
    let critical = false;
    for (const modifier of modifiers) {
      const found = firstUnknown(modifier);
      if (found !== undefined) this.note(found);
      else if (modifier.kind === 'call' && modifier.callee === 'TTL') ttl = ttlOf(modifier.args[0]) ?? ttl;
      else if (modifier.kind === 'global' && modifier.name === 'CAA_CRITICAL') critical = true;
    }
    const built = values.length < fields.length ? missing(type, values, fields.length) : this.data(type, fields, values, critical);
    if ('problem' in built) {
      this.builder.addUnreadable(owner, type, built.text, built.problem, call.loc, built.at);
      group.complete = false;
      return;
    }
    if (group.data.length === 0) group.ttl = ttl;
    group.data.push(built.data);
    group.locs.push(call.loc);
  }

  private group(owner: DnsName, type: string, loc: SourceRange): RecordSetGroup {
    const key = `${owner} ${type}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { owner, type, ttl: this.defaultTtl, data: [], locs: [], loc, complete: true };
      this.groups.set(key, group);
    }
    return group;
  }

  /** The data of a record from its arguments, read as a zone file would read them once the targets are absolute. */
  private data(type: string, fields: readonly Field[], values: readonly JsValue[], critical: boolean): Built {
    if (type === 'TXT') return txtData(values[0]);
    const parts: RecordPart[] = [];
    if (type === 'CAA') parts.push({ text: critical ? '128' : '0', loc: values[0].loc });
    for (let i = 0; i < fields.length; i++) {
      const value = values[i];
      const written = fields[i] === 'address' && value.kind === 'number' ? ipv4FromNumber(value.value) : primitiveText(value);
      if (written === undefined) return { text: shownArguments(values), problem: `takes ${describeField(fields[i])} as its ${ordinal(i + 2)} argument, not ${describeValue(value)}`, at: value.loc };
      if (fields[i] === 'target') {
        const target = this.target(written);
        if ('problem' in target) return { text: shownArguments(values), problem: target.problem, at: value.loc };
        parts.push({ text: target.name, loc: value.loc });
      } else parts.push({ text: fields[i] === 'text' ? quotedString(written) : written, loc: value.loc });
    }
    const read = dataFromParts(type, parts);
    return 'data' in read ? read : { text: shownArguments(values), problem: read.problem, at: read.at };
  }

  /** A target as DNSControl reads it: `@` the domain, one label relative to it, a name with dots absolute and written with its final dot. */
  private target(written: string): { name: DnsName } | { problem: string } {
    if (written.trim() === '') return { problem: 'has an empty target' };
    if (written === '@') return { name: this.origin };
    if (written.endsWith('.')) return { name: written };
    if (written.includes('.')) return { problem: `names the target ${written} without its final dot, which DNSControl refuses ("must end with a (.)"): write "${written}."` };
    return { name: `${written}.${this.origin === '.' ? '' : this.origin}` };
  }

  /** A record call of a type whose data is not modelled: its name exists, data not known. */
  private otherRecord(call: JsCall): void {
    const first = call.args[0];
    if (first?.kind === 'object') {
      const label = first.entries.get('label');
      const written = label === undefined ? '@' : primitiveText(label);
      const owner = written === undefined ? undefined : recordOwner(written, this.origin, 'relative');
      if (owner !== undefined) this.builder.addUnread(owner);
      return;
    }
    const owner = this.ownerOf(first, call);
    if (owner !== undefined) this.builder.addUnread(owner);
  }

  /**
   * `M365_BUILDER(name, { label, mx, autodiscover, dkim, skypeForBusiness, mdm, domainGUID,
   * initialDomain })`: the records DNSControl's helper publishes for Microsoft 365 (MX,
   * Autodiscover and DKIM by default; Skype for Business and Teams, and device management, when
   * asked), each at the line of the call.
   */
  private m365(call: JsCall): void {
    const [nameArg, options] = call.args;
    const unknown = firstUnknown(nameArg) ?? (options === undefined ? undefined : firstUnknown(options));
    const option = (key: string): JsValue | undefined => (options?.kind === 'object' ? options.entries.get(key) : undefined);
    const flag = (key: string, byDefault: boolean): boolean => {
      const value = option(key);
      return value === undefined || value.kind === 'null' ? byDefault : truthy(value);
    };
    const labelText = option('label') ? primitiveText(option('label') as JsValue) : '@';
    const label = labelText === undefined || labelText === '' ? '@' : labelText;
    const under = (first: string) => (label === '@' ? first : `${first}.${label}`);
    const owners = {
      mx: [label],
      autodiscover: [under('autodiscover')],
      dkim: ['selector1._domainkey', 'selector2._domainkey'],
      skypeForBusiness: ['lyncdiscover', 'sip', '_sip._tls', '_sipfederationtls._tcp'],
      mdm: ['enterpriseregistration', 'enterpriseenrollment'],
    };
    const unread = (labels: readonly string[]) => {
      for (const written of labels) {
        const owner = recordOwner(written, this.origin, 'relative');
        if (owner !== undefined) this.builder.addUnread(owner);
      }
    };
    if (unknown !== undefined) {
      this.note(unknown);
      this.sets.sawUnknown = true;
      unread(Object.values(owners).flat());
      return;
    }
    const add = (written: string, type: string, text: string) => {
      const owner = recordOwner(written, this.origin, 'relative');
      const read = recordDataFromText(type, text);
      if (owner === undefined) return;
      const group = this.group(owner, type, call.loc);
      if ('problem' in read) {
        this.builder.addUnreadable(owner, type, text, read.problem.message, call.loc);
        group.complete = false;
        return;
      }
      if (group.data.length === 0) group.ttl = this.defaultTtl;
      group.data.push(read.data);
      group.locs.push(call.loc);
    };
    const name = nameArg === undefined ? undefined : primitiveText(nameArg);
    const guidText = option('domainGUID') ? primitiveText(option('domainGUID') as JsValue) : undefined;
    const guid = guidText ?? (name !== undefined && !name.includes('-') ? name.replace(/\./g, '-') : undefined);
    if (flag('mx', true)) {
      if (guid === undefined) unread(owners.mx);
      else add(label, 'MX', `0 ${guid}.mail.protection.outlook.com.`);
    }
    if (flag('autodiscover', true)) add(under('autodiscover'), 'CNAME', 'autodiscover.outlook.com.');
    if (flag('dkim', true)) {
      const initialDomain = option('initialDomain') ? primitiveText(option('initialDomain') as JsValue) : undefined;
      if (guid === undefined || initialDomain === undefined) unread(owners.dkim);
      else for (const selector of ['selector1', 'selector2']) add(`${selector}._domainkey`, 'CNAME', `${selector}-${guid}._domainkey.${initialDomain}.`);
    }
    if (flag('skypeForBusiness', false)) {
      add('lyncdiscover', 'CNAME', 'webdir.online.lync.com.');
      add('sip', 'CNAME', 'sipdir.online.lync.com.');
      add('_sip._tls', 'SRV', '100 1 443 sipdir.online.lync.com.');
      add('_sipfederationtls._tcp', 'SRV', '100 1 5061 sipfed.online.lync.com.');
    }
    if (flag('mdm', false)) {
      add('enterpriseregistration', 'CNAME', 'enterpriseregistration.windows.net.');
      add('enterpriseenrollment', 'CNAME', 'enterpriseenrollment.manage.microsoft.com.');
    }
  }
}

/** TXT(name, "text") or TXT(name, ["part", "part"]): the strings of one record. */
function txtData(value: JsValue): Built {
  const items = value.kind === 'list' ? value.items : [value];
  const strings: string[] = [];
  for (const item of items) {
    const text = primitiveText(item);
    if (text === undefined) return { text: shownArguments([value]), problem: `takes a string or a list of strings, not ${describeValue(item)}`, at: item.loc };
    strings.push(text);
  }
  return { data: { strings } };
}

function missing(type: string, values: readonly JsValue[], wanted: number): Built {
  const fields = { A: 'name, address', AAAA: 'name, address', CNAME: 'name, target', NS: 'name, target', PTR: 'name, target', MX: 'name, priority, target', SRV: 'name, priority, weight, port, target', TXT: 'name, contents', CAA: 'name, tag, value', NAPTR: 'name, order, preference, flags, service, regexp, target' }[type];
  return { text: shownArguments(values), problem: `has ${values.length + 1} of its ${wanted + 1} arguments (${fields})` };
}

/** A string or number as text; undefined for anything else. */
function primitiveText(value: JsValue): string | undefined {
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number') return Number.isFinite(value.value) ? String(value.value) : undefined;
  return undefined;
}

/** The arguments as a zone file would show them, for the record's text. */
function shownArguments(values: readonly JsValue[]): string {
  return values
    .map((value) => {
      if (value.kind === 'string') return value.value === '' || /\s/.test(value.value) ? JSON.stringify(value.value) : value.value;
      if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
      if (value.kind === 'list') return `[${shownArguments(value.items)}]`;
      return describeValue(value);
    })
    .join(' ');
}

function describeField(field: Field): string {
  return { address: 'an address', number: 'a number', target: 'a host name', tag: 'a property tag', text: 'a string', strings: 'a string' }[field];
}

function describeValue(value: JsValue): string {
  switch (value.kind) {
    case 'call':
      return `${value.callee}(...)`;
    case 'global':
      return value.name;
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'undefined';
    case 'bool':
      return String(value.value);
    default:
      return value.kind;
  }
}

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'][n - 1] ?? `${n}th`;
}

/** The first part of a value that is not known, depth first, calls' arguments included. */
function firstUnknown(value: JsValue | undefined): Unknown | undefined {
  if (value === undefined) return undefined;
  return firstUnknownValue(value, (part) => (part.kind === 'call' ? part.args : valueParts(part))) as Unknown | undefined;
}

/** JavaScript's truthiness of a known value. */
function truthy(value: JsValue): boolean {
  switch (value.kind) {
    case 'bool':
      return value.value;
    case 'number':
      return value.value !== 0 && !Number.isNaN(value.value);
    case 'string':
      return value.value !== '';
    case 'null':
      return false;
    default:
      return true;
  }
}

/** A TTL as DNSControl reads it: seconds, or a number with one unit (`5m`, `1h`, `2d`, `1w`). */
export function ttlOf(value: JsValue | undefined): number | undefined {
  if (value?.kind === 'number') return Number.isInteger(value.value) && value.value >= 0 ? value.value : undefined;
  if (value?.kind !== 'string') return undefined;
  const match = /^(\d+)([smhdwny]?)$/.exec(value.value.trim());
  if (!match) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800, n: 2592000, y: 31536000 }[match[2]] as number;
  return Number(match[1]) * unit;
}

/** `IP("192.0.2.1") + 1` is a number: the address it stands for, as DNSControl's `A()` reads it. */
function ipv4FromNumber(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) return undefined;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}
