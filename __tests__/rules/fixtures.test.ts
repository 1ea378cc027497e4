/**
 * Golden-file tests (actionlint's shape): every `__tests__/fixtures/<pack>/<rule>/` with a
 * rule of that id has `ok/` (no finding of the rule) and `err/` (exactly the lines of
 * `err/expected.txt`, `file:line:col severity message [rule-id]`, paths relative to err/).
 * `UCLINT_UPDATE_FIXTURES=1 npm test -- fixtures` rewrites the expected files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/lint.js';
import { RULES } from '../../src/rules.generated.js';
import { formatCompact } from '../../src/report/stylish.js';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const FIXTURES = path.resolve(HERE, '../fixtures');
const update = process.env.UCLINT_UPDATE_FIXTURES === '1';

// The live/* rules judge what servers answer, not files: their golden cases run against Knot DNS and
// TLS servers on loopback (__tests__/probe/probe.test.ts) and on live views given as data (__tests__/rules/live/).
const cases = RULES.filter((rule) => !rule.id.startsWith('live/')).map((rule) => ({ rule, dir: path.join(FIXTURES, rule.id) }));

describe('rule fixtures', () => {
  it('every rule has ok/ and err/ fixture folders with an expected file', () => {
    const missing = cases
      .filter(({ dir }) => !existsSync(path.join(dir, 'ok')) || !existsSync(path.join(dir, 'err', 'expected.txt')))
      .map(({ rule }) => rule.id);
    expect(missing).toEqual([]);
  });

  describe.each(cases.filter(({ dir }) => existsSync(dir)).map((c) => [c.rule.id, c] as const))('%s', (_id, { rule, dir }) => {
    it('ok/ has no finding of the rule and no parse error', async () => {
      const result = await lint({ cwd: path.join(dir, 'ok'), onlyRules: [rule.id], now: new Date('2026-11-20T00:00:00Z') });
      expect(result.fatal).toEqual([]);
      const relevant = result.findings.filter((f) => f.ruleId === rule.id || f.ruleId.startsWith('parse/'));
      expect(formatCompact(relevant)).toBe('');
      // A rule that did not run would find nothing whatever it checks (a `.uclint.yml` there states the families the files do not show).
      const outcome = result.outcomes.find((o) => o.ruleId === rule.id);
      expect(outcome?.status === 'ran' ? 'ran' : `${outcome?.status}: ${outcome?.reason}`).toBe('ran');
    });

    it('err/ gives exactly expected.txt', async () => {
      const errDir = path.join(dir, 'err');
      const result = await lint({ cwd: errDir, onlyRules: [rule.id], now: new Date('2026-11-20T00:00:00Z') });
      expect(result.fatal).toEqual([]);
      const actual = formatCompact(result.findings.filter((f) => f.ruleId === rule.id || f.ruleId.startsWith('parse/')));
      const expectedFile = path.join(errDir, 'expected.txt');
      if (update) writeFileSync(expectedFile, actual);
      expect(actual).not.toBe('');
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  });

  it('no fixture folder lacks its rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const orphans: string[] = [];
    for (const pack of ['dns', 'sip', 'lync', 'teams', 'x509', 'vpn', 'firewall', 'ice', 'cisco']) {
      const packDir = path.join(FIXTURES, pack);
      if (!existsSync(packDir)) continue;
      for (const name of readdirSync(packDir)) if (!ids.has(`${pack}/${name}`)) orphans.push(`${pack}/${name}`);
    }
    expect(orphans).toEqual([]);
  });
});
