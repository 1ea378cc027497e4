/**
 * Text from the linted tree in every output: terminal escapes never reach a terminal raw,
 * characters that reorder text (bidi overrides and isolates, the marks) are shown escaped
 * in every format, JSON and SARIF included (as `\u202e` escapes, so the data is the same
 * after parsing), and Markdown neither mentions users nor references issues.
 */
import { describe, expect, it } from '@jest/globals';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';
import { printable } from '../../src/report/printable.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { toCheckAnnotation } from '../../src/report/check-run.js';
import { formatExpiryTimeline } from '../../src/report/certificates.js';
import type { Certificate } from '../../src/model/certificate.js';
import { finding, resultOf } from '../helpers/lint-result.js';
import { RAW_REORDERING, RAW_TEXT as RAW } from '../helpers/raw-text.js';

/** Characters that reorder the text around them: the bidi embeddings, overrides and isolates, and the marks. */
const REORDERING = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const HOSTILE = `x${REORDERING.join('')} \u001b[2J\u009b31m\u2028 @octocat #123 GH-42 acme/estate#7 alice@contoso.com sip:bob@contoso.com`;


const RESULT = resultOf([finding({ file: `dns/${REORDERING[4]}evil.zone`, message: HOSTILE, related: [{ file: 'dns/a.zone', line: 2, column: 1, endLine: 2, endColumn: 2, message: HOSTILE }] })]);

describe('printable', () => {
  it('shows control characters as \\xNN and reordering characters as \\uNNNN', () => {
    expect(printable('a\u001b[2Jb\u009bc\nd\u202ee\u2066f\u200fg\u2028h')).toBe('a\\x1b[2Jb\\x9bc\\x0ad\\u202ee\\u2066f\\u200fg\\u2028h');
    expect(printable('plain café ünïcode, 日本, עברית')).toBe('plain café ünïcode, 日本, עברית');
  });
});

describe('every format', () => {
  it('stylish: nothing raw, every character shown', () => {
    const text = formatStylish(RESULT.findings, { color: false, counts: RESULT.counts, filesLinted: 1 });
    expect(text).not.toMatch(RAW);
    expect(text).toContain('dns/\\u202eevil.zone\n');
    expect(text).toContain('x\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c \\x1b[2J\\x9b31m\\u2028 @octocat');
  });

  it('json and sarif: reordering and C1 characters as escapes in the text; the same strings once parsed', () => {
    const json = formatJson(RESULT);
    expect(json).not.toMatch(RAW);
    expect(json).toContain('x\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c \\u001b[2J\\u009b31m\\u2028 @octocat');
    const parsed = JSON.parse(json) as { findings: Array<{ file: string; message: string; related: Array<{ message: string }> }> };
    expect([parsed.findings[0].file, parsed.findings[0].message, parsed.findings[0].related[0].message]).toEqual([RESULT.findings[0].file, HOSTILE, HOSTILE]);

    const sarif = formatSarif(RESULT, { rules: [] });
    expect(sarif).not.toMatch(RAW);
    const run = (JSON.parse(sarif) as { runs: Array<{ results: Array<{ message: { text: string } }> }> }).runs[0];
    expect(run.results[0].message.text).toBe(`${HOSTILE}.`);
  });

  it('github: workflow commands show reordering and control characters escaped', () => {
    const text = formatGithub(RESULT.findings);
    expect(text).not.toMatch(RAW);
    expect(text).toContain('file=dns/\\u202eevil.zone,');
    expect(text).toContain('::x\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c \\x1b[2J\\x9b31m\\u2028 @octocat');
  });

  it('check-run annotations: the message and details escaped, the path as it is (the API matches it to the file)', () => {
    const annotation = toCheckAnnotation(RESULT.findings[0]);
    expect(annotation.message).not.toMatch(RAW);
    expect(annotation.raw_details).not.toMatch(RAW);
    expect(annotation.path).toBe(RESULT.findings[0].file);
  });

  it('markdown: nothing raw, and no @mention or issue reference that GitHub would act on', () => {
    const text = formatMarkdown(RESULT, { title: `audit @octocat #9 ${REORDERING[4]}` });
    expect(text).not.toMatch(RAW);
    // GitHub's mention filter: `@name` after the start or a character that is not a word character.
    expect(text).not.toMatch(/(?:^|[^A-Za-z0-9_`])@[A-Za-z0-9]/m);
    // Issue references: `#123`, `GH-123`, `owner/repo#123`.
    expect(text).not.toMatch(/#\d|GH-\d/i);
    // What was written is still there to read: the mark is a zero-width space after `@` and `#`.
    expect(text).toContain('@\u200boctocat #\u200b123 GH\u200b-42 acme/estate#\u200b7 alice@contoso.com sip:bob@contoso.com');
    expect(text).toContain('## audit @\u200boctocat #\u200b9 \\\\u202e');
  });

  it('escapeMarkdown leaves an e-mail or SIP address, and a # without a number, alone', () => {
    expect(escapeMarkdown('sip:alice@contoso.com; _sip._tls #main')).toBe('sip:alice@contoso.com; \\_sip.\\_tls #main');
  });

  it('the certificate timeline cannot leave its code block or reorder its labels', () => {
    const certificate = { name: 'edge', commonName: `\`\`\`\n@octocat ${REORDERING[4]}x`, notAfter: new Date(Date.UTC(2026, 11, 1)), usedBy: [], loc: { file: 'c.yml', line: 1, column: 1, endLine: 1, endColumn: 1 } } as unknown as Certificate;
    const timeline = formatExpiryTimeline([certificate], new Date(Date.UTC(2026, 10, 20))) as string;
    expect(timeline.split('\n').filter((line) => line.includes('```'))).toEqual(['```mermaid', '```']);
    expect(timeline).not.toMatch(RAW_REORDERING);
  });
});
