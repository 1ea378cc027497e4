/**
 * ESLint RuleTester's shape for uclint: tables of valid and invalid cases, each a small
 * set of files. Every case goes through the same path as the CLI (files on disk in a
 * temporary directory, discovery, config, loaders, Estate, engine) with only the rule
 * under test enabled.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { lint, type LintResult } from '../../src/lint.js';
import type { AnyRule } from '../../src/engine/rule.js';
import type { Finding } from '../../src/core/types.js';
import type { FormatDefinition } from '../../src/formats/shared/format.js';

export interface RuleCase {
  name: string;
  /** Files by path relative to the lint root; a path segment `internal`/`external` sets a zone's view. */
  zones?: Record<string, string>;
  /** Other files (any kind) by path. */
  files?: Record<string, string>;
  /** Formats to read them with, when not the registry's (a toy format of __tests__/helpers). */
  formats?: readonly FormatDefinition[];
  /** Rule options (validated by the rule's schema, defaults filled). */
  options?: Record<string, unknown>;
  /**
   * `settings` of the config file (sipDomains, strictDnsNaming, product, families, ...).
   * Without `families` or `product`, the estate's families are what the files show, and a
   * rule about one vendor's servers runs only when they show that vendor.
   */
  settings?: Record<string, unknown>;
  /** Date for `--now` (default 2026-11-20). */
  now?: string;
  /**
   * For a valid case whose point is that the rule does not apply (its `appliesTo` is false, or
   * the estate is of families it is not about): why. Every other valid case must make the rule
   * run, or it would pass whatever the rule does.
   */
  notApplicable?: string;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  file?: string;
  column?: number;
  severity?: Finding['severity'];
  /** Compared on the keys given. */
  data?: Record<string, string | number>;
}

export interface InvalidRuleCase extends RuleCase {
  errors: ExpectedFinding[];
}

/** Lints one case and returns the whole result (for tests that need more than findings). */
export async function lintCase(rule: AnyRule, testCase: RuleCase): Promise<LintResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-rule-'));
  try {
    const files = { ...testCase.zones, ...testCase.files };
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const config: Record<string, unknown> = { rules: { [rule.id]: [rule.meta.severity, testCase.options ?? {}] } };
    if (testCase.settings) config.settings = testCase.settings;
    // JSON is YAML: the config goes through the real config loader.
    writeFileSync(path.join(dir, '.uclint.yml'), JSON.stringify(config, null, 2));
    return await lint({
      cwd: dir,
      rules: [rule],
      onlyRules: [rule.id],
      ...(testCase.formats ? { formats: testCase.formats } : {}),
      now: new Date(`${testCase.now ?? '2026-11-20'}T00:00:00Z`),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.messageId ?? f.ruleId} ${JSON.stringify(f.data ?? {})}`).join('\n');
}

export interface RuleCases {
  /**
   * Settings every case starts from (a case's own settings win, key by key): for a rule whose
   * cases hold nothing that shows the family it is about (NTLM values alone do not show Lync).
   */
  settings?: Record<string, unknown>;
  valid: RuleCase[];
  invalid: InvalidRuleCase[];
}

export function runRuleTests(rule: AnyRule, suite: RuleCases): void {
  const withSettings = <T extends RuleCase>(testCase: T): T => (suite.settings ? { ...testCase, settings: { ...suite.settings, ...testCase.settings } } : testCase);
  const cases = { valid: suite.valid.map(withSettings), invalid: suite.invalid.map(withSettings) };
  describe(rule.id, () => {
    it('has test cases both ways', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
        const result = await lintCase(rule, testCase);
        expect(result.fatal).toEqual([]);
        const relevant = result.findings.filter((f) => !f.suppressed && (f.ruleId === rule.id || f.ruleId.startsWith('parse/')));
        expect(describeFindings(relevant)).toBe('');
        const outcome = result.outcomes.find((o) => o.ruleId === rule.id);
        const expected = testCase.notApplicable === undefined ? 'ran' : 'not-applicable';
        // The engine's reason shows why a case meant to run did not (its families, most often).
        expect(outcome?.status === expected ? expected : `${outcome?.status}: ${outcome?.reason}`).toBe(expected);
      });
    });

    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
        const result = await lintCase(rule, testCase);
        expect(result.fatal).toEqual([]);
        const parseErrors = result.findings.filter((f) => f.ruleId.startsWith('parse/'));
        expect(describeFindings(parseErrors)).toBe('');
        const actual = result.findings.filter((f) => !f.suppressed && f.ruleId === rule.id);
        const messageIds = [...Object.keys(rule.meta.messages), 'notChecked'];
        for (const e of testCase.errors) expect(messageIds).toContain(e.messageId);
        // Shape first, so a failure shows every finding at once.
        expect(actual.map((f) => `${f.messageId}@${f.line}`)).toEqual(testCase.errors.map((e) => `${e.messageId}@${e.line}`));
        testCase.errors.forEach((e, i) => {
          const f = actual[i];
          if (e.file !== undefined) expect(f.file).toBe(e.file);
          if (e.column !== undefined) expect(f.column).toBe(e.column);
          if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
          if (e.data !== undefined) expect(f.data).toEqual(expect.objectContaining(e.data));
          // Every placeholder was filled.
          expect(f.message).not.toMatch(/\{\{/);
        });
      });
    });
  });
}
