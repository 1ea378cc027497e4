import type { Severity } from '../core/types.js';
import { FORMATS } from '../formats.generated.js';
import type { FormatDefinition } from '../formats/shared/format.js';

/** A finding id the engine reports itself, not a rule under `rules/` (docs/diagnostics.md). */
export interface EngineRuleDoc {
  id: string;
  severity: Severity;
  description: string;
  /** Markdown, as in docs/diagnostics.md. */
  help: string;
  /** The severity column of docs/diagnostics.md (`error (some warnings)`). */
  docSeverity: string;
  /** The row of docs/diagnostics.md: what the id means, in Markdown. */
  doc: string;
}

/** The ids of the engine itself (after those of the formats). */
const OWN: readonly EngineRuleDoc[] = [
  {
    id: 'parse/input',
    severity: 'error',
    description: 'A file could not be read as it is',
    help: 'The file could not be read, is larger than the size bound, is a symbolic link leaving the lint root and was not followed, or is a zone file or BIND configuration in UTF-16 (name servers would not load it; uclint decodes it, with or without a byte-order mark, and checks it all the same).',
    docSeverity: 'error (info for a skipped symlink)',
    doc: 'a file could not be read (`input/unreadable`), is larger than the size bound (`input/too-large`), is a symbolic link leaving the lint root and was not followed (`input/symlink-outside-root`), is named like a zone file but binary (`input/binary`, info: a secondary zone in BIND\'s raw format, not read), or is a zone file or a BIND configuration, or a file one of them includes, in UTF-16 (`input/encoding`, said once per file: name servers would not load it; uclint decodes it, by its byte-order mark or, without one, by the NUL bytes of ASCII in UTF-16LE, and checks it all the same).',
  },
  {
    id: 'uclint/invalid-suppression',
    severity: 'warning',
    description: 'A suppression comment names no rule, an unknown rule, or gives no reason',
    help: 'Write `uclint-disable-next-line <rule-id> -- <reason>`: a known rule id and a reason after `--`.',
    docSeverity: 'warning',
    doc: 'a `uclint-disable-*` comment names no rule, an unknown rule, or gives no reason (`-- <reason>`).',
  },
  {
    id: 'uclint/unused-suppression',
    severity: 'warning',
    description: 'A suppression comment suppressed nothing',
    help: 'The fault was fixed, or the comment is on the wrong line. Remove the comment or move it to the line it means.',
    docSeverity: 'warning',
    doc: 'a suppression that suppressed nothing: the fault was fixed, or the comment is on the wrong line.',
  },
  {
    id: 'uclint/unsupported-file',
    severity: 'info',
    description: 'A manifest document of a kind this version recognises but does not load',
    help: 'None today: every uclint/v1 kind is loaded. Kept so a kind that a newer version reads is reported, not dropped.',
    docSeverity: 'info',
    doc: 'a manifest document of a kind this version recognises but does not load (none today: every `uclint/v1` kind is loaded; kept so a newer kind read by an older uclint is reported rather than dropped).',
  },
  {
    id: 'uclint/rule-crash',
    severity: 'error',
    description: 'A rule threw an error; the run went on with the other rules',
    help: 'This is a defect in uclint. Please report it with the message.',
    docSeverity: 'error, exit code 2',
    doc: 'a rule threw; the run goes on with the other rules. Please report it.',
  },
];

/**
 * The ids no rule under `rules/` reports, in the order of docs/diagnostics.md (`npm run generate`
 * writes its table from this list): `parse/<format>` for each format of the registry that says
 * what its diagnostics are, then the engine's own.
 */
export function engineRules(formats: readonly FormatDefinition[]): EngineRuleDoc[] {
  return [...formats.flatMap((format) => (format.diagnostics ? [{ id: `parse/${format.name}`, ...format.diagnostics }] : [])), ...OWN];
}

export const ENGINE_RULES: readonly EngineRuleDoc[] = engineRules(FORMATS);

/** The table of docs/diagnostics.md. */
export function renderEngineRulesTable(rules: readonly EngineRuleDoc[]): string {
  return ['| id | severity | what it means |', '| --- | --- | --- |', ...rules.map((rule) => `| \`${rule.id}\` | ${rule.docSeverity} | ${rule.doc} |`), ''].join('\n');
}
