import type { SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';

/**
 * PowerShell's conversions and operators on values known statically, as the PowerShell
 * Language Specification gives them (§6 conversions, §7 operators). Each function answers a
 * value, or `undefined` where PowerShell would need something this reader does not model (a
 * .NET regular expression, a culture-dependent format, a runtime error): the caller turns that
 * into an unknown value naming the expression.
 */

export type Unknown = Extract<StaticValue, { kind: 'unknown' }>;
export type Known = Exclude<StaticValue, { kind: 'unknown' }>;

export const str = (value: string, loc: SourceRange): StaticValue => ({ kind: 'string', value, loc });
export const num = (value: number, loc: SourceRange): StaticValue => ({ kind: 'number', value, loc });
export const bool = (value: boolean, loc: SourceRange): StaticValue => ({ kind: 'bool', value, loc });
export const nul = (loc: SourceRange): StaticValue => ({ kind: 'null', loc });
export const list = (items: StaticValue[], loc: SourceRange): StaticValue => ({ kind: 'list', items, loc });
export const obj = (entries: Map<string, StaticValue>, loc: SourceRange): StaticValue => ({ kind: 'object', entries, loc });

/** The first unknown among values, if any. */
export function unknownAmong(values: readonly StaticValue[]): Unknown | undefined {
  for (const value of values) if (value.kind === 'unknown') return value;
  return undefined;
}

/** A number as PowerShell writes it in a string (invariant culture: `1.5`, `1E+20`). */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return String(value).replace(/e([+-])(\d)$/, 'E$10$2').replace(/e([+-])/, 'E$1');
}

/**
 * A value converted to a string as in an expandable string: `$null` is empty, booleans are
 * `True`/`False`, an array is its elements joined by spaces, a hashtable its type name.
 * Undefined when a part is unknown.
 */
export function toText(value: StaticValue): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return numberText(value.value);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'null':
      return '';
    case 'list': {
      const parts: string[] = [];
      for (const item of value.items) {
        const text = item.kind === 'list' ? 'System.Object[]' : toText(item);
        if (text === undefined) return undefined;
        parts.push(text);
      }
      return parts.join(' ');
    }
    case 'object':
      return 'System.Collections.Hashtable';
    case 'unknown':
      return undefined;
  }
}

/** A string read as a number the way PowerShell converts one: decimal or `0x` hexadecimal, spaces around allowed. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  if (/^[+-]?0x[0-9a-f]+$/i.test(trimmed)) {
    const negative = trimmed.startsWith('-');
    const value = parseInt(trimmed.replace(/^[+-]?0x/i, ''), 16);
    return negative ? -value : value;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** A value converted to a number (`[double]`), or undefined when PowerShell could not convert it. */
export function toNumber(value: StaticValue): number | undefined {
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'bool':
      return value.value ? 1 : 0;
    case 'null':
      return 0;
    case 'string':
      return parseNumberText(value.value);
    default:
      return undefined;
  }
}

/** PowerShell's truth of a value: `$null`, 0, '' and an empty array are false; one element counts as itself. */
export function truth(value: StaticValue): boolean | undefined {
  switch (value.kind) {
    case 'bool':
      return value.value;
    case 'number':
      return value.value !== 0;
    case 'string':
      return value.value.length > 0;
    case 'null':
      return false;
    case 'list':
      if (value.items.length === 0) return false;
      if (value.items.length === 1) return truth(value.items[0]);
      return true;
    case 'object':
      return true;
    case 'unknown':
      return undefined;
  }
}

/** Rounds as .NET converts a double to an integer: halves to even. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

const INTEGER_TYPES = new Map<string, [number, number]>([
  ['byte', [0, 255]],
  ['sbyte', [-128, 127]],
  ['int16', [-32768, 32767]],
  ['short', [-32768, 32767]],
  ['uint16', [0, 65535]],
  ['ushort', [0, 65535]],
  ['int', [-2147483648, 2147483647]],
  ['int32', [-2147483648, 2147483647]],
  ['uint32', [0, 4294967295]],
  ['uint', [0, 4294967295]],
  ['int64', [-(2 ** 63), 2 ** 63 - 1]],
  ['long', [-(2 ** 63), 2 ** 63 - 1]],
  ['uint64', [0, 2 ** 64 - 1]],
  ['ulong', [0, 2 ** 64 - 1]],
]);
const REAL_TYPES = new Set(['double', 'single', 'float', 'decimal']);
const ARRAY_TYPE = /^(.*)\[\]$/;

/** The simple name of a type as written (`[System.Int32]` → `int32`), lower case. */
export function simpleTypeName(type: string): string {
  const lower = type.replace(/\s+/g, '').toLowerCase();
  return lower.startsWith('system.') && !lower.slice(7).includes('.') ? lower.slice(7) : lower;
}

/**
 * A cast (`[int]$x`, `[string]5061`, `[string[]]'a'`), or undefined when the type is one the
 * reader does not model or the value does not convert.
 */
export function cast(type: string, value: StaticValue, loc: SourceRange): StaticValue | undefined {
  if (value.kind === 'unknown') return value;
  const name = simpleTypeName(type);
  const range = INTEGER_TYPES.get(name);
  if (range) {
    const n = toNumber(value);
    if (n === undefined || !Number.isFinite(n)) return undefined;
    const rounded = roundHalfEven(n);
    if (rounded < range[0] || rounded > range[1]) return undefined;
    return num(rounded, loc);
  }
  if (REAL_TYPES.has(name)) {
    const n = toNumber(value);
    return n === undefined ? undefined : num(n, loc);
  }
  switch (name) {
    case 'string': {
      if (value.kind === 'null') return str('', loc);
      const text = toText(value);
      return text === undefined ? undefined : str(text, loc);
    }
    case 'bool':
    case 'boolean': {
      const t = truth(value);
      return t === undefined ? undefined : bool(t, loc);
    }
    case 'switch':
    case 'switchparameter': {
      const t = truth(value);
      return t === undefined ? undefined : bool(t, loc);
    }
    case 'void':
      return nul(loc);
    case 'array':
    case 'object[]':
      return value.kind === 'list' ? value : list(value.kind === 'null' ? [] : [value], loc);
    case 'hashtable':
    case 'ordered':
    case 'pscustomobject':
    case 'psobject':
    case 'collections.hashtable':
    case 'collections.specialized.ordereddictionary':
      return value.kind === 'object' ? value : undefined;
    case 'object':
      return value;
    default: {
      const element = ARRAY_TYPE.exec(name);
      if (element) {
        const items = value.kind === 'list' ? value.items : value.kind === 'null' ? [] : [value];
        const converted: StaticValue[] = [];
        for (const item of items) {
          const c = cast(element[1], item, item.loc);
          if (!c) return undefined;
          converted.push(c);
        }
        return list(converted, loc);
      }
      return undefined;
    }
  }
}

/** `-eq` between two scalars: the left operand's type decides the conversion; strings compare without case unless `caseSensitive`. */
export function scalarEquals(left: Known, right: Known, caseSensitive: boolean): boolean | undefined {
  if (left.kind === 'list' || right.kind === 'list' || left.kind === 'object' || right.kind === 'object') return undefined;
  if (left.kind === 'null') return right.kind === 'null';
  if (right.kind === 'null') return false;
  if (left.kind === 'string') {
    const text = toText(right);
    if (text === undefined) return undefined;
    return caseSensitive ? left.value === text : left.value.toLowerCase() === text.toLowerCase();
  }
  if (left.kind === 'number') {
    const n = toNumber(right);
    return n === undefined ? false : left.value === n;
  }
  if (left.kind === 'bool') {
    const t = truth(right);
    return t === undefined ? undefined : left.value === t;
  }
  return undefined;
}

/** `-lt`, `-gt` and kin between two scalars: -1, 0 or 1, or undefined. */
export function scalarCompare(left: Known, right: Known, caseSensitive: boolean): number | undefined {
  if (left.kind === 'number' || (left.kind === 'null' && right.kind === 'number')) {
    const a = toNumber(left);
    const b = toNumber(right);
    if (a === undefined || b === undefined) return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (left.kind === 'string') {
    const b = toText(right);
    if (b === undefined) return undefined;
    const x = caseSensitive ? left.value : left.value.toLowerCase();
    const y = caseSensitive ? b : b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return undefined;
}

/** `-like`: `*`, `?` and `[...]` wildcards. */
export function wildcardMatch(text: string, pattern: string, caseSensitive: boolean): boolean {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '[\\s\\S]*';
    else if (c === '?') source += '[\\s\\S]';
    else if (c === '`' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      const body = pattern.slice(i + 1, close).replace(/[\\\]^]/g, (m) => `\\${m}`);
      source += `[${body}]`;
      i = close;
    } else source += escapeRegExp(c);
  }
  try {
    return new RegExp(`${source}$`, caseSensitive ? 'u' : 'iu').test(text);
  } catch {
    return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Whether a pattern of `-replace` or `-split` has no character with a meaning in a .NET regular expression. */
export function isLiteralPattern(pattern: string): boolean {
  return !/[\\^$.|?*+()[\]{}]/.test(pattern);
}

/** Replaces every occurrence of `pattern` in `text`, ignoring case unless asked (a literal `-replace`). */
export function replaceLiteral(text: string, pattern: string, replacement: string, caseSensitive: boolean): string {
  if (!pattern) return text;
  const re = new RegExp(escapeRegExp(pattern), caseSensitive ? 'gu' : 'giu');
  return text.replace(re, () => replacement);
}

/**
 * The `-f` format operator for the composite format items this reader models: `{0}`, `{1,-10}`
 * and the `{{`/`}}` escapes. Undefined for format strings (`{0:N2}`) and for values whose
 * text depends on the culture (non-integer numbers), which PowerShell formats with the current culture.
 */
export function formatOperator(format: string, args: readonly Known[]): string | undefined {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '{') {
      if (format[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const close = format.indexOf('}', i);
      if (close < 0) return undefined;
      const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?$/.exec(format.slice(i + 1, close));
      if (!item) return undefined;
      const arg = args[Number(item[1])];
      if (!arg) return undefined;
      if (arg.kind === 'number' && !Number.isInteger(arg.value)) return undefined;
      const text = toText(arg);
      if (text === undefined) return undefined;
      const width = item[2] === undefined ? 0 : Number(item[2]);
      out += width < 0 ? text.padEnd(-width) : text.padStart(width);
      i = close;
    } else if (c === '}') {
      if (format[i + 1] !== '}') return undefined;
      out += '}';
      i++;
    } else out += c;
  }
  return out;
}
