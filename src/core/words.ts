/** `1 error`, `2 errors`: a count with its noun, for messages and summaries. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `16,777,216`: a bound or a size in messages, grouped the same way on every machine. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** `a`, `a and b`, `a, b and c`: a list in a sentence. */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The message for a file over its size bound, the same from discovery and from every loader. */
export function fileTooLarge(bytes: number, bound: number): string {
  return `file of ${thousands(bytes)} bytes is over the bound of ${thousands(bound)}; not read`;
}

/** The message for a line over its length bound, the same from every line-oriented loader. */
export function lineTooLong(bound: number): string {
  return `line of more than ${thousands(bound)} characters; not read`;
}
