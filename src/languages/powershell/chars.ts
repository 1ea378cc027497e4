/**
 * Character classes of the PowerShell tokenizer (the PowerShell Language Specification, and
 * the tokenizer of PowerShell itself where the specification is silent): which characters end
 * a token, which dashes and quotes count as `-`, `'` and `"`.
 */

const EOF = -1;
export { EOF };

/** Characters below 128 that end any token scanned from a letter or digit: NUL, whitespace, newlines, `& ( ) , ; { | }`. */
const FORCE_START = new Uint8Array(128);
for (const c of [0, 9, 10, 11, 12, 13, 32]) FORCE_START[c] = 1;
for (const c of '&(),;{|}') FORCE_START[c.charCodeAt(0)] = 1;

/** Characters that end a number in expression mode (so `7+1` is three tokens). */
const AFTER_NUMBER = new Uint8Array(128);
for (const c of '!#%*+-./<=>]') AFTER_NUMBER[c.charCodeAt(0)] = 1;

/** Unicode separators PowerShell counts as whitespace (`char.IsSeparator`), beside the ASCII ones. */
function isUnicodeSeparator(c: number): boolean {
  return c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || (c > 127 && isUnicodeSeparator(c));
}

export function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

export function forcesNewToken(c: number): boolean {
  if (c === EOF) return true;
  return c < 128 ? FORCE_START[c] === 1 : isWhitespace(c);
}

export function endsNumber(c: number): boolean {
  if (c === EOF) return true;
  return c < 128 ? AFTER_NUMBER[c] === 1 : isDash(c);
}

export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

export function isSingleQuote(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

export function isDoubleQuote(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return c !== EOF && LETTER.test(String.fromCharCode(c));
}

export function isIdentifierStart(c: number): boolean {
  return c === 95 || isLetter(c);
}

export function isIdentifierFollow(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c) || (c > 127 && c !== EOF && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
}

/** A character that can start an unbraced variable name after `$`: letters, digits, `_`, `?`, `^`, `$`, `:`. */
export function isVariableStart(c: number): boolean {
  if (c < 128) return c >= 0 && (isAsciiLetter(c) || isDigit(c) || c === 95 || c === 63 || c === 94 || c === 36 || c === 58);
  return c !== EOF && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** A character that continues an unbraced variable name: letters, digits, `_`, `?`. */
export function isVariableFollow(c: number): boolean {
  if (c < 128) return c >= 0 && (isAsciiLetter(c) || isDigit(c) || c === 95 || c === 63);
  return c !== EOF && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** The character a backtick escape stands for in an expandable string or a bare word. */
export function backtickEscape(c: number): string {
  switch (c) {
    case 48: return '\0'; // `0
    case 97: return '\x07'; // `a
    case 98: return '\b'; // `b
    case 101: return '\x1b'; // `e
    case 102: return '\f'; // `f
    case 110: return '\n'; // `n
    case 114: return '\r'; // `r
    case 116: return '\t'; // `t
    case 118: return '\v'; // `v
    default: return String.fromCharCode(c);
  }
}
