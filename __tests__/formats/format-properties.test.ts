/**
 * Every format of the registry, through its definition, on arbitrary input: recognising a head
 * never throws, and loading a file never throws, gives diagnostics only in that file at lines
 * it has, and nodes only from it. (Each loader's own property tests go deeper:
 * __tests__/helpers/loader-properties.ts.)
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeText } from '../../src/core/text.js';
import { FORMATS } from '../../src/formats.generated.js';
import type { BytesInput, FormatDefinition, FormatLoad, LoadContext, TextInput } from '../../src/formats/shared/format.js';
import { recogniseFile } from '../../src/discover/classify.js';

const SEED = 20261207;

function contextFor(file: string): LoadContext {
  return {
    files: [{ file, kind: 'x', view: 'unknown', viewSource: 'none' }],
    include: (written) => ({ error: `'${written}' is not in the lint root`, missing: true }),
    findInTree: (written) => ({ error: `'${written}' is not in the lint root`, missing: true }),
    isText: () => false,
    comments: (commented, text, start, end) => {
      expect(commented).toBe(file);
      expect(0 <= start && start <= end && end <= text.length).toBe(true);
    },
    commentsDone: () => undefined,
    passwordFor: () => ({}),
  };
}

async function loadOne(format: FormatDefinition, bytes: Buffer): Promise<{ file: string; lines: number; loaded: FormatLoad }> {
  const file = `dir/input.${format.name}`;
  const described = { file, kind: format.name, view: 'unknown' as const, viewSource: 'none' as const };
  const input: TextInput | BytesInput = format.input === 'bytes' ? { ...described, read: () => bytes } : { ...described, read: () => decodeText(bytes) };
  const loaded = await (format.load as (files: ReadonlyArray<TextInput | BytesInput>, context: LoadContext) => Promise<FormatLoad>)([input], contextFor(file));
  const lines = Math.max(decodeText(bytes).text.split(/\r\n|\r|\n/).length, bytes.toString('latin1').split(/\r\n|\r|\n/).length);
  return { file, lines, loaded };
}

const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  fc.string({ maxLength: 300 }).map((s) => Buffer.from(s, 'utf8')),
  fc.array(fc.constantFrom('zone contoso.com', '$ORIGIN a.', '$TTL 60', '@ SOA ns h 1 2 3 4 5', 'x A 192.0.2.1', '[Interface]', 'client', 'remote vpn 1194', 'apiVersion: uclint/v1', 'kind: Topology', 'v=0', 'a=candidate:1 1 UDP 1 10.0.0.1 5000 typ host', 'Windows Registry Editor Version 5.00', '[HKEY_CURRENT_USER\\x]', '"a"=dword:1', 'options { directory "/x"; };', 'zone "a" { file "a"; };', '-----BEGIN CERTIFICATE-----', 'MIIB', '-----END CERTIFICATE-----', '; c', '# c', '{', '}', '"', ''), { maxLength: 12 }).map((lines) => Buffer.from(lines.join('\n'))),
);

describe.each(FORMATS.map((format) => [format.name, format] as const))('%s', (_name, format) => {
  it('recognises heads without throwing', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom('a.zone', 'db.x', 'x.conf', 'x.key', 'x.yml', 'notes', 'x.reg', 'x.sdp', 'x.pem'), (head, name) => {
        recogniseFile(name, head, [format]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('loads any file without throwing, with diagnostics and nodes in that file', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (bytes) => {
        const { file, lines, loaded } = await loadOne(format, bytes);
        for (const d of loaded.diagnostics ?? []) {
          expect(d.file).toBe(file);
          expect(d.line >= 1 && d.line <= lines + 1).toBe(true);
          expect(d.code.startsWith(`${format.name}/`) || d.code.startsWith('input/')).toBe(true);
        }
        for (const list of Object.values(loaded.nodes ?? {})) {
          for (const node of list as Array<{ loc?: { file: string }; file?: string }>) expect(node.loc?.file ?? node.file).toBe(file);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
