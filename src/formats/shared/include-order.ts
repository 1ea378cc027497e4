/**
 * Which files stand on their own and which are parts of others: a file that another one
 * includes (a zone's `$INCLUDE`, a named.conf's `include`) is read as part of it, where the
 * including file puts it, and not again on its own. What the loader read is the source of
 * truth: the includes it reports, not a search of the text.
 */

export interface IncludeAwareLoad<T> {
  /** What the loader made of the files read on their own, by file, in the order given. */
  results: Map<string, T>;
  /** Files read only as part of another, with the file that includes them (the first one met). */
  includedBy: Map<string, string>;
}

/**
 * Loads `files` in order; a file already included by one loaded before is not loaded, and one
 * loaded before a file that includes it is dropped afterwards. `standsAlone` keeps a file on
 * its own even when included (a zone that named.conf names is a zone of its own). Each file
 * is loaded at most once on its own.
 */
export function loadIncludeAware<T>(
  files: readonly string[],
  load: (file: string) => { result: T; includes: readonly string[] } | undefined,
  standsAlone: (file: string) => boolean = () => false,
): IncludeAwareLoad<T> {
  const results = new Map<string, T>();
  const includedBy = new Map<string, string>();
  for (const file of files) {
    if (includedBy.has(file) && !standsAlone(file)) continue;
    const loaded = load(file);
    if (loaded === undefined) continue;
    results.set(file, loaded.result);
    for (const included of loaded.includes) if (included !== file && !includedBy.has(included)) includedBy.set(included, file);
  }
  for (const file of includedBy.keys()) {
    if (!standsAlone(file)) results.delete(file);
  }
  // Name the file that stands on its own (A, when A includes B and B includes C).
  for (const [file, includer] of includedBy) {
    let top = includer;
    for (let hops = 0; !results.has(top) && includedBy.has(top) && hops < includedBy.size; hops++) top = includedBy.get(top) as string;
    includedBy.set(file, top);
  }
  return { results, includedBy };
}
