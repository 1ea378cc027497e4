/**
 * Text from the linted tree made safe to show. Messages quote the files, and a file may
 * hold an escape sequence that rewrites the screen, a line break that forges a line, or a
 * character that reorders what is shown around it (the Trojan Source attack: bidi
 * embeddings, overrides and isolates, and the marks). One place at each sink covers every
 * loader and rule that quotes input.
 */

/** Characters that reorder the text around them: ALM, LRM, RLM, LRE-RLO, LRI-PDI. Shown escaped in every format. */
const REORDERING = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const REORDERING_PATTERN = new RegExp(`[${REORDERING}]`, 'g');

/** For a terminal: C0 and C1 controls, DEL, the line and paragraph separators, and the reordering characters. */
const TERMINAL_UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, 'g');

/** The same but line feeds, for text of several lines. */
const UNSAFE_BUT_LINE_FEEDS = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, 'g');

/** The same but line feeds and carriage returns, for workflow commands, which escape both their own way. */
const UNSAFE_BUT_LINE_BREAKS = new RegExp(`[\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, 'g');

/** What JSON.stringify leaves raw that a terminal or a viewer acts on: C1 controls, the separators, the reordering characters. */
const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, 'g');

/** `\x1b` for a control character below U+0100, `\u202e` for the others. */
function shownEscaped(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text for a terminal, on one line: control characters as `\xNN`, separators and reordering characters as `\uNNNN`. */
export function printable(text: string): string {
  return text.replace(TERMINAL_UNSAFE, shownEscaped);
}

/** Text of several lines for a terminal: each line printable, the line feeds kept. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_FEEDS, shownEscaped);
}

/** A workflow command's text: printable, but CR and LF kept for the command's own escaping (`%0D`, `%0A`). */
export function printableCommandText(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, shownEscaped);
}

/** Only the reordering characters shown as `\u202e`, for formats that handle control characters themselves (Markdown). */
export function withoutReordering(text: string): string {
  return text.replace(REORDERING_PATTERN, shownEscaped);
}

/**
 * JSON text with the characters a viewer acts on written as `\uNNNN` escapes, which JSON
 * reads back as the same characters: the data is unchanged, the text reorders nothing.
 * Valid on any JSON text, since these characters can only occur inside its strings.
 */
export function escapeJsonInvisibles(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
