/**
 * The properties every loader must have, in one place for the jest tests
 * (`__tests__/loaders/properties.test.ts`, fixed seeds) and the long fuzz campaign
 * (`npm run fuzz`, `scripts/fuzz.ts`): for arbitrary input and for mutated real files, a
 * loader returns nodes and diagnostics, never throws, finishes within a per-input time
 * bound, and every range it returns (diagnostics and nodes) lies inside the file: line in
 * 1..line count, column within that line. Where a printer exists, parse(print(x)) is x.
 *
 * No jest here (the fuzz script imports it): a broken property throws an Error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Diagnostic, SourceRange } from '../../src/core/types.js';
import { CONFIG_FILE_NAMES, loadConfig } from '../../src/config/index.js';
import { classify, needsHead, SNIFF_BYTES } from '../../src/discover/classify.js';
import type { FileKind } from '../../src/discover/classify.js';
import { parseCertificateFile } from '../../src/formats/certificate/loader.js';
import { parsePrivateKeyFile } from '../../src/formats/shared/private-keys.js';
import { parseManifestFile } from '../../src/formats/manifest/loader.js';
import { parseOpenvpnFile } from '../../src/formats/openvpn/loader.js';
import { decodeRegistryBytes } from '../../src/formats/registry/decode.js';
import { parseRegistryFile } from '../../src/formats/registry/loader.js';
import { parseSdpFile } from '../../src/formats/sdp/loader.js';
import { readTopologyBuilderFile } from '../../src/formats/topology-builder/load.js';
import { decodeXmlBytes } from '../../src/languages/xml/index.js';
import { readPowerShellFiles } from '../../src/formats/powershell/load.js';
import { readBatchFiles } from '../../src/formats/batch/load.js';
import type { FormatLoad, LoadContext } from '../../src/formats/shared/format.js';
import { parseWireguardFile } from '../../src/formats/wireguard/loader.js';
import { readProfileXmlFile } from '../../src/formats/vpn-profile-xml/load.js';
import { readCiscoAsaFile } from '../../src/formats/cisco-asa/load.js';
import { formatRecord, parseZone } from '../../src/formats/zone/loader.js';
import { parseNamedConf } from '../../src/formats/named-conf/loader.js';
import { AzureDnsZones } from '../../src/formats/arm/dns.js';
import { readArmTemplate } from '../../src/languages/arm/template.js';
import type { IncludeReader, ZoneFile, ZoneRecord } from '../../src/formats/zone/loader.js';
import { RULES } from '../../src/rules.generated.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The password of the PKCS#12 samples in `__tests__/fixtures/loaders/certificate/`. */
export const SAMPLE_PKCS12_PASSWORD = 'pw';

/** A file as a loader receives it: bytes for certificates and registry exports, text for the rest. */
export type LoaderInput = string | Uint8Array;

/** What a loader gave back, reduced to what the properties look at. */
export interface Loaded {
  diagnostics: readonly Diagnostic[];
  /** Every range of every node the loader built. */
  ranges: readonly SourceRange[];
  /** The text each range refers to, by file name (the file itself and, for zones, what it included). */
  texts: ReadonlyMap<string, string>;
  /** Extra checks of the result (a printer's round trip); throws when broken. */
  check?: () => void;
}

export interface LoaderSubject {
  name: string;
  /** Diagnostics codes start with `<prefix>/`. */
  codePrefix: string;
  input: 'text' | 'bytes';
  /** Words of the format, for token soups and insertions into real files. */
  tokens: readonly string[];
  /** Valid inputs: the real fixtures and examples this loader reads. */
  samples: () => LoaderInput[];
  load: (input: LoaderInput) => Loaded;
}

// ---------------------------------------------------------------------------------------
// Samples: every file under the fixtures and examples that discovery gives this loader.

const SAMPLE_ROOTS = ['__tests__/fixtures', 'examples'];
type SampleKind = FileKind | 'config';
let samplesByKind: Map<SampleKind, Buffer[]> | undefined;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
}

/** The fixture files of a kind, classified as discovery does (name, then the head of the content). */
export function fixtureSamples(kind: SampleKind): Buffer[] {
  if (!samplesByKind) {
    samplesByKind = new Map();
    const files: string[] = [];
    for (const root of SAMPLE_ROOTS) walk(path.join(REPO_ROOT, root), files);
    for (const file of files) {
      const name = path.basename(file);
      const bytes = readFileSync(file);
      const found: SampleKind | undefined = (CONFIG_FILE_NAMES as readonly string[]).includes(name)
        ? 'config'
        : name.endsWith('.inc')
          ? 'zone'
          : classify(name, needsHead(name) ? bytes.subarray(0, SNIFF_BYTES) : undefined);
      if (found === undefined) continue;
      const list = samplesByKind.get(found) ?? [];
      list.push(bytes);
      samplesByKind.set(found, list);
    }
  }
  const list = samplesByKind.get(kind) ?? [];
  if (list.length === 0) throw new Error(`no fixture of kind ${kind}`);
  return list;
}

/** Text as the pipeline reads it (UTF-16 by its byte-order mark, else UTF-8). */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8');
}

const textSamples = (kind: SampleKind) => (): LoaderInput[] => fixtureSamples(kind).map(decodeText);

// ---------------------------------------------------------------------------------------
// The loaders, called as `src/lint.ts` calls them.

/** Every `loc` in a result, cycles (a record's `zone`) followed once. */
export function nodeRanges(value: unknown, seen = new Set<object>()): SourceRange[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return [];
  seen.add(value);
  const out: SourceRange[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'loc' && typeof inner === 'object' && inner !== null && 'line' in inner) out.push(inner as SourceRange);
    else if (key !== 'diagnostics') out.push(...nodeRanges(inner, seen));
  }
  return out;
}

const textOf = (input: LoaderInput): string => (typeof input === 'string' ? input : decodeText(Buffer.from(input)));
const bytesOf = (input: LoaderInput): Uint8Array => (typeof input === 'string' ? Buffer.from(input, 'utf8') : input);

/** What a `$INCLUDE` reads during the properties: a small zone of its own, whatever the path. */
const INCLUDED_ZONE = 'inc.zone';
const INCLUDED_TEXT = 'part IN A 192.0.2.7\n  IN TXT "included" ; a comment\n';

const ZONE_RELATIONS = new Set(['zone/out-of-zone', 'zone/class-mismatch']);

/** Records printed with their canonical form read back as the same records, without diagnostics. */
function zoneRoundTrip(zone: ZoneFile): void {
  const records = zone.records;
  const printed = records.map(formatRecord);
  // Printed names are absolute; the origin still decides which records are in the zone, and a
  // `$ORIGIN` line (which wins over the SOA's owner, as it did in the file) keeps it.
  const head = zone.origin === undefined ? '' : `$ORIGIN ${zone.origin}\n`;
  const again = parseZone(head + printed.join('\n') + '\n', { file: 'printed.zone' });
  // Relations between records (which name the SOA makes the apex, the class of the first
  // record) are the zone's, not a record's: printing keeps them as they were.
  const problems = again.diagnostics.filter((d) => !ZONE_RELATIONS.has(d.code)).map((d) => `${d.code} at ${d.line}: ${d.message} in '${printed[d.line - 1 - (head ? 1 : 0)]}'`);
  if (problems.length > 0) throw new Error(`printed records do not read back: ${problems.slice(0, 3).join('; ')}`);
  // `generic` says how the data was spelled (RFC 3597 `\#`), not what it is: the canonical form of a known type drops it.
  const plain = (r: ZoneRecord) => JSON.stringify({ name: r.name, ttl: r.ttl, class: r.class, type: r.type, data: r.data });
  const before = records.map(plain);
  const after = again.zone.records.map(plain);
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] !== after[i]) throw new Error(`record ${i + 1} printed as '${printed[i]}' reads back differently: ${before[i]} became ${after[i]}`);
  }
}

/** A format of Windows DNS scripts: its records' ranges (readable, unreadable) and its notes'. */
/** A load context of no tree: nothing to include, comments let go. */
export function isolatedLoadContext(): LoadContext {
  return {
    files: [],
    include: () => ({ error: 'not read' }),
    findInTree: () => ({ error: 'not read' }),
    isText: () => true,
    comments: () => undefined,
    commentsDone: () => undefined,
    passwordFor: () => ({}),
  };
}

function windowsDnsSubject(name: 'powershell' | 'batch', file: string, read: (files: Parameters<typeof readPowerShellFiles>[0], context: LoadContext) => FormatLoad, tokens: string[]): LoaderSubject {
  const context = isolatedLoadContext();
  return {
    name,
    codePrefix: name,
    input: 'text',
    tokens,
    samples: textSamples(name),
    load(input) {
      const text = textOf(input);
      const loaded = read([{ file, kind: name, view: 'unknown', viewSource: 'none', read: () => ({ text, encoding: 'utf8', byteOrderMark: false }) }], context);
      const zones = loaded.nodes?.zones ?? [];
      const ranges = [
        ...zones.flatMap((zone) => zone.records.map((r) => r.loc)),
        ...zones.flatMap((zone) => (zone.unreadableRecords ?? []).flatMap((r) => (r.valueLoc ? [r.loc, r.valueLoc] : [r.loc]))),
        ...(loaded.nodes?.notes ?? []).map((n) => n.loc),
      ];
      return { diagnostics: loaded.diagnostics ?? [], ranges, texts: new Map([[file, text]]) };
    },
  };
}

export const LOADER_SUBJECTS: readonly LoaderSubject[] = [
  {
    name: 'zone',
    codePrefix: 'zone',
    input: 'text',
    tokens: ['$ORIGIN ', '$TTL ', '$INCLUDE inc.zone', '$GENERATE 1-300 h$ A 192.0.2.$', '@', ' IN ', ' CH ', ' A ', ' AAAA ', ' SOA ', ' TXT ', ' SRV ', ' NAPTR ', ' CAA ', ' HTTPS ', ' TYPE65000 ', '\\#', '\\0', '\\255', '\\.', '(', ')', ';', '"', '.', '*', '2147483647', '4294967296', '1w2d', 'ns1.example.com.', 'alpn=h2', 'port=443', 'mandatory=alpn'],
    samples: textSamples('zone'),
    load(input) {
      const text = textOf(input);
      const texts = new Map([['f.zone', text]]);
      const includeReader: IncludeReader = () => {
        texts.set(INCLUDED_ZONE, INCLUDED_TEXT);
        return { file: INCLUDED_ZONE, text: INCLUDED_TEXT };
      };
      const result = parseZone(text, { file: 'f.zone', origin: 'example.com.', originSource: 'filename', includeReader });
      return { diagnostics: result.diagnostics, ranges: result.zone.records.map((r) => r.loc), texts, check: () => zoneRoundTrip(result.zone) };
    },
  },
  {
    name: 'named-conf',
    codePrefix: 'named-conf',
    input: 'text',
    tokens: ['options {', 'zone "', 'view "', '" {', ' };\n', ';', '{', '}', '"', 'include "inc.conf";\n', 'file "', 'type primary;', 'match-clients { ', '!', '10/8', 'any', 'acl "', '//', '#', '/*', '*/', '\\"', '{{ x }}', '{%', '${DOMAIN}', '\n'],
    samples: textSamples('named-conf'),
    load(input) {
      const text = textOf(input);
      const texts = new Map([['named.conf', text]]);
      // Including the file itself exercises cycles; another name is read as a small include.
      const includeReader: IncludeReader = (written) => (written === 'named.conf' ? { file: 'named.conf', text } : { file: 'inc.conf', text: 'zone "x" { file "x.db"; };\n' });
      texts.set('inc.conf', 'zone "x" { file "x.db"; };\n');
      const result = parseNamedConf(text, { file: 'named.conf', includeReader });
      const ranges = [...result.conf.zones.map((z) => z.loc), ...result.conf.views.map((v) => v.loc)];
      return { diagnostics: result.diagnostics, ranges, texts };
    },
  },
  {
    name: 'arm',
    codePrefix: 'arm',
    input: 'text',
    tokens: ['{', '}', '[', ']', ',', ':', '"', '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"', '"resources": [', '"type": "Microsoft.Network/dnsZones/SRV"', '"name": "contoso.com/_sip._tls"', '"SRVRecords": [', '"port": ', '"target": ""', '"[concat(parameters(\'z\'), \'/@\')]"', '"copy": { "name": "c", "count": 3 }', '[copyIndex()]', '//', '/*', '*/', '\\u0041', '\n'],
    samples: textSamples('arm'),
    load(input) {
      const text = textOf(input);
      const deployment = readArmTemplate(text, 't.json');
      const zones = new AzureDnsZones('arm', []);
      zones.add({ deployment, root: 't.json' });
      const result = zones.finish();
      return { diagnostics: deployment.diagnostics, ranges: nodeRanges({ zones: result.zones, notes: result.notes }), texts: new Map([['t.json', text]]) };
    },
  },
  {
    name: 'vpn-profile-xml',
    codePrefix: 'vpn-profile-xml',
    input: 'text',
    tokens: ['<VPNProfile>', '</VPNProfile>', '<NativeProfile>', '</NativeProfile>', '<RoutingPolicyType>ForceTunnel</RoutingPolicyType>', '<Route>', '</Route>', '<Address>52.112.0.0</Address>', '<Address>2603:1063::</Address>', '<PrefixSize>33</PrefixSize>', '<PrefixSize>14</PrefixSize>', '<ExclusionRoute>true</ExclusionRoute>', '<DeviceTunnel>true</DeviceTunnel>', '&lt;', '&gt;', '&amp;', '<![CDATA[', ']]>', '<!--', '-->', '<SyncML>', '<LocURI>./Vendor/MSFT/VPNv2/A/ProfileXML</LocURI>', '<Data>', '</Data>', '"', '\n'],
    samples: textSamples('vpn-profile-xml'),
    load(input) {
      const text = textOf(input);
      const result = readProfileXmlFile(text, 'p.xml');
      return { diagnostics: result.diagnostics, ranges: nodeRanges({ profiles: result.profiles, notes: result.notes }), texts: new Map([['p.xml', text]]) };
    },
  },
  ...(['cfg', 'yml'] as const).map(
    (extension): LoaderSubject => ({
      name: extension === 'cfg' ? 'cisco-asa' : 'cisco-asa-ansible',
      codePrefix: 'cisco-asa',
      input: 'text',
      tokens: ['ASA Version 9.18(2)\n', 'group-policy GP attributes\n', ' split-tunnel-policy excludespecified\n', ' split-tunnel-network-list value EX\n', 'access-list EX standard permit ', 'access-list EX extended permit ip ', 'host ', '52.112.0.0 255.252.0.0', 'object-group network G\n', ' network-object ', 'any6', 'ip local pool P 10.0.0.1-10.0.0.9 mask 255.255.255.0\n', 'cisco.asa.asa_config:\n', '  lines:\n', '  parents: ', '- ', '"', '{{ x }}', '\n'],
      samples: textSamples('cisco-asa'),
      load(input) {
        const text = textOf(input);
        const file = `a.${extension}`;
        const result = readCiscoAsaFile(text, file);
        return { diagnostics: result.diagnostics, ranges: nodeRanges({ profiles: result.profiles, notes: result.notes }), texts: new Map([[file, text]]) };
      },
    }),
  ),
  {
    name: 'manifest',
    codePrefix: 'manifest',
    input: 'text',
    tokens: ['apiVersion: uclint/v1\n', 'kind: Topology\n', 'kind: Certificates\n', 'kind: VpnProfile\n', 'kind: FirewallRules\n', 'kind: MediaPolicy\n', '---\n', '- ', ': ', '[', ']', '{', '}', ',', '&a ', '*a', '<<: *a', '!!int ', '!!str ', '? ', '|\n', '>-\n', 'fqdn: ', 'ip: ', 'sans: [', 'rules:\n', 'pools:\n', 'include: ', '10.0.0.0/8', '::/0', 'any', '50000-59999', '65536', 'CN=', '2026-02-30', 'serverAuth'],
    samples: textSamples('manifest'),
    load(input) {
      const text = textOf(input);
      const result = parseManifestFile(text, 'm.yml');
      return { diagnostics: result.diagnostics, ranges: nodeRanges(result), texts: new Map([['m.yml', text]]) };
    },
  },
  {
    name: 'certificate',
    codePrefix: 'certificate',
    input: 'bytes',
    tokens: ['-----BEGIN CERTIFICATE-----\n', '-----END CERTIFICATE-----\n', '-----BEGIN PKCS7-----\n', '-----END PKCS7-----\n', '-----BEGIN TRUSTED CERTIFICATE-----\n', 'MIIB', 'MII', '====', 'AAAA', '\x30\x80', '\x30\x82\xff\xff', '\x02\x01\x03', '\x06\x03\x55\x1d\x11', '\x04\x00', '\x00\x00'],
    samples: () => [...fixtureSamples('certificate'), ...readdirSync(path.join(REPO_ROOT, '__tests__/fixtures/loaders/certificate')).filter((n) => !n.endsWith('.pem')).map((n) => readFileSync(path.join(REPO_ROOT, '__tests__/fixtures/loaders/certificate', n)))],
    load(input) {
      const bytes = bytesOf(input);
      // A low iteration bound keeps mutated PKCS#12 files cheap: the bound, not a clock, limits that work.
      const result = parseCertificateFile(bytes, { file: 'c.pfx', password: SAMPLE_PKCS12_PASSWORD, passwordVariable: 'PFX_PASSWORD', limits: { maxPkcs12Iterations: 4096 } });
      // Binary files have lines too: the loader counts them in the bytes read as Latin-1.
      return { diagnostics: result.diagnostics, ranges: [...nodeRanges(result.certificates), ...result.privateKeys.map((k) => k.loc)], texts: new Map([['c.pfx', Buffer.from(bytes).toString('latin1')]]) };
    },
  },
  {
    name: 'private-key',
    codePrefix: 'private-key',
    input: 'bytes',
    tokens: ['-----BEGIN PRIVATE KEY-----\n', '-----END PRIVATE KEY-----\n', '-----BEGIN OPENSSH PRIVATE KEY-----\n', '-----END OPENSSH PRIVATE KEY-----\n', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n', 'Proc-Type: 4,ENCRYPTED\n', 'Private-key-format: v1.3\n', 'b3BlbnNzaC1rZXktdjEA', 'MIG', 'MII', '=AbCd\n', '\x30\x82', '\x02\x01\x00', '\x04\x20'],
    samples: () => fixtureSamples('private-key'),
    load(input) {
      const bytes = bytesOf(input);
      const keys = parsePrivateKeyFile(bytes, 'k.key');
      return { diagnostics: [], ranges: keys.map((k) => k.loc), texts: new Map([['k.key', new TextDecoder('utf-8').decode(bytes)]]) };
    },
  },
  {
    name: 'registry',
    codePrefix: 'registry',
    input: 'bytes',
    tokens: ['Windows Registry Editor Version 5.00\r\n', 'REGEDIT4\r\n', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]\r\n', '[-HKEY_CURRENT_USER\\x]', '"Name"=', '@=', 'dword:', 'dword:ffffffff', 'hex:', 'hex(2):', 'hex(7):', 'hex(b):', 'hex(ffffffff):', '00,', 'ff,', '\\\r\n  ', '=-', '"\\"', '\xff\xfe', '\x00'],
    samples: () => fixtureSamples('registry'),
    load(input) {
      const result = parseRegistryFile(bytesOf(input), 'r.reg');
      return { diagnostics: result.diagnostics, ranges: nodeRanges(result.registry), texts: new Map([['r.reg', decodeRegistryBytes(bytesOf(input)).text]]) };
    },
  },
  ...(['wireguard', 'openvpn'] as const).map(
    (name): LoaderSubject => ({
      name,
      codePrefix: name,
      input: 'text',
      tokens: name === 'wireguard'
        ? ['[Interface]\n', '[Peer]\n', 'Address = ', 'AllowedIPs = ', 'DNS = ', 'Endpoint = ', 'PrivateKey = ', 'Table = off', '0.0.0.0/0', '::/0', '[2001:db8::1]:51820', 'host:65536', '172.16.1.0/8', ', ']
        : ['client\n', 'dev tun\n', 'remote ', 'route ', 'route-ipv6 ', 'redirect-gateway def1', 'route-nopull', 'dhcp-option DNS ', 'net_gateway', '255.255.255.0', '<ca>\n', '</ca>\n', '<connection>\n', '</connection>\n', '--', 'ifconfig ', 'pull-filter ignore'],
      samples: textSamples(name),
      load(input) {
        const text = textOf(input);
        const result = name === 'wireguard' ? parseWireguardFile(text, 'v.conf') : parseOpenvpnFile(text, 'v.conf');
        return { diagnostics: result.diagnostics, ranges: nodeRanges(result.profile), texts: new Map([['v.conf', text]]) };
      },
    }),
  ),
  {
    name: 'sdp',
    codePrefix: 'sdp',
    input: 'text',
    tokens: ['v=0\n', 'o=- 0 0 IN IP4 ', 'c=IN IP4 ', 'c=IN IP6 ', 'm=audio ', 'm=video 0 RTP/AVP ', 'a=candidate:', ' typ ', 'host', 'srflx', 'relay', ' raddr ', ' rport ', ' tcptype ', 'UDP', 'TCP-ACT', '2130706431', '192.0.2.1', '2001:db8::1', '65535', 'a=rtcp:'],
    samples: textSamples('sdp'),
    load(input) {
      const text = textOf(input);
      const result = parseSdpFile(text, 's.sdp');
      return { diagnostics: result.diagnostics, ranges: nodeRanges(result.session), texts: new Map([['s.sdp', text]]) };
    },
  },
  {
    name: 'topology-builder',
    codePrefix: 'topology-builder',
    input: 'bytes',
    tokens: ['<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008">', '<NewTopology>', '<PartialTopology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008">', '<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">', '<InternalDomains DefaultDomain="contoso.com">', '<InternalDomain Name="', '<Cluster UniqueId="a" Fqdn="', '<Machine Fqdn="', '<NetInterface InterfaceSide="External" InterfaceNumber="1" IPAddress="', '<Service RoleName="EdgeServer" InstalledOn="a" ServiceVersion="7">', '<Port Owner="urn:component:AccessEdge" Usage="SipClient" InterfaceSide="External" Port="', '" ConfiguredFqdn="', '<ClusterId SiteId="1" Number="1" />', '/>', '</', '>', '"', '&lt;', '&amp;', '<![CDATA[', ']]>', '<!DOCTYPE x [<!ENTITY a "b">]>', '\ufeff', '\x00'],
    samples: () => fixtureSamples('topology-builder'),
    load(input) {
      const bytes = bytesOf(input);
      const result = readTopologyBuilderFile('t.tbxml', bytes);
      const text = bytes[0] === 0x50 && bytes[1] === 0x4b ? '' : decodeXmlBytes(bytes);
      return { diagnostics: result.diagnostics, ranges: nodeRanges(result.nodes.topologies), texts: new Map([['t.tbxml', text]]) };
    },
  },
  windowsDnsSubject('powershell', 's.ps1', readPowerShellFiles, ['Add-DnsServerResourceRecordA', 'Add-DnsServerResourceRecord', ' -Srv', ' -ZoneName ', ' -Name ', ' -IPv4Address ', ' -Port ', ' -DomainName ', "'contoso.com'", ' $zone', '$zone = ', ' @', 'foreach ($n in 1, 2) {', '}', ' dnscmd', ' /recordadd ', ' SRV ', ' 0 0 5061 ', '\n', '# uclint-disable-line']),
  windowsDnsSubject('batch', 's.cmd', readBatchFiles, ['dnscmd ', '/recordadd ', '/zoneadd ', '/dsprimary', 'contoso.com ', '_sip._tls ', 'SRV ', 'A ', '0 0 443 ', '%ZONE%', 'set ZONE=', 'for %%n in (a b) do ', 'REM ', ':: ', '^', '\r\n', '"']),
  {
    name: 'config',
    codePrefix: 'config',
    input: 'text',
    tokens: ['extends: ', 'uclint:recommended', 'uclint:all', 'rules:\n', '  x509/expiry: ', '[warn, {days: 3}]', 'off', 'error', 'ignore: [', 'zones:\n', 'views:\n', 'internal: [', 'settings:\n', 'now: ', '2026-13-40', 'certificatePasswords:\n', 'baseline: ', 'product: ', 'lync2013', '---\n', '&a ', '*a'],
    samples: textSamples('config'),
    load(input) {
      const text = textOf(input);
      const result = loadConfig(text, '.uclint.yml', RULES);
      return { diagnostics: result.diagnostics, ranges: [], texts: new Map([['.uclint.yml', text]]) };
    },
  },
];

export function subjectNamed(name: string): LoaderSubject {
  const subject = LOADER_SUBJECTS.find((s) => s.name === name);
  if (!subject) throw new Error(`no loader named ${name}`);
  return subject;
}

// ---------------------------------------------------------------------------------------
// "Inside the file".

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * What is wrong with the ranges of a result: each one names a file the loader read, its
 * lines lie in 1..line count, its columns in 1..length of the line + 1, and its end is not
 * before its start. A missing field is reported as the one column just past the end of its
 * line (`len+1` to `len+2`), so an end column may go one further than a start column. Diagnostics
 * carry a code of the format and are not the loader's own last-resort catch.
 */
export function rangeProblems(codePrefix: string, loaded: Pick<Loaded, 'diagnostics' | 'ranges' | 'texts'>): string[] {
  const problems: string[] = [];
  const lines = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    if (!lines.has(file)) {
      const text = loaded.texts.get(file);
      if (text === undefined) return undefined;
      lines.set(file, text.split(LINE_BREAK));
    }
    return lines.get(file);
  };
  const code = new RegExp(`^${codePrefix}/[a-z0-9-]+$`);
  for (const d of loaded.diagnostics) {
    if (!code.test(d.code)) problems.push(`code ${d.code} is not ${codePrefix}/<word>`);
    // The loaders turn their own exceptions into these; input must never reach them.
    if (/\/internal(-error)?$/.test(d.code) || d.message.startsWith('YAML could not be read')) problems.push(`internal failure: ${d.code} ${d.message}`);
    if (!['error', 'warning', 'info'].includes(d.severity)) problems.push(`severity ${d.severity}`);
  }
  for (const r of [...loaded.diagnostics, ...loaded.ranges]) {
    const where = `${'code' in r ? `${String(r.code)} ` : ''}${r.file}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
    const fileLines = linesOf(r.file);
    if (!fileLines) {
      problems.push(`${where}: a file the loader did not read`);
      continue;
    }
    const positions = [r.line, r.column, r.endLine, r.endColumn];
    if (!positions.every(Number.isInteger)) {
      problems.push(`${where}: positions are not integers`);
      continue;
    }
    if (r.line < 1 || r.line > fileLines.length) problems.push(`${where}: line outside 1..${fileLines.length}`);
    else if (r.column < 1 || r.column > fileLines[r.line - 1].length + 1) problems.push(`${where}: column outside 1..${fileLines[r.line - 1].length + 1}`);
    if (r.endLine < r.line || r.endLine > fileLines.length) problems.push(`${where}: end line outside ${r.line}..${fileLines.length}`);
    else if (r.endColumn < 1 || r.endColumn > fileLines[r.endLine - 1].length + 2) problems.push(`${where}: end column outside 1..${fileLines[r.endLine - 1].length + 2}`);
    else if (r.endLine === r.line && r.endColumn < r.column) problems.push(`${where}: ends before it starts`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// Inputs: arbitrary, token soups, and real files mutated.

/** Pieces that break parsers: NUL, marks, lone surrogates, long runs, deep nesting, huge numbers, paths. */
export const HOSTILE_TOKENS: readonly string[] = [
  '\0', '\uFEFF', '\r', '\n', '\r\n', '\t', '\u2028', '\u00a0', '\uD800', '\uDFFF', '😀', 'é', '\x7f', '\x1b[2J',
  ' '.repeat(100), 'A'.repeat(5000), '9'.repeat(40), '0'.repeat(400) + '1', '-1', '-0', '4294967296', '18446744073709551616', '1e999', 'NaN', 'Infinity',
  '%s%n%x', '${env:HOME}', '{{x}}', '\\', '\\\\', '"', "'", '`', '#', ';', '=', ':', ',', '/', '*', '&', '!',
  '['.repeat(300), '{'.repeat(300), '('.repeat(300), ']', '}', ')', '- '.repeat(200),
  '../../../../etc/passwd', '/dev/zero', 'C:\\Windows\\System32', '\\\\server\\share', 'file:///etc/passwd', 'http://192.0.2.1/',
  '0.0.0.0/0', '::/0', '255.255.255.255/33', '999.1.1.1', 'ffff:'.repeat(9) + 'ffff', '::ffff:1.2.3.4', 'fe80::1%eth0', '[::1]:99999',
  '&a [*a, *a, *a]', '*unknown', '<<: *a', '!!binary', '!!python/object', '---', '...',
  '-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '$INCLUDE /etc/passwd', '$GENERATE 0-4294967295 a$ A 1.2.3.4',
];

/** Edits applied to a real file: delete, duplicate, swap, truncate, insert (bytes or characters, and whole lines). */
export type Edit =
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; piece: string }
  | { op: 'set'; at: number; unit: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; other: number }
  | { op: 'insertLine'; at: number; piece: string };

export function editArbitrary(tokens: readonly string[]): fc.Arbitrary<Edit> {
  const at = fc.nat();
  const piece = fc.oneof(fc.constantFrom(...tokens), fc.constantFrom(...HOSTILE_TOKENS), fc.string({ unit: 'binary', maxLength: 8 }));
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 200 }), to: fc.nat() }),
    fc.record({ op: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 40 }), times: fc.integer({ min: 2, max: 300 }) }),
    fc.record({ op: fc.constant('truncate' as const), at }),
    fc.record({ op: fc.constant('insert' as const), at, piece }),
    fc.record({ op: fc.constant('set' as const), at, unit: fc.integer({ min: 0, max: 0xffff }) }),
    fc.record({ op: fc.constant('deleteLine' as const), at }),
    fc.record({ op: fc.constant('duplicateLine' as const), at }),
    fc.record({ op: fc.constant('swapLines' as const), at, other: fc.nat() }),
    fc.record({ op: fc.constant('insertLine' as const), at, piece }),
  );
}

/** Strings and byte buffers edited the same way: `units` is characters or bytes. */
interface Units<T extends LoaderInput> {
  length(x: T): number;
  slice(x: T, start: number, end?: number): T;
  concat(parts: T[]): T;
  fromText(text: string): T;
  unit(n: number): T;
  lines(x: T): T[];
  joinLines(lines: T[]): T;
}

const TEXT_UNITS: Units<string> = {
  length: (x) => x.length,
  slice: (x, start, end) => x.slice(start, end),
  concat: (parts) => parts.join(''),
  fromText: (text) => text,
  unit: (n) => String.fromCharCode(n),
  lines: (x) => x.split('\n'),
  joinLines: (lines) => lines.join('\n'),
};

const BYTE_UNITS: Units<Uint8Array> = {
  length: (x) => x.length,
  slice: (x, start, end) => x.subarray(start, end),
  concat: (parts) => Buffer.concat(parts),
  // Hostile characters reach binary loaders as Latin-1 (one byte each) and as UTF-8.
  fromText: (text) => Buffer.from(text, /^[\0-\xff]*$/.test(text) ? 'latin1' : 'utf8'),
  unit: (n) => Uint8Array.of(n & 0xff),
  lines: (x) => {
    const out: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i < x.length; i++) {
      if (x[i] !== 10) continue;
      out.push(x.subarray(start, i));
      start = i + 1;
    }
    out.push(x.subarray(start));
    return out;
  },
  joinLines: (lines) => Buffer.concat(lines.flatMap((line, i) => (i === 0 ? [line] : [Uint8Array.of(10), line]))),
};

function applyEditsWith<T extends LoaderInput>(u: Units<T>, input: T, edits: readonly Edit[]): T {
  let x = input;
  for (const edit of edits) {
    const n = u.length(x);
    const at = edit.at % (n + 1);
    switch (edit.op) {
      case 'delete':
        x = u.concat([u.slice(x, 0, at), u.slice(x, at + edit.length)]);
        break;
      case 'duplicate': {
        const to = edit.to % (n + 1);
        x = u.concat([u.slice(x, 0, to), u.slice(x, at, at + edit.length), u.slice(x, to)]);
        break;
      }
      case 'repeat': {
        const piece = u.slice(x, at, at + edit.length);
        x = u.concat([u.slice(x, 0, at), ...Array<T>(edit.times).fill(piece), u.slice(x, at + edit.length)]);
        break;
      }
      case 'truncate':
        x = u.slice(x, 0, at);
        break;
      case 'insert':
        x = u.concat([u.slice(x, 0, at), u.fromText(edit.piece), u.slice(x, at)]);
        break;
      case 'set':
        if (n > 0) x = u.concat([u.slice(x, 0, edit.at % n), u.unit(edit.unit), u.slice(x, (edit.at % n) + 1)]);
        break;
      default: {
        const lines = u.lines(x);
        const i = edit.at % lines.length;
        if (edit.op === 'deleteLine') lines.splice(i, 1);
        else if (edit.op === 'duplicateLine') lines.splice(i, 0, lines[i]);
        else if (edit.op === 'insertLine') lines.splice(i, 0, u.fromText(edit.piece));
        else {
          const j = edit.other % lines.length;
          [lines[i], lines[j]] = [lines[j], lines[i]];
        }
        x = u.joinLines(lines);
      }
    }
  }
  return x;
}

export function applyEdits(input: LoaderInput, edits: readonly Edit[]): LoaderInput {
  return typeof input === 'string' ? applyEditsWith(TEXT_UNITS, input, edits) : applyEditsWith(BYTE_UNITS, input, edits);
}

/**
 * Inputs for a loader: arbitrary text or bytes, soups of its tokens and hostile pieces, and
 * (most often) one of its real samples under one to six edits.
 */
export function inputArbitrary(subject: LoaderSubject, samples: readonly LoaderInput[]): fc.Arbitrary<LoaderInput> {
  const toInput = (text: string): LoaderInput => (subject.input === 'text' ? text : BYTE_UNITS.fromText(text));
  const arbitrary: fc.Arbitrary<LoaderInput> = subject.input === 'text' ? fc.string({ unit: 'binary', maxLength: 600 }) : fc.uint8Array({ maxLength: 2000 });
  const soup = fc.array(fc.oneof(fc.constantFrom(...subject.tokens), fc.constantFrom(...HOSTILE_TOKENS), fc.constantFrom(' ', '\n', '\r\n', '\t', '0', 'a', '.')), { maxLength: 120 }).map((parts) => toInput(parts.join('')));
  const mutated = fc.tuple(fc.nat({ max: samples.length - 1 }), fc.array(editArbitrary(subject.tokens), { minLength: 1, maxLength: 6 })).map(([i, edits]) => applyEdits(samples[i], edits));
  return fc.oneof({ arbitrary: arbitrary, weight: 1 }, { arbitrary: soup, weight: 1 }, { arbitrary: mutated, weight: 4 });
}

// ---------------------------------------------------------------------------------------
// The property, and what it measured.

/** Per-input time bound of the jest runs: generous, since the machine may be busy; typical inputs take well under a millisecond. */
export const TEST_TIME_BOUND_MS = 2000;

export class LoaderStats {
  runs = 0;
  slowestMs = 0;
  slowestInput: LoaderInput = '';
  totalMs = 0;

  record(ms: number, input: LoaderInput): void {
    this.runs++;
    this.totalMs += ms;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowestInput = input;
    }
  }
}

/** Loads one input and throws when a property breaks: an exception, too slow, a range outside the file, a broken round trip. */
export function checkLoader(subject: LoaderSubject, input: LoaderInput, timeBoundMs: number, stats?: LoaderStats): void {
  const start = performance.now();
  const loaded = subject.load(input);
  const ms = performance.now() - start;
  stats?.record(ms, input);
  const problems = rangeProblems(subject.codePrefix, loaded);
  if (problems.length > 0) throw new Error(`${subject.name}: ${problems.slice(0, 5).join('\n')}`);
  if (ms > timeBoundMs) throw new Error(`${subject.name}: ${ms.toFixed(0)} ms for one input of ${typeof input === 'string' ? input.length + ' characters' : input.length + ' bytes'}, over the bound of ${timeBoundMs} ms`);
  loaded.check?.();
}

export function loaderProperty(subject: LoaderSubject, samples: readonly LoaderInput[], timeBoundMs: number, stats?: LoaderStats): fc.IPropertyWithHooks<[LoaderInput]> {
  return fc.property(inputArbitrary(subject, samples), (input) => checkLoader(subject, input, timeBoundMs, stats));
}
