/**
 * SARIF output: valid against the SARIF 2.1.0 JSON Schema (the copy inside the SARIF
 * Multitool package) and clean under Microsoft's SARIF Multitool, SARIF and GitHub rules.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type * as Sarif from 'sarif';
import { lint } from '../../src/lint.js';
import { formatSarif, type SarifOptions } from '../../src/report/sarif.js';
import type { LintResult } from '../../src/lint.js';
import { ENGINE_RULES } from '../../src/report/engine-rules.js';
import { RULES } from '../../src/rules.generated.js';
import { VERSION } from '../../src/version.js';
import { finding, resultOf } from '../helpers/lint-result.js';
import { expectSchemaValid, multitool, multitoolFindings } from '../helpers/sarif-validation.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const NOW = new Date(Date.UTC(2026, 10, 20));
const itMultitool = multitool ? it : it.skip;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'uclint-sarif-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function contoso(): Promise<LintResult> {
  return lint({ paths: ['examples/contoso'], cwd: ROOT, now: NOW });
}

const FULL_OPTIONS: Omit<SarifOptions, 'rules'> = {
  helpUriBase: 'https://uclint.example/docs/rules',
  informationUri: 'https://uclint.example/',
};

describe('SARIF of examples/contoso', () => {
  it('is valid against the SARIF 2.1.0 schema and describes the tool, its rules and results', async () => {
    const log = expectSchemaValid(formatSarif(await contoso(), { rules: RULES }));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'uclint', version: VERSION, semanticVersion: VERSION });
    expect(run.columnKind).toBe('utf16CodeUnits');
    // Every rule that was on (all of recommended), none of the engine's ids, since none occurred.
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(RULES.filter((r) => r.meta.recommended).map((r) => r.id));
    const srvPort = run.tool.driver.rules?.find((r) => r.id === 'sip/srv-port');
    expect(srvPort).toMatchObject({
      name: 'SipSrvPort',
      shortDescription: { text: 'Lync, Skype for Business, federation, XMPP and Cisco SRV records use the fixed port their service listens on.' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['sip'] },
    });
    expect(srvPort?.fullDescription?.text).toMatch(/^Clients and federating servers connect to the port the SRV record names\./);
    expect(srvPort?.fullDescription?.text).toContain('Fix: change the port field of the SRV record (priority weight port target)');
    expect(srvPort?.help?.markdown).toContain('## Why\n\nClients and federating servers');
    expect(srvPort?.help?.markdown).toContain('```dns\n_sipfederationtls._tcp  IN SRV 0 0 5062 sip.contoso.com.');
    expect(srvPort?.help?.text).toContain('Why\n\nClients and federating servers');
    expect(srvPort?.help?.text).not.toContain('```');
    expect(srvPort?.helpUri).toBeUndefined();

    // Every finding but the one "not checked" note (the JSON output lists it; code scanning would alert on it).
    expect(run.results).toHaveLength(16);
    const first = run.results?.find((r) => r.ruleId === 'lync/strict-naming');
    expect(first).toEqual({
      ruleId: 'lync/strict-naming',
      ruleIndex: run.tool.driver.rules?.findIndex((r) => r.id === 'lync/strict-naming'),
      level: 'error',
      message: {
        text: 'SRV _sip._tls.contoso.com targets sip.contoso.net, outside contoso.com: Lync and Skype for Business clients signing in to contoso.com ask the user whether to trust it unless the TrustModelData policy lists contoso.net; use a host in contoso.com.',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'examples/contoso/dns/external/contoso.com.zone', uriBaseId: '%SRCROOT%' },
            region: { startLine: 26, startColumn: 1, endLine: 26, endColumn: 57 },
          },
        },
      ],
      partialFingerprints: { 'uclint/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    const suppressed = run.results?.filter((r) => r.suppressions);
    expect(suppressed?.map((r) => [r.ruleId, r.locations?.[0].physicalLocation?.region?.startLine, r.suppressions])).toEqual([
      [
        'sip/srv-port',
        29,
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'the XMPP gateway shares its address with another service and listens on 5270; partners follow the SRV port',
          },
        ],
      ],
    ]);
    for (const r of run.results ?? []) expect(run.tool.driver.rules?.[r.ruleIndex as number].id).toBe(r.ruleId);
  });

  it('holds no absolute path and no time, so it can be compared byte for byte', async () => {
    const text = formatSarif(await contoso(), { rules: RULES });
    expect(text).not.toContain(ROOT);
    expect(text).not.toMatch(/"(?:startTimeUtc|endTimeUtc|timeUtc)"|file:\/\//);
    expect(formatSarif(await contoso(), { rules: RULES })).toBe(text);
  });

  it('links each rule to its generated docs page when given a help base', async () => {
    const log = expectSchemaValid(formatSarif(await contoso(), { rules: RULES, ...FULL_OPTIONS }));
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://uclint.example/');
    expect(driver.rules?.find((r) => r.id === 'dns/dangling-target')?.helpUri).toBe('https://uclint.example/docs/rules/dns/dangling-target.md');
  });

  itMultitool('passes the SARIF Multitool; without a home page it warns of that alone', async () => {
    expect(multitoolFindings(formatSarif(await contoso(), { rules: RULES }))).toEqual(['warning SARIF2005 Warning_ProvideToolnformationUri']);
    expect(multitoolFindings(formatSarif(await contoso(), { rules: RULES, ...FULL_OPTIONS }))).toEqual([]);
  });
});

/** Findings of every shape the format has to carry. */
function syntheticResult(extra: Partial<LintResult> = {}): LintResult {
  return resultOf(
    [
      finding({ file: '', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'uclint/rule-crash', message: 'rule sip/srv-port crashed: boom' }),
      finding({
        file: 'dns/a b.zone',
        line: 3,
        endLine: 5,
        column: 2,
        endColumn: 4,
        ruleId: 'dns/dangling-target',
        message: 'CNAME x points at y, which has no records',
        fingerprint: 'f1',
        related: [{ file: 'dns/internal/b.zone', line: 7, column: 1, endLine: 7, endColumn: 20, message: 'the internal zone holds y' }],
      }),
      finding({ line: 8, ruleId: 'sip/srv-port', fingerprint: 'f2', suppressed: { kind: 'inline', reason: 'by design' } }),
      finding({ line: 9, ruleId: 'sip/srv-port', fingerprint: 'f3', suppressed: { kind: 'file', reason: 'legacy zone' } }),
      finding({ line: 10, ruleId: 'sip/srv-port', fingerprint: 'f4', suppressed: { kind: 'baseline' } }),
      finding({ line: 11, ruleId: 'parse/zone', severity: 'error', message: 'bad TTL', messageId: 'zone/bad-ttl' }),
      finding({ line: 12, ruleId: 'uclint/unused-suppression', severity: 'warning', message: 'suppression of sip/srv-port suppresses nothing' }),
      finding({ line: 13, ruleId: 'custom/other', severity: 'info', message: 'from a rule outside the registry' }),
    ],
    { outcomes: [{ ruleId: 'sip/srv-port', status: 'ran', findings: 3, time: 0 }], ...extra },
  );
}

describe('SARIF of synthetic results', () => {
  it('describes the engine ids and unknown ids that occur, after the registry rules', () => {
    const log = expectSchemaValid(formatSarif(syntheticResult(), { rules: RULES }));
    const rules = log.runs[0].tool.driver.rules ?? [];
    // dns/dangling-target was not on but reported; sip/srv-port was on.
    expect(rules.map((r) => r.id)).toEqual(['dns/dangling-target', 'sip/srv-port', 'parse/zone', 'uclint/unused-suppression', 'uclint/rule-crash', 'custom/other']);
    expect(rules[2]).toMatchObject({
      name: 'ParseZone',
      shortDescription: { text: 'A zone file could not be read at this line and column.' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['parse'] },
    });
    expect(rules[5]).toMatchObject({ id: 'custom/other', defaultConfiguration: { level: 'note' }, properties: { tags: ['custom'] } });
    expect(log.runs[0].results?.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['uclint/rule-crash', 4, 'error'],
      ['dns/dangling-target', 0, 'error'],
      ['sip/srv-port', 1, 'error'],
      ['sip/srv-port', 1, 'error'],
      ['sip/srv-port', 1, 'error'],
      ['parse/zone', 2, 'error'],
      ['uclint/unused-suppression', 3, 'warning'],
      ['custom/other', 5, 'note'],
    ]);
  });

  it('writes related locations with messages, multi-line regions and percent-encoded paths', () => {
    const result = expectSchemaValid(formatSarif(syntheticResult(), { rules: RULES })).runs[0].results?.[1];
    expect(result?.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dns/a%20b.zone', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 2, endLine: 5, endColumn: 4 },
    });
    expect(result?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'dns/internal/b.zone', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 20 },
        },
        message: { text: 'the internal zone holds y.' },
      },
    ]);
    expect(result?.partialFingerprints).toEqual({ 'uclint/v1': 'f1' });
  });

  it('marks inline and file suppressions as in source and baseline ones as external', () => {
    const results = expectSchemaValid(formatSarif(syntheticResult(), { rules: RULES })).runs[0].results ?? [];
    expect(results.slice(2, 5).map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', status: 'accepted', justification: 'by design' }],
      [{ kind: 'inSource', status: 'accepted', justification: 'legacy zone' }],
      [{ kind: 'external', status: 'accepted', justification: 'Recorded in the baseline file.' }],
    ]);
    expect(results.filter((r) => r.suppressions)).toHaveLength(3);
  });

  it('places a finding without a file at the configuration file, or else at the lint root', () => {
    const withConfig = expectSchemaValid(formatSarif(syntheticResult({ configFile: '.uclint.yml' }), { rules: RULES }));
    expect(withConfig.runs[0].results?.[0].locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: '.uclint.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
        message: { text: 'This finding belongs to the run, not to a file.' },
      },
    ]);
    const withoutConfig = expectSchemaValid(formatSarif(syntheticResult(), { rules: RULES }));
    expect(withoutConfig.runs[0].results?.[0].locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: './', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
        message: { text: 'This finding belongs to the run, not to a file.' },
      },
    ]);
  });

  it('keeps errors first when over the cap and says how many results were left out', () => {
    const findings = [
      finding({ line: 1, severity: 'info', message: 'i1' }),
      finding({ line: 2, severity: 'warning', message: 'w1' }),
      finding({ line: 3, severity: 'error', message: 'e1', suppressed: { kind: 'inline', reason: 'r' } }),
      finding({ line: 4, severity: 'error', message: 'e2' }),
      finding({ line: 5, severity: 'warning', message: 'w2' }),
      finding({ line: 6, severity: 'error', message: 'e3' }),
    ];
    const log = expectSchemaValid(formatSarif(resultOf(findings), { rules: RULES, maxResults: 3 }));
    expect(log.runs[0].results?.map((r) => r.message.text)).toEqual(['w1.', 'e2.', 'e3.']);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: '3 of 6 results were left out: a run holds at most 3 results, errors kept first.' } }],
      },
    ]);
    const uncapped = expectSchemaValid(formatSarif(resultOf(findings), { rules: RULES }));
    expect(uncapped.runs[0].results).toHaveLength(6);
    expect(uncapped.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('reports problems that stopped the run as error notifications', () => {
    const log = expectSchemaValid(
      formatSarif(resultOf([], { fatal: [{ message: 'unknown rule', file: '.uclint.yml', line: 3, column: 3, endLine: 3, endColumn: 9 }, { message: 'no such path' }] }), { rules: RULES }),
    );
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'unknown rule' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: '.uclint.yml', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 9 },
                },
              },
            ],
          },
          { level: 'error', message: { text: 'no such path' } },
        ],
      },
    ]);
  });

  itMultitool('passes the SARIF Multitool with suppressions, related locations, a file-less finding and the cap', () => {
    const options = { rules: RULES, ...FULL_OPTIONS };
    expect(multitoolFindings(formatSarif(syntheticResult({ configFile: '.uclint.yml' }), options))).toEqual([]);
    expect(multitoolFindings(formatSarif(syntheticResult(), { ...options, maxResults: 2 }))).toEqual([]);
  });
});

it('every engine id in the SARIF rules is one docs/diagnostics.md describes', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/diagnostics.md'), 'utf8');
  const documented = [...doc.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]);
  expect(ENGINE_RULES.map((r) => r.id)).toEqual(documented);
});

it('fingerprints stay the same when a line is inserted above the findings', async () => {
  const copy = path.join(tmp, 'contoso');
  cpSync(path.join(ROOT, 'examples/contoso'), copy, { recursive: true });
  const zone = path.join(copy, 'dns/external/contoso.com.zone');
  const fingerprints = async (): Promise<Array<[string | undefined, number | undefined, string | undefined]>> => {
    const log = JSON.parse(formatSarif(await lint({ paths: [copy], cwd: copy, now: NOW }), { rules: RULES })) as Sarif.Log;
    return (log.runs[0].results ?? []).map((r) => [r.ruleId, r.locations?.[0].physicalLocation?.region?.startLine, r.partialFingerprints?.['uclint/v1']]);
  };
  const fingerprintsOfFile = async () => {
    const log = JSON.parse(formatSarif(await lint({ paths: [copy], cwd: copy, now: NOW }), { rules: RULES })) as Sarif.Log;
    return (log.runs[0].results ?? []).filter((r) => r.locations?.[0].physicalLocation?.artifactLocation?.uri === 'dns/external/contoso.com.zone').map((r) => r.partialFingerprints?.['uclint/v1']);
  };
  const before = await fingerprints();
  writeFileSync(zone, `; a comment added at the top\n${readFileSync(zone, 'utf8')}`);
  const after = await fingerprints();
  expect(before.length).toBeGreaterThan(0);
  // Findings in the zone move down a line; the others (the certificate manifest) stay; no fingerprint changes.
  const zoneFindings = new Set((await fingerprintsOfFile()).map(String));
  expect(after).toEqual(before.map(([rule, line, fingerprint]) => [rule, zoneFindings.has(String(fingerprint)) ? (line as number) + 1 : line, fingerprint]));
});
