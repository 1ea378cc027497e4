/**
 * uclint as a library: the one `lint()` path the CLI and the GitHub Action share, the
 * reporters, and the types of findings and rules.
 */
export { lint, exitCodeOf, type LintOptions, type LintResult, type FatalProblem } from './lint.js';
export { runCli, type CliIo } from './cli.js';
export { formatStylish, stylishChunks, formatCompact, formatTotals } from './report/stylish.js';
export { formatJson, jsonReportChunks } from './report/json.js';
export { formatSarif, sarifChunks, type SarifOptions, SARIF_FINGERPRINT_KEY, SARIF_URI_BASE_ID, SARIF_MAX_RESULTS } from './report/sarif.js';
export { formatGithub, githubChunks, formatGithubCommand, escapeCommandData, escapeCommandProperty } from './report/github.js';
export { writeChunks, writeChunksToFile, OutputError } from './report/output.js';
export { formatMarkdown, type MarkdownOptions, escapeMarkdown, markdownTruncationNote, MARKDOWN_MAX_BYTES } from './report/markdown.js';
export { defineRule, type RuleDefinition, type RuleMeta, type RuleContext, type AnyRule } from './engine/rule.js';
export { Estate } from './estate/estate.js';
export { parseZone, formatRecord, rdataText, recordKey } from './formats/zone/loader.js';
export { RULES } from './rules.generated.js';
export { formatClaimingName } from './discover/classify.js';
export { VERSION } from './version.js';
export type { Finding, Diagnostic, SourceRange, Severity } from './core/types.js';
