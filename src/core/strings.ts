/**
 * A copy of a piece of a large text that does not keep the text alive. V8 makes a slice of a
 * string (13 characters or more) a view of the whole, so a value name kept for the run would
 * keep all of a 14 MB file's decoded text with it.
 */
export function detached(piece: string): string {
  // Joined to a character and sliced off again: the join is flattened into a new string, the slice is a view of that.
  return (' ' + piece).slice(1);
}
