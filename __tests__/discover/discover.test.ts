import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  discoverFiles,
  lintRoot,
  createIncludeReader,
  classify,
  SNIFF_BYTES,
  readTextFile,
} from '../../src/discover/index.js';
import { originFromFileName } from '../../src/formats/zone/recognise.js';
import type { DiscoveredFile, DiscoverOptions } from '../../src/discover/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, '../fixtures/discover/tree');

let tmp: string;
let root: string;

beforeEach(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'uclint-discover-')));
  root = path.join(tmp, 'tree');
  cpSync(fixture, root, { recursive: true });
  // Directories git would not keep in a fixture.
  for (const skipped of ['.git', 'node_modules/pkg']) {
    mkdirSync(path.join(root, skipped), { recursive: true });
    writeFileSync(path.join(root, skipped, 'x.zone'), '$TTL 1\n');
  }
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const NO_CONFIG: DiscoverOptions = { root: '', ignore: [], views: { internal: [], external: [] }, zones: {} };

function options(overrides: Partial<DiscoverOptions> = {}): DiscoverOptions {
  return { ...NO_CONFIG, root, ...overrides };
}

/** One line per file: `file kind view/viewSource origin/originSource`. */
function describe_(files: DiscoveredFile[]): string[] {
  return files.map((f) => `${f.file} ${f.kind} ${f.view}/${f.viewSource}${f.origin ? ` ${f.origin}/${f.originSource}` : ''}`);
}

describe('discoverFiles', () => {
  it('classifies the tree by name and content, skipping what is not ours', async () => {
    const { files, diagnostics } = await discoverFiles(['.'], options());
    expect(diagnostics).toEqual([]);
    expect(describe_(files)).toEqual([
      'certs/chain-no-extension certificate unknown/none',
      'certs/edge.der certificate unknown/none',
      'certs/edge.pem certificate unknown/none',
      'dns/backup.2024.zone zone unknown/none',
      'dns/db.fabrikam.com zone unknown/none fabrikam.com./filename',
      'dns/external/contoso.com.zone zone external/path contoso.com./filename',
      'dns/external/lab/internal/lab.contoso.com.db zone internal/path lab.contoso.com./filename',
      'dns/internal/contoso.com.zone zone internal/path contoso.com./filename',
      'dns/legacy.txt zone unknown/none',
      'dns/reverse/10.168.192.in-addr.arpa.zone zone unknown/none 10.168.192.in-addr.arpa./filename',
      'legacy/old.zone zone unknown/none',
      'manifests/firewall.yaml manifest unknown/none',
      'manifests/topology.yml manifest unknown/none',
      'media/call.sdp sdp unknown/none',
      'registry/export.txt registry unknown/none',
      'registry/policy.reg registry unknown/none',
      'vpn/client.conf openvpn unknown/none',
      'vpn/office.ovpn openvpn unknown/none',
      'vpn/wg0.conf wireguard unknown/none',
    ]);
    expect(files[0].path).toBe(path.join(root, 'certs/chain-no-extension'));
  });

  it('applies ignore globs (pruning directories), config views and the zones map', async () => {
    const { files } = await discoverFiles(
      ['.'],
      options({
        ignore: ['legacy/**', '*.pem', 'manifests', 'registry/*.txt'],
        views: { internal: ['dns/legacy.txt'], external: ['dns/**/lab/**', 'dns/db.*'] },
        zones: { 'dns/legacy.txt': 'Contoso.COM', 'dns/**/contoso.com.zone': 'override.example', 'dns/parts/*.inc': 'parts.example.' },
      }),
    );
    expect(describe_(files)).toEqual([
      'certs/chain-no-extension certificate unknown/none',
      'certs/edge.der certificate unknown/none',
      'dns/backup.2024.zone zone unknown/none',
      'dns/db.fabrikam.com zone external/config fabrikam.com./filename',
      'dns/external/contoso.com.zone zone external/path override.example./config',
      'dns/external/lab/internal/lab.contoso.com.db zone external/config lab.contoso.com./filename',
      'dns/internal/contoso.com.zone zone internal/path override.example./config',
      'dns/legacy.txt zone internal/config contoso.com./config',
      'dns/parts/common.inc zone unknown/none parts.example./config',
      'dns/reverse/10.168.192.in-addr.arpa.zone zone unknown/none 10.168.192.in-addr.arpa./filename',
      'media/call.sdp sdp unknown/none',
      'registry/policy.reg registry unknown/none',
      'vpn/client.conf openvpn unknown/none',
      'vpn/office.ovpn openvpn unknown/none',
      'vpn/wg0.conf wireguard unknown/none',
    ]);
  });

  it('takes files and directories as paths, once each, sorted', async () => {
    const { files, diagnostics } = await discoverFiles(['vpn', 'dns/internal/contoso.com.zone', 'vpn/wg0.conf', 'README.md'], options());
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.file)).toEqual(['dns/internal/contoso.com.zone', 'vpn/client.conf', 'vpn/office.ovpn', 'vpn/wg0.conf']);
  });

  it('defaults to the root when no path is given', async () => {
    const all = await discoverFiles([], options());
    expect(all.files).toHaveLength(19);
  });

  it('reports a path that does not exist', async () => {
    const { files, diagnostics } = await discoverFiles(['no/such/dir', 'vpn/wg0.conf'], options());
    expect(files.map((f) => f.file)).toEqual(['vpn/wg0.conf']);
    expect(diagnostics).toEqual([
      { file: 'no/such/dir', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'input/not-found', message: 'no such file or directory: no/such/dir' },
    ]);
  });

  it('reports files over the size bound without reading them, and only files that are ours', async () => {
    writeFileSync(path.join(root, 'dns/big.zone'), '$TTL 1\n' + ';'.repeat(1100));
    writeFileSync(path.join(root, 'big.bin'), Buffer.alloc(1200));
    const { files, diagnostics } = await discoverFiles(['.'], options({ maxFileBytes: 1000 }));
    expect(files.map((f) => f.file)).not.toContain('dns/big.zone');
    expect(files).toHaveLength(19);
    expect(diagnostics.map((d) => `${d.file} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      'dns/big.zone error input/too-large file of 1,107 bytes is over the bound of 1,000; not read',
    ]);
  });

  it('follows symlinks inside the root and never one that leaves it', async () => {
    const outside = path.join(tmp, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.zone'), '$TTL 1\n');
    symlinkSync(outside, path.join(root, 'dns/linked-out'));
    symlinkSync(path.join(outside, 'secret.zone'), path.join(root, 'dns/secret.zone'));
    symlinkSync(path.join(root, 'vpn'), path.join(root, 'dns/vpn-again'));
    const { files, diagnostics } = await discoverFiles(['dns'], options());
    const names = files.map((f) => f.file);
    expect(names).not.toContain('dns/secret.zone');
    expect(names.some((n) => n.startsWith('dns/linked-out'))).toBe(false);
    expect(names.filter((n) => n.startsWith('dns/vpn-again/'))).toEqual(['dns/vpn-again/client.conf', 'dns/vpn-again/office.ovpn', 'dns/vpn-again/wg0.conf']);
    expect(diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`)).toEqual([
      'dns/linked-out info input/symlink-outside-root',
      'dns/secret.zone info input/symlink-outside-root',
    ]);
  });

  it('enters each real directory once, so symlink loops end', async () => {
    symlinkSync(root, path.join(root, 'dns/loop'));
    symlinkSync(path.join(root, 'vpn'), path.join(root, 'dns/vpn-again'));
    const { files } = await discoverFiles(['dns'], options());
    // dns/loop (sorted before vpn-again) reaches vpn first; dns itself is not entered again.
    expect(files.map((f) => f.file).filter((n) => n.endsWith('wg0.conf'))).toEqual(['dns/loop/vpn/wg0.conf']);
    expect(files.filter((f) => f.file.endsWith('internal/contoso.com.zone')).map((f) => f.file)).toEqual(['dns/internal/contoso.com.zone']);
  });
});

describe('lintRoot', () => {
  it('is the working directory when every path is inside it', () => {
    expect(lintRoot([path.join(root, 'dns'), path.join(root, 'vpn/wg0.conf')], root)).toBe(root);
    expect(lintRoot([], root)).toBe(root);
  });

  it('is the common ancestor directory otherwise', () => {
    expect(lintRoot([path.join(root, 'dns/internal'), path.join(root, 'vpn/wg0.conf')], path.join(root, 'certs'))).toBe(root);
    expect(lintRoot([path.join(root, 'vpn/wg0.conf')], path.join(root, 'certs'))).toBe(path.join(root, 'vpn'));
    expect(lintRoot([path.join(root, 'dns/internal')], path.join(root, 'certs'))).toBe(path.join(root, 'dns/internal'));
  });
});

describe('classify', () => {
  it('needs content to tell YAML manifests and .conf files apart', () => {
    expect(classify('x.yml', Buffer.from('apiVersion: uclint/v1\nkind: VpnProfile\n'))).toBe('manifest');
    expect(classify('x.yml', Buffer.from("apiVersion: 'uclint/v1' # ours\nkind: VpnProfile\n"))).toBe('manifest');
    expect(classify('x.yml', Buffer.from('apiVersion: uclint/v1\n'))).toBeUndefined();
    expect(classify('x.yml', Buffer.from('apiVersion: apps/v1\nkind: Deployment\n'))).toBeUndefined();
    expect(classify('.uclint.yml', Buffer.from('apiVersion: uclint/v1\nkind: VpnProfile\n'))).toBeUndefined();
    expect(classify('x.conf', Buffer.from('client\nproto udp\n'))).toBeUndefined();
  });

  it('takes a WireGuard config whose [Peer] lies beyond the head read for sniffing, by its [Interface] keys', () => {
    const longInterface = `[Interface]\nPrivateKey = x\n${'# comment\n'.repeat(1000)}[Peer]\n`;
    expect(classify('wg0.conf', Buffer.from(longInterface).subarray(0, SNIFF_BYTES))).toBe('wireguard');
    expect(classify('wg0.conf', Buffer.from('[Interface]\nName = not wireguard\n'))).toBeUndefined();
  });

  it('takes a .conf with one WireGuard section and a WireGuard key for WireGuard', () => {
    // A server before any peer is added, and a peer section cut from a longer file.
    expect(classify('wg0.conf', Buffer.from('[Interface]\nPrivateKey = k\nListenPort = 51820\n'))).toBe('wireguard');
    expect(classify('wg0.conf', Buffer.from('[Peer]\nPublicKey = k\nAllowedIPs = 10.0.0.0/8\n'))).toBe('wireguard');
    expect(classify('wg0.conf', Buffer.from('[Interface]\nAddress = 10.0.0.1/24\n[Peers]\nPublicKey = k\n'))).toBe('wireguard');
    // Another INI file with an [Interface] section is not.
    expect(classify('net.conf', Buffer.from('[Interface]\nName = eth0\nMTU = 1500\n'))).toBeUndefined();
  });

  it('takes an OpenVPN server config (dev and server, no client or remote) for OpenVPN', () => {
    expect(classify('server.conf', Buffer.from('port 1194\nproto udp\ndev tun\nserver 10.8.0.0 255.255.255.0\n'))).toBe('openvpn');
    expect(classify('server6.conf', Buffer.from('dev tun0\nserver-ipv6 fd00:8::/64\n'))).toBe('openvpn');
    // An NTP server line alone is not OpenVPN.
    expect(classify('ntp.conf', Buffer.from('driftfile /var/lib/ntp/drift\nserver 0.pool.ntp.org iburst\n'))).toBeUndefined();
  });

  it('reads the head in the encoding the loaders will read the file in, UTF-16BE included', () => {
    const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(classify('x.yml', utf16be('apiVersion: uclint/v1\nkind: VpnProfile\n'))).toBe('manifest');
    expect(classify('wg0.conf', utf16be('[Interface]\nAddress = 10.0.0.1/32\n[Peer]\nAllowedIPs = 0.0.0.0/0\n'))).toBe('wireguard');
    expect(classify('policy', utf16be('Windows Registry Editor Version 5.00\r\n'))).toBe('registry');
    expect(classify('contoso.com.db', utf16be('$TTL 1\n'))).toBe('zone');
  });

  it('does not take binary .db files for zones', () => {
    expect(classify('contoso.com.db', Buffer.from('SQLite format 3\0'))).toBeUndefined();
    expect(classify('contoso.com.db', Buffer.from('$TTL 1\n'))).toBe('zone');
  });

  it('keeps a .zone file with binary content a zone, so its loader reports it', () => {
    expect(classify('contoso.com.zone', Buffer.from('$TTL 1\n\0\0'))).toBe('zone');
  });

  it('does not take BIND\'s binary files for zones: a secondary\'s copy in raw format, a journal', () => {
    // named-compilezone -F raw writes a header of 32-bit numbers: zeros among them.
    expect(classify('db.contoso.com', Buffer.from('\0\0\0\x02\0\0\0\x01'))).toBeUndefined();
    expect(classify('db.contoso.com.jnl', Buffer.from(';BIND LOG V9\n\0\0'))).toBeUndefined();
    expect(classify('db.contoso.com', Buffer.from('$TTL 1\n'))).toBe('zone');
  });

  it('never sniffs files of foreign extensions', () => {
    expect(classify('notes.md', Buffer.from('$ORIGIN contoso.com.\n'))).toBeUndefined();
    expect(classify('zone-notes', Buffer.from('$ORIGIN contoso.com.\n'))).toBe('zone');
  });
});

describe('originFromFileName', () => {
  it.each([
    ['contoso.com.zone', 'contoso.com.'],
    ['Contoso.COM.dns', 'contoso.com.'],
    ['contoso.com.db', 'contoso.com.'],
    ['db.contoso.com', 'contoso.com.'],
    ['contoso.com..zone', 'contoso.com.'],
    ['_msdcs.contoso.com.zone', '_msdcs.contoso.com.'],
  ])('%s -> %s', (name, origin) => {
    expect(originFromFileName(name)).toBe(origin);
  });

  it.each(['internal.zone', 'db.local', 'backup.2024.zone', 'a..b.zone', '-bad.com.zone', 'contoso.com', 'my zone.com.zone'])(
    '%s gives no origin',
    (name) => {
      expect(originFromFileName(name)).toBeUndefined();
    },
  );
});

describe('createIncludeReader', () => {
  it('reads relative to the root first, then to the including file', () => {
    const read = createIncludeReader(root);
    expect(read('dns/parts/common.inc', 'dns/internal/contoso.com.zone')).toEqual({ file: 'dns/parts/common.inc', text: 'www IN A 192.0.2.80\n' });
    expect(read('../parts/common.inc', 'dns/internal/contoso.com.zone')).toEqual({ file: 'dns/parts/common.inc', text: 'www IN A 192.0.2.80\n' });
    expect(read('parts/common.inc', 'dns/db.fabrikam.com')).toEqual({ file: 'dns/parts/common.inc', text: 'www IN A 192.0.2.80\n' });
    expect(read(path.join(root, 'dns/parts/common.inc'), 'dns/db.fabrikam.com')).toEqual({ file: 'dns/parts/common.inc', text: 'www IN A 192.0.2.80\n' });
  });

  it('decodes an included file as a linted file is decoded (UTF-16 with or without its mark)', () => {
    const text = 'www IN A 192.0.2.80\n';
    writeFileSync(path.join(root, 'dns/parts/utf16.inc'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(path.join(root, 'dns/parts/utf16-no-mark.inc'), Buffer.from(text, 'utf16le'));
    const read = createIncludeReader(root);
    expect(read('dns/parts/utf16.inc', 'dns/db.fabrikam.com')).toEqual({ file: 'dns/parts/utf16.inc', text, encoding: 'utf16le', byteOrderMark: true });
    expect(read('dns/parts/utf16-no-mark.inc', 'dns/db.fabrikam.com')).toEqual({ file: 'dns/parts/utf16-no-mark.inc', text, encoding: 'utf16le', byteOrderMark: false });
  });

  it('refuses paths outside the root, symlinks out of it, missing files and big files, without their content', () => {
    const outside = path.join(tmp, 'secret.txt');
    writeFileSync(outside, 'TOP SECRET CONTENT\n');
    symlinkSync(outside, path.join(root, 'dns/parts/link.inc'));
    const read = createIncludeReader(root, { maxFileBytes: 10 });
    const results = [
      read('../secret.txt', 'dns/internal/contoso.com.zone'),
      read('../../../secret.txt', 'dns/internal/contoso.com.zone'),
      read(outside, 'dns/internal/contoso.com.zone'),
      read('/etc/passwd', 'dns/internal/contoso.com.zone'),
      read('dns/parts/link.inc', 'dns/internal/contoso.com.zone'),
      read('dns/parts/missing.inc', 'dns/internal/contoso.com.zone'),
      read('dns/parts', 'dns/internal/contoso.com.zone'),
      read('dns/parts/common.inc', 'dns/internal/contoso.com.zone'),
    ];
    expect(results).toEqual([
      // Outside from the root; inside (but missing) from the including file's directory.
      { error: "'../secret.txt' is not in the lint root", missing: true },
      { error: "'../../../secret.txt' is outside the lint root" },
      // Absolute paths outside the root are the server's own files: missing here, never read.
      { error: `'${outside}' is not in the lint root`, missing: true },
      { error: "'/etc/passwd' is not in the lint root", missing: true },
      { error: "'dns/parts/link.inc' is a symbolic link that leads outside the lint root" },
      { error: "'dns/parts/missing.inc' is not in the lint root", missing: true },
      { error: "'dns/parts' is not a regular file" },
      { error: "'dns/parts/common.inc' is 20 bytes, over the bound of 10" },
    ]);
    expect(JSON.stringify(results)).not.toContain('SECRET CONTENT');
  });
});

describe('readTextFile', () => {
  it('decodes by byte-order mark: UTF-16LE, UTF-16BE, UTF-16LE without one, else UTF-8', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-read-'));
    const le = path.join(dir, 'le.zone');
    const be = path.join(dir, 'be.zone');
    const bare = path.join(dir, 'bare.zone');
    const plain = path.join(dir, 'plain.zone');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('$TTL 1\n', 'utf16le')]));
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('$TTL 1\n', 'utf16le').swap16(), Buffer.from([0x00])]));
    writeFileSync(bare, Buffer.from('$TTL 1\n', 'utf16le'));
    writeFileSync(plain, '$TTL 1\n');
    expect(readTextFile(le)).toEqual({ text: '$TTL 1\n', encoding: 'utf16le', byteOrderMark: true });
    expect(readTextFile(be)).toEqual({ text: '$TTL 1\n', encoding: 'utf16be', byteOrderMark: true });
    expect(readTextFile(bare)).toEqual({ text: '$TTL 1\n', encoding: 'utf16le', byteOrderMark: false });
    expect(readTextFile(plain)).toEqual({ text: '$TTL 1\n', encoding: 'utf8', byteOrderMark: false });
    rmSync(dir, { recursive: true, force: true });
  });
});
