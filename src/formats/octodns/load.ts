/**
 * octoDNS zone files into DNS zones: one zone per file, named by the file (`contoso.com.yaml`,
 * or a file of a directory named for the zone with its final dot, `contoso.com./sip.yaml`); each
 * key a record name relative to the zone (`''` the apex), each record under it (a map, or a list
 * of maps for several types) one record set, each value a record at the line it is written on.
 */
import path from 'node:path';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { DnsName, RData } from '../../model/dns.js';
import type { EstateFile } from '../../model/files.js';
import { canonicalName } from '../../model/names.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { DnsZoneBuilder, recordOwner } from '../shared/dns-zone.js';
import { eachFile, type FormatLoad, type LoadContext, type TextInput } from '../shared/format.js';
import { deref, getEntry, getKey, pairRange, parseYamlDocuments, type YamlNode } from '../shared/yaml/index.js';
import { dataFromParts, quotedString, type RecordPart } from '../zone/record-parts.js';
import { OCTODNS_TYPES } from './recognise.js';

/** octoDNS's TTL when a record sets none. */
const OCTODNS_DEFAULT_TTL = 3600;

/** The fields of the types whose values are maps, in presentation order. */
const MAP_FIELDS: Readonly<Record<string, ReadonlyArray<{ names: readonly string[]; kind: 'number' | 'target' | 'tag' | 'text'; optional?: string }>>> = {
  MX: [
    { names: ['preference', 'priority'], kind: 'number' },
    { names: ['exchange', 'value'], kind: 'target' },
  ],
  SRV: [
    { names: ['priority'], kind: 'number' },
    { names: ['weight'], kind: 'number' },
    { names: ['port'], kind: 'number' },
    { names: ['target'], kind: 'target' },
  ],
  CAA: [
    { names: ['flags'], kind: 'number', optional: '0' },
    { names: ['tag'], kind: 'tag' },
    { names: ['value'], kind: 'text' },
  ],
  NAPTR: [
    { names: ['order'], kind: 'number' },
    { names: ['preference'], kind: 'number' },
    { names: ['flags'], kind: 'text' },
    { names: ['service'], kind: 'text' },
    { names: ['regexp'], kind: 'text' },
    { names: ['replacement'], kind: 'target' },
  ],
};

/** Types whose values are one host name each. */
const TARGET_TYPES = new Set(['CNAME', 'DNAME', 'NS', 'PTR']);

export async function loadOctodns(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  // Each file's description gains the zone's origin and view, for the report's list of files.
  const described: EstateFile[] = [];
  const loaded = await eachFile(files, context, (file, { text }) => {
    const zone = loadZone(file, text, context);
    for (const one of zone.files ?? []) described.push(one);
    return zone;
  });
  return { ...loaded, files: described };
}

/**
 * The zone a file holds: a file of a directory named for the zone with its final dot
 * (`contoso.com./sip.yaml`, octoDNS's split layout), any file beside a split layout's catch-all
 * `$contoso.com.yaml`, or the file's own name (`contoso.com.yaml`). A name whose first label is a
 * service label (`_sip._tls.yaml`) is a record's, not a zone's.
 */
export function zoneNameOf(file: string, siblings: readonly string[] = []): string | undefined {
  const base = path.posix.basename(file).replace(/\.ya?ml$/i, '');
  const directory = path.posix.dirname(file);
  const directoryName = path.posix.basename(directory);
  if (directoryName.length > 1 && directoryName.endsWith('.') && isDomainName(directoryName)) return directoryName;
  const catchAll = siblings.find((other) => path.posix.dirname(other) === directory && path.posix.basename(other).startsWith('$'));
  if (catchAll !== undefined) {
    const zone = path.posix.basename(catchAll).slice(1).replace(/\.ya?ml$/i, '');
    return isDomainName(zone) ? zone : undefined;
  }
  return isDomainName(base) && !base.startsWith('_') ? base : undefined;
}

function isDomainName(text: string): boolean {
  return /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.?$/i.test(text) && text.includes('.');
}

function loadZone(file: TextInput, text: string, context: LoadContext): FormatLoad {
  const parsed = parseYamlDocuments(text, file.file, {}, context.comments);
  const diagnostics: Diagnostic[] = parsed.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^yaml\//, 'octodns/yaml-') }));
  const root = parsed.documents[0]?.contents == null ? undefined : deref(parsed.documents[0].contents);
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return { diagnostics };
  if (root.kind !== 'map') {
    diagnostics.push(problem(root.loc, 'not-a-record', 'an octoDNS zone is a map of record names to records'));
    return { diagnostics };
  }
  const name = zoneNameOf(file.file, context.files.filter((other) => other.kind === 'octodns').map((other) => other.file));
  if (name === undefined) {
    const note: NotCheckedNote = { format: 'octodns', loc: root.loc, expression: path.posix.basename(file.file), reason: 'does not name a zone (octoDNS names its zone files `<zone>.yaml`), so the names of its records are not known' };
    return { diagnostics, nodes: { notes: [note] } };
  }
  const origin = canonicalName(name);
  const zone = new DnsZoneBuilder({ file: file.file, loc: root.loc, origin: name, originSource: 'declared', ...viewOf(file) });
  for (const entry of root.entries) {
    const key = deref(entry.key);
    const written = key?.kind === 'scalar' ? (key.value === null ? '' : String(key.value)) : undefined;
    if (written === undefined) {
      diagnostics.push(problem(entry.key.loc, 'not-a-record', 'a record name is a string'));
      continue;
    }
    const owner = recordOwner(written, origin, 'relative') as DnsName;
    const value = deref(entry.value);
    if (value?.kind === 'seq') {
      for (const item of value.items) readRecord(zone, owner, item, item.loc, diagnostics);
    } else readRecord(zone, owner, entry.value, pairRange(entry), diagnostics);
  }
  const { read: _read, ...described } = file;
  return { nodes: { zones: [zone.finish()] }, diagnostics, files: [{ ...described, ...viewOf(file), origin, originSource: 'declared' }] };
}

/** The config's views first, then a directory named for a side; otherwise external, as octoDNS's providers are public DNS services. */
function viewOf(file: TextInput): { view: TextInput['view']; viewSource: TextInput['viewSource'] } {
  if (file.view !== 'unknown') return { view: file.view, viewSource: file.viewSource };
  return { view: 'external', viewSource: 'declared' };
}

function problem(loc: SourceRange, code: string, message: string): Diagnostic {
  return { ...loc, severity: 'error', code: `octodns/${code}`, message };
}

/** One record of an entry: its values, each a record of the set at its own line. */
function readRecord(zone: DnsZoneBuilder, owner: DnsName, node: YamlNode, loc: SourceRange, diagnostics: Diagnostic[]): void {
  const record = deref(node);
  if (record?.kind !== 'map') {
    diagnostics.push(problem(node.loc, 'not-a-record', 'a record is a map with `type` and `value` or `values`'));
    zone.addUnread(owner);
    return;
  }
  const typeNode = deref(getKey(record, 'type') ?? record);
  const type = typeNode?.kind === 'scalar' && typeof typeNode.value === 'string' ? typeNode.value.toUpperCase() : undefined;
  if (type === undefined || !OCTODNS_TYPES.has(type)) {
    diagnostics.push(problem(typeNode?.kind === 'scalar' ? typeNode.loc : record.loc, 'unknown-type', type === undefined ? 'a record has no `type`' : `${type} is not a record type octoDNS reads`));
    zone.addUnread(owner);
    return;
  }
  const valuesNode = getKey(record, 'values') ?? getKey(record, 'value');
  const values = valuesNode === undefined ? undefined : deref(valuesNode);
  if (values === undefined) {
    diagnostics.push(problem(getEntry(record, 'type')?.key.loc ?? record.loc, 'missing-value', `the ${type} record has no \`value\` or \`values\``));
    zone.addUnread(owner);
    return;
  }
  if (!(type in MAP_FIELDS) && !TARGET_TYPES.has(type) && type !== 'A' && type !== 'AAAA' && type !== 'TXT' && type !== 'SPF') {
    // ALIAS (resolved by the provider), SSHFP, TLSA, URLFWD, ...: the name exists, its data is not modelled.
    zone.addUnread(owner);
    return;
  }
  const ttlNode = deref(getKey(record, 'ttl') ?? record);
  const ttl = ttlNode?.kind === 'scalar' && typeof ttlNode.value === 'number' && Number.isInteger(ttlNode.value) && ttlNode.value >= 0 ? ttlNode.value : OCTODNS_DEFAULT_TTL;
  const items = values.kind === 'seq' ? values.items : [values];
  const data: RData[] = [];
  const locs: SourceRange[] = [];
  for (const item of items) {
    const built = valueData(type, item);
    // A value of a `values` list is a record of its own, at its line; the one `value` is the record of the entry.
    if ('data' in built) {
      data.push(built.data);
      locs.push(values.kind === 'seq' ? item.loc : loc);
    } else zone.addUnreadable(owner, type, built.text, built.problem, values.kind === 'seq' ? item.loc : loc, built.at ?? item.loc);
  }
  zone.addRecordSet(owner, type, ttl, data, loc, { locs, complete: data.length === items.length });
}

type Built = { data: RData } | { text: string; problem: string; at?: SourceRange };

/** A scalar as text: strings as written, numbers as YAML read them; undefined for anything else. */
function scalarText(node: YamlNode | undefined): string | undefined {
  const scalar = node === undefined ? undefined : deref(node);
  if (scalar?.kind !== 'scalar' || scalar.value === null || typeof scalar.value === 'boolean') return undefined;
  return String(scalar.value);
}

/** A host name octoDNS takes: absolute, with its final dot. */
function targetProblem(text: string): string | undefined {
  if (text.trim() === '') return 'has an empty target';
  if (!text.endsWith('.')) return `names the target ${text} without its final dot, which octoDNS refuses ("missing trailing ."): write ${text}.`;
  return undefined;
}

function valueData(type: string, node: YamlNode): Built {
  const value = deref(node);
  const fields = MAP_FIELDS[type];
  if (fields) {
    if (value?.kind !== 'map') {
      const text = scalarText(node) ?? '';
      return { text, problem: `is written as one text; octoDNS takes each ${type} value as a map of ${fields.map((f) => f.names[0]).join(', ')}` };
    }
    const parts: RecordPart[] = [];
    for (const field of fields) {
      const entry = field.names.map((name) => getEntry(value, name)).find((found) => found !== undefined);
      const written = entry === undefined ? field.optional : scalarText(entry.value);
      const shown = () => parts.map((p) => p.text).join(' ');
      if (written === undefined) return { text: shown(), problem: entry === undefined ? `has no ${field.names[0]}` : `has a ${field.names[0]} that is not a value`, at: entry?.value.loc };
      const at = entry?.value.loc ?? value.loc;
      if (field.kind === 'target') {
        const wrong = targetProblem(written);
        if (wrong !== undefined) return { text: `${shown()} ${written}`.trim(), problem: wrong, at };
      }
      parts.push({ text: field.kind === 'text' ? quotedString(written) : written, loc: at });
    }
    return dataFromParts(type, parts);
  }
  const text = scalarText(node);
  if (text === undefined) return { text: '', problem: `takes each ${type} value as one text` };
  if (type === 'TXT' || type === 'SPF') return { data: { strings: [text.replace(/\\;/g, ';')] } };
  if (TARGET_TYPES.has(type)) {
    const wrong = targetProblem(text);
    if (wrong !== undefined) return { text, problem: wrong };
  }
  return dataFromParts(type, [{ text, loc: node.loc }]);
}
