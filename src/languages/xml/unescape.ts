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
  let capacity = 1;
  for (const piece of pieces) capacity += Math.max(piece.end - piece.start, 0);
  // Unescaping never makes text longer, so one offset per raw character (and one past the end) is enough.
  const offsets = new Int32Array(capacity);
  const parts: string[] = [];
  let length = 0;
  /** Copies raw characters `from`..`to` as they are (each at its own offset). */
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(raw.slice(from, to));
    for (let k = from; k < to; k++) offsets[length++] = k;
  };
  const emit = (chars: string, at: number) => {
    parts.push(chars);
    for (let k = 0; k < chars.length; k++) offsets[length++] = at;
  };
  let end = 0;
  for (const piece of pieces) {
    let i = piece.start;
    let run = i; // start of the run of characters copied as they are
    end = piece.end;
    while (i < piece.end) {
      const code = raw.charCodeAt(i);
      if (code === 0x26 /* & */) {
        const semicolon = raw.indexOf(';', i + 1);
        const decoded = semicolon > i && semicolon < piece.end ? reference(raw.slice(i + 1, semicolon)) : undefined;
        if (decoded !== undefined) {
          copy(run, i);
          emit(decoded, i);
          i = run = semicolon + 1;
          continue;
        }
      } else if (code === 0x0d /* CR */) {
        copy(run, i);
        emit('\n', i);
        i = run = raw.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        continue;
      } else if (code === 0x3c /* < */) {
        if (raw.startsWith('<![CDATA[', i)) {
          copy(run, i);
          const close = raw.indexOf(']]>', i + 9);
          const stop = close < 0 || close > piece.end ? piece.end : close;
          copyCdata(i + 9, stop);
          i = run = close < 0 || close > piece.end ? piece.end : close + 3;
          continue;
        }
        const closer = raw.startsWith('<!--', i) ? '-->' : raw.startsWith('<?', i) ? '?>' : undefined;
        if (closer) {
          copy(run, i);
          const close = raw.indexOf(closer, i + 2);
          i = run = close < 0 || close > piece.end ? piece.end : close + closer.length;
          continue;
        }
      }
      i++;
    }
    copy(run, piece.end);
  }
  offsets[length] = end;
  return source.mapped(parts.join(''), offsets.subarray(0, length + 1));

  /** CDATA content is as written, but for its line ends. */
  function copyCdata(from: number, to: number): void {
    let run = from;
    for (let k = from; k < to; k++) {
      if (raw.charCodeAt(k) !== 0x0d) continue;
      copy(run, k);
      emit('\n', k);
      if (raw.charCodeAt(k + 1) === 10) k++;
      run = k + 1;
    }
    copy(run, to);
  }
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
