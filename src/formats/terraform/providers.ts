/**
 * What the DNS resources of each provider say, read from a resource instance's arguments: a
 * zone resource's name and view, and a record resource's zone, name, type, TTL and values as
 * text (zone-file syntax, read later by the zone file's reader) or as data built from
 * structured fields. Providers: AWS (Route 53), AzureRM (Azure DNS and private DNS),
 * Cloudflare (v4 and v5), Google (Cloud DNS).
 */
import type { SourceRange } from '../../core/types.js';
import { nestedBlocks, type ResourceInstance } from '../../languages/hcl/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { RData, View } from '../../model/dns.js';
import { parseReference } from './reference.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

export type Family = 'aws' | 'azure' | 'azure-private' | 'cloudflare' | 'google';

/** A zone resource: its name (or for Cloud DNS, its managed zone's own name as `key`), and its view when the provider says. */
export interface ZoneRead {
  family: Family;
  /** What record resources name the zone by (Azure: its DNS name; Cloud DNS: the managed zone's name), lower-case. */
  key?: string;
  origin: StaticValue;
  view?: View;
}

/** A data source that looks a zone up (`data "aws_route53_zone"`): the name it looks up. */
export interface ZoneLookup {
  origin: StaticValue;
  view?: View;
}

export type ValueRead =
  | { kind: 'text'; text: string; loc: SourceRange }
  | { kind: 'data'; data: RData; loc: SourceRange }
  | { kind: 'unreadable'; text: string; problem: string; loc: SourceRange }
  | { kind: 'unknown'; value: Unknown };

export interface RecordSetRead {
  family: Family;
  /** The zone: by its name (Azure DNS, Cloud DNS) or by a value naming a zone resource or data source (a zone id). */
  zone: { kind: 'name'; name: string; origin: string | undefined } | { kind: 'value'; value: StaticValue };
  /** The zone a data source looks up, for records whose zone id comes from one. */
  zoneLookup?: (data: ResourceInstance) => ZoneLookup | undefined;
  /** The view of a zone the configuration does not declare, when the record's provider says (Azure private DNS). */
  view?: View;
  name: string;
  style: 'relative' | 'qualified-or-relative' | 'absolute';
  type: string;
  ttl: number;
  values: ValueRead[];
  /** What makes the whole record set unknown (its name, type or zone): one note. */
  unknown?: Unknown;
  /**
   * Records not written here (a Route 53 alias, an Azure alias to a resource) or not all answered
   * (a Route 53 routing policy's set, a Cloud DNS routing policy): one note, the owner unread.
   */
  partial?: { expression: string; reason: string; loc: SourceRange };
}

const DEFAULT_TTL = 3600;

export function zoneOf(instance: ResourceInstance): ZoneRead | undefined {
  const attrs = instance.attributes;
  switch (instance.type) {
    case 'aws_route53_zone': {
      const origin = attr(attrs, 'name');
      // A private hosted zone is associated with VPCs.
      const vpcs = nestedBlocks(attrs, 'vpc');
      return { family: 'aws', origin, view: vpcs.length > 0 ? 'internal' : 'external' };
    }
    case 'azurerm_dns_zone':
    case 'azurerm_private_dns_zone': {
      const origin = attr(attrs, 'name');
      const family = instance.type === 'azurerm_dns_zone' ? 'azure' : 'azure-private';
      return { family, key: origin.kind === 'string' ? zoneKey(origin.value) : undefined, origin, view: family === 'azure' ? 'external' : 'internal' };
    }
    case 'cloudflare_zone': {
      const origin = attrs.entries.get('zone') ?? attr(attrs, 'name');
      return { family: 'cloudflare', key: origin.kind === 'string' ? zoneKey(origin.value) : undefined, origin, view: 'external' };
    }
    case 'google_dns_managed_zone': {
      const name = attr(attrs, 'name');
      const visibility = attrs.entries.get('visibility');
      const view: View | undefined = visibility === undefined || visibility.kind === 'null' ? 'external' : visibility.kind === 'string' ? (visibility.value === 'private' ? 'internal' : 'external') : undefined;
      return { family: 'google', key: name.kind === 'string' ? name.value.toLowerCase() : undefined, origin: attr(attrs, 'dns_name'), view };
    }
    default:
      return undefined;
  }
}

const AZURE_RECORD = /^azurerm_(private_)?dns_(a|aaaa|cname|mx|ns|srv|txt|caa|ptr)_record$/;

export function recordSetOf(instance: ResourceInstance): RecordSetRead | undefined {
  if (instance.type === 'aws_route53_record') return route53(instance);
  if (instance.type === 'cloudflare_record' || instance.type === 'cloudflare_dns_record') return cloudflare(instance);
  if (instance.type === 'google_dns_record_set') return cloudDns(instance);
  const azure = AZURE_RECORD.exec(instance.type);
  if (azure && !(azure[1] && (azure[2] === 'ns' || azure[2] === 'caa'))) return azureDns(instance, azure[1] !== undefined, azure[2].toUpperCase());
  return undefined;
}

function route53(instance: ResourceInstance): RecordSetRead {
  const attrs = instance.attributes;
  const type = attr(attrs, 'type');
  const typeName = type.kind === 'string' ? type.value.toUpperCase() : '';
  const set = base('aws', { kind: 'value', value: attr(attrs, 'zone_id') }, attr(attrs, 'name'), 'qualified-or-relative', type, attrs.entries.get('ttl'));
  set.zoneLookup = (data) => {
    if (data.type !== 'aws_route53_zone') return undefined;
    const privateZone = data.attributes.entries.get('private_zone');
    return { origin: attr(data.attributes, 'name'), view: privateZone?.kind === 'bool' ? (privateZone.value ? 'internal' : 'external') : privateZone === undefined ? 'external' : undefined };
  };
  const [alias] = nestedBlocks(attrs, 'alias');
  if (alias) {
    const target = alias.kind === 'object' ? (alias.entries.get('name') ?? alias) : alias;
    set.partial = { expression: `alias { name = ${shown(target)} }`, reason: 'is a Route 53 alias: Route 53 answers with the records of the AWS resource it names', loc: alias.loc };
  }
  const setIdentifier = attrs.entries.get('set_identifier');
  if (setIdentifier && setIdentifier.kind !== 'null' && !set.partial) {
    // Weighted, latency, geolocation, failover and multivalue record sets: Route 53 answers each query with one of them.
    set.partial = { expression: `set_identifier = ${shown(setIdentifier)}`, reason: 'is one of the record sets of a Route 53 routing policy, of which Route 53 answers with one', loc: setIdentifier.loc };
  }
  const records = attrs.entries.get('records');
  if (records) set.values = listValues(records, (item) => (typeName === 'TXT' || typeName === 'SPF' ? txtValue(item) : textValue(item)));
  return set;
}

function cloudflare(instance: ResourceInstance): RecordSetRead {
  const attrs = instance.attributes;
  const type = attr(attrs, 'type');
  const typeName = type.kind === 'string' ? type.value.toUpperCase() : '';
  let ttl = attrs.entries.get('ttl');
  // A TTL of 1 is Cloudflare's "automatic", 300 seconds.
  if (ttl?.kind === 'number' && ttl.value === 1) ttl = { ...ttl, value: 300 };
  const dataValue = attrs.entries.get('data');
  const data = dataValue?.kind === 'list' ? dataValue.items[0] : dataValue?.kind === 'object' || dataValue?.kind === 'unknown' ? dataValue : undefined;
  let name = attr(attrs, 'name');
  if (typeName === 'SRV' && data?.kind === 'object') {
    // Provider v4 wrote an SRV record's service and protocol in `data`, and its name there too.
    const service = data.entries.get('service');
    const proto = data.entries.get('proto');
    const under = data.entries.get('name');
    if (service && proto && service.kind !== 'null' && proto.kind !== 'null') {
      const parts = [service, proto, under && under.kind !== 'null' ? under : name];
      const unknown = parts.find((part): part is Unknown => part.kind === 'unknown');
      name = unknown ?? { kind: 'string', value: parts.map((part) => (part.kind === 'string' ? part.value : '')).join('.').replace(/\.@$/, '').replace(/\.$/, ''), loc: service.loc };
    }
  }
  // Provider v1 named the zone by its name (`domain`), later versions by its id (`zone_id`).
  const domain = attrs.entries.get('domain');
  const zone: RecordSetRead['zone'] = domain?.kind === 'string' ? { kind: 'name', name: zoneKey(domain.value), origin: domain.value } : { kind: 'value', value: domain && domain.kind !== 'null' ? domain : attr(attrs, 'zone_id') };
  const set = base('cloudflare', zone, name, 'qualified-or-relative', type, ttl);
  set.zoneLookup = (lookup) => {
    if (lookup.type !== 'cloudflare_zone') return undefined;
    const filter = lookup.attributes.entries.get('filter');
    const origin = lookup.attributes.entries.get('name') ?? (filter?.kind === 'object' ? filter.entries.get('name') : undefined);
    return origin ? { origin, view: 'external' } : undefined;
  };
  const content = attrs.entries.get('content') ?? attrs.entries.get('value');
  const priority = attrs.entries.get('priority');
  const present = (value: StaticValue | undefined): value is StaticValue => value !== undefined && value.kind !== 'null';
  if (typeName === 'SRV' && data?.kind === 'object' && present(data.entries.get('target'))) {
    const fields = ['priority', 'weight', 'port', 'target'].map((field) => (field === 'priority' ? (data.entries.get(field) ?? priority) : data.entries.get(field)));
    set.values = [fieldsValue(fields, ['priority', 'weight', 'port', 'target'], data.loc)];
  } else if (typeName === 'CAA' && data?.kind === 'object' && present(data.entries.get('tag'))) {
    set.values = [caaValue(data)];
  } else if (data?.kind === 'unknown' && !present(content)) {
    set.values = [{ kind: 'unknown', value: data }];
  } else if (present(content)) {
    if (typeName === 'TXT' || typeName === 'SPF') set.values = [txtValue(content)];
    else if ((typeName === 'MX' || typeName === 'SRV') && present(priority)) {
      // The priority is its own argument; the content holds the rest (`10 5061 sipfed.online.lync.com` for SRV).
      set.values = [joinedValue([priority, content], content.loc)];
    } else set.values = [textValue(content)];
  }
  return set;
}

function cloudDns(instance: ResourceInstance): RecordSetRead {
  const attrs = instance.attributes;
  const type = attr(attrs, 'type');
  const managed = attr(attrs, 'managed_zone');
  const zone: RecordSetRead['zone'] = managed.kind === 'string' ? { kind: 'name', name: managed.value.toLowerCase(), origin: undefined } : { kind: 'value', value: managed };
  const set = base('google', zone, attr(attrs, 'name'), 'absolute', type, attrs.entries.get('ttl'));
  set.zoneLookup = (data) => {
    if (data.type !== 'google_dns_managed_zone') return undefined;
    const dnsName = data.attributes.entries.get('dns_name');
    return { origin: dnsName ?? { kind: 'unknown', expression: `data.google_dns_managed_zone.${data.name}.dns_name`, reason: 'a data source, read when Terraform runs', loc: data.loc } };
  };
  const routing = nestedBlocks(attrs, 'routing_policy')[0];
  if (routing) set.partial = { expression: 'routing_policy', reason: 'holds the data of a Cloud DNS routing policy, which is not read', loc: routing.loc };
  const rrdatas = attrs.entries.get('rrdatas');
  if (rrdatas) set.values = listValues(rrdatas, textValue);
  return set;
}

function azureDns(instance: ResourceInstance, privateZone: boolean, type: string): RecordSetRead {
  const attrs = instance.attributes;
  const zoneName = attr(attrs, 'zone_name');
  const family: Family = privateZone ? 'azure-private' : 'azure';
  const zone: RecordSetRead['zone'] = zoneName.kind === 'string' ? { kind: 'name', name: zoneKey(zoneName.value), origin: zoneName.value } : { kind: 'value', value: zoneName };
  // An MX record set's name may be left out: the apex.
  const name = attrs.entries.get('name') ?? { kind: 'string' as const, value: '@', loc: instance.loc };
  const set = base(family, zone, name, 'relative', { kind: 'string', value: type, loc: instance.loc }, attrs.entries.get('ttl'));
  set.view = privateZone ? 'internal' : 'external';
  set.zoneLookup = (data) => (data.type === (privateZone ? 'azurerm_private_dns_zone' : 'azurerm_dns_zone') ? { origin: attr(data.attributes, 'name'), view: set.view } : undefined);
  const targetResource = attrs.entries.get('target_resource_id');
  if (targetResource && targetResource.kind !== 'null') {
    set.partial = { expression: `target_resource_id = ${shown(targetResource)}`, reason: 'makes an alias record set: Azure DNS answers with the addresses of the resource it names', loc: targetResource.loc };
  }
  const blocks = () => nestedBlocks(attrs, 'record');
  switch (type) {
    case 'A':
    case 'AAAA':
    case 'NS':
    case 'PTR': {
      const records = attrs.entries.get('records');
      if (records && records.kind !== 'null') set.values = listValues(records, textValue);
      break;
    }
    case 'CNAME': {
      const record = attrs.entries.get('record');
      if (record && record.kind !== 'null') set.values = [textValue(record)];
      break;
    }
    case 'MX':
      set.values = blocks().map((block) => fieldsValue(fieldsOf(block, ['preference', 'exchange']), ['preference', 'exchange'], block.loc));
      break;
    case 'SRV':
      set.values = blocks().map((block) => fieldsValue(fieldsOf(block, ['priority', 'weight', 'port', 'target']), ['priority', 'weight', 'port', 'target'], block.loc));
      break;
    case 'TXT':
      set.values = blocks().map((block) => (block.kind === 'object' ? txtValue(block.entries.get('value') ?? { kind: 'null', loc: block.loc }, true) : unknownOrUnreadable(block, 'a `record` block')));
      break;
    case 'CAA':
      set.values = blocks().map((block) => (block.kind === 'object' ? caaValue(block) : unknownOrUnreadable(block, 'a `record` block')));
      break;
  }
  return set;
}

/** What every record resource has: the zone, name, type and TTL; unknown parts make the set unknown. */
function base(family: Family, zone: RecordSetRead['zone'], name: StaticValue, style: RecordSetRead['style'], type: StaticValue, ttl: StaticValue | undefined): RecordSetRead {
  const set: RecordSetRead = { family, zone, name: '', style, type: '', ttl: DEFAULT_TTL, values: [] };
  // A zone id from a resource or data source is looked for when the zone is; any other unknown zone is not known.
  const unknown = [name, type].find((value): value is Unknown => value.kind === 'unknown') ?? (zone.kind === 'value' && zone.value.kind === 'unknown' && !parseReference(zone.value.expression) ? zone.value : undefined);
  if (unknown) set.unknown = unknown;
  if (name.kind === 'string') set.name = name.value;
  else if (!unknown) set.unknown = { kind: 'unknown', expression: 'name', reason: 'not a string', loc: name.loc };
  if (type.kind === 'string') set.type = type.value.toUpperCase();
  else if (!set.unknown) set.unknown = { kind: 'unknown', expression: 'type', reason: 'not a string', loc: type.loc };
  if (ttl?.kind === 'number' && Number.isInteger(ttl.value) && ttl.value >= 0) set.ttl = ttl.value;
  else if (ttl?.kind === 'string' && /^\d+$/.test(ttl.value)) set.ttl = Number(ttl.value);
  return set;
}

function attr(attrs: StaticValue, name: string): StaticValue {
  const found = attrs.kind === 'object' ? attrs.entries.get(name) : undefined;
  return found ?? { kind: 'null', loc: attrs.loc };
}

function zoneKey(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** Where a value's literal is written (the `for_each` map entry, the variable file's line), else where it is used. */
function at(value: StaticValue): SourceRange {
  return value.from ?? value.loc;
}

function listValues(list: StaticValue, each: (item: StaticValue) => ValueRead): ValueRead[] {
  if (list.kind === 'list') return list.items.map(each);
  return [each(list)];
}

function unknownOrUnreadable(value: StaticValue, what: string): ValueRead {
  if (value.kind === 'unknown') return { kind: 'unknown', value };
  return { kind: 'unreadable', text: shown(value), problem: `is ${describe(value)}, not ${what}`, loc: at(value) };
}

function scalar(value: StaticValue): string | undefined {
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number') return String(value.value);
  return undefined;
}

function textValue(value: StaticValue): ValueRead {
  const text = scalar(value);
  return text === undefined ? unknownOrUnreadable(value, 'a string') : { kind: 'text', text, loc: at(value) };
}

/** A TXT value as the provider takes it: the text itself (Route 53 and Cloudflare keep a value written in quotes as zone-file strings). */
function txtValue(value: StaticValue, alwaysRaw = false): ValueRead {
  if (value.kind !== 'string') return unknownOrUnreadable(value, 'a string');
  if (!alwaysRaw && value.value.startsWith('"')) return { kind: 'text', text: value.value, loc: at(value) };
  return { kind: 'data', data: { strings: [value.value] }, loc: at(value) };
}

function fieldsOf(block: StaticValue, names: readonly string[]): Array<StaticValue | undefined> {
  return names.map((name) => (block.kind === 'object' ? block.entries.get(name) : block.kind === 'unknown' ? block : undefined));
}

/** Structured fields (an SRV `record` block) as the zone-file text they make; a missing field makes it unreadable. */
function fieldsValue(fields: ReadonlyArray<StaticValue | undefined>, names: readonly string[], loc: SourceRange): ValueRead {
  const unknown = fields.find((field): field is Unknown => field?.kind === 'unknown');
  if (unknown) return { kind: 'unknown', value: unknown };
  const texts = fields.map((field) => (field ? scalar(field) : undefined));
  const text = texts.map((part) => part ?? '').join(' ').trim();
  const missing = texts.findIndex((part) => part === undefined || part === '');
  if (missing !== -1) return { kind: 'unreadable', text, problem: `has no \`${names[missing]}\``, loc: fields[missing] ? at(fields[missing]) : loc };
  return { kind: 'text', text, loc: fields.length === 1 ? at(fields[0]!) : loc };
}

function joinedValue(parts: readonly StaticValue[], loc: SourceRange): ValueRead {
  const unknown = parts.find((part): part is Unknown => part.kind === 'unknown');
  if (unknown) return { kind: 'unknown', value: unknown };
  const texts = parts.map(scalar);
  if (texts.some((text) => text === undefined)) return { kind: 'unreadable', text: parts.map(shown).join(' '), problem: 'is not text', loc };
  return { kind: 'text', text: texts.join(' '), loc: at(parts[parts.length - 1]) };
}

function caaValue(block: Extract<StaticValue, { kind: 'object' }>): ValueRead {
  const [flags, tag, value] = fieldsOf(block, ['flags', 'tag', 'value']);
  const unknown = [flags, tag, value].find((field): field is Unknown => field?.kind === 'unknown');
  if (unknown) return { kind: 'unknown', value: unknown };
  const flagNumber = flags ? Number(scalar(flags)) : NaN;
  const tagText = tag && scalar(tag);
  const valueText = value && scalar(value);
  const text = [flags, tag, value].map((field) => (field ? (scalar(field) ?? '') : '')).join(' ').trim();
  if (!Number.isInteger(flagNumber) || flagNumber < 0 || flagNumber > 255) return { kind: 'unreadable', text, problem: 'has no `flags` from 0 to 255', loc: flags ? at(flags) : block.loc };
  if (!tagText) return { kind: 'unreadable', text, problem: 'has no `tag`', loc: tag ? at(tag) : block.loc };
  if (valueText === undefined) return { kind: 'unreadable', text, problem: 'has no `value`', loc: value ? at(value) : block.loc };
  return { kind: 'data', data: { flags: flagNumber, tag: tagText, value: valueText }, loc: block.loc };
}

function describe(value: StaticValue): string {
  switch (value.kind) {
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
    case 'bool':
      return 'a boolean';
    default:
      return `a ${value.kind}`;
  }
}

function shown(value: StaticValue): string {
  if (value.kind === 'unknown') return value.expression;
  if (value.kind === 'string') return JSON.stringify(value.value);
  if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
  return describe(value);
}
