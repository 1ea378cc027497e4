/**
 * A GitHub REST API on loopback that speaks the endpoints the Action calls: check runs
 * (create, update), pull-request files (paginated with Link headers), issue search,
 * create and update. It records every request for assertions. A token named in
 * `readOnlyTokens` gets GitHub's 403 for every write, as a fork's token does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: Record<string, unknown>;
}

export interface FakePullRequestFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  body: string;
  labels: string[];
  updated_at: string;
}

export interface FakeGithubOptions {
  readOnlyTokens?: string[];
  pullRequestFiles?: FakePullRequestFile[];
  issues?: FakeIssue[];
  /** Files per page of the pull-request files endpoint (GitHub's is per_page, at most 100). */
  pageSize?: number;
  /** The pull-request files endpoint answers 403, as for a private repository's token without `pull-requests: read`. */
  unreadablePullRequests?: boolean;
}

export class FakeGithub {
  readonly requests: RecordedRequest[] = [];
  readonly issues: FakeIssue[];
  private server: Server;
  private nextCheckRunId = 1000;
  url = '';

  constructor(private readonly options: FakeGithubOptions = {}) {
    this.issues = options.issues ?? [];
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Requests other than the ones the test does not care about, as `METHOD /path`. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
      ...(text ? { body: JSON.parse(text) as Record<string, unknown> } : {}),
    };
    this.requests.push(recorded);
    const token = request.headers.authorization?.replace(/^(token|bearer) /i, '');
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(data));
    };
    if (!token) return send(401, { message: 'Requires authentication' });
    const write = recorded.method !== 'GET';
    if (write && this.options.readOnlyTokens?.includes(token)) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }

    let match: RegExpExecArray | null;
    if (recorded.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname)) {
      return send(201, { id: this.nextCheckRunId++, ...recorded.body });
    }
    if (recorded.method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname))) {
      return send(200, { id: Number(match[1]), ...recorded.body });
    }
    if (recorded.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname)) {
      if (this.options.unreadablePullRequests) return send(403, { message: 'Resource not accessible by integration' });
      const files = this.options.pullRequestFiles ?? [];
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.pageSize ?? 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = files.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < files.length) {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(200, slice, headers);
    }
    if (recorded.method === 'GET' && url.pathname === '/search/issues') {
      const q = url.searchParams.get('q') ?? '';
      const phrase = /in:title "([^"]*)"/.exec(q)?.[1] ?? '';
      const items = this.issues.filter((i) => i.title.includes(phrase));
      return send(200, { total_count: items.length, incomplete_results: false, items });
    }
    if (recorded.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      const body = recorded.body as { title: string; body: string; labels?: string[] };
      const issue: FakeIssue = { number: this.issues.length + 1, title: body.title, state: 'open', body: body.body, labels: body.labels ?? [], updated_at: '2026-11-21T00:00:00Z' };
      this.issues.push(issue);
      return send(201, issue);
    }
    if (recorded.method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname))) {
      const issue = this.issues.find((i) => i.number === Number(match?.[1]));
      if (!issue) return send(404, { message: 'Not Found' });
      const body = recorded.body as Partial<FakeIssue>;
      if (body.body !== undefined) issue.body = body.body;
      if (body.state !== undefined) issue.state = body.state;
      return send(200, issue);
    }
    return send(404, { message: 'Not Found' });
  }
}
