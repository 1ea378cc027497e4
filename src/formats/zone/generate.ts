/**
 * BIND's `$GENERATE`: the range, and the substitution of `$` and
 * `${offset[,width[,base]]}` in the owner and data templates. BIND reads both
 * with C's sscanf (`%u-%u/%u` and `{%d,%u,%c}`), so the rules here are sscanf's:
 * signs are accepted, text after a complete range is ignored, numbers wrap to
 * 32 bits, and the offset may be negative.
 */

export interface GenerateRange {
  start: number;
  stop: number;
  step: number;
}

const INT_MAX = 0x7fffffff;
/** BIND formats each value into a 128-byte buffer (with its terminating NUL). */
const MAX_VALUE_TEXT = 127;
const ULONG_MAX = (1n << 64n) - 1n;
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

interface Scanned {
  value: bigint;
  next: number;
}

/** C's `%d`/`%u` prefix: blanks, an optional sign, at least one digit. */
function scanInteger(text: string, from: number): { negative: boolean; magnitude: bigint; next: number } | undefined {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  let negative = false;
  if (text[i] === '+' || text[i] === '-') {
    negative = text[i] === '-';
    i++;
  }
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return undefined;
  return { negative, magnitude: BigInt(text.slice(digitsStart, i)), next: i };
}

/** sscanf `%u`: strtoul (a minus sign negates modulo 2^64, overflow gives ULONG_MAX), kept to 32 bits. */
function scanUnsigned(text: string, from: number): Scanned | undefined {
  const n = scanInteger(text, from);
  if (n === undefined) return undefined;
  let v = n.magnitude > ULONG_MAX ? ULONG_MAX : n.magnitude;
  if (n.negative && n.magnitude <= ULONG_MAX) v = BigInt.asUintN(64, -v);
  return { value: BigInt.asUintN(32, v), next: n.next };
}

/** sscanf `%d`: strtol (clamped to 64 bits), kept to a signed 32-bit int. */
function scanSigned(text: string, from: number): Scanned | undefined {
  const n = scanInteger(text, from);
  if (n === undefined) return undefined;
  let v = n.negative ? -n.magnitude : n.magnitude;
  if (v > LONG_MAX) v = LONG_MAX;
  if (v < LONG_MIN) v = LONG_MIN;
  return { value: BigInt.asIntN(32, v), next: n.next };
}

/** Parses `start-stop[/step]` as BIND does; returns an error message on failure. */
export function parseGenerateRange(text: string): GenerateRange | string {
  const invalid = `invalid range '${text}'`;
  const start = scanUnsigned(text, 0);
  if (start === undefined || text[start.next] !== '-') return invalid;
  const stop = scanUnsigned(text, start.next + 1);
  if (stop === undefined) return invalid;
  let step = 1n;
  if (text[stop.next] === '/') {
    // `start-stop/` without a step is an error; anything else after the range is ignored.
    const scanned = scanUnsigned(text, stop.next + 1);
    if (scanned === undefined || scanned.value < 1n) return invalid;
    step = scanned.value;
  }
  if (start.value > stop.value) return `${invalid} (start is above stop)`;
  if (start.value > INT_MAX || stop.value > INT_MAX || step > INT_MAX) return `${invalid} (values go up to 2147483647)`;
  return { start: Number(start.value), stop: Number(stop.value), step: Number(step) };
}

interface Modifier {
  offset: number;
  width: number;
  base: string;
  /** Index just past the modifier's closing brace. */
  next: number;
}

/** Reads `{offset[,width[,base]]}` starting at the brace; undefined when BIND would call it a syntax error. */
function readModifier(template: string, brace: number): Modifier | undefined {
  const offset = scanSigned(template, brace + 1);
  if (offset === undefined) return undefined;
  let width = 0n;
  let base = 'd';
  const sep1 = template[offset.next];
  if (sep1 === ',') {
    const w = scanUnsigned(template, offset.next + 1);
    if (w === undefined) return undefined;
    width = w.value;
    const sep2 = template[w.next];
    if (sep2 === ',') {
      const mode = template[w.next + 1];
      if (mode === undefined || !'doxXnN'.includes(mode) || template[w.next + 2] !== '}') return undefined;
      base = mode;
    } else if (sep2 !== '}') {
      return undefined;
    }
  } else if (sep1 !== '}') {
    return undefined;
  }
  // BIND goes on after the first `}`, which is the one that closed the modifier.
  return { offset: Number(offset.value), width: Number(width), base, next: template.indexOf('}', brace) + 1 };
}

/**
 * Replaces each `$` of a template by the iterator value. `\$` stays an escaped
 * dollar, `$$` stands for a literal dollar (older BIND syntax).
 */
export function expandGenerate(template: string, value: number): { text: string; error?: string } {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '\\') {
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (template[i + 1] === '$') {
      out += '\\$';
      i++;
      continue;
    }
    let offset = 0;
    let width = 0;
    let base = 'd';
    if (template[i + 1] === '{') {
      const modifier = readModifier(template, i + 1);
      if (modifier === undefined) {
        const close = template.indexOf('}', i + 2);
        return { text: out, error: `bad modifier '${close < 0 ? template.slice(i) : template.slice(i, close + 1)}' (expected \${offset[,width[,base]]}, base one of d o x X n N)` };
      }
      ({ offset, width, base } = modifier);
      i = modifier.next - 1;
    }
    if (value > 0 && offset > INT_MAX - value) return { text: out, error: `value ${value} + ${offset} is above 2147483647` };
    // Every value fits in BIND's buffer unless the width makes it too long.
    if (width > MAX_VALUE_TEXT) return { text: out, error: `width ${width} is too large (at most ${MAX_VALUE_TEXT} characters)` };
    out += formatValue(value + offset, width, base);
  }
  return { text: out };
}

/** The value as C's printf prints it: `%0*d` signed, the other bases as unsigned 32-bit. */
function formatValue(v: number, width: number, base: string): string {
  switch (base) {
    case 'o':
      return (v >>> 0).toString(8).padStart(width, '0');
    case 'x':
      return (v >>> 0).toString(16).padStart(width, '0');
    case 'X':
      return (v >>> 0).toString(16).toUpperCase().padStart(width, '0');
    case 'n':
    case 'N':
      return nibbles(v >>> 0, width, base === 'N');
    default:
      return v < 0 ? '-' + String(-v).padStart(width - 1, '0') : String(v).padStart(width, '0');
  }
}

/**
 * Nibble form: hex digits least significant first, one per label. The width counts
 * the dots too, so an even width ends with a dot (BIND behaviour).
 */
function nibbles(v: number, width: number, upper: boolean): string {
  let out = '';
  let left = width;
  let rest = v;
  for (;;) {
    const digit = (rest % 16).toString(16);
    out += upper ? digit.toUpperCase() : digit;
    rest = Math.floor(rest / 16);
    left--;
    if (rest === 0 && left <= 0) break;
    out += '.';
    left--;
    if (rest === 0 && left <= 0) break;
  }
  return out;
}
