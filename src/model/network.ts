import type { SourceRange } from '../core/types.js';
import type { AddressRange } from './ip-ranges.js';
import type { Sited } from './topology.js';

/** An address, network, range or `any` as written, with the ranges it stands for. */
export interface SitedAddress {
  text: string;
  ranges: AddressRange[];
  /** `any` (every address of both families). */
  any?: boolean;
  loc: SourceRange;
}

/** Ports: a number, a range `a-b`, or `any` (0-65535). */
export interface SitedPorts {
  text: string;
  first: number;
  last: number;
  any?: boolean;
  loc: SourceRange;
}

/** The kind of file a VPN profile was read from. */
export type VpnProfileSource = 'manifest' | 'wireguard' | 'openvpn' | 'profile-xml' | 'cisco-asa';

/**
 * A VPN client profile, from a `kind: VpnProfile` manifest, a WireGuard config, an OpenVPN
 * config, an Always On VPN ProfileXML (a file, an Intune/CSP SyncML export, a PowerShell
 * script) or a Cisco ASA group policy (a running-config, ASA lines in Ansible YAML).
 * `include` is what enters the tunnel; `exclude` is what bypasses it.
 */
export interface VpnProfile {
  file: string;
  loc: SourceRange;
  source: VpnProfileSource;
  /** Manifest `name`, ProfileXML `ProfileName` (or the CSP node's name), the ASA group policy's name, else the file name. */
  name: string;
  /** Always On VPN: a user tunnel, or a device tunnel (`DeviceTunnel` true), which connects before sign-in. Undefined where the format does not say. */
  tunnelKind?: 'user' | 'device';
  /**
   * `full` where the profile sends everything into the tunnel: manifest `tunnel: full`,
   * WireGuard `AllowedIPs` of `0.0.0.0/0` or `::/0`, OpenVPN `redirect-gateway`, ProfileXML
   * `RoutingPolicyType` `ForceTunnel`, ASA `split-tunnel-policy tunnelall` or
   * `excludespecified`; the range is where it says so, and `how` says it in the format's words
   * when the source alone does not (`split-tunnel-policy excludespecified`). Undefined when
   * nothing says (a split tunnel by its routes).
   */
  tunnel?: Sited<'split' | 'full'> & { how?: string };
  /** Addresses VPN clients get: manifest `clientSubnets`, WireGuard `Address`, OpenVPN `ifconfig`/`server`, the ASA pools (`ip local pool`) a group policy or its tunnel group names. */
  clientSubnets: SitedAddress[];
  /** Routed into the tunnel: manifest `include`, WireGuard `AllowedIPs`, OpenVPN `route`/`route-ipv6` without `net_gateway`, ProfileXML `Route`, an ASA `tunnelspecified` list. */
  include: SitedAddress[];
  /** Bypass the tunnel: manifest `exclude`, OpenVPN `route ... net_gateway`, ProfileXML `Route` with `ExclusionRoute`, an ASA `excludespecified` list. */
  exclude: SitedAddress[];
  /** WireGuard `Endpoint`, OpenVPN `remote`, ProfileXML `Servers`: host (and port) as written. */
  endpoints: Array<Sited<string>>;
  /** OpenVPN `route-nopull`: routes pushed by the server are ignored. */
  routeNoPull?: Sited<boolean>;
  dns?: { servers: SitedAddress[]; suffixes: Array<Sited<string>> };
}

export type FirewallDirection = 'inbound' | 'outbound';
export type FirewallProtocol = 'tcp' | 'udp' | 'icmp' | 'any';
export type InterfaceType = 'lan' | 'wireless' | 'remoteAccess' | 'any';
export type FirewallProfile = 'domain' | 'private' | 'public' | 'any';

/**
 * One rule of a `kind: FirewallRules` manifest. Absent address and port lists mean `any`
 * (the converter fills them with one `any` entry at the rule's range), as in Windows Firewall.
 */
export interface FirewallRule {
  /** Position in its rule set (0-based), for ordered semantics. */
  index: number;
  loc: SourceRange;
  name: Sited<string>;
  direction: Sited<FirewallDirection>;
  action: Sited<'allow' | 'block'>;
  program?: Sited<string>;
  protocol: Sited<FirewallProtocol>;
  localAddresses: SitedAddress[];
  remoteAddresses: SitedAddress[];
  localPorts: SitedPorts[];
  remotePorts: SitedPorts[];
  interfaceTypes: Array<Sited<InterfaceType>>;
  profiles: Array<Sited<FirewallProfile>>;
  enabled: boolean;
}

export interface FirewallRuleSet {
  file: string;
  loc: SourceRange;
  /** Manifest `name`, else the file name. */
  name: string;
  /** `windows` (default): block beats allow whatever the order; `ordered`: the first matching rule decides. */
  semantics: 'windows' | 'ordered';
  /** What the rule set guards, when the manifest says (`appliesTo: edge-external`), for role checks. */
  appliesTo?: Sited<string>;
  rules: FirewallRule[];
}

export type CandidateType = 'host' | 'prflx' | 'srflx' | 'relay';

/** `kind: MediaPolicy`: how clients gather and rank ICE candidates and mark media. */
export interface MediaPolicy {
  file: string;
  loc: SourceRange;
  /** Type preferences 0-126 by candidate type; an ordered list is converted to descending values. */
  candidateTypePreference?: Partial<Record<CandidateType, Sited<number>>>;
  transportOrder: Array<Sited<'udp' | 'tcp'>>;
  /** Interfaces not used for candidates: types (`remoteAccess`, `wireless`) or subnets. */
  excludeInterfaces: Array<Sited<string> & { address?: SitedAddress }>;
  /** Port range per media type (`audio`, `video`, `sharing`, ...). */
  portRanges: Record<string, SitedPorts>;
  /** DSCP value per media type. */
  dscp: Record<string, Sited<number>>;
  /** Concurrent calls a client must carry, for port-count checks. */
  concurrentCalls?: Sited<number>;
}

/** One `a=candidate` line (RFC 8445, RFC 6544 for TCP). */
export interface IceCandidate {
  loc: SourceRange;
  foundation: string;
  component: number;
  transport: 'udp' | 'tcp';
  priority: number;
  address: string;
  port: number;
  type: CandidateType;
  tcpType?: 'active' | 'passive' | 'so';
  relatedAddress?: string;
  relatedPort?: number;
  /** Index of the `m=` section it belongs to (-1 before the first). */
  media: number;
}

export interface SdpMedia {
  loc: SourceRange;
  type: string;
  port: number;
  protocol: string;
  /** `c=` of the section, else the session's. */
  connection?: Sited<string>;
}

/** An SDP offer or answer: media sections and candidates in order of appearance. */
export interface SdpSession {
  file: string;
  connection?: Sited<string>;
  media: SdpMedia[];
  candidates: IceCandidate[];
}
