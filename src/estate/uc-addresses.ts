import type { Located } from '../core/types.js';
import type { Estate } from './estate.js';
import { addressRange, type AddressRange } from '../model/ip-ranges.js';
import { nonPublicRangeOf } from './addresses.js';
import { displayName } from '../model/names.js';
import { simpleUrlHost } from '../model/topology.js';

/** A public address of the UC service, with where the estate publishes it. */
export interface UcAddress {
  address: string;
  range: AddressRange;
  /** The name it serves (`sip.contoso.com`), or the topology field. */
  name: string;
  role: string;
  /** The record or topology value that publishes it. */
  source: Located;
}

/** Names below each SIP domain that reach the Edge, the reverse proxy or Exchange when they exist. */
const CONVENTIONAL_NAMES: Array<[string, string]> = [
  ['sip', 'Access Edge'],
  ['webconf', 'Web Conferencing Edge'],
  ['av', 'A/V Edge'],
  ['lyncdiscover', 'reverse proxy (mobility)'],
  ['meet', 'simple URL'],
  ['dialin', 'simple URL'],
  ['autodiscover', 'Exchange Autodiscover'],
];

/**
 * Every public address of the UC service: the topology's Edge and reverse-proxy addresses and
 * the external-view addresses of its Edge, reverse proxy, simple URL and Exchange names; and,
 * from the zones, the external addresses of `_sip._tls` and `_sipfederationtls._tcp` targets
 * and of the conventional names below each SIP domain. Private addresses are left out (they
 * are dns/private-address-external's concern); each address is listed once, first source first.
 */
const publicAddressesByEstate = new WeakMap<Estate, UcAddress[]>();

/** Computed once per estate: the vpn and firewall rules each ask for it. */
export function ucPublicAddresses(estate: Estate): UcAddress[] {
  let addresses = publicAddressesByEstate.get(estate);
  if (addresses === undefined) {
    addresses = findUcPublicAddresses(estate);
    publicAddressesByEstate.set(estate, addresses);
  }
  return addresses;
}

function findUcPublicAddresses(estate: Estate): UcAddress[] {
  const out = new Map<string, UcAddress>();
  const add = (address: string, name: string, role: string, source: Located) => {
    const range = addressRange(address);
    if (!range || out.has(address) || nonPublicRangeOf(address) !== undefined) return;
    out.set(address, { address, range, name, role, source });
  };
  const resolveExternal = (name: string, role: string) => {
    for (const record of estate.resolve(name, { view: 'external' }).addresses) add(record.data.address, displayName(name), role, record);
  };
  for (const topology of estate.topologies) {
    for (const edge of topology.edges) {
      for (const [key, role] of [['access', 'Access Edge'], ['webConferencing', 'Web Conferencing Edge'], ['av', 'A/V Edge']] as const) {
        const name = edge.external[key];
        if (!name) continue;
        for (const address of name.addresses ?? (name.ip ? [name.ip] : [])) add(address.value, name.fqdn.value, role, address);
        resolveExternal(name.fqdn.value, role);
      }
    }
    const proxy = topology.reverseProxy;
    if (proxy) {
      if (proxy.ip) add(proxy.ip.value, proxy.fqdn.value, 'reverse proxy', proxy.ip);
      resolveExternal(proxy.fqdn.value, 'reverse proxy');
    }
    for (const url of [...topology.simpleUrls.meet, ...topology.simpleUrls.dialin, ...topology.simpleUrls.admin]) {
      const host = simpleUrlHost(url.value);
      if (host) resolveExternal(host, 'simple URL');
    }
    if (topology.exchange?.autodiscover) resolveExternal(topology.exchange.autodiscover.value, 'Exchange Autodiscover');
    if (topology.exchange?.ews) resolveExternal(topology.exchange.ews.value, 'Exchange Web Services');
  }
  for (const { record, service } of estate.srvServices()) {
    if (record.zone.view !== 'external' || (service !== '_sip._tls' && service !== '_sipfederationtls._tcp')) continue;
    const target = (record.data as { target: string }).target;
    if (target !== '.') resolveExternal(target, 'Access Edge');
  }
  for (const domain of estate.sipDomains()) {
    for (const [label, role] of CONVENTIONAL_NAMES) resolveExternal(`${label}.${displayName(domain)}`, role);
  }
  return [...out.values()];
}

/**
 * The internal addresses of the UC servers: the topology's pools and their servers and the
 * Edge's internal interface, and the targets of `_sipinternaltls._tcp`, as the internal view
 * resolves them. These are what VPN clients must not reach directly ("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel").
 */
export function ucServerAddresses(estate: Estate): UcAddress[] {
  const out = new Map<string, UcAddress>();
  const resolveInternal = (name: string, role: string) => {
    for (const record of estate.resolve(name, { view: 'internal' }).addresses) {
      const range = addressRange(record.data.address);
      if (range && !out.has(record.data.address)) out.set(record.data.address, { address: record.data.address, range, name: displayName(name), role, source: record });
    }
  };
  for (const topology of estate.topologies) {
    for (const pool of topology.pools) {
      resolveInternal(pool.fqdn.value, `${pool.role?.value ?? 'pool'} pool`);
      for (const server of pool.servers) resolveInternal(server.fqdn.value, `${pool.role?.value ?? 'pool'} server`);
    }
    for (const edge of topology.edges) if (edge.internal) resolveInternal(edge.internal.fqdn.value, 'Edge internal interface');
  }
  for (const { record, service } of estate.srvServices()) {
    if (service !== '_sipinternaltls._tcp' || record.zone.view !== 'internal') continue;
    const target = (record.data as { target: string }).target;
    if (target !== '.') resolveInternal(target, 'pool');
  }
  return [...out.values()];
}
