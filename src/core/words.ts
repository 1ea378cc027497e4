/** `1 error`, `2 errors`: a count with its noun, for messages and summaries. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `16,777,216`: a bound or a size in messages, grouped the same way on every machine. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}
