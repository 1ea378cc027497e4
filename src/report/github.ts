import type { Finding, Severity } from '../core/types.js';
import { joinChunks } from './output.js';
import { printableCommandText } from './printable.js';
import { isNotChecked } from './not-checked.js';

/**
 * GitHub workflow commands (`::error file=…::message`), which the runner turns into
 * annotations. Escaping is the toolkit's (`@actions/core` command.ts), written out here
 * so the CLI bundle does not carry the toolkit.
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message: `%`, CR and LF. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One `::error file=..,line=..,endLine=..,col=..,endColumn=..,title=<ruleId>::<message>` line
 * (no newline); info -> `notice`; columns only when the finding is on one line (the runner
 * ignores them otherwise); a finding with an empty file gets no file property, nor a
 * position, which would mean nothing without it.
 */
export function formatGithubCommand(finding: Finding): string {
  const properties: Array<[string, string | number]> = [];
  if (finding.file) {
    properties.push(['file', finding.file], ['line', finding.line], ['endLine', finding.endLine]);
    if (finding.line === finding.endLine) properties.push(['col', finding.column], ['endColumn', finding.endColumn]);
  }
  properties.push(['title', finding.ruleId]);
  // The log is a terminal of sorts: control and reordering characters from the tree are shown, not obeyed.
  const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(printableCommandText(String(value)))}`).join(',');
  return `::${COMMAND[finding.severity]} ${list}::${escapeCommandData(printableCommandText(finding.message))}`;
}

/** All unsuppressed findings but "not checked" notes (no annotation for them), one command per line, a piece each. */
export function* githubChunks(findings: Iterable<Finding>): Generator<string> {
  for (const f of findings) if (!f.suppressed && !isNotChecked(f)) yield `${formatGithubCommand(f)}\n`;
}

export function formatGithub(findings: readonly Finding[]): string {
  return joinChunks(githubChunks(findings));
}
