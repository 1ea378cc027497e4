/**
 * Network analysis benchmark: tunnel coverage of VPN profiles, firewall coverage and the
 * shadow analysis of firewall rules over
 * 1k and 10k routes and rules (IPv4 and IPv6), with how the time grows for 10x the input
 * (the analysis uses address sets, so the target is at most 15x). Times are the median of
 * several runs in this process; the growth ratio compares runs of the same process.
 *
 * Usage: npm run bench (runs before the zone benchmark)
 */
import { AddressSet, parseAddressSpec, type AddressRange } from '../src/model/ip-ranges.js';
import { TunnelCoverage } from '../src/estate/tunnel.js';
import type { FirewallRule, FirewallRuleSet, SitedAddress, SitedPorts, VpnProfile } from '../src/model/network.js';
import { Estate } from '../src/estate/estate.js';
import shadowedRule from '../rules/firewall/shadowed-rule.js';
import { time } from './timing.js';

const loc = { file: 'bench.yml', line: 1, column: 1, endLine: 1, endColumn: 2 };

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random networks: three in four IPv4 (/16 to /30), one in four IPv6 (/32 to /64). */
function networks(count: number, seed: number): SitedAddress[] {
  const random = prng(seed);
  const out: SitedAddress[] = [];
  while (out.length < count) {
    let text: string;
    if (random() < 0.75) {
      const prefix = 16 + Math.floor(random() * 15);
      const value = Math.floor(random() * 2 ** 32) >>> 0;
      const network = prefix === 0 ? 0 : (value >>> (32 - prefix)) << (32 - prefix);
      text = `${(network >>> 24) & 255}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
    } else {
      const prefix = 32 + Math.floor(random() * 33);
      const groups = Array.from({ length: 4 }, () => Math.floor(random() * 65536).toString(16));
      const parsed = parseAddressSpec(`2001:${groups.join(':')}::/64`);
      if (!('ranges' in parsed)) continue;
      const first = parsed.ranges[0].first >> BigInt(128 - prefix) << BigInt(128 - prefix);
      out.push({ text: `v6/${prefix}`, ranges: [{ family: 6, first, last: first + (1n << BigInt(128 - prefix)) - 1n }], loc });
      continue;
    }
    const parsed = parseAddressSpec(text);
    if ('ranges' in parsed) out.push({ text, ranges: parsed.ranges, loc });
  }
  return out;
}

/** Tunnel coverage: build the tunnel set of a profile of `n` include and n/10 exclude routes, then test 1,000 addresses. */
function tunnelCoverage(n: number): number {
  const profile: VpnProfile = { file: 'bench', loc, source: 'manifest', name: 'bench', clientSubnets: [], include: networks(n, 1), exclude: networks(n / 10, 2), endpoints: [] };
  const probes: AddressRange[] = networks(1000, 3).map((a) => ({ ...a.ranges[0], last: a.ranges[0].first }));
  return time(() => {
    const coverage = new TunnelCoverage(profile);
    let captured = 0;
    for (const probe of probes) if (coverage.captures(probe)) captured++;
    if (captured < 0) throw new Error('unreachable');
  });
}

/** Firewall coverage: the remote addresses `n` block rules cover, and what of 1,000 subnets they leave open. */
function firewallCoverage(n: number): number {
  const remote = networks(n, 4);
  const wanted = AddressSet.of(networks(1000, 5).flatMap((a) => a.ranges));
  // Ten analyses a run, so the 1k case is not lost in timer and collector noise.
  return time(() => {
    for (let i = 0; i < 10; i++) {
      const blocked = AddressSet.of(remote.flatMap((a) => a.ranges));
      if (wanted.difference(blocked).ranges().length < 0) throw new Error('unreachable');
    }
  }, 11);
}

/** Rules of a realistic mix: a few programs, both directions and protocols, port ranges, random remote networks. */
function firewallRules(n: number, semantics: 'windows' | 'ordered'): FirewallRuleSet {
  const random = prng(6);
  const remote = networks(n, 7);
  const sited = <T>(value: T) => ({ value, loc });
  const anyPorts: SitedPorts = { text: 'any', first: 0, last: 65535, any: true, loc };
  const rules: FirewallRule[] = remote.map((address, index) => ({
    index,
    loc,
    name: sited(`rule-${index}`),
    direction: sited(random() < 0.5 ? 'inbound' : 'outbound'),
    action: sited(random() < 0.5 ? 'allow' : 'block'),
    program: random() < 0.5 ? sited(`app${Math.floor(random() * 4)}.exe`) : undefined,
    protocol: sited((['tcp', 'udp', 'any'] as const)[Math.floor(random() * 3)]),
    localAddresses: [{ text: 'any', ranges: [], any: true, loc }],
    remoteAddresses: [address],
    localPorts: [random() < 0.5 ? anyPorts : { text: '50000-59999', first: 50000, last: 59999, loc }],
    remotePorts: [anyPorts],
    interfaceTypes: [sited('any')],
    profiles: [sited('any')],
    enabled: true,
  }));
  return { file: 'bench.yml', loc, name: 'bench', semantics, rules };
}

/** Shadow analysis: firewall/shadowed-rule over one rule set of `n` rules. */
function shadowAnalysis(n: number, semantics: 'windows' | 'ordered'): number {
  const estate = new Estate({ firewallRuleSets: [firewallRules(n, semantics)] });
  return time(() => {
    shadowedRule.check({ estate, options: {}, now: new Date(0), report: () => {}, notChecked: () => {} });
  });
}

const rows: string[] = [];
for (const [name, measure] of [
  ['tunnel coverage (routes)', tunnelCoverage],
  ['firewall coverage (rules)', firewallCoverage],
  ['shadow analysis, windows', (n: number) => shadowAnalysis(n, 'windows')],
  ['shadow analysis, ordered', (n: number) => shadowAnalysis(n, 'ordered')],
] as const) {
  const small = measure(1000);
  const large = measure(10000);
  rows.push(`${name.padEnd(28)} 1k: ${small.toFixed(2).padStart(8)} ms   10k: ${large.toFixed(2).padStart(8)} ms   growth for 10x input: ${(large / small).toFixed(1)}x (target <= 15x)`);
}
console.log('Network analysis (median of 7 runs each; firewall coverage: 11 runs of 10 analyses)');
for (const row of rows) console.log(row);
