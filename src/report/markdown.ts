import type { Finding, Severity } from '../core/types.js';
import type { LintResult } from '../lint.js';
import { formatTotals } from './stylish.js';
import { notCheckedSummary, problemFindings } from './not-checked.js';
import { relativeUri } from './uri.js';

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
 * Text made inert inside Markdown and a table cell: HTML and Markdown punctuation escaped,
 * line breaks as `<br>` so a row stays on one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
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
  for (const note of options.notes ?? []) blocks.push(note);
  const head = blocks.join('\n\n');

  const listed = options.findings ?? problemFindings(result.findings.filter((f) => !f.suppressed));
  const rows = listed.map((f) => findingRow(f, options.linkBase ?? ''));
  if (rows.length === 0) return fitBytes(`${head}\n`, maxBytes);
  const full = `${head}\n\n${FINDINGS_TABLE_HEAD}\n${rows.join('\n')}\n`;
  if (byteLength(full) <= maxBytes) return full;

  // Keep as many rows as fit together with the note that says how many did not.
  let used = byteLength(`${head}\n\n${FINDINGS_TABLE_HEAD}\n`);
  let kept = 0;
  while (kept < rows.length) {
    const next = used + byteLength(rows[kept]) + 1;
    if (next + byteLength(`\n${markdownTruncationNote(rows.length - kept - 1, rows.length, maxBytes)}\n`) > maxBytes) break;
    used = next;
    kept++;
  }
  const note = markdownTruncationNote(rows.length - kept, rows.length, maxBytes);
  if (kept > 0) return `${head}\n\n${FINDINGS_TABLE_HEAD}\n${rows.slice(0, kept).join('\n')}\n\n${note}\n`;
  return `${fitBytes(head, maxBytes - byteLength(`\n\n${note}\n`))}\n\n${note}\n`;
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
