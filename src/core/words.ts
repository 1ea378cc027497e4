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
