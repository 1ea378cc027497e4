/**
 * `uclint probe`: asks the DNS for the records the estate's SIP domains publish and reads the
 * certificates their TLS endpoints present, within bounds (a timeout per question and per
 * connection, a few at a time, a total time), and gives the live view. The only module of
 * uclint that opens a socket; `lint()` loads it only when a probe is asked for.
 */
import { isIP } from 'node:net';
import type { SourceRange } from '../core/types.js';
import type { Certificate } from '../model/certificate.js';
import { hostName } from '../model/certificate.js';
import type { DnsName, RData, ZoneFile, ZoneRecord } from '../model/dns.js';
import { LIVE_ZONE_FILE, type LiveAnswer, type LiveEndpoint, type LiveRecordType, type LiveView } from '../model/live.js';
import { canonicalName, parentName } from '../model/names.js';
import { comparableData } from '../model/record-text.js';
import { DnsZoneBuilder } from '../formats/shared/dns-zone.js';
import { certificateFacts } from '../formats/certificate/facts.js';
import type { Estate } from '../estate/estate.js';
import { DnsClient, type DnsOutcome } from './dns.js';
import { readChain, type ChainOutcome } from './tls.js';
import { HTTPS_HOST_LABELS, planProbe, TLS_SERVICES, type ProbePlan } from './plan.js';
import { splitSrvOwner } from '../estate/sip.js';
import type { ConnectTo } from '../model/probe-addresses.js';

export type { ConnectTo } from '../model/probe-addresses.js';

export interface ProbeOptions {
  /** Which side of split-brain DNS the servers answer for (default `external`). */
  view?: 'internal' | 'external';
  /** DNS servers (`host[:port]`, as `dnsServerAddress` gives them); empty: the system resolver. */
  dnsServers?: string[];
  connectTo?: ConnectTo[];
  /** Read certificates of TLS endpoints (default true). */
  tls?: boolean;
  dnsTimeoutMs?: number;
  dnsTries?: number;
  dnsBackoffMs?: number;
  connectTimeoutMs?: number;
  /** Questions and connections in flight at once. */
  concurrency?: number;
  /** The whole probe: what has not started by then is not attempted. */
  totalTimeoutMs?: number;
  maxQuestions?: number;
  maxEndpoints?: number;
  /** Addresses tried per endpoint host (a pool's several servers each present their certificate). */
  maxAddressesPerHost?: number;
}

export const PROBE_DEFAULTS = {
  view: 'external',
  dnsTimeoutMs: 3000,
  dnsTries: 3,
  dnsBackoffMs: 250,
  connectTimeoutMs: 5000,
  concurrency: 8,
  totalTimeoutMs: 120_000,
  maxQuestions: 2000,
  maxEndpoints: 200,
  maxAddressesPerHost: 4,
} as const;

/** Where the config names things, for findings that have no committed record to go to. */
export interface ProbePlaces {
  sipDomainLocs?: ReadonlyMap<DnsName, SourceRange>;
  fallback: SourceRange;
}

/** Longest CNAME chain followed inside the estate's names. */
const MAX_CHAIN = 8;

export async function probeEstate(estate: Estate, options: ProbeOptions, places: ProbePlaces): Promise<LiveView> {
  const settings = { ...PROBE_DEFAULTS, ...definedOnly(options) };
  const view = settings.view;
  const startedAt = new Date();
  const deadline = Date.now() + settings.totalTimeoutMs;
  const plan = planProbe(estate, { view, sipDomainLocs: places.sipDomainLocs, fallback: places.fallback, maxQuestions: settings.maxQuestions });
  const dns = new DnsClient({ servers: settings.dnsServers ?? [], timeoutMs: settings.dnsTimeoutMs, tries: settings.dnsTries, backoffMs: settings.dnsBackoffMs });
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, Math.max(0, Math.min(ms, deadline - Date.now())));
      timers.add(timer);
    });
  const limit = concurrencyLimit(settings.concurrency);
  const outOfTime = () => Date.now() >= deadline;

  // Raw answers by `name type`, asked once each.
  const raw = new Map<string, Promise<DnsOutcome>>();
  const askRaw = (name: DnsName, type: LiveRecordType): Promise<DnsOutcome> => {
    const key = `${name} ${type}`;
    let pending = raw.get(key);
    if (pending === undefined) {
      pending = limit(() => (outOfTime() ? Promise.resolve<DnsOutcome>({ outcome: 'failed', error: "the probe's total time ran out", tries: 0 }) : dns.ask(name, type, sleep)));
      raw.set(key, pending);
    }
    return pending;
  };
  const anchors = new Map<string, SourceRange>();
  const ask = (name: DnsName, type: LiveRecordType, anchor?: SourceRange) => {
    if (!anchors.has(`${name} ${type}`)) anchors.set(`${name} ${type}`, anchor ?? plan.anchorFor(name));
    return askRaw(name, type);
  };
  /** A host: its CNAME, else its A and AAAA; a CNAME to another of the estate's names is followed. */
  const askHost = async (name: DnsName, depth = 0): Promise<void> => {
    const cname = await ask(name, 'CNAME');
    if (cname.outcome === 'answered') {
      const target = (cname.data[0] as { target: DnsName }).target;
      if (depth < MAX_CHAIN && plan.isEstateName(target)) await askHost(target, depth + 1);
      return;
    }
    if (cname.outcome === 'failed') return;
    await Promise.all([ask(name, 'A'), ask(name, 'AAAA')]);
  };

  await Promise.all([...plan.questions.map((q) => ask(q.name, q.type, q.anchor)), ...plan.hosts.map((h) => askHost(h.name))]);
  // SRV targets the estate names, as served and as committed: their addresses are drift too, and the endpoints' addresses.
  const srvTargets = new Set<DnsName>();
  for (const [key, pending] of raw) {
    if (!key.endsWith(' SRV')) continue;
    const answer = await pending;
    if (answer.outcome === 'answered') for (const data of answer.data) srvTargets.add((data as { target: DnsName }).target);
  }
  for (const question of plan.questions) {
    if (question.type !== 'SRV') continue;
    const committedView = plan.committedViewFor(question.name);
    if (committedView !== undefined) for (const record of estate.recordsAt(question.name, 'SRV', { view: committedView })) srvTargets.add(record.data.target);
  }
  await Promise.all([...srvTargets].filter((target) => target !== '.' && plan.isEstateName(target)).map((target) => askHost(target)));

  // The live zones and answers.
  const builders = new Map<string, DnsZoneBuilder>();
  const builderFor = (name: DnsName): DnsZoneBuilder => {
    const origin = plan.domains.filter((d) => name === d || name.endsWith(`.${d}`)).sort((a, b) => b.length - a.length)[0] ?? estate.zonesFor(name)[0]?.origin ?? parentName(name) ?? '.';
    let builder = builders.get(origin);
    if (builder === undefined) {
      builder = new DnsZoneBuilder({ file: LIVE_ZONE_FILE, origin, view, viewSource: 'declared' });
      builders.set(origin, builder);
    }
    return builder;
  };
  const answers: LiveAnswer[] = [];
  const pendingRecords: Array<{ answer: LiveAnswer; builder: DnsZoneBuilder; first: number; count: number }> = [];
  for (const [key, pending] of raw) {
    const [name, type] = key.split(' ') as [DnsName, LiveRecordType];
    const outcome = await pending;
    const committedView = plan.committedViewFor(name);
    const answer: LiveAnswer = { name, type, outcome: outcome.outcome, records: [], tries: outcome.tries, anchor: anchors.get(key) ?? plan.anchorFor(name) };
    if (committedView !== undefined) answer.committedView = committedView;
    if (outcome.outcome === 'failed') answer.error = outcome.error;
    if (outcome.outcome === 'answered') {
      const builder = builderFor(name);
      const committed = committedView === undefined ? [] : estate.recordsAt(name, type, { view: committedView });
      const first = builder.zone.table.size;
      for (const data of outcome.data) builder.add(name, type, 300, data, recordAnchor(name, type, data, committed, answer.anchor));
      pendingRecords.push({ answer, builder, first, count: outcome.data.length });
    }
    answers.push(answer);
  }
  const zones: ZoneFile[] = [...builders.values()].map((builder) => builder.finish());
  for (const { answer, builder, first, count } of pendingRecords) {
    for (let i = 0; i < count; i++) answer.records.push(builder.zone.table.record(first + i));
  }
  answers.sort((a, b) => (a.name === b.name ? (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) : a.name < b.name ? -1 : 1));

  // TLS endpoints.
  const endpoints: LiveEndpoint[] = [];
  const certificates: Certificate[] = [];
  let skippedEndpoints = 0;
  if (settings.tls !== false) {
    const targets = endpointTargets(plan, answers, estate);
    const attempts: Array<Promise<void>> = [];
    const seen = new Set<string>();
    for (const target of targets) {
      const mapped = settings.connectTo?.find((c) => (c.host === undefined || c.host === target.host) && (c.port === undefined || c.port === target.port));
      const port = mapped?.toPort ?? target.port;
      const addresses = mapped?.address !== undefined ? [mapped.address] : isIP(target.host) !== 0 ? [target.host] : addressesOf(canonicalName(target.host), answers);
      const base = { host: target.host, port: target.port, publishedBy: target.publishedBy, anchor: target.anchor, chain: [] as Certificate[] };
      if (addresses.length === 0) {
        if (seen.has(`${target.host}:${target.port}`)) continue;
        seen.add(`${target.host}:${target.port}`);
        endpoints.push({ ...base, outcome: 'failed', error: 'no address: the DNS gave no A or AAAA record for the host' });
        continue;
      }
      for (const address of addresses.slice(0, settings.maxAddressesPerHost)) {
        const key = `${target.host}:${target.port}@${address}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (endpoints.length >= settings.maxEndpoints) {
          skippedEndpoints++;
          continue;
        }
        const endpoint: LiveEndpoint = { ...base, address, outcome: 'not-attempted' };
        endpoints.push(endpoint);
        attempts.push(
          limit(async () => {
            if (outOfTime()) {
              endpoint.error = "the probe's total time ran out";
              return;
            }
            const read: ChainOutcome = await readChain(address, port, target.host, settings.connectTimeoutMs);
            if (!read.ok) {
              endpoint.outcome = 'failed';
              endpoint.error = read.error;
              return;
            }
            endpoint.outcome = 'presented';
            endpoint.chain = chainCertificates(read.chain, endpoint, estate);
          }),
        );
      }
    }
    await Promise.all(attempts);
    for (const endpoint of endpoints) if (endpoint.chain.length > 0) certificates.push(endpoint.chain[0]);
  }
  for (const timer of timers) clearTimeout(timer);
  return {
    view,
    servers: dns.servers,
    startedAt,
    elapsedMs: Date.now() - startedAt.getTime(),
    answers,
    endpoints,
    zones,
    certificates,
    skipped: { questions: plan.skippedQuestions, endpoints: skippedEndpoints },
  };
}

/**
 * Where a served record is reported: the committed record with the same data, else the first
 * committed record of its name and type, else the answer's anchor.
 */
function recordAnchor(name: DnsName, type: string, data: RData, committed: readonly ZoneRecord[], fallback: SourceRange): SourceRange {
  if (committed.length === 0) return fallback;
  const served = comparableData({ name, type, data } as ZoneRecord);
  return (committed.find((record) => comparableData(record) === served) ?? committed[0]).loc;
}

interface EndpointTarget {
  host: string;
  port: number;
  publishedBy: string;
  anchor: SourceRange;
}

/** The TLS endpoints: SRV targets of TLS services, the HTTPS hosts of each SIP domain, and the topology's; only the estate's own names. */
function endpointTargets(plan: ProbePlan, answers: readonly LiveAnswer[], estate: Estate): EndpointTarget[] {
  const targets: EndpointTarget[] = [];
  for (const answer of answers) {
    if (answer.type !== 'SRV') continue;
    const owner = splitSrvOwner(answer.name);
    if (owner === undefined || !TLS_SERVICES.has(owner.service)) continue;
    // As served, and as committed (the endpoint the files describe, which may no longer be published).
    const committed = answer.committedView === undefined ? [] : estate.recordsAt(answer.name, 'SRV', { view: answer.committedView });
    for (const record of [...answer.records, ...committed]) {
      const { target, port } = record.data as { target: DnsName; port: number };
      if (target === '.' || !plan.isEstateName(target) || !staysInEstate(target, answers, plan)) continue;
      targets.push({ host: hostName(target), port, publishedBy: `${answer.name.replace(/\.$/, '')} SRV`, anchor: record.loc });
    }
  }
  for (const domain of plan.domains) {
    for (const label of HTTPS_HOST_LABELS) {
      const name = `${label}.${domain}`;
      if (addressesOf(name, answers).length === 0 || !staysInEstate(name, answers, plan)) continue;
      targets.push({ host: hostName(name), port: 443, publishedBy: hostName(name), anchor: plan.anchorFor(name) });
    }
  }
  for (const endpoint of plan.endpoints) targets.push(endpoint);
  return targets;
}

/** True when every name the host's CNAME chain passes is the estate's own (a CNAME to Microsoft 365 leaves it: that endpoint is not the estate's to probe). */
function staysInEstate(name: DnsName, answers: readonly LiveAnswer[], plan: ProbePlan): boolean {
  let current = name;
  for (let depth = 0; depth <= MAX_CHAIN; depth++) {
    if (!plan.isEstateName(current)) return false;
    const cname = answers.find((a) => a.name === current && a.type === 'CNAME' && a.outcome === 'answered');
    if (cname === undefined) return true;
    current = (cname.records[0].data as { target: DnsName }).target;
  }
  return false;
}

/** The addresses the live answers give a name, following CNAMEs: A first, then AAAA. */
function addressesOf(name: DnsName, answers: readonly LiveAnswer[]): string[] {
  let current = name;
  for (let depth = 0; depth <= MAX_CHAIN; depth++) {
    const cname = answers.find((a) => a.name === current && a.type === 'CNAME' && a.outcome === 'answered');
    if (cname === undefined) break;
    current = (cname.records[0].data as { target: DnsName }).target;
  }
  const of = (type: 'A' | 'AAAA') => answers.find((a) => a.name === current && a.type === type)?.records.map((r) => (r.data as { address: string }).address) ?? [];
  return [...of('A'), ...of('AAAA')];
}

/** The presented chain as certificates, leaf first, each placed at the committed certificate it equals, else the host's committed one, else the endpoint. */
function chainCertificates(chain: readonly Uint8Array[], endpoint: LiveEndpoint, estate: Estate): Certificate[] {
  const out: Certificate[] = [];
  const committedForHost = estate.certificatesFor(endpoint.host)[0];
  chain.forEach((der, index) => {
    const read = certificateFacts(der);
    if (!read.ok) return;
    const same = read.facts.fingerprint256 === undefined ? undefined : estate.certificates.find((c) => c.fingerprint256 === read.facts.fingerprint256);
    const loc = same?.loc ?? (index === 0 ? committedForHost?.loc : undefined) ?? endpoint.anchor;
    out.push({
      ...read.facts,
      loc,
      source: 'der',
      name: `${endpoint.host}:${endpoint.port}${endpoint.address && endpoint.address !== endpoint.host ? ` (${endpoint.address})` : ''}${index === 0 ? '' : ` chain #${index}`}`,
      usedBy: index === 0 ? [endpoint.host] : [],
      der,
    });
  });
  return out;
}

/** Runs at most `limit` of the functions given at once, in the order given. */
function concurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
