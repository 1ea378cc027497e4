import fc from 'fast-check';
import { parseRegistryFile } from '../../../src/formats/registry/loader.js';
import type { RegistryParseResult } from '../../../src/formats/registry/loader.js';
import type { RegistryValue } from '../../../src/model/registry.js';
import { HEADER5, formatRegistry, plain, utf16Export } from './helpers.js';

const VALID = [
  HEADER5,
  '',
  '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]',
  '"NTLMMinClientSec"=dword:20080030',
  '"Path"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,\\',
  '  4c,00,45,00,25,00,00,00',
  '"Multi"=hex(7):61,00,00,00,62,00,00,00,00,00',
  '"Q"=hex(b):01,00,00,00,00,00,00,80',
  '"S"="a \\"quoted\\" \\\\ text"',
  '@=-',
  '; comment',
  '[-HKEY_CURRENT_USER\\Software\\Old]',
  '',
].join('\r\n');

/** Lines of the decoded text, counted as the loader counts them. */
function lineCount(bytes: Uint8Array): number {
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? Buffer.from(bytes).subarray(2).toString('utf16le') : Buffer.from(bytes).toString(bytes[1] === 0 ? 'utf16le' : 'utf8');
  return text.split(/\r\n|\r|\n/).length;
}

function checkResult(bytes: Uint8Array, result: RegistryParseResult): void {
  const lines = lineCount(bytes);
  for (const d of result.diagnostics) {
    expect(d.code).toMatch(/^registry\/[a-z0-9-]+$/);
    // The loader turns its own exceptions into this code; input must never reach it.
    expect(d.code).not.toBe('registry/internal-error');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.endLine).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  for (const v of [...result.registry.values, ...result.registry.keyDeletions]) {
    expect(v.loc.line).toBeGreaterThanOrEqual(1);
    expect(v.loc.endLine).toBeLessThanOrEqual(lines);
  }
}

const regAlphabet = fc.constantFrom(...'aZ09 \t\r\n"\\@=-,;[]()'.split(''), '\r\n', 'HKEY_CURRENT_USER\\', '[HKEY_LOCAL_MACHINE\\x]', 'dword:', 'hex:', 'hex(2):', 'hex(7):', 'hex(b):', '00,', '\\\r\n  ', HEADER5, 'REGEDIT4');

describe('properties', () => {
  it('arbitrary bytes never throw, and every diagnostic is inside the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkResult(bytes, parseRegistryFile(bytes, 'f.reg'));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('registry-like token soup never throws, in UTF-8 and UTF-16LE', () => {
    fc.assert(
      fc.property(fc.array(regAlphabet, { maxLength: 200 }), fc.boolean(), (parts, utf16) => {
        const text = parts.join('');
        const bytes = utf16 ? utf16Export(text) : Buffer.from(text, 'utf8');
        checkResult(bytes, parseRegistryFile(bytes, 'f.reg'));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('mutated valid exports never throw', () => {
    const mutation = fc.tuple(fc.nat({ max: VALID.length }), fc.nat({ max: 5 }), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, utf16) => {
        let text = VALID;
        for (const [at, remove, insert] of mutations) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        const bytes = utf16 ? utf16Export(text) : Buffer.from(text, 'utf8');
        checkResult(bytes, parseRegistryFile(bytes, 'f.reg'));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('mutated bytes of a valid UTF-16 export never throw', () => {
    const valid = utf16Export(VALID);
    const mutation = fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const bytes = Buffer.from(valid);
        for (const [at, byte] of mutations) bytes[at] = byte;
        checkResult(bytes, parseRegistryFile(bytes, 'f.reg'));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

/** Text a `.reg` line can hold: any code point but line breaks. */
const lineText = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ''));
const bytes = fc.uint8Array({ maxLength: 90 });
const hive = fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_USERS', 'HKEY_CLASSES_ROOT', 'HKEY_CURRENT_CONFIG');
const keyPath = fc.tuple(hive, fc.array(fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/[\\\r\n]/g, '_')), { maxLength: 3 })).map(([h, parts]) => [h, ...parts].join('\\'));

const data: fc.Arbitrary<Pick<RegistryValue, 'type' | 'data' | 'typeNumber' | 'deleted'>> = fc.oneof(
  lineText.map((data) => ({ type: 'string' as const, data })),
  lineText.map((data) => ({ type: 'expand' as const, data })),
  // One empty string and an empty list are the same bytes (see multiString).
  fc.array(lineText.map((s) => s.replace(/\0/g, '')), { maxLength: 4 }).filter((list) => !(list.length === 1 && list[0] === '')).map((data) => ({ type: 'multi' as const, data })),
  fc.integer({ min: 0, max: 0xffffffff }).map((data) => ({ type: 'dword' as const, data })),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((data) => ({ type: 'qword' as const, data })),
  bytes.map((data) => ({ type: 'binary' as const, data })),
  bytes.map((data) => ({ type: 'none' as const, data })),
  fc
    .tuple(fc.integer({ min: 0, max: 0xffffffff }).filter((n) => ![0, 2, 7, 0xb].includes(n)), bytes)
    .map(([typeNumber, data]) => ({ type: 'other' as const, typeNumber, data })),
  fc.constant({ type: 'none' as const, data: new Uint8Array(0), deleted: true }),
);

const value: fc.Arbitrary<RegistryValue> = fc
  .tuple(keyPath, lineText, data)
  .map(([key, name, d]) => ({ file: 'r.reg', key, name, ...d, loc: { file: 'r.reg', line: 0, column: 0, endLine: 0, endColumn: 0 } }));

describe('round trip', () => {
  it.each([
    ['UTF-16LE with BOM and CRLF', (text: string) => utf16Export(text), '\r\n'],
    ['UTF-8 with LF', (text: string) => Buffer.from(text, 'utf8'), '\n'],
  ])('printed values parse back to the same values (%s)', (_name, encode, lineEnd) => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), (values) => {
        const text = formatRegistry(values, lineEnd);
        const result = parseRegistryFile(encode(text), 'r.reg');
        expect(result.diagnostics).toEqual([]);
        expect(plain(result)).toEqual(values.map(({ file: _file, loc: _loc, ...rest }) => rest));
        // Ranges follow the file: in order, each within the printed lines.
        const lines = text.split(lineEnd);
        let previous = 0;
        for (const v of result.registry.values) {
          expect(v.loc.line).toBeGreaterThan(previous);
          expect(lines[v.loc.endLine - 1].length + 1).toBe(v.loc.endColumn);
          previous = v.loc.endLine;
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
