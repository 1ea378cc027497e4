import type { SourceRange } from '../core/types.js';

/**
 * A value read from infrastructure as code without running it (Terraform, ARM, Bicep,
 * PowerShell, DNSControl): what a static evaluator knows of an expression. Every value keeps
 * the range of the text it came from, so a finding about a record lands on the line where the
 * record (or the literal it was built from) is written.
 *
 * `unknown` is a value the evaluator cannot know without running something (a data source, a
 * resource attribute computed at apply time, a cmdlet's output, a function it does not model):
 * it carries the expression as written and why, and readers turn it into one "not checked"
 * note, never a guess.
 */
export type StaticValue = ValueTrace &
  (
  | { kind: 'string'; value: string; loc: SourceRange }
  | { kind: 'number'; value: number; loc: SourceRange }
  | { kind: 'bool'; value: boolean; loc: SourceRange }
  | { kind: 'null'; loc: SourceRange }
  | { kind: 'list'; items: StaticValue[]; loc: SourceRange }
  | { kind: 'object'; entries: Map<string, StaticValue>; loc: SourceRange }
  | { kind: 'unknown'; expression: string; reason: string; loc: SourceRange; resourceId?: ResourceIdParts }
  );

/**
 * What is known of an Azure resource id whose full text is not (ARM's `resourceId()`, a Bicep
 * symbol's `.id`): the subscription and resource group come from the deployment, the type and
 * name from the template. Lets a reader tell which declared resource an id points at.
 */
export interface ResourceIdParts {
  /** Full resource type: `Microsoft.Network/networkSecurityGroups`. */
  type: string;
  /** Full name, segments joined by `/`: `contoso.com/_sip._tls`. */
  name: string;
}

/**
 * Where a value came from, beside where it is used. `loc` is always the expression that gave
 * the value where it is used (the attribute of a resource block); a value that reached it
 * through a reference (a variable set in a variable file, a local, an entry of a literal map
 * iterated by `for_each`, another resource's argument) also has `from`, the literal it was
 * taken from, so a finding can name both lines. Parts of a list or object keep their own
 * ranges: where each part is written.
 */
export interface ValueTrace {
  /** Where the literal this value was taken from is written, when that is not `loc`. For an `unknown` value: where the unknown part is. */
  from?: SourceRange;
  /**
   * The operator that computed the value, when it was computed by one: `1024 - 65535` is the
   * number -64511 with operator `-`, which a rule can report where a range was meant. Binary
   * operators as written (`+ - * / % == != < <= > >= && ||`), `unary-` and `unary!` for the
   * unary ones; a negative number literal (`-1`) has none.
   */
  operator?: string;
}

export type StaticValueKind = StaticValue['kind'];

/** The value as plain data when every part of it is known (tests, messages); undefined when any part is unknown. */
export function plainValue(value: StaticValue): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return value.value;
    case 'null':
      return null;
    case 'list': {
      const items: unknown[] = [];
      for (const item of value.items) {
        const plain = plainValue(item);
        if (plain === undefined) return undefined;
        items.push(plain);
      }
      return items;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of value.entries) {
        const plain = plainValue(entry);
        if (plain === undefined) return undefined;
        out[key] = plain;
      }
      return out;
    }
    case 'unknown':
      return undefined;
  }
}

/**
 * The parts of a list or an object, for walks over values of any reader: a reader whose values
 * hold more kinds (DNSControl's calls) walks them with its own `partsOf` around this one.
 */
export function valueParts<V extends { kind: string }>(value: V): Iterable<V> | undefined {
  const container = value as unknown as { kind: string; items?: V[]; entries?: Map<string, V> };
  if (container.kind === 'list') return container.items;
  if (container.kind === 'object') return container.entries?.values();
  return undefined;
}

/**
 * The first unknown part of a value, depth first (the one a "not checked" note names); undefined
 * when all is known. `partsOf` says what a value holds (lists' items and objects' entries unless told).
 */
export function firstUnknown<V extends { kind: string }>(
  value: V,
  partsOf: (value: V) => Iterable<V> | undefined = valueParts,
): Extract<StaticValue, { kind: 'unknown' }> | undefined {
  if (value.kind === 'unknown') return value as unknown as Extract<StaticValue, { kind: 'unknown' }>;
  for (const part of partsOf(value) ?? []) {
    const found = firstUnknown(part, partsOf);
    if (found) return found;
  }
  return undefined;
}
