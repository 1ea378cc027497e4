/**
 * BIND's `$GENERATE`: the range, and the substitution of `$` and
 * `${offset,width,base}` in the owner and data templates.
 */

export interface GenerateRange {
  start: number;
  stop: number;
  step: number;
}

const MAX_GENERATE_VALUE = 0x7fffffff;

/** Parses `start-stop[/step]`; returns an error message on failure. */
export function parseGenerateRange(text: string): GenerateRange | string {
  const m = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(text);
  if (!m) return `bad range '${text}' (expected start-stop or start-stop/step)`;
  const start = Number(m[1]);
  const stop = Number(m[2]);
  const step = m[3] === undefined ? 1 : Number(m[3]);
  if (start > MAX_GENERATE_VALUE || stop > MAX_GENERATE_VALUE || step > MAX_GENERATE_VALUE) return `range '${text}' is out of bounds`;
  if (start > stop) return `invalid range '${text}' (start is above stop)`;
  if (step < 1) return `invalid step in '${text}'`;
  return { start, stop, step };
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
      const close = template.indexOf('}', i + 2);
      if (close < 0) return { text: out, error: "'${' without '}'" };
      const spec = template.slice(i + 2, close);
      const m = /^(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(spec);
      if (!m) return { text: out, error: `bad modifier '\${${spec}}'` };
      offset = Number(m[1]);
      if (m[2] !== undefined) width = Number(m[2]);
      if (m[3] !== undefined) base = m[3];
      i = close;
    }
    const v = value + offset;
    if (v < 0 || v > 0xffffffff) return { text: out, error: `value ${v} out of range after the offset` };
    out += formatValue(v, width, base);
  }
  return { text: out };
}

function formatValue(v: number, width: number, base: string): string {
  switch (base) {
    case 'o':
      return v.toString(8).padStart(width, '0');
    case 'x':
      return v.toString(16).padStart(width, '0');
    case 'X':
      return v.toString(16).toUpperCase().padStart(width, '0');
    case 'n':
    case 'N':
      return nibbles(v, width, base === 'N');
    default:
      return String(v).padStart(width, '0');
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
