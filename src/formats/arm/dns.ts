/**
 * Azure DNS zones from what the ARM and Bicep readers give (src/languages/arm, bicep): each
 * `Microsoft.Network/dnsZones` (public: the external view) and `privateDnsZones` (internal)
 * resource is a zone, and each of their record-set children (nested, `parent:`, or top-level
 * named `zone/name`) declares one record set of its zone. Written once for both languages.
 */
import type { Located, SourceRange } from '../../core/types.js';
import type { AzureDeployment, AzureResource } from '../../languages/arm/resource.js';
import { firstUnknown, type StaticValue } from '../../languages/values.js';
import type { DnsName, DnsZone, RData, View } from '../../model/dns.js';
import type { EstateFile } from '../../model/files.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { displayName } from '../../model/names.js';
import { DnsZoneBuilder, recordOwner } from '../shared/dns-zone.js';
import { recordDataFromText } from '../zone/record-data.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;
type ObjectValue = Extract<StaticValue, { kind: 'object' }>;

/** Azure DNS's default TTL of a record set that sets none (the portal's and the CLI's). */
const DEFAULT_TTL = 3600;

const PUBLIC_ZONE = 'microsoft.network/dnszones';
const PRIVATE_ZONE = 'microsoft.network/privatednszones';

/** A field of a record: its name in the API and what it holds. */
interface Field {
  key: string;
  kind: 'name' | 'address' | 'number';
}

/** The record-set types read, with the property that holds their records and the fields of one record, in presentation order. */
const RECORD_TYPES: Readonly<Record<string, { property: string; single?: true; fields: readonly Field[] }>> = {
  A: { property: 'ARecords', fields: [{ key: 'ipv4Address', kind: 'address' }] },
  AAAA: { property: 'AAAARecords', fields: [{ key: 'ipv6Address', kind: 'address' }] },
  CNAME: { property: 'CNAMERecord', single: true, fields: [{ key: 'cname', kind: 'name' }] },
  MX: { property: 'MXRecords', fields: [{ key: 'preference', kind: 'number' }, { key: 'exchange', kind: 'name' }] },
  NS: { property: 'NSRecords', fields: [{ key: 'nsdname', kind: 'name' }] },
  PTR: { property: 'PTRRecords', fields: [{ key: 'ptrdname', kind: 'name' }] },
  SRV: {
    property: 'SRVRecords',
    fields: [
      { key: 'priority', kind: 'number' },
      { key: 'weight', kind: 'number' },
      { key: 'port', kind: 'number' },
      { key: 'target', kind: 'name' },
    ],
  },
  TXT: { property: 'TXTRecords', fields: [] },
  CAA: { property: 'caaRecords', fields: [] },
};

/** Record-set types of Azure DNS that are recognised and not read (SOA is Azure's own). */
const UNCHECKED_RECORD_TYPES = new Set(['SOA', 'DS', 'NAPTR', 'TLSA']);

/** One read of a deployment. */
export interface DeploymentRead {
  deployment: AzureDeployment;
  /** The file the read started from (a template, a `.bicepparam`, a parameter file given to its template). */
  root: string;
  /** Files other reads also pull in: a zone declared in one is filed under `root`, so each read's zones are told apart. */
  shared?: ReadonlySet<string>;
}

/** What the zones of a load are. */
export interface AzureDnsResult {
  zones: DnsZone[];
  notes: NotCheckedNote[];
  unsupported: Array<Located & { message: string }>;
}

/**
 * Collects the zones of every deployment read by one load. `files` are the estate's files,
 * for the view the config gives a file.
 */
export class AzureDnsZones {
  private readonly builders = new Map<string, DnsZoneBuilder>();
  private readonly notes: NotCheckedNote[] = [];
  private readonly unsupported: Array<Located & { message: string }> = [];
  private readonly fileInfo: Map<string, EstateFile>;
  private reads = 0;
  /** Record sets each zone has, as owner, type, TTL and data: a set declared again alike is not added twice. */
  private readonly declared = new Map<DnsZoneBuilder, Set<string>>();

  constructor(
    private readonly format: 'arm' | 'bicep',
    files: readonly EstateFile[],
  ) {
    this.fileInfo = new Map(files.map((file) => [file.file, file]));
  }

  add({ deployment, root, shared }: DeploymentRead): void {
    const read = this.reads++;
    const alternative = (file: string) => (shared?.has(file) ? root : undefined);
    for (const resource of deployment.resources) {
      const type = resource.type.toLowerCase();
      if (resource.existing) continue;
      if (type === PUBLIC_ZONE || type === PRIVATE_ZONE) this.zoneResource(resource, read, alternative);
      else if (type.startsWith(`${PUBLIC_ZONE}/`) || type.startsWith(`${PRIVATE_ZONE}/`)) this.recordSetResource(resource, read, alternative);
    }
  }

  finish(): AzureDnsResult {
    return { zones: [...this.builders.values()].map((builder) => builder.finish()), notes: this.notes, unsupported: this.unsupported };
  }

  // -- Zones ----------------------------------------------------------------------------

  private zoneResource(resource: AzureResource, read: number, alternative: (file: string) => string | undefined): void {
    const name = resource.nameSegments[0];
    if (resource.nameSegments.length !== 1 || name === undefined) return;
    if (name.kind !== 'string') {
      this.note(resource, name, 'the name of this DNS zone');
      return;
    }
    if (isEmptyName(name.value)) {
      this.emptyZoneName(resource, 'the name of this DNS zone');
      return;
    }
    if (resource.condition) {
      this.note(resource, resource.condition, `whether the zone ${displayName(name.value)} is deployed`);
      return;
    }
    this.builder(resource, name.value, read, alternative);
  }

  /** The zone a resource (the zone or one of its record sets) belongs to, made when first named. */
  private builder(resource: AzureResource, origin: string, read: number, alternative: (file: string) => string | undefined): DnsZoneBuilder {
    const zoneResource = resource.type.split('/').length === 2 ? resource : resource.parent;
    const isPrivate = resource.type.toLowerCase().startsWith(PRIVATE_ZONE) || zoneTypeIsPrivate(zoneResource);
    const key = `${read}|${isPrivate ? 'private' : 'public'}|${origin.toLowerCase().replace(/\.$/, '')}`;
    let builder = this.builders.get(key);
    if (builder === undefined) {
      const loc = zoneResource && !zoneResource.existing ? zoneResource.loc : resource.loc;
      const { view, viewSource } = this.viewOf(loc.file, isPrivate);
      builder = new DnsZoneBuilder({ file: alternative(loc.file) ?? loc.file, loc, origin, view, viewSource });
      this.builders.set(key, builder);
    } else if (resource === zoneResource && !resource.existing) {
      // Record sets named before their zone: the zone's own declaration is where it is declared.
      builder.zone.loc = resource.loc;
    }
    return builder;
  }

  /** The config's view of the file wins; otherwise a public zone is served to the internet and a private one inside virtual networks. */
  private viewOf(file: string, isPrivate: boolean): { view: View; viewSource: DnsZone['viewSource'] } {
    const info = this.fileInfo.get(file);
    if (info?.viewSource === 'config') return { view: info.view, viewSource: 'config' };
    return { view: isPrivate ? 'internal' : 'external', viewSource: 'declared' };
  }

  // -- Record sets ----------------------------------------------------------------------

  private recordSetResource(resource: AzureResource, read: number, alternative: (file: string) => string | undefined): void {
    const typeSegments = resource.type.split('/');
    if (typeSegments.length !== 3) return;
    const type = typeSegments[2].toUpperCase();
    // Other children of a zone (virtualNetworkLinks, dnssecConfigs) are no record sets.
    if (RECORD_TYPES[type] === undefined && !UNCHECKED_RECORD_TYPES.has(type)) return;
    const unknownSegment = resource.nameSegments.find((segment): segment is Unknown => segment.kind === 'unknown');
    if (unknownSegment) {
      this.note(resource, unknownSegment, `the name of this ${type} record set`);
      return;
    }
    // A name whose segments do not fit the type is arm/name-segments, said by the reader.
    if (resource.nameSegments.length !== 2) return;
    const [zoneName, relative] = resource.nameSegments as Array<Extract<StaticValue, { kind: 'string' }>>;
    if (type === 'SOA') return; // Azure keeps the zone's SOA itself; the resource only tunes its timers.
    if (isEmptyName(zoneName.value)) {
      this.emptyZoneName(resource, `the name of the zone of this ${type} record set`);
      return;
    }
    const builder = this.builder(resource, zoneName.value, read, alternative);
    const owner = recordOwner(relative.value, builder.zone.origin, 'relative') as DnsName;
    const shape = RECORD_TYPES[type];
    if (shape === undefined) {
      builder.addUnread(owner);
      this.unsupported.push({ loc: resource.loc, message: `${type} record sets of Azure DNS are recognised but not checked by this version of uclint` });
      return;
    }
    const setName = `the ${type} record set ${displayName(owner)}`;
    const condition = resource.condition ?? resource.parent?.condition;
    if (condition) {
      builder.addUnread(owner);
      this.note(resource, condition, `whether ${setName} is deployed`);
      return;
    }
    const properties = resource.properties;
    if (properties.kind === 'unknown') {
      builder.addUnread(owner);
      this.note(resource, properties, setName);
      return;
    }
    if (properties.kind !== 'object') {
      builder.addRecordSet(owner, type, DEFAULT_TTL, [], this.recordLoc(resource, relative));
      return;
    }
    const alias = entry(properties, 'targetResource');
    if (alias?.kind === 'object' && alias.entries.size > 0) {
      builder.addUnread(owner);
      const id = entry(alias, 'id');
      this.note(resource, id?.kind === 'unknown' ? id : { kind: 'unknown', expression: 'targetResource', reason: 'names an Azure resource', loc: alias.loc }, `${setName}, an alias of an Azure resource whose address is known only after deployment`);
      return;
    }
    const loc = this.recordLoc(resource, relative);
    let complete = true;
    for (const [otherType, other] of Object.entries(RECORD_TYPES)) {
      // Records written under another type's property (`SRVRecords` in an MX record set) are not published: Azure reads only the type's own.
      const misplaced = otherType === type ? undefined : entry(properties, other.property);
      if (misplaced === undefined || !holdsRecords(misplaced)) continue;
      complete = false;
      builder.addUnreadable(owner, type, shown(misplaced), `is written as ${other.property}, which a ${type} record set does not hold (its type is ${otherType}?)`, loc, misplaced.loc);
    }
    let ttl = DEFAULT_TTL;
    const ttlValue = entry(properties, 'TTL');
    if (ttlValue?.kind === 'number') ttl = ttlValue.value;
    else if (ttlValue?.kind === 'unknown') {
      complete = false;
      this.note(resource, ttlValue, `the TTL of ${setName} (its records are checked with ${DEFAULT_TTL})`);
    }
    const written = entry(properties, shape.property);
    const items: StaticValue[] = [];
    if (written?.kind === 'unknown') {
      builder.addUnread(owner);
      this.note(resource, written, setName);
      builder.addRecordSet(owner, type, ttl, [], loc, { complete: false });
      return;
    }
    if (written !== undefined && written.kind !== 'null') {
      if (shape.single) items.push(written);
      else if (written.kind === 'list') items.push(...written.items);
      else items.push(written);
    }
    const data: RData[] = [];
    const locs: SourceRange[] = [];
    for (const item of items) {
      const read = this.recordData(type, shape.fields, item, owner, resource);
      if (read === undefined) {
        complete = false;
        builder.addUnread(owner);
      } else if ('problem' in read) {
        complete = false;
        builder.addUnreadable(owner, type, read.text, read.problem, loc, read.valueLoc);
      } else {
        data.push(read.data);
        locs.push(loc);
      }
    }
    // The same record set deployed again with the same records (a module called twice, as an idempotency test does) is one Azure resource: its records are there once.
    const key = `${owner}|${type}|${ttl}|${complete}|${JSON.stringify(data)}`;
    const declared = this.declared.get(builder) ?? this.declared.set(builder, new Set()).get(builder)!;
    if (declared.has(key)) return;
    declared.add(key);
    builder.addRecordSet(owner, type, ttl, data, loc, { locs, complete });
  }

  /**
   * Where the records of a record set are written: the resource, or for an instance of a loop
   * over an array written elsewhere (a variable, a parameter's default), the item its name
   * comes from.
   */
  private recordLoc(resource: AzureResource, relative: StaticValue): SourceRange {
    if (resource.loop === undefined) return resource.loc;
    const from = relative.from ?? relative.loc;
    return within(from, resource.loc) ? resource.loc : from;
  }

  /**
   * One record's data from the object that writes it: the data, what is wrong with it (the text
   * as written and the value at fault), or undefined when a value is not known (said as a note).
   */
  private recordData(type: string, fields: readonly Field[], item: StaticValue, owner: DnsName, resource: AzureResource): { data: RData } | { text: string; problem: string; valueLoc: SourceRange } | undefined {
    const unknown = firstUnknown(item);
    if (unknown) {
      this.note(resource, unknown, `a ${type} record of ${displayName(owner)}`);
      return undefined;
    }
    if (item.kind !== 'object') return { text: shown(item), problem: 'is not an object of record fields', valueLoc: item.loc };
    if (type === 'TXT') return txtData(item);
    if (type === 'CAA') return caaData(item);
    const parts: string[] = [];
    const spans: Array<{ start: number; end: number; loc: SourceRange }> = [];
    for (const field of fields) {
      const value = entry(item, field.key);
      const text = parts.join(' ');
      if (value === undefined || value.kind === 'null') return { text, problem: `has no ${field.key}`, valueLoc: item.loc };
      const written = fieldText(value, field);
      if (typeof written !== 'string') return { text: [...parts, shown(value)].join(' ').trim(), problem: written.problem, valueLoc: value.loc };
      const start = text.length + (parts.length > 0 ? 1 : 0);
      parts.push(written);
      spans.push({ start, end: start + written.length, loc: value.loc });
    }
    const text = parts.join(' ');
    const read = recordDataFromText(type, text, '.');
    if ('data' in read) return { data: read.data };
    const at = spans.find((span) => read.problem.start >= span.start && read.problem.start <= span.end) ?? spans[spans.length - 1];
    return { text, problem: read.problem.message, valueLoc: at?.loc ?? item.loc };
  }

  /** A zone named by an empty string: a placeholder (a parameter's default of `''`), which Azure would refuse; not a zone of the root. */
  private emptyZoneName(resource: AzureResource, what: string): void {
    this.notes.push({ format: this.format, loc: resource.loc, expression: "''", reason: `is ${what} (a placeholder, which Azure refuses), so uclint does not check it` });
  }

  /** One "not checked" note: the unknown value's expression, why it is unknown, and what is not checked because of it. */
  private note(resource: AzureResource, value: StaticValue, what: string): void {
    const unknown = value.kind === 'unknown' ? value : firstUnknown(value);
    const expression = unknown?.expression || shown(value);
    const why = unknown?.reason ?? 'is not known statically';
    // On the resource, as its records would be: the note says which record set is not checked.
    this.notes.push({ format: this.format, loc: resource.loc, expression, reason: `is not known statically (${why}), so uclint does not check ${what}` });
  }
}

function isEmptyName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed === '' || trimmed === '.';
}

/** True when a value holds records (a list with items, an object with entries), not an empty placeholder. */
function holdsRecords(value: StaticValue): boolean {
  return (value.kind === 'list' && value.items.length > 0) || (value.kind === 'object' && value.entries.size > 0) || value.kind === 'unknown';
}

function zoneTypeIsPrivate(zone: AzureResource | undefined): boolean {
  if (zone === undefined || zone.properties.kind !== 'object') return false;
  const zoneType = entry(zone.properties, 'zoneType');
  return zoneType?.kind === 'string' && zoneType.value.toLowerCase() === 'private';
}

/** An entry of an object, its key compared without case (ARM reads property names so). */
function entry(object: ObjectValue, key: string): StaticValue | undefined {
  const exact = object.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, value] of object.entries) if (name.toLowerCase() === lower) return value;
  return undefined;
}

/** A field's value as presentation text, or what is wrong with it. */
function fieldText(value: StaticValue, field: Field): string | { problem: string } {
  if (field.kind === 'number') {
    // The resource provider reads "443" as 443, as JSON deserialisers of .NET do.
    const number = value.kind === 'number' ? value.value : value.kind === 'string' && /^\d+$/.test(value.value.trim()) ? Number(value.value.trim()) : undefined;
    if (number === undefined || !Number.isInteger(number)) return { problem: `has a ${field.key} that is not an integer` };
    if (number < 0 || number > 65535) return { problem: `has a ${field.key} of ${number}, outside 0-65535` };
    return String(number);
  }
  if (value.kind !== 'string') return { problem: `has a ${field.key} that is not a string` };
  const text = value.value.trim();
  if (text === '') return { problem: `has an empty ${field.key}` };
  return text;
}

function txtData(item: ObjectValue): { data: RData } | { text: string; problem: string; valueLoc: SourceRange } {
  const value = entry(item, 'value');
  if (value === undefined) return { text: '', problem: 'has no value', valueLoc: item.loc };
  const strings = value.kind === 'list' ? value.items : [value];
  const out: string[] = [];
  for (const string of strings) {
    if (string.kind !== 'string') return { text: shown(value), problem: 'has a value that is not a string', valueLoc: string.loc };
    out.push(string.value);
  }
  return { data: { strings: out } };
}

function caaData(item: ObjectValue): { data: RData } | { text: string; problem: string; valueLoc: SourceRange } {
  const flags = entry(item, 'flags');
  const tag = entry(item, 'tag');
  const value = entry(item, 'value');
  const text = [flags, tag, value].map((part) => (part === undefined ? '' : shown(part))).join(' ');
  if (flags?.kind !== 'number' || !Number.isInteger(flags.value) || flags.value < 0 || flags.value > 255) return { text, problem: 'has flags that are not an integer 0-255', valueLoc: flags?.loc ?? item.loc };
  if (tag?.kind !== 'string' || !/^[A-Za-z0-9]+$/.test(tag.value)) return { text, problem: 'has a tag that is not letters and digits', valueLoc: tag?.loc ?? item.loc };
  if (value?.kind !== 'string') return { text, problem: 'has a value that is not a string', valueLoc: value?.loc ?? item.loc };
  return { data: { flags: flags.value, tag: tag.value, value: value.value } };
}

/** A value as a reader would write it, for messages. */
function shown(value: StaticValue): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'bool':
      return String(value.value);
    case 'null':
      return 'null';
    case 'list':
      return `[${value.items.map(shown).join(', ')}]`;
    case 'object':
      return `{${[...value.entries].map(([key, entryValue]) => `${key}: ${shown(entryValue)}`).join(', ')}}`;
    case 'unknown':
      return value.expression;
  }
}

/** True when `inner` lies inside `outer`, in the same file. */
function within(inner: SourceRange, outer: SourceRange): boolean {
  if (inner.file !== outer.file) return false;
  const starts = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const ends = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return starts && ends;
}
