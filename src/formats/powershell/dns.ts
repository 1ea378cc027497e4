/**
 * Windows DNS Server as code: the records and zones that PowerShell's DnsServer cmdlets
 * (`Add-DnsServerResourceRecord*`, `Add-DnsServerPrimaryZone`) and `dnscmd` (`/recordadd`,
 * `/zoneadd`) create, read from what the static readers of src/languages/powershell give.
 * PowerShell scripts and batch files both use it; records of one zone may come from several files.
 *
 * Parameters follow the cmdlets' documented parameter sets ("Add-DnsServerResourceRecord",
 * "Add-DnsServerResourceRecordA" ... in the DnsServer module's reference): positional
 * `-ZoneName`, `-Name` (and `-IPv4Address`/`-IPv6Address` on their own cmdlets), aliases, and
 * names shortened to a unique prefix, as PowerShell binds them. Names are relative to the zone
 * (`@` and `.` are its apex, a final dot makes a name absolute); names in record data are
 * fully qualified whether or not they end with a dot, as the cmdlets and dnscmd take them.
 */
import type { SourceRange } from '../../core/types.js';
import type { CommandInvocation, CommandParameter, NativeArgument, NativeInvocation, ReadContext } from '../../languages/powershell/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { DnsName, DnsZone, RData, View, ZoneFile } from '../../model/dns.js';
import type { EstateFile } from '../../model/files.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { VIEW_WORDS } from '../../model/view-words.js';
import { DnsZoneBuilder, recordOwner } from '../shared/dns-zone.js';
import { recordDataFromText } from '../zone/record-data.js';
import { bindParameters, scalarText } from './parameters.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

/** TTL of a record written without `-TimeToLive`: the zone's default, one hour unless the zone's SOA says otherwise. */
export const DEFAULT_TTL = 3600;

/** The record types the generic `Add-DnsServerResourceRecord` takes as a switch, and the parameters holding their data. */
const GENERIC_TYPES: Readonly<Record<string, RecordShape>> = {
  a: { type: 'A', data: ['ipv4address'] },
  aaaa: { type: 'AAAA', data: ['ipv6address'] },
  cname: { type: 'CNAME', data: ['hostnamealias'] },
  mx: { type: 'MX', data: ['preference', 'mailexchange'] },
  ns: { type: 'NS', data: ['nameserver'] },
  ptr: { type: 'PTR', data: ['ptrdomainname'] },
  srv: { type: 'SRV', data: ['priority', 'weight', 'port', 'domainname'] },
  txt: { type: 'TXT', data: ['descriptivetext'] },
  dname: { type: 'DNAME', data: ['domainnamealias'] },
};

/** The cmdlets of one record type, with the parameter that may hold several values (one record each). */
const TYPED_CMDLETS: Readonly<Record<string, RecordShape>> = {
  'add-dnsserverresourcerecorda': { type: 'A', data: ['ipv4address'], positional: 'ipv4address' },
  'add-dnsserverresourcerecordaaaa': { type: 'AAAA', data: ['ipv6address'], positional: 'ipv6address' },
  'add-dnsserverresourcerecordcname': { type: 'CNAME', data: ['hostnamealias'] },
  'add-dnsserverresourcerecordmx': { type: 'MX', data: ['preference', 'mailexchange'] },
  'add-dnsserverresourcerecordptr': { type: 'PTR', data: ['ptrdomainname'] },
};

interface RecordShape {
  type: string;
  /** Parameters (canonical, lower case) whose values make the record's data, in presentation order. */
  data: readonly string[];
  /** The data parameter bound third by position, after `-ZoneName` and `-Name`. */
  positional?: string;
}

/** Parameters of the record cmdlets, lower case, with their aliases (the DnsServer module's reference). */
const RECORD_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  zonename: ['forwardlookupzone'],
  name: ['devicename'],
  ipv4address: ['ipaddress'],
  ipv6address: ['ipaddress'],
  hostnamealias: [],
  mailexchange: [],
  preference: [],
  ptrdomainname: [],
  nameserver: [],
  domainname: [],
  priority: [],
  weight: [],
  port: [],
  descriptivetext: [],
  domainnamealias: [],
  timetolive: [],
  zonescope: [],
  computername: ['cn', 'forwardlookupprimaryserver'],
  virtualizationinstance: [],
  allowupdateany: [],
  agerecord: [],
  createptr: [],
  cimsession: ['session'],
  throttlelimit: [],
  asjob: [],
  passthru: [],
  whatif: ['wi'],
  confirm: ['cf'],
  ...Object.fromEntries(Object.keys(GENERIC_TYPES).map((type) => [type, []])),
};

const ZONE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  name: ['zonename'],
  replicationscope: [],
  directorypartitionname: [],
  zonefile: [],
  dynamicupdate: [],
  computername: ['cn'],
  responsibleperson: [],
  loadexisting: [],
  cimsession: ['session'],
  passthru: [],
  whatif: ['wi'],
  confirm: ['cf'],
};

/** The zones of Windows DNS servers that the files of one format build, with the notes for what cannot be known. */
export class WindowsDnsZones {
  readonly notes: NotCheckedNote[] = [];
  private readonly zones = new Map<string, ZoneEntry>();

  constructor(private readonly format: string) {}

  /** Reads one PowerShell command: a record or zone it creates, if it is one of the DnsServer cmdlets read. */
  command(file: EstateFile, invocation: CommandInvocation): void {
    const name = invocation.normalizedName;
    if (name === 'add-dnsserverprimaryzone') return this.primaryZone(file, invocation);
    const shape = TYPED_CMDLETS[name];
    if (shape) return this.record(file, invocation, shape);
    if (name !== 'add-dnsserverresourcerecord') return;
    const bound = bindParameters(invocation, RECORD_PARAMETERS, ['zonename', 'name']);
    const switches = Object.keys(GENERIC_TYPES).filter((type) => isOn(bound.get(type)?.value));
    // `-InputObject` (a record read from a server) and types uclint does not model are not records it can read.
    if (switches.length !== 1) return;
    this.record(file, invocation, GENERIC_TYPES[switches[0]], bound);
  }

  /** Reads one native command line: `dnscmd [server] /recordadd <zone> <node> [/aging] [/openacl] [ttl] <type> <data>` or `/zoneadd`. */
  native(file: EstateFile, invocation: NativeInvocation): void {
    if (invocation.program !== 'dnscmd') return;
    const args = invocation.arguments;
    const at = args.findIndex((arg) => arg.value.kind === 'string' && /^[/-](recordadd|zoneadd)$/i.test(arg.value.value));
    if (at < 0) return;
    const command = (args[at].value as { value: string }).value.slice(1).toLowerCase();
    if (command === 'zoneadd') return this.dnscmdZone(file, invocation, args.slice(at + 1));
    this.dnscmdRecord(file, invocation, args.slice(at + 1));
  }

  /** The zones built, each viewed as described in `viewOf`. */
  finish(): DnsZone[] {
    return [...this.zones.values()].map((entry) => {
      const [view, viewSource] = viewOf(entry);
      entry.builder.zone.view = view;
      entry.builder.zone.viewSource = viewSource;
      return entry.builder.finish();
    });
  }

  // ------------------------------------------------------------------ PowerShell

  private primaryZone(file: EstateFile, invocation: CommandInvocation): void {
    const bound = bindParameters(invocation, ZONE_PARAMETERS, ['name']);
    const name = bound.get('name')?.value;
    if (name?.kind !== 'string') return;
    // Stored in Active Directory when a replication scope or partition is given; in a file otherwise.
    const adIntegrated = bound.has('replicationscope') || bound.has('directorypartitionname');
    this.declare(file, name.value, undefined, invocation.loc, adIntegrated);
  }

  private record(file: EstateFile, invocation: CommandInvocation, shape: RecordShape, given?: Map<string, CommandParameter>): void {
    const bound = given ?? bindParameters(invocation, RECORD_PARAMETERS, shape.positional ? ['zonename', 'name', shape.positional] : ['zonename', 'name']);
    const loc = recordLoc(invocation);
    const zoneValue = bound.get('zonename')?.value;
    const nameValue = bound.get('name')?.value;
    const scope = bound.get('zonescope')?.value;
    const parts: Array<[string, StaticValue | undefined]> = [['zone', zoneValue], ['name', nameValue], ['zone scope', scope]];
    for (const [part, value] of parts) {
      if (value?.kind === 'unknown') return this.note(value, shape.type, part, loc);
    }
    if (zoneValue?.kind !== 'string' || nameValue === undefined) return;
    const zone = this.zoneFor(file, zoneValue.value, scope?.kind === 'string' ? scope.value : undefined, loc);
    const written = nameValue.kind === 'string' ? nameValue.value : nameValue.kind === 'number' ? String(nameValue.value) : undefined;
    if (written === undefined) return;
    const owner = ownerOf(written, zone);
    if (owner === undefined) return;
    const ttl = ttlOf(bound.get('timetolive')?.value);

    // One record per value of a list (`-IPv4Address '192.0.2.1', '192.0.2.2'`), each at its own range.
    const values = shape.data.map((parameter) => bound.get(parameter));
    const several = values.findIndex((parameter) => parameter?.value.kind === 'list');
    const variants: Array<{ values: Array<StaticValue | undefined>; loc: SourceRange }> = [];
    if (several >= 0) {
      const list = values[several]!.value as Extract<StaticValue, { kind: 'list' }>;
      for (const item of list.items) {
        const copy = values.map((parameter) => parameter?.value);
        copy[several] = item;
        variants.push({ values: copy, loc: list.items.length > 1 ? item.loc : loc });
      }
    } else {
      variants.push({ values: values.map((parameter) => parameter?.value), loc });
    }
    for (const variant of variants) {
      const unknown = variant.values.find((value): value is Unknown => value?.kind === 'unknown');
      if (unknown) {
        this.note(unknown, shape.type, 'data', variant.loc);
        zone.builder.addUnread(owner);
        continue;
      }
      const missing = shape.data.filter((_, i) => variant.values[i] === undefined);
      if (missing.length > 0) {
        zone.builder.addUnreadable(owner, shape.type, '', `has no ${missing.map((p) => `-${parameterTitle(p)}`).join(', ')}`, variant.loc);
        continue;
      }
      const texts = variant.values.map((value) => scalarText(value!));
      this.addData(zone, owner, shape.type, ttl, texts, variant.loc, variant.values.map((value) => value!.loc));
    }
  }

  // ------------------------------------------------------------------ dnscmd

  private dnscmdZone(file: EstateFile, invocation: NativeInvocation, rest: NativeArgument[]): void {
    const zone = rest[0]?.value;
    if (zone?.kind !== 'string' || zone.value.startsWith('/')) return;
    const adIntegrated = rest.some((arg) => arg.value.kind === 'string' && arg.value.value.toLowerCase() === '/dsprimary');
    this.declare(file, zone.value, undefined, invocation.loc, adIntegrated);
  }

  private dnscmdRecord(file: EstateFile, invocation: NativeInvocation, rest: NativeArgument[]): void {
    const loc = recordLoc(invocation);
    const [zoneArg, nodeArg] = rest;
    for (const [part, arg] of [['zone', zoneArg], ['name', nodeArg]] as const) {
      if (arg?.value.kind === 'unknown') return this.note(arg.value, 'DNS', part, loc);
    }
    if (zoneArg?.value.kind !== 'string' || nodeArg?.value.kind !== 'string') return;
    const zone = this.zoneFor(file, zoneArg.value.value, undefined, loc);
    const owner = ownerOf(nodeArg.value.value, zone);
    if (owner === undefined) return;
    let i = 2;
    // Options of the record (`/Aging`, `/OpenAcl`, `/CreatePTR`), then an optional TTL in seconds.
    while (i < rest.length && rest[i].value.kind === 'string' && /^[/-]/.test((rest[i].value as { value: string }).value)) i++;
    let ttl = DEFAULT_TTL;
    const ttlText = rest[i]?.value.kind === 'string' ? (rest[i].value as { value: string }).value : undefined;
    if (ttlText !== undefined && /^\d+$/.test(ttlText)) {
      ttl = Number(ttlText);
      i++;
    }
    const typeArg = rest[i];
    if (typeArg?.value.kind === 'unknown') return this.note(typeArg.value, 'DNS', 'type', loc);
    if (typeArg?.value.kind !== 'string') {
      zone.builder.addUnreadable(owner, 'DNS', '', 'has no record type after its name', loc);
      return;
    }
    const type = typeArg.value.value.toUpperCase();
    const data = rest.slice(i + 1);
    const unknown = data.find((arg) => arg.value.kind === 'unknown');
    if (unknown) {
      this.note(unknown.value as Unknown, type, 'data', loc);
      zone.builder.addUnread(owner);
      return;
    }
    if (type === 'SOA' || !isModelledType(type)) {
      // The zone's own SOA, and types uclint does not judge: the name exists, its data not read.
      zone.builder.addUnread(owner);
      return;
    }
    const texts = data.map((arg) => (arg.value as { value: string }).value);
    this.addData(zone, owner, type, ttl, texts, loc, data.length > 0 ? data.map((arg) => arg.loc) : [typeArg.loc]);
  }

  // ------------------------------------------------------------------ shared

  /**
   * Adds one record from the texts of its data fields (`fieldLocs` where each is written), or keeps
   * it as unreadable with what is wrong, at the field at fault or at all of them.
   */
  private addData(zone: ZoneEntry, owner: DnsName, type: string, ttl: number, texts: string[], loc: SourceRange, fieldLocs: SourceRange[]): void {
    if (type === 'TXT') {
      zone.builder.add(owner, type, ttl, { strings: texts }, loc);
      return;
    }
    const read = dataFromFields(type, texts);
    if ('data' in read) {
      zone.builder.add(owner, type, ttl, read.data, loc);
      return;
    }
    const valueLoc = read.field !== undefined ? fieldLocs[read.field] : spanOf([...fieldLocs].sort((a, b) => a.line - b.line || a.column - b.column));
    zone.builder.addUnreadable(owner, type, texts.join(' '), read.problem, loc, valueLoc);
  }

  private note(value: Unknown, type: string, part: string, loc: SourceRange): void {
    const what = type === 'DNS' ? 'this DNS record' : `this ${type} record`;
    this.notes.push({ format: this.format, loc, expression: value.expression, reason: `(${value.reason}): the ${part} of ${what} is not known` });
  }

  private declare(file: EstateFile, written: string, scope: string | undefined, loc: SourceRange, adIntegrated: boolean): void {
    const entry = this.zoneFor(file, written, scope, loc);
    entry.declared = true;
    if (adIntegrated) entry.adIntegrated = true;
  }

  private zoneFor(file: EstateFile, written: string, scope: string | undefined, loc: SourceRange): ZoneEntry {
    const origin = written.toLowerCase().replace(/\.+$/, '');
    // Files placed in one view by the config or a directory keep their zones apart from the other view's.
    const fileView = file.viewSource === 'none' ? '' : file.view;
    const key = `${origin}\0${scope?.toLowerCase() ?? ''}\0${fileView}`;
    let entry = this.zones.get(key);
    if (entry === undefined) {
      const builder = new DnsZoneBuilder({ file: file.file, loc, origin: origin === '' ? '.' : origin, view: file.view, viewSource: file.viewSource });
      entry = { builder, file, scope, declared: false, adIntegrated: false };
      this.zones.set(key, entry);
    }
    return entry;
  }
}

interface ZoneEntry {
  builder: DnsZoneBuilder;
  /** The first file that names the zone: its view, when the config or a directory gives one, is the zone's. */
  file: EstateFile;
  scope: string | undefined;
  declared: boolean;
  adIntegrated: boolean;
}

/**
 * Which side of split-brain DNS a Windows DNS zone serves. The config's `views` or a directory
 * named `internal`/`external` decide first. Otherwise a zone scope named for a side
 * (`-ZoneScope external`) is that side; any other zone of a Windows DNS server is internal:
 * Skype for Business and Lync keep their internal records on the Active Directory DNS servers
 * (split-brain, the external zone at a public DNS host), and a zone stored in Active Directory
 * (`-ReplicationScope`, `dnscmd /zoneadd /dsprimary`) is that. A scope named otherwise is unknown.
 */
function viewOf(entry: ZoneEntry): [View, ZoneFile['viewSource']] {
  if (entry.file.viewSource !== 'none' && entry.file.view !== 'unknown') return [entry.file.view, entry.file.viewSource];
  if (entry.scope !== undefined) {
    const side = VIEW_WORDS[entry.scope.toLowerCase()];
    return side ? [side, 'declared'] : ['unknown', 'none'];
  }
  return ['internal', 'declared'];
}

function ownerOf(written: string, zone: ZoneEntry): DnsName | undefined {
  // `.` is the zone's apex to the DnsServer cmdlets, as `@` is.
  const name = written === '.' ? '@' : written;
  return recordOwner(name, zone.builder.zone.origin, 'relative');
}

/** A record's range: inside a loop over known items, the innermost item's (where that record's values are written). */
function recordLoc(invocation: ReadContext & { loc: SourceRange }): SourceRange {
  for (let i = invocation.loops.length - 1; i >= 0; i--) {
    const loop = invocation.loops[i];
    if (loop.index !== undefined && loop.item.kind !== 'null' && loop.item.kind !== 'unknown') return loop.item.loc;
  }
  return invocation.loc;
}

function isOn(value: StaticValue | undefined): boolean {
  return value?.kind === 'bool' && value.value;
}

const TITLES: Readonly<Record<string, string>> = {
  ipv4address: 'IPv4Address',
  ipv6address: 'IPv6Address',
  hostnamealias: 'HostNameAlias',
  mailexchange: 'MailExchange',
  ptrdomainname: 'PtrDomainName',
  nameserver: 'NameServer',
  domainname: 'DomainName',
  descriptivetext: 'DescriptiveText',
  domainnamealias: 'DomainNameAlias',
};

function parameterTitle(name: string): string {
  return TITLES[name] ?? name[0].toUpperCase() + name.slice(1);
}

const MODELLED_TYPES = new Set(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'PTR', 'SRV', 'TXT', 'DNAME', 'CAA', 'NAPTR', 'TLSA', 'SVCB', 'HTTPS', 'SPF']);

function isModelledType(type: string): boolean {
  return MODELLED_TYPES.has(type);
}

/**
 * Record data from its fields, each one value as written: an empty field or one holding blanks
 * (three addresses in one `-IPv4Address` string) is not a field of the record, whatever the
 * zone-file reader would make of the joined text.
 */
function dataFromFields(type: string, fields: string[]): { data: RData } | { problem: string; field?: number } {
  if (type !== 'NAPTR' && type !== 'TXT' && type !== 'SPF' && type !== 'CAA') {
    const field = fields.findIndex((text) => text.trim() === '' || /\s/.test(text.trim()));
    if (field >= 0) return { problem: fields[field].trim() === '' ? 'has an empty value' : `'${fields[field].trim()}' is not one value`, field };
  }
  const read = recordDataFromText(type, fields.map((field) => field.trim()).join(' '), '.');
  return 'data' in read ? read : { problem: read.problem.message };
}

/** The TTL a `-TimeToLive` value gives, as PowerShell converts it to a TimeSpan: `01:00:00`, `1.00:00:00`; an integer is ticks. */
function ttlOf(value: StaticValue | undefined): number {
  if (value === undefined) return DEFAULT_TTL;
  if (value.kind === 'number') return Math.floor(value.value / 10_000_000);
  if (value.kind !== 'string') return DEFAULT_TTL;
  const span = /^\s*(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.\d+)?)?\s*$/.exec(value.value);
  if (span) return Number(span[1] ?? 0) * 86400 + Number(span[2]) * 3600 + Number(span[3]) * 60 + Number(span[4] ?? 0);
  // A bare integer is days to TimeSpan.Parse.
  if (/^\s*\d+\s*$/.test(value.value)) return Number(value.value) * 86400;
  return DEFAULT_TTL;
}

function spanOf(locs: readonly SourceRange[]): SourceRange {
  const first = locs[0];
  const last = locs[locs.length - 1];
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
