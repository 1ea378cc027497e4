import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { countFindings, type Finding, type Severity } from '../core/types.js';
import { plural } from '../core/words.js';
import { lint, type LintResult } from '../lint.js';
import { DEFAULT_AUDIT_ISSUE_TITLE, type PluginOptions } from '../config/index.js';
import { jsonReportChunks } from '../report/json.js';
import { sarifChunks } from '../report/sarif.js';
import { OutputError, writeChunksToFile } from '../report/output.js';
import { escapeMarkdown, formatMarkdown } from '../report/markdown.js';
import { printable } from '../report/printable.js';
import { problemFindings } from '../report/not-checked.js';
import { formatGithubCommand } from '../report/github.js';
import { formatExpiryTimeline } from '../report/certificates.js';
import { postCheckRun, toCheckAnnotation, withinCommandCaps, CheckRunError, type CheckConclusion } from '../report/check-run.js';
import { RULES } from '../rules.generated.js';
import { readInputs } from './inputs.js';
import { isOnChangedLines, type ChangedLines } from './changed-lines.js';
import { checkRunClient, createOctokit, gitDiffChanges, issueClient, pullRequestChanges, type Octokit, type Repository } from './github-clients.js';
import { AUDIT_BODY_LIMIT, syncAuditIssue } from './audit-issue.js';

/** The step summary holds at most 1 MiB; check-run summaries 65,535 characters. */
const STEP_SUMMARY_LIMIT = 1024 * 1024 - 1024;
const CHECK_SUMMARY_LIMIT = 65_535;
const CHECK_RUN_NAME = 'uclint';

/** Warnings the step has printed: annotations too, counted against GitHub's 10 a step like findings. */
let warningsPrinted = 0;

function warn(message: string): void {
  warningsPrinted++;
  core.warning(message);
}

/** Where the summary says the "not checked" notes are listed. */
const NOT_CHECKED_LISTED_BY = 'the findings-file output';

/** Events on which the Action audits the whole repository instead of checking a change. */
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
}

/**
 * The GitHub Action: the same `lint()` as the CLI, then reporting that fits GitHub's
 * limits. Reporting problems (no token, a read-only token on a fork, an API error) are
 * warnings and fall back to what still works; only `fail-on` and a run that could not be
 * made fail the step.
 */
export async function runAction(): Promise<void> {
  warningsPrinted = 0;
  const { inputs, problems } = readInputs();
  if (!inputs) {
    core.setFailed(`uclint: ${problems.join('; ')}`);
    return;
  }
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const repository = repositoryOf();
  const pullRequest = pullRequestOf();
  const audit = inputs.audit || AUDIT_EVENTS.has(context.eventName);
  const octokit = inputs.token ? createOctokit(inputs.token) : undefined;

  const result = await lint({
    paths: inputs.paths,
    cwd: workspace,
    configFile: inputs.config,
    now: inputs.now,
    plugins: pluginOptions(inputs.pluginsFrom, workspace),
    passwordVariables: inputs.pkcs12PasswordEnv,
    // The network only when the workflow asks for it (a scheduled audit), never by default.
    ...(inputs.probe ? { probe: inputs.dnsServers.length > 0 ? { dnsServers: inputs.dnsServers } : {} } : {}),
  });
  const prefix = repositoryPrefix(workspace, result.root);
  const findings = result.findings.map((f) => relocate(f, prefix));

  if (result.fatal.length > 0) {
    // Config errors quote names from the tree: shown, never obeyed, in the log and the summary.
    for (const problem of result.fatal) {
      const file = problem.file ? joinPrefix(prefix, problem.file) : undefined;
      core.error(printable(problem.message), file ? { title: 'uclint', file, startLine: problem.line, startColumn: problem.column } : { title: 'uclint' });
    }
    if (inputs.summary) await writeStepSummary(`## uclint\n\nThe run could not be made:\n\n${result.fatal.map((p) => `- ${escapeMarkdown(p.message)}`).join('\n')}\n`);
    core.setFailed(`uclint could not run: ${printable(result.fatal.map((p) => p.message).join('; '))}`);
    return;
  }

  // The files every finding is in: JSON always, SARIF where asked (both outside the checkout by default).
  const outputDirectory = path.join(process.env.RUNNER_TEMP || tmpdir(), 'uclint');
  const relocated: LintResult = { ...result, findings, files: result.files.map((f) => ({ ...f, file: joinPrefix(prefix, f.file) })) };
  const findingsFile = writeReport(path.join(outputDirectory, 'findings.json'), () => jsonReportChunks(relocated));
  const sarifPath = inputs.sarifFile ? path.resolve(workspace, inputs.sarifFile) : path.join(outputDirectory, 'uclint.sarif');
  const sarifFile = writeReport(sarifPath, () => sarifChunks(relocated, { rules: result.rules ?? RULES, helpUriBase: helpUriBase() }));
  core.setOutput('findings-file', findingsFile ?? '');
  core.setOutput('sarif-file', sarifFile ?? '');

  // Which findings this run reports: all, or those on lines the pull request changes.
  // "Not checked" notes are no problems: never annotated, counted or deciding the outcome.
  const visible = problemFindings(findings.filter((f) => !f.suppressed));
  let reported = visible;
  const notes: string[] = [];
  if (inputs.onlyChanged && !audit) {
    const changed = pullRequest ? await changedLines(octokit, repository, pullRequest, workspace) : undefined;
    if (changed) {
      reported = visible.filter((f) => isOnChangedLines(f, changed));
      notes.push(`${plural(reported.length, 'finding')} of ${visible.length} on lines this pull request adds or changes; only those are annotated and decide the outcome (\`only-changed\`).`);
    } else if (!pullRequest) {
      core.info('only-changed: not a pull request event; every finding is reported');
    }
  }
  const counts = countFindings(reported);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  const failed = inputs.failOn === 'error' ? counts.error > 0 : inputs.failOn === 'warning' ? counts.error + counts.warning > 0 : false;
  const conclusion: CheckConclusion = failed ? 'failure' : reported.length > 0 ? 'neutral' : 'success';

  const headSha = pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '';
  const linkBase = repository && headSha ? `${context.serverUrl}/${repository.owner}/${repository.repo}/blob/${headSha}/` : undefined;
  const whereAll = whereAllFindings(workspace, sarifFile, findingsFile);

  // Annotations: a check run where the token may create one, else capped workflow commands.
  const annotated = reported.filter((f) => f.file !== '');
  let mode = inputs.annotations;
  if (mode === 'auto') mode = octokit && repository && headSha && !audit ? 'checks' : 'commands';
  let commandFindings: Finding[] = [];
  if (mode === 'checks') {
    if (!octokit || !repository || !headSha) {
      warn('annotations: checks needs a token, the repository and a commit; using workflow commands instead');
      commandFindings = annotated;
    } else {
      const summary = formatMarkdown(relocated, { findings: reported, linkBase, notes: [...notes, whereAll], maxBytes: CHECK_SUMMARY_LIMIT, notCheckedListedBy: NOT_CHECKED_LISTED_BY });
      try {
        const posted = await postCheckRun(checkRunClient(octokit, repository), {
          name: CHECK_RUN_NAME,
          headSha,
          title: titleOf(counts),
          summary,
          conclusion,
          annotations: annotated.map(toCheckAnnotation),
        });
        core.info(`check run ${posted.id}: ${plural(annotated.length, 'annotation')} in ${plural(posted.requests, 'request')}`);
      } catch (error) {
        const status = error instanceof CheckRunError ? error.status : undefined;
        const reason = status === 403 ? 'the token may not write checks (a pull request from a fork, or no `checks: write` permission)' : (error as Error).message;
        warn(`uclint could not post its check run: ${reason}; annotating with workflow commands instead`);
        commandFindings = annotated.slice(error instanceof CheckRunError ? error.annotated : 0);
      }
    }
  } else if (mode === 'commands') {
    commandFindings = annotated;
  }
  let toldWhereAll = false;
  if (commandFindings.length > 0) {
    // GitHub keeps 10 annotations of a severity a step, the step's own among them: its warnings so far and, when it fails, its error.
    const { shown, notShown } = withinCommandCaps(commandFindings, { warning: warningsPrinted, error: failed ? 1 : 0 });
    for (const finding of shown) process.stdout.write(`${formatGithubCommand(finding)}\n`);
    if (notShown > 0) {
      notes.push(`GitHub shows at most 10 annotations of each severity per step: ${shown.length} of ${commandFindings.length} are annotated and ${plural(notShown, 'more finding')} ${notShown === 1 ? 'is' : 'are'} not. ${whereAll}`);
      toldWhereAll = true;
    }
  }
  if (!toldWhereAll) notes.push(whereAll);
  // Expiry is a date problem: the summary shows what is coming, whatever the diff touched.
  const timeline = formatExpiryTimeline(result.estate?.certificates ?? [], result.now);
  if (timeline) notes.push(`### Certificates expiring within 90 days\n\n${timeline}`);

  if (inputs.summary) {
    await writeStepSummary(formatMarkdown(relocated, { findings: reported, linkBase, notes, maxBytes: STEP_SUMMARY_LIMIT, notCheckedListedBy: NOT_CHECKED_LISTED_BY }));
  }

  if (audit) await reportAudit(octokit, repository, relocated, linkBase, notes);

  if (failed) {
    const what = inputs.failOn === 'warning' ? `${plural(counts.error, 'error')} and ${plural(counts.warning, 'warning')}` : plural(counts.error, 'error');
    core.setFailed(`uclint found ${what} (fail-on: ${inputs.failOn})`);
  }
}

async function reportAudit(octokit: Octokit | undefined, repository: Repository | undefined, result: LintResult, linkBase: string | undefined, notes: string[]): Promise<void> {
  if (!octokit || !repository) {
    warn('audit: no token or repository; the audit issue is not updated (the step summary has the findings)');
    return;
  }
  const title = result.config?.audit.issueTitle ?? DEFAULT_AUDIT_ISSUE_TITLE;
  // Info findings (a file kind this version does not check) would keep the issue open for ever.
  const clean = result.counts.error + result.counts.warning === 0;
  try {
    const report = formatMarkdown(result, { title, linkBase, notes, maxBytes: AUDIT_BODY_LIMIT, notCheckedListedBy: NOT_CHECKED_LISTED_BY });
    const synced = await syncAuditIssue(issueClient(octokit, repository), { title, labels: result.config?.audit.labels ?? [], report, clean });
    core.info(synced.action === 'none' ? `audit: clean, no open issue "${title}"` : `audit: issue #${synced.number} ${synced.action}`);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const reason = status === 403 ? 'the token may not write issues (`issues: write`)' : (error as Error).message;
    warn(`audit: could not update the issue "${title}": ${reason}`);
  }
}

async function changedLines(octokit: Octokit | undefined, repository: Repository | undefined, pullRequest: PullRequestInfo, workspace: string): Promise<ChangedLines | undefined> {
  if (octokit && repository) {
    try {
      return await pullRequestChanges(octokit, repository, pullRequest.number);
    } catch (error) {
      core.info(`only-changed: the pull request's files could not be read from the API (${(error as Error).message}); trying git diff`);
    }
  }
  try {
    return gitDiffChanges(workspace, pullRequest.baseSha, pullRequest.headSha);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0];
    warn(`only-changed: could not find the lines this pull request changes (${stderr}); every finding is reported. Check out with fetch-depth: 0, or give the token pull-requests: read.`);
    return undefined;
  }
}

function repositoryOf(): Repository | undefined {
  try {
    return context.repo;
  } catch {
    return undefined;
  }
}

function pullRequestOf(): PullRequestInfo | undefined {
  const pr = context.payload.pull_request as { number?: number; head?: { sha?: string }; base?: { sha?: string } } | undefined;
  if (!pr?.number || !pr.head?.sha || !pr.base?.sha) return undefined;
  return { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha };
}

/** Where the lint root is inside the checkout, so paths in annotations are the repository's. */
function repositoryPrefix(workspace: string, root: string): string {
  const relative = path.relative(workspace, root);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return '';
  return relative.split(path.sep).join('/');
}

function joinPrefix(prefix: string, file: string): string {
  return prefix && file ? `${prefix}/${file}` : file;
}

function relocate(finding: Finding, prefix: string): Finding {
  if (!prefix) return finding;
  return {
    ...finding,
    file: joinPrefix(prefix, finding.file),
    ...(finding.related ? { related: finding.related.map((r) => ({ ...r, file: joinPrefix(prefix, r.file) })) } : {}),
  };
}

/**
 * Plugins are code. In a workflow the checkout may be a stranger's pull request, so the
 * Action loads them only from the directory `plugins-from` names, and never from inside
 * the checkout, whatever the lint root.
 */
function pluginOptions(pluginsFrom: string | undefined, workspace: string): PluginOptions {
  if (pluginsFrom === undefined) {
    return { refusal: 'the Action loads plugins only when its plugins-from input names the directory they are installed in, outside the checkout' };
  }
  return { allow: true, resolveFrom: path.resolve(workspace, pluginsFrom), refuseInside: [workspace] };
}

/** Rule documentation of the uclint release the workflow uses (`uses: owner/uclint@ref`). */
function helpUriBase(): string | undefined {
  const actionRepository = process.env.GITHUB_ACTION_REPOSITORY;
  const ref = process.env.GITHUB_ACTION_REF;
  return actionRepository && ref ? `${context.serverUrl}/${actionRepository}/blob/${ref}/docs/rules` : undefined;
}


function titleOf(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return 'No problems';
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}


/** Writes a report file, in pieces; a file that cannot be written is a warning, never the step's failure. */
function writeReport(file: string, render: () => Iterable<string>): string | undefined {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeChunksToFile(file, render());
    return file;
  } catch (error) {
    const reason = error instanceof OutputError ? error.reason : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    warn(`uclint could not write ${file}: ${reason}`);
    return undefined;
  }
}

function whereAllFindings(workspace: string, sarifFile: string | undefined, findingsFile: string | undefined): string {
  const files = [
    sarifFile && `SARIF \`${displayPath(workspace, sarifFile)}\` (upload it with \`github/codeql-action/upload-sarif\`)`,
    findingsFile && `JSON \`${displayPath(workspace, findingsFile)}\``,
  ].filter(Boolean);
  return files.length > 0 ? `All findings: ${files.join(' and ')}.` : 'All findings: the report files could not be written (see the warnings).';
}

function displayPath(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

async function writeStepSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    warn(`uclint could not write the job summary: ${(error as Error).message}`);
  }
}
