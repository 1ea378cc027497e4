import type { Located } from '../core/types.js';
import { AddressSet, type AddressRange } from '../model/ip-ranges.js';
import type { SitedAddress, VpnProfile } from '../model/network.js';

const EVERYTHING: AddressRange[] = [
  { family: 4, first: 0n, last: (1n << 32n) - 1n },
  { family: 6, first: 0n, last: (1n << 128n) - 1n },
];

/** What a VPN profile sends into its tunnel, as one address set, and which line says so for any address. */
const coverageByProfile = new WeakMap<VpnProfile, TunnelCoverage>();

/** A profile's tunnel, computed once: three rules ask for it, each for every profile. */
export function tunnelCoverageOf(profile: VpnProfile): TunnelCoverage {
  let coverage = coverageByProfile.get(profile);
  if (coverage === undefined) {
    coverage = new TunnelCoverage(profile);
    coverageByProfile.set(profile, coverage);
  }
  return coverage;
}

export class TunnelCoverage {
  readonly tunnel: AddressSet;

  constructor(readonly profile: VpnProfile) {
    const full = profile.tunnel?.value === 'full';
    const included = full ? AddressSet.of(EVERYTHING) : AddressSet.of(profile.include.flatMap((i) => i.ranges));
    this.tunnel = included.difference(AddressSet.of(profile.exclude.flatMap((e) => e.ranges)));
  }

  captures(range: AddressRange): boolean {
    return this.tunnel.overlaps(range);
  }

  /**
   * The line that puts the range into the tunnel: the narrowest include route holding it, else
   * the first route holding part of it (routes that only together cover the range), else the
   * full-tunnel setting. Asked only for the few ranges the tunnel captures (one finding each), so
   * a pass over the routes here is no pairwise loop.
   */
  routeFor(range: AddressRange): Located | undefined {
    let best: { route: SitedAddress; width: bigint } | undefined;
    let overlapping: SitedAddress | undefined;
    for (const route of this.profile.include) {
      for (const r of route.ranges) {
        if (r.family !== range.family || r.first > range.last || r.last < range.first) continue;
        overlapping ??= route;
        if (r.first > range.first || r.last < range.last) continue;
        const width = r.last - r.first;
        if (!best || width < best.width) best = { route, width };
      }
    }
    return best?.route ?? overlapping ?? (this.profile.tunnel?.value === 'full' ? this.profile.tunnel : undefined);
  }
}
