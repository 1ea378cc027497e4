import { execFileSync } from 'node:child_process';
import { getOctokit } from '@actions/github';
import type { CheckRunClient } from '../report/check-run.js';
import type { AuditIssue, IssueClient } from './audit-issue.js';
import { addedLines, changedLinesOfGitDiff, type ChangedLines } from './changed-lines.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface Repository {
  owner: string;
  repo: string;
}

/** Octokit for the token, against `GITHUB_API_URL` (GitHub Enterprise Server and the tests' local API). */
export function createOctokit(token: string): Octokit {
  return getOctokit(token);
}

export function checkRunClient(octokit: Octokit, repository: Repository): CheckRunClient {
  return {
    async create(body) {
      const response = await octokit.request('POST /repos/{owner}/{repo}/check-runs', { ...repository, ...body } as never);
      return { id: (response.data as { id: number }).id };
    },
    async update(id, body) {
      await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repository, check_run_id: id, ...body } as never);
    },
  };
}

export function issueClient(octokit: Octokit, repository: Repository): IssueClient {
  return {
    async search(title) {
      // Quotes inside the title would end the phrase early; the exact title is compared afterwards anyway.
      const phrase = title.replace(/"/g, ' ');
      const q = `repo:${repository.owner}/${repository.repo} is:issue in:title "${phrase}"`;
      const response = await octokit.request('GET /search/issues', { q, per_page: 100 });
      return (response.data.items as AuditIssue[]).map(({ number, title: found, state, body, updated_at }) => ({ number, title: found, state, body, updated_at }));
    },
    async create(body) {
      const response = await octokit.request('POST /repos/{owner}/{repo}/issues', { ...repository, ...body });
      return { number: response.data.number };
    },
    async update(number, body) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repository, issue_number: number, ...body });
    },
  };
}

/**
 * Added lines of every file of the pull request, from the API (up to its 3,000 files).
 * A file the API gives no patch for (binary, or a diff too large) counts as changed throughout.
 */
export async function pullRequestChanges(octokit: Octokit, repository: Repository, pullNumber: number): Promise<ChangedLines> {
  const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repository, pull_number: pullNumber, per_page: 100 });
  const changed: ChangedLines = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.patch === undefined || file.patch === null) changed.set(file.filename, 'whole');
    else {
      const lines = addedLines(file.patch);
      if (lines.length > 0) changed.set(file.filename, lines);
    }
  }
  return changed;
}

/**
 * The same from the checkout, for runs without a token that may read the pull request:
 * `git diff` from the merge base of the base commit to the head commit (needs both in the
 * clone, e.g. `fetch-depth: 0`). External diff drivers and text conversion are off, so
 * nothing configured in the repository runs.
 */
export function gitDiffChanges(workspace: string, baseSha: string, headSha: string): ChangedLines {
  const diff = execFileSync(
    'git',
    ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '--find-renames', `${baseSha}...${headSha}`, '--'],
    { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return changedLinesOfGitDiff(diff);
}
