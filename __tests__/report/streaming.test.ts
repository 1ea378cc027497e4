/**
 * Reports are written in pieces, never built as one string: a report of 875,000 findings
 * as one JSON string passed V8's limit on a string's length and ended in a stack trace.
 * The pieces are the same bytes the string-returning reporters give.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { jsonChunks, streamed } from '../../src/report/json-chunks.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import type { Finding } from '../../src/core/types.js';
import { badAddressZone } from '../helpers/bad-zone.js';
import { finding, resultOf } from '../helpers/lint-result.js';

describe('jsonChunks', () => {
  /**
   * The value with every array at most `depth` levels down written element by element, as
   * long as it is not inside another streamed array (an element is written whole, unless it
   * is a streamed array itself).
   */
  function streamArrays(value: unknown, depth: number): unknown {
    if (depth < 0 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return streamed(value.map((item) => (Array.isArray(item) ? streamArrays(item, depth - 1) : item)));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, streamArrays(item, depth - 1)]));
  }

  it('gives the bytes of JSON.stringify(value, null, 2), whichever arrays are streamed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 3 }), (value, depth) => {
        expect([...jsonChunks(streamArrays(value, depth))].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a streamed array one element a piece, and leaves out undefined properties as JSON.stringify does', () => {
    const pieces = [...jsonChunks({ a: undefined, list: streamed([{ x: 1 }, { y: [2] }]), b: 'c' })];
    expect(pieces.join('')).toBe(JSON.stringify({ list: [{ x: 1 }, { y: [2] }], b: 'c' }, null, 2));
    expect(pieces).toContain('{\n      "x": 1\n    }');
  });
});

describe('the CLI writes reports in pieces', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-streaming-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writeBadZone(n: number): void {
    writeFileSync(path.join(dir, 'b.test.zone'), badAddressZone(n));
  }

  async function writes(args: string[]): Promise<{ code: number; pieces: string[]; stderr: string }> {
    const pieces: string[] = [];
    let stderr = '';
    const code = await runCli(args, { stdout: (text) => void pieces.push(text), stderr: (text) => (stderr += text), isTTY: false, cwd: dir, env: {} });
    return { code, pieces, stderr };
  }

  it.each(['json', 'stylish', 'github', 'sarif'])('%s: 20,000 findings in writes of at most 128 KiB', async (format) => {
    writeBadZone(20_000);
    const { code, pieces, stderr } = await writes(['-f', format, '--max-findings-per-file', '100000']);
    expect([code, stderr]).toEqual([1, '']);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(128 * 1024);
    const text = pieces.join('');
    if (format === 'json') expect((JSON.parse(text) as { findings: unknown[] }).findings).toHaveLength(20_000);
    if (format === 'sarif') expect((JSON.parse(text) as { runs: Array<{ results: unknown[] }> }).runs[0].results).toHaveLength(20_000);
    if (format === 'github') expect(text.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(20_000);
    if (format === 'stylish') expect(text.endsWith('✖ 20000 problems (20000 errors, 0 warnings, 0 info) in 1 file\n')).toBe(true);
  });

  it('an exception while writing the report is one line on standard error and exit code 2, never 1', async () => {
    writeBadZone(3);
    let stderr = '';
    const code = await runCli(['-f', 'json'], {
      stdout: () => {
        throw new Error('the disk is on fire\n    at somewhere (file.js:1:1)');
      },
      stderr: (text) => (stderr += text),
      isTTY: false,
      cwd: dir,
      env: {},
    });
    expect([code, stderr]).toEqual([2, 'uclint: internal error while writing the report: Error: the disk is on fire\n']);
  });
});

describe('formatMarkdown', () => {
  it('makes rows only for the findings that fit its size, however many there are', () => {
    const row = finding({ message: 'm'.repeat(1_000) });
    const total = 1_000_000;
    let highestRead = -1;
    const findings = new Proxy([] as Finding[], {
      get(target, key, receiver) {
        if (key === 'length') return total;
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          highestRead = Math.max(highestRead, Number(key));
          return row;
        }
        return Reflect.get(target, key, receiver);
      },
    });
    const text = formatMarkdown(resultOf([row]), { findings, maxBytes: 65_535 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_535);
    expect(text).toMatch(/\nNot listed: 9999\d\d of 1000000 findings/);
    // About 60 rows fit; each is read once, and nothing past the first that does not fit.
    expect(highestRead).toBeLessThan(100);
  });
});
