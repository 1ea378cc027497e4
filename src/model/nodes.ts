/**
 * The nodes a format's load gives, one list per kind: what the Estate is built from, whatever
 * format each node came from. A format fills the lists it has nodes for and leaves the rest out.
 */
import type { Located, SourceRange } from '../core/types.js';
import type { Certificate } from './certificate.js';
import type { ZoneFile } from './dns.js';
import type { FirewallRuleSet, MediaPolicy, QosPolicy, SdpSession, VpnProfile } from './network.js';
import type { PrivateKey } from './private-key.js';
import type { RegistryFile } from './registry.js';
import type { Topology } from './topology.js';

/**
 * A value a format read but cannot know without running something (a Terraform data source, a
 * module's output, a template's parameter): the format says so instead of guessing, and the
 * report lists it as a "not checked" note of the format (`parse/<format>`), once per file and
 * expression.
 */
export interface NotCheckedNote extends Located {
  /** The format's name (the `kind` of its files). */
  format: string;
  /** The expression as written (`data.azurerm_dns_zone.main.name`), what the note is about. */
  expression: string;
  /**
   * Why it is not known, in words that follow the expression: the report says
   * "not checked: <expression> <reason>" (`is read from the provider when the plan is applied, so
   * the name of this record is not known`).
   */
  reason: string;
}

export interface ModelNodes {
  /** DNS zones with their records: zone files, and zones that other formats declare or add records to. */
  zones: ZoneFile[];
  /** Certificates: committed files, and the entries of certificate manifests (a linked file's entry is merged into it when the Estate is built). */
  certificates: Certificate[];
  topologies: Topology[];
  /** Client-policy values: registry exports. */
  registry: RegistryFile[];
  vpnProfiles: VpnProfile[];
  firewallRuleSets: FirewallRuleSet[];
  mediaPolicies: MediaPolicy[];
  /** Windows policy-based QoS policies a format reads (`New-NetQosPolicy`); the Estate adds those of the Group Policy registry values. */
  qosPolicies: QosPolicy[];
  sdpSessions: SdpSession[];
  privateKeys: PrivateKey[];
  notes: NotCheckedNote[];
}

export const NODE_KINDS = ['zones', 'certificates', 'topologies', 'registry', 'vpnProfiles', 'firewallRuleSets', 'mediaPolicies', 'qosPolicies', 'sdpSessions', 'privateKeys', 'notes'] as const satisfies ReadonlyArray<keyof ModelNodes>;

/** An empty bag. */
export function emptyNodes(): ModelNodes {
  return { zones: [], certificates: [], topologies: [], registry: [], vpnProfiles: [], firewallRuleSets: [], mediaPolicies: [], qosPolicies: [], sdpSessions: [], privateKeys: [], notes: [] };
}

/** Adds the nodes of `from` to `into`, kind by kind (never `push(...list)`: a list may be longer than a call has room for arguments). */
export function addNodes(into: ModelNodes, from: Partial<ModelNodes>): void {
  for (const kind of NODE_KINDS) {
    const list = from[kind] as unknown[] | undefined;
    if (list === undefined) continue;
    const target = into[kind] as unknown[];
    for (const node of list) target.push(node);
  }
}

/**
 * Puts every list in the order of the files its nodes came from, nodes of one file in the
 * order they were read: the Estate's order does not depend on which format was loaded first.
 */
export function inFileOrder(nodes: ModelNodes): void {
  for (const kind of NODE_KINDS) {
    const list = nodes[kind] as NodeOfFile[];
    if (list.length > 1) list.sort((a, b) => compareFiles(fileOf(a), fileOf(b)));
  }
}

type NodeOfFile = { loc: SourceRange } | { file: string };

function fileOf(node: NodeOfFile): string {
  return 'loc' in node ? node.loc.file : node.file;
}

function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
