import type { Certificate } from '../model/certificate.js';
import { daysBetween, isoDay } from '../model/certificate.js';
import { escapeMarkdown } from './markdown.js';
import { printable } from './printable.js';
import { jsonDocumentChunks, streamed } from './json-chunks.js';

/** One row of `uclint certs`: what the Certificate Expiration Alerter showed, and where the certificate is. */
export interface CertificateListEntry {
  name: string;
  file: string;
  line: number;
  commonName?: string;
  sans: string[];
  issuer?: string;
  notAfter?: string;
  /** Whole days from `now` to `notAfter`; negative once expired. */
  daysLeft?: number;
  usedBy: string[];
}

export interface CertificateListOptions {
  now: Date;
  /** Only certificates whose `notAfter` is at most this many days after `now` (expired ones included). */
  expiresWithin?: number;
  /** Only certificates whose subject CN this accepts (certificates without a CN are left out). */
  commonNameFilter?: (commonName: string) => boolean;
}

/** The certificates, filtered, soonest expiry first (certificates of unknown expiry last, by name). */
export function listCertificates(certificates: readonly Certificate[], options: CertificateListOptions): CertificateListEntry[] {
  const entries: CertificateListEntry[] = [];
  for (const c of certificates) {
    const daysLeft = c.notAfter ? daysBetween(options.now, c.notAfter) : undefined;
    if (options.expiresWithin !== undefined && (daysLeft === undefined || daysLeft > options.expiresWithin)) continue;
    if (options.commonNameFilter && (c.commonName === undefined || !options.commonNameFilter(c.commonName))) continue;
    entries.push({
      name: c.name,
      file: c.loc.file,
      line: c.loc.line,
      ...(c.commonName !== undefined ? { commonName: c.commonName } : {}),
      sans: [...(c.sans?.dns ?? []), ...(c.sans?.ip ?? [])],
      ...(c.issuer !== undefined ? { issuer: c.issuer } : c.issuerKind ? { issuer: `(${c.issuerKind} CA)` } : {}),
      ...(c.notAfter ? { notAfter: isoDay(c.notAfter) } : {}),
      ...(daysLeft !== undefined ? { daysLeft } : {}),
      usedBy: [...c.usedBy],
    });
  }
  return entries.sort(
    (a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || a.name.localeCompare(b.name) || a.file.localeCompare(b.file) || a.line - b.line,
  );
}

/** Aligned columns for a terminal, a line a piece. */
export function* certificateTableChunks(entries: readonly CertificateListEntry[]): Generator<string> {
  // Names come from the certificates, which a hostile file may fill with escape sequences.
  const rows = entries.map((e) => [daysText(e), e.notAfter ?? '-', e.commonName ?? '-', e.sans.join(', ') || '-', e.issuer || '-', `${e.file}:${e.line}`].map(printable));
  const head = ['DAYS', 'NOT AFTER', 'CN', 'SANS', 'ISSUER', 'WHERE'];
  // A loop, not Math.max(...column): a spread of every row overflows the stack past about 100,000.
  const widths = head.map((h) => h.length);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i], cell.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  yield `${line(head)}\n`;
  for (const row of rows) yield `${line(row)}\n`;
  yield `${entries.length} certificate${entries.length === 1 ? '' : 's'}\n`;
}

export function* certificateMarkdownChunks(entries: readonly CertificateListEntry[]): Generator<string> {
  yield '| days left | not after | CN | SANs | issuer | where |\n| ---: | --- | --- | --- | --- | --- |\n';
  for (const e of entries) {
    yield `| ${daysText(e)} | ${e.notAfter ?? '-'} | ${escapeMarkdown(e.commonName ?? '-')} | ${escapeMarkdown(e.sans.join(', ') || '-')} | ${escapeMarkdown(e.issuer || '-')} | ${escapeMarkdown(`${e.file}:${e.line}`)} |\n`;
  }
}

export function certificatesJsonChunks(entries: readonly CertificateListEntry[], now: Date): Generator<string> {
  return jsonDocumentChunks({ now: now.toISOString(), certificates: streamed(entries) });
}

function daysText(entry: CertificateListEntry): string {
  if (entry.daysLeft === undefined) return '-';
  return entry.daysLeft < 0 ? `expired ${-entry.daysLeft}d ago` : String(entry.daysLeft);
}

/**
 * A Mermaid `gantt` chart of the certificates that expire within `days` of `now` (GitHub
 * renders it in job summaries and issues): a bar from today to each expiry, critical
 * within 30 days, and expired certificates as milestones. Undefined when there are none.
 */
export function formatExpiryTimeline(certificates: readonly Certificate[], now: Date, days = 90): string | undefined {
  const entries = listCertificates(certificates, { now, expiresWithin: days });
  if (entries.length === 0) return undefined;
  // Names from the tree: nothing that ends the label or the code block (a backtick fence), nothing that reorders it.
  const label = (e: CertificateListEntry) => printable(`${e.commonName ?? e.name} (${e.name})`.replace(/[:#;`\n\r]/g, ' ').trim());
  const expired = entries.filter((e) => (e.daysLeft as number) < 0);
  const expiring = entries.filter((e) => (e.daysLeft as number) >= 0);
  const lines = ['```mermaid', 'gantt', `  title Certificates expiring within ${days} days of ${isoDay(now)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %m-%d'];
  if (expired.length > 0) {
    lines.push('  section Expired');
    for (const e of expired) lines.push(`  ${label(e)} :crit, milestone, ${e.notAfter}, 0d`);
  }
  if (expiring.length > 0) {
    lines.push('  section Expiring');
    for (const e of expiring) lines.push(`  ${label(e)} :${(e.daysLeft as number) <= 30 ? 'crit, ' : ''}${isoDay(now)}, ${e.notAfter}`);
  }
  lines.push('```');
  return lines.join('\n') + '\n';
}
