import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Finding, Severity } from '../../src/core/types.js';
import { escapeMarkdown, formatMarkdown, markdownTruncationNote } from '../../src/report/markdown.js';
import { finding, resultOf } from '../helpers/lint-result.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const SMALL = resultOf([
  finding({ file: 'dns/external/a.zone', line: 3, ruleId: 'sip/srv-port', message: 'SRV _sip._tls uses port 5061' }),
  finding({ file: 'dns/external/a.zone', line: 7, endLine: 9, ruleId: 'dns/duplicate-record', severity: 'warning', message: 'TTLs differ' }),
  finding({ file: 'dns/internal/b.zone', line: 2, ruleId: 'dns/dangling-target', severity: 'info', message: 'not checked: unknown view' }),
  finding({ file: 'dns/internal/b.zone', line: 4, ruleId: 'sip/srv-port', message: 'hidden', suppressed: { kind: 'inline', reason: 'by design' } }),
]);

describe('formatMarkdown', () => {
  it('writes the title, totals, totals by pack, notes and the findings table', () => {
    expect(formatMarkdown(SMALL, { title: 'uclint on main', linkBase: 'https://example.test/blob/abc/', notes: ['All findings: uclint.sarif.'] })).toBe(
      [
        '## uclint on main',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) in 2 files, 1 suppressed',
        '',
        '| pack | error | warning | info |',
        '| --- | ---: | ---: | ---: |',
        '| dns | 0 | 1 | 1 |',
        '| sip | 1 | 0 | 0 |',
        '',
        'All findings: uclint.sarif.',
        '',
        '| severity | rule | location | message |',
        '| --- | --- | --- | --- |',
        '| error | sip/srv-port | [dns/external/a.zone:3](https://example.test/blob/abc/dns/external/a.zone#L3) | SRV \\_sip.\\_tls uses port 5061 |',
        '| warning | dns/duplicate-record | [dns/external/a.zone:7](https://example.test/blob/abc/dns/external/a.zone#L7-L9) | TTLs differ |',
        '| info | dns/dangling-target | [dns/internal/b.zone:2](https://example.test/blob/abc/dns/internal/b.zone#L2) | not checked: unknown view |',
        '',
      ].join('\n'),
    );
  });

  it('links relative to the file without a link base, and lists only the findings it is given', () => {
    const text = formatMarkdown(SMALL, { findings: [SMALL.findings[1]] });
    expect(text).toContain('\n| warning | dns/duplicate-record | [dns/external/a.zone:7](dns/external/a.zone#L7-L9) | TTLs differ |\n');
    expect(text).not.toContain('| error | sip/srv-port |');
    // Totals come from the result all the same.
    expect(text).toContain('✖ 3 problems (1 error, 1 warning, 1 info) in 2 files, 1 suppressed');
  });

  it('writes no tables when there is nothing to report', () => {
    expect(formatMarkdown(resultOf([]))).toBe('## uclint\n\n✓ 0 problems (0 errors, 0 warnings, 0 info) in 0 files\n');
  });

  it('escapes Markdown and HTML in messages, files and rules, keeps each row on one line, and prints notes as Markdown', () => {
    const text = formatMarkdown(
      resultOf([finding({ file: 'dns/a (1)|x.zone', ruleId: 'x/a|b', message: 'a | b <script>`code`</script> *bold* [link](u)\r\nnext & last\\' })]),
      { notes: ['see `uclint.sarif`'] },
    );
    expect(text).toContain(
      '\n| error | x/a\\|b | [dns/a (1)\\|x.zone:1](dns/a%20%281%29%7Cx.zone#L1) | a \\| b &lt;script&gt;\\`code\\`&lt;/script&gt; \\*bold\\* \\[link\\](u)<br>next &amp; last\\\\ |\n',
    );
    expect(text).toContain('\nsee `uclint.sarif`\n');
  });

  it('escapeMarkdown turns every kind of line break into <br>', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
  });

  it('drops rows from the end to stay within maxBytes and says how many', () => {
    const many = resultOf(Array.from({ length: 40 }, (_, i) => finding({ line: i + 1, message: `problem number ${i + 1} ${'x'.repeat(60)}` })));
    const full = formatMarkdown(many);
    const limit = 3000;
    expect(bytes(full)).toBeGreaterThan(limit);
    const text = formatMarkdown(many, { maxBytes: limit });
    expect(bytes(text)).toBeLessThanOrEqual(limit);
    const rows = text.split('\n').filter((line) => line.startsWith('| error | sip/srv-port |'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(text.endsWith(`\n\n${markdownTruncationNote(40 - rows.length, 40, limit)}\n`)).toBe(true);
    expect(markdownTruncationNote(3, 120, 65535)).toBe('Not listed: 3 of 120 findings (this summary is limited to 65535 bytes).');
    // The rows kept are the first ones, whole.
    expect(full.startsWith(text.slice(0, text.lastIndexOf(rows[rows.length - 1])))).toBe(true);
  });

  it('for any findings and any limit of 2,000 bytes or more, stays within the limit and ends with the note when rows were dropped', () => {
    const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
    const anyFinding: fc.Arbitrary<Finding> = fc.record({
      file: fc.string({ unit: 'grapheme', maxLength: 40 }),
      line: fc.integer({ min: 1, max: 100_000 }),
      column: fc.integer({ min: 1, max: 500 }),
      endLine: fc.integer({ min: 1, max: 100_000 }),
      endColumn: fc.integer({ min: 1, max: 500 }),
      ruleId: fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([pack, rule]) => `${pack}/${rule}`),
      severity,
      message: fc.string({ unit: fc.constantFrom('a', '|', '<', '`', '\n', '\r', '&', 'é', '😀', '\\', ' '), maxLength: 300 }),
    });
    fc.assert(
      fc.property(
        fc.array(anyFinding, { maxLength: 120 }),
        fc.integer({ min: 2000, max: 40_000 }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 200 }), { nil: undefined }),
        (findings, maxBytes, note) => {
          const text = formatMarkdown(resultOf(findings), { maxBytes, notes: note === undefined ? undefined : [note] });
          expect(bytes(text)).toBeLessThanOrEqual(maxBytes);
          const tableStart = text.indexOf('\n| severity | rule | location | message |\n| --- | --- | --- | --- |\n');
          const rows = tableStart < 0 ? 0 : text.slice(tableStart).split('\n').filter((line) => /^\| (?:error|warning|info) \|/.test(line)).length;
          if (rows < findings.length) {
            expect(text.endsWith(`\n\n${markdownTruncationNote(findings.length - rows, findings.length, maxBytes)}\n`)).toBe(true);
          } else {
            expect(text).not.toContain('Not listed:');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
