import type { PositionedText } from '../positions.js';

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A piece of raw XML character data: from `start` to `end` (exclusive) in its document's text. */
export interface RawPiece {
  start: number;
  end: number;
}

/**
 * The character data of `pieces` of `source` as an XML parser gives it (references to the
 * predefined entities and character references replaced, CDATA sections opened, comments and
 * processing instructions dropped, CRLF and lone CR read as LF), with each character positioned
 * at the text it came from: `&lt;` gives one `<` whose range is the four characters of the
 * escape. This is what lets ProfileXML escaped inside an Intune `<Data>` element be parsed
 * with every element at its line and column in the outer file.
 *
 * The pieces are text an XML parser has already accepted; anything else is kept as written.
 */
export function unescapeXmlPieces(source: PositionedText, pieces: readonly RawPiece[]): PositionedText {
  const raw = source.text;
  let out = '';
  const offsets: number[] = [];
  const emit = (chars: string, at: number) => {
    out += chars;
    for (let k = 0; k < chars.length; k++) offsets.push(at);
  };
  let end = 0;
  for (const piece of pieces) {
    let i = piece.start;
    end = piece.end;
    while (i < piece.end) {
      const code = raw.charCodeAt(i);
      if (code === 0x26 /* & */) {
        const semicolon = raw.indexOf(';', i + 1);
        const decoded = semicolon > i && semicolon < piece.end ? reference(raw.slice(i + 1, semicolon)) : undefined;
        if (decoded !== undefined) {
          emit(decoded, i);
          i = semicolon + 1;
          continue;
        }
      } else if (code === 0x3c /* < */) {
        if (raw.startsWith('<![CDATA[', i)) {
          const close = raw.indexOf(']]>', i + 9);
          const stop = close < 0 || close > piece.end ? piece.end : close;
          for (let k = i + 9; k < stop; k++) emitChar(raw, k, emit);
          i = close < 0 || close > piece.end ? piece.end : close + 3;
          continue;
        }
        const closer = raw.startsWith('<!--', i) ? '-->' : raw.startsWith('<?', i) ? '?>' : undefined;
        if (closer) {
          const close = raw.indexOf(closer, i + 2);
          i = close < 0 || close > piece.end ? piece.end : close + closer.length;
          continue;
        }
      }
      i = emitChar(raw, i, emit);
    }
  }
  offsets.push(end);
  return source.mapped(out, offsets);
}

/** Emits the character at `i`, reading CRLF and a lone CR as one LF; the index after it. */
function emitChar(raw: string, i: number, emit: (chars: string, at: number) => void): number {
  const code = raw.charCodeAt(i);
  if (code === 13) {
    emit('\n', i);
    return raw.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  emit(raw[i], i);
  return i + 1;
}

/** The text of `&name;` for the predefined entities and character references; undefined for any other. */
function reference(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(/^[0-9a-fA-F]{1,6}$/.test(name.slice(2)) ? parseInt(name.slice(2), 16) : NaN);
  if (name.startsWith('#')) return codePoint(/^[0-9]{1,7}$/.test(name.slice(1)) ? parseInt(name.slice(1), 10) : NaN);
  return Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : undefined;
}

function codePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : undefined;
}
