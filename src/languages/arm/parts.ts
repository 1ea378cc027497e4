import type { SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';
import type { AzureEvaluation, UnknownValue } from './context.js';
import { spanning } from './positions.js';

/**
 * A piece of a string built by concatenation (`concat`, `format`, Bicep's `'${a}/b'`): known
 * text written at `loc`, or an unknown value. `exact` says the text is written as it reads,
 * on one line, with no escapes, so character `i` of it is at column `loc.column + i`: then a
 * part of the text (one segment of a resource name) gets its own range.
 */
export type StringPart = { text: string; loc: SourceRange; exact: boolean } | { unknown: UnknownValue };

/**
 * The parts of strings built by concatenation, kept beside the values rather than in them:
 * a `StaticValue` stays plain data, and a reader that needs where each piece of a name is
 * written (one range per name segment) asks for it here.
 */
const PARTS = new WeakMap<StaticValue, readonly StringPart[]>();

/** A string literal: one exact part when its text is written as it reads. */
export function literalString(value: string, loc: SourceRange, contentLoc: SourceRange, exact: boolean): StaticValue {
  const result: StaticValue = { kind: 'string', value, loc };
  PARTS.set(result, [{ text: value, loc: contentLoc, exact: exact && contentLoc.line === contentLoc.endLine && contentLoc.endColumn - contentLoc.column === value.length }]);
  return result;
}

/** The parts a value was built from; a value not built by concatenation is one part. */
export function partsOf(value: StaticValue, text: (value: StaticValue) => string | undefined): readonly StringPart[] {
  const recorded = PARTS.get(value);
  if (recorded) return recorded;
  if (value.kind === 'unknown') return [{ unknown: value }];
  const known = text(value);
  return known === undefined ? [{ unknown: { kind: 'unknown', expression: '', reason: 'not a string', loc: value.loc } }] : [{ text: known, loc: value.loc, exact: false }];
}

/**
 * The string the parts make, at `loc`: unknown (with the first unknown part's reason) when any
 * part is unknown, and the parts recorded either way.
 */
export function joinParts(parts: readonly StringPart[], loc: SourceRange, expression: string, evaluation: AzureEvaluation): StaticValue {
  let text = '';
  let firstUnknown: UnknownValue | undefined;
  for (const part of parts) {
    if ('unknown' in part) firstUnknown ??= part.unknown;
    else if (!firstUnknown) text += part.text;
    if (text.length > evaluation.bounds.maxStringLength) break;
  }
  const result: StaticValue = firstUnknown ? { kind: 'unknown', expression, reason: firstUnknown.reason, loc } : evaluation.string(text, loc, expression);
  if (result.kind !== 'unknown' || firstUnknown) PARTS.set(result, parts);
  return result;
}

/** The same value at another range, with its parts. */
export function relocated(value: StaticValue, loc: SourceRange): StaticValue {
  const moved = { ...value, loc } as StaticValue;
  const parts = PARTS.get(value);
  if (parts) PARTS.set(moved, parts);
  return moved;
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
  if (outer.file !== inner.file) return false;
  const startsInside = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const endsInside = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return startsInside && endsInside;
}

/** The part of an exact text from `start` to `end`, with its own range. */
function slice(part: Extract<StringPart, { text: string }>, start: number, end: number): Extract<StringPart, { text: string }> {
  if (!part.exact) return { text: part.text.slice(start, end), loc: part.loc, exact: false };
  const loc = { ...part.loc, column: part.loc.column + start, endColumn: part.loc.column + end };
  return { text: part.text.slice(start, end), loc, exact: true };
}

/**
 * A string split at `separator` into one value per segment, each at the range its text is
 * written (the segments of `[concat(parameters('zone'), '/_sip._tls')]` are the parameter's
 * value, where it is written, and `_sip._tls` inside the literal). A segment with an
 * unknown part is unknown; an unknown part is taken to hold no separator.
 */
export function splitSegments(value: StaticValue, separator: string, text: (value: StaticValue) => string | undefined): StaticValue[] {
  const segments: StaticValue[] = [];
  let pieces: StringPart[] = [];
  const finish = () => {
    segments.push(segmentValue(pieces, value));
    pieces = [];
  };
  for (const part of partsOf(value, text)) {
    if ('unknown' in part) {
      pieces.push(part);
      continue;
    }
    let from = 0;
    for (;;) {
      const at = part.text.indexOf(separator, from);
      if (at < 0) {
        pieces.push(slice(part, from, part.text.length));
        break;
      }
      pieces.push(slice(part, from, at));
      finish();
      from = at + separator.length;
    }
  }
  finish();
  return segments;
}

function segmentValue(pieces: readonly StringPart[], whole: StaticValue): StaticValue {
  const nonEmpty = pieces.filter((piece) => 'unknown' in piece || piece.text.length > 0);
  const located = nonEmpty.length > 0 ? nonEmpty : pieces;
  const locs = located.map((piece) => ('unknown' in piece ? piece.unknown.loc : piece.loc));
  let loc: SourceRange;
  if (locs.length === 1) loc = locs[0];
  else if (locs.length > 1 && locs.every((one) => contains(whole.loc, one))) loc = spanning(locs[0], locs[locs.length - 1]);
  else loc = whole.loc;
  const unknown = nonEmpty.find((piece): piece is { unknown: UnknownValue } => 'unknown' in piece);
  if (unknown) return nonEmpty.length === 1 ? unknown.unknown : { kind: 'unknown', expression: unknown.unknown.expression, reason: unknown.unknown.reason, loc };
  return { kind: 'string', value: nonEmpty.map((piece) => ('unknown' in piece ? '' : piece.text)).join(''), loc };
}
