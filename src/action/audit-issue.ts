/**
 * The scheduled audit keeps one issue per repository: opened (or reopened) with the
 * findings, updated on every run, closed when the repository is clean.
 */

/** Written into the body so the audit recognises its own issue among issues of the same title. */
export const AUDIT_MARKER = '<!-- uclint-audit -->';

/** The API's limit on an issue body is 65,536 characters; the marker and a margin fit beside the report. */
export const AUDIT_BODY_LIMIT = 65_000;

export interface AuditIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  body?: string | null;
  updated_at?: string;
}

/** The issue calls the audit makes; the Action implements them with Octokit. */
export interface IssueClient {
  /** Issues (not pull requests) of the repository whose title contains `title`, open or closed. */
  search(title: string): Promise<AuditIssue[]>;
  create(body: { title: string; body: string; labels: string[] }): Promise<{ number: number }>;
  update(number: number, body: { body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' | 'reopened' }): Promise<void>;
}

export type AuditIssueAction = 'created' | 'updated' | 'reopened' | 'closed' | 'none';

export interface AuditIssueRequest {
  title: string;
  labels: string[];
  /** Markdown report (the marker is added here). */
  report: string;
  /** No findings: close the open issue, open none. */
  clean: boolean;
}

/**
 * Finds the audit's issue (exact title; one carrying the marker first, an open one
 * before a closed one, the latest first) and brings it in line with the run.
 */
export async function syncAuditIssue(client: IssueClient, request: AuditIssueRequest): Promise<{ action: AuditIssueAction; number?: number }> {
  const candidates = (await client.search(request.title)).filter((issue) => issue.title === request.title);
  const rank = (issue: AuditIssue) => (issue.body?.includes(AUDIT_MARKER) ? 0 : 2) + (issue.state === 'open' ? 0 : 1);
  candidates.sort((a, b) => rank(a) - rank(b) || (b.updated_at ?? '').localeCompare(a.updated_at ?? '') || b.number - a.number);
  const existing = candidates[0];
  const body = `${AUDIT_MARKER}\n${request.report}`;

  if (request.clean) {
    if (!existing || existing.state === 'closed') return { action: 'none', number: existing?.number };
    await client.update(existing.number, { body, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: existing.number };
  }
  if (!existing) {
    const created = await client.create({ title: request.title, body, labels: request.labels });
    return { action: 'created', number: created.number };
  }
  if (existing.state === 'closed') {
    await client.update(existing.number, { body, state: 'open', state_reason: 'reopened' });
    return { action: 'reopened', number: existing.number };
  }
  await client.update(existing.number, { body });
  return { action: 'updated', number: existing.number };
}
