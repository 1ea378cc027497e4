import type { SourceRange } from '../../core/types.js';
import ipaddr from 'ipaddr.js';
import { firstUnknown, type StaticValue } from '../values.js';
import { rangeOf, type Expr } from './ast.js';
import type { Evaluator, Scope } from './evaluate.js';
import { asBool, asNumber, asString, compareKeys, jsonText, kindName, setElements, sortedEntries, valueKey, type ListValue, type ObjectValue, type Unknown } from './value.js';

/**
 * Terraform's built-in functions the reader evaluates. Every other function (and every
 * provider-defined one) gives an unknown value naming it. Functions whose result does not
 * depend on every part of their arguments (`length`, `concat`, `lookup`, `merge`, `element`,
 * `keys`, `coalesce`, `try`...) keep what is known; the others are unknown as soon as any part
 * of an argument is.
 */

type CallExpr = Extract<Expr, { type: 'call' }>;

interface FunctionSpec {
  min: number;
  max?: number;
  /** Called even when parts of the arguments are unknown (it handles them). */
  partial?: boolean;
  call(c: Call, args: StaticValue[]): StaticValue;
}

/** One call being evaluated: its range, and builders of results there. */
class Call {
  readonly loc: SourceRange;

  constructor(
    readonly ev: Evaluator,
    readonly expr: CallExpr,
  ) {
    this.loc = rangeOf(expr);
  }

  fail(reason: string): Unknown {
    return this.ev.error(this.expr, `${this.expr.name}: ${reason}`);
  }

  notModelled(what: string): Unknown {
    return this.ev.unknown(this.expr, `${this.expr.name}: ${what} is not modelled`);
  }

  carry(value: Unknown): Unknown {
    return this.ev.carry(value, this.expr);
  }

  string(value: string): StaticValue {
    return this.ev.string(this.expr, value);
  }

  number(value: number): StaticValue {
    return { kind: 'number', value, loc: this.loc };
  }

  bool(value: boolean): StaticValue {
    return { kind: 'bool', value, loc: this.loc };
  }

  null(): StaticValue {
    return { kind: 'null', loc: this.loc };
  }

  list(items: StaticValue[]): StaticValue {
    return this.ev.collection(this.expr, { kind: 'list', items, loc: this.loc });
  }

  object(entries: Map<string, StaticValue>): StaticValue {
    return this.ev.collection(this.expr, { kind: 'object', entries, loc: this.loc });
  }

  /** A string built past the bound on string length: unknown (said once). */
  tooLong(): Unknown {
    return this.ev.tooLong(this.expr);
  }

  /** A value passed through unchanged, now at the call. */
  pass(value: StaticValue): StaticValue {
    return this.ev.relocate(value, this.loc);
  }

  text(value: StaticValue, what = 'a string'): string | Unknown {
    if (value.kind === 'unknown') return this.carry(value);
    return asString(value) ?? this.fail(`needs ${what}, not ${kindName(value)}`);
  }

  integer(value: StaticValue): number | Unknown {
    if (value.kind === 'unknown') return this.carry(value);
    const n = asNumber(value);
    if (n === undefined || !Number.isInteger(n)) return this.fail(`needs a whole number, not ${kindName(value)}`);
    return n;
  }

  listOf(value: StaticValue): ListValue | Unknown {
    if (value.kind === 'unknown') return this.carry(value);
    return value.kind === 'list' ? value : this.fail(`needs a list, not ${kindName(value)}`);
  }

  objectOf(value: StaticValue): ObjectValue | Unknown {
    if (value.kind === 'unknown') return this.carry(value);
    return value.kind === 'object' ? value : this.fail(`needs a map or an object, not ${kindName(value)}`);
  }

  strings(list: ListValue): string[] | Unknown {
    const out: string[] = [];
    for (const item of list.items) {
      const text = this.text(item, 'strings');
      if (typeof text !== 'string') return text;
      out.push(text);
    }
    return out;
  }
}

const isUnknown = (value: unknown): value is Unknown => typeof value === 'object' && value !== null && (value as StaticValue).kind === 'unknown';

let graphemes: Intl.Segmenter | undefined;

/** Characters as Terraform counts them: grapheme clusters. */
function characters(text: string): string[] {
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (segment) => segment.segment);
}

function stringFunction(transform: (text: string, args: string[]) => string, arity = 1): FunctionSpec {
  return {
    min: arity,
    max: arity,
    call(c, args) {
      const texts: string[] = [];
      for (const arg of args) {
        const text = c.text(arg);
        if (typeof text !== 'string') return text;
        texts.push(text);
      }
      return c.string(transform(texts[0], texts.slice(1)));
    },
  };
}

function numberFunction(transform: (values: number[]) => number, arity: number | 'variadic' = 1): FunctionSpec {
  return {
    min: arity === 'variadic' ? 1 : arity,
    max: arity === 'variadic' ? undefined : arity,
    call(c, args) {
      const values: number[] = [];
      for (const arg of args) {
        const n = asNumber(arg);
        if (n === undefined) return c.fail(`needs numbers, not ${kindName(arg)}`);
        values.push(n);
      }
      return c.number(transform(values));
    },
  };
}

/** Go's `%q`: a double-quoted string with Go's escapes. */
function goQuote(text: string): string {
  return JSON.stringify(text);
}

/** `format` and `formatlist`: Go's verbs as Terraform documents them; a verb not modelled gives an unknown value. */
function formatOne(c: Call, spec: string, args: StaticValue[]): string | Unknown {
  let out = '';
  let next = 0;
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    i++;
    if (spec[i] === '%') {
      out += '%';
      continue;
    }
    let flags = '';
    while (i < spec.length && '+- #0'.includes(spec[i])) flags += spec[i++];
    if (spec[i] === '[') {
      const close = spec.indexOf(']', i);
      const position = Number(spec.slice(i + 1, close));
      if (close === -1 || !Number.isInteger(position) || position < 1) return c.fail('a malformed argument index');
      next = position - 1;
      i = close + 1;
    }
    let width = '';
    while (i < spec.length && spec[i] >= '0' && spec[i] <= '9') width += spec[i++];
    let precision: number | undefined;
    if (spec[i] === '.') {
      i++;
      let digits = '';
      while (i < spec.length && spec[i] >= '0' && spec[i] <= '9') digits += spec[i++];
      precision = Number(digits || '0');
    }
    const verb = spec[i];
    if (verb === undefined) return c.fail('the format ends inside a verb');
    const arg = args[next++];
    if (!arg) return c.fail('not enough arguments for the format');
    if (arg.kind === 'unknown') return c.carry(arg);
    let text: string | undefined;
    let numeric = false;
    switch (verb) {
      case 'v':
        text = flags.includes('#') || arg.kind === 'list' || arg.kind === 'object' ? jsonText(arg) : arg.kind === 'null' ? 'null' : asString(arg);
        break;
      case 's':
        text = asString(arg);
        if (text !== undefined && precision !== undefined) text = characters(text).slice(0, precision).join('');
        break;
      case 'q': {
        const s = asString(arg);
        text = s === undefined ? undefined : goQuote(s);
        break;
      }
      case 't': {
        const b = asBool(arg);
        text = b === undefined ? undefined : String(b);
        break;
      }
      case 'd':
      case 'x':
      case 'X':
      case 'o':
      case 'b': {
        const n = asNumber(arg);
        if (n === undefined || !Number.isInteger(n)) return c.fail(`%${verb} needs a whole number, not ${kindName(arg)}`);
        const base = { d: 10, x: 16, X: 16, o: 8, b: 2 }[verb];
        text = Math.abs(n) < 2 ** 53 ? Math.abs(n).toString(base) : BigInt(Math.abs(n)).toString(base);
        if (verb === 'X') text = text.toUpperCase();
        text = (n < 0 ? '-' : flags.includes('+') ? '+' : '') + text;
        numeric = true;
        break;
      }
      case 'f': {
        const n = asNumber(arg);
        if (n === undefined) return c.fail(`%f needs a number, not ${kindName(arg)}`);
        text = (n >= 0 && flags.includes('+') ? '+' : '') + n.toFixed(precision ?? 6);
        numeric = true;
        break;
      }
      default:
        return c.notModelled(`the verb %${verb}`);
    }
    if (text === undefined) return c.fail(`%${verb} cannot format ${kindName(arg)}`);
    const size = Number(width || '0');
    const length = characters(text).length;
    if (length < size) {
      const pad = size - length;
      if (flags.includes('-')) text += ' '.repeat(pad);
      else if (flags.includes('0') && numeric) text = /^[-+]/.test(text) ? text[0] + '0'.repeat(pad) + text.slice(1) : '0'.repeat(pad) + text;
      else text = ' '.repeat(pad) + text;
    }
    out += text;
    if (out.length > c.ev.run.bounds.stringLength) return c.tooLong();
  }
  return out;
}

function flattenInto(c: Call, list: ListValue, out: StaticValue[]): Unknown | undefined {
  for (const item of list.items) {
    if (item.kind === 'unknown') return c.carry(item);
    if (item.kind === 'list') {
      const failed = flattenInto(c, item, out);
      if (failed) return failed;
    } else out.push(item);
    const tooBig = c.ev.tooBig(c.expr, out.length);
    if (tooBig) return tooBig;
  }
  return undefined;
}


/** An address prefix as Terraform's `cidr*` functions read it: the network (host bits cleared), its prefix length and its size in bits. */
function parsePrefix(text: string): { network: bigint; length: number; bits: number } | undefined {
  if (!ipaddr.isValidCIDR(text)) return undefined;
  const [address, length] = ipaddr.parseCIDR(text);
  const bits = address.kind() === 'ipv4' ? 32 : 128;
  let value = 0n;
  for (const byte of address.toByteArray()) value = (value << 8n) | BigInt(byte);
  const hostBits = BigInt(bits - length);
  return { network: (value >> hostBits) << hostBits, length, bits };
}

function formatAddress(value: bigint, bits: number): string {
  const bytes: number[] = [];
  for (let i = bits / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

function subnet(c: Call, prefix: string, newBits: number, netNum: number): string | Unknown {
  const parsed = parsePrefix(prefix);
  if (!parsed) return c.fail(`${JSON.stringify(prefix)} is not an address prefix`);
  const length = parsed.length + newBits;
  if (newBits < 0 || length > parsed.bits) return c.fail(`${newBits} more bits do not fit in ${prefix}`);
  if (netNum < 0 || BigInt(netNum) >= 1n << BigInt(newBits)) return c.fail(`${netNum} does not fit in ${newBits} bits`);
  return `${formatAddress(parsed.network | (BigInt(netNum) << BigInt(parsed.bits - length)), parsed.bits)}/${length}`;
}

function setOperation(combine: (sets: StaticValue[][]) => StaticValue[]): FunctionSpec {
  return {
    min: 1,
    call(c, args) {
      const lists: StaticValue[][] = [];
      for (const arg of args) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        lists.push(list.items);
      }
      return c.list(setElements(combine(lists)));
    },
  };
}

const FUNCTIONS: Record<string, FunctionSpec> = {
  format: {
    min: 1,
    call(c, [spec, ...args]) {
      const text = c.text(spec);
      if (typeof text !== 'string') return text;
      const out = formatOne(c, text, args);
      return typeof out === 'string' ? c.string(out) : out;
    },
  },
  formatlist: {
    min: 1,
    call(c, args) {
      const lengths = args.filter((arg) => arg.kind === 'list').map((arg) => (arg as ListValue).items.length);
      if (lengths.some((n) => n !== lengths[0])) return c.fail('the lists are not all of the same length');
      const count = lengths[0] ?? 1;
      const items: StaticValue[] = [];
      for (let i = 0; i < count; i++) {
        const row = args.map((arg) => (arg.kind === 'list' ? arg.items[i] : arg));
        const spec = c.text(row[0]);
        if (typeof spec !== 'string') return spec;
        const out = formatOne(c, spec, row.slice(1));
        if (typeof out !== 'string') return out;
        items.push(c.string(out));
      }
      return c.list(items);
    },
  },
  join: {
    min: 2,
    call(c, [separator, ...lists]) {
      const sep = c.text(separator);
      if (typeof sep !== 'string') return sep;
      const parts: string[] = [];
      for (const arg of lists) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        const texts = c.strings(list);
        if (isUnknown(texts)) return texts;
        parts.push(...texts);
      }
      return c.string(parts.join(sep));
    },
  },
  split: {
    min: 2,
    max: 2,
    call(c, [separator, text]) {
      const sep = c.text(separator);
      if (typeof sep !== 'string') return sep;
      const whole = c.text(text);
      if (typeof whole !== 'string') return whole;
      return c.list(whole.split(sep).map((part) => c.string(part)));
    },
  },
  concat: {
    min: 1,
    partial: true,
    call(c, args) {
      const items: StaticValue[] = [];
      for (const arg of args) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        items.push(...list.items);
      }
      return c.list(items);
    },
  },
  lower: stringFunction((text) => text.toLowerCase()),
  upper: stringFunction((text) => text.toUpperCase()),
  trimspace: stringFunction((text) => text.trim()),
  trimsuffix: stringFunction((text, [suffix]) => (suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text), 2),
  trimprefix: stringFunction((text, [prefix]) => (text.startsWith(prefix) ? text.slice(prefix.length) : text), 2),
  trim: stringFunction((text, [cutset]) => {
    const cut = new Set(cutset);
    const chars = [...text];
    let start = 0;
    let end = chars.length;
    while (start < end && cut.has(chars[start])) start++;
    while (end > start && cut.has(chars[end - 1])) end--;
    return chars.slice(start, end).join('');
  }, 2),
  title: stringFunction((text) => text.replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())),
  startswith: {
    min: 2,
    max: 2,
    call(c, [text, prefix]) {
      const t = c.text(text);
      if (typeof t !== 'string') return t;
      const p = c.text(prefix);
      return typeof p === 'string' ? c.bool(t.startsWith(p)) : p;
    },
  },
  endswith: {
    min: 2,
    max: 2,
    call(c, [text, suffix]) {
      const t = c.text(text);
      if (typeof t !== 'string') return t;
      const s = c.text(suffix);
      return typeof s === 'string' ? c.bool(t.endsWith(s)) : s;
    },
  },
  strcontains: {
    min: 2,
    max: 2,
    call(c, [text, part]) {
      const t = c.text(text);
      if (typeof t !== 'string') return t;
      const p = c.text(part);
      return typeof p === 'string' ? c.bool(t.includes(p)) : p;
    },
  },
  substr: {
    min: 3,
    max: 3,
    call(c, [text, offset, length]) {
      const t = c.text(text);
      if (typeof t !== 'string') return t;
      const start = c.integer(offset);
      if (typeof start !== 'number') return start;
      const size = c.integer(length);
      if (typeof size !== 'number') return size;
      const chars = characters(t);
      const from = start < 0 ? Math.max(0, chars.length + start) : start;
      if (from > chars.length) return c.fail('the offset is past the end of the string');
      return c.string(chars.slice(from, size < 0 ? undefined : from + size).join(''));
    },
  },
  replace: {
    min: 3,
    max: 3,
    call(c, args) {
      const [text, search, replacement] = args.map((arg) => c.text(arg));
      if (typeof text !== 'string') return text;
      if (typeof search !== 'string') return search;
      if (typeof replacement !== 'string') return replacement;
      if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) return c.notModelled('a regular expression');
      if (search === '') return c.string(replacement + [...text].join(replacement) + (text === '' ? '' : replacement));
      return c.string(text.split(search).join(replacement));
    },
  },
  lookup: {
    min: 2,
    max: 3,
    partial: true,
    call(c, [map, key, fallback]) {
      const object = c.objectOf(map);
      if (isUnknown(object)) return object;
      const name = c.text(key);
      if (typeof name !== 'string') return name;
      const entry = object.entries.get(name);
      if (entry) return c.pass(entry);
      if (fallback) return c.pass(fallback);
      return c.fail(`no key ${JSON.stringify(name)} and no default`);
    },
  },
  merge: {
    min: 0,
    partial: true,
    call(c, args) {
      const entries = new Map<string, StaticValue>();
      for (const arg of args) {
        if (arg.kind === 'null') continue;
        const object = c.objectOf(arg);
        if (isUnknown(object)) return object;
        for (const [key, value] of object.entries) {
          entries.delete(key);
          entries.set(key, value);
        }
      }
      return c.object(entries);
    },
  },
  element: {
    min: 2,
    max: 2,
    partial: true,
    call(c, [list, index]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const i = c.integer(index);
      if (typeof i !== 'number') return i;
      if (l.items.length === 0) return c.fail('the list is empty');
      if (i < 0) return c.fail('the index is negative');
      return c.pass(l.items[i % l.items.length]);
    },
  },
  length: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      if (value.kind === 'unknown') return c.carry(value);
      if (value.kind === 'list') return c.number(value.items.length);
      if (value.kind === 'object') return c.number(value.entries.size);
      if (value.kind === 'string') return c.number(characters(value.value).length);
      return c.fail(`needs a collection or a string, not ${kindName(value)}`);
    },
  },
  flatten: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const out: StaticValue[] = [];
      return flattenInto(c, l, out) ?? c.list(out);
    },
  },
  distinct: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const seen = new Set<string>();
      const items: StaticValue[] = [];
      for (const item of l.items) {
        const key = valueKey(item);
        if (seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
      return c.list(items);
    },
  },
  tolist: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const l = c.listOf(value);
      return isUnknown(l) ? l : c.pass(l);
    },
  },
  toset: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const l = c.listOf(value);
      return isUnknown(l) ? l : c.list(setElements(l.items));
    },
  },
  tomap: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const o = c.objectOf(value);
      return isUnknown(o) ? o : c.pass(o);
    },
  },
  tostring: {
    min: 1,
    max: 1,
    call(c, [value]) {
      if (value.kind === 'null') return c.pass(value);
      const text = asString(value);
      return text === undefined ? c.fail(`cannot convert ${kindName(value)} to a string`) : c.string(text);
    },
  },
  tonumber: {
    min: 1,
    max: 1,
    call(c, [value]) {
      if (value.kind === 'null') return c.pass(value);
      const n = asNumber(value);
      return n === undefined ? c.fail(`cannot convert ${kindName(value)} to a number`) : c.number(n);
    },
  },
  tobool: {
    min: 1,
    max: 1,
    call(c, [value]) {
      if (value.kind === 'null') return c.pass(value);
      const b = asBool(value);
      return b === undefined ? c.fail(`cannot convert ${kindName(value)} to a bool`) : c.bool(b);
    },
  },
  keys: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const o = c.objectOf(value);
      if (isUnknown(o)) return o;
      return c.list(sortedEntries(o).map(([key, entry]) => ({ kind: 'string', value: key, loc: entry.loc })));
    },
  },
  values: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const o = c.objectOf(value);
      if (isUnknown(o)) return o;
      return c.list(sortedEntries(o).map(([, entry]) => entry));
    },
  },
  coalesce: {
    min: 1,
    partial: true,
    call(c, args) {
      for (const arg of args) {
        if (arg.kind === 'unknown') return c.carry(arg);
        if (arg.kind === 'null' || (arg.kind === 'string' && arg.value === '')) continue;
        return c.pass(arg);
      }
      return c.fail('no argument is neither null nor an empty string');
    },
  },
  coalescelist: {
    min: 1,
    partial: true,
    call(c, args) {
      for (const arg of args) {
        const l = c.listOf(arg);
        if (isUnknown(l)) return l;
        if (l.items.length > 0) return c.pass(l);
      }
      return c.fail('every list is empty');
    },
  },
  jsonencode: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const text = jsonText(value);
      return text === undefined ? c.fail('cannot encode the value') : c.string(text);
    },
  },
  contains: {
    min: 2,
    max: 2,
    call(c, [list, value]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const key = valueKey(value);
      return c.bool(l.items.some((item) => valueKey(item) === key));
    },
  },
  compact: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      return c.list(l.items.filter((item) => item.kind !== 'null' && !(item.kind === 'string' && item.value === '')));
    },
  },
  zipmap: {
    min: 2,
    max: 2,
    partial: true,
    call(c, [keys, values]) {
      const k = c.listOf(keys);
      if (isUnknown(k)) return k;
      const v = c.listOf(values);
      if (isUnknown(v)) return v;
      if (k.items.length !== v.items.length) return c.fail('the lists are not of the same length');
      const names = c.strings(k);
      if (isUnknown(names)) return names;
      return c.object(new Map(names.map((name, i) => [name, v.items[i]])));
    },
  },
  reverse: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [list]) {
      const l = c.listOf(list);
      return isUnknown(l) ? l : c.list([...l.items].reverse());
    },
  },
  slice: {
    min: 3,
    max: 3,
    partial: true,
    call(c, [list, start, end]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const from = c.integer(start);
      if (typeof from !== 'number') return from;
      const to = c.integer(end);
      if (typeof to !== 'number') return to;
      if (from < 0 || to > l.items.length || from > to) return c.fail('the range is outside the list');
      return c.list(l.items.slice(from, to));
    },
  },
  sort: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const texts = c.strings(l);
      if (isUnknown(texts)) return texts;
      return c.list(l.items.map((item, i) => ({ item, text: texts[i] })).sort((a, b) => compareKeys(a.text, b.text)).map(({ item, text }) => ({ kind: 'string', value: text, loc: item.loc })));
    },
  },
  one: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      if (l.items.length > 1) return c.fail('the list has more than one element');
      return l.items.length === 0 ? c.null() : c.pass(l.items[0]);
    },
  },
  range: {
    min: 1,
    max: 3,
    call(c, args) {
      const numbers = args.map((arg) => asNumber(arg));
      if (numbers.some((n) => n === undefined)) return c.fail('needs numbers');
      const [a, b, s] = numbers as number[];
      const [start, end, step] = args.length === 1 ? [0, a, 1] : [a, b, s ?? (a <= b ? 1 : -1)];
      if (step === 0 || (step > 0 && start > end) || (step < 0 && start < end)) return step === 0 ? c.fail('the step is zero') : c.list([]);
      const count = Math.ceil((end - start) / step);
      const tooBig = c.ev.tooBig(c.expr, count);
      if (tooBig) return tooBig;
      return c.list(Array.from({ length: count }, (_, i) => c.number(start + i * step)));
    },
  },
  basename: stringFunction((text) => {
    const trimmed = text.replace(/\/+$/, '');
    return trimmed === '' ? (text === '' ? '.' : '/') : trimmed.slice(trimmed.lastIndexOf('/') + 1);
  }),
  dirname: stringFunction((text) => {
    const at = text.lastIndexOf('/');
    if (at === -1) return '.';
    const dir = text.slice(0, at).replace(/\/+$/, '');
    return dir === '' ? '/' : dir;
  }),
  strrev: stringFunction((text) => characters(text).reverse().join('')),
  base64encode: stringFunction((text) => Buffer.from(text, 'utf8').toString('base64')),
  base64decode: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const text = c.text(value);
      if (typeof text !== 'string') return text;
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return c.fail('not base64');
      const bytes = Buffer.from(text, 'base64');
      const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      return decoded.includes('\ufffd') ? c.fail('the decoded bytes are not UTF-8') : c.string(decoded);
    },
  },
  jsondecode: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const text = c.text(value);
      if (typeof text !== 'string') return text;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return c.fail('not JSON');
      }
      const build = (data: unknown): StaticValue => {
        if (data === null) return c.null();
        if (typeof data === 'string') return c.string(data);
        if (typeof data === 'number') return c.number(data);
        if (typeof data === 'boolean') return c.bool(data);
        if (Array.isArray(data)) return c.list(data.map(build));
        return c.object(new Map(Object.entries(data as Record<string, unknown>).map(([key, entry]) => [key, build(entry)])));
      };
      return build(parsed);
    },
  },
  cidrsubnet: {
    min: 3,
    max: 3,
    call(c, [prefix, newBits, netNum]) {
      const text = c.text(prefix);
      if (typeof text !== 'string') return text;
      const bits = c.integer(newBits);
      if (typeof bits !== 'number') return bits;
      const num = c.integer(netNum);
      if (typeof num !== 'number') return num;
      const out = subnet(c, text, bits, num);
      return typeof out === 'string' ? c.string(out) : out;
    },
  },
  cidrsubnets: {
    min: 1,
    call(c, [prefix, ...sizes]) {
      const text = c.text(prefix);
      if (typeof text !== 'string') return text;
      const parsed = parsePrefix(text);
      if (!parsed) return c.fail(`${JSON.stringify(text)} is not an address prefix`);
      const out: StaticValue[] = [];
      let next = parsed.network;
      for (const size of sizes) {
        const bits = c.integer(size);
        if (typeof bits !== 'number') return bits;
        const length = parsed.length + bits;
        if (bits < 1 || length > parsed.bits) return c.fail(`${bits} more bits do not fit in ${text}`);
        const block = 1n << BigInt(parsed.bits - length);
        next = ((next + block - 1n) / block) * block;
        if (next >> BigInt(parsed.bits - parsed.length) !== parsed.network >> BigInt(parsed.bits - parsed.length)) return c.fail(`the subnets do not fit in ${text}`);
        out.push(c.string(`${formatAddress(next, parsed.bits)}/${length}`));
        next += block;
      }
      return c.list(out);
    },
  },
  cidrhost: {
    min: 2,
    max: 2,
    call(c, [prefix, hostNum]) {
      const text = c.text(prefix);
      if (typeof text !== 'string') return text;
      const num = c.integer(hostNum);
      if (typeof num !== 'number') return num;
      const parsed = parsePrefix(text);
      if (!parsed) return c.fail(`${JSON.stringify(text)} is not an address prefix`);
      const size = 1n << BigInt(parsed.bits - parsed.length);
      const host = num < 0 ? size + BigInt(num) : BigInt(num);
      if (host < 0n || host >= size) return c.fail(`host number ${num} does not fit in ${text}`);
      return c.string(formatAddress(parsed.network + host, parsed.bits));
    },
  },
  cidrnetmask: {
    min: 1,
    max: 1,
    call(c, [prefix]) {
      const text = c.text(prefix);
      if (typeof text !== 'string') return text;
      const parsed = parsePrefix(text);
      if (!parsed || parsed.bits !== 32) return c.fail(`${JSON.stringify(text)} is not an IPv4 address prefix`);
      return c.string(formatAddress(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - parsed.length)) - 1n), 32));
    },
  },
  setproduct: {
    min: 2,
    call(c, args) {
      const lists: StaticValue[][] = [];
      for (const arg of args) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        lists.push(list.items);
      }
      const size = lists.reduce((n, list) => n * list.length, 1);
      const tooBig = c.ev.tooBig(c.expr, size);
      if (tooBig) return tooBig;
      let rows: StaticValue[][] = [[]];
      for (const list of lists) rows = rows.flatMap((row) => list.map((item) => [...row, item]));
      return c.list(rows.map((row) => c.list(row)));
    },
  },
  setunion: setOperation((sets) => sets.flat()),
  setintersection: setOperation(([first, ...rest]) => first.filter((item) => rest.every((set) => set.some((other) => valueKey(other) === valueKey(item))))),
  setsubtract: {
    min: 2,
    max: 2,
    call(c, [a, b]) {
      const left = c.listOf(a);
      if (isUnknown(left)) return left;
      const right = c.listOf(b);
      if (isUnknown(right)) return right;
      const removed = new Set(right.items.map(valueKey));
      return c.list(setElements(left.items.filter((item) => !removed.has(valueKey(item)))));
    },
  },
  index: {
    min: 2,
    max: 2,
    call(c, [list, value]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const key = valueKey(value);
      const at = l.items.findIndex((item) => valueKey(item) === key);
      return at === -1 ? c.fail('the value is not in the list') : c.number(at);
    },
  },
  alltrue: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      return c.bool(l.items.every((item) => asBool(item) === true));
    },
  },
  anytrue: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      return c.bool(l.items.some((item) => asBool(item) === true));
    },
  },
  sum: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      let total = 0;
      for (const item of l.items) {
        const n = asNumber(item);
        if (n === undefined) return c.fail(`needs numbers, not ${kindName(item)}`);
        total += n;
      }
      return l.items.length === 0 ? c.fail('the list is empty') : c.number(total);
    },
  },
  chunklist: {
    min: 2,
    max: 2,
    partial: true,
    call(c, [list, size]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const n = c.integer(size);
      if (typeof n !== 'number') return n;
      if (n < 0) return c.fail('the size is negative');
      if (n === 0) return c.list([c.pass(l)]);
      const chunks: StaticValue[] = [];
      for (let i = 0; i < l.items.length; i += n) chunks.push(c.list(l.items.slice(i, i + n)));
      return c.list(chunks);
    },
  },
  pow: numberFunction(([a, b]) => a ** b, 2),
  parseint: {
    min: 2,
    max: 2,
    call(c, [text, base]) {
      const t = c.text(text);
      if (typeof t !== 'string') return t;
      const b = c.integer(base);
      if (typeof b !== 'number') return b;
      const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
      if (b > 36) return c.notModelled(`base ${b}`);
      if (b < 2 || !new RegExp(`^[-+]?[${digits}${digits.toUpperCase()}]+$`).test(t)) return c.fail(`${JSON.stringify(t)} is not a number in base ${b}`);
      return c.number(parseInt(t, b));
    },
  },
  sensitive: { min: 1, max: 1, partial: true, call: (c, [value]) => c.pass(value) },
  nonsensitive: { min: 1, max: 1, partial: true, call: (c, [value]) => c.pass(value) },
  min: numberFunction((values) => values.reduce((a, b) => Math.min(a, b)), 'variadic'),
  max: numberFunction((values) => values.reduce((a, b) => Math.max(a, b)), 'variadic'),
  abs: numberFunction(([n]) => Math.abs(n)),
  ceil: numberFunction(([n]) => Math.ceil(n)),
  floor: numberFunction(([n]) => Math.floor(n)),
  signum: numberFunction(([n]) => Math.sign(n)),
};

/**
 * `try` returns its first argument that evaluates without an error, and `can` says whether
 * its argument does. An argument that is merely unknown stops both: it may be the value, or
 * an error, when Terraform runs.
 */
function lazy(ev: Evaluator, expr: CallExpr, scope: Scope): StaticValue | undefined {
  if (expr.name === 'try') {
    if (expr.args.length === 0) return ev.error(expr, 'try: needs at least one argument');
    let last: Unknown | undefined;
    for (const arg of expr.args) {
      const value = ev.evaluate(arg, scope);
      const spent = ev.walk(expr, [value]);
      if (spent) return spent;
      const unknown = firstFailure(ev, value);
      if (!unknown) return ev.relocate(value, expr);
      last = unknown;
    }
    return ev.error(expr, `try: no argument could be evaluated (the last: ${last!.reason})`);
  }
  if (expr.name === 'can') {
    if (expr.args.length !== 1) return ev.error(expr, 'can: needs one argument');
    const value = ev.evaluate(expr.args[0], scope);
    const spent = ev.walk(expr, [value]);
    if (spent) return spent;
    if (firstFailure(ev, value)) return { kind: 'bool', value: false, loc: rangeOf(expr) };
    const unknown = firstUnknown(value);
    return unknown ? ev.carry(unknown, expr) : { kind: 'bool', value: true, loc: rangeOf(expr) };
  }
  return undefined;
}

/** The first part of a value that is an evaluation error. */
function firstFailure(ev: Evaluator, value: StaticValue): Unknown | undefined {
  switch (value.kind) {
    case 'unknown':
      return ev.run.failed.has(value) ? value : undefined;
    case 'list':
      for (const item of value.items) {
        const found = firstFailure(ev, item);
        if (found) return found;
      }
      return undefined;
    case 'object':
      for (const entry of value.entries.values()) {
        const found = firstFailure(ev, entry);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

export function callFunction(ev: Evaluator, expr: CallExpr, scope: Scope): StaticValue {
  const special = lazy(ev, expr, scope);
  if (special) return special;
  if (expr.name.includes('::')) return ev.unknown(expr, `the provider-defined function \`${expr.name}\` is not modelled`);
  const spec = Object.hasOwn(FUNCTIONS, expr.name) ? FUNCTIONS[expr.name] : undefined;
  let args = expr.args.map((arg) => ev.evaluate(arg, scope));
  const spent = ev.walk(expr, args);
  if (spent) return spent;
  if (!spec) {
    // An unknown argument says more than the function: basename(path.cwd) is unknown for path.cwd.
    for (const arg of args) {
      const unknown = firstUnknown(arg);
      if (unknown) return ev.carry(unknown, expr);
    }
    return ev.unknown(expr, `the function \`${expr.name}\` is not modelled`);
  }
  if (expr.expandLast) {
    const last = args.pop();
    if (!last) return ev.error(expr, `${expr.name}: \`...\` needs an argument`);
    if (last.kind === 'unknown') return ev.carry(last, expr);
    if (last.kind !== 'list') return ev.error(expr, `${expr.name}: \`...\` expands a list, not ${kindName(last)}`);
    args = [...args, ...last.items];
  }
  if (args.length < spec.min || (spec.max !== undefined && args.length > spec.max)) {
    const expected = spec.max === spec.min ? `${spec.min}` : spec.max === undefined ? `at least ${spec.min}` : `${spec.min} to ${spec.max}`;
    return ev.error(expr, `${expr.name}: needs ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`);
  }
  if (!spec.partial) {
    for (const arg of args) {
      const unknown = firstUnknown(arg);
      if (unknown) return ev.carry(unknown, expr);
    }
  }
  return spec.call(new Call(ev, expr), args);
}

/** The names of the functions evaluated, for the docs and tests. */
export const MODELLED_FUNCTIONS: readonly string[] = ['try', 'can', ...Object.keys(FUNCTIONS)].sort();
