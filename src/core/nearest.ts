/**
 * Edit distance with adjacent transpositions (optimal string alignment), so the
 * usual typo `ruels` is one edit from `rules`. Three rows of the table are kept, not all of it.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[cols - 1];
}

/** Longest word a suggestion is looked for: names and ids are short, and a long word costs its length times each candidate's. */
export const MAX_SUGGESTED_WORD = 64;

/**
 * The candidate closest to `word` when it is close enough to be the intended one
 * (at most a third of the word's length in edits, and at least two allowed); ties go
 * to the earlier candidate. Candidates whose length alone puts them too far are not compared;
 * a word longer than MAX_SUGGESTED_WORD gets no suggestion.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTED_WORD) return undefined;
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** `; did you mean 'x'?` when a near candidate exists, else the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = nearest(word, candidates);
  return suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
}

/** Suggestions looked for in one file; later unknown names get none (a file of thousands of them is not a typo). */
export const MAX_SUGGESTIONS = 100;

/** `didYouMean` for the problems of one file, looking for at most MAX_SUGGESTIONS suggestions. */
export class Suggestions {
  private left = MAX_SUGGESTIONS;

  didYouMean(word: string, candidates: Iterable<string>): string {
    if (this.left <= 0) return '';
    this.left--;
    return didYouMean(word, candidates);
  }
}
