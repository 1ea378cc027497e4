/**
 * JSON written in pieces: the text of `JSON.stringify(value, null, 2)`, byte for byte, but
 * with the arrays marked `streamed()` written one element a piece, so a report of any size
 * never becomes one string (V8 caps a string at about 2^29 characters).
 */

import { escapeJsonInvisibles } from './printable.js';

/** An array to write element by element; each element is written whole (a streamed array in it is not looked for). */
export class StreamedArray {
  constructor(
    readonly items: Iterable<unknown>,
    /** Writes one element as `wholeJson` would, at its indent (`wholeJson` when absent). */
    readonly write?: (item: never, indent: string) => string,
  ) {}
}

/**
 * An array written one element a piece; `write`, when given, writes each element's text itself
 * (a report's findings: the same text as JSON.stringify gives, made faster for a known shape).
 */
export function streamed<T>(items: Iterable<T>, write?: (item: T, indent: string) => string): StreamedArray {
  return new StreamedArray(items, write as ((item: never, indent: string) => string) | undefined);
}

/** The items of `items`, each mapped, made one at a time. */
export function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/**
 * A JSON file's text: `value` as `jsonChunks` writes it, then a line break; characters that
 * a terminal or a viewer acts on (C1 controls, reordering characters) as `\uNNNN` escapes,
 * so the data is the same once parsed.
 */
export function* jsonDocumentChunks(value: unknown): Generator<string> {
  for (const chunk of jsonChunks(value)) yield escapeJsonInvisibles(chunk);
  yield '\n';
}

/** `JSON.stringify(value, null, 2)` in pieces, with the streamed arrays of `value` written element by element. */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof StreamedArray) {
    yield* elementChunks(value.items, indent, true, value.write);
    return;
  }
  if (value !== null && typeof value === 'object' && holdsStreamed(value)) {
    if (Array.isArray(value)) {
      yield* elementChunks(value, indent, false);
      return;
    }
    const inner = `${indent}  `;
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (!isWritten(item)) continue;
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(item, inner);
      first = false;
    }
    yield first ? '{}' : `\n${indent}}`;
    return;
  }
  yield wholeJson(value, indent);
}

/** `value` in one piece, its lines after the first indented by `indent`. */
export function wholeJson(value: unknown, indent: string): string {
  // An element JSON.stringify cannot write (undefined, a function) is null, as in an array.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** The elements of an array; those of a streamed array whole, unless one is a streamed array itself. */
function* elementChunks(items: Iterable<unknown>, indent: string, whole: boolean, write: (item: never, indent: string) => string = wholeJson): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}\n${inner}`;
    if (whole && !(item instanceof StreamedArray)) yield write(item as never, inner);
    else yield* jsonChunks(item, inner);
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

/** Properties JSON.stringify writes: not undefined, functions or symbols. */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Whether a streamed array lies inside `value` (whose other parts are then written structure by structure). */
function holdsStreamed(value: object): boolean {
  if (value instanceof StreamedArray) return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (item !== null && typeof item === 'object' && holdsStreamed(item)) return true;
  }
  return false;
}
