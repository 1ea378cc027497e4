/**
 * What the tests of the line-oriented loaders (WireGuard, OpenVPN, SDP) share: ranges and
 * addresses in a readable form, and the property tests every one of them must pass.
 */
import fc from 'fast-check';
import type { Diagnostic, SourceRange } from '../../src/core/types.js';
import { rangeText } from '../../src/model/ip-ranges.js';
import { rangeProblems } from './loader-properties.js';
import type { SitedAddress, VpnProfile } from '../../src/model/network.js';

/** A one-line range of `file`, columns as editors show them. */
export function at(file: string, line: number, column: number, endColumn: number): SourceRange {
  return { file, line, column, endLine: line, endColumn };
}

/** An address as tests compare it: text, ranges as `a.b.c.d/n`, and where it is. */
export function plainAddress(address: SitedAddress): { text: string; ranges: string[]; loc: SourceRange } {
  return { text: address.text, ranges: address.ranges.map(rangeText), loc: address.loc };
}

/** Every range a VPN profile holds, for the property tests. */
export function profileRanges(p: VpnProfile | undefined): SourceRange[] {
  if (!p) return [];
  const sited = [...p.clientSubnets, ...p.include, ...p.exclude, ...p.endpoints, ...(p.dns?.servers ?? []), ...(p.dns?.suffixes ?? [])];
  return [p.loc, ...sited.map((n) => n.loc), ...[p.tunnel, p.routeNoPull].flatMap((n) => (n ? [n.loc] : []))];
}

/** Diagnostics reduced to what tests assert: code, line, column, severity. */
export function problems(diagnostics: readonly Diagnostic[]): Array<Pick<Diagnostic, 'code' | 'line' | 'column' | 'severity'>> {
  return diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, severity: d.severity }));
}

/** Every range a result holds (diagnostics and model nodes) lies inside the text's lines, with a stable code (the shared check of every loader). */
export function expectWithinFile(text: string, format: string, diagnostics: readonly Diagnostic[], ranges: readonly SourceRange[]): void {
  const texts = new Map([...diagnostics, ...ranges].map((r) => [r.file, text]));
  expect(rangeProblems(format, { diagnostics, ranges, texts })).toEqual([]);
}

/**
 * Property tests with a fixed seed: arbitrary text, soups of the format's own tokens, and
 * mutations of a valid file never throw, and every range stays inside the file.
 */
export function describeNeverThrows(format: string, valid: string, tokens: readonly string[], parse: (text: string) => { diagnostics: Diagnostic[]; ranges: SourceRange[] }): void {
  const check = (text: string): void => {
    const result = parse(text);
    expectWithinFile(text, format, result.diagnostics, result.ranges);
  };
  describe(`${format}: properties`, () => {
    it('arbitrary text never throws', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check),
        { seed: 42, numRuns: 500 },
      );
    });

    it('soups of the format\'s tokens never throw', () => {
      const token = fc.constantFrom(...tokens, ' ', '\t', '\n', '\r\n', '\r', '#', ';', '=', ',', '/', ':', '"', "'", '\\', '0', '1', '255', 'x', '\ufeff', '😀');
      fc.assert(
        fc.property(fc.array(token, { maxLength: 200 }), (parts) => check(parts.join(''))),
        { seed: 42, numRuns: 500 },
      );
    });

    it('mutated valid files never throw', () => {
      const mutation = fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 8 }), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...tokens)));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          let text = valid;
          for (const [position, remove, insert] of mutations) {
            const i = Math.min(position, text.length);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          check(text);
        }),
        { seed: 42, numRuns: 500 },
      );
    });

    it('the valid file reads without diagnostics', () => {
      expect(parse(valid).diagnostics).toEqual([]);
    });
  });
}
