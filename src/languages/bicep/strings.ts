/**
 * Bicep's string literals: `'...'` with the escapes `\\ \' \n \r \t \$ \u{hex}` and `${...}`
 * interpolation, and `'''...'''` multi-line strings read verbatim (no escapes, no
 * interpolation; one line break right after the opening quotes is not part of the value).
 */

/** What a run of literal text between interpolations reads as. */
export interface DecodedText {
  value: string;
  /** True when the text is written as it reads (no escape, no line break), so offsets map one to one. */
  exact: boolean;
  /** Escapes Bicep does not know, as written (`\q`). */
  badEscapes: Array<{ text: string; offset: number }>;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };

/** Decodes the escapes of literal text of a single-quoted string. `offset` is where `text` starts, for errors. */
export function decodeEscapes(text: string, offset: number): DecodedText {
  if (!text.includes('\\')) return { value: text, exact: !/[\r\n]/.test(text), badEscapes: [] };
  let value = '';
  const badEscapes: DecodedText['badEscapes'] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined && Object.hasOwn(SIMPLE_ESCAPES, next)) {
      value += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    if (next === 'u' && text[i + 2] === '{') {
      const close = text.indexOf('}', i + 3);
      const hex = close > 0 ? text.slice(i + 3, close) : '';
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (code <= 0x10ffff) {
        value += String.fromCodePoint(code);
        i = close;
        continue;
      }
    }
    badEscapes.push({ text: text.slice(i, i + 2), offset: offset + i });
    value += next ?? '';
    i++;
  }
  return { value, exact: false, badEscapes };
}

/** The value of a multi-line string's content (between the triple quotes). */
export function multilineValue(content: string): { value: string; skipped: number } {
  if (content.startsWith('\r\n')) return { value: content.slice(2), skipped: 2 };
  if (content.startsWith('\n') || content.startsWith('\r')) return { value: content.slice(1), skipped: 1 };
  return { value: content, skipped: 0 };
}
