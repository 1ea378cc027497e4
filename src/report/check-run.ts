import type { Finding, Severity } from '../core/types.js';
import { printableLines } from './printable.js';

/** The Checks API takes at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Workflow-command annotations GitHub shows per step and severity; further ones are
 * dropped without a word, so the Action picks which ones are shown and says how many are not.
 */
export const COMMAND_ANNOTATION_CAP: Record<Severity, number> = { error: 10, warning: 10, info: 10 };

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
  raw_details?: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** The two Checks API calls the poster needs; the Action implements them with Octokit. */
export interface CheckRunClient {
  create(body: Record<string, unknown>): Promise<{ id: number }>;
  update(id: number, body: Record<string, unknown>): Promise<void>;
}

export interface CheckRunReport {
  name: string;
  headSha: string;
  title: string;
  /** Markdown, at most 65,535 characters (the API's limit). */
  summary: string;
  conclusion: CheckConclusion;
  annotations: readonly CheckRunAnnotation[];
}

/** A request failed; `annotated` says how many annotations GitHub had accepted before it. */
export class CheckRunError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly annotated: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', info: 'notice' };

/** Annotation text is limited to 64 KiB by the API; findings never come near, but a pathological message must not fail the request. */
const MAX_ANNOTATION_TEXT = 60_000;

export function toCheckAnnotation(finding: Finding): CheckRunAnnotation {
  const annotation: CheckRunAnnotation = {
    path: finding.file,
    start_line: finding.line,
    end_line: Math.max(finding.line, finding.endLine),
    annotation_level: LEVEL[finding.severity],
    message: clip(printableLines(finding.message)),
    title: finding.ruleId,
  };
  // The API accepts columns only for annotations on one line; its end column is inclusive.
  if (finding.endLine === finding.line) {
    annotation.start_column = finding.column;
    annotation.end_column = Math.max(finding.column, finding.endColumn - 1);
  }
  if (finding.related?.length) {
    annotation.raw_details = clip(printableLines(finding.related.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message}`).join('\n')));
  }
  return annotation;
}

function clip(text: string): string {
  return text.length > MAX_ANNOTATION_TEXT ? `${text.slice(0, MAX_ANNOTATION_TEXT)}…` : text;
}

/**
 * One check run with every annotation: the first batch of 50 comes with the create
 * request, each further batch with an update of the same run, and the last request
 * completes it with the conclusion. 120 annotations make three requests.
 */
export async function postCheckRun(client: CheckRunClient, report: CheckRunReport): Promise<{ id: number; requests: number }> {
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < report.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(report.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations: CheckRunAnnotation[]) => ({ title: report.title, summary: report.summary, annotations });
  const completion = () => ({ status: 'completed', conclusion: report.conclusion, completed_at: new Date().toISOString() });

  let annotated = 0;
  let id: number;
  try {
    const created = await client.create({
      name: report.name,
      head_sha: report.headSha,
      ...(batches.length === 1 ? completion() : { status: 'in_progress' }),
      output: output(batches[0]),
    });
    id = created.id;
    annotated += batches[0].length;
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await client.update(id, { ...(last ? completion() : {}), output: output(batches[i]) });
      annotated += batches[i].length;
    }
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    throw new CheckRunError((error as Error).message, typeof status === 'number' ? status : undefined, annotated, { cause: error });
  }
  return { id, requests: batches.length };
}

/**
 * The findings workflow commands can show: the first ones of each severity, up to the
 * per-step caps less the annotations the step makes itself (`reserved`: a warning it has
 * printed, the error of a failed step), in report order. `notShown` counts the rest.
 */
export function withinCommandCaps(findings: readonly Finding[], reserved: Partial<Record<Severity, number>> = {}): { shown: Finding[]; notShown: number } {
  const used: Record<Severity, number> = { error: reserved.error ?? 0, warning: reserved.warning ?? 0, info: reserved.info ?? 0 };
  const shown: Finding[] = [];
  for (const finding of findings) {
    if (used[finding.severity] >= COMMAND_ANNOTATION_CAP[finding.severity]) continue;
    used[finding.severity]++;
    shown.push(finding);
  }
  return { shown, notShown: findings.length - shown.length };
}
