import type { Located, SourceRange } from '../../../core/types.js';

/**
 * YAML nodes that keep where they were written. Values of scalars are resolved by the
 * YAML 1.2 core schema (no timestamps, no `<<` merge keys), so `now: 2026-11-20` is a
 * string and `port: 5061` a number.
 */
export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

export type ScalarValue = string | number | boolean | null;

interface YamlNodeBase extends Located {
  /** Anchor name written on the node (`&name`), without the `&`. */
  anchor?: string;
  /** Resolved tag when one was written (`tag:yaml.org,2002:str`, `!custom`). */
  tag?: string;
}

export interface YamlScalar extends YamlNodeBase {
  kind: 'scalar';
  value: ScalarValue;
  /** The text as written between its delimiters (quotes excluded, escapes kept). */
  raw: string;
  style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
}

export interface YamlPair {
  key: YamlNode;
  value: YamlNode;
}

export interface YamlMap extends YamlNodeBase {
  kind: 'map';
  entries: YamlPair[];
  flow: boolean;
}

export interface YamlSeq extends YamlNodeBase {
  kind: 'seq';
  items: YamlNode[];
  flow: boolean;
}

/** `*name`; `target` is undefined when the anchor is unknown or expansion hit its bound (a diagnostic says which). */
export interface YamlAlias extends Located {
  kind: 'alias';
  name: string;
  target?: YamlNode;
}

export interface YamlDocument extends Located {
  /** The root node; an empty document holds a null scalar (or null when the stream gives no node). */
  contents: YamlNode | null;
}

export interface YamlLimits {
  /** Nodes that aliases may add, per document, when expanded (bounds "billion laughs"). */
  aliasExpansion: number;
  /** Deepest nesting of collections. */
  depth: number;
  /** Longest text accepted, in UTF-16 code units. */
  size: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  aliasExpansion: 10_000,
  depth: 64,
  size: 16 * 1024 * 1024,
};

/** Follows aliases to the node they name; undefined for an unresolved alias. */
export function deref(node: YamlNode): Exclude<YamlNode, YamlAlias> | undefined {
  let current: YamlNode | undefined = node;
  while (current?.kind === 'alias') current = current.target;
  return current;
}

/** The key of a pair as a plain-object key (what `toPlainValue` uses, and what duplicates are judged by). */
export function keyText(key: YamlNode): string {
  const node = deref(key);
  if (node === undefined) return 'null';
  if (node.kind === 'scalar') return String(node.value);
  return structureText(node);
}

/**
 * A collection key as text, written out structurally. Not JSON.stringify of the plain value:
 * there a map key inside a key is itself a JSON string, escaped again at every level, so
 * `? ? ? ... 0` (28 nested keys, 63 characters) made a key of hundreds of millions of characters.
 */
function structureText(node: YamlNode | undefined): string {
  const target = node === undefined ? undefined : deref(node);
  if (target === undefined) return 'null';
  switch (target.kind) {
    case 'scalar':
      return typeof target.value === 'string' ? JSON.stringify(target.value) : String(target.value);
    case 'seq':
      return `[${target.items.map(structureText).join(',')}]`;
    case 'map':
      return `{${target.entries.map((entry) => `${structureText(entry.key)}:${structureText(entry.value ?? undefined)}`).join(',')}}`;
  }
}

/** Mappings with this many entries or more are looked up through an index made on first use. */
const INDEXED_ENTRIES = 16;
const entryIndexes = new WeakMap<YamlMap, Map<string, YamlPair>>();

/**
 * The pair whose key reads as `name` in a map (after aliases), if any; with duplicate keys,
 * the first. A large mapping is indexed once, so that looking up each of its keys (one
 * diagnostic per unknown key) is not a pass over all of them each time.
 */
export function getEntry(map: YamlNode | null | undefined, name: string): YamlPair | undefined {
  const node = map ? deref(map) : undefined;
  if (node?.kind !== 'map') return undefined;
  if (node.entries.length < INDEXED_ENTRIES) return node.entries.find((entry) => keyText(entry.key) === name);
  let index = entryIndexes.get(node);
  if (index === undefined) {
    index = new Map();
    for (const entry of node.entries) {
      const key = keyText(entry.key);
      if (!index.has(key)) index.set(key, entry);
    }
    entryIndexes.set(node, index);
  }
  return index.get(name);
}

/** The value node under `name` in a map (after aliases), if any. */
export function getKey(map: YamlNode | null | undefined, name: string): YamlNode | undefined {
  return getEntry(map, name)?.value;
}

/**
 * The node as plain data (objects, arrays, scalars), aliases expanded. Unresolved
 * aliases read as null. A later duplicate key wins, as in JSON.parse.
 */
export function toPlainValue(node: YamlNode | null | undefined): unknown {
  if (node == null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'alias':
      return node.target ? toPlainValue(node.target) : null;
    case 'seq':
      return node.items.map((item) => toPlainValue(item));
    case 'map': {
      const result: Record<string, unknown> = {};
      for (const entry of node.entries) {
        // defineProperty so a `__proto__` key stays data, never the prototype.
        Object.defineProperty(result, keyText(entry.key), {
          value: toPlainValue(entry.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
  }
}

/** Range spanning a key and its value, for findings about a whole entry. */
export function pairRange(pair: YamlPair): SourceRange {
  return { ...pair.key.loc, endLine: pair.value.loc.endLine, endColumn: pair.value.loc.endColumn };
}
