/**
 * The addresses and ports of Teams Direct Routing, per Microsoft 365 cloud, from Microsoft's
 * "Plan Direct Routing" (SIP signaling: FQDNs, IP addresses and ports; Media traffic: IP
 * address ranges and port ranges), as of the August 2026 revision. The SIP proxies and the
 * media processors of a cloud use the same ranges. The worldwide ranges are the IPv4 networks
 * of the newest Microsoft 365 Optimize list (`m365-optimize.ts`, which `npm run update-data`
 * refreshes from Microsoft's endpoints web service); a test keeps the two in step.
 *
 * GCC (moderate) tenants use the worldwide service. The cloud operated by 21Vianet and the
 * closed Microsoft Cloud Deutschland have no ranges here: a rule says it cannot check them.
 */
import type { M365CloudName } from './m365-clouds.js';

export interface DirectRoutingCloud {
  /** The SIP proxies' FQDNs, for messages. */
  sipProxies: readonly string[];
  /** Networks the SIP proxies and the media processors use. */
  ranges: readonly string[];
}

export const DIRECT_ROUTING: Partial<Record<M365CloudName, DirectRoutingCloud>> = {
  worldwide: { sipProxies: ['sip.pstnhub.microsoft.com', 'sip2.pstnhub.microsoft.com', 'sip3.pstnhub.microsoft.com'], ranges: ['52.112.0.0/14', '52.122.0.0/15'] },
  'gcc-high': { sipProxies: ['sip.gov.teams.microsoft.us'], ranges: ['52.127.88.0/21'] },
  dod: { sipProxies: ['sip.dod.teams.microsoft.us'], ranges: ['52.127.64.0/21'] },
};

/**
 * Worldwide networks "Plan Direct Routing" also lists for the SIP proxies and media processors
 * (`52.112.0.0/14` and `52.120.0.0/14`, of which the Optimize list's `52.122.0.0/15` is a part): a
 * firewall that takes SIP from them takes it from Direct Routing, so a source in them is never a
 * finding; what media must reach stays the ranges both lists name (`ranges` above).
 */
export const ALSO_LISTED_DIRECT_ROUTING_RANGES: readonly string[] = ['52.120.0.0/14'];

/** The SIP/TLS port Microsoft's SIP proxies listen on; the SBC's own port is defined on the SBC. */
export const MICROSOFT_SIP_PROXY_PORT = 5061;

/** The media processors' UDP ports (Plan Direct Routing, media traffic: port ranges). */
export const MEDIA_PROCESSOR_PORTS = [
  { first: 3478, last: 3481 },
  { first: 49152, last: 53247 },
] as const;
