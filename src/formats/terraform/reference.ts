/**
 * A reference to a resource or data source, read from an unknown value's expression as the
 * reader names it (`aws_route53_zone.main.zone_id`, `data.cloudflare_zone.this["x"].id`): which
 * declared zone a record's `zone_id` names, when the id itself is known only when applied.
 */
export interface Reference {
  data: boolean;
  type: string;
  name: string;
  /** The instance key written as a literal; null when written as an expression; undefined without one. */
  key: string | number | null | undefined;
}

const IDENTIFIER_START = /[A-Za-z_]/;
const IDENTIFIER = /[A-Za-z0-9_-]/;

/**
 * `TYPE.NAME[key].ATTRIBUTE` or `data.TYPE.NAME[key].ATTRIBUTE`; undefined for any other
 * expression (a function call, a variable, a module output).
 */
export function parseReference(expression: string): Reference | undefined {
  const steps: Array<{ name: string } | { key: string | number | null }> = [];
  let i = 0;
  const text = expression.trim();
  while (i < text.length) {
    if (steps.length > 0) {
      if (text[i] === '.') i++;
      else if (text[i] !== '[') return undefined;
    }
    if (text[i] === '[') {
      const close = closing(text, i);
      if (close === -1) return undefined;
      steps.push({ key: literalKey(text.slice(i + 1, close).trim()) });
      i = close + 1;
      continue;
    }
    if (!IDENTIFIER_START.test(text[i] ?? '')) return undefined;
    let end = i + 1;
    while (end < text.length && IDENTIFIER.test(text[end])) end++;
    steps.push({ name: text.slice(i, end) });
    i = end;
  }
  const names = (from: number, count: number) => steps.slice(from, from + count).every((step) => 'name' in step);
  const data = 'name' in steps[0] && steps[0].name === 'data';
  const at = data ? 1 : 0;
  if (!names(at, 2) || steps.length < at + 3) return undefined;
  const type = (steps[at] as { name: string }).name;
  const name = (steps[at + 1] as { name: string }).name;
  const next = steps[at + 2];
  const key = 'key' in next ? next.key : undefined;
  if (['var', 'local', 'module', 'each', 'count', 'path', 'self', 'terraform'].includes(type)) return undefined;
  return { data, type, name, key };
}

/** The index of the `]` closing the `[` at `open`, over quoted strings; -1 when none. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

function literalKey(written: string): string | number | null {
  if (/^\d+$/.test(written)) return Number(written);
  if (written.length >= 2 && written.startsWith('"') && written.endsWith('"') && !written.slice(1, -1).includes('"') && !written.includes('\\') && !written.includes('${')) return written.slice(1, -1);
  return null;
}
