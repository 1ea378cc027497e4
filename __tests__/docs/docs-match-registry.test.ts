/**
 * The documents say what the program does: every rule id they name is a rule (or one of the
 * engine's ids), docs/formats.md has a row for every format of the registry and every kind of manifest,
 * and each row names at least every rule that a file of that kind alone makes run, so a
 * document cannot go on calling a kind unchecked once rules read it. Workflows in the
 * documents and the one `uclint init` writes name no repository the project does not own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FILE_KINDS, type FileKind } from '../../src/discover/classify.js';
import { FORMATS } from '../../src/formats.generated.js';
import { Estate } from '../../src/estate/estate.js';
import { workflowText } from '../../src/init/write.js';
import { lint } from '../../src/lint.js';
import { MANIFEST_API_VERSION, MANIFEST_KINDS } from '../../src/formats/manifest/kind.js';
import { ENGINE_RULES } from '../../src/report/engine-rules.js';
import { RULES } from '../../src/rules.generated.js';
import { REPOSITORY_ROOT } from '../helpers/built-cli.js';

const read = (rel: string) => readFileSync(path.join(REPOSITORY_ROOT, rel), 'utf8');
const DOCUMENTS = ['README.md', 'SECURITY.md', 'examples/README.md', ...readdirSync(path.join(REPOSITORY_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const RULE_IDS = new Set(RULES.map((r) => r.id));
const PACKS = new Set(RULES.map((r) => r.id.split('/')[0]));
const ENGINE_IDS = new Set(ENGINE_RULES.map((r) => r.id));

/**
 * `` `pack/rule` `` spans of a document whose pack is a rule pack or the engine's (paths such as
 * `dns/internal/**` have more to them; `uclint/v1` is the manifests' apiVersion).
 */
function namedRuleIds(text: string): string[] {
  return [...text.matchAll(/`([a-z0-9]+)\/([a-z0-9*-]+)`/g)]
    .filter((m) => PACKS.has(m[1]) || m[1] === 'parse' || m[1] === 'uclint')
    .map((m) => `${m[1]}/${m[2]}`)
    .filter((id) => id !== MANIFEST_API_VERSION);
}

/** The rule ids a table cell names, `pack/*` expanded to the pack's rules. */
function cellRules(cell: string): Set<string> {
  const ids = new Set<string>();
  for (const id of namedRuleIds(cell)) {
    if (!id.endsWith('/*')) ids.add(id);
    else for (const rule of RULES.filter((r) => r.id.startsWith(id.slice(0, -1)))) ids.add(rule.id);
  }
  return ids;
}

/** The rows of the first Markdown table after `heading`, as cells. */
function tableAfter(text: string, heading: string): string[][] {
  const lines = text.slice(text.indexOf(heading)).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

describe('rule ids in the documents', () => {
  it.each(DOCUMENTS)('every rule id %s names is a rule or an engine id', (document) => {
    const unknown = namedRuleIds(read(document)).filter((id) => !id.endsWith('/*') && !RULE_IDS.has(id) && !ENGINE_IDS.has(id));
    expect(unknown).toEqual([]);
  });

  it('the README names every rule (its generated table)', () => {
    const named = new Set(namedRuleIds(read('README.md')));
    expect(RULES.map((r) => r.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it.each(DOCUMENTS)('%s never calls a kind of file unchecked', (document) => {
    expect(read(document)).not.toMatch(/not yet checked|no rule reads (it|them) yet|not checked by this version|reported as not yet/i);
  });
});

/** A file of each kind, alone: the rules it makes run are the rules that read that kind. */
const SAMPLES: Record<string, { kind: FileKind; file: string }> = {
  'DNS zone (RFC 1035 master file)': { kind: 'zone', file: 'examples/contoso/dns/external/contoso.com.zone' },
  'BIND configuration': { kind: 'named-conf', file: '__tests__/fixtures/dns/zone-validity/ok/named.conf' },
  'Terraform configuration': { kind: 'terraform', file: '__tests__/fixtures/terraform/teams/main.tf' },
  certificate: { kind: 'certificate', file: 'examples/contoso/certs/edge-external.pem' },
  'private key': { kind: 'private-key', file: '__tests__/fixtures/x509/private-key-committed/err/certs/edge.key' },
  'WireGuard config': { kind: 'wireguard', file: '__tests__/fixtures/vpn/split-tunnel/ok/vpn/wg-remote.conf' },
  'OpenVPN config': { kind: 'openvpn', file: '__tests__/fixtures/vpn/split-tunnel/err/vpn/client.ovpn' },
  'Always On VPN ProfileXML': { kind: 'vpn-profile-xml', file: '__tests__/fixtures/formats/vpn-profile-xml/user-tunnel.xml' },
  'Cisco ASA configuration': { kind: 'cisco-asa', file: '__tests__/fixtures/formats/cisco-asa/vpn-edge.cfg' },
  SDP: { kind: 'sdp', file: 'examples/contoso/media/offer-from-vpn.sdp' },
  'Windows registry export': { kind: 'registry', file: 'examples/contoso/policy/clients.reg' },
  'Group Policy registry file (Registry.pol)': { kind: 'registry-pol', file: '__tests__/fixtures/formats/registry-pol/{6AC1786C-016F-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/Machine/registry.pol' },
  'PowerShell script': { kind: 'powershell', file: '__tests__/fixtures/windows-dns/sfb-internal-dns.ps1' },
  'Windows batch file': { kind: 'batch', file: '__tests__/fixtures/windows-dns/sfb-internal-dns.cmd' },
  'DNSControl configuration': { kind: 'dnscontrol', file: '__tests__/fixtures/formats/dnscontrol/teams/dnsconfig.js' },
  'octoDNS zone': { kind: 'octodns', file: '__tests__/fixtures/formats/octodns/config/contoso.com.yaml' },
  'ARM template': { kind: 'arm', file: '__tests__/fixtures/formats/arm/teams-tenant.json' },
  'Bicep file': { kind: 'bicep', file: '__tests__/fixtures/formats/bicep/teams-tenant.bicep' },
  'Topology Builder XML (Lync / Skype for Business)': { kind: 'topology-builder', file: 'examples/contoso/topology.tbxml' },
};
const MANIFEST_SAMPLES: Record<string, string> = {
  '`Topology`': 'examples/contoso/topology.yml',
  '`Certificates`': 'examples/contoso/certificates.yml',
  '`VpnProfile`': 'examples/contoso/vpn/remote-users.yml',
  '`FirewallRules`': 'examples/contoso/firewall/lync-clients.yml',
  '`MediaPolicy`': '__tests__/fixtures/ice/port-ranges/ok/media.yml',
};

/** Rules that run on an estate of nothing (no `appliesTo`, or one true of any estate) read no kind in particular. */
const RUN_ON_ANYTHING = new Set(RULES.filter((r) => !r.appliesTo || r.appliesTo(new Estate({}))).map((r) => r.id));

async function rulesReading(file: string): Promise<{ kinds: string[]; rules: string[] }> {
  const result = await lint({ paths: [path.join(REPOSITORY_ROOT, file)], cwd: REPOSITORY_ROOT, ignoreConfigFiles: true, onlyRules: [] });
  expect(result.fatal).toEqual([]);
  const estate = result.estate as Estate;
  return { kinds: result.files.map((f) => f.kind), rules: RULES.filter((r) => !RUN_ON_ANYTHING.has(r.id) && r.appliesTo?.(estate)).map((r) => r.id) };
}

describe('docs/formats.md: which rules read which files', () => {
  const formats = read('docs/formats.md');
  const files = tableAfter(formats, '## Files and how they are recognised');
  const manifests = tableAfter(formats, '## Manifests (`apiVersion: uclint/v1`)');

  it('has a row for every kind of file (each format of the registry, by its title), and one for every kind of manifest', () => {
    expect(files.map((row) => row[0]).sort()).toEqual(FORMATS.map((format) => format.title).sort());
    expect(files.map((row) => row[0]).sort()).toEqual([...Object.keys(SAMPLES), 'uclint manifest'].sort());
    expect(Object.values(SAMPLES).map((s) => s.kind).concat('manifest').sort()).toEqual([...FILE_KINDS].sort());
    expect(manifests.map((row) => row[0]).sort()).toEqual(MANIFEST_KINDS.map((k) => `\`${k}\``).sort());
  });

  it.each(Object.entries(SAMPLES))('%s: the row names every rule a file of that kind makes run', async (label, sample) => {
    const { kinds, rules } = await rulesReading(sample.file);
    expect(kinds).toEqual([sample.kind]);
    const row = files.find((cells) => cells[0] === label) as string[];
    const named = cellRules(row[row.length - 1]);
    expect(rules.filter((id) => !named.has(id))).toEqual([]);
    expect(named.size).toBeGreaterThan(0);
  });

  it.each(Object.entries(MANIFEST_SAMPLES))('kind: %s: the row names every rule such a manifest makes run', async (label, file) => {
    const { kinds, rules } = await rulesReading(file);
    expect(kinds).toEqual(['manifest']);
    const row = manifests.find((cells) => cells[0] === label) as string[];
    const named = cellRules(row[row.length - 1]);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((id) => !named.has(id))).toEqual([]);
  });
});

describe('workflows name no repository the project does not own', () => {
  /** `uses:` values of the documents' YAML and of the workflow `uclint init` writes. */
  const usesOf = (text: string) => [...text.matchAll(/^\s*(?:- )?uses: (\S+)/gm)].map((m) => m[1]);
  const allowed = (uses: string) => /^(actions\/[a-z-]+@v\d+|github\/codeql-action\/[a-z-]+@v\d+|\.\/\S*|<owner>\/uclint@<[a-z0-9-]+>)$/.test(uses);

  it.each([...DOCUMENTS, 'action.yml', '.github/workflows/ci.yml'])('%s', (document) => {
    expect(usesOf(read(document)).filter((uses) => !allowed(uses))).toEqual([]);
  });

  it('the workflow uclint init writes', () => {
    const uses = usesOf(workflowText({ paths: '.' }));
    expect(uses).toContain('<owner>/uclint@<tag>');
    expect(uses.filter((u) => !allowed(u))).toEqual([]);
  });
});
