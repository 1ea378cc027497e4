import type { Finding, Severity } from '../core/types.js';
import { plural } from '../core/words.js';
import { joinChunks } from './output.js';
import { printable } from './printable.js';
import { isNotChecked, notCheckedSummary } from './not-checked.js';

export interface ReportContext {
  /** Colour output (only on a TTY, and never when NO_COLOR is set). */
  color: boolean;
  counts: Record<Severity, number> & { suppressed: number };
  filesLinted: number;
  /** List "not checked" notes as findings (`--verbose`); otherwise one line after the totals counts them. */
  verbose?: boolean;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

function paint(color: boolean, code: string, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/**
 * ESLint's stylish shape: findings grouped by file, one line each with
 * `line:col  severity  message  rule-id`, related locations indented below, totals last.
 * Written a line a piece.
 */
export function* stylishChunks(findings: readonly Finding[], context: ReportContext): Generator<string> {
  const { color } = context;
  let currentFile: string | undefined;
  for (const f of findings) {
    if (f.suppressed || (!context.verbose && isNotChecked(f))) continue;
    if (f.file !== currentFile) {
      if (currentFile !== undefined) yield '\n';
      currentFile = f.file;
      yield `${paint(color, '4', printable(f.file) || '(run)')}\n`;
    }
    const position = `${f.line}:${f.column}`.padEnd(7);
    const severity = paint(color, SEVERITY_COLOR[f.severity], SEVERITY_WORD[f.severity].padEnd(7));
    yield `  ${position} ${severity} ${printable(f.message)}  ${paint(color, '2', f.ruleId)}\n`;
    for (const r of f.related ?? []) {
      yield `          ${paint(color, '2', `${printable(r.file)}:${r.line}:${r.column}`)} ${printable(r.message)}\n`;
    }
  }
  const { error, warning, info } = context.counts;
  if (currentFile !== undefined) yield '\n';
  yield `${paint(color, error + warning + info === 0 ? '32' : error > 0 ? '31' : '33', formatTotals(context.counts, context.filesLinted))}\n`;
  const skipped = notCheckedSummary(findings, context.verbose ? 'listed above' : undefined);
  if (skipped) yield `${paint(color, '2', printable(skipped))}\n`;
}

export function formatStylish(findings: readonly Finding[], context: ReportContext): string {
  return joinChunks(stylishChunks(findings, context));
}

/** `✖ 6 problems (6 errors, 0 warnings, 0 info) in 2 files, 1 suppressed`: the totals line of stylish and markdown. */
export function formatTotals(counts: ReportContext['counts'], filesLinted: number): string {
  const { error, warning, info, suppressed } = counts;
  const total = error + warning + info;
  const summary = `${total === 0 ? '✓' : '✖'} ${plural(total, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info) in ${plural(filesLinted, 'file')}`;
  return summary + (suppressed > 0 ? `, ${suppressed} suppressed` : '');
}

/** One line per finding, `file:line:col severity message [rule-id]`: the golden-file shape of the fixture tests. */
export function formatCompact(findings: readonly Finding[]): string {
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]\n`)
    .join('');
}
