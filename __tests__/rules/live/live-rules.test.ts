/**
 * The live/* rules on a live view given as data (what the probe gives; the probe itself is
 * tested against real servers in __tests__/probe): served as committed raises nothing, and
 * each kind of drift is one finding at the committed record or certificate.
 */
import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../../src/estate/estate.js';
import { runRules } from '../../../src/engine/run.js';
import { DnsZoneBuilder } from '../../../src/formats/shared/dns-zone.js';
import { LIVE_ZONE_FILE, type LiveAnswer, type LiveEndpoint, type LiveRecordType, type LiveView } from '../../../src/model/live.js';
import type { RData } from '../../../src/model/dns.js';
import type { Certificate } from '../../../src/model/certificate.js';
import { RULES } from '../../../src/rules.generated.js';
import { parsedZone } from '../../helpers/parsed-zone.js';

const COMMITTED = parsedZone(
  'external/contoso.com.zone',
  'external',
  `$ORIGIN contoso.com.
$TTL 300
@ SOA ns1 hostmaster 1 3600 600 86400 300
_sip._tls SRV 0 0 443 sip
_sipfederationtls._tcp SRV 0 0 5061 sip
sip A 131.107.0.10
lyncdiscover A 131.107.0.11
`,
);

const AT = { file: 'external/contoso.com.zone', line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A live view whose answers are `served` (name type -> data, or an outcome), the endpoints given. */
function liveView(served: Array<[string, LiveRecordType, RData[] | 'nxdomain' | 'nodata' | 'failed']>, endpoints: LiveEndpoint[] = []): LiveView {
  const builder = new DnsZoneBuilder({ file: LIVE_ZONE_FILE, origin: 'contoso.com.', view: 'external', viewSource: 'declared' });
  const pending: Array<{ answer: LiveAnswer; first: number; count: number }> = [];
  const answers: LiveAnswer[] = served.map(([name, type, data]) => {
    const outcome = typeof data === 'string' ? data : 'answered';
    const answer: LiveAnswer = { name, type, outcome, records: [], tries: 1, committedView: 'external', anchor: AT };
    if (outcome === 'failed') answer.error = 'ETIMEOUT';
    if (Array.isArray(data)) {
      const first = builder.zone.table.size;
      for (const item of data) builder.add(name, type, 300, item, AT);
      pending.push({ answer, first, count: data.length });
    }
    return answer;
  });
  const zone = builder.finish();
  for (const { answer, first, count } of pending) for (let i = 0; i < count; i++) answer.records.push(zone.table.record(first + i));
  return { view: 'external', servers: ['192.0.2.53'], startedAt: new Date(0), elapsedMs: 1, answers, endpoints, zones: [zone], certificates: [], skipped: { questions: 0, endpoints: 0 } };
}

const AS_COMMITTED: Array<[string, LiveRecordType, RData[]]> = [
  ['_sip._tls.contoso.com.', 'SRV', [{ priority: 0, weight: 0, port: 443, target: 'sip.contoso.com.' }]],
  ['_sipfederationtls._tcp.contoso.com.', 'SRV', [{ priority: 0, weight: 0, port: 5061, target: 'sip.contoso.com.' }]],
  ['sip.contoso.com.', 'A', [{ address: '131.107.0.10' }]],
  ['lyncdiscover.contoso.com.', 'A', [{ address: '131.107.0.11' }]],
];

function liveFindings(view: LiveView, certificates: Certificate[] = []) {
  const estate = new Estate({ zones: [COMMITTED], certificates, settings: { product: 'sfb2015' } });
  estate.attachLive(view);
  const live = RULES.filter((rule) => rule.id.startsWith('live/'));
  const settings = new Map(live.map((rule) => [rule.id, { severity: rule.meta.severity, options: {} }]));
  return runRules(estate, live, settings, new Date('2026-11-20T00:00:00Z')).findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`);
}

describe('live/* rules', () => {
  it('raise nothing when everything committed is served as committed (TTLs aside), and say nothing without a probe', () => {
    expect(liveFindings(liveView(AS_COMMITTED))).toEqual([]);
    const estate = new Estate({ zones: [COMMITTED], settings: { product: 'sfb2015' } });
    const live = RULES.filter((rule) => rule.id.startsWith('live/'));
    expect(runRules(estate, live, new Map(live.map((r) => [r.id, { severity: r.meta.severity, options: {} }])), new Date()).outcomes.map((o) => o.status)).toEqual(live.map(() => 'not-applicable'));
  });

  it('each drift once, at the committed record', () => {
    const view = liveView([
      ['_sip._tls.contoso.com.', 'SRV', [{ priority: 0, weight: 0, port: 443, target: 'sip.contoso.com.' }]],
      ['_sipfederationtls._tcp.contoso.com.', 'SRV', [{ priority: 100, weight: 1, port: 5061, target: 'sipfed.online.lync.com.' }]],
      ['sip.contoso.com.', 'A', [{ address: '131.107.0.10' }, { address: '131.107.0.12' }]],
      ['lyncdiscover.contoso.com.', 'A', 'nxdomain'],
    ]);
    expect(liveFindings(view)).toEqual([
      '5 live/record-differs _sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com is committed, but the DNS (192.0.2.53) serves 100 1 5061 sipfed.online.lync.com',
      '6 live/record-not-committed the DNS (192.0.2.53) serves sip.contoso.com A 131.107.0.12, which the repository does not hold',
      '7 live/record-not-served lyncdiscover.contoso.com A 131.107.0.11 is committed but not served: the DNS (192.0.2.53) answers no such name (NXDOMAIN)',
    ]);
  });

  it('a question without an answer claims no drift: it is unreachable, at the committed record', () => {
    const view = liveView([...AS_COMMITTED.slice(0, 3), ['lyncdiscover.contoso.com.', 'A', 'failed']]);
    expect(liveFindings(view)).toEqual(['7 live/unreachable no answer for lyncdiscover.contoso.com A from the DNS (192.0.2.53) after 1 tries: ETIMEOUT']);
  });

  it('a presented certificate: another than the committed one, or one that does not name the host', () => {
    const committed: Certificate = { loc: { file: 'certs/edge.pem', line: 1, column: 1, endLine: 20, endColumn: 1 }, source: 'pem', name: 'certs/edge.pem', usedBy: [], commonName: 'sip.contoso.com', sans: { dns: ['sip.contoso.com'], ip: [] }, serial: '01', fingerprint256: 'AA:AA' };
    const served: Certificate = { ...committed, name: 'sip.contoso.com:443 (131.107.0.10)', serial: '02', fingerprint256: 'BB:BB', sans: { dns: ['edge.contoso.com'], ip: [] }, commonName: 'edge.contoso.com', subject: 'CN=edge.contoso.com' };
    const endpoint: LiveEndpoint = { host: 'sip.contoso.com', port: 443, address: '131.107.0.10', publishedBy: '_sip._tls.contoso.com SRV', outcome: 'presented', chain: [served], anchor: { ...AT, line: 4 } };
    expect(liveFindings(liveView(AS_COMMITTED, [endpoint]), [committed])).toEqual([
      '1 live/certificate-differs sip.contoso.com:443 (131.107.0.10) presents CN=edge.contoso.com, serial 02, SHA-256 BB:BB, not the committed certificate certs/edge.pem (CN=sip.contoso.com, serial 01, SHA-256 AA:AA)',
      '1 live/certificate-name sip.contoso.com:443 (131.107.0.10) presents a certificate (CN=edge.contoso.com) that does not name sip.contoso.com; it names edge.contoso.com',
    ]);
    // The committed certificate presented: nothing.
    expect(liveFindings(liveView(AS_COMMITTED, [{ ...endpoint, chain: [{ ...committed, name: 'sip.contoso.com:443' }] }]), [committed])).toEqual([]);
  });
});
