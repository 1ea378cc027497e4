/**
 * Shared vocabulary of the pipeline: source ranges, diagnostics and findings.
 * Lines and columns are 1-based; columns count UTF-16 code units, as editors and
 * GitHub annotations do. The end is inclusive of the last character's column + 1
 * (i.e. `endColumn` points just past the last character, like LSP).
 */

export interface SourceRange {
  /** Path relative to the lint root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Anything a rule can report on: every node read from a file carries its range. */
export interface Located {
  loc: SourceRange;
}

export type Severity = 'error' | 'warning' | 'info';

/** Severities in order of weight, for picking the more or less severe of two. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** Severity as written in configuration (`warn` is accepted as the usual spelling). */
export type ConfigSeverity = 'off' | 'info' | 'warn' | 'warning' | 'error';

/**
 * A problem found while reading a file (syntax, bounds, encoding). Loaders return
 * these instead of throwing; the engine turns them into findings of the pseudo-rule
 * `parse/<format>` so they are reported, suppressed and baselined like any other.
 */
export interface Diagnostic extends SourceRange {
  severity: Severity;
  message: string;
  /** Stable machine-readable code, e.g. `zone/bad-ttl`, `zone/include-outside-root`. */
  code: string;
}

export interface RelatedLocation extends SourceRange {
  message: string;
}

export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The rule's message id (absent for parse diagnostics, which carry `code` instead). */
  messageId?: string;
  /** Data the message template was filled from; tests assert on it. */
  data?: Record<string, string | number>;
  related?: RelatedLocation[];
  /** Stable across line shifts: hash of rule, file, message (and an occurrence index). */
  fingerprint?: string;
  /**
   * `live` for what `uclint probe` found: the drift rules' findings, and those the rules made of
   * the answers and certificates served (located at the committed record or certificate).
   */
  view?: 'live';
  /** Set on findings that a suppression comment or baseline removed (kept for reporting counts). */
  suppressed?: { kind: 'inline' | 'file' | 'baseline'; reason?: string };
}

export function rangeOf(file: string, line: number, column: number, endLine = line, endColumn = column): SourceRange {
  return { file, line, column, endLine, endColumn };
}

export function compareRanges(a: SourceRange, b: SourceRange): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

export type FindingCounts = Record<Severity, number> & { suppressed: number; notChecked: number };

/**
 * A rule's note that part of its check could not be made (a zone of unknown view, no
 * topology). Not a problem: never counted as one, listed only when asked for.
 */
export function isNotChecked(finding: Finding): boolean {
  return finding.messageId === 'notChecked';
}

/** Findings by severity; suppressed ones and not-checked notes are counted apart and in no severity. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, suppressed: 0, notChecked: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else if (isNotChecked(f)) counts.notChecked++;
    else counts[f.severity]++;
  }
  return counts;
}

/**
 * Where a loader tells the comments it meets, as its format's grammar defines them (never a
 * comment character inside a quoted string or a value): the file, the text read from it, and
 * the offsets in that text of the comment character and of the end of the comment (the end of
 * its line). Called in the order of the file. Suppression comments are read from these alone.
 */
export type CommentSink = (file: string, text: string, start: number, end: number) => void;
