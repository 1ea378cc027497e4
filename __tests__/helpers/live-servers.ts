/**
 * Real servers on loopback for the probe's tests, started by the tests themselves: Knot DNS
 * (`knotd`, unprivileged, on 127.0.0.1 and a free high port, with its zones, database and
 * control socket in a temporary directory) and Node TLS servers presenting certificates made
 * with `openssl` (scripts/make-certificate.sh, fixed dates). No resolver is mocked.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { createServer as createTlsServer, type Server } from 'node:tls';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from './built-cli.js';

/** The Knot DNS server binary, or undefined when it is not installed (the tests that need it are skipped, saying so). */
export function knotdPath(): string | undefined {
  for (const candidate of ['/usr/sbin/knotd', '/usr/bin/knotd', '/usr/local/sbin/knotd']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v knotd'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A port free for both TCP and UDP on 127.0.0.1 when asked (a DNS server listens on both). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createNetServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: found } = server.address() as { port: number };
        server.close(() => resolve(found));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
}

export interface DnsServer {
  /** `127.0.0.1:<port>`, as `--dns-server` takes it. */
  address: string;
  stop(): Promise<void>;
}

/** Starts knotd serving `zones` (origin without trailing dot -> zone file text) on loopback; resolves once it answers. */
export async function startKnot(zones: Record<string, string>): Promise<DnsServer> {
  const knotd = knotdPath();
  if (knotd === undefined) throw new Error('knotd is not installed');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-knot-'));
  const port = await freePort();
  for (const [origin, text] of Object.entries(zones)) writeFileSync(path.join(dir, `${origin}.zone`), text);
  mkdirSync(path.join(dir, 'db'));
  writeFileSync(
    path.join(dir, 'knot.conf'),
    [
      'server:',
      `    listen: 127.0.0.1@${port}`,
      `    rundir: "${dir}"`,
      'log:',
      '  - target: stderr',
      '    any: error',
      'database:',
      `    storage: "${path.join(dir, 'db')}"`,
      'template:',
      '  - id: default',
      `    storage: "${dir}"`,
      '    file: "%s.zone"',
      '    zonefile-sync: -1',
      '    journal-content: none',
      'zone:',
      ...Object.keys(zones).map((origin) => `  - domain: ${origin}`),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(knotd, ['-c', path.join(dir, 'knot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const first = Object.keys(zones)[0];
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await resolver.resolveSoa(first);
      return { address: `127.0.0.1:${port}`, stop };
    } catch {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`knotd did not start: ${stderr}`);
}

export interface MadeCertificate {
  pem: string;
  keyPem: string;
}

/** A certificate with fixed dates (YYYYMMDDHHMMSSZ), made by scripts/make-certificate.sh with an EC key. */
export function makeCertificate(subject: string, notBefore: string, notAfter: string, sans: string[]): MadeCertificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-cert-'));
  try {
    const out = path.join(dir, 'cert.pem');
    const keyOut = path.join(dir, 'key.pem');
    const args = [out, subject, notBefore, notAfter, '--key', 'ec:P-256', '--eku', 'serverAuth', '--key-out', keyOut];
    if (sans.length > 0) args.push('--san', sans.map((name) => `DNS:${name}`).join(','));
    execFileSync('bash', [path.join(REPOSITORY_ROOT, 'scripts/make-certificate.sh'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { pem: readFileSync(out, 'utf8'), keyPem: readFileSync(keyOut, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface TlsEndpoint {
  port: number;
  /** Bytes of application data the server received (the probe must send none). */
  received(): number;
  stop(): Promise<void>;
}

/** A TLS server on 127.0.0.1 presenting `certificate`; it never writes application data. */
export async function startTlsServer(certificate: MadeCertificate): Promise<TlsEndpoint> {
  let received = 0;
  const server: Server = createTlsServer({ cert: certificate.pem, key: certificate.keyPem }, (socket) => {
    socket.on('data', (chunk: Buffer) => (received += chunk.length));
    socket.on('error', () => undefined);
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as { port: number }).port,
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
