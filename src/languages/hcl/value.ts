import type { SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';

/** Value helpers of the Terraform evaluator: Terraform's conversions, equality and ordering, on `StaticValue`s. */

export type Unknown = Extract<StaticValue, { kind: 'unknown' }>;
export type ObjectValue = Extract<StaticValue, { kind: 'object' }>;
export type ListValue = Extract<StaticValue, { kind: 'list' }>;

export function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/**
 * The value as used at `loc`: a reference to a value written elsewhere keeps where it was
 * written in `from`. Only the outer value is copied; its parts keep their own ranges.
 */
export function relocate(value: StaticValue, loc: SourceRange): StaticValue {
  if (sameRange(value.loc, loc)) return value;
  return { ...value, loc, from: value.from ?? value.loc };
}

/**
 * A number as Terraform writes it in a string: integers without a fraction or exponent,
 * whatever their size, and other numbers in their shortest form without an exponent.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const text = String(n);
  if (!text.includes('e')) return text;
  const [mantissa, exponentText] = text.split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = mantissa.replace('-', '').indexOf('.');
  const integerDigits = (point === -1 ? mantissa.replace('-', '').length : point) + exponent;
  const body = integerDigits <= 0 ? `0.${'0'.repeat(-integerDigits)}${digits}` : `${digits.slice(0, integerDigits).padEnd(integerDigits, '0')}.${digits.slice(integerDigits)}`;
  return `${negative ? '-' : ''}${body.replace(/\.$/, '')}`;
}

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Terraform's automatic conversion to a number: a number, or a string that is one. */
export function asNumber(value: StaticValue): number | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'string' && NUMBER_TEXT.test(value.value)) return Number(value.value);
  return undefined;
}

/** Terraform's automatic conversion to a bool: a bool, or the strings `true` and `false`. */
export function asBool(value: StaticValue): boolean | undefined {
  if (value.kind === 'bool') return value.value;
  if (value.kind === 'string' && (value.value === 'true' || value.value === 'false')) return value.value === 'true';
  return undefined;
}

/** Terraform's automatic conversion to a string: strings, numbers and bools. */
export function asString(value: StaticValue): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return formatNumber(value.value);
    case 'bool':
      return value.value ? 'true' : 'false';
    default:
      return undefined;
  }
}

/** Keys in the order Terraform iterates a map or object: by Unicode code point. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i].codePointAt(0)!;
    const y = right[i].codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

export function sortedEntries(value: ObjectValue): [string, StaticValue][] {
  return [...value.entries].sort(([a], [b]) => compareKeys(a, b));
}

/** Deep equality of known values, type-sensitive as Terraform's `==` is (`1 == "1"` is false). */
export function equalValues(a: StaticValue, b: StaticValue): boolean {
  switch (a.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return b.kind === a.kind && b.value === a.value;
    case 'null':
      return b.kind === 'null';
    case 'list':
      return b.kind === 'list' && b.items.length === a.items.length && a.items.every((item, i) => equalValues(item, b.items[i]));
    case 'object':
      return b.kind === 'object' && b.entries.size === a.entries.size && [...a.entries].every(([key, entry]) => b.entries.has(key) && equalValues(entry, b.entries.get(key)!));
    case 'unknown':
      return false;
  }
}

/** A key identifying a known value, for sets and `distinct`. */
export function valueKey(value: StaticValue): string {
  switch (value.kind) {
    case 'string':
      return `s${JSON.stringify(value.value)}`;
    case 'number':
      return `n${value.value}`;
    case 'bool':
      return `b${value.value}`;
    case 'null':
      return 'null';
    case 'list':
      return `[${value.items.map(valueKey).join(',')}]`;
    case 'object':
      return `{${sortedEntries(value)
        .map(([key, entry]) => `${JSON.stringify(key)}:${valueKey(entry)}`)
        .join(',')}}`;
    case 'unknown':
      return '?';
  }
}

/** `jsonencode`: keys sorted, and `<`, `>`, `&`, U+2028 and U+2029 escaped, as Go's encoder writes them. */
export function jsonText(value: StaticValue): string | undefined {
  switch (value.kind) {
    case 'string':
      return jsonString(value.value);
    case 'number':
      return formatNumber(value.value);
    case 'bool':
      return value.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'list': {
      const items: string[] = [];
      for (const item of value.items) {
        const text = jsonText(item);
        if (text === undefined) return undefined;
        items.push(text);
      }
      return `[${items.join(',')}]`;
    }
    case 'object': {
      const entries: string[] = [];
      for (const [key, entry] of sortedEntries(value)) {
        const text = jsonText(entry);
        if (text === undefined) return undefined;
        entries.push(`${jsonString(key)}:${text}`);
      }
      return `{${entries.join(',')}}`;
    }
    case 'unknown':
      return undefined;
  }
}

function jsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function kindName(value: StaticValue): string {
  switch (value.kind) {
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
    case 'unknown':
      return 'an unknown value';
    default:
      return `a ${value.kind}`;
  }
}

/** A set's elements: without duplicates, strings and numbers in Terraform's order (strings by code point, numbers by value). */
export function setElements(items: readonly StaticValue[]): StaticValue[] {
  const seen = new Map<string, StaticValue>();
  for (const item of items) {
    const key = valueKey(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  const out = [...seen.values()];
  if (out.every((item) => item.kind === 'string')) out.sort((a, b) => compareKeys((a as { value: string }).value, (b as { value: string }).value));
  else if (out.every((item) => item.kind === 'number')) out.sort((a, b) => (a as { value: number }).value - (b as { value: number }).value);
  return out;
}
