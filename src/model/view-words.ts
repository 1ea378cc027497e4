/**
 * Words in names (directories, files, BIND views) that say which side of split-brain DNS a
 * zone serves: read by discovery (file-name suffixes, named.conf views) and by `uclint init`.
 */
export type Side = 'internal' | 'external';

export const VIEW_WORDS: Readonly<Record<string, Side>> = {
  internal: 'internal',
  inside: 'internal',
  private: 'internal',
  int: 'internal',
  intranet: 'internal',
  external: 'external',
  outside: 'external',
  public: 'external',
  ext: 'external',
  internet: 'external',
  dmz: 'external',
};

/**
 * Words that end a zone file's name as a view suffix after a dot (`db.contoso.com.internal`):
 * not `lan` or `local`, which end many private domains (`db.office.lan`).
 */
export const DOT_SUFFIX_WORDS: ReadonlySet<string> = new Set(Object.keys(VIEW_WORDS));

/** Words that end a zone file's name as a view suffix after `-` or `_` (`contoso.com-ext.zone`). */
export const DASH_SUFFIX_WORDS: Readonly<Record<string, Side>> = { ...VIEW_WORDS, lan: 'internal', wan: 'external' };

/** The sides the words of a name point to (`external-dns` -> external), in order. */
export function viewWordsIn(name: string): Side[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((word) => VIEW_WORDS[word])
    .filter((view): view is Side => view !== undefined);
}
