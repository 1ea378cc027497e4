/**
 * DNS questions through Node's resolver (c-ares): the system's servers, or those named by
 * `--dns-server host[:port]`. Each try has its own timeout; a try that times out, or that the
 * server fails or refuses to serve, is sent again after a pause that doubles (with jitter
 * left out, so tests see the same tries), up to `tries` times. Answers come back in the
 * model's shape for the type.
 */
import { Resolver } from 'node:dns/promises';
import type { RData } from '../model/dns.js';
import type { LiveRecordType } from '../model/live.js';
import { canonicalName } from '../model/names.js';

export interface DnsClientOptions {
  /** `host[:port]` or `[v6]:port`; empty: the system resolver's servers. */
  servers: readonly string[];
  /** Milliseconds one try may take. */
  timeoutMs: number;
  /** Tries per question (1 means no retry). */
  tries: number;
  /** Pause before the first retry, doubled before each next one. */
  backoffMs: number;
}

export type DnsOutcome =
  | { outcome: 'answered'; data: RData[]; tries: number }
  | { outcome: 'nodata' | 'nxdomain'; tries: number }
  | { outcome: 'failed'; error: string; tries: number };

/** Errors worth another try: no answer in time, the server failing or unreachable. */
const TRANSIENT = new Set(['ETIMEOUT', 'ESERVFAIL', 'ECONNREFUSED', 'ECONNRESET', 'EREFUSED']);

export class DnsClient {
  private readonly resolver: Resolver;
  readonly servers: string[];

  constructor(private readonly options: DnsClientOptions) {
    // One try per call: the retries and their pauses are ours, so they are bounded and counted.
    this.resolver = new Resolver({ timeout: options.timeoutMs, tries: 1 });
    if (options.servers.length > 0) this.resolver.setServers([...options.servers]);
    this.servers = options.servers.length > 0 ? [...options.servers] : ['system'];
  }

  /** Asks for the records of a type at a name; never throws. */
  async ask(name: string, type: LiveRecordType, sleep: (ms: number) => Promise<void>): Promise<DnsOutcome> {
    const host = name.replace(/\.$/, '');
    let error = '';
    for (let attempt = 1; attempt <= this.options.tries; attempt++) {
      if (attempt > 1) await sleep(this.options.backoffMs * 2 ** (attempt - 2));
      try {
        return { outcome: 'answered', data: await this.query(host, type), tries: attempt };
      } catch (caught) {
        const code = (caught as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
        if (code === 'ENODATA') return { outcome: 'nodata', tries: attempt };
        if (code === 'ENOTFOUND') return { outcome: 'nxdomain', tries: attempt };
        error = code;
        if (!TRANSIENT.has(code)) return { outcome: 'failed', error, tries: attempt };
      }
    }
    return { outcome: 'failed', error, tries: this.options.tries };
  }

  /** Stops every question still waiting (the run's time is up). */
  cancel(): void {
    this.resolver.cancel();
  }

  private async query(host: string, type: LiveRecordType): Promise<RData[]> {
    const r = this.resolver;
    switch (type) {
      case 'A':
        return (await r.resolve4(host)).map((address) => ({ address }));
      case 'AAAA':
        return (await r.resolve6(host)).map((address) => ({ address: address.toLowerCase() }));
      case 'CNAME':
        return (await r.resolveCname(host)).map((target) => ({ target: canonicalName(target) }));
      case 'SRV':
        return (await r.resolveSrv(host)).map((s) => ({ priority: s.priority, weight: s.weight, port: s.port, target: canonicalName(s.name === '' ? '.' : s.name) }));
      case 'NAPTR':
        return (await r.resolveNaptr(host)).map((n) => ({
          order: n.order,
          preference: n.preference,
          flags: n.flags,
          service: n.service,
          regexp: n.regexp,
          replacement: canonicalName(n.replacement === '' ? '.' : n.replacement),
        }));
      case 'TXT':
        return (await r.resolveTxt(host)).map((strings) => ({ strings }));
    }
  }
}
