import { describe, expect, it } from '@jest/globals';
import { CheckRunError, postCheckRun, toCheckAnnotation, withinCommandCaps, type CheckRunAnnotation, type CheckRunClient } from '../../src/report/check-run.js';
import type { Finding, Severity } from '../../src/core/types.js';

function finding(severity: Severity, line: number, endLine = line): Finding {
  return { file: 'zones/a.zone', line, column: 3, endLine, endColumn: 9, ruleId: 'sip/srv-port', severity, message: `m${line}` };
}

/** Records calls in memory; fails the call numbered `failAt` with the given status. */
function recordingClient(failAt?: number, status = 403): CheckRunClient & { calls: Array<{ kind: string; annotations: number; status?: unknown }> } {
  const calls: Array<{ kind: string; annotations: number; status?: unknown }> = [];
  const record = (kind: string, body: Record<string, unknown>) => {
    if (calls.length === failAt) throw Object.assign(new Error('Resource not accessible by integration'), { status });
    calls.push({ kind, annotations: (body.output as { annotations: CheckRunAnnotation[] }).annotations.length, status: body.status });
  };
  return {
    calls,
    async create(body) {
      record('create', body);
      return { id: 7 };
    },
    async update(_id, body) {
      record('update', body);
    },
  };
}

const report = (n: number) => ({
  name: 'uclint',
  headSha: 'abc',
  title: 't',
  summary: 's',
  conclusion: 'failure' as const,
  annotations: Array.from({ length: n }, (_, i) => toCheckAnnotation(finding('error', i + 1))),
});

describe('postCheckRun', () => {
  it.each([
    [0, [[0, 'completed']]],
    [50, [[50, 'completed']]],
    [51, [[50, 'in_progress'], [1, 'completed']]],
    [120, [[50, 'in_progress'], [50, undefined], [20, 'completed']]],
  ])('sends %i annotations in batches of at most 50, completing with the last', async (n, expected) => {
    const client = recordingClient();
    const posted = await postCheckRun(client, report(n));
    expect(client.calls.map((c) => [c.annotations, c.status])).toEqual(expected);
    expect(posted).toEqual({ id: 7, requests: expected.length });
  });

  it('says how many annotations were accepted before a request failed', async () => {
    const client = recordingClient(1, 502);
    const error = await postCheckRun(client, report(120)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckRunError);
    expect(error).toMatchObject({ status: 502, annotated: 50 });
  });
});

describe('toCheckAnnotation', () => {
  it('gives columns (end inclusive) only on one line, and related locations as raw details', () => {
    expect(toCheckAnnotation(finding('warning', 4))).toEqual({
      path: 'zones/a.zone',
      start_line: 4,
      end_line: 4,
      start_column: 3,
      end_column: 8,
      annotation_level: 'warning',
      message: 'm4',
      title: 'sip/srv-port',
    });
    const multiLine = toCheckAnnotation({ ...finding('info', 4, 6), related: [{ file: 'b.zone', line: 2, column: 1, endLine: 2, endColumn: 5, message: 'target' }] });
    expect(multiLine).toEqual({ path: 'zones/a.zone', start_line: 4, end_line: 6, annotation_level: 'notice', message: 'm4', title: 'sip/srv-port', raw_details: 'b.zone:2:1: target' });
  });
});

describe('withinCommandCaps', () => {
  it('keeps the first 10 findings of each severity in order and counts the rest', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 3 }, (_, i) => finding('warning', 20 + i)), finding('error', 30)];
    const { shown, notShown } = withinCommandCaps(findings);
    expect(shown.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 22]);
    expect(notShown).toBe(3);
  });

  it('leaves room for the annotations the step makes itself: the failure message, a warning already printed', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 12 }, (_, i) => finding('warning', 20 + i))];
    const { shown, notShown } = withinCommandCaps(findings, { error: 1, warning: 2 });
    expect(shown.filter((f) => f.severity === 'error').map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown.filter((f) => f.severity === 'warning')).toHaveLength(8);
    expect(notShown).toBe(7);
  });
});
