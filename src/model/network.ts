import type { SourceRange } from '../core/types.js';
import type { AddressRange } from './ip-ranges.js';
import type { Sited } from './topology.js';

/** An address, network, range or `any` as written, with the ranges it stands for. */
export interface SitedAddress {
  text: string;
  ranges: AddressRange[];
  /** `any` (every address of both families). */
  any?: boolean;
  /**
   * A cloud service tag standing for addresses the platform defines (Azure's `Internet`,
   * `VirtualNetwork`, `AzureLoadBalancer`, `AzureCloud.westeurope`; an AWS prefix list or
   * security group): its ranges are not known from the file, so `ranges` is empty and rules
   * that compare address sets do not judge the entry. `Internet` is every public address; `*`
   * and `Any` are written as `any` instead. An `Internet` source is what "open to any address"
   * means for a rule set of a cloud network.
   */
  serviceTag?: string;
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

/**
 * A VPN client profile, from a `kind: VpnProfile` manifest, a WireGuard config or an
 * OpenVPN config. `include` is what enters the tunnel; `exclude` is what bypasses it.
 */
export interface VpnProfile {
  file: string;
  loc: SourceRange;
  source: 'manifest' | 'wireguard' | 'openvpn';
  /** Manifest `name`, else the file name. */
  name: string;
  /**
   * `full` where the profile sends everything into the tunnel: manifest `tunnel: full`,
   * WireGuard `AllowedIPs` of `0.0.0.0/0` or `::/0`, OpenVPN `redirect-gateway`; the range is
   * where it says so. Undefined when nothing says (a split tunnel by its routes).
   */
  tunnel?: Sited<'split' | 'full'>;
  /** Addresses VPN clients get: manifest `clientSubnets`, WireGuard `Address`, OpenVPN `ifconfig`/`server`. */
  clientSubnets: SitedAddress[];
  /** Routed into the tunnel: manifest `include`, WireGuard `AllowedIPs`, OpenVPN `route`/`route-ipv6` without `net_gateway`. */
  include: SitedAddress[];
  /** Bypass the tunnel: manifest `exclude`, OpenVPN `route ... net_gateway`. */
  exclude: SitedAddress[];
  /** WireGuard `Endpoint`, OpenVPN `remote`: host and port as written. */
  endpoints: Array<Sited<string>>;
  /** OpenVPN `route-nopull`: routes pushed by the server are ignored. */
  routeNoPull?: Sited<boolean>;
  dns?: { servers: SitedAddress[]; suffixes: Array<Sited<string>> };
}

export type FirewallDirection = 'inbound' | 'outbound';
/** `other`: a protocol other than these (Azure's `Esp` and `Ah`, an IP protocol number): no ports, matched only by itself. */
export type FirewallProtocol = 'tcp' | 'udp' | 'icmp' | 'any' | 'other';
export type InterfaceType = 'lan' | 'wireless' | 'remoteAccess' | 'any';
export type FirewallProfile = 'domain' | 'private' | 'public' | 'any';

/**
 * One rule of a `kind: FirewallRules` manifest, an Azure network security group or an AWS
 * security group. Absent address and port lists mean `any` (the converter fills them with one
 * `any` entry at the rule's range), as in Windows Firewall.
 *
 * Local and remote are seen from what the rule set guards: for an inbound rule the source is
 * remote and the destination local; for an outbound rule the source is local and the
 * destination remote. So `localPorts` of an inbound rule are the ports it opens on the guarded
 * hosts, `remotePorts` of an outbound rule the ports it lets them reach.
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
  /** Where the rule set orders its rules by number (an Azure NSG's `priority`, lowest first): the number as written. */
  priority?: Sited<number>;
  /** The rule's description or protocol as written, where the source has one (`Tcp`, `-1`), for messages. */
  protocolText?: string;
  /**
   * Ports written as arithmetic (`from_port = 1024 - 65535`, which HCL evaluates to the number
   * -64511): the expression, where it is written, and the number it gave. Such a port opens
   * nothing the writer meant, so it is left out of the port lists.
   */
  portArithmetic?: Array<Sited<string> & { result: number }>;
}

/**
 * Words a rule set's source says about it (the NSG's or security group's name, description,
 * tags; the resource's address), each where it is written: what `guardsDirectRoutingSbc` and
 * similar estate questions read to know what the set protects.
 */
export type RuleSetLabel = Sited<string> & { kind: 'name' | 'description' | 'tag' | 'address' };

export interface FirewallRuleSet {
  file: string;
  loc: SourceRange;
  /** Manifest `name`, else the file name. */
  name: string;
  /**
   * `windows` (default): block beats allow whatever the order; `ordered`: the first matching
   * rule decides, rules in `rules` order (an Azure NSG's rules are sorted by priority);
   * `allow-only`: every rule allows and what none allows is denied (AWS security groups).
   */
  semantics: 'windows' | 'ordered' | 'allow-only';
  /** Where the rules came from, for messages and for the defaults a platform adds. */
  source?: 'manifest' | 'azure-nsg' | 'aws-security-group';
  /**
   * The platform's own rules after the written ones, which the file does not show: an Azure NSG
   * ends with AllowVnetInBound, AllowAzureLoadBalancerInBound, DenyAllInBound (priorities 65000,
   * 65001, 65500) and AllowVnetOutBound, AllowInternetOutBound, DenyAllOutBound. Named here
   * rather than added as rules, so no rule reports on what nobody wrote.
   */
  impliedDefaults?: 'azure-nsg';
  /** What the source says about the set (names, descriptions, tags), for knowing what it guards. */
  labels?: RuleSetLabel[];
  /**
   * False when rules of the set were left out (a value not known without deploying, or one the
   * platform refuses): a rule that needs every rule of the set (is a port open?) does not judge it.
   */
  complete?: boolean;
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
