import { RE2JS } from 're2js';

/**
 * Config globs (`ignore`, `views`, `zones`, `certificates.passwords`) compiled for RE2's
 * linear-time engine. A config arrives with the tree it lints (a pull request can change
 * it), and a backtracking matcher takes exponential time on patterns such as
 * `*a*a*a*a*a*a*a*a*b` against a long name; RE2 cannot.
 *
 * Syntax: `*` (any characters but `/`), `?` (one), `**` as a whole path segment (any number
 * of segments), `[abc]`, `[a-z]`, `[!abc]`/`[^abc]`, `{a,b}` (nested), `\` escapes the next
 * character, and the extglobs `@(a|b)`, `?(a|b)`, `*(a|b)`, `+(a|b)`. Dot files match like
 * any other. Anything else, `!(...)` included, is taken literally. A pattern too long or
 * too nested to compile matches only itself.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  return compileGlobs([pattern]);
}

/**
 * Globs compiled into one matcher: true when any of them matches. One RE2 program for all, so
 * a path is read once however many globs there are, not once a glob (4,000 ignore globs on
 * 2,000 files took minutes); a glob that does not compile matches only itself.
 */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const literal = new Set<string>();
  const translated: Array<{ pattern: string; source: string }> = [];
  for (const pattern of patterns) {
    const source = globSource(pattern);
    if (source === undefined) literal.add(pattern);
    else translated.push({ pattern, source });
  }
  const matchers: RE2JS[] = [];
  if (translated.length > 0) {
    try {
      matchers.push(RE2JS.compile(translated.map(({ source }) => `(?:${source})`).join('|'), RE2JS.DOTALL));
    } catch {
      // One of them is beyond RE2's limits: the others are compiled alone, it matches only itself.
      for (const { pattern, source } of translated) {
        try {
          matchers.push(RE2JS.compile(source, RE2JS.DOTALL));
        } catch {
          literal.add(pattern);
        }
      }
    }
  }
  return (path) => literal.has(path) || matchers.some((re) => re.matches(path));
}

/** The RE2 source of a glob, or undefined when it is too long or too nested to translate. */
function globSource(pattern: string): string | undefined {
  if (pattern.length > MAX_GLOB_LENGTH) return undefined;
  try {
    return new GlobTranslator(pattern).translate();
  } catch {
    return undefined;
  }
}

/** Longest glob compiled; a longer one matches only itself (RE2's program-size limit is near). */
export const MAX_GLOB_LENGTH = 1000;
/** Deepest nesting of `{...}` and extglob groups translated. */
const MAX_GLOB_NESTING = 32;

const EXTGLOB_SUFFIX: Record<string, string> = { '@': '', '?': '?', '*': '*', '+': '+' };

class GlobTranslator {
  private pos = 0;

  constructor(private readonly pattern: string) {}

  translate(): string {
    const out = this.sequence(new Set(), 0);
    if (this.pos < this.pattern.length) throw new Error('unbalanced group');
    return out;
  }

  /** Translates until one of `stops` (not consumed) or the end. */
  private sequence(stops: ReadonlySet<string>, depth: number): string {
    if (depth > MAX_GLOB_NESTING) throw new Error('glob nested too deeply');
    const p = this.pattern;
    let out = '';
    while (this.pos < p.length && !stops.has(p[this.pos])) {
      const c = p[this.pos];
      const next = p[this.pos + 1];
      if (c === '/' && p.startsWith('**', this.pos + 1) && this.segmentEndsAt(this.pos + 3) && this.pos + 3 === p.length) {
        // A final `/**`: the directory itself and everything below it.
        out += '(?:/.*)?';
        this.pos += 3;
      } else if (c === '\\' && next !== undefined) {
        out += literal(next);
        this.pos += 2;
      } else if (c in EXTGLOB_SUFFIX && next === '(' && this.closing(this.pos + 1, '(', ')') !== undefined) {
        this.pos += 2;
        out += `(?:${this.alternatives('|', ')', depth)})${EXTGLOB_SUFFIX[c]}`;
      } else if (c === '*' && next === '*' && this.atSegmentStart() && this.segmentEndsAt(this.pos + 2)) {
        out += this.globstar();
      } else if (c === '*') {
        while (p[this.pos] === '*') this.pos++;
        out += '[^/]*';
      } else if (c === '?') {
        out += '[^/]';
        this.pos++;
      } else if (c === '[' && this.classEnd() !== undefined) {
        out += this.characterClass();
      } else if (c === '{' && this.braceHasComma()) {
        this.pos++;
        out += `(?:${this.alternatives(',', '}', depth)})`;
      } else {
        const character = String.fromCodePoint(p.codePointAt(this.pos)!);
        out += literal(character);
        this.pos += character.length;
      }
    }
    return out;
  }

  /** `a|b|c)` or `a,b}`: the alternatives, the closing character consumed. */
  private alternatives(separator: string, close: string, depth: number): string {
    const stops = new Set([separator, close]);
    const parts = [this.sequence(stops, depth + 1)];
    while (this.pattern[this.pos] === separator) {
      this.pos++;
      parts.push(this.sequence(stops, depth + 1));
    }
    if (this.pattern[this.pos] !== close) throw new Error('unbalanced group');
    this.pos++;
    return parts.join('|');
  }

  private atSegmentStart(): boolean {
    return this.pos === 0 || this.pattern[this.pos - 1] === '/';
  }

  private segmentEndsAt(at: number): boolean {
    return at === this.pattern.length || this.pattern[at] === '/';
  }

  /** `**` as a whole segment: followed by `/`, any number of segments; at the end, anything. */
  private globstar(): string {
    const p = this.pattern;
    this.pos += 2;
    if (p[this.pos] === '/') {
      this.pos++;
      return '(?:[^/]*/)*';
    }
    // A lone or final `**` (a final `/**` is read before it gets here).
    return '.*';
  }

  /** The index of the `close` matching the `open` at `at`, if any. */
  private closing(at: number, open: string, close: string): number | undefined {
    let depth = 0;
    for (let i = at; i < this.pattern.length; i++) {
      const c = this.pattern[i];
      if (c === '\\') i++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return i;
    }
    return undefined;
  }

  private braceHasComma(): boolean {
    const end = this.closing(this.pos, '{', '}');
    if (end === undefined) return false;
    let depth = 0;
    for (let i = this.pos + 1; i < end; i++) {
      const c = this.pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === ',' && depth === 0) return true;
    }
    return false;
  }

  /** The index of the `]` closing the class at `pos` (a `]` first in the class is a member). */
  private classEnd(): number | undefined {
    let i = this.pos + 1;
    if (this.pattern[i] === '!' || this.pattern[i] === '^') i++;
    if (this.pattern[i] === ']') i++;
    for (; i < this.pattern.length; i++) {
      if (this.pattern[i] === '\\') i++;
      else if (this.pattern[i] === ']') return i;
    }
    return undefined;
  }

  private characterClass(): string {
    const end = this.classEnd() as number;
    let i = this.pos + 1;
    const negated = this.pattern[i] === '!' || this.pattern[i] === '^';
    if (negated) i++;
    let members = '';
    while (i < end) {
      if (this.pattern[i] === '\\' && i + 1 < end) i++;
      else if (this.pattern[i] === '-' && members !== '' && i + 1 < end) {
        members += '-';
        i++;
        continue;
      }
      const character = String.fromCodePoint(this.pattern.codePointAt(i)!);
      members += classMember(character);
      i += character.length;
    }
    this.pos = end + 1;
    // A negated class never matches the separator, as `*` and `?` do not.
    return negated ? `[^/${members}]` : `[${members}]`;
  }
}

function literal(c: string): string {
  return /[A-Za-z0-9_/]/.test(c) ? c : `\\${escapeCodeUnit(c)}`;
}

function classMember(c: string): string {
  return /[A-Za-z0-9_]/.test(c) ? c : `\\${escapeCodeUnit(c)}`;
}

/** RE2 escapes punctuation with `\`; other characters by code point, which is always valid. */
function escapeCodeUnit(c: string): string {
  return /[!-/:-@[-`{-~]/.test(c) ? c : `x{${c.codePointAt(0)!.toString(16)}}`;
}

/** Characters with a meaning in a glob (`!` only inside a class, but escaped all the same). */
const GLOB_SPECIAL = /[\\*?[\]{}()|!@+,]/g;

/** A glob that matches exactly `path` (each special character escaped with `\`): what `uclint init` writes for a file or directory name. */
export function escapeGlob(path: string): string {
  return path.replace(GLOB_SPECIAL, '\\$&');
}
