import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseManifestFile,
  MANIFEST_KINDS,
  MANIFEST_KIND_LOADERS,
  CERTIFICATES_SCHEMA,
  FIREWALL_RULES_SCHEMA,
  MEDIA_POLICY_SCHEMA,
  TOPOLOGY_SCHEMA,
  VPN_PROFILE_SCHEMA,
} from '../../../src/formats/manifest/loader.js';
import type { SourceRange } from '../../../src/core/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const FILE = 'manifests/certs.yml';

function range(line: number, column: number, endLine: number, endColumn: number): SourceRange {
  return { file: FILE, line, column, endLine, endColumn };
}

/** Every diagnostic as `line:col-endLine:endCol code message`. */
function problems(text: string): string[] {
  return parseManifestFile(text, FILE).diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code} ${d.message}`);
}

/** A Certificates document holding one entry whose fields are `lines` (indented under `- name: <name>`). */
function certificates(...lines: string[]): string {
  return ['apiVersion: uclint/v1', 'kind: Certificates', 'certificates:', '  - name: edge', ...lines.map((l) => `    ${l}`), ''].join('\n');
}

const FULL_ENTRY = `apiVersion: uclint/v1
kind: Certificates
certificates:
  - name: edge-external
    subject: CN=sip.contoso.com, O=Contoso
    sans: [SIP.contoso.com., webconf.contoso.com, "*.contoso.com", 131.107.155.10, "2001:DB8:0:0:0:0:0:1"]
    notBefore: 2026-01-01
    notAfter: 2027-01-01T12:00:00Z
    issuer: public
    issuerName: DigiCert Global G2 TLS RSA SHA256 2020 CA1
    key: { algorithm: rsa, size: 2048 }
    signature: sha256WithRSAEncryption
    eku:
      - serverAuth
      - 1.3.6.1.5.5.7.3.2
      - 1.3.6.1.4.1.311.10.3.12
    usedBy: [Edge01.Contoso.com., edge02.contoso.com]
    file: ../certs/edge-external.pem
`;

describe('parseManifestFile: Certificates', () => {
  it('converts a full entry exactly', () => {
    const result = parseManifestFile(FULL_ENTRY, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.otherDocuments).toEqual([]);
    expect(result.certificates).toEqual([
      {
        source: 'manifest',
        name: 'edge-external',
        loc: range(4, 5, 18, 37),
        subject: 'CN=sip.contoso.com, O=Contoso',
        commonName: 'sip.contoso.com',
        sans: { dns: ['sip.contoso.com', 'webconf.contoso.com', '*.contoso.com'], ip: ['131.107.155.10', '2001:db8::1'] },
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2027-01-01T12:00:00Z'),
        issuerKind: 'public',
        issuer: 'DigiCert Global G2 TLS RSA SHA256 2020 CA1',
        key: { algorithm: 'rsa', size: 2048 },
        signature: { algorithm: 'sha256WithRSAEncryption', hash: 'sha256', pss: false },
        eku: ['serverAuth', 'clientAuth', '1.3.6.1.4.1.311.10.3.12'],
        usedBy: ['edge01.contoso.com', 'edge02.contoso.com'],
        linkedFile: 'certs/edge-external.pem',
        fieldLocs: {
          subject: range(5, 5, 5, 43),
          commonName: range(5, 5, 5, 43),
          sans: range(6, 5, 6, 107),
          notBefore: range(7, 5, 7, 26),
          notAfter: range(8, 5, 8, 35),
          issuerKind: range(9, 5, 9, 19),
          issuer: range(10, 5, 10, 59),
          key: range(11, 5, 11, 40),
          signature: range(12, 5, 12, 39),
          eku: range(13, 5, 16, 32),
          usedBy: range(17, 5, 17, 54),
          file: range(18, 5, 18, 37),
        },
      },
    ]);
  });

  it('keeps only what is written: a bare entry has a name, a range and no facts', () => {
    const { certificates: [bare], diagnostics } = parseManifestFile(certificates(), FILE);
    expect(diagnostics).toEqual([]);
    expect(bare).toEqual({ source: 'manifest', name: 'edge', loc: range(4, 5, 4, 15), usedBy: [], fieldLocs: {} });
  });

  it('derives hash, PSS, EC curve sizes and DN spelling', () => {
    const text = [
      'apiVersion: uclint/v1',
      'kind: Certificates',
      'certificates:',
      '  - {name: a, signature: rsassaPss, key: {algorithm: ec, curve: P-384}, subject: "cn = Pool, ou=UC\\\\, Voice + o=Contoso, E=pki@contoso.com"}',
      '  - {name: b, signature: ED25519, key: {algorithm: ed25519}, issuerName: "CN=Contoso Issuing CA 01, DC=contoso, DC=com"}',
      '  - {name: c, signature: ecdsa-with-SHA384, key: {algorithm: ec, size: 256}, subject: "O=No Common Name"}',
    ].join('\n');
    const { certificates: certs, diagnostics } = parseManifestFile(text, FILE);
    expect(diagnostics).toEqual([]);
    expect(certs.map(({ name, signature, key, subject, commonName, issuer }) => ({ name, signature, key, subject, commonName, issuer }))).toEqual([
      {
        name: 'a',
        signature: { algorithm: 'rsassaPss', pss: true },
        key: { algorithm: 'ec', curve: 'secp384r1', size: 384 },
        subject: 'CN=Pool, OU=UC\\, Voice + O=Contoso, emailAddress=pki@contoso.com',
        commonName: 'Pool',
        issuer: undefined,
      },
      {
        name: 'b',
        signature: { algorithm: 'ED25519', pss: false },
        key: { algorithm: 'ed25519' },
        subject: undefined,
        commonName: undefined,
        issuer: 'CN=Contoso Issuing CA 01, DC=contoso, DC=com',
      },
      {
        name: 'c',
        signature: { algorithm: 'ecdsa-with-SHA384', hash: 'sha384', pss: false },
        key: { algorithm: 'ec', size: 256 },
        subject: 'O=No Common Name',
        commonName: undefined,
        issuer: undefined,
      },
    ]);
  });

  it('canonicalises addresses: RFC 5952 IPv6, IPv4-mapped as a dotted quad', () => {
    const { certificates: [cert] } = parseManifestFile(certificates('sans: ["::FFFF:10.0.0.1", "fe80:0:0:0:0:0:0:0001", "2001:db8:0:0:1:0:0:1"]'), FILE);
    expect(cert.sans).toEqual({ dns: [], ip: ['::ffff:10.0.0.1', 'fe80::1', '2001:db8::1:0:0:1'] });
  });

  it('resolves file relative to the manifest directory, for a manifest at the root too', () => {
    expect(parseManifestFile(certificates('file: ./certs/../certs/edge.pem'), FILE).certificates[0].linkedFile).toBe('manifests/certs/edge.pem');
    expect(parseManifestFile(certificates('file: certs/edge.pem'), 'certs.yml').certificates[0].linkedFile).toBe('certs/edge.pem');
  });
});

describe('parseManifestFile: documents', () => {
  it('reads every document of a file, whatever its kind', () => {
    const text = [
      '# the estate',
      'apiVersion: uclint/v1',
      'kind: Topology',
      'product: lync2010',
      'sipDomains: [contoso.com]',
      '---',
      'apiVersion: "uclint/v1"',
      'kind: Certificates',
      'certificates: [{name: one, usedBy: [pool.contoso.com]}]',
      '---',
      'apiVersion: uclint/v1',
      'kind: Certificates',
      'certificates:',
      '  - name: two',
      '---',
      'apiVersion: uclint/v1',
      'kind: FirewallRules',
      'rules: [{ name: r, direction: inbound, action: block }]',
      '---',
      'apiVersion: uclint/v1',
      'kind: Topology',
      'sipDomains: [fabrikam.com]',
      '---',
      '# an empty document',
      '...',
      '',
    ].join('\n');
    const result = parseManifestFile(text, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates.map((c) => `${c.name} ${c.loc.line}:${c.loc.column}`)).toEqual(['one 9:16', 'two 14:5']);
    expect(result.topologies.map((t) => ({ loc: t.loc, product: t.product?.value, sipDomains: t.sipDomains.map((d) => d.value) }))).toEqual([
      { loc: range(2, 1, 5, 26), product: 'lync2010', sipDomains: ['contoso.com'] },
      { loc: range(20, 1, 22, 27), product: undefined, sipDomains: ['fabrikam.com'] },
    ]);
    expect(result.firewallRuleSets.map((set) => ({ loc: set.loc, rules: set.rules.map((rule) => rule.name.value) }))).toEqual([{ loc: range(16, 1, 18, 56), rules: ['r'] }]);
    // Every kind of uclint/v1 is loaded, so nothing is left for later packs.
    expect(result.otherDocuments).toEqual([]);
  });

  it('a Topology document with a problem is left out; the Certificates beside it are read', () => {
    const text = [
      'apiVersion: uclint/v1',
      'kind: Certificates',
      'certificates: [{name: one}]',
      '---',
      'apiVersion: uclint/v1',
      'kind: Topology',
      'pools: [{fqdn: pool.contoso.com, role: frontend, servers: [{fqdn: fe1.contoso.com, registrar: 1}]}]',
      '---',
      'apiVersion: uclint/v1',
      'kind: Certificates',
      'certificates: [{name: two}]',
      '',
    ].join('\n');
    const result = parseManifestFile(text, FILE);
    expect(result.certificates.map((c) => c.name)).toEqual(['one', 'two']);
    expect(result.topologies).toEqual([]);
    expect(result.otherDocuments).toEqual([]);
    expect(problems(text)).toEqual(["7:84-7:93 manifest/unknown-key unknown key 'registrar' in pools[0].servers[0]; expected one of: fqdn, id"]);
  });

  it('names every kind of uclint/v1 and loads each', () => {
    expect(MANIFEST_KINDS).toEqual(['Topology', 'Certificates', 'FirewallRules', 'VpnProfile', 'MediaPolicy']);
    expect(MANIFEST_KIND_LOADERS.map((loader) => loader.kind)).toEqual(['Topology', 'Certificates', 'FirewallRules', 'VpnProfile', 'MediaPolicy']);
  });

  it('a document with a YAML problem is reported and not read; the others still are', () => {
    const text = 'apiVersion: uclint/v1\nkind: Certificates\ncertificates: [{name: a}]\n---\napiVersion: uclint/v1\nkind: Certificates\nkind: Certificates\ncertificates: [{name: b}]\n';
    const result = parseManifestFile(text, FILE);
    expect(result.certificates.map((c) => c.name)).toEqual(['a']);
    expect(problems(text)).toEqual(["7:1-7:5 manifest/yaml-duplicate-key duplicate key 'kind' (first at line 6, column 1)"]);
  });
});

describe('parseManifestFile: errors at the line and column of the value', () => {
  it('YAML syntax errors, at their line', () => {
    expect(problems('apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: [a\n')).toEqual([
      '5:1-5:1 manifest/yaml-syntax YAML syntax error: deficient indentation',
    ]);
    expect(problems('apiVersion: uclint/v1\nkind: Certificates\ncertificates: *nothing\n')).toEqual([
      "3:15-3:23 manifest/yaml-unknown-alias alias '*nothing' has no anchor '&nothing' before it",
    ]);
  });

  it('the envelope: not a mapping, apiVersion missing or wrong, kind missing or unknown', () => {
    expect(problems('- apiVersion: uclint/v1\n')).toEqual(['1:1-1:24 manifest/not-a-mapping a manifest document must be a mapping with apiVersion and kind']);
    expect(problems('kind: Certificates\ncertificates: []\n')).toEqual([
      "1:1-2:17 manifest/missing-key the document has no 'apiVersion'; manifests start with apiVersion: uclint/v1",
    ]);
    expect(problems('apiVersion: uclint/v2\nkind: Certificates\ncertificates: []\n')).toEqual([
      "1:13-1:22 manifest/api-version apiVersion 'uclint/v2' is not supported; this version of uclint reads uclint/v1",
    ]);
    expect(problems('apiVersion: 1\nkind: Certificates\n')).toEqual(['1:13-1:14 manifest/api-version apiVersion 1 is not supported; this version of uclint reads uclint/v1']);
    expect(problems('apiVersion: uclint/v1\ncertificates: []\n')).toEqual([
      "1:1-2:17 manifest/missing-key the document has no 'kind'; kinds are: Topology, Certificates, FirewallRules, VpnProfile, MediaPolicy",
    ]);
    expect(problems('apiVersion: uclint/v1\nkind: certificate\n')).toEqual(["2:7-2:18 manifest/unknown-kind unknown kind 'certificate'; did you mean 'Certificates'?"]);
    expect(problems('apiVersion: uclint/v1\nkind: Deployment\n')).toEqual([
      "2:7-2:17 manifest/unknown-kind unknown kind 'Deployment'; kinds are: Topology, Certificates, FirewallRules, VpnProfile, MediaPolicy",
    ]);
    expect(problems('apiVersion: uclint/v1\nkind: [Topology]\n')).toEqual([
      '2:7-2:17 manifest/unknown-kind unknown kind ["Topology"]; kinds are: Topology, Certificates, FirewallRules, VpnProfile, MediaPolicy',
    ]);
  });

  it('unknown keys at any depth, at the key, with the nearest valid key', () => {
    expect(problems('apiVersion: uclint/v1\nkind: Certificates\ncertificate: []\n')).toEqual([
      "1:1-3:16 manifest/missing-key the document has no 'certificates'",
      "3:1-3:12 manifest/unknown-key unknown key 'certificate'; did you mean 'certificates'?",
    ]);
    expect(problems(certificates('sna: [a.contoso.com]', 'key: {algorithm: rsa, bits: 2048}', 'colour: blue'))).toEqual([
      "5:5-5:8 manifest/unknown-key unknown key 'sna' in certificates[0]; did you mean 'sans'?",
      "6:27-6:31 manifest/unknown-key unknown key 'bits' in certificates[0].key; expected one of: algorithm, size, curve",
      "7:5-7:11 manifest/unknown-key unknown key 'colour' in certificates[0]; expected one of: name, subject, sans, notBefore, notAfter, issuer, issuerName, key, signature, eku, usedBy, file",
    ]);
  });

  it('an entry the schema rejects is left out; the other entries are kept', () => {
    const text = 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: a\n    sna: []\n  - name: b\n';
    expect(parseManifestFile(text, FILE).certificates.map((c) => c.name)).toEqual(['b']);
  });

  it('types, enums and required keys', () => {
    expect(
      problems(
        [
          'apiVersion: uclint/v1',
          'kind: Certificates',
          'certificates:',
          '  - subject: ""',
          '    sans: sip.contoso.com',
          '    issuer: publik',
          '    key: {size: 0}',
          '    signature: sha256WithRsaEncryption',
          '    notAfter: 2027',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "4:5-9:19 manifest/missing-key certificates[0] has no 'name'",
      '4:14-4:16 manifest/invalid-value certificates[0].subject must not be empty',
      '5:11-5:26 manifest/invalid-type certificates[0].sans must be a list',
      "6:13-6:19 manifest/invalid-value certificates[0].issuer: 'publik' is not one of: public, private; did you mean 'public'?",
      "7:10-7:19 manifest/missing-key certificates[0].key has no 'algorithm'",
      '7:17-7:18 manifest/invalid-value certificates[0].key.size must be >= 1',
      "8:16-8:39 manifest/invalid-value certificates[0].signature: 'sha256WithRsaEncryption' is not one of: md2WithRSAEncryption, md5WithRSAEncryption, sha1WithRSAEncryption, sha224WithRSAEncryption, sha256WithRSAEncryption, sha384WithRSAEncryption, sha512WithRSAEncryption, rsassaPss, ecdsa-with-SHA1, ecdsa-with-SHA224, ecdsa-with-SHA256, ecdsa-with-SHA384, ecdsa-with-SHA512, dsaWithSHA1, dsa_with_SHA224, dsa_with_SHA256, ED25519, ED448; did you mean 'sha256WithRSAEncryption'?",
      '9:15-9:19 manifest/invalid-type certificates[0].notAfter must be a string',
    ]);
  });

  it('dates that are not dates, and a validity that ends before it starts', () => {
    expect(problems(certificates('notBefore: tomorrow', 'notAfter: 2027-02-30'))).toEqual([
      "5:16-5:24 manifest/invalid-date certificates[0].notBefore: 'tomorrow' is not a date (YYYY-MM-DD)",
    ]);
    expect(problems(certificates('notBefore: 2026-01-01', 'notAfter: 2027-02-30'))).toEqual([
      "6:15-6:25 manifest/invalid-date certificates[0].notAfter: '2027-02-30' is not a valid date",
    ]);
    const reversed = certificates('notBefore: 2027-01-01', 'notAfter: 2026-01-01');
    expect(problems(reversed)).toEqual(['6:15-6:25 manifest/date-order certificates[0].notAfter 2026-01-01 is before notBefore 2027-01-01']);
    // Both dates are kept: each is what was written.
    expect(parseManifestFile(reversed, FILE).certificates[0].notAfter).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('SANs that are neither host names nor addresses; the valid ones are kept', () => {
    const text = certificates('sans: [sip.contoso.com, 10.0.0.256, "fe80::1%eth0", -edge.contoso.com, "a b.contoso.com", "2001:db8::g", "x.*.contoso.com"]');
    expect(problems(text)).toEqual([
      "5:29-5:39 manifest/invalid-san certificates[0].sans[1]: '10.0.0.256' is neither a host name nor an IP address",
      "5:41-5:55 manifest/invalid-san certificates[0].sans[2]: 'fe80::1%eth0' is neither a host name nor an IP address",
      "5:57-5:74 manifest/invalid-san certificates[0].sans[3]: '-edge.contoso.com' is neither a host name nor an IP address",
      "5:76-5:93 manifest/invalid-san certificates[0].sans[4]: 'a b.contoso.com' is neither a host name nor an IP address",
      "5:95-5:108 manifest/invalid-san certificates[0].sans[5]: '2001:db8::g' is neither a host name nor an IP address",
      "5:110-5:127 manifest/invalid-san certificates[0].sans[6]: 'x.*.contoso.com' is neither a host name nor an IP address",
    ]);
    expect(parseManifestFile(text, FILE).certificates[0].sans).toEqual({ dns: ['sip.contoso.com'], ip: [] });
  });

  it('EKU names that are neither known names nor OIDs', () => {
    expect(problems(certificates('eku: [serverAuht, 1.3.6.1.5.5.7.3.1, smartcardLogon, webServer, 1.3.x]'))).toEqual([
      "5:11-5:21 manifest/unknown-eku certificates[0].eku[0]: unknown extended key usage 'serverAuht'; did you mean 'serverAuth'?",
      "5:42-5:56 manifest/unknown-eku certificates[0].eku[2]: unknown extended key usage 'smartcardLogon'; did you mean 'msSmartcardLogin'?",
      "5:58-5:67 manifest/unknown-eku certificates[0].eku[3]: unknown extended key usage 'webServer'; use a name such as serverAuth or clientAuth, or an OID",
      "5:69-5:74 manifest/unknown-eku certificates[0].eku[4]: unknown extended key usage '1.3.x'; use a name such as serverAuth or clientAuth, or an OID",
    ]);
  });

  it('subjects, keys, usedBy and file values that contradict themselves', () => {
    expect(
      problems(
        certificates(
          'subject: sip.contoso.com',
          'key: {algorithm: rsa, curve: P-256}',
          'usedBy: [edge01.contoso.com, 10.0.0.5, "*.contoso.com"]',
          'file: /etc/ssl/edge.pem',
        ),
      ),
    ).toEqual([
      "5:14-5:29 manifest/invalid-subject certificates[0].subject: 'sip.contoso.com' is not a distinguished name; write CN=sip.contoso.com",
      '6:34-6:39 manifest/invalid-key certificates[0].key.curve: only ec keys have a curve, this key is rsa',
      "7:34-7:42 manifest/invalid-host certificates[0].usedBy[1]: '10.0.0.5' is not a host name",
      "7:44-7:59 manifest/invalid-host certificates[0].usedBy[2]: '*.contoso.com' is not a host name",
      "8:11-8:28 manifest/invalid-file certificates[0].file: '/etc/ssl/edge.pem' must be a path relative to the manifest's directory, inside the lint root",
    ]);
    expect(problems(certificates('subject: CN=a, =b', 'key: {algorithm: ec, curve: prime256v1, size: 384}', 'file: ../../outside.pem'))).toEqual([
      "5:14-5:22 manifest/invalid-subject certificates[0].subject: 'CN=a, =b' is not a distinguished name (CN=sip.contoso.com, O=Contoso)",
      '6:51-6:54 manifest/invalid-key certificates[0].key.size: 384 does not match curve prime256v1 (256 bits)',
      "7:11-7:28 manifest/invalid-file certificates[0].file: '../../outside.pem' must be a path relative to the manifest's directory, inside the lint root",
    ]);
    expect(problems(certificates('key: {algorithm: ed448, size: 456}'))).toEqual([
      '5:35-5:38 manifest/invalid-key certificates[0].key.size: ed448 keys have no size to choose',
    ]);
  });

  it('duplicate names in one file, across documents', () => {
    const text = certificates() + '  - name: other\n---\napiVersion: uclint/v1\nkind: Certificates\ncertificates: [{name: edge}]\n';
    expect(problems(text)).toEqual(["9:23-9:27 manifest/duplicate-name duplicate certificate name 'edge' (first at line 4, column 11)"]);
    expect(parseManifestFile(text, FILE).certificates.map((c) => c.name)).toEqual(['edge', 'other', 'edge']);
  });
});

/** The first YAML example under the kind's heading in docs/formats.md. */
function formatsExample(kind: string): string {
  const doc = readFileSync(path.join(repo, 'docs/formats.md'), 'utf8');
  const section = doc.slice(doc.indexOf(`### \`kind: ${kind}\``));
  return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
}

describe('docs/formats.md', () => {
  it('its Certificates example reads without diagnostics', () => {
    const result = parseManifestFile(formatsExample('Certificates'), 'manifests/certificates.yml');
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates.map((c) => `${c.name} ${c.linkedFile ?? '-'}`)).toEqual(['edge-external certs/edge-external.pem', 'pool-internal -']);
  });

  it('its Topology example reads without diagnostics', () => {
    const result = parseManifestFile(formatsExample('Topology'), 'manifests/topology.yml');
    expect(result.diagnostics).toEqual([]);
    expect(result.topologies.map((t) => t.pools.map((p) => `${p.fqdn.value} ${p.servers.length}`))).toEqual([['pool.contoso.com 2']]);
  });

  it('its VpnProfile example reads without diagnostics', () => {
    const result = parseManifestFile(formatsExample('VpnProfile'), 'manifests/vpn.yml');
    expect(result.diagnostics).toEqual([]);
    expect(result.vpnProfiles.map((p) => `${p.name} ${p.tunnel?.value} ${p.exclude.map((a) => a.text).join(' ')}`)).toEqual([
      'corp-vpn split 167.55.49.32-167.55.49.35 13.107.64.0/18 52.112.0.0/14 2603:1063::/39',
    ]);
  });

  it('its FirewallRules example reads without diagnostics', () => {
    const result = parseManifestFile(formatsExample('FirewallRules'), 'manifests/firewall.yml');
    expect(result.diagnostics).toEqual([]);
    expect(result.firewallRuleSets.map((set) => set.rules.map((r) => `${r.direction.value} ${r.action.value} ${r.remoteAddresses.map((a) => a.text).join(',')}`))).toEqual([
      ['inbound block 10.0.0.0/8,172.16.1.0/24', 'outbound block 10.0.0.0/8,172.16.1.0/24', 'outbound allow 167.55.49.34'],
    ]);
  });

  it('its MediaPolicy example reads without diagnostics', () => {
    const result = parseManifestFile(formatsExample('MediaPolicy'), 'manifests/media.yml');
    expect(result.diagnostics).toEqual([]);
    expect(result.mediaPolicies.map((p) => Object.entries(p.portRanges).map(([media, range]) => `${media} ${range.first}-${range.last} dscp ${p.dscp[media].value}`))).toEqual([
      ['audio 50000-50019 dscp 46', 'video 50020-50039 dscp 34', 'sharing 50040-50059 dscp 18'],
    ]);
  });
});

describe('shipped JSON Schemas', () => {
  it.each(MANIFEST_KIND_LOADERS.map((loader) => [loader.kind, loader] as const))('kind %s: schemas/ holds the schema the loader validates with', (_, loader) => {
    const shipped = JSON.parse(readFileSync(path.join(repo, 'schemas', loader.schemaFile), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(loader.schema)));
  });

  it('names each schema after its kind', () => {
    expect(MANIFEST_KIND_LOADERS.map((loader) => loader.schemaFile)).toEqual([
      'manifest-topology.schema.json',
      'manifest-certificates.schema.json',
      'manifest-firewallrules.schema.json',
      'manifest-vpnprofile.schema.json',
      'manifest-mediapolicy.schema.json',
    ]);
    expect(MANIFEST_KIND_LOADERS.map((loader) => loader.schema)).toEqual([TOPOLOGY_SCHEMA, CERTIFICATES_SCHEMA, FIREWALL_RULES_SCHEMA, VPN_PROFILE_SCHEMA, MEDIA_POLICY_SCHEMA]);
  });
});
