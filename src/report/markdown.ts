import type { Finding, Severity } from '../core/types.js';
import type { LintResult } from '../lint.js';
import { formatTotals } from './stylish.js';
import { familiesInWords } from '../model/products.js';
import { plural } from '../core/words.js';
import { notCheckedSummary, problemFindings } from './not-checked.js';
import { relativeUri } from './uri.js';
import { printableCommandText } from './printable.js';
import { daysBetween, isoDay } from '../model/certificate.js';

export interface MarkdownOptions {
  /** Heading (default 'uclint'). */
  title?: string;
  /** Findings to list in the table (default: the unsuppressed findings of the result). Totals always come from result.counts. */
  findings?: readonly Finding[];
  /** Link to a file's line is `${linkBase}${file}#L<line>` (or `#L<a>-L<b>` for several lines); without it the link is relative (`file#L3`). */
  linkBase?: string;
  /**
   * Paragraphs of Markdown printed after the totals, as written (the Action says there where
   * all findings are: SARIF file, findings file, how many annotations were dropped). They come
   * from the caller, never from linted files; file content is escaped wherever it appears.
   */
  notes?: string[];
  /** Where "not checked" notes are listed, for the line after the totals that counts them (default: uclint --format json). */
  notCheckedListedBy?: string;
  /** Size limit in UTF-8 bytes (default 1 MiB = 1,048,576, the step-summary limit; the Action passes 65,535 for check runs and issue bodies). The output never exceeds it: rows are dropped from the end of the table and a note says how many were left out. */
  maxBytes?: number;
}

/** GitHub's limit on a job's step summary. */
export const MARKDOWN_MAX_BYTES = 1_048_576;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const FINDINGS_TABLE_HEAD = '| severity | rule | location | message |\n| --- | --- | --- | --- |';

/** The paragraph that ends the output when rows were dropped to stay within `maxBytes`. */
export function markdownTruncationNote(dropped: number, total: number, maxBytes: number): string {
  return `Not listed: ${dropped} of ${total} findings (this summary is limited to ${maxBytes} bytes).`;
}

/**
 * Text made inert inside Markdown and a table cell: control and reordering characters shown
 * as `\x1b`, `\u202e`; HTML and Markdown punctuation escaped; line breaks as `<br>` so a row
 * stays on one line; and no `@mention` or issue reference (`#123`, `GH-123`, `owner/repo#123`)
 * for GitHub to act on: an issue body notifies whoever is mentioned and links every issue
 * referenced. A zero-width space after the `@`, the `#` or `GH` breaks GitHub's patterns and
 * shows nothing; an e-mail or SIP address (`alice@contoso.com`) is no mention and is left alone.
 */
export function escapeMarkdown(text: string): string {
  return printableCommandText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, '$1@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\b(GH)(?=-\d)/gi, '$1\u200b');
}

/**
 * The job summary (or a check run's or issue's body): title, totals, totals by pack,
 * notes, then a table of findings with links to their lines. Never more than `maxBytes`
 * UTF-8 bytes: rows are dropped from the end and a last paragraph says how many.
 */
export function formatMarkdown(result: LintResult, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const title = escapeMarkdown((options.title ?? 'uclint').replace(/[\r\n]+/g, ' '));
  const blocks = [`## ${title}`, formatTotals(result.counts, result.files.length)];
  const skipped = notCheckedSummary(result.findings, `${options.notCheckedListedBy ?? 'uclint --format json'} lists them`);
  if (skipped) blocks.push(escapeMarkdown(skipped));
  const packs = packTable(problemFindings(result.findings));
  if (packs) blocks.push(packs);
  const families = familiesParagraph(result);
  if (families) blocks.push(families);
  const live = liveSection(result);
  if (live) blocks.push(live);
  for (const note of options.notes ?? []) blocks.push(note);
  const head = blocks.join('\n\n');

  const listed = options.findings ?? problemFindings(result.findings.filter((f) => !f.suppressed));
  const total = listed.length;
  if (total === 0) return fitBytes(`${head}\n`, maxBytes);
  const tableStart = `${head}\n\n${FINDINGS_TABLE_HEAD}\n`;
  const noteBytes = (dropped: number) => byteLength(`\n${markdownTruncationNote(dropped, total, maxBytes)}\n`);

  // Rows are made only while they fit: a row past the size is never made, however many findings there are.
  const rows: string[] = [];
  let used = byteLength(tableStart);
  // How many of the rows made fit beside the note that says how many did not.
  let keptWithNote = 0;
  let overflowed = false;
  for (let i = 0; i < total; i++) {
    const row = findingRow(listed[i], options.linkBase ?? '');
    used += byteLength(row) + 1;
    if (used > maxBytes) {
      overflowed = true;
      break;
    }
    rows.push(row);
    if (used + noteBytes(total - i - 1) <= maxBytes && keptWithNote === i) keptWithNote = i + 1;
  }
  if (!overflowed) return `${tableStart}${rows.join('\n')}\n`;

  const note = markdownTruncationNote(total - keptWithNote, total, maxBytes);
  if (keptWithNote > 0) return `${tableStart}${rows.slice(0, keptWithNote).join('\n')}\n\n${note}\n`;
  return `${fitBytes(head, maxBytes - byteLength(`\n\n${note}\n`))}\n\n${note}\n`;
}

/**
 * The estate's families and how they were decided, and how many rules did not run because
 * they are about other families: said once here, never as a finding per file.
 */
function familiesParagraph(result: LintResult): string | undefined {
  if (!result.estate) return undefined;
  const families = result.estate.families();
  const which =
    families.source === 'unknown'
      ? 'unknown (nothing in the files shows them; `settings.families` states them)'
      : `${escapeMarkdown(familiesInWords(families.families))} (${escapeMarkdown(families.how)})`;
  const notRun = result.outcomes.filter((o) => o.otherFamilies).length;
  const rules = notRun > 0 ? ` ${plural(notRun, 'rule')} about other families did not run; the JSON report says why for each.` : '';
  return `Families: ${which}.${rules}`;
}

/** Endpoints listed in the live section at most; the JSON report has them all. */
const LIVE_ENDPOINT_ROWS = 50;

/**
 * `uclint probe`'s part of the summary: what was asked of which servers, what answered, the
 * certificate each endpoint presented (soonest expiry first) or why none, and how many of the
 * findings are about the live view (they are in the table below, marked `served:` or `live/`).
 */
function liveSection(result: LintResult): string | undefined {
  const live = result.estate?.live;
  if (!live) return undefined;
  const count = (outcome: string) => live.answers.filter((a) => a.outcome === outcome).length;
  const findings = problemFindings(result.findings.filter((f) => f.view === 'live' && !f.suppressed));
  const bySeverity = [plural(findings.filter((f) => f.severity === 'error').length, 'error'), plural(findings.filter((f) => f.severity === 'warning').length, 'warning'), `${findings.filter((f) => f.severity === 'info').length} info`].join(', ');
  const lines = [
    '## Live view',
    `Asked ${plural(live.answers.length, 'question')} of the DNS (${escapeMarkdown(live.servers.join(', '))}) for the ${live.view} view in ${(live.elapsedMs / 1000).toFixed(1)} s: ${count('answered')} answered, ${count('nodata') + count('nxdomain')} with no such record, ${count('failed')} without an answer.` +
      ` ${plural(live.endpoints.length, 'TLS endpoint')}: ${live.endpoints.filter((e) => e.outcome === 'presented').length} presented a certificate, ${live.endpoints.filter((e) => e.outcome === 'failed').length} failed, ${live.endpoints.filter((e) => e.outcome === 'not-attempted').length} not probed.` +
      (live.skipped.questions + live.skipped.endpoints > 0 ? ` Left out at the probe's bounds: ${live.skipped.questions} questions, ${live.skipped.endpoints} endpoints.` : '') +
      ` Findings of the live view: ${bySeverity}.`,
  ];
  if (live.endpoints.length > 0) {
    const sorted = [...live.endpoints].sort((a, b) => (a.chain[0]?.notAfter?.getTime() ?? Infinity) - (b.chain[0]?.notAfter?.getTime() ?? Infinity));
    const rows = sorted.slice(0, LIVE_ENDPOINT_ROWS).map((e) => {
      const leaf = e.chain[0];
      const endpoint = escapeMarkdown(`${e.host}:${e.port}${e.address && e.address !== e.host ? ` (${e.address})` : ''}`);
      if (!leaf) return `| ${endpoint} | ${escapeMarkdown(e.error ?? 'no certificate')} | | |`;
      const days = leaf.notAfter ? daysBetween(result.now, leaf.notAfter) : undefined;
      return `| ${endpoint} | ${escapeMarkdown(leaf.subject ?? 'no subject')} | ${leaf.notAfter ? isoDay(leaf.notAfter) : ''} | ${days ?? ''} |`;
    });
    lines.push(['| endpoint | certificate presented | expires | days left |', '| --- | --- | --- | ---: |', ...rows].join('\n'));
    if (sorted.length > LIVE_ENDPOINT_ROWS) lines.push(`Not listed: ${sorted.length - LIVE_ENDPOINT_ROWS} of ${sorted.length} endpoints (the JSON report lists them all).`);
  }
  return lines.join('\n\n');
}

function packTable(findings: readonly Finding[]): string | undefined {
  const byPack = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    if (f.suppressed) continue;
    const pack = f.ruleId.includes('/') ? f.ruleId.slice(0, f.ruleId.indexOf('/')) : f.ruleId;
    const counts = byPack.get(pack) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity]++;
    byPack.set(pack, counts);
  }
  if (byPack.size === 0) return undefined;
  const rows = [...byPack.keys()].sort().map((pack) => {
    const counts = byPack.get(pack) as Record<Severity, number>;
    return `| ${escapeMarkdown(pack)} | ${SEVERITIES.map((s) => counts[s]).join(' | ')} |`;
  });
  return ['| pack | error | warning | info |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

function findingRow(f: Finding, linkBase: string): string {
  return `| ${f.severity} | ${escapeMarkdown(f.ruleId)} | ${locationLink(f, linkBase)} | ${escapeMarkdown(f.message)} |`;
}

function locationLink(f: Finding, linkBase: string): string {
  if (!f.file) return '(run)';
  const lines = f.endLine > f.line ? `L${f.line}-L${f.endLine}` : `L${f.line}`;
  return `[${escapeMarkdown(f.file)}:${f.line}](${linkBase}${relativeUri(f.file)}#${lines})`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The longest prefix of `text` (whole code points) within `maxBytes`; only when the head alone is too big. */
function fitBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (used + size > maxBytes) break;
    out += char;
    used += size;
  }
  return out;
}
