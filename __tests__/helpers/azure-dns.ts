/** What the ARM and Bicep format tests share: a scratch tree, and the zones and findings of a lint, written as lines to compare. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint, type LintResult } from '../../src/lint.js';
import { displayName } from '../../src/model/names.js';
import { rdataText } from '../../src/model/record-text.js';

export class ScratchTree {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-azure-'));

  write(rel: string, text: string): this {
    const file = path.join(this.dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return this;
  }

  lint(onlyRules: string[] = [], paths?: string[]): Promise<LintResult> {
    return lint({ cwd: this.dir, paths, onlyRules });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Each zone as `<origin> <view> <file>`, then its records as `<line> <name> <TTL> <type> <data>`, unreadable ones as `<line> <name> <type> unreadable: <text> <problem> @<value line>`. */
export function zonesOf(result: LintResult): string[] {
  const out: string[] = [];
  for (const zone of result.estate?.zones ?? []) {
    out.push(`zone ${zone.origin === undefined ? '?' : displayName(zone.origin)} ${zone.view} ${zone.file}:${zone.loc.line}`);
    for (const record of zone.records) out.push(`  ${record.loc.file}:${record.loc.line} ${displayName(record.name)} ${record.ttl} ${record.type} ${rdataText(record)}`);
    for (const bad of zone.unreadableRecords ?? []) {
      out.push(`  ${bad.loc.file}:${bad.loc.line} ${displayName(bad.name)} ${bad.type} unreadable: ${JSON.stringify(bad.text)} ${bad.problem} @${bad.valueLoc?.line ?? '-'}`);
    }
  }
  return out;
}

/** Findings as `<file>:<line> <rule> <message>`. */
export function findingsOf(result: LintResult): string[] {
  return result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.message}`);
}
