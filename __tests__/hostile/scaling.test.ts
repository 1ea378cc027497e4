/**
 * Hostile inputs that once took minutes under the documented bounds because some step did
 * work for every pair of things (every finding against every suppression, every unknown key
 * against every key of its mapping, every zone per name looked up). Each test times the step
 * on two sizes in this process and checks that the work grows about linearly
 * (helpers/scaling.ts), or counts the work directly.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/types.js';
import { DirectiveReader, applyDirectives } from '../../src/engine/suppressions.js';
import { parseZone } from '../../src/formats/zone/loader.js';
import { parseManifestFile } from '../../src/formats/manifest/loader.js';
import { loadConfig } from '../../src/config/index.js';
import { nearest } from '../../src/core/nearest.js';
import { RULES } from '../../src/rules.generated.js';
import { globMatcher } from '../../src/discover/index.js';
import { parseRegistryFile } from '../../src/formats/registry/loader.js';
import { Estate } from '../../src/estate/estate.js';
import { runRules } from '../../src/engine/run.js';
import { parseSdpFile } from '../../src/formats/sdp/loader.js';
import candidateTypeOrder from '../../rules/ice/candidate-type-order.js';
import { expectNearLinear } from '../helpers/scaling.js';

const SOA = '$ORIGIN b.test.\n$TTL 300\n@ IN SOA ns h 1 1 1 1 1\n@ IN NS ns\n';

/** Reads a zone's suppression comments and applies them to one finding on each given line. */
function suppress(text: string, lines: readonly number[]): Finding[] {
  const reader = new DirectiveReader();
  parseZone(text, { file: 'b.test.zone', comments: reader.comment });
  const findings = lines.map((line): Finding => ({ file: 'b.test.zone', line, column: 1, endLine: line, endColumn: 2, ruleId: 'test/every-a', severity: 'warning', message: 'm' }));
  applyDirectives(findings, reader.directivesByFile());
  return findings;
}

describe('suppression comments', () => {
  it('a directive on every line, each covering a finding: one pass, not every finding against every directive', () => {
    const lines = (n: number): number[] => Array.from({ length: n }, (_, i) => 5 + i);
    const zone = (n: number): string => SOA + 'h A 192.0.2.2 ; uclint-disable-line test/every-a -- lab\n'.repeat(n);
    expect(suppress(zone(3), lines(3)).map((f) => f.suppressed?.kind)).toEqual(['inline', 'inline', 'inline']);
    expectNearLinear({ input: (n) => ({ text: zone(n), lines: lines(n) }), run: ({ text, lines }) => suppress(text, lines) }, 10_000);
  });

  it('consecutive next-line directives: the line they cover is looked for once, not once each', () => {
    const zone = (n: number): string => SOA + '; uclint-disable-next-line test/every-a -- lab\n'.repeat(n) + 'h A 192.0.2.2\n';
    const findings = suppress(zone(3), [8]);
    expect(findings.map((f) => f.suppressed?.kind)).toEqual(['inline']);
    expectNearLinear({ input: zone, run: (text) => suppress(text, []) }, 5_000);
  });

  it('one line of 3,000 directives: each one names the rules up to the next, not every rule after it', () => {
    const reader = new DirectiveReader();
    parseZone(`${SOA}h A 192.0.2.2 ; ${'uclint-disable-line dns/x '.repeat(3_000)}\n`, { file: 'b.test.zone', comments: reader.comment });
    const directives = reader.directivesByFile().get('b.test.zone') ?? [];
    expect(directives.length).toBe(3_000);
    expect(directives.reduce((sum, d) => sum + d.ruleIds.length, 0)).toBe(3_000);
  });
});

describe('YAML manifests and the configuration', () => {
  const manifest = (header: string, line: (i: number) => string) => (n: number): string => header + Array.from({ length: n }, (_, i) => line(i)).join('');

  it('unknown keys in a mapping: each found through an index of the mapping, each suggestion bounded', () => {
    const text = manifest('apiVersion: uclint/v1\nkind: Topology\n', (i) => `key${i}: 1\n`);
    expect(parseManifestFile(text(2), 'm.yml').diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      "3 unknown key 'key0'; expected one of: apiVersion, kind, product, sipDomains, tenantDomains, clientPolicy, pools, edges, reverseProxy, simpleUrls, exchange, sbcs",
      "4 unknown key 'key1'; expected one of: apiVersion, kind, product, sipDomains, tenantDomains, clientPolicy, pools, edges, reverseProxy, simpleUrls, exchange, sbcs",
    ]);
    expectNearLinear({ input: text, run: (t) => parseManifestFile(t, 'm.yml') }, 5_000);
  });

  it('a list of items of the wrong type: each error placed and judged once', () => {
    const text = manifest('apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n', () => '  - 1\n');
    expect(parseManifestFile(text(1), 'm.yml').diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual(['4 certificates[0] must be a mapping']);
    expectNearLinear({ input: text, run: (t) => parseManifestFile(t, 'm.yml') }, 20_000);
  });

  it('the configuration: unknown keys and unknown rule ids', () => {
    const keys = manifest('', (i) => `key${i}: 1\n`);
    const rules = manifest('rules:\n', (i) => `  dns/rule-${i}: error\n`);
    expectNearLinear({ input: keys, run: (t) => loadConfig(t, '.uclint.yml', RULES) }, 5_000);
    expectNearLinear({ input: rules, run: (t) => loadConfig(t, '.uclint.yml', RULES) }, 5_000);
  });

  it('the configuration: at most 100 errors are given, then how many more there are', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `key${i}: 1\n`).join('');
    const { diagnostics } = loadConfig(text, '.uclint.yml', RULES);
    expect(diagnostics.length).toBe(101);
    expect(diagnostics.slice(99).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "100:1 config/unknown-key unknown key 'key99'; expected one of: extends, plugins, rules, views, zones, ignore, settings, baseline, maxFindingsPerFile, certificates, probe, audit",
      '101:1 config/too-many-errors 39,900 more errors in the configuration are not shown',
    ]);
  });

  it('suggestions: a long word is not compared, and the comparison is bounded by the distance allowed', () => {
    expect(nearest('x'.repeat(10_000), ['rules', 'x'.repeat(10_000)])).toBeUndefined();
    expect(nearest('ruels', ['rules', 'views'])).toBe('rules');
    expect(nearest('sna', ['sans', 'subject'])).toBe('sans');
  });
});

describe('rules and the estate', () => {
  it('ice/candidate-type-order on an offer of 100,000 candidates (the SDP bound): each group grows in place', () => {
    const offer = (n: number): Estate => {
      const lines = ['v=0', 'o=- 1 1 IN IP4 10.0.0.1', 's=-', 'c=IN IP4 10.0.0.1', 't=0 0', 'm=audio 50000 RTP/AVP 0'];
      for (let i = 0; i < n; i++) lines.push(`a=candidate:${i} 1 UDP ${2130706431 - i * 256} 192.168.${(i >> 8) & 255}.${i & 255} ${1024 + (i % 60000)} typ host`);
      return new Estate({ sdpSessions: [parseSdpFile(lines.join('\n'), 'offer.sdp').session] });
    };
    const settings = new Map([[candidateTypeOrder.id, { severity: 'warning' as const, options: {} }]]);
    const run = (estate: Estate) => runRules(estate, [candidateTypeOrder], settings, new Date(0));
    expect(run(offer(2)).findings).toEqual([]);
    expectNearLinear({ input: offer, run }, 12_500);
  });

  it('the zones of a name among 10,000 one-name zones: found from the name upwards, not by a pass over every zone', () => {
    const estate = (n: number): { estate: Estate; names: string[] } => {
      const zones = Array.from({ length: n }, (_, i) => parseZone(`$ORIGIN d${i}.test.\n$TTL 300\n@ SOA ns h 1 1 1 1 1\n`, { file: `d${i}.test.zone` }).zone);
      return { estate: new Estate({ zones }), names: zones.map((_, i) => `www.d${i}.test`) };
    };
    const small = estate(3);
    expect(small.names.map((name) => small.estate.zonesFor(name).map((z) => z.file))).toEqual([['d0.test.zone'], ['d1.test.zone'], ['d2.test.zone']]);
    expect(small.estate.zonesFor('test.')).toEqual([]);
    const lookUpEachName = ({ estate, names }: { estate: Estate; names: string[] }): void => {
      for (let round = 0; round < 50; round++) for (const name of names) estate.zonesFor(name);
    };
    expectNearLinear({ input: estate, run: lookUpEachName }, 1_250);
  });
});

describe('run-wide costs', () => {
  it('ignore globs: many globs on many files are one matcher, not every glob against every file', () => {
    const work = (n: number) => ({
      matches: () => globMatcher(Array.from({ length: n }, (_, i) => `**/nomatch${i}/**/*.{zone,db}`)),
      files: Array.from({ length: n }, (_, i) => `zones/internal/d${i}.test.zone`),
    });
    const small = work(3);
    expect(small.files.map(small.matches())).toEqual([false, false, false]);
    expect(['a/nomatch2/b/c.db', 'nomatch0/x.zone', 'nomatch1/x.txt'].map(small.matches())).toEqual([true, true, false]);
    expectNearLinear({ input: work, run: ({ matches, files }) => files.filter(matches()) }, 250);
  });

  it('the configuration: at most 1,000 globs and 64 Ki characters of them, ignore, views, zones and passwords together', () => {
    const problems = (text: string) => loadConfig(text, '.uclint.yml', RULES).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
    const globs = (n: number, length = 8) => Array.from({ length: n }, (_, i) => `  - "${String(i).padStart(length, 'x')}"\n`).join('');
    expect(problems(`ignore:\n${globs(1_000)}`)).toEqual([]);
    expect(problems(`ignore:\n${globs(999)}views:\n  internal:\n${globs(2)}`)).toEqual([
      '1004:5 config/too-many-globs more than 1,000 globs of ignore, views, zones and certificates.passwords together; every file met is matched against each',
    ]);
    expect(problems(`zones:\n  big/**: big.test\nignore:\n${globs(64, 1_000)}${globs(2, 1_000)}`)).toEqual([
      '69:5 config/too-many-globs more than 65,536 characters of globs of ignore, views, zones and certificates.passwords together; every file met is matched against each',
    ]);
  });
});

describe('memory', () => {
  it('a UTF-16 regedit export: nothing kept for the run holds on to its decoded text', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // 14 MB of UTF-16: a directive, a value, and long comment lines. Node keeps decoded UTF-16 text outside the heap.
    const lines = ['Windows Registry Editor Version 5.00', '', '[HKEY_CURRENT_USER\\Software\\Lab\\Client\\Settings]', '; uclint-disable-file lync/ntlm-min-sec -- a lab machine of the test network', '"ServerAddressInternal"="pool.lab.contoso.com"'];
    const text = lines.join('\r\n') + ('\r\n; ' + 'x'.repeat(1000)).repeat(7000);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const kept: unknown[] = [];
    const external = (): number => {
      gc();
      return process.memoryUsage().external;
    };
    const read = (file: string): void => {
      const reader = new DirectiveReader();
      const { registry } = parseRegistryFile(bytes, file, undefined, reader.comment);
      kept.push(registry, reader.directivesByFile());
    };
    read('r0.reg');
    const before = external();
    for (let i = 1; i <= 4; i++) read(`r${i}.reg`);
    // Kept texts would add 14 MB a file.
    expect(Math.round((external() - before) / 1e6)).toBeLessThan(4);
    expect(kept).toHaveLength(10);
  });
});
