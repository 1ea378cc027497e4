/**
 * Checks of SARIF output shared by the reporter's and the Action's tests: the SARIF 2.1.0
 * JSON Schema (the copy inside the SARIF Multitool package) and Microsoft's SARIF
 * Multitool itself, with its SARIF and GitHub rule kinds.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type * as Sarif from 'sarif';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_FILE = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');

// The schema's formats, checked for real: ajv knows none of them without ajv-formats.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('uri-reference', (value: string) => !/[\s<>"{}|\\^`]|%(?![0-9A-Fa-f]{2})/.test(value) && URL.canParse(value, 'file:///base/'));
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const validateSchema = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

/** Parses the text and expects it to be valid against the SARIF 2.1.0 schema. */
export function expectSchemaValid(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  validateSchema(log);
  expect(validateSchema.errors ?? []).toEqual([]);
  return log;
}

/** The native multitool binary (the `.bin` wrapper runs it through a shell, which splits `Sarif;Gh`). */
const requireFromHere = createRequire(import.meta.url);
export const multitool = ((): string | undefined => {
  try {
    const binary = requireFromHere('@microsoft/sarif-multitool') as string;
    const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
    return probe.status === 0 ? binary : undefined;
  } catch {
    return undefined;
  }
})();
if (!multitool) console.warn('The SARIF Multitool cannot run on this platform: the multitool checks of SARIF output are skipped');

let scratch: string | undefined;
let validations = 0;
/** Multitool findings (SARIF and GitHub rule kinds) as `level ruleId messageId`, sorted. */
export function multitoolFindings(text: string): string[] {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'uclint-sarif-'));
  const input = path.join(scratch, `in-${++validations}.sarif`);
  const output = path.join(scratch, `out-${validations}.sarif`);
  writeFileSync(input, text);
  const run = spawnSync(multitool as string, ['validate', input, '--output', output, '--rule-kind', 'Sarif;Gh'], { encoding: 'utf8' });
  const log = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
  expect(log.runs[0].invocations?.[0].executionSuccessful).toBe(true);
  expect(run.error).toBeUndefined();
  return (log.runs[0].results ?? []).map((r) => `${r.level ?? 'warning'} ${r.ruleId} ${r.message.id ?? r.message.text}`).sort();
}
