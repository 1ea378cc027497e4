import fc from 'fast-check';
import { parseManifestFile } from '../../../src/formats/manifest/loader.js';
import type { SourceRange } from '../../../src/core/types.js';

const VALID = `apiVersion: uclint/v1
kind: Certificates
certificates:
  - name: edge-external
    subject: CN=sip.contoso.com, O=Contoso
    sans: [sip.contoso.com, webconf.contoso.com, 131.107.155.10, "2001:db8::1"]
    notBefore: 2026-01-01
    notAfter: 2027-01-01
    issuer: public
    issuerName: DigiCert Global G2 TLS RSA SHA256 2020 CA1
    key: { algorithm: ec, curve: prime256v1 }
    signature: ecdsa-with-SHA256
    eku: [serverAuth, clientAuth]
    usedBy: [edge01.contoso.com, edge02.contoso.com]
    file: certs/edge-external.pem
  - &pool
    name: pool
    sans:
      - pool.contoso.com
      - "*.contoso.com"
---
apiVersion: uclint/v1
kind: Topology
product: lync2010
sipDomains: [contoso.com, fabrikam.com]
clientPolicy:
  strictDnsNaming: true
  manualServers: { internal: pool01, external: "[2001:db8::1]:443" }
pools:
  - fqdn: pool.contoso.com
    role: frontend
    loadBalancing: dns
    webServices: { internal: webint.contoso.com, external: webext.contoso.com }
    servers:
      - { fqdn: fe1.contoso.com, id: 1 }
      - fqdn: fe2.contoso.com
        id: 2
edges:
  - internal: { fqdn: edge-int.contoso.com }
    external:
      access: { fqdn: sip.contoso.com, ip: 167.55.49.32 }
      av: { fqdn: av.contoso.com, ip: "2001:db8::34" }
    servers: [edge1.contoso.com]
reverseProxy: { fqdn: proxy.contoso.com, ip: 167.55.49.35, publishes: [meet.contoso.com] }
simpleUrls:
  meet: [https://meet.contoso.com/, meet.fabrikam.com]
  dialin: https://dialin.contoso.com/
exchange: { autodiscover: autodiscover.contoso.com }
sbcs: [{ fqdn: sbc1.contoso.com, port: 5061 }]
---
apiVersion: uclint/v1
kind: VpnProfile
name: corp-vpn
tunnel: split
clientSubnets: [172.16.1.0/24]
include: 10.0.0.0/8, 172.16.1.0/24
exclude: [167.55.49.32-167.55.49.35, 13.107.64.0/18, "2603:1063::/39"]
dns: { servers: [10.0.0.10], suffixes: [contoso.com] }
---
apiVersion: uclint/v1
kind: FirewallRules
appliesTo: vpn-clients
rules:
  - name: Block Lync over VPN
    direction: inbound
    action: block
    program: communicator.exe
    localAddresses: 172.16.1.0/24
    remoteAddresses: "10.0.0.0/8, 172.16.1.0/24"
    interfaceTypes: [remoteAccess]
    profiles: [domain]
  - { name: A/V Edge, direction: outbound, action: allow, protocol: udp, remotePorts: [3478, 50000-59999], enabled: false }
---
apiVersion: uclint/v1
kind: MediaPolicy
candidateTypePreference: [host, srflx, relay]
transportOrder: [udp, tcp]
excludeInterfaces: [remoteAccess, 172.16.1.0/24]
portRanges: { audio: 50000-50019, video: 50020-50039 }
dscp: { audio: 46, video: 34 }
concurrentCalls: 2
`;

/** True when the range lies inside the text's lines, with its end not before its start. */
function inside(range: SourceRange, lineCount: number): boolean {
  const ordered = range.endLine > range.line || (range.endLine === range.line && range.endColumn >= range.column);
  return range.line >= 1 && range.column >= 1 && range.endLine <= lineCount && ordered;
}

function checkResult(text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const result = parseManifestFile(text, 'm.yml');
  for (const d of result.diagnostics) {
    if (!inside(d, lineCount)) throw new Error(`diagnostic outside the file: ${JSON.stringify(d)}`);
    if (!d.code.startsWith('manifest/')) throw new Error(`code outside manifest/: ${d.code}`);
    // The loaders' last-resort catches turn a bug into a diagnostic; here it must fail.
    if (d.code === 'manifest/internal' || d.message.startsWith('YAML could not be read')) throw new Error(`internal failure: ${d.message}`);
  }
  for (const c of result.certificates) {
    if (!inside(c.loc, lineCount)) throw new Error(`certificate outside the file: ${JSON.stringify(c.loc)}`);
  }
  for (const [what, models] of Object.entries({ topology: result.topologies, vpnProfile: result.vpnProfiles, firewallRuleSet: result.firewallRuleSets, mediaPolicy: result.mediaPolicies })) {
    for (const loc of ranges(models)) {
      if (!inside(loc, lineCount)) throw new Error(`${what} value outside the file: ${JSON.stringify(loc)}`);
    }
  }
}

/** Every `loc` in a value (a topology's own, its entries' and each sited value's). */
function ranges(value: unknown): SourceRange[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(ranges);
  return Object.entries(value).flatMap(([key, inner]) => (key === 'loc' ? [inner as SourceRange] : ranges(inner)));
}

/** Edits that keep most of a manifest's shape: delete, insert, repeat or swap pieces. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    piece: fc.constantFrom(' ', '\n', '  ', '- ', ': ', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '*pool', '!!int ', '---\n', '#', '\t', '\r\n', 'x', '0', '::', 'CN=', '2026-02-30', 'sna: []\n', 'kind: Topology\n', 'kind: Certificates\n', ':0', '[::1]', '://', 'id: ', 'fqdn: ', ', ', '/8', '/33', '-', '-0', '65536', 'any', '"', 'kind: FirewallRules\n', 'kind: VpnProfile\n', 'kind: MediaPolicy\n', 'rules: []\n', '127'),
  }),
  fc.record({ op: fc.constant('repeatLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    if (edit.op === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    else if (edit.op === 'insert') out = out.slice(0, at) + edit.piece + out.slice(at);
    else {
      const lines = out.split('\n');
      const i = edit.at % lines.length;
      if (edit.op === 'repeatLine') lines.splice(i, 0, lines[i]);
      else {
        const j = edit.other % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      out = lines.join('\n');
    }
  }
  return out;
}

describe('parseManifestFile: properties', () => {
  it('the unmutated manifest is clean', () => {
    const result = parseManifestFile(VALID, 'm.yml');
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates.map((c) => c.name)).toEqual(['edge-external', 'pool']);
    expect(result.topologies.map((t) => t.pools.map((p) => p.servers.map((server) => server.fqdn.value)))).toEqual([[['fe1.contoso.com', 'fe2.contoso.com']]]);
    expect(ranges(result.topologies)).toHaveLength(37);
    expect(result.vpnProfiles.map((p) => [p.name, p.include.map((a) => `${a.text}@${a.loc.column}`)])).toEqual([['corp-vpn', ['10.0.0.0/8@10', '172.16.1.0/24@22']]]);
    expect(result.firewallRuleSets.map((set) => set.rules.map((rule) => rule.remoteAddresses.map((a) => a.text)))).toEqual([[['10.0.0.0/8', '172.16.1.0/24'], ['any']]]);
    expect(result.mediaPolicies.map((p) => Object.keys(p.portRanges))).toEqual([['audio', 'video']]);
  });

  it('arbitrary text never throws and every diagnostic lies inside the file', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom('apiVersion: uclint/v1\n', 'kind: Certificates\n', 'certificates:\n', '  - name: a\n', 'kind: Topology\n', 'pools:\n', '  - fqdn: a.b\n', 'sipDomains: [a.b]\n', 'kind: FirewallRules\n', 'rules:\n', '  - { name: r, direction: inbound, action: block, localAddresses: "10.0.0.0/8, any", localPorts: 1-2 }\n', 'kind: VpnProfile\n', 'include: 10.0.0.1/8\n', 'kind: MediaPolicy\n', 'portRanges: { audio: 1-2 }\n', 'excludeInterfaces: [lan, ::/0]\n', 'a', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '"', '&', '*', '!', '|', '#', '\t', '\r', 'é', '\uFEFF', '---', '...'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        checkResult(text);
      }),
      { seed: 20261120, numRuns: 1500 },
    );
  });

  it('mutated valid manifests never throw and every diagnostic lies inside the file', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        checkResult(mutate(VALID, edits));
      }),
      { seed: 20261120, numRuns: 1500 },
    );
  });
});
