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
   * A name that stands for addresses the file does not define: a Windows Firewall keyword known
   * only on the machine (`LocalSubnet`, `Internet`, `DNS`, ...) or a cloud service tag the platform
   * defines (Azure's `Internet`, `VirtualNetwork`, `AzureLoadBalancer`, `AzureCloud.westeurope`;
   * an AWS prefix list or security group). `ranges` is empty, and a rule that needs the addresses
   * judges the entry as unknown, never as nothing or everything; only `Internet` means open to
   * any address. (`*` and `Any` are written as `any` instead.)
   */
  keyword?: string;
  loc: SourceRange;
}

/** Ports: a number, a range `a-b`, or `any` (0-65535). */
export interface SitedPorts {
  text: string;
  first: number;
  last: number;
  any?: boolean;
  /**
   * A name that stands for ports chosen on the machine (Windows Firewall's `RPC`,
   * `RPCEPMap`, `IPHTTPSIn`, `Teredo`, ...): `first` is 65536 and `last` 65535, so the entry
   * covers no port a rule could count on.
   */
  keyword?: string;
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
/** `other`: an IP protocol number that is none of the others (GRE 47, ESP 50; Azure's `Esp` and `Ah`): no ports, matched only by itself. */
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
  /** What the rule set guards, when the manifest says (`appliesTo: edge-external`), for role checks. */
  appliesTo?: Sited<string>;
  rules: FirewallRule[];
  /**
   * What happens to traffic no rule matches, where the set says (Windows Firewall's
   * `Set-NetFirewallProfile -DefaultOutboundAction`, `netsh advfirewall set ... firewallpolicy`),
   * in the order written; absent when nothing says (Windows: inbound block, outbound allow).
   */
  defaultActions?: FirewallDefaultAction[];
  /**
   * Where rules the source writes were left out or cannot be trusted: a value known only when a
   * script runs or a configuration is applied, one the platform refuses, a port written as
   * arithmetic. A check that needs every rule of the set (is a port open?) stays silent on it.
   */
  unreadRules?: SourceRange[];
}

/** A default action of a firewall profile for one direction. */
export interface FirewallDefaultAction {
  direction: FirewallDirection;
  action: Sited<'allow' | 'block'>;
  /** The profiles it is set for (`any`: every profile). */
  profiles: Array<Sited<FirewallProfile>>;
  /** The command that sets it. */
  loc: SourceRange;
}

/**
 * A policy-based QoS policy of Windows: the DSCP value it marks traffic with, and what it
 * matches (application, protocol, source and destination ports). From `New-NetQosPolicy`, or
 * from the Group Policy registry values under `HKLM\Software\Policies\Microsoft\Windows\QoS\<name>`
 * whatever wrote them (`.reg` exports, Registry.pol, `reg add`).
 */
export interface QosPolicy {
  file: string;
  loc: SourceRange;
  name: Sited<string>;
  /** The executable it matches, as written (`ms-teams.exe`, `C:\...\lync.exe`); absent: every application. */
  application?: Sited<string>;
  protocol: Sited<'tcp' | 'udp' | 'any'>;
  /** Source (local) ports it matches; absent: any. */
  localPorts?: SitedPorts;
  /** Destination (remote) ports it matches; absent: any. */
  remotePorts?: SitedPorts;
  /** DSCP value 0-63; absent when the policy sets none (a throttle-only policy). */
  dscp?: Sited<number>;
  /** Values of the policy that could not be read, each with what is wrong (`"Local Port" '70000' is out of range`). */
  unreadable?: Array<Sited<string>>;
}

export type CandidateType = 'host' | 'prflx' | 'srflx' | 'relay';

/**
 * `kind: MediaPolicy`, or a client media configuration (`Set-CsTeamsMeetingConfiguration`,
 * `Set-CsConferencingConfiguration`, `Set-CsMediaConfiguration`): how clients gather and rank
 * ICE candidates, which ports they take media from, and how they mark it.
 */
export interface MediaPolicy {
  file: string;
  loc: SourceRange;
  /** The client the configuration is for, when its source says (the Teams or the Lync / Skype for Business cmdlets). */
  product?: 'teams' | 'lync';
  /** `-ClientMediaPortRangeEnabled`: clients take media ports from `portRanges` only when on (off: any port 1024-65535). */
  portRangesEnabled?: Sited<boolean>;
  /** `-EnableQoS`: clients mark their media with DSCP. */
  qosEnabled?: Sited<boolean>;
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
