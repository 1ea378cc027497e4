/**
 * A copy of a piece of a large text that does not keep the text alive. V8 makes a slice of a
 * string (13 characters or more) a view of the whole, so a value name kept for the run would
 * keep all of a 14 MB file's decoded text with it.
 */
export function detached(piece: string): string {
  // Joined to a character and sliced off again: the join is flattened into a new string, the slice is a view of that.
  return (' ' + piece).slice(1);
}

/**
 * `text[start, end)` as a string of its own. V8 returns 13 characters or more as a view
 * into the text, and a record keeping one keeps the whole zone text alive (40 MB for a
 * million records) after the caller has let go of it. A copy takes no more room than the view.
 */
export function ownSlice(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end);
  const s = text.slice(start, start + 1) + text.slice(start + 1, end);
  // Reading a character flattens the concatenation into a fresh string (see readName).
  s.charCodeAt(0);
  return s;
}
