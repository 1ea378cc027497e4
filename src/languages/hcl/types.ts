import type { StaticValue } from '../values.js';
import type { Expr } from './ast.js';
import type { Evaluator } from './evaluate.js';
import { asBool, asNumber, asString, setElements } from './value.js';

/**
 * A variable's type constraint and Terraform's conversion of a value to it: a variable file's
 * `"5"` for a `number` is 5, a list for a `set(string)` loses its duplicates and is ordered,
 * and an object gets the attributes its type declares `optional` (with their defaults) and
 * loses the ones it does not declare. A value that does not fit is kept as it is (Terraform
 * would refuse it; the reader does not guess).
 */
export type TypeSpec =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeSpec }
  | { kind: 'tuple'; elements: TypeSpec[] }
  | { kind: 'object'; attributes: Map<string, { type: TypeSpec; optional: boolean; fallback?: Expr }> };

const ANY: TypeSpec = { kind: 'any' };

export function typeSpec(expr: Expr): TypeSpec | undefined {
  switch (expr.type) {
    case 'variable':
      return ['any', 'string', 'number', 'bool'].includes(expr.name) ? { kind: expr.name as 'any' } : undefined;
    case 'literal':
      // Terraform 0.11's quoted types.
      if (expr.value === 'string') return { kind: 'string' };
      if (expr.value === 'list') return { kind: 'list', element: ANY };
      if (expr.value === 'map') return { kind: 'map', element: ANY };
      return undefined;
    case 'call': {
      const [first] = expr.args;
      if (!first) return undefined;
      if (expr.name === 'list' || expr.name === 'set' || expr.name === 'map') {
        const element = typeSpec(first);
        return element && { kind: expr.name, element };
      }
      if (expr.name === 'tuple' && first.type === 'tuple') {
        const elements = first.items.map(typeSpec);
        return elements.every((element) => element) ? { kind: 'tuple', elements: elements as TypeSpec[] } : undefined;
      }
      if (expr.name === 'object' && first.type === 'object') {
        const attributes = new Map<string, { type: TypeSpec; optional: boolean; fallback?: Expr }>();
        for (const item of first.items) {
          const name = item.keyName ?? (item.key.type === 'literal' && typeof item.key.value === 'string' ? item.key.value : undefined);
          if (name === undefined) return undefined;
          const value = item.value;
          if (value.type === 'call' && value.name === 'optional' && value.args[0]) {
            const type = typeSpec(value.args[0]);
            if (!type) return undefined;
            attributes.set(name, { type, optional: true, fallback: value.args[1] });
          } else {
            const type = typeSpec(value);
            if (!type) return undefined;
            attributes.set(name, { type, optional: false });
          }
        }
        return { kind: 'object', attributes };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

export function convert(value: StaticValue, type: TypeSpec, ev: Evaluator): StaticValue {
  if (value.kind === 'unknown' || value.kind === 'null') return value;
  switch (type.kind) {
    case 'any':
      return value;
    case 'string': {
      const text = value.kind === 'string' ? undefined : asString(value);
      return text === undefined ? value : { ...value, kind: 'string', value: text };
    }
    case 'number': {
      const n = value.kind === 'string' ? asNumber(value) : undefined;
      return n === undefined ? value : { ...value, kind: 'number', value: n };
    }
    case 'bool': {
      const b = value.kind === 'string' ? asBool(value) : undefined;
      return b === undefined ? value : { ...value, kind: 'bool', value: b };
    }
    case 'list':
    case 'set': {
      if (value.kind !== 'list') return value;
      const items = value.items.map((item) => convert(item, type.element, ev));
      return { ...value, items: type.kind === 'set' ? setElements(items) : items };
    }
    case 'map': {
      if (value.kind !== 'object') return value;
      return { ...value, entries: new Map([...value.entries].map(([key, entry]) => [key, convert(entry, type.element, ev)])) };
    }
    case 'tuple': {
      if (value.kind !== 'list' || value.items.length !== type.elements.length) return value;
      return { ...value, items: value.items.map((item, i) => convert(item, type.elements[i], ev)) };
    }
    case 'object': {
      if (value.kind !== 'object') return value;
      const entries = new Map<string, StaticValue>();
      for (const [name, attribute] of type.attributes) {
        const entry = value.entries.get(name);
        if (entry) entries.set(name, convert(entry, attribute.type, ev));
        else if (!attribute.optional) return value;
        else if (attribute.fallback) entries.set(name, convert(ev.evaluate(attribute.fallback, {}), attribute.type, ev));
        else entries.set(name, { kind: 'null', loc: value.loc });
      }
      return { ...value, entries };
    }
  }
}
