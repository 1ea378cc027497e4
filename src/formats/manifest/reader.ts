/**
 * Walks the plain value of a document the schema checked, by path, giving each value its
 * range. Kinds read whole (a topology, the network kinds) count the problems they
 * report, so the document can be left out when there are any.
 */
import type { SourceRange } from '../../core/types.js';
import type { Sited } from '../../model/topology.js';
import { pairRange } from '../shared/yaml/index.js';
import type { ManifestContext } from './kind.js';

export type Path = ReadonlyArray<string | number>;

export class DocumentReader {
  problems = 0;

  constructor(
    protected readonly data: unknown,
    protected readonly context: ManifestContext,
  ) {}

  protected entries<T>(path: Path, read: (itemPath: Path) => T | undefined): T[] {
    return this.indices(path).flatMap((itemPath) => read(itemPath) ?? []);
  }

  protected indices(path: Path): Path[] {
    const list = this.at(path);
    return Array.isArray(list) ? list.map((_, index) => [...path, index]) : [];
  }

  /** The value when the schema accepted it and it has the type, with its range. */
  protected scalar<T extends string | number | boolean>(path: Path, type: 'string' | 'number' | 'boolean'): Sited<T> | undefined {
    const value = this.at(path);
    if (typeof value !== type || !this.context.isValid(path)) return undefined;
    return { value: value as T, loc: this.loc(path) };
  }

  protected isMapping(path: Path): boolean {
    const value = this.at(path);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  protected at(path: Path): unknown {
    let value: unknown = this.data;
    for (const segment of path) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
      value = (value as Record<string | number, unknown>)[segment];
    }
    return value;
  }

  /** Key and value of a mapping's entry; the item alone in a list. */
  protected loc(path: Path): SourceRange {
    const segments = path.map(String);
    const pair = typeof path[path.length - 1] === 'string' ? this.context.locator.entry(segments) : undefined;
    return pair ? pairRange(pair) : this.context.locator.value(segments);
  }

  /** A problem with the value at the path, reported at the value. */
  protected report(path: Path, code: string, message: string): void {
    this.reportAt(this.context.locator.value(path.map(String)), path, code, message);
  }

  /** A problem with part of the value at the path (one entry of a comma-separated list). */
  protected reportAt(range: SourceRange, path: Path, code: string, message: string): void {
    this.problems++;
    this.context.report(range, code, `${this.context.path(path)}: ${message}`);
  }
}

/** `{ [key]: value }` when there is a value, else nothing, so absent facts stay absent keys. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The document's model when nothing in it was wrong, else nothing: for kinds read whole. */
export function loadedWhole<T>(reader: DocumentReader, context: ManifestContext, model: T): T[] {
  return reader.problems === 0 && context.isValid([]) ? [model] : [];
}
