import { defineRule, type Report } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import { certificateField, hostName, matchedNames, presentedNameMatches, type Certificate } from '../../src/model/certificate.js';
import type { Estate } from '../../src/estate/estate.js';
import { displayName } from '../../src/model/names.js';
import { simpleUrlHost, type Sited, type Topology, type TopologyEdge } from '../../src/model/topology.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

type MessageId = 'poolNameMissing' | 'edgeNameMissing' | 'arrayCertificateNotShared' | 'arrayMemberMissing' | 'directorSubject' | 'simplifiedNameMissing';

/** A server of the topology with the certificates the estate ties to it. */
interface Member {
  fqdn: Sited<string>;
  certificates: Certificate[];
}

/** A name users or servers connect to, with the topology entry that declares it. */
interface WantedName {
  host: string;
  why: string;
  /** Simple URLs may be covered by a single-label wildcard; MTLS and sign-in names may not. */
  wildcardAllowed: boolean;
  entry: Located;
}

/**
 * The names the certificate is matched on (its SAN DNS names, or the CN of a certificate without
 * SANs) hold the host exactly, or (where allowed) through a single-label wildcard.
 */
function names(certificate: Certificate, host: string, wildcardAllowed = false): boolean {
  const presented = matchedNames(certificate) ?? [];
  return wildcardAllowed ? presented.some((name) => presentedNameMatches(name, host)) : presented.includes(hostName(host));
}

/** Certificates whose names are known: an entry that states neither SANs nor an empty SAN list is not judged. */
function withSans(certificates: Certificate[]): Certificate[] {
  return certificates.filter((c) => matchedNames(c) !== undefined);
}

/** Of a server's certificates, the one that is its own (names it), where a finding about the server belongs. */
function ownCertificate(certificates: Certificate[], hosts: string[]): Certificate {
  return certificates.find((c) => hosts.some((h) => names(c, h) || c.commonName === h)) ?? certificates[0];
}

/**
 * The certificates a server presents. A file without `usedBy` counts only when it names the server
 * exactly: a wildcard file (a reverse proxy's or a web certificate) would otherwise belong to every server.
 */
function serverCertificates(estate: Estate, host: string): Certificate[] {
  return estate.certificatesFor(host).filter((c) => c.usedBy.length > 0 || names(c, host));
}

/** Collects servers under the certificate a finding sits on, so a certificate shared by several servers is reported once. */
class ByCertificate<K> {
  private readonly groups = new Map<string, { certificate: Certificate; key: K; servers: Array<Sited<string>> }>();
  add(certificate: Certificate, key: K, keyText: string, server: Sited<string>): void {
    const id = `${certificate.loc.file}:${certificate.loc.line}:${certificate.name}\u0000${keyText}`;
    const group = this.groups.get(id);
    if (group) group.servers.push(server);
    else this.groups.set(id, { certificate, key, servers: [server] });
  }
  values() {
    return this.groups.values();
  }
}

const serverList = (servers: Array<Sited<string>>) => servers.map((s) => s.value).join(', ');
const inTopology = (servers: Array<Sited<string>>, role: string) => servers.map((s) => ({ node: s, message: `${role} ${s.value} in the topology` }));

/** The docs' example: a Front End server's certificate and the topology that puts it in a pool. */
function frontEndExample(subject: string, sans: string): string {
  return [
    'apiVersion: uclint/v1',
    'kind: Certificates',
    'certificates:',
    '  - name: fe1',
    `    subject: ${subject}`,
    `    sans: [${sans}]`,
    '    usedBy: [fe1.contoso.com]',
    '---',
    'apiVersion: uclint/v1',
    'kind: Topology',
    'pools:',
    '  - fqdn: pool.contoso.com',
    '    role: frontend',
    '    servers: [{ fqdn: fe1.contoso.com }]',
  ].join('\n');
}

export default defineRule<Record<string, never>, MessageId>({
  id: 'lync/cert-roles',
  meta: {
    description: 'Each server\'s certificate names what its role needs: the pool FQDN, every Edge name, the array members, the simplified names users connect to',
    rationale: [
      'The topology says which server plays which role; the certificate of each role must hold:',
      '',
      '1. **Pools and servers that talk to each other** use MTLS, and between pools the name is the pool FQDN:',
      '   each Front End and Director server\'s certificate names its pool FQDN (`poolNameMissing`).',
      '2. **An Edge** needs a certificate for each DNS name it answers to: the internal interface FQDN and the',
      '   external Access Edge and Web Conferencing Edge FQDNs are each named by a certificate of the Edge',
      '   servers (`edgeNameMissing`). The A/V Edge needs no name. The internal Edge certificate may carry its',
      '   FQDN as the subject name only, with no SAN (Skype for Business Server "Edge Server environmental',
      '   requirements"): a certificate without SANs is matched on its CN. An interface whose certificate is',
      '   not in the estate at all (often the internal one) is not judged.',
      '3. **Public IM connectivity and federation** need the Edge external certificate from a public CA: that',
      '   is lync/edge-external-cert\'s finding, not repeated here.',
      '4. **An Edge pool** (the servers of an Edge, or of a pool with role `edge`): a session may move between',
      '   members, so every member presents the same certificate (`arrayCertificateNotShared`: same SHA-256',
      '   fingerprint, or the same manifest entry). From OCS 2007 on, that one certificate holds no member',
      '   FQDN. Live Communications Server 2005 arrays behind a load balancer ("LCS 2005 MTLS certificates")',
      '   also named the array and every member FQDN in the SANs (`arrayMemberMissing`, on `lcs2005` estates',
      '   only). Front End and Director pools are not judged as arrays even when hardware load-balanced: each',
      '   of their servers has its own certificate.',
      '5. **A Director server**\'s certificate has the server FQDN as its common name, the Director pool FQDN',
      '   among its names (checked by 1); the pool FQDN as the common name of an Enterprise Director pool is',
      '   accepted too (`directorSubject`).',
      '6. **Simplified names** users connect to (the simple URLs, and `sip.<domain>` for every SIP domain when',
      '   strict DNS naming is on) are named by the Front End servers\' certificates',
      '   (`simplifiedNameMissing`). A single-label wildcard (`*.contoso.com`) is accepted for simple URLs.',
      '',
      'A certificate names a host through its SAN DNS names, or, when it has no SAN at all, through its CN',
      '(RFC 6125 6.4.4). Certificates are tied to servers by their `usedBy` (a certificate used by a pool FQDN',
      'counts for every server of the pool), or, for a file without `usedBy`, by its own names covering the',
      'server\'s FQDN. A server with no certificate in the estate is not a finding (not every certificate is',
      'committed); the rule says once which servers had none. Manifest entries that state neither `sans` nor',
      '`subject` are not judged on them.',
      '',
      'Under strict DNS naming, `sip.<domain>` is wanted for each domain Lync-family servers serve (see',
      'lync/discovery-records), not for a domain served by Microsoft 365 or another product.',
      '',
      '**Fix:** reissue the certificate with the missing name (and the right common name); give every member',
      'of an Edge pool the same certificate.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)', section: 'Scenarios 1-6: MTLS, access proxy, public IM connectivity, arrays, Director, simplified names' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Certificate planning: Edge certificate table (one external certificate per pool; internal: subject name, no SAN)' },
      { source: 'Skype for Business Server: Certificate requirements for internal servers', section: 'Front End and Director certificates' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      poolNameMissing: 'certificate {{name}} of {{role}} server {{servers}} does not name the pool {{pool}} in its SANs; servers reach the pool over MTLS by that name',
      edgeNameMissing: 'no certificate of Edge {{edge}} names its {{interface}} FQDN {{fqdn}} (certificate {{name}} does not); the Edge needs a certificate for each name it answers to',
      arrayCertificateNotShared: 'certificate {{name}} is presented by {{presentedBy}} but not by {{missing}} of the load-balanced array {{array}}; every member of an array presents the same certificate',
      arrayMemberMissing: 'certificate {{name}} of the load-balanced array {{array}} does not name {{member}} in its SANs; a Live Communications Server 2005 array certificate holds the array name and every member FQDN',
      directorSubject: 'certificate {{name}} of Director server {{servers}} has the common name {{cn}}; a Director server\'s certificate has its own FQDN (or the pool {{pool}}) as its common name',
      simplifiedNameMissing: 'certificate {{name}} of Front End server {{servers}} (pool {{pool}}) does not name {{host}} ({{why}}) in its SANs; users connect by that name',
    },
    examples: {
      language: 'yaml',
      invalid: frontEndExample('CN=fe1.contoso.com', 'fe1.contoso.com'),
      valid: frontEndExample('CN=pool.contoso.com', 'pool.contoso.com, fe1.contoso.com'),
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0 && estate.topologies.some((t) => t.pools.length > 0 || t.edges.length > 0),
  check({ estate, report, notChecked }) {
    // Only Live Communications Server 2005 arrays name their members; later Edge pools share one certificate without them.
    const namedMembers = estate.product() === 'lcs2005';
    for (const topology of estate.topologies) {
      const withoutCertificate = new Set<string>();
      const member = (fqdn: Sited<string>, shared: Certificate[] = []): Member => {
        const certificates = [...new Set([...serverCertificates(estate, fqdn.value), ...shared])];
        if (certificates.length === 0) withoutCertificate.add(fqdn.value);
        return { fqdn, certificates };
      };

      for (const pool of topology.pools) {
        const role = pool.role?.value;
        if (role !== 'frontend' && role !== 'director' && role !== 'edge') continue;
        // A certificate whose usedBy names the pool is presented by each of its servers; a Standard
        // Edition server is its own pool.
        const poolCertificates = estate.certificatesFor(pool.fqdn.value).filter((c) => c.usedBy.length > 0);
        const members = pool.servers.length > 0 ? pool.servers.map((s) => member(s.fqdn, poolCertificates)) : [member(pool.fqdn)];
        if (role === 'edge') {
          checkArray(report, pool.fqdn.value, pool.fqdn, members, namedMembers ? [pool.fqdn.value] : undefined);
          continue;
        }
        checkPoolName(report, pool.fqdn.value, role === 'director' ? 'Director' : 'Front End', members);
        if (role === 'director') checkDirectorSubject(report, pool.fqdn.value, members);
        else checkSimplifiedNames(report, pool.fqdn.value, members, simplifiedNames(estate, topology, pool.fqdn));
      }

      for (const edge of topology.edges) {
        const members = edge.servers.map((s) => member(s));
        const label = edgeLabel(edge);
        checkEdgeNames(report, estate, edge, label, members);
        checkArray(report, label, edge, members, namedMembers ? [] : undefined);
      }

      if (withoutCertificate.size > 0) {
        notChecked(topology, `no certificate in the estate for ${[...withoutCertificate].join(', ')}, so the names their certificates need were not judged`);
      }
    }
  },
});

/** 1: between pools, MTLS uses the pool FQDN, so each server's certificate names it. */
function checkPoolName(report: Report<MessageId>, pool: string, role: string, members: Member[]): void {
  const missing = new ByCertificate<undefined>();
  for (const { fqdn, certificates } of members) {
    const judged = withSans(certificates);
    if (judged.length === 0 || judged.some((c) => names(c, pool))) continue;
    missing.add(ownCertificate(judged, [fqdn.value]), undefined, '', fqdn);
  }
  for (const { certificate, servers } of missing.values()) {
    report({
      node: certificateField(certificate, 'sans'),
      messageId: 'poolNameMissing',
      data: { name: certificate.name, role, servers: serverList(servers), pool },
      related: inTopology(servers, `${role} server`),
    });
  }
}

/** 5: a Director server's certificate has the server FQDN (or, for an Enterprise Director pool, the pool FQDN) as its CN. */
function checkDirectorSubject(report: Report<MessageId>, pool: string, members: Member[]): void {
  const wrong = new ByCertificate<string>();
  for (const { fqdn, certificates } of members) {
    const judged = certificates.filter((c) => c.commonName !== undefined);
    if (judged.length === 0 || judged.some((c) => c.commonName === fqdn.value || c.commonName === pool)) continue;
    const certificate = ownCertificate(judged, [fqdn.value, pool]);
    wrong.add(certificate, certificate.commonName as string, '', fqdn);
  }
  for (const { certificate, key: cn, servers } of wrong.values()) {
    report({
      node: certificateField(certificate, 'subject'),
      messageId: 'directorSubject',
      data: { name: certificate.name, servers: serverList(servers), cn, pool },
      related: inTopology(servers, 'Director server'),
    });
  }
}

/** 6: the simple URLs' hosts, and `sip.<domain>` per SIP domain under strict DNS naming. */
function simplifiedNames(estate: Estate, topology: Topology, pool: Sited<string>): WantedName[] {
  const wanted: WantedName[] = [];
  for (const [kind, urls] of Object.entries(topology.simpleUrls)) {
    for (const url of urls) {
      const host = simpleUrlHost(url.value);
      if (host) wanted.push({ host, why: `${kind} simple URL`, wildcardAllowed: true, entry: url });
    }
  }
  if (estate.strictDnsNaming()?.value) {
    for (const domain of lyncSipDomains(estate)) {
      const name = displayName(domain);
      const entry = topology.sipDomains.find((d) => d.value === name) ?? pool;
      wanted.push({ host: `sip.${name}`, why: 'sign-in name under strict DNS naming', wildcardAllowed: false, entry });
    }
  }
  return wanted;
}

function checkSimplifiedNames(report: Report<MessageId>, pool: string, members: Member[], wanted: WantedName[]): void {
  const missing = new ByCertificate<WantedName>();
  for (const { fqdn, certificates } of members) {
    const judged = withSans(certificates);
    if (judged.length === 0) continue;
    for (const name of wanted) {
      if (judged.some((c) => names(c, name.host, name.wildcardAllowed))) continue;
      missing.add(ownCertificate(judged, [fqdn.value, pool]), name, name.host, fqdn);
    }
  }
  for (const { certificate, key: name, servers } of missing.values()) {
    report({
      node: certificateField(certificate, 'sans'),
      messageId: 'simplifiedNameMissing',
      data: { name: certificate.name, servers: serverList(servers), pool, host: name.host, why: name.why },
      related: [{ node: name.entry, message: `${name.host} (${name.why}) in the topology` }, ...inTopology(servers, 'Front End server')],
    });
  }
}

/** How messages name an Edge: its internal FQDN (the array's name inside), else its Access Edge FQDN, else its servers. */
function edgeLabel(edge: TopologyEdge): string {
  return edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? serverList(edge.servers);
}

/** 2: a certificate of the Edge names each name the Edge answers to (the A/V Edge needs none). */
function checkEdgeNames(report: Report<MessageId>, estate: Estate, edge: TopologyEdge, label: string, members: Member[]): void {
  const external = [
    { name: edge.external.access?.fqdn, interface: 'external Access Edge' },
    { name: edge.external.webConferencing?.fqdn, interface: 'external Web Conferencing Edge' },
  ].filter((n): n is { name: Sited<string>; interface: string } => n.name !== undefined);
  const wanted = edge.internal ? [{ name: edge.internal.fqdn, interface: 'internal interface' }, ...external] : external;
  // Without servers in the topology, what the Edge presents is known only by its names' usedBy.
  const certificates = withSans([...new Set([...members.flatMap((m) => m.certificates), ...wanted.flatMap((w) => serverCertificates(estate, w.name.value))])]);
  if (certificates.length === 0) return;
  const externalHosts = external.map((e) => e.name.value);
  for (const { name, interface: side } of wanted) {
    if (certificates.some((c) => names(c, name.value))) continue;
    // The certificate of that interface: the one naming the other external names, or none of them. An
    // interface whose certificate is not in the estate (the internal one is often not committed) is not judged.
    const isExternal = side !== 'internal interface';
    const certificate = certificates.find((c) => externalHosts.some((h) => names(c, h)) === isExternal);
    if (!certificate) continue;
    report({
      node: certificateField(certificate, 'sans'),
      messageId: 'edgeNameMissing',
      data: { name: certificate.name, edge: label, interface: side, fqdn: name.value },
      related: [{ node: name, message: `${side} FQDN of the Edge in the topology` }],
    });
  }
}

/**
 * 4: members of a load-balanced array present the same certificate. On Live Communications
 * Server 2005 (`arrayNames` given) its SANs hold the array name and every member FQDN; a file without
 * `usedBy` is tied to members by its SANs, so a member it does not reach is a name missing from it,
 * not a member without it. Later Edge pools share one certificate without member names.
 */
function checkArray(report: Report<MessageId>, array: string, entry: Located, members: Member[], arrayNames: string[] | undefined): void {
  if (members.length < 2) return;
  const presenting = members.filter((m) => m.certificates.length > 0);
  const byIdentity = new Map<string | Certificate, { certificate: Certificate; holders: Member[] }>();
  for (const m of presenting) {
    for (const certificate of m.certificates) {
      const identity = certificate.fingerprint256 ?? certificate;
      const found = byIdentity.get(identity);
      if (!found) byIdentity.set(identity, { certificate, holders: [m] });
      else if (!found.holders.includes(m)) found.holders.push(m);
    }
  }
  const arrayEntry = { node: entry, message: `the array ${array} in the topology` };
  for (const { certificate, holders } of byIdentity.values()) {
    if (certificate.usedBy.length > 0 && holders.length < presenting.length) {
      const lacking = presenting.filter((m) => !holders.includes(m)).map((m) => m.fqdn);
      report({
        node: certificateField(certificate, 'usedBy'),
        messageId: 'arrayCertificateNotShared',
        data: { name: certificate.name, presentedBy: serverList(holders.map((m) => m.fqdn)), missing: serverList(lacking), array },
        related: [arrayEntry, ...inTopology(lacking, 'array member')],
      });
      continue;
    }
    if (arrayNames === undefined || matchedNames(certificate) === undefined) continue;
    for (const name of [...arrayNames, ...members.map((m) => m.fqdn.value)]) {
      if (names(certificate, name)) continue;
      report({ node: certificateField(certificate, 'sans'), messageId: 'arrayMemberMissing', data: { name: certificate.name, array, member: name }, related: [arrayEntry] });
    }
  }
}
