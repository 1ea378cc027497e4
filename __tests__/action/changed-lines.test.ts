import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { addedLines, changedLinesOfGitDiff, isOnChangedLines, unquoteGitPath } from '../../src/action/changed-lines.js';
import type { Finding } from '../../src/core/types.js';

describe('addedLines', () => {
  it('numbers added lines in the new file across hunks, skipping removed and context lines', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+B2', ' c', '@@ -10,2 +11,3 @@', ' x', '+y', ' z', '\\ No newline at end of file'].join('\n');
    expect(addedLines(patch)).toEqual([
      [2, 3],
      [12, 12],
    ]);
  });

  it('reads hunk headers without counts (one-line hunks) and pure deletions', () => {
    expect(addedLines('@@ -1 +1 @@\n-old\n+new')).toEqual([[1, 1]]);
    expect(addedLines('@@ -4,2 +3,0 @@\n-gone\n-gone too')).toEqual([]);
  });

  it('ignores text before the first hunk and malformed headers', () => {
    expect(addedLines('+++ b/file\n+not in a hunk\n@@ garbage @@\n+still not')).toEqual([]);
  });

  it('never throws and returns sorted, disjoint, positive ranges for any text', () => {
    const lineArb = fc.oneof(fc.constantFrom('@@ -1,2 +3,4 @@', '@@ -0,0 +1 @@', '+x', '-y', ' z', '\\ No newline', '', 'diff --git a/f b/f'), fc.string());
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 60 }), (lines) => {
        const ranges = addedLines(lines.join('\n'));
        for (let i = 0; i < ranges.length; i++) {
          expect(ranges[i][0]).toBeLessThanOrEqual(ranges[i][1]);
          if (i > 0) expect(ranges[i][0]).toBeGreaterThan(ranges[i - 1][1] + 1);
        }
      }),
      { seed: 20261121, numRuns: 500 },
    );
  });
});

describe('changedLinesOfGitDiff', () => {
  it('splits git diff output by file, uses new names, skips deletions, marks binary files whole', () => {
    const diff = [
      'diff --git a/zones/a.zone b/zones/a.zone',
      'index 1..2 100644',
      '--- a/zones/a.zone',
      '+++ b/zones/a.zone',
      '@@ -3,0 +4,2 @@',
      '+www IN A 192.0.2.1',
      '+++ IN TXT "a record whose text starts with pluses"',
      'diff --git a/old.zone b/new.zone',
      'similarity index 90%',
      'rename from old.zone',
      'rename to new.zone',
      '--- a/old.zone',
      '+++ b/new.zone',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      'diff --git a/gone.zone b/gone.zone',
      'deleted file mode 100644',
      '--- a/gone.zone',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-z',
      'diff --git a/cert.der b/cert.der',
      'new file mode 100644',
      'Binary files /dev/null and b/cert.der differ',
      'diff --git "a/odd\\tname.zone" "b/odd\\tname.zone"',
      '--- "a/odd\\tname.zone"',
      '+++ "b/odd\\tname.zone"',
      '@@ -0,0 +1 @@',
      '+q',
      '',
    ].join('\n');
    expect(Object.fromEntries(changedLinesOfGitDiff(diff))).toEqual({
      'zones/a.zone': [[4, 5]],
      'new.zone': [[1, 1]],
      'cert.der': 'whole',
      'odd\tname.zone': [[1, 1]],
    });
  });

  it('unquotes C-style paths with octal bytes', () => {
    expect(unquoteGitPath('"b/caf\\303\\251.zone"')).toBe('b/café.zone');
    expect(unquoteGitPath('b/plain.zone')).toBe('b/plain.zone');
  });

  const gitAvailable = spawnSync('git', ['--version']).status === 0;
  (gitAvailable ? it : it.skip)('agrees with git: the new file without its added lines is a subsequence of the old file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'uclint-diff-'));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 0, max: 2 })), { maxLength: 12 }),
        fc.constantFrom('0', '3'),
        (oldValues, edits, context) => {
          const oldLines = oldValues.map((v) => `host${v} IN A 192.0.2.${v}`);
          const newLines = [...oldLines];
          let serial = 0;
          for (const [at, kind] of edits) {
            const position = at % (newLines.length + 1);
            if (kind === 0) newLines.splice(position, 0, `added${serial++}`);
            else if (kind === 1 && newLines.length > 1) newLines.splice(Math.min(position, newLines.length - 1), 1);
            else if (newLines.length > 0) newLines[Math.min(position, newLines.length - 1)] = `changed${serial++}`;
          }
          writeFileSync(path.join(dir, 'old'), oldLines.join('\n') + '\n');
          writeFileSync(path.join(dir, 'new'), newLines.join('\n') + '\n');
          const diff = spawnSync('git', ['diff', '--no-index', '--no-color', `--unified=${context}`, 'old', 'new'], { cwd: dir, encoding: 'utf8' }).stdout;
          const changed = changedLinesOfGitDiff(diff).get('new');
          const added = new Set<number>();
          for (const [start, end] of changed === 'whole' ? [] : (changed ?? [])) for (let n = start; n <= end; n++) added.add(n);
          // Every line uclint calls added is one the edits introduced or git re-wrote; the rest of the new file is old text in order.
          const kept = newLines.filter((_, i) => !added.has(i + 1));
          let o = 0;
          for (const line of kept) {
            while (o < oldLines.length && oldLines[o] !== line) o++;
            expect(o).toBeLessThan(oldLines.length);
            o++;
          }
          for (let i = 0; i < newLines.length; i++) if (/^(added|changed)/.test(newLines[i])) expect(added.has(i + 1)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe('isOnChangedLines', () => {
  const finding = (file: string, line: number, endLine = line, related: Finding['related'] = undefined): Finding => ({
    file,
    line,
    column: 1,
    endLine,
    endColumn: 2,
    ruleId: 'dns/dangling-target',
    severity: 'error',
    message: 'm',
    related,
  });
  const changed = new Map<string, [number, number][] | 'whole'>([
    ['a.zone', [[10, 12]]],
    ['b.pem', 'whole'],
  ]);

  it('matches overlapping ranges, whole files and related locations', () => {
    expect(isOnChangedLines(finding('a.zone', 9), changed)).toBe(false);
    expect(isOnChangedLines(finding('a.zone', 8, 10), changed)).toBe(true);
    expect(isOnChangedLines(finding('a.zone', 13), changed)).toBe(false);
    expect(isOnChangedLines(finding('b.pem', 400), changed)).toBe(true);
    expect(isOnChangedLines(finding('c.zone', 1, 1, [{ file: 'a.zone', line: 11, column: 1, endLine: 11, endColumn: 2, message: 'the record' }]), changed)).toBe(true);
    expect(isOnChangedLines(finding('', 1), changed)).toBe(false);
  });
});
