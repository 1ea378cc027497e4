/**
 * What the BIND configurations of a tree say about its zone files: each `zone "NAME" { file
 * "PATH"; }` gives the origin of the file it names, found in the tree (an absolute path written
 * for the server by its tail, a relative one through `options { directory }`), and a `view`
 * around it gives the view: by its name (`internal`, `outside`), or by `match-clients` holding
 * only private ranges (internal) or `any` beside an internal view (external). Every placement
 * says what it rests on.
 */
import ipaddr from 'ipaddr.js';
import path from 'node:path';
import type { DnsName, View } from '../../model/dns.js';
import type { AddressMatchElement, NamedConf, NamedConfView, NamedConfZone } from './model.js';
import { listOf } from '../../core/words.js';
import { viewWordsIn, type Side } from '../../model/view-words.js';
import type { EstateFile } from '../../model/files.js';
import type { LoadContext } from '../shared/format.js';

/** The origin and view named.conf gives one zone file. */
export interface Placement {
  origin: DnsName;
  originEvidence: string;
  /** The side of the views that serve the file; `unknown` when it is served on both sides. */
  view?: Side | 'unknown';
  viewEvidence?: string;
}

/**
 * Zone types whose `file` holds zone data in master-file format that the server reads or
 * writes (`native` is PowerDNS's, whose BIND backend reads named.conf).
 */
const ZONE_TYPES_WITH_DATA = new Set(['master', 'primary', 'slave', 'secondary', 'mirror', 'stub', 'redirect', 'hint', 'native']);

/** The side a view serves, and why (`(its name)`, `matches only private clients (...)`). */
interface ViewSide {
  side: Side;
  reason: string;
}

/**
 * Placements of the tree's zone files by the given configurations (those not included by
 * another, each with what it includes). A file named by several zone statements keeps the
 * first origin; its view is kept only when every statement that names it agrees.
 */
export function placeZoneFiles(confs: readonly NamedConf[], findInTree: LoadContext['findInTree']): Map<string, Placement> {
  /** Per file, the zone statements that name it, with the side of each one's view. */
  const named = new Map<string, Array<{ zone: NamedConfZone; side: ViewSide | undefined }>>();
  for (const conf of confs) {
    if (conf.template) continue;
    const sides = new Map<NamedConfView, ViewSide | undefined>();
    for (const view of conf.views) sides.set(view, ownSide(view, conf));
    // `any` is the outside only beside a view that is the inside: one view alone is no split.
    const hasInternal = [...sides.values()].some((s) => s?.side === 'internal');
    for (const view of conf.views) {
      if (sides.get(view) !== undefined || !hasInternal || !matchesAny(view, conf)) continue;
      sides.set(view, { side: 'external', reason: 'serves it, and matches any client beside an internal view' });
    }
    for (const zone of conf.zones) {
      if (!zone.file || zone.inView !== undefined || (zone.type !== undefined && !ZONE_TYPES_WITH_DATA.has(zone.type))) continue;
      const file = zoneFileInTree(zone, conf.file, findInTree);
      if (file === undefined) continue;
      const entry = { zone, side: zone.view ? sides.get(zone.view) : undefined };
      const list = named.get(file);
      if (list) list.push(entry);
      else named.set(file, [entry]);
    }
  }
  const placements = new Map<string, Placement>();
  for (const [file, entries] of named) {
    const [{ zone }] = entries;
    const placement: Placement = { origin: zone.name, originEvidence: `${zone.loc.file}:${zone.loc.line}: zone "${zone.written}"` };
    if (entries.length > 1) placement.originEvidence += ` (and ${entries.length - 1} other zone statement${entries.length === 2 ? '' : 's'})`;
    // A statement outside any view (or in a view that says no side) says nothing of the side.
    const sided = entries.filter((e) => e.side !== undefined);
    const sides = new Set(sided.map((e) => e.side?.side));
    if (sides.size === 1) {
      const { zone: first, side } = sided[0];
      placement.view = (side as ViewSide).side;
      placement.viewEvidence = `${first.loc.file}:${first.loc.line}: view "${first.view?.name}" ${(side as ViewSide).reason}`;
    } else if (sides.size > 1) {
      const views = [...new Set(sided.map((e) => `"${e.zone.view?.name}"`))];
      placement.view = 'unknown';
      placement.viewEvidence = `${zone.loc.file}:${zone.loc.line}: served by views of both sides (${listOf(views)})`;
    } else if (zone.view) {
      placement.viewEvidence = `${zone.loc.file}:${zone.loc.line}: view "${zone.view.name}" serves it (a view whose name and match-clients say no side)`;
    }
    placements.set(file, placement);
  }
  return placements;
}

/**
 * The tree file a zone statement's `file` names: a relative path through `options { directory }`
 * when it is given (then found by its tail, as a path of the server), else next to the
 * named.conf or at the root; an absolute path as it is when inside the tree, else by its tail.
 */
function zoneFileInTree(zone: NamedConfZone, confFile: string, findInTree: LoadContext['findInTree']): string | undefined {
  const written = (zone.file as { path: string }).path;
  const full = zone.directory !== undefined && !path.posix.isAbsolute(written) && !/^[A-Za-z]:[\\/]/.test(written) ? path.posix.join(zone.directory, written) : written;
  // The configuration's own directory is the top of that server's files.
  const found = findInTree(full, zone.loc.file, path.posix.dirname(confFile) === '.' ? '' : path.posix.dirname(confFile));
  return 'file' in found ? found.file : undefined;
}

/** The side a view's own name or its `match-clients` says. */
function ownSide(view: NamedConfView, conf: NamedConf): ViewSide | undefined {
  const words = new Set(viewWordsIn(view.name));
  if (words.size === 1) {
    const [side] = words;
    return { side, reason: 'serves it (its name)' };
  }
  if (words.size > 1 || !view.matchClients) return undefined;
  const positives = flatten(view.matchClients, conf, new Set());
  if (positives === undefined || positives.length === 0) return undefined;
  if (positives.every((element) => isPrivateElement(element))) {
    return { side: 'internal', reason: `serves it, and matches only private clients (${listOf(positives.slice(0, 4))}${positives.length > 4 ? ', ...' : ''})` };
  }
  return undefined;
}

/** True when the view matches every client: no `match-clients` (BIND's default), or one holding `any`. */
function matchesAny(view: NamedConfView, conf: NamedConf): boolean {
  if (!view.matchClients) return true;
  return (flatten(view.matchClients, conf, new Set()) ?? []).includes('any');
}

/**
 * The elements a list admits, ACL names expanded; negated elements leave nothing to admit and
 * are left out. Undefined when an element cannot be judged (a key, geoip, an unknown name).
 */
function flatten(elements: readonly AddressMatchElement[], conf: NamedConf, seen: Set<string>): string[] | undefined {
  const out: string[] = [];
  for (const element of elements) {
    if (element.negated) continue;
    switch (element.kind) {
      case 'address':
        out.push(element.value);
        break;
      case 'list': {
        const inner = flatten(element.elements ?? [], conf, seen);
        if (inner === undefined) return undefined;
        out.push(...inner);
        break;
      }
      case 'name': {
        const name = element.value.toLowerCase();
        if (name === 'any' || name === 'localhost' || name === 'localnets') {
          out.push(name);
          break;
        }
        if (name === 'none') break;
        const acl = conf.acls.get(name);
        if (acl === undefined || seen.has(name)) return undefined;
        const inner = flatten(acl, conf, new Set([...seen, name]));
        if (inner === undefined) return undefined;
        out.push(...inner);
        break;
      }
      default:
        return undefined;
    }
  }
  return out;
}

/** Private, unique-local, loopback and link-local ranges, and the server's own networks: clients on the inside. */
const INSIDE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', 'fc00::/7', 'fe80::/10', '::1/128'].map((r) =>
  ipaddr.parseCIDR(r),
);

function isPrivateElement(element: string): boolean {
  if (element === 'localhost' || element === 'localnets') return true;
  const prefix = cidrOf(element);
  if (prefix === undefined) return false;
  const [address, length] = prefix;
  return INSIDE_RANGES.some(([network, networkLength]) => address.kind() === network.kind() && length >= networkLength && address.match(network, networkLength));
}

/** An address or prefix as BIND writes it (`10/8`, `192.168.1/24`, `2001:db8::/32`, a bare address). */
function cidrOf(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined {
  const [address, length] = text.split('/');
  let full = address;
  if (!address.includes(':')) {
    const octets = address.split('.');
    if (octets.length < 4) full = [...octets, ...Array(4 - octets.length).fill('0')].join('.');
  }
  if (!ipaddr.isValid(full)) return undefined;
  const parsed = ipaddr.parse(full);
  const bits = length === undefined ? (parsed.kind() === 'ipv4' ? 32 : 128) : Number(length);
  if (!Number.isInteger(bits) || bits < 0 || bits > (parsed.kind() === 'ipv4' ? 32 : 128)) return undefined;
  return [parsed, bits];
}

/**
 * The discovered files with what named.conf says applied, by precedence: the config's `zones`
 * and `views` stay; named.conf replaces what the file name or a directory suggested. A tree file
 * that named.conf names as a zone's file and discovery did not take for one becomes one.
 */
export function applyPlacements(files: readonly EstateFile[], placements: ReadonlyMap<string, Placement>, isText: (file: string) => boolean): EstateFile[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const out: EstateFile[] = [];
  for (const file of files) {
    const placement = placements.get(file.file);
    out.push(placement && file.kind === 'zone' ? placed(file, placement) : file);
  }
  for (const [file, placement] of placements) {
    // A secondary zone's copy is often in BIND's binary `raw` format: not a master file.
    if (byFile.has(file) || !isText(file)) continue;
    out.push(placed({ file, kind: 'zone', view: 'unknown', viewSource: 'none' }, placement));
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function placed(file: EstateFile, placement: Placement): EstateFile {
  const result: EstateFile = { ...file };
  if (result.originSource !== 'config') {
    result.origin = placement.origin;
    result.originSource = 'named-conf';
    result.originEvidence = placement.originEvidence;
  }
  if (result.viewSource !== 'config' && placement.view) {
    result.view = placement.view satisfies View;
    result.viewSource = 'named-conf';
    result.viewEvidence = placement.viewEvidence;
  } else if (result.viewSource === 'none' && placement.viewEvidence) {
    // A view that says no side is still worth showing.
    result.viewEvidence = placement.viewEvidence;
  }
  return result;
}
