import type { Finding, SourceRange } from '../core/types.js';

/**
 * Inline suppressions (FORMATS 6), read from comments in any format that has them:
 *   uclint-disable-next-line <rule-id>[, <rule-id>...] -- <reason>
 *   uclint-disable-line <rule-id>... -- <reason>
 *   uclint-disable-file <rule-id>... -- <reason>
 * The reason is required; a directive without one still applies but is reported.
 */
export interface SuppressionDirective {
  kind: 'next-line' | 'line' | 'file';
  ruleIds: string[];
  reason: string | undefined;
  /** Where the directive text sits (for unused and malformed reports). */
  loc: SourceRange;
  /** The line the directive covers (next-line / line); undefined for file. */
  targetLine: number | undefined;
  /** Rule ids of this directive that suppressed at least one finding. */
  used: Set<string>;
}

const MARKER = 'uclint-disable';
const DIRECTIVE = /^uclint-disable-(next-line|line|file)(?=\s|$)\s*(.*)$/;

/**
 * Finds directives in `text`. `commentStart` is the comment character(s) of the format
 * (`;` for zones and .reg, `#` for YAML, WireGuard, OpenVPN). Only text after the
 * comment character counts, so a TXT record mentioning the marker is not a directive.
 * Scans with indexOf: cheap even on a 44 MB zone without any directive.
 */
export function findDirectives(file: string, text: string, commentStart: string): SuppressionDirective[] {
  const directives: SuppressionDirective[] = [];
  const lines = { offset: 0, line: 1 };
  let from = 0;
  // The line of the last marker found, so that many markers on one long line cost one scan of it.
  let lineStart = 0;
  let lineEnd = -1;
  let comment = -1;
  for (;;) {
    const at = text.indexOf(MARKER, from);
    if (at < 0) break;
    from = at + MARKER.length;
    if (at > lineEnd) {
      lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
      lineEnd = text.length;
      const nl = text.indexOf('\n', at);
      const cr = text.indexOf('\r', at);
      if (nl >= 0) lineEnd = nl;
      if (cr >= 0 && cr < lineEnd) lineEnd = cr;
      const first = text.indexOf(commentStart, lineStart);
      comment = first >= 0 && first < lineEnd ? first : -1;
    }
    if (comment < 0 || comment > at) continue;
    const body = text.slice(at, lineEnd).trimEnd();
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const line = advanceLines(text, lines, at);
    const [rulesPart, ...reasonParts] = (match[2] ?? '').split(/\s--\s?|\s--$|^--\s?/);
    const reason = reasonParts.join(' -- ').trim() || undefined;
    const ruleIds = (rulesPart ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const column = at - lineStart + 1;
    const kind = match[1] as SuppressionDirective['kind'];
    directives.push({
      kind,
      ruleIds,
      reason,
      loc: { file, line, column, endLine: line, endColumn: column + body.length },
      targetLine: kind === 'next-line' ? nextContentLine(text, lineEnd, line) : kind === 'line' ? line : undefined,
      used: new Set(),
    });
  }
  return directives;
}

/**
 * The line a `next-line` directive covers: the next line that is not blank and not
 * only a comment, so a directive may sit above a comment explaining the record.
 */
function nextContentLine(text: string, lineEnd: number, line: number): number {
  let pos = lineEnd;
  let current = line;
  while (pos < text.length) {
    if (text[pos] === '\r' && text[pos + 1] === '\n') pos += 2;
    else pos += 1;
    current += 1;
    let end = pos;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const content = text.slice(pos, end).trim();
    if (content !== '' && !content.startsWith(';') && !content.startsWith('#')) return current;
    pos = end;
  }
  return line + 1;
}

/** Line number at `offset`, counting on from the previous call (directives come in order). */
function advanceLines(text: string, cursor: { offset: number; line: number }, offset: number): number {
  for (let i = cursor.offset; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) cursor.line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) cursor.line++;
  }
  cursor.offset = offset;
  return cursor.line;
}

/**
 * Marks findings covered by a directive as suppressed (in place) and records which
 * directive ids were used. Findings are matched on their primary location.
 */
export function applyDirectives(findings: Finding[], directivesByFile: Map<string, SuppressionDirective[]>): void {
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const directives = directivesByFile.get(finding.file);
    if (!directives) continue;
    for (const directive of directives) {
      if (!directive.ruleIds.includes(finding.ruleId)) continue;
      const covers = directive.kind === 'file' || directive.targetLine === finding.line;
      if (!covers) continue;
      directive.used.add(finding.ruleId);
      finding.suppressed = { kind: directive.kind === 'file' ? 'file' : 'inline', reason: directive.reason };
      break;
    }
  }
}
