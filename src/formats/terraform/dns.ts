/**
 * The DNS resources of Terraform modules as zones and records: one zone per zone resource
 * (keyed by its address), records added to the zone their resource names, each at the line of
 * its resource (or of its `for_each` map entry) and a value's problem at the value.
 */
import type { SourceRange } from '../../core/types.js';
import type { ResourceInstance, TerraformModule } from '../../languages/hcl/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { DnsName, DnsZone, RData, View } from '../../model/dns.js';
import type { EstateFile } from '../../model/files.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { DnsZoneBuilder, recordOwner } from '../shared/dns-zone.js';
import { recordDataFromText } from '../zone/record-data.js';
import { recordSetOf, zoneOf, type RecordSetRead, type ZoneRead } from './providers.js';
import { parseReference } from './reference.js';
import { parentPrefix, withoutKey } from './addresses.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

/** A resource instance with the module instance it is in (`module.dns.` for a child, `` for the root). */
interface Placed {
  instance: ResourceInstance;
  prefix: string;
}

export function dnsFromModules(roots: readonly TerraformModule[], files: ReadonlyMap<string, EstateFile>): { zones: DnsZone[]; notes: NotCheckedNote[] } {
  const zones: DnsZone[] = [];
  const notes: NotCheckedNote[] = [];
  for (const root of roots) {
    const reading = new ConfigurationDns(files, notes);
    reading.read(root);
    zones.push(...reading.finish());
  }
  return { zones, notes };
}

/** The zones and records of one configuration (a root module and the local modules it calls). */
class ConfigurationDns {
  private readonly resources: Placed[] = [];
  private readonly data: Placed[] = [];
  /** Zones declared by resources, by address. */
  private readonly declared = new Map<string, { builder: DnsZoneBuilder; read: ZoneRead }>();
  /** Zones no resource of the configuration declares, by provider, view and name (or managed zone). */
  private readonly named = new Map<string, DnsZoneBuilder>();
  private readonly builders: DnsZoneBuilder[] = [];

  constructor(
    private readonly files: ReadonlyMap<string, EstateFile>,
    private readonly notes: NotCheckedNote[],
  ) {}

  read(root: TerraformModule): void {
    this.collect(root);
    for (const placed of this.resources) {
      const zone = zoneOf(placed.instance);
      if (!zone) continue;
      if (zone.origin.kind === 'unknown') {
        this.note(zone.origin, `the name of the zone \`${placed.instance.address}\` is not known, so its records are not checked`);
        continue;
      }
      if (zone.origin.kind !== 'string') continue;
      const builder = this.builder(placed.instance.loc, zone.origin.value, zone.view);
      this.declared.set(placed.instance.address, { builder, read: zone });
    }
    for (const placed of this.resources) {
      const set = recordSetOf(placed.instance);
      if (set) this.addRecordSet(placed, set);
    }
  }

  finish(): DnsZone[] {
    return this.builders.map((builder) => builder.finish());
  }

  private collect(module: TerraformModule): void {
    for (const instance of module.resources) this.resources.push({ instance, prefix: module.address ? `${module.address}.` : '' });
    for (const instance of module.data) this.data.push({ instance, prefix: module.address ? `${module.address}.` : '' });
    for (const call of module.modules) if (call.module) this.collect(call.module);
  }

  private builder(loc: SourceRange, origin: string | undefined, view: View | undefined): DnsZoneBuilder {
    const file = this.files.get(loc.file);
    // The config's `views` say otherwise than the provider only when they name the file.
    const configured = file?.viewSource === 'config';
    const builder = new DnsZoneBuilder({
      file: loc.file,
      loc,
      origin,
      view: configured || view === undefined ? (file?.view ?? 'unknown') : view,
      viewSource: configured || view === undefined ? (file?.viewSource ?? 'none') : 'declared',
    });
    this.builders.push(builder);
    return builder;
  }

  private note(unknown: Unknown, what: string): void {
    // A syntax error is its diagnostic already.
    if (unknown.reason.includes('syntax error')) return;
    this.notes.push({ format: 'terraform', loc: unknown.from ?? unknown.loc, expression: unknown.expression, reason: `(${unknown.reason}): ${what}` });
  }

  /** The zone a record set names: a zone resource, a data source that looks a zone up by name, or a zone named by its name. */
  private zoneFor(placed: Placed, set: RecordSetRead): DnsZoneBuilder | { unknown: Unknown } | undefined {
    const ref = set.zone;
    if (ref.kind === 'name') {
      // Azure DNS and Cloud DNS name the zone: a zone resource of the configuration with that name, else the zone of that name.
      for (const { builder, read } of this.declared.values()) if (read.family === set.family && read.key === ref.name) return builder;
      const key = `${set.family}\u0000${set.view ?? ''}\u0000${ref.name}`;
      let builder = this.named.get(key);
      if (!builder) this.named.set(key, (builder = this.builder(placed.instance.loc, ref.origin, set.view)));
      return builder;
    }
    const value = ref.value;
    if (value.kind !== 'unknown') {
      // A zone id written as a literal: the zone is not declared here, its name is not known.
      return this.unnamed(placed, set);
    }
    const reference = parseReference(value.expression);
    if (!reference) return { unknown: value };
    if (reference.data) {
      const found = this.find(this.data, placed.prefix, `data.${reference.type}.${reference.name}`, reference.key);
      const lookup = found && set.zoneLookup?.(found.instance);
      if (!lookup || lookup.origin.kind !== 'string') return { unknown: lookup?.origin.kind === 'unknown' ? lookup.origin : value };
      const key = `${set.family}\u0000${lookup.view ?? ''}\u0000${lookup.origin.value}`;
      let builder = this.named.get(key);
      if (!builder) this.named.set(key, (builder = this.builder(found.instance.loc, lookup.origin.value, lookup.view)));
      return builder;
    }
    const found = this.find(this.resources, placed.prefix, `${reference.type}.${reference.name}`, reference.key);
    const zone = found && this.declared.get(found.instance.address);
    return zone ? zone.builder : { unknown: value };
  }

  private unnamed(placed: Placed, set: RecordSetRead): DnsZoneBuilder {
    const key = `${set.family}\u0000${set.view ?? ''}\u0000\u0000unnamed\u0000${placed.instance.loc.file}`;
    let builder = this.named.get(key);
    if (!builder) this.named.set(key, (builder = this.builder(placed.instance.loc, undefined, set.view)));
    return builder;
  }

  /**
   * The instance a reference names, looked for in the module of the record, then in the modules
   * that call it (a zone passed to a module as an input is named as its caller wrote it).
   * `key` undefined: the one instance; null: an index not known, which only one instance answers.
   */
  private find(list: readonly Placed[], prefix: string, address: string, key: string | number | null | undefined): Placed | undefined {
    for (let at = prefix; ; at = parentPrefix(at)) {
      const candidates = list.filter((placed) => placed.prefix === at && withoutKey(placed.instance.address.slice(at.length)) === address);
      if (candidates.length > 0) {
        if (key === undefined || key === null) return candidates.length === 1 ? candidates[0] : undefined;
        return candidates.find((placed) => placed.instance.key && (placed.instance.key.kind === 'string' || placed.instance.key.kind === 'number') && placed.instance.key.value === key);
      }
      if (at === '') return undefined;
    }
  }

  private addRecordSet(placed: Placed, set: RecordSetRead): void {
    const { instance } = placed;
    const loc = recordLoc(instance);
    const what = `the records of \`${instance.address}\` are not checked`;
    if (set.unknown) {
      this.note(set.unknown, what);
      return;
    }
    const zone = this.zoneFor(placed, set);
    if (!zone) return;
    if (!(zone instanceof DnsZoneBuilder)) {
      this.note(zone.unknown, `the zone of \`${instance.address}\` is not known, so its records are not checked`);
      return;
    }
    const owner = ownerOf(set, zone.zone.origin);
    if (owner === undefined) {
      this.notes.push({ format: 'terraform', loc, expression: set.name, reason: `is a name relative to a zone whose name is not known here, so the records of \`${instance.address}\` are not checked` });
      return;
    }
    if (set.partial) {
      // Its records are not all written here, or not all answered: the owner exists, its data is not known.
      zone.addUnread(owner);
      this.notes.push({ format: 'terraform', loc: set.partial.loc, expression: set.partial.expression, reason: `${set.partial.reason}; the ${set.type} records of \`${instance.address}\` are not checked` });
      zone.addRecordSet(owner, set.type, set.ttl, [], loc, { complete: false });
      return;
    }
    const data: RData[] = [];
    let complete = true;
    let noted = false;
    for (const value of set.values) {
      if (value.kind === 'data') {
        data.push(value.data);
      } else if (value.kind === 'unknown') {
        if (!noted) this.note(value.value, what);
        noted = true;
        complete = false;
        zone.addUnread(owner);
      } else if (value.kind === 'unreadable') {
        complete = false;
        zone.addUnreadable(owner, set.type, value.text, value.problem, loc, value.loc);
      } else {
        const read = recordDataFromText(set.type, value.text, '.');
        if ('data' in read) data.push(read.data);
        else {
          complete = false;
          zone.addUnreadable(owner, set.type, value.text, read.problem.message, loc, value.loc);
        }
      }
    }
    complete = complete && data.length > 0;
    zone.addRecordSet(owner, set.type, set.ttl, data, loc, { complete });
  }
}

function ownerOf(set: RecordSetRead, origin: DnsName | undefined): DnsName | undefined {
  if (set.style === 'absolute') return recordOwner(set.name.endsWith('.') ? set.name : `${set.name}.`, origin, 'relative');
  return recordOwner(set.name, origin, set.style);
}

/** Where the records of an instance are written: its `for_each` map entry when it has one, else its block. */
function recordLoc(instance: ResourceInstance): SourceRange {
  const key = instance.key;
  if (key && key.kind === 'string') return key.from ?? key.loc;
  return instance.loc;
}

